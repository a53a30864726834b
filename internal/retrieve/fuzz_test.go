package retrieve

import (
	"testing"

	"studyguide/internal/terms"
)

// FuzzCorrect checks that the speller takes any text without failing and
// changes words only in place: as many words as before, in the same
// fields.
func FuzzCorrect(f *testing.F) {
	for _, s := range []string{"was stalin realy all powerfull?", "İzhukof Сталин", "aaaaa bbbbb", "", "\xff\xfe zhukof"} {
		f.Add(s)
	}
	r := retriever(f, Hybrid)
	f.Fuzz(func(t *testing.T, q string) {
		got, made := r.correct(q)
		if (got == q) != (len(made) == 0) {
			t.Errorf("correct(%q) = %q with respellings %v", q, got, made)
		}
		if got == q {
			return
		}
		if a, b := len(terms.Words(q)), len(terms.Words(got)); a != b {
			t.Errorf("correct(%q) = %q: %d words became %d", q, got, a, b)
		}
	})
}
