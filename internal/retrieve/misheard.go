package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// heardAlone reports whether the first of two words, read together as
// the name read, is a slip of that name alone (a name misspelt, then
// "lie", heard as the name): the speller reads it so, and the second
// word is meant as typed.
func (r *Retriever) heardAlone(words []string, read string) bool {
	return len(words) == 2 && r.misspelt(words[0]) && r.nameSoundingAs(spokenAs(words[0])) == read
}

// heard reports whether words, a run of a question's words, may be a
// name of the corpus heard and typed as the words it sounds like ("moo
// kin", "berry a", "crew glove"): typed in lower case, opening with a
// word that is no stop word, and none of them a word the corpus uses,
// so that no phrase of the text's own is read as a name. Each may be a
// real word: the speaker typed what he heard. A run holding a word the
// corpus uses is too often a phrase meant as typed ("save the", "raise
// in" sound as names of the essay).
func (r *Retriever) heard(words []string) bool {
	return !terms.IsStopword(words[0]) && !slices.ContainsFunc(words, func(w string) bool {
		return w == "" || w != strings.ToLower(w) || r.usesWord(w) || r.Index.BM25.Has(terms.Stem(w))
	})
}

// heardAmong reports whether words, a run of a question's words, may be
// a name of the corpus heard and typed as the syllables it sounds like,
// some of them words the corpus uses ("bye back off" for Baybakov, "dim
// it rove" for Dimitrov): words
// of at most maxSyllable letters in lower case, each with a vowel as a
// spoken syllable has ("bc" is typed, not heard), the last no stop word
// but "of" or "off"; sounding with at least minHeardAmong consonants,
// as a phrase of common words rarely does by chance, and opening with a
// word the corpus never uses, no stop word; or, sounding with at least
// minHeardOpen, holding such a word anywhere.
func (r *Retriever) heardAmong(words []string) bool {
	var b strings.Builder
	for _, w := range words {
		if len(w) > maxSyllable || !isLetters(w) || !strings.ContainsAny(w, "aeiouy") {
			return false
		}
		b.WriteString(spokenAs(w))
	}
	unused := func(w string) bool { return !r.usesWord(w) && !r.Index.BM25.Has(terms.Stem(w)) }
	first, last := words[0], words[len(words)-1]
	if terms.IsStopword(last) && last != "of" && last != "off" {
		// A run ending in a function word is a phrase ("save the",
		// "raise in"); "of" and "off" are the ending "-ov" heard.
		return false
	}
	switch key := len(consonantKey(b.String())); {
	case key >= minHeardOpen:
		return slices.ContainsFunc(words, unused)
	case key >= minHeardAmong:
		return unused(first) && !terms.IsStopword(first)
	}
	return false
}

// syllables reports whether name, read from words by heardAmong, has
// as many syllables as they are words at least, and is none of them: a
// name of one ("Marks") is not split into two words by the ear ("mark
// as"), and a run holding the word read ("a stronger") is no name heard.
func syllables(name string, words []string) bool {
	name = strings.TrimSuffix(name, "'s")
	return len(vowelKey(name)) >= min(len(words), 2) && !slices.ContainsFunc(words, func(w string) bool {
		return terms.Stem(w) == terms.Stem(name)
	})
}

// Bounds of heardAmong: a word's letters, and the consonants of the
// run's sound key; maxHeard is the most words a name heard is split into
// ("no men clay torah").
const (
	maxSyllable   = 5
	minHeardAmong = 3
	minHeardOpen  = 6
	maxHeard      = 4
)

// heardName returns the name of the corpus that words, heard (see
// heard), sound as when spoken (see spokenAs), or "": of one word, only
// the author's (see authorHeard); the last word may carry the
// possessive's "s" ("tom sins" for "Thomson's"), which the name read
// keeps.
func (r *Retriever) heardName(words []string) string {
	read := func(words []string) string {
		if len(words) == 1 {
			return r.authorHeard(words[0])
		}
		var b strings.Builder
		for _, w := range words {
			b.WriteString(spokenAs(w))
		}
		if name := r.nameSoundingAs(b.String()); name != "" {
			return name
		}
		if merged := mergedBeforeR(b.String()); merged != b.String() {
			if name := r.nameSoundingAs(merged); name != "" {
				return name
			}
		}
		return r.nameNear(b.String())
	}
	if name := read(words); name != "" {
		return name
	}
	last := words[len(words)-1]
	if bare, ok := strings.CutSuffix(last, "s"); ok && len(bare) > 1 && !strings.HasSuffix(bare, "s") {
		if name := read(append(slices.Clone(words[:len(words)-1]), bare)); name != "" {
			return name + "'s"
		}
	}
	return ""
}

// authorsOwn returns w, a word of the author's name with "s" after it
// that the corpus never uses, as his possessive ("smythes" as
// "smythe's"), or "": typed without its apostrophe, a name the text
// never writes is read as the word it ends like, and "wat is [the
// author's name]s next artical about" was declined as never mentioning
// that word. A name that is an English word too ("mills") is left:
// "cotton mills" may be meant.
func (r *Retriever) authorsOwn(w string) string {
	base, ok := strings.CutSuffix(w, "s")
	if !ok || !r.authorWords()[base] || r.authorWords()[w] || r.usesWord(w) || thesaurus.Word(base) {
		return ""
	}
	return base + "'s"
}

// authorHeard returns the word of the author's name that w, a word the
// corpus lacks, sounds as (see soundsAs), or "": "mane" for Maine. A
// single word is read as a name only so: the asker speaks of the author
// more than of anyone, and another name heard as one real word ("night"
// for a Knight the text cites) is more often the word meant.
func (r *Retriever) authorHeard(w string) string {
	if len(w) < minShortTypoLen || terms.IsStopword(w) {
		return ""
	}
	for a := range r.authorWords() {
		if a != w && len(a) >= minShortTypoLen && soundsAs(spokenAs(w), a) {
			return a
		}
	}
	return ""
}

// nameNear returns the one name of the corpus whose consonants (see
// consonantKey) are those of w, words heard and run together, with one
// of them changed, or "": a long name heard as several words often
// comes out with one consonant of a word the ear knows ("crone stab
// bit" for Kronstadt, the "b" of "stab" for its "d"; "vows nest ski",
// the "t" of "nest" for a name's second "n"), and a key of at least
// minNearKey consonants one change from a name's is no phrase's by
// chance.
func (r *Retriever) nameNear(w string) string {
	key := consonantKey(w)
	if len(key) < minNearKey {
		return ""
	}
	var names []string
	for i := range len(key) {
		for _, c := range []byte(keyConsonants) {
			if c == key[i] {
				continue
			}
			for _, n := range r.withConsonants(key[:i] + string(c) + key[i+1:]) {
				if r.named(terms.Stem(n)) && !slices.Contains(names, n) {
					names = append(names, n)
				}
			}
		}
	}
	return oneName(names)
}

// keyConsonants are the letters consonantKey writes.
const keyConsonants = "bdfgklmnprst"

// minNearKey is the fewest consonants a name heard must have for
// nameNear to read it with one of them changed.
const minNearKey = 7

// mergedBeforeR returns s with "arr" written "err", or, where it has
// none, "err" written "arr": most American speech sounds the two alike
// ("Barry" and "berry", "marry" and "merry"), and voice typing writes
// either for a name holding the sound ("barry a" for a name the corpus
// spells with "er", "herry son" for Harrison).
func mergedBeforeR(s string) string {
	if strings.Contains(s, "arr") {
		return strings.ReplaceAll(s, "arr", "err")
	}
	return strings.ReplaceAll(s, "err", "arr")
}

// spokenAs returns w, an English word, with an ending English spells
// apart from its sound written as it sounds, so that a name heard as
// such words is found by its letters: "ew" as "u" ("chew", "crew"), and
// "ough" as "off" or "uff" where it sounds so ("cough", "rough"). A "j"
// is read as "zh": English has no letter of its own for that sound, and
// a name holding it is heard and typed with the nearest ("jee vah go"
// for Zhivago).
func spokenAs(w string) string {
	w = strings.ReplaceAll(w, "j", "zh")
	switch {
	case strings.HasSuffix(w, "ew"):
		return strings.TrimSuffix(w, "ew") + "u"
	case w == "cough" || w == "trough":
		return strings.TrimSuffix(w, "ough") + "of"
	case w == "rough" || w == "tough" || w == "enough":
		return strings.TrimSuffix(w, "ough") + "uf"
	}
	return w
}

// joinedWord returns the word of the corpus that joined, words run
// together, stands for: itself, a word one slip off, or the name it
// sounds as; or "". It must have at least minJoined letters.
func (r *Retriever) joinedWord(joined string) string {
	switch {
	case len(joined) < minJoined:
		return ""
	case r.usesWord(joined):
		return joined
	}
	if read := r.respellMisspelt(joined, false); read != "" && r.usesWord(read) {
		return read
	}
	return r.nameSoundingAs(joined)
}

// nameSoundingAs returns the one name of the corpus that sounds as w
// does (see soundsAs), spelt as the corpus spells it, or "": syllables
// heard and typed apart ("pee zhee cove") sound as the name they were
// heard from, their vowels often not.
func (r *Retriever) nameSoundingAs(w string) string {
	return r.nameAmong(w, r.withConsonants(consonantKey(w)))
}

// nameAmong returns the one word of words that w sounds as and the
// corpus uses as a name, or "" when none or names of two stems do; the
// same name's forms give the first alphabetically, whatever their order.
// Two spellings of one name that sound the same, vowels too
// ("Dostoevsky" and "Dostoevskii" in one text), are one name, not two
// a question could mean.
func (r *Retriever) nameAmong(w string, words []string) string {
	var names []string
	for _, c := range words {
		if slices.ContainsFunc(heardForms(c), func(f string) bool { return soundsAs(w, f) }) && r.heardTerm(terms.Stem(c)) {
			names = append(names, c)
		}
	}
	return oneName(names)
}

// oneName returns the first of names alphabetically when all are forms
// or spellings of one name (see nameAmong), or "".
func oneName(names []string) string {
	best := ""
	for _, c := range names {
		s := terms.Stem(c)
		same := best != "" && (terms.Stem(best) == s || vowelKey(best) == vowelKey(c) && consonantKey(best) == consonantKey(c))
		switch {
		case best == "" || c < best && same:
			best = c
		case !same:
			return ""
		}
	}
	return best
}

// heardTerm reports whether stem s, of the corpus, may be heard and
// typed as the words it sounds like: a name the corpus writes (see
// named), or a long word the dictionary knows in one sense only, a term
// of another language ("intelligentsia"), which a reader who has only
// heard it cannot spell either.
func (r *Retriever) heardTerm(s string) bool {
	if thesaurus.Senses(s) == 1 && !thesaurus.Proper(s) && !terms.IsStopword(s) && len(consonantKey(s)) >= minHeardOpen {
		return true
	}
	return nameStem(s) && r.named(s)
}

// heardForms returns w, a word of the corpus, and the forms a listener
// may hear it as, which voice typing writes: the one sound Russian
// writes "щ" ("shch", "szcz") heard as "sh" or as "ch" alone ("bore
// sh", "bore ch" for borshch), and a long name's unstressed
// ending "-ov", "-ev" or "-off" swallowed ("sock molina" for
// Sukhomlinov).
func heardForms(w string) []string {
	out := []string{w}
	for _, shch := range []string{"shch", "szcz"} {
		if strings.Contains(w, shch) {
			out = append(out, strings.ReplaceAll(w, shch, "sh"), strings.ReplaceAll(w, shch, "ch"))
		}
	}
	for _, end := range []string{"ov", "ev", "off", "ow"} {
		if base, ok := strings.CutSuffix(w, end); ok && len(consonantKey(base)) >= minSwallowedKey {
			out = append(out, base)
		}
	}
	return out
}

// minSwallowedKey is the fewest consonants a name must keep without its
// ending for heardForms to read it so: a shorter stem ("Pavl" of
// "Pavlov") sounds as too many words.
const minSwallowedKey = 5

// minJoined is the fewest letters of a word joinSplit reads: joined,
// shorter words make real words by chance.
const minJoined = 8

// heardVowels returns the corpus's name that w, a word no dictionary
// knows, is with its vowels heard otherwise, or "": the same first letter
// and the same consonants in order, two edits away at most, and no other
// name so. A name dictated or typed by ear keeps its consonants and loses
// its vowels ("baris" for "Boris"), where a common word one letter off
// ("bars") would be read before it.
func (r *Retriever) heardVowels(w string) string {
	if len(w) < minTypoLen || thesaurus.Word(w) {
		return ""
	}
	key := consonants(w)
	if len(key) < 2 {
		return ""
	}
	r.usesWord("")
	found := ""
	for c := range r.vocab.words {
		if c[0] != w[0] || consonants(c) != key || editDistance(w, c) > 2 {
			continue
		}
		s := terms.Stem(c)
		if !nameStem(s) || !r.named(s) {
			continue
		}
		if found != "" && terms.Stem(found) != s {
			return ""
		}
		// The vocabulary is a map, read in no fixed order: of two forms
		// of one name, the first in alphabetical order.
		if found == "" || c < found {
			found = c
		}
	}
	return found
}

// consonants returns w without its vowels ("y" among them).
func consonants(w string) string {
	return strings.Map(func(c rune) rune {
		if strings.ContainsRune("aeiouy", c) {
			return -1
		}
		return c
	}, w)
}

// jotaName returns the corpus's name that w, a misspelt word with a "j",
// is when its "j" is read as "kh", by sound or two edits away (see
// respellSound, respellName), or "": Spanish writes Russian "х" with its
// "j" ("Mijail" for Mikhail, "Jarkov" for Kharkov), and a student who
// writes the way his language does types it so. Only names are read so:
// "j" is "zh" or "y" in other tongues ("Jdanov", "Berija"), which the
// speller tries first.
func (r *Retriever) jotaName(w string) string {
	if !strings.Contains(w, "j") {
		return ""
	}
	kh := strings.ReplaceAll(w, "j", "kh")
	if read := r.respellSound(kh, true); read != "" {
		return read
	}
	return r.respellName(kh)
}

// pastHeard returns the past form of a verb that w, a misspelt word
// ending in "t" or "d", is typed as it sounds, or "": the ending "-ed"
// is heard as "t" after some sounds and as "d" after others ("biast" for
// "biased", "hapend" for "happened"), two edits from the word written,
// which a slip is not read across. The word read must end in "-ed", as
// written or one edit from w with the ending so restored. A word of four
// letters is read only as the past of a verb it holds whole, its last
// consonant heard once ("fixd" for "fixed", "kild" for "killed"); a
// slip typed with "-ed" may be the past of a verb in "y" (see pastOfY).
func (r *Retriever) pastHeard(w string) string {
	if len(w) < minShortTypoLen+1 {
		return ""
	}
	if base, ok := strings.CutSuffix(w, "ed"); ok {
		return pastOfY(base)
	}
	if !strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "d") {
		return ""
	}
	if past := pastOfBase(w[:len(w)-1]); past != "" {
		return past
	}
	if past := pastOfBase(w[:len(w)-1] + w[len(w)-2:len(w)-1]); past != "" {
		// "kild" is "killed": the base heard with one "l".
		return past
	}
	if len(w) < minTypoLen {
		// A short word is read only as the past of a verb it holds whole.
		return ""
	}
	past := w[:len(w)-1] + "ed"
	if thesaurus.Word(past) {
		return past
	}
	if read := r.respell(past); strings.HasSuffix(read, "ed") {
		return read
	}
	return ""
}

// pastOfY returns the past of a verb ending in "y" that base, a slip
// typed with "-ed", is with that "y" unheard ("wored" for "worried",
// "bured" for "buried"), its consonant doubled or not, or "".
func pastOfY(base string) string {
	if len(base) < 2 {
		return ""
	}
	for _, b := range []string{base, base + base[len(base)-1:]} {
		if thesaurus.Word(b+"y") && thesaurus.Word(b+"ied") {
			return b + "ied"
		}
	}
	return ""
}

// pastOfBase returns the past form of base, a verb as written, or "":
// base plus "-ed", or with its last consonant doubled ("stopt" is
// "stopped"), whichever is a word of base's own stem. The stem test
// matters: "stoped" is a word too, of the miner's "stope", and read
// first it was no word of the question.
func pastOfBase(base string) string {
	if !thesaurus.Word(base) {
		return ""
	}
	for _, past := range []string{base + "ed", base + base[len(base)-1:] + "ed"} {
		if thesaurus.Word(past) && terms.Stem(past) == terms.Stem(base) {
			return past
		}
	}
	return ""
}

// zheName returns the corpus's name that w, a misspelt word opening with
// "j", is when that "j" is read as "zh", as written or one edit away, or
// "": French and other tongues write Russian "ж" so ("Jivago" for Zhivago),
// and a name that short is too short for respellName's two edits.
func (r *Retriever) zheName(w string) string {
	rest, ok := strings.CutPrefix(w, "j")
	if !ok || len(rest) < minShortTypoLen {
		return ""
	}
	zh := "zh" + rest
	if r.usesWord(zh) && r.named(terms.Stem(zh)) {
		return zh
	}
	return r.respellName(zh)
}
