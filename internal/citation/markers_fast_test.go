package citation

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestItemPartsReadsAsPartRe checks that itemParts, which reads "¶53"
// and "note 15" without partRe, gives partRe's submatches for items of
// every shape a group holds, those it reads itself among them.
func TestItemPartsReadsAsPartRe(t *testing.T) {
	kinds := []string{"", "¶", "¶¶", "note", "notes", "Note", "n", "nn.", "fn", "§", "para", "paragraph", "No. 10 ¶", "reader ¶", "my reader note", "Amendment XIV note", "No. 70 (2) ¶"}
	gaps := []string{"", " ", "  ", "\t", " \u00a0"}
	numbers := []string{"5", "53", "007", "123456", "1234567", "", "5-7", "5 – 7", "x", "٣", "5.", "5 "}
	fast := 0
	for _, k := range kinds {
		for _, g := range gaps {
			for _, n := range numbers {
				item := k + g + n
				got, want := itemParts(item), partRe.FindStringSubmatch(item)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("itemParts(%q) = %q, partRe gives %q", item, got, want)
				}
				if got != nil && (k == "¶" || k == "note") && g != "\t" && g != " \u00a0" {
					fast++
				}
			}
		}
	}
	if fast == 0 {
		t.Error("no item was read without partRe")
	}
}

// TestBareRefsSkipsOnlyWhatParseSkips checks that Parse finds the same
// markers as it did when it always searched for bare refs, on answers
// as they are written and on random texts of brackets, paragraph signs,
// section labels and numbers.
func TestBareRefsSkipsOnlyWhatParseSkips(t *testing.T) {
	texts := []string{
		"Furr argues: “In fact, X was never all-powerful.” [¶53] He goes on [note 15].",
		"(12) [¶5]", "(1) ¶5", "No. 10 [¶3]", "[No. 70 (2) ¶3]", "No. 70 (2) ¶3", "¶3 [¶4]", "(¶53)",
		"[¶53] and ¶54", "¶¶53-54", "[see ¶53]", "(2) ¶3 [¶3]", "x [¶1, ¶2] y ¶3", "",
	}
	pieces := []string{"[", "]", "(", ")", "¶", "¶", "note ", "No. ", "10 ", "(2) ", "XIV ", "5", "53", " ", "a", ",", "-", "\n"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(14) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		if got, want := Parse(text), parseSearchingBare(text); !reflect.DeepEqual(got, want) {
			t.Errorf("Parse(%q) = %v, searching for bare refs always gives %v", text, got, want)
		}
	}
}

// parseSearchingBare is Parse as it was written first, searching for
// bare refs in every text.
func parseSearchingBare(text string) []Marker {
	var out []Marker
	taken := make([]bool, len(text)+1)
	for _, m := range bracketRe.FindAllStringSubmatchIndex(text, -1) {
		refs, ok := parseGroup(text[m[2]:m[3]], text[m[0]] == '(')
		if !ok {
			continue
		}
		out = append(out, Marker{Start: m[0], End: m[1], Refs: refs, Raw: text[m[0]:m[1]]})
		for i := m[0]; i < m[1]; i++ {
			taken[i] = true
		}
	}
	for _, m := range bareRe.FindAllStringIndex(text, -1) {
		if taken[m[0]] {
			continue
		}
		if refs, ok := parseGroup(text[m[0]:m[1]], true); ok {
			out = append(out, Marker{Start: m[0], End: m[1], Refs: refs, Raw: text[m[0]:m[1]]})
		}
	}
	slices.SortFunc(out, func(a, b Marker) int { return a.Start - b.Start })
	return out
}
