package retrieve

import (
	"context"
	"slices"
	"testing"

	"studyguide/internal/terms"
)

// TestNotesNameTheFootnotes checks that "notes" in a question about the
// essay, which has footnotes but never says "note", names them: it is
// neither searched nor a word the text lacks, so the question is
// answered from the notes where it was declined as never mentioning
// "notes". The asker's own notes, "of some note", and any note of a
// text without footnotes stay words of the question.
func TestNotesNameTheFootnotes(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]bool{
		"Which notes cite online sources?":                                true,
		"Who was Kruglov, according to the notes?":                        true,
		"Which note says the archive was destroyed?":                      true,
		"Short version for my notes: was the man at the top in charge?":   false,
		"He became an engineer of some note in rocketry. What did he do?": false,
		"What does note 15 cite?":                                         false,
	} {
		ws := terms.Words(q)
		i := slices.IndexFunc(ws, func(w string) bool { return w == "notes" || w == "note" })
		if got := r.namesNotes(ws, i); got != want {
			t.Errorf("namesNotes(%q) = %v, want %v", q, got, want)
		}
	}
	thoreau := textRetriever(t, "../essay/testdata/texts/civil-disobedience.md")
	if ws := terms.Words("Which notes cite online sources?"); thoreau.namesNotes(ws, 1) {
		t.Errorf("namesNotes read %q as the footnotes of a text that has none", ws)
	}
	for q, first := range map[string][]string{
		"Who was Kruglov, according to the notes, and how did Khrushchev treat him?":   {"note 11"},
		"Several notes seem to have empty web links. Which notes cite online sources?": {"note 3", "note 8", "note 13"},
	} {
		res, err := r.Retrieve(context.Background(), q, len(first))
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain || slices.Contains(res.Query.Missing, "notes") {
			t.Errorf("%q: abstain %v, missing %v; want answered from the notes", q, res.Abstain, res.Query.Missing)
		}
		for _, h := range res.Hits {
			if !slices.Contains(first, h.Passage.Ref.String()) {
				t.Errorf("%q ranked %v first, want %v", q, res.Refs(), first)
				break
			}
		}
	}
}

// TestWebLinks checks that "links" after a word of the web asks for the
// essay's web addresses, as "website" does, and is not searched; "link"
// as a verb is.
func TestWebLinks(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]bool{
		"Several notes seem to have empty web links.": true,
		"Does he give any online links?":              true,
		"How does he link the pay to the Party?":      false,
	} {
		ws := terms.Words(q)
		i := slices.IndexFunc(ws, func(w string) bool { return linkWords[w] })
		if got := r.webLink(ws, i); got != want {
			t.Errorf("webLink(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestListOpensTheQuestion checks that a verb of listing opening a
// question is the asker's instruction: "List the things the author
// concedes he cannot know or verify" was declined as never mentioning
// "list", though the passages granting what cannot be known answer it.
func TestListOpensTheQuestion(t *testing.T) {
	q := "List the things the author concedes he cannot know or verify."
	res, err := retriever(t, Hybrid).Retrieve(context.Background(), q, 4)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || slices.Contains(res.Query.Stems, "list") {
		t.Fatalf("%q: abstain %v, stems %v; want answered, \"list\" not searched", q, res.Abstain, res.Query.Stems)
	}
	for _, h := range res.Hits {
		if ref := h.Passage.Ref.String(); !slices.Contains([]string{"¶51", "¶58", "¶61", "note 12"}, ref) {
			t.Errorf("ranked %v, want ¶51, ¶58, ¶61 and note 12 first", res.Refs())
			break
		}
	}
	for ws, want := range map[string]bool{
		"list the members":       true,
		"please list the causes": true,
		"what is on the list":    false,
		"list":                   false,
	} {
		w := terms.Words(ws)
		i := slices.Index(w, "list")
		if got := i >= 0 && listOpener(w, i); got != want {
			t.Errorf("listOpener(%q) = %v, want %v", ws, got, want)
		}
	}
}
