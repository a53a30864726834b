package retrieve

import (
	"slices"
	"strings"
	"testing"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// TestQuotations checks the one finder of quoted phrases on questions
// asked of the essay: double quotes of either kind, single quotes set
// apart from the words about them, and an apostrophe, which quotes
// nothing; and that the ranking reads only the double quotes while the
// abstention test reads both.
func TestQuotations(t *testing.T) {
	for q, want := range map[string][]quotation{
		`"if it was theirs" - what plan is he unsure belonged to them?`: {{text: "if it was theirs"}},
		`What does he mean by “inner-party democracy”?`:                 {{text: "inner-party democracy"}},
		`what does 'if it was theirs' refer to?`:                        {{text: "if it was theirs", single: true}},
		`Why didn't Stalin's 'plan' succeed, and what is "the cult"?`:   {{text: "plan", single: true}, {text: "the cult"}},
		`What was Stalin's plan, and why didn't it pass?`:               nil,
	} {
		if got := quotations(q); !slices.Equal(got, want) {
			t.Errorf("quotations(%q) = %+v; want %+v", q, got, want)
		}
	}
	r := retriever(t, Hybrid)
	single := &Query{Text: `what does 'if it was theirs' refer to?`}
	if !r.quotesText(single) {
		t.Errorf("quotesText(%q) = false; the phrase stands in ¶61", single.Text)
	}
	if got := r.quotedHolders(`what does 'representative democracy' mean?`); got != nil {
		t.Errorf("quotedHolders read a phrase in single quotes: %v", got)
	}
	if got := r.quotedHolders(`what does "representative democracy" mean?`); len(got) == 0 {
		t.Error(`quotedHolders found no passage holding "representative democracy"`)
	}
}

// TestQuotedTextLooksUp checks that quotedHolders and quotesText, which
// read the corpus's text from tables built once a retriever, find what
// a pass over every passage finds (kept here), on the essay and on a
// development text: for runs of two to four words of its sentences, as
// written and with their last word changed, quoted in double and in
// single quotes.
func TestQuotedTextLooksUp(t *testing.T) {
	for name, r := range map[string]*Retriever{
		"essay":             retriever(t, Hybrid),
		"goldman-kronstadt": textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md"),
	} {
		var phrases []string
		for i, p := range r.Corpus.Passages {
			for j, s := range p.Sentences {
				f := strings.Fields(s.Text)
				n := 2 + (i+j)%3
				if len(f) < n+1 || (i+j)%4 != 0 {
					continue
				}
				run := f[1 : n+1]
				phrases = append(phrases, strings.Join(run, " "), strings.Join(run[:n-1], " ")+" whom")
			}
		}
		holders := 0
		for _, ph := range phrases {
			for _, q := range []string{`what does "` + ph + `" mean?`, `what does '` + ph + `' mean?`} {
				got, want := r.quotedHolders(q), quotedHoldersByScan(r, q)
				if !slices.Equal(got, want) {
					t.Errorf("%s: quotedHolders(%q) = %v; a pass over the passages gives %v", name, q, got, want)
				}
				holders += len(got)
				query := &Query{Text: q}
				if got, want := r.quotesText(query), quotesTextByScan(r, query); got != want {
					t.Errorf("%s: quotesText(%q) = %v; a pass over the passages gives %v", name, q, got, want)
				}
			}
		}
		if holders == 0 {
			t.Errorf("%s: no phrase of %d found a passage", name, len(phrases))
		}
	}
}

// quotedHoldersByScan is quotedHolders reading every passage afresh for
// each phrase.
func quotedHoldersByScan(r *Retriever, asked string) []int32 {
	var out []int32
	for _, qt := range quotations(asked) {
		words := terms.Words(qt.text)
		if qt.single || len(words) < 2 {
			continue
		}
		stems := terms.Unique(terms.Stems(qt.text))
		var holders []int32
		for i, p := range r.Corpus.Passages {
			held := slices.ContainsFunc(p.Sentences, func(s essay.Sentence) bool {
				have := terms.Stems(s.Text)
				return !slices.ContainsFunc(stems, func(t string) bool { return !slices.Contains(have, t) })
			})
			if len(stems) < 2 {
				all := terms.Words(p.Text())
				held = false
				for k := 0; k+len(words) <= len(all); k++ {
					held = held || slices.Equal(all[k:k+len(words)], words)
				}
			}
			if held {
				holders = append(holders, int32(i))
			}
		}
		if len(holders) > maxQuotedHolders {
			continue
		}
		for _, h := range holders {
			if !slices.Contains(out, h) {
				out = append(out, h)
			}
		}
	}
	return out
}

// quotesTextByScan is quotesText reading every passage afresh for each
// phrase.
func quotesTextByScan(r *Retriever, q *Query) bool {
	for _, qt := range quotations(q.Text) {
		if len(terms.Words(qt.text)) < minQuotedWords && len(strings.Fields(qt.text)) < minQuotedWords {
			// A short capitalized name counts as quotesText counts it;
			// writes already reads every passage.
			if fs := strings.Fields(qt.text); len(fs) >= 2 && allCapitalized(fs) && r.writes(strings.Join(fs, " ")) {
				return true
			}
			continue
		}
		phrase := " " + wordsOnly(qt.text) + " "
		if slices.ContainsFunc(r.Corpus.Passages, func(p *essay.Passage) bool {
			return strings.Contains(" "+wordsOnly(p.Text())+" ", phrase)
		}) {
			return true
		}
	}
	return false
}
