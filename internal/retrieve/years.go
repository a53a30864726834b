package retrieve

import "sync"

// passageYears records which passages give a year (see favourYears),
// each read the first time a ranking needs it: eval ranks a question
// asking in what year under dozens of settings of the weights, and
// each ranking matched the text of every passage it scored.
type passageYears struct {
	mu sync.Mutex
	// read holds, by position, whether a passage was read; gives
	// whether it gives a year.
	read, gives []bool
}

// givesYear reports whether the passage at position i gives a year.
func (r *Retriever) givesYear(i int) bool {
	t := &r.years
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.read == nil {
		t.read = make([]bool, len(r.Corpus.Passages))
		t.gives = make([]bool, len(r.Corpus.Passages))
	}
	if !t.read[i] {
		t.read[i] = true
		t.gives[i] = yearRe.MatchString(r.Corpus.Passages[i].Text())
	}
	return t.gives[i]
}
