package retrieve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"studyguide/internal/bm25"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// respell returns the word that the misspelt word w most likely stands
// for, or "" if nothing one edit away fits. A short word is read only as a
// function word with a letter left out or two swapped ("wat" as "what",
// "teh" as "the"). Otherwise the commoner slip wins (a letter left out
// before one added: "happend" is "happened", not "happens"); of slips as
// common, whole words come first: a function word or a contraction
// ("didnt" as "didn't"), or a word the corpus uses as written ("murderd"
// as "murdered"); then a real word whose stem the corpus holds; then an
// apostrophe left out, then the stem more passages hold. A common word
// the corpus lacks, a letter left out, comes before a slip less common
// of a word it has, unless that is a name of the corpus.
func (r *Retriever) respell(w string) string {
	short := len(w) < minTypoLen
	var best candidate
	bestRank := [3]float64{}
	found := false
	other := ""
	for _, c := range edits(w, added) {
		var whole bool
		switch {
		case short && (c.kind > swapped || !isFunctionWord(c.word)):
			continue
		case negatable[c.word]:
			// "haven" is a word of its own, and "haven't" without its
			// ending: "hapen" is "happen", no stump of a contraction.
			continue
		case isFunctionWord(c.word):
			whole = true
		case r.usesWord(c.word):
			whole = true
		case strings.ContainsRune(c.word, '\''):
			continue
		case !r.Index.BM25.Has(terms.Stem(c.word)):
			if c.kind == omitted && other == "" && commonWord(c.word) {
				other = c.word
			}
			continue
		case !thesaurus.Word(c.word):
			// A stem the corpus holds is no word in every form:
			// "democracial" has the stem of "democracy", and is read as
			// the word of that stem the corpus writes ("democracia" is
			// "democracy"), when one is near w; the Snowball stem of
			// "Macrobics" is that of "Macrob.", no word, and "Macrobius"
			// is not a misspelt "Macrobics".
			c.word = r.formOfStem(w, terms.Stem(c.word))
			if c.word == "" {
				continue
			}
		}
		rank := [3]float64{float64(c.kind), b2f(!whole), r.rarity(c.word)}
		if strings.ContainsRune(c.word, '\'') {
			// An apostrophe is left out more than any letter: "hes" is
			// "he's" before "hers".
			rank[2] = -1
		}
		if !found || less(rank, bestRank) || rank == bestRank && c.word < best.word {
			best, bestRank, found = c, rank, true
		}
	}
	if other != "" && found && best.kind > omitted && !r.named(terms.Stem(best.word)) {
		// A letter left out of a common word the corpus lacks ("acused"
		// for "accused") is a commoner slip than two swapped in a word
		// it has ("caused"); a name of the corpus is the one meant.
		return other
	}
	return best.word
}

// commonWord reports whether w is a real word that general English uses
// (see thesaurus.Tagged), or an irregular form of one ("rewritten"), no
// name: "accused", not "anaclisis".
func commonWord(w string) bool {
	s := terms.Stem(w)
	nouns, others := thesaurus.Tagged(s)
	return (nouns+others > 0 && thesaurus.Word(w) || thesaurus.Irregular(w)) && !thesaurus.Proper(s)
}

// formOfStem returns the real word of stem s the corpus writes that is
// nearest to w, two edits at most, or "": a slip one edit from a non-word
// of a stem the corpus holds ("democracia", "democracial") means that
// stem's word ("democracy"), which the reply can name.
func (r *Retriever) formOfStem(w, s string) string {
	best, bestDist := "", maxStemFormEdits+1
	for _, c := range r.stemForms()[s] {
		if d := editDistance(w, c); d < bestDist && thesaurus.Word(c) {
			best, bestDist = c, d
		}
	}
	return best
}

// maxStemFormEdits bounds formOfStem: a word further from the slip
// shares its stem by chance.
const maxStemFormEdits = 2

// stemForms returns the corpus's words by their stem, each stem's in the
// order the corpus first writes them, built once a retriever.
func (r *Retriever) stemForms() map[string][]string {
	r.usesWord("")
	r.vocab.byStemOnce.Do(func() {
		r.vocab.byStem = map[string][]string{}
		for _, w := range r.vocab.order {
			if isLetters(w) {
				s := terms.Stem(w)
				r.vocab.byStem[s] = append(r.vocab.byStem[s], w)
			}
		}
	})
	return r.vocab.byStem
}

// slipOfUsed returns the word the corpus uses as written that w, a word
// the corpus lacks, is with a letter left out or two swapped
// ("goverment" for "government"), when the stemmer cut a suffix off w
// and the dictionary knows what is left in one sense at most: a stem
// left by cutting a suffix off a slip ("gover") is often a rare word,
// and the slip is no form of it. A rare word the stemmer leaves whole
// but for its last letter ("personalty") is a word. Or "".
func (r *Retriever) slipOfUsed(w string) string {
	stem := terms.Stem(w)
	if len(stem) >= len(w)-1 || thesaurus.Senses(stem) > 1 {
		return ""
	}
	best := ""
	for _, c := range edits(w, swapped) {
		if strings.ContainsRune(c.word, '\'') || !r.usesWord(c.word) || isFunctionWord(c.word) {
			continue
		}
		if best != "" && terms.Stem(best) != terms.Stem(c.word) {
			// Two words as near: neither.
			return ""
		}
		if best == "" || c.word < best {
			best = c.word
		}
	}
	return best
}

// longNameSlip returns the corpus's name one letter from w, a word typed
// in lower case that the corpus lacks, of at least minLongName letters,
// or "": so long a name one letter off is the corpus's name mistyped or
// misheard ("brandenburger" for "Brandenberger"), though the dictionary
// knows the word as another name, far more often than another name. A
// name typed in capitals is read by its sound (see soundsAlike).
func (r *Retriever) longNameSlip(w string) string {
	if len(w) < minLongName {
		return ""
	}
	if read := r.respellName(w); read != "" && editDistance(w, read) == 1 {
		return read
	}
	return ""
}

// swappedName returns the one name of the corpus that w, a word the
// corpus lacks, is with two letters side by side swapped ("Jviago" for
// "Jivago"), or "": the commonest slip in typing a name, and one the
// dictionary may know as another name (a town, say) that a question
// about this text hardly means. Too short a name is left alone.
func (r *Retriever) swappedName(w string) string {
	if len(w) < minSwappedName {
		return ""
	}
	best := ""
	for _, c := range swaps(w) {
		if !r.usesWord(c) {
			continue
		}
		if s := terms.Stem(c); !nameStem(s) || !r.named(s) {
			continue
		}
		if best != "" && best != c {
			return "" // two names as near: neither
		}
		best = c
	}
	return best
}

// minSwappedName is the fewest letters of a word swappedName reads.
const minSwappedName = 5

// minLongName is the fewest letters of a word longNameSlip reads.
const minLongName = 10

// minNameTypoLen is the fewest letters of a word the speller reads as a
// name of the corpus two edits away (see respellName): a shorter one is
// two edits from too many.
const minNameTypoLen = 6

// respellName returns the name of the corpus that the misspelt word w
// most likely stands for, two edits away at most, or "": a name is often
// typed as it sounds, two letters off ("Tchaikowski" for "Tchaikovsky"), where
// a common word is one. Only a word the corpus writes as a name (see
// named) and the dictionary does not know in lower case is a candidate,
// with the same first letter; of two as near, neither is chosen.
func (r *Retriever) respellName(w string) string {
	if len(w) < minNameTypoLen {
		return ""
	}
	r.usesWord("")
	best, bestDist, tie := "", 3, false
	for c := range r.vocab.words {
		if len(c) < len(w)-2 || len(c) > len(w)+2 || c[0] != w[0] && !sameSound(c, w) {
			continue
		}
		d := editDistance(w, c)
		if d > 2 || d > bestDist {
			continue
		}
		s := terms.Stem(c)
		if !nameStem(s) || !r.named(s) {
			continue
		}
		// The vocabulary is a map, read in no fixed order: of two forms
		// of one name as near ("tchaikovsky", "tchaikovskys"), the first in
		// alphabetical order is kept, so that the same question is always
		// read the same way.
		switch {
		case d < bestDist:
			best, bestDist, tie = c, d, false
		case terms.Stem(best) != s:
			tie = true
		case c < best:
			best = c
		}
	}
	if tie {
		return ""
	}
	return best
}

// sameSound reports whether two words open with letters that spell one
// sound in the ways names are carried over from other alphabets: "j" and
// "zh" ("Jdanov" for "Zhdanov"), "c", "k" and "ch", "f" and "ph", "v" and
// "w", "i" and "y", "h" and "kh" (Russian "х", which Ukrainian and the
// Slavic languages written in Latin letters write "h": "Harkiv" for
// "Kharkov"). A name typed as it sounds may differ in its first letter,
// as no common word typed one edit off does.
func sameSound(a, b string) bool {
	for _, pair := range [][2]string{{"j", "zh"}, {"zh", "j"}, {"c", "k"}, {"k", "c"}, {"ch", "k"}, {"k", "ch"},
		{"f", "ph"}, {"ph", "f"}, {"v", "w"}, {"w", "v"}, {"i", "y"}, {"y", "i"}, {"h", "kh"}, {"kh", "h"}} {
		if strings.HasPrefix(a, pair[0]) && strings.HasPrefix(b, pair[1]) {
			return true
		}
	}
	return false
}

// editDistance counts the edits from a to b: letters left out, added,
// changed, or two neighbours swapped. github.com/xrash/smetrics, which
// the CLI library brings, counts no swaps (Ukkonen, Wagner-Fischer), and
// a swap is the commonest slip in a name ("Molotvo").
func editDistance(a, b string) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// rarity is how few passages hold a word's stem: its IDF; for a function
// word, 0 for one of the commonest ("what") and 0.5 for the others
// ("want").
func (r *Retriever) rarity(w string) float64 {
	if english.IsStopWord(w) {
		return 0
	}
	if isFunctionWord(w) {
		return 0.5
	}
	return r.Index.BM25.IDF(terms.Stem(w))
}

func less(a, b [3]float64) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// inContext returns the word the corpus uses, one edit from w, that stands
// next to one of w's neighbours in some passage, as w does in the
// question; or "" if there is none.
func (r *Retriever) inContext(w string, neighbours []string) string {
	if len(neighbours) == 0 {
		return ""
	}
	best, bestRank := "", [3]float64{}
	for _, c := range edits(w, added) {
		if strings.ContainsRune(c.word, '\'') || !r.usesWord(c.word) {
			continue
		}
		s := terms.Stem(c.word)
		if !slices.ContainsFunc(neighbours, func(n string) bool { return r.adjacent(s, terms.Stem(n)) }) {
			continue
		}
		rank := [3]float64{0, float64(c.kind), r.rarity(c.word)}
		if best == "" || less(rank, bestRank) || rank == bestRank && c.word < best {
			best, bestRank = c.word, rank
		}
	}
	return best
}

// adjacent reports whether some chunk holds stems a and b next to each
// other, in either order.
func (r *Retriever) adjacent(a, b string) bool {
	if a == b {
		return false
	}
	pb := r.Index.BM25.Postings[b]
	for _, p := range r.Index.BM25.Postings[a] {
		if _, ok := slices.BinarySearchFunc(pb, p.Doc, func(q bm25.Posting, d int32) int { return int(q.Doc - d) }); !ok {
			continue
		}
		stems := terms.Stems(r.Index.Chunks[p.Doc].Text)
		for i := 1; i < len(stems); i++ {
			if stems[i-1] == a && stems[i] == b || stems[i-1] == b && stems[i] == a {
				return true
			}
		}
	}
	return false
}

// edits returns the words one edit from w, each with the slip it undoes,
// of the kinds up to last in the order of editKind: a letter (or an
// apostrophe) left out, two neighbours swapped, a letter changed, a
// letter added. A reader of the commoner slips alone asks for them
// alone, and the words of the others are not made.
func edits(w string, last editKind) []candidate {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	out := make([]candidate, 0, (len(letters)+1)*(len(w)+1)+len(w)*(len(letters)+1))
	for i := range len(w) + 1 {
		for _, c := range letters + "'" {
			out = append(out, candidate{w[:i] + string(c) + w[i:], omitted})
		}
	}
	if last < swapped {
		return out
	}
	for _, s := range swaps(w) {
		out = append(out, candidate{s, swapped})
	}
	if last < changed {
		return out
	}
	for i := range len(w) {
		for _, c := range letters {
			if byte(c) != w[i] {
				out = append(out, candidate{w[:i] + string(c) + w[i+1:], changed})
			}
		}
	}
	if last < added {
		return out
	}
	for i := range len(w) {
		out = append(out, candidate{w[:i] + w[i+1:], added})
	}
	return out
}

// swaps returns the words w is with two letters side by side swapped,
// in order from its start.
func swaps(w string) []string {
	out := make([]string, 0, max(0, len(w)-1))
	for i := range len(w) - 1 {
		out = append(out, w[:i]+w[i+1:i+2]+w[i:i+1]+w[i+2:])
	}
	return out
}

// isLetters reports whether w is made of the letters a to z alone: the
// speller leaves numbers, names in other scripts and accented words be.
func isLetters(w string) bool {
	for i := range len(w) {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// respellWord returns the word of general English that w most likely
// stands for when the corpus offers none (see respell): one letter left
// out or two swapped ("stoped" for "stopped"), read as the word WordNet
// knows, the one its tagged texts use most when several fit ("stopped"
// before "stooped"); or "". Read so, the word counts as the everyday word
// it is (see commonness), and the reply names the word meant.
func respellWord(w string) string {
	if len(w) < minTypoLen {
		return ""
	}
	best, bestTags := "", 0
	for _, c := range edits(w, swapped) {
		if strings.ContainsRune(c.word, '\'') || isFunctionWord(c.word) || !thesaurus.Word(c.word) {
			continue
		}
		stem := terms.Stem(c.word)
		if b := baseForm(c.word); b != "" {
			stem = terms.Stem(b)
		}
		if thesaurus.Proper(stem) || thesaurus.Senses(stem) == 0 && !thesaurus.Irregular(c.word) {
			continue
		}
		nouns, others := thesaurus.Tagged(stem)
		tags := nouns + others
		if thesaurus.Irregular(c.word) {
			// An irregular form ("rewritten") is a word in use, though
			// the tagged counts do not know its stem.
			tags = max(tags, 1)
		}
		if tags > bestTags || tags == bestTags && tags > 0 && c.word < best {
			best, bestTags = c.word, tags
		}
	}
	return best
}

// typedCapital reports whether the word at byte offset start of field
// was typed with a capital: a name the corpus lacks ("Putin") is no
// misspelt common word.
func typedCapital(field string, start int) bool {
	r, _ := utf8.DecodeRuneInString(field[start:])
	return unicode.IsUpper(r)
}

// functionVowelSlip returns the one function word that w, a short word
// no dictionary knows, is with one vowel after its first letter struck
// for another ("meny" for "many", "thay" for "they"), or "". A short
// word is read otherwise only with a letter left out or two swapped (see
// respell), and "how meny people died" went unread: its "meny" weighed
// as a word of the subject, and the question was not read as asking how
// many. The first letter is kept: "onto" is a word of its own, no slip
// of "into".
func functionVowelSlip(w string) string {
	if len(w) >= minTypoLen {
		return ""
	}
	const vowels = "aeiouy"
	found := ""
	for i := 1; i < len(w); i++ {
		if !strings.ContainsRune(vowels, rune(w[i])) {
			continue
		}
		for _, v := range vowels {
			c := w[:i] + string(v) + w[i+1:]
			if c == w || !terms.IsStopword(c) || c == found {
				continue
			}
			if found != "" {
				return ""
			}
			found = c
		}
	}
	return found
}

// unlistedPrepositions are the prepositions the stop lists lack and
// WordNet does not know, which are no slips for a word one edit away.
// "thru" is left to the readers of spoken spellings, which read it as
// "through".
var unlistedPrepositions = words("per", "via", "amid", "amidst", "amongst")
