package generate

import (
	"regexp"
	"strings"
	"testing"
)

// quotedRefs returns the refs an answer cites, in order.
func quotedRefs(answer string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`\[(¶\d+|note \d+)\]`).FindAllStringSubmatch(answer, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestNotesOnASubjectQuoteTheNote checks that a question naming the
// notes and a subject is answered from the note on that subject: note 12
// says Beria was murdered on the day of his arrest, and note 10's "I
// have drawn on the longer treatments of Beria's reforms", which only
// shares his name and names sources, was quoted instead.
func TestNotesOnASubjectQuoteTheNote(t *testing.T) {
	for _, q := range []string{"what do the footnotes say about Beria's death?", "What do the notes say about Beria's death?"} {
		got := answer(t, q)
		if refs := quotedRefs(got); len(refs) == 0 || refs[0] != "note 12" || strings.Contains(got, "I have drawn on") {
			t.Errorf("%q: want note 12 first, not note 10's sources; got %s", q, got)
		}
	}
	// Asked where to read, the pointer to the other edition still
	// answers.
	if got := answer(t, "Where is the full text of the resolution printed, according to footnote 1?"); !strings.Contains(got, "See also Zhukov's earlier treatment") {
		t.Errorf("the pointer to where the text is reproduced is left out: %s", got)
	}
}

// TestKindOfSourceQuoted checks that a question asking for a kind of
// source quotes the notes citing that kind: notes 3, 8 and 13 give links
// ("at <>"), note 5 a journal's volume and year. ¶56's "almost entirely
// on the basis of others' research" was quoted for the online sources,
// and notes 13 and 14 for the scholarly journals.
func TestKindOfSourceQuoted(t *testing.T) {
	links := map[string]bool{"note 3": true, "note 8": true, "note 13": true}
	for _, q := range []string{"Which notes cite online sources?", "Does he cite any websites?"} {
		got := answer(t, q)
		refs := quotedRefs(got)
		if len(refs) == 0 {
			t.Errorf("%q: nothing quoted: %s", q, got)
		}
		for _, ref := range refs {
			if !links[ref] {
				t.Errorf("%q: %s gives no link: %s", q, ref, got)
			}
		}
	}
	for _, q := range []string{"Does he cite any articles from scholarly journals?", "Is there a scholarly journal article among the footnotes, and what is it about?"} {
		if got := answer(t, q); !strings.Contains(got, "Russian Review 63 (2004)") {
			t.Errorf("%q: note 5's journal is not quoted: %s", q, got)
		}
	}
}
