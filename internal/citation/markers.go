// Package citation finds the citation markers in an answer and checks each
// against the passages it names: the ref must exist and have been
// retrieved, and the claim must stand in the passage, verbatim when quoted.
//
// It imports essay and leaves (sentence, terms, lazyregexp), never retrieval
// or generation: generate, answer, eval, guide and modelguide call it.
package citation

import (
	"slices"
	"strconv"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
)

// Marker is one citation marker found in a text, with every ref it names.
type Marker struct {
	// Start and End are byte offsets of the marker in the text.
	Start, End int
	Refs       []essay.Ref
	// Raw is the marker as written.
	Raw string
}

// The expressions compile on first use: compiling them took a millisecond
// of every command's start-up, and show, questions, index and an offline
// guide never check a citation.
var (
	// bracketRe finds a bracketed or parenthesized group short enough to be
	// a citation: "[¶53]", "(note 15)", "[¶53, ¶54]", "[n15]", and
	// "[No. 70 (2) ¶3]", whose section's count is the one group it holds.
	bracketRe = lazyregexp.New(`[\[(]((?:[^\[\]()\n]|\(\d{1,3}\)){1,80})[\])]`)
	// bareRe finds a citation written without brackets: "¶53", "¶¶53-54",
	// "No. 10 ¶3", "No. 70 (2) ¶3".
	bareRe = lazyregexp.New(`(?:\b\pL{1,20}\.?\s(?:\d{1,6}|[IVXLCDM]{1,12})\s(?:\(\d{1,3}\)\s)?)?¶¶?\s?\d+(?:\s?[-–]\s?\d+)?`)
	// partRe reads one item of a group: an optional source (a slug, or a
	// file name with spaces), an optional section ("No. 10", "Amendment
	// XIV", "No. 70 (2)"), a kind word, a number, and an optional range
	// end. See essay.Ref for the grammar.
	// countRe finds a section's count: "(2)" in "No. 70 (2)".
	countRe = lazyregexp.New(`\(\d{1,3}\)`)
	partRe  = lazyregexp.New(`^(?:(\S.*?)\s+)??(?:(\pL{1,20}\.?\s+(?:\d{1,6}|[IVXLCDM]{1,12})(?:\s+\(\d{1,3}\))?)\s+)?(¶¶?|§|paras?\.?|paragraphs?|notes?|nn?\.?|fn\.?|footnotes?)?\s*(\d{1,6})(?:\s*[-–]\s*(\d{1,6}))?$`)
)

// maxRange bounds "¶¶1-100000": a range wider than this is not a citation.
const maxRange = 50

// Parse returns the citation markers in text, in order. It tolerates the
// usual variants: [¶53], [53], (¶53), [¶53, ¶54], ¶¶53-54, [note 15], [n15],
// [notes 3, 4], and a section and a source name before the ref ("[No. 10
// ¶3]", "[reader ¶3]", "[my reader ¶3]"). Parentheses need a ¶ or a note
// word, so that "(1936)" stays a year.
func Parse(text string) []Marker {
	var out []Marker
	taken := make([]bool, len(text)+1)
	for _, m := range bracketRe.FindAllStringSubmatchIndex(text, -1) {
		paren := text[m[0]] == '('
		refs, ok := parseGroup(text[m[2]:m[3]], paren)
		if !ok {
			continue
		}
		out = append(out, Marker{Start: m[0], End: m[1], Refs: refs, Raw: text[m[0]:m[1]]})
		for i := m[0]; i < m[1]; i++ {
			taken[i] = true
		}
	}
	for _, m := range bareRefs(text, taken) {
		if taken[m[0]] {
			continue
		}
		refs, ok := parseGroup(text[m[0]:m[1]], true)
		if ok {
			out = append(out, Marker{Start: m[0], End: m[1], Refs: refs, Raw: text[m[0]:m[1]]})
		}
	}
	// Markers never share a start: a bare ref inside a bracket was skipped.
	slices.SortFunc(out, func(a, b Marker) int { return a.Start - b.Start })
	return out
}

// bareRefs returns bareRe's matches in text, or none when every
// paragraph sign of text lies in a bracketed marker (taken): each bare
// ref holds one, and one inside a marker starts inside it too (no
// bracket can open the words a bare ref has before its sign), so Parse
// would skip it. An answer's markers are bracketed, and bareRe took a
// fifth of a millisecond of a process's first answer to compile.
func bareRefs(text string, taken []bool) [][]int {
	for i := strings.Index(text, "¶"); i >= 0; {
		if !taken[i] {
			return bareRe.FindAllStringIndex(text, -1)
		}
		next := strings.Index(text[i+len("¶"):], "¶")
		if next < 0 {
			break
		}
		i += len("¶") + next
	}
	return nil
}

// itemParts returns partRe's submatches of one item of a group. An item
// that is a paragraph sign or "note" and a number ("¶53", "note 15"),
// as nearly every marker an answer writes is, is read without partRe,
// which took half a millisecond of a process's first answer to compile:
// partRe reads such an item as that kind word and that number.
func itemParts(item string) []string {
	for _, kind := range []string{"¶", "note"} {
		rest, ok := strings.CutPrefix(item, kind)
		if !ok {
			continue
		}
		n := strings.TrimLeft(rest, " ")
		if len(n) >= 1 && len(n) <= 6 && strings.Trim(n, "0123456789") == "" {
			return []string{item, "", "", kind, n, ""}
		}
	}
	return partRe.FindStringSubmatch(item)
}

// parseGroup reads the inside of a marker: items separated by commas,
// semicolons or "and". Every item must be a ref, or the group is not a
// citation. A kind word carries over to the items after it ("notes 3, 4").
func parseGroup(s string, needKind bool) ([]essay.Ref, bool) {
	s = strings.NewReplacer(";", ",", " and ", ",", "&", ",").Replace(s)
	var refs []essay.Ref
	kind, kindSeen := essay.Paragraph, false
	source := ""
	// A section carries over to later items of the same kind only:
	// "[No. 6 note 1, ¶40]" names an unqualified ¶40.
	sections := map[essay.Kind]string{}
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		m := itemParts(item)
		if m == nil {
			return nil, false
		}
		if m[1] != "" {
			if source = essay.Slug(m[1]); source == "" {
				return nil, false
			}
			sections = map[essay.Kind]string{}
		}
		if m[3] != "" {
			kind, kindSeen = kindOf(m[3]), true
		}
		if needKind && !kindSeen {
			return nil, false
		}
		if m[2] != "" {
			label := strings.Join(strings.Fields(m[2]), " ")
			if !essay.IsSectionLabel(label) {
				return nil, false
			}
			sections[kind] = label
		}
		lo, _ := strconv.Atoi(m[4])
		hi := lo
		if m[5] != "" {
			hi, _ = strconv.Atoi(m[5])
		}
		if lo <= 0 || hi < lo || hi-lo > maxRange {
			return nil, false
		}
		for n := lo; n <= hi; n++ {
			refs = append(refs, essay.Ref{Source: source, Section: sections[kind], Kind: kind, N: n})
		}
	}
	return refs, len(refs) > 0
}

func kindOf(word string) essay.Kind {
	w := strings.ToLower(strings.TrimSuffix(word, "."))
	if strings.HasPrefix(w, "n") || strings.HasPrefix(w, "f") {
		return essay.Note
	}
	return essay.Paragraph
}
