package sentence

import "sync"

// memo keeps the results of a test of a sentence by the sentence's text:
// the offline answers test every sentence they might quote, and eval
// writes the answer to each question under dozens of settings, from the
// same passages.
type memo[T any] struct {
	mu sync.Mutex
	of map[string]T
}

// maxMemo bounds each memo, in sentences, so that a long run over many
// large texts cannot grow it without limit.
const maxMemo = 1 << 16

// get returns test(text), computed once per text.
func (m *memo[T]) get(text string, test func(string) T) T {
	m.mu.Lock()
	v, ok := m.of[text]
	m.mu.Unlock()
	if ok {
		return v
	}
	v = test(text)
	m.mu.Lock()
	if m.of == nil {
		m.of = map[string]T{}
	}
	if len(m.of) < maxMemo {
		m.of[text] = v
	}
	m.mu.Unlock()
	return v
}
