// Package thesaurus relates a word to others of like meaning, so that a
// question worded differently from the corpus ("salary" for "pay") can
// still meet the passage that answers it.
//
// The table, wordnet.txt, is written by the gen command from WordNet 3.0
// (Princeton University; see LICENSE-WordNet): for each stem, how many
// senses its words have; the stems of the synonyms, similar adjectives
// and derivationally related forms of its commonest sense in each part of
// speech, a noun or verb form marked "+" (see Forms); and the concepts (synsets) its words stand for, with what those
// are kinds of, which the local embedder counts; and whether WordNet
// knows a stem, or a collocation of two or three, only as a name; and how
// often WordNet's sense-tagged texts use its words (see Tagged). It is
// 6 MB of the binary, read in place.
//
// It imports nothing of studyguide's (its gen command imports terms);
// retrieve, embed and guide read it, and the index key holds its Version.
package thesaurus

//go:generate go run ./gen -wordnet /usr/share/wordnet -src gen -o wordnet.txt -people people.txt
//go:generate go run ./genindex -table wordnet.txt -o index_table.go

import (
	_ "embed"
	"strconv"
	"strings"
)

//go:embed wordnet.txt
var file string

// header is the table's first line; table is the rest, searched in place.
var header, table = cutHeader(file)

func cutHeader(f string) (string, string) {
	h, body, _ := strings.Cut(f, "\n")
	return h, body
}

// Related returns the stems WordNet relates to stem, or nil if it knows
// none. The slice is new on every call.
func Related(stem string) []string {
	_, rel, _ := lookup(stem)
	if rel == "" {
		return nil
	}
	out := strings.Fields(rel)
	for i, t := range out {
		out[i] = strings.TrimPrefix(t, "+")
	}
	return out
}

// Forms returns the stems of Related that are derivationally related
// forms of stem's words in their commonest senses: the same word as
// another part of speech ("death" for "die", "decide" for "decision"),
// which says what the word says, where a synonym says something near it.
func Forms(stem string) []string {
	_, rel, _ := lookup(stem)
	var out []string
	for _, t := range strings.Fields(rel) {
		if f, ok := strings.CutPrefix(t, "+"); ok {
			out = append(out, f)
		}
	}
	return out
}

// Senses returns how many senses WordNet gives the words of this stem (the
// most of any of them), or 0 for a word it does not know, such as a name.
// A word of many senses ("form", "way") says little about what a question
// is about; a word of one ("volcano") says a lot.
func Senses(stem string) int {
	n, _, _ := lookup(stem)
	return n
}

// Proper reports whether WordNet knows the words of this stem only as
// names: the commonest sense of each, in every part of speech, is written
// capitalized ("Berlin", "Einstein"). So too for a collocation, keyed as
// Concepts keys it ("world cup" for "World Cup", not "red tape"). A capitalized word of a question that
// WordNet also knows in lower case ("Western", "Middle") may be a common
// word opening a phrase; one it knows only as a name names something.
func Proper(stem string) bool {
	_, proper, _, _ := lookupAll(stem)
	return proper
}

// Tagged returns how many times the texts WordNet counted its senses on
// (SemCor, a part of the Brown Corpus) use the words of this stem as
// nouns, and as verbs, adjectives or adverbs: the most of any of its
// words; 0 and 0 for a word they never use, or one WordNet does not know.
// It measures how common a word is in general English, coarsely: "money"
// 92 and 0, "hate" 9 and 50, "football" 11 and 0, "recipe" 0 and 0.
// Slang and words of the last sixty years are rare there whatever their
// use today ("paycheck" 0).
func Tagged(stem string) (nouns, others int) {
	_, _, _, rest := lookupAll(stem)
	_, tags, _ := strings.Cut(rest, "\t")
	n, o, _ := strings.Cut(tags, " ")
	nouns, _ = strconv.Atoi(n)
	others, _ = strconv.Atoi(o)
	return nouns, others
}

// lookup returns stem's entry: its sense count, related stems and
// concepts.
func lookup(stem string) (senses int, related, concepts string) {
	senses, _, related, concepts = lookupAll(stem)
	concepts, _, _ = strings.Cut(concepts, "\t")
	return senses, related, concepts
}

// lookupAll returns stem's entry: its sense count, whether its words are
// names only (a "p" after the count), related stems, and the rest of the
// line: concepts, then a tab and the tag count when there is one.
//
// It searches the sorted table in place rather than loading it into a map:
// a map would cost every process start milliseconds for a table most runs
// consult for a few hundred words; the index narrows the search to a
// page or so of it (see IndexStep).
func lookupAll(stem string) (senses int, proper bool, related, rest string) {
	if stem == "" || strings.ContainsAny(stem, "\t\n") {
		return 0, false, "", ""
	}
	lo, hi, ok := span(stem)
	if !ok {
		return 0, false, "", ""
	}
	return search(stem, lo, hi)
}

// search looks stem up in table[lo:hi], lo and hi at the starts of lines
// (or hi at the end).
func search(stem string, lo, hi int) (senses int, proper bool, related, rest string) {
	for lo < hi {
		mid := lineStart(lo + (hi-lo)/2)
		key, value, end := splitLine(mid)
		switch {
		case key == stem:
			count, value, _ := strings.Cut(value, "\t")
			related, rest, _ = strings.Cut(value, "\t")
			count, proper = strings.CutSuffix(count, "p")
			n, _ := strconv.Atoi(count)
			return n, proper, related, rest
		case key < stem:
			lo = end
		default:
			if mid == lo {
				return 0, false, "", ""
			}
			hi = mid
		}
	}
	return 0, false, "", ""
}

// lineStart returns the offset of the line holding offset i.
func lineStart(i int) int {
	return strings.LastIndexByte(table[:i], '\n') + 1
}

// splitLine returns the key and value of the line starting at i, and the
// offset just past it.
func splitLine(i int) (key, value string, end int) {
	line := table[i:]
	if j := strings.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	key, value, _ = strings.Cut(line, "\t")
	return key, value, i + len(line) + 1
}
