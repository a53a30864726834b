package retrieve

import (
	"slices"
	"strings"
	"testing"
)

// TestHyphenedNamesAreJoined checks that a name of the text typed with
// a hyphen inside it is read as the name ("Beri-a" of the essay, as
// eval84's asker typed it; "Trot-sky" and "Zino-viev" of Goldman's
// text), while a word of two words the text uses, a short word of two
// parts, and a name neither text writes are left as typed.
func TestHyphenedNamesAreJoined(t *testing.T) {
	essayR := retriever(t, Hybrid)
	goldman := textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md")
	for _, c := range []struct {
		r        *Retriever
		q, typed string
		want     string
	}{
		{essayR, "Beri-a killed what day and who kill him", "Beri-a", "Beria"},
		{essayR, "author use which book for Beri-a reform", "Beri-a", "Beria"},
		{goldman, "What did Trot-sky order at Kronstadt?", "Trot-sky", "Trotsky"},
		{goldman, "Why did Zino-viev fear the sailors?", "Zino-viev", "Zinoviev"},
		{essayR, "Who keeps the anti-Stalin paradigm alive?", "anti-Stalin", ""},
		{essayR, "Did Stalin send an e-mail?", "e-mail", ""},
		{essayR, "What did Kagano-vich say?", "Kagano-vich", ""},
	} {
		_, made := c.r.correct(c.q)
		i := slices.IndexFunc(made, func(rs Respelling) bool { return strings.EqualFold(rs.Typed, c.typed) })
		switch {
		case c.want == "" && i >= 0 && !strings.Contains(made[i].Read, "-"):
			t.Errorf("%q: %q read as %q, want it left as typed", c.q, c.typed, made[i].Read)
		case c.want != "" && (i < 0 || made[i].Read != c.want):
			t.Errorf("%q: readings %v, want %q read as %q", c.q, made, c.typed, c.want)
		}
	}
}
