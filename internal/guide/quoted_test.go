package guide

import (
	"strings"
	"testing"
)

// quotingText quotes a writer across sentences, a question among them,
// and asks a question of its own.
const quotingText = `# Title: On Fleets

## Author: A. Writer

Fleets have met in the same waters for centuries. To quote a great authority, Jomini says: "Happening to be in Paris, a distinguished person asked me about the new firearms. What would change in the making of war? I replied that the principles of strategy would not change."

The same strait saw two great battles, a thousand years apart. Why did the opposing fleets meet on spots so near each other? The answer lies in the shape of the sea.
`

func TestQuotedWordsAreNoOpenQuestionAndAreLedIn(t *testing.T) {
	c := load(t, "fleets.md", quotingText)
	b := newBuilder(c, retriever(t, c))
	var open []string
	for _, q := range b.openQuestions() {
		open = append(open, q.Text)
	}
	if len(open) != 1 || !strings.HasPrefix(open[0], "Why did the opposing fleets") {
		t.Errorf("open questions %q, want only the text's own", open)
	}
	for _, s := range b.sents {
		switch {
		case strings.HasPrefix(s.text, "I replied"):
			if !s.quoted || s.quotes != "Jomini" {
				t.Errorf("%q: quoted %v, by %q; want Jomini's words", s.text, s.quoted, s.quotes)
			}
			if q := b.evidenceQuote(s, nil); q.Says != "A. Writer quotes Jomini:" {
				t.Errorf("%q is led in by %q", s.text, q.Says)
			}
		case strings.HasPrefix(s.text, "To quote"):
			if !s.opens || s.stems["happen"] > asideWeight {
				t.Errorf("%q: opens %v, \"happen\" weighs %v; want its quotation weighed as an aside", s.text, s.opens, s.stems["happen"])
			}
		case strings.HasPrefix(s.text, "Fleets have met"):
			if s.quoted {
				t.Errorf("%q is the author's, not quoted", s.text)
			}
		}
	}
}

func TestGlossOfANameNeedsItFirst(t *testing.T) {
	for _, c := range []struct {
		text, term string
		want       bool
	}{
		{"Determined thus on a pursuit, he followed so vigorously as to reach Cadiz a week before Villeneuve entered Ferrol.", "Villeneuve", true},
		{"But when at 10 o'clock he had not arrived, Zinoviev opened the meeting.", "Zinoviev", false},
		{"Villeneuve, in despair of reaching Brest, headed for Cadiz, where he anchored.", "Villeneuve", false},
	} {
		if got := someoneElseFirst(c.text, c.term); got != c.want {
			t.Errorf("someoneElseFirst(%q, %q) = %v, want %v", c.text, c.term, got, c.want)
		}
	}
	if !onlyQuoted(`"Of course Kozlovsky is old and can do nothing," he said.`, "Kozlovsky") {
		t.Error("a name inside someone's spoken words is only quoted")
	}
	if onlyQuoted(`This "Atlanta Compromise" is the most notable thing in his career.`, "Atlanta Compromise") {
		t.Error("a name set apart in quotation marks is the text's own")
	}
}

func TestTellsOwnLife(t *testing.T) {
	for text, want := range map[string]bool{
		"I have no accurate knowledge of my age, never having seen any authentic record containing it.": true,
		"I never shall forget it whilst I remember any thing.":                                          true,
		"I not only reject it because it bears upon its face the marks of being a fraud.":               false,
		"I defy any man to show that any one of them ever voted so.":                                    false,
		"Law never made men a whit more just.":                                                          false,
	} {
		s := &sentence{text: text, roles: roles(text)}
		if got := tellsOwnLife(s); got != want {
			t.Errorf("tellsOwnLife(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestLeaningOnObjects(t *testing.T) {
	for text, want := range map[string]int{
		"It appeared to them that governments and institutions are made to pass away.": leansHard,
		"I never shall forget it whilst I remember any thing.":                         leansHard,
		"In conversations with Chuev the aged Molotov mused, as he saw it.":            standsAlone,
	} {
		if got := leaning(text); got != want {
			t.Errorf("leaning(%q) = %d, want %d", text, got, want)
		}
	}
}

func TestThemePairs(t *testing.T) {
	if themePair("thereafter influence") {
		t.Error(`"thereafter influence" names no theme`)
	}
	if !themePair("strategic conditions") {
		t.Error(`"strategic conditions" names a theme`)
	}
}
