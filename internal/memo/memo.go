// Package memo keeps what a pure function returns for each key, up to a
// bound, for use by several goroutines at once: the offline answers, the
// sentence tests and the local embedder read the same passages, sentences
// and words again and again, most of all under eval's cross-validation.
//
// It imports nothing of studyguide's; sentence, embed and generate keep
// what they read with it.
package memo

import "sync"

// Memo keeps f(key) for each key asked, up to Max keys. The zero Memo
// keeps nothing; set Max.
type Memo[K comparable, V any] struct {
	// Max bounds the keys kept, so that a long run over many large texts,
	// or hostile input, cannot grow it without limit: past it, Get
	// computes without keeping.
	Max int

	mu sync.RWMutex
	of map[K]V
}

// Get returns f(key), computed once while fewer than Max keys are kept.
// f must give the same value for the same key every time: two callers
// asking at once may both compute it.
func (m *Memo[K, V]) Get(key K, f func(K) V) V {
	m.mu.RLock()
	v, ok := m.of[key]
	m.mu.RUnlock()
	if ok {
		return v
	}
	v = f(key)
	m.mu.Lock()
	if m.of == nil {
		m.of = map[K]V{}
	}
	if len(m.of) < m.Max {
		m.of[key] = v
	}
	m.mu.Unlock()
	return v
}
