package guide

import (
	"strings"
	"testing"
)

// TestDefineOnlyFromASentenceThatSaysWhat reads real sentences that set
// a term off: a student can define it from one that says what it is or
// means, not from one that only uses it. The essay's guide asked
// "Define ‘agitation and propaganda’ in your own words, in one line,
// from “Likewise, Stalin's evident goal of removing the Party from direct
// rule and returning it to "agitation and propaganda" might suggest
// ...”", which says nothing of what agitation and propaganda are.
func TestDefineOnlyFromASentenceThatSaysWhat(t *testing.T) {
	cases := []struct {
		text, opening, term string
		says                bool
	}{
		{"", `This "democracy" is a form and a technique`, "lack of democracy", true},
		{"", "Likewise, Stalin's evident goal", "agitation and propaganda", false},
		{"", "The discussions, now unavailable", "Party Maximum", false},
		{"marx-eighteenth-brumaire.md", "All classes and parties joined hands in the June days", "Party of Anarchy", true},
		{"marx-eighteenth-brumaire.md", "True enough, the defeat of the June insurgents", "Republic or Monarchy", false},
		{"woman-suffrage.txt", `On reading the "Pastoral Letter,"`, "Pastoral Letter", false},
		{"dubois-washington.md", "We cannot settle this problem by diplomacy and suaveness", "policy", true},
	}
	for _, c := range cases {
		var b *builder
		if c.text == "" {
			_, corpus := build(t, "¶56")
			b = newBuilder(corpus, nil)
		} else {
			b = textBuilder(t, c.text)
		}
		s := sentenceOpening(t, b, c.opening)
		if got := saysWhatTermIs(s.text, c.term); got != c.says {
			t.Errorf("saysWhatTermIs(%q, %q) = %v, want %v", s.text, c.term, got, c.says)
		}
	}
}

// TestEssayAsksWhatPartATermPlays builds the essay's guide: Question
// 2.3 asks what part ‘agitation and propaganda’ plays in the sentence
// that uses it, and every prompt asking for a definition quotes a
// sentence that says what its term is.
func TestEssayAsksWhatPartATermPlays(t *testing.T) {
	g, _ := build(t, "¶56")
	asked := false
	for _, q := range g.Questions() {
		for _, p := range q.Discussion {
			if strings.HasPrefix(p.Text, "What part does ‘agitation and propaganda’ play in") {
				asked = true
			}
			if m := defineRe.FindStringSubmatch(p.Text); m != nil && len(p.Quotes) > 0 && !saysWhatTermIs(p.Quotes[0].Text, m[1]) {
				t.Errorf("a definition is asked from a sentence that only uses the term: %s", p.Text)
			}
		}
	}
	if !asked {
		t.Error("the essay's guide no longer asks what part ‘agitation and propaganda’ plays")
	}
}
