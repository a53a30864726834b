package retrieve

import "testing"

// TestOtherWorksDeclined checks that asking what else someone wrote than
// the work the text cites is declined, though the question shares his
// name and "book" with the citation: the essay cites one book of Amy
// Knight's and Felix Chuev's, Goldman quotes Trotsky and Zinoviev and
// lists none of their books. Asking what the text cites, or of the work
// it cites, is still answered, and a text saying that someone wrote an
// earlier work (the essay's "Zhukov's earlier treatment in Tayny") is
// not taken to be silent on it. A sentence the asker only states beside
// the question ("I'd like to find one for the club") asks nothing the
// text may answer; a second question may.
func TestOtherWorksDeclined(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for q, want := range map[string]bool{
		"What other books has Amy Knight written besides her work on Beria?":                   true,
		"What other books has Felix Chuev published besides his conversations with Molotov?":   true,
		"what did Amy Knight write her other books about?":                                     true,
		"What other works does Furr cite on Beria's reforms?":                                  false,
		"What does Amy Knight report about Khrushchev's statements on Beria's death?":          false,
		"What other books has David Brandenberger written? I'd like to find one for the club.": true,
		"What other books has David Brandenberger written? Which one does Furr cite?":          false,
	} {
		if got := abstains(q); got != want {
			t.Errorf("%q: abstain = %v, want %v", q, got, want)
		}
	}
	q, err := r.Analyse("What other works has Zhukov written?")
	if err != nil {
		t.Fatal(err)
	}
	if r.otherWorks(q) {
		t.Errorf("%q: the essay cites Zhukov's earlier treatment, yet it was read as silent on his other works", q.Text)
	}
	goldman := abstainsOn(t, textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md"))
	for _, q := range []string{"What other books did Trotsky write?", "What other books has Zinoviev published?"} {
		if !goldman(q) {
			t.Errorf("%q was answered from Goldman's chapter, which lists none of his books", q)
		}
	}
}
