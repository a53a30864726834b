package retrieve

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/xrash/smetrics"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// A phone's autocorrect turns a name it does not know into the nearest
// word it does: "pukhin" typed becomes "puffin", "merrow" "marrow". The
// speller leaves a real word alone (see correct), and a single real word
// is no name heard (see authorHeard): "night" may be the word meant. So
// a question naming someone of the text through such a word was
// declined as never mentioning it. autocorrectedNames reads such a word
// as the text's name when that is the only way the question is
// answered (see readNamesMeant).

// readNamesMeant returns s, or, when s is declined under the
// retriever's weights, the search for its question with each word the
// text lacks that stands for one of its names (see autocorrectedNames)
// read as that name, if that one is answered and what else it asks is
// said of the name (see saidOfNames). The rest of the question must fit
// the text for the reading to be taken: "how do you cook marrow"
// stays declined, as it is, whatever "marrow" stands for, and "was
// marrow a good cook" too, the text saying nothing of cooking beside
// Merrow.
func (r *Retriever) readNamesMeant(ctx context.Context, s *Search) (*Search, error) {
	text, read := r.autocorrectedNames(s.Q)
	if len(read) == 0 {
		return s, nil
	}
	return r.rereadDeclined(ctx, s, text, r.asWritten(read), func(q *Query) bool { return r.saidOfNames(q, read) })
}

// saidOfNames reports whether q, a question with the names read, asks
// of each something the text says beside it: another of q's stems that
// the corpus holds stands in a sentence naming it, or q has none.
func (r *Retriever) saidOfNames(q *Query, read []Respelling) bool {
	for _, rs := range read {
		name := terms.Stem(rs.Read)
		beside := r.besideName(name)
		others := slices.DeleteFunc(slices.Clone(q.Stems), func(st string) bool { return st == name || !r.Index.BM25.Has(st) })
		if len(others) > 0 && !slices.ContainsFunc(others, func(st string) bool { return beside[st] }) {
			return false
		}
	}
	return true
}

// besideName returns the stems of the corpus's sentences holding stem
// name, and of the sentence after each, which may go on to speak of
// what it names ("Jivago wrote Zhizn. The book ...").
func (r *Retriever) besideName(name string) map[string]bool {
	out := map[string]bool{}
	for _, p := range r.passagesNaming([]string{name}) {
		for j, sn := range p.Sentences {
			if !slices.Contains(terms.Stems(sn.Text), name) {
				continue
			}
			for _, next := range p.Sentences[j:min(j+2, len(p.Sentences))] {
				for _, st := range terms.Stems(next.Text) {
					out[st] = true
				}
			}
		}
	}
	return out
}

// autocorrectedNames returns q's text with each word it gives in lower
// case that the text lacks (see Query.Missing) read as the one name of
// the text it may have been autocorrected from (see nameMeant), where
// it stands as a name does (see standsAsName), and the readings made;
// or q's text and none. Of two words near one name, only the nearer is
// read as it: "where is marrow buried" names one man, not two; and a
// word is not read as a name the question gives already ("where is
// Jivago buried").
func (r *Retriever) autocorrectedNames(q *Query) (string, []Respelling) {
	type meant struct {
		tok  token
		name string
		cost int
	}
	text := q.Text
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return text, nil
	}
	toks := typedWords(lower)
	var found []meant
	for i, t := range toks {
		if !slices.Contains(q.Missing, t.word) || !typedLower(text, t) {
			continue
		}
		if name, cost := r.nameMeant(t.word); name != "" && !slices.Contains(q.Stems, terms.Stem(name)) && r.standsAsName(lower, toks, i, name) {
			found = append(found, meant{t, name, cost})
		}
	}
	var read []Respelling
	for k := len(found) - 1; k >= 0; k-- {
		m := found[k]
		if slices.ContainsFunc(found, func(o meant) bool { return o.name == m.name && o != m && o.cost <= m.cost }) {
			continue
		}
		end := m.tok.start + len(m.tok.word)
		read = append(read, Respelling{Typed: text[m.tok.start:end], Read: m.name})
		text = text[:m.tok.start] + m.name + text[end:]
	}
	slices.Reverse(read)
	return text, read
}

// standsAsName reports whether toks[i], a word of text, stands where
// name may: after no article or determiner ("a marrow", "which marrow": a
// name takes none), nor after "the" unless it leads a phrase the corpus
// writes ("the marrow trial" where it writes "the Merrow trial", not
// "is the marrow mentioned"); beside no word the corpus never uses,
// which it would qualify or be qualified by as a word ("marrow soup",
// "the beef marrow"); and, ending in "-ing",
// after no word of content unless it is a possessive: "the nurse
// coddling" is the nurse's doing, "who blocked coddling's plan" names
// the man (Codlin).
func (r *Retriever) standsAsName(text string, toks []token, i int, name string) bool {
	t := toks[i]
	before := wordBefore(text, t.start)
	if beforeNoName[before] {
		return false
	}
	if before == "the" && (i+1 == len(toks) || !r.adjacent(terms.Stem(name), terms.Stem(toks[i+1].word))) {
		return false
	}
	end := t.start + len(t.word)
	possessive := strings.HasPrefix(text[end:], "'s") || strings.HasPrefix(text[end:], "’s")
	if strings.HasSuffix(t.word, "ing") && before != "" && !terms.IsStopword(before) && !possessive {
		return false
	}
	if i+1 < len(toks) && !possessive && r.unusedWord(toks[i+1].word) {
		return false
	}
	return before == "" || !r.unusedWord(before)
}

// unusedWord reports whether w, a word of a question, is one the corpus
// never uses, and no function word.
func (r *Retriever) unusedWord(w string) bool {
	return !terms.IsStopword(w) && !r.usesWord(w) && !r.Index.BM25.Has(terms.Stem(w))
}

// wordBefore returns the word before offset start of text, lower-cased,
// however short ("a"), or "" when a sentence or clause ends between.
func wordBefore(text string, start int) string {
	head := strings.TrimRightFunc(text[:start], unicode.IsSpace)
	end := len(head)
	begin := strings.LastIndexFunc(head, func(c rune) bool { return !unicode.IsLetter(c) }) + 1
	if begin == end {
		return ""
	}
	return strings.ToLower(head[begin:end])
}

// beforeNoName are the words before a noun that no name takes.
var beforeNoName = map[string]bool{
	"a": true, "an": true, "which": true, "this": true, "these": true, "those": true, "every": true, "each": true,
	"some": true, "any": true, "another": true, "my": true, "your": true, "our": true, "their": true, "its": true,
}

// typedLower reports whether the word t of text was typed in lower
// case, or capitalized only as the first word: a word typed capitalized
// inside a sentence is a name the asker means as typed, read by its
// sound if at all (see soundsAlike).
func typedLower(text string, t token) bool {
	first, _ := utf8.DecodeRuneInString(text[t.start:])
	return !unicode.IsUpper(first) || strings.TrimSpace(text[:t.start]) == ""
}

// nameMeant returns the one name of the corpus that w, a word of at
// least minNameMeant letters the corpus lacks, may have been
// autocorrected from, or "": one it sounds as, vowels before "r" read
// alike and "-ing" as "-in" ("marrow" for Merrow, "coddling" for
// Codlin), or one that sounds near it (see nearSound), and how near
// (see nameCost). The corpus spells the name so; of two names as near,
// none is taken.
func (r *Retriever) nameMeant(w string) (string, int) {
	if len(w) < minNameMeant || !isLetters(w) || terms.IsStopword(w) || r.usesWord(w) {
		return "", 0
	}
	best, bestCost := []string(nil), maxNameCost+1
	seen := map[string]bool{}
	for _, key := range keysNear(consonantKey(w)) {
		for _, n := range r.withConsonants(key) {
			if seen[n] || len(n) < minNameMeant || !isLetters(n) {
				continue
			}
			seen[n] = true
			cost := nameCost(w, n)
			if cost > bestCost || cost > maxNameCost || !r.nameWord(n) {
				continue
			}
			if cost < bestCost {
				best, bestCost = nil, cost
			}
			best = append(best, n)
		}
	}
	if bestCost > maxNameCost {
		return "", 0
	}
	slices.Sort(best)
	return oneName(best), bestCost
}

// keysNear returns key and the consonant keys one consonant changed,
// left out or added from it, where the names nameMeant may read a word
// as are found (see withConsonants): reading every word of a large
// corpus for each word a question gives would cost seconds.
func keysNear(key string) []string {
	out := []string{key}
	for i := 0; i <= len(key); i++ {
		if i < len(key) {
			out = append(out, key[:i]+key[i+1:])
		}
		for _, c := range []byte(keyConsonants) {
			out = append(out, key[:i]+string(c)+key[i:])
			if i < len(key) && c != key[i] {
				out = append(out, key[:i]+string(c)+key[i+1:])
			}
		}
	}
	return out
}

// nameCost returns how far apart w, a word of the question, and n, a
// name of the corpus, sound, in half steps (see nearSound): 0 when they
// sound alike (see soundsAs), read as spoken with vowels before "r"
// alike and "-ing" as "-in". A word only near a name in sound must stand
// uninflected: a name takes no ending, and a plural or a past ("shops",
// "buried") is a word the question uses as one.
func nameCost(w, n string) int {
	for _, f := range []string{spokenAs(w), mergedBeforeR(w), droppedIngG(w)} {
		if soundsAs(f, n) {
			return 0
		}
	}
	a, b := spoken(w), spoken(n)
	if inflected(w) || common(w) || soundClass(a[0]) != soundClass(b[0]) || keyDistance(consonantKey(w), consonantKey(n)) > 1 {
		return maxNameCost + 1
	}
	return nearSound(a, b)
}

// common reports whether w is a word common in general English (see
// thesaurus.Tagged): one only near a name in sound is then meant as
// typed ("in charge" is no "Charta"); a rare one ("puffin") is likelier
// a phone's stand-in for the name.
func common(w string) bool {
	nouns, others := thesaurus.Tagged(terms.Stem(w))
	return nouns+others > maxNearTagged
}

// inflected reports whether w ends as a plural, a past or a participle
// does, an ending the stemmer strips ("shops", "buried", "coddling").
func inflected(w string) bool {
	return terms.Stem(w) != w && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// droppedIngG returns w with an ending "-ing" as "-in", as it is said
// in speech ("stallin'"), or w.
func droppedIngG(w string) string {
	if base, ok := strings.CutSuffix(w, "ing"); ok {
		return base + "in"
	}
	return w
}

// soundClass returns the letter of one sound c is written with (see
// consonantKey).
func soundClass(c byte) byte {
	switch c {
	case 'c', 'q':
		return 'k'
	case 'z':
		return 's'
	case 'v', 'w':
		return 'f'
	}
	return c
}

// nearSound returns the cost, in half steps, of the edits turning a into
// b, both spoken (see spoken): a vowel for another costs one, any other
// letter changed, left out, added or two swapped two. A vowel heard
// another way is the commonest slip of a name typed by ear, and the
// nearest word a phone offers for a name often differs in two letters
// ("pukin", as Pukhin is spoken, offered as "puffin").
func nearSound(a, b string) int {
	vowel := func(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = 2 * j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = 2 * i
		for j := 1; j <= len(b); j++ {
			sub := 0
			if a[i-1] != b[j-1] {
				sub = 2
				if vowel(a[i-1]) && vowel(b[j-1]) {
					sub = 1
				}
			}
			cur[j] = min(prev[j-1]+sub, prev[j]+2, cur[j-1]+2)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+2)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// keyDistance returns the edits (a letter changed, left out or added)
// turning consonant key a into b. Unlike editDistance it counts a swap
// as two: two consonants swapped make another sound.
func keyDistance(a, b string) int {
	return smetrics.WagnerFischer(a, b, 1, 1, 1)
}

// nameWord reports whether w, a word of the corpus, is one it writes as
// a name (see named) and the dictionary knows only as a name, if at all
// (see properName): a word of a title ("Review", "Judge") is no name a
// phone would change.
func (r *Retriever) nameWord(w string) bool {
	s := terms.Stem(w)
	return properName(w, s) && r.named(s)
}

// Bounds of nameMeant: the fewest letters of a word read as a name and
// of the name, and the most half steps apart they may sound (see
// nearSound): two letters changed, or four vowels. A shorter name is
// near too many words.
const (
	minNameMeant = 5
	maxNameCost  = 4
	// maxNearTagged is the most uses WordNet's tagged texts make of a
	// word read as a name it only sounds near (see common).
	maxNearTagged = 5
)

// properName reports whether w, a word of stem s, is a name by the
// dictionary: it knows the stem only as a name, or not at all (see
// nameStem), or w as a person's name, which it may know as a word too
// ("Lincoln", "lincolnesque").
func properName(w, s string) bool {
	return nameStem(s) || !thesaurus.Person(w) && thesaurus.Person(strings.ToUpper(w[:1])+w[1:])
}
