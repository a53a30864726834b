package retrieve

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"studyguide/internal/bm25"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// Speller bounds. A short word is one edit from many others, so a guess
// at it is often wrong: words shorter than minTypoLen are read only as
// function words ("wat" as "what"). A long one costs many guesses (54 a
// letter), so the speller tries words up to maxTypoLen letters, and at
// most maxRespelled of them a question, however long it is.
const (
	minShortTypoLen = 3
	minTypoLen      = 5
	maxTypoLen      = 20
	maxRespelled    = 8
)

// Respelling is a misspelt word of a question and the word it was read as.
type Respelling struct {
	Typed, Read string
}

// asWritten returns rs with each word read that the corpus writes as a
// name capitalized, as the corpus writes it ("jivaggo" read as "Jivago"
// in a text naming Jivago), so that the note on the reading shows the
// name meant. Only the note changes: the question's text keeps the
// reading's case, which the tests of names read.
func (r *Retriever) asWritten(rs []Respelling) []Respelling {
	return r.capitalized(rs, func(w string) bool { return r.named(terms.Stem(w)) })
}

// namesAsWritten is asWritten for the names only, no word general
// English uses (see commonWord): a word read as its translation ("delo"
// as "affair") is the common word, though the corpus capitalizes it in
// a name ("the Jivago Affair").
func (r *Retriever) namesAsWritten(rs []Respelling) []Respelling {
	return r.capitalized(rs, func(w string) bool { return !commonWord(w) && r.named(terms.Stem(w)) })
}

// capitalized returns rs with each lower-case word read that name holds
// for capitalized.
func (r *Retriever) capitalized(rs []Respelling, name func(w string) bool) []Respelling {
	rs = slices.Clone(rs)
	for i, rsp := range rs {
		words := strings.Split(rsp.Read, " ")
		for j, w := range words {
			if first, size := utf8.DecodeRuneInString(w); unicode.IsLower(first) && name(w) {
				words[j] = string(unicode.ToUpper(first)) + w[size:]
			}
		}
		rs[i].Read = strings.Join(words, " ")
	}
	return rs
}

// token is one word of a question: where it stands in its field, lower
// cased.
type token struct {
	field, start int
	word         string
}

// correct returns the question with each misspelt word replaced by the
// word it most likely stands for ("realy all powerfull" gives "really all
// powerful"), and the replacements made. A word is misspelt when no
// passage holds its stem and WordNet does not know it (so a real word the
// corpus happens to lack, "volcano", is left alone); it is read as the
// corpus's name that sounds as it does, or the best word one edit away
// (see respellMisspelt). A word typed with accents is first spelt
// without them (see fold). A real word the corpus lacks is read as
// another only when that one stands next to the same neighbour in the
// corpus ("cult of personalty" is read as "cult of personality"), or,
// capitalized inside its sentence and no name the dictionary knows, when
// it sounds as a name of the corpus does ("the brothers Grim" as "the
// brothers Grimm").
func (r *Retriever) correct(question string) (string, []Respelling) {
	fields, joined := r.joinSplit(strings.Fields(question))
	fields, letters := readLetters(fields)
	joined = append(joined, letters...)
	fields, notes := r.readNotesSaid(fields)
	joined = append(joined, notes...)
	fields, pairs := r.readNamePairs(fields)
	joined = append(joined, pairs...)
	var toks []token
	for i, f := range fields {
		// Lower-casing a few letters ("İ") changes their length, and the
		// offsets found in the lowered field would then miss in f.
		lower := strings.ToLower(f)
		if len(lower) != len(f) {
			continue
		}
		for _, t := range typedWords(lower) {
			t.field = i
			toks = append(toks, t)
		}
	}
	var fixes []fix
	tries := 0
	for i, t := range toks {
		if tries == maxRespelled {
			break
		}
		w, read, skip := r.unmarked(t.word)
		if skip {
			continue
		}
		if read == "" {
			var by *slipReader
			read, by = r.readSlip(wordAt{w: w, fields: fields, toks: toks, at: i, fixes: fixes})
			if by != nil && by.try {
				tries++
			}
		}
		if read != "" && read != t.word {
			fixes = append(fixes, fix{t, read})
		}
	}
	if len(fixes) == 0 && len(joined) == 0 {
		return question, nil
	}
	made := joined
	// Replace from the end of each field, so that earlier offsets hold.
	for k := len(fixes) - 1; k >= 0; k-- {
		f := fixes[k]
		field := fields[f.tok.field]
		typed := field[f.tok.start : f.tok.start+len(f.tok.word)]
		read := f.read
		if first, _ := utf8.DecodeRuneInString(typed); unicode.IsUpper(first) {
			r, n := utf8.DecodeRuneInString(read)
			read = string(unicode.ToUpper(r)) + read[n:]
		}
		fields[f.tok.field] = field[:f.tok.start] + read + field[f.tok.start+len(f.tok.word):]
		made = append(made, Respelling{Typed: typed, Read: read})
	}
	slices.Reverse(made[len(joined):])
	return strings.Join(fields, " "), made
}

// fix is a word of a question read as another.
type fix struct {
	tok  token
	read string
}

// unmarked returns w, a word of a question typed with marks, spelt as
// the readers of slips read it, or the word the corpus writes for it
// (see fold): a word typed with its marks ("Żukow") is read as the
// corpus writes it, or spelt as the corpus would before it is weighed as
// a slip. skip is set for a word typed with the marks the corpus prints
// ("mêlée"), which needs no reading.
func (r *Retriever) unmarked(w string) (word, read string, skip bool) {
	if isLetters(w) {
		return w, "", false
	}
	if r.knowsFolded(w) {
		return w, "", true
	}
	if r.Index.BM25.Has(terms.Stem(w)) {
		return w, "", false
	}
	f, ok := fold(w)
	switch {
	case ok && r.usesWord(f):
		return w, f, false
	case ok:
		return f, "", false
	}
	return w, "", false
}

// wordAt is a word of a question where it stands, as the readers of
// slips see it (see slipReaders).
type wordAt struct {
	// w is the word, lower cased and spelt without the marks the corpus
	// does not print (see unmarked).
	w      string
	fields []string
	toks   []token
	at     int
	// fixes are the readings of the words before it.
	fixes []fix
}

// capital reports whether the word was typed capitalized.
func (t wordAt) capital() bool {
	return typedCapital(t.fields[t.toks[t.at].field], t.toks[t.at].start)
}

// inside reports whether the word was typed capitalized inside its
// sentence: a name.
func (t wordAt) inside() bool {
	return t.capital() && !opensSentence(t.fields, t.toks[t.at])
}

// before returns the word n words before, as read ("dose he no" is
// "does he know"), or "" when that lies in an earlier sentence.
func (t wordAt) before(n int) string {
	for k := 0; k < n; k++ {
		if t.at-k == 0 || opensSentence(t.fields, t.toks[t.at-k]) {
			return ""
		}
	}
	tok := t.toks[t.at-n]
	for _, f := range t.fixes {
		if f.tok == tok {
			return f.read
		}
	}
	return tok.word
}

// next returns the word after, as typed, or "".
func (t wordAt) next() string {
	if t.at+1 < len(t.toks) {
		return t.toks[t.at+1].word
	}
	return ""
}

// slipReader is one way of reading a word of a question as the word it
// was typed for.
type slipReader struct {
	name string
	// try is set for a reader that weighs the word as a slip: a word it
	// claims counts against maxRespelled.
	try bool
	// read returns the word t is read as, "" for none, and whether the
	// reader claims t: no reader after it sees a word it claims, read or
	// not.
	read func(r *Retriever, t wordAt) (string, bool)
}

// slipReaders are the readers of slips, tried in this order until one
// claims the word: the ways a word is known to be meant as typed, or
// typed for a word of the corpus in a way that is no slip of the
// fingers (its author's name, text speech, a word heard), come before
// the speller's guesses one edit away, so that a guess never overrides
// what the word is known to be.
var slipReaders = []slipReader{
	// A word the corpus spells the old way ("war" for "Warre") is no slip.
	{"old spelling", false, func(r *Retriever, t wordAt) (string, bool) { return "", len(r.oldSpelt(terms.Stem(t.w))) > 0 }},
	{"author's name", false, func(r *Retriever, t wordAt) (string, bool) { return asRead(r.authorsOwn(t.w)) }},
	{"reordered acronym", false, func(r *Retriever, t wordAt) (string, bool) {
		if !t.capital() {
			return "", false
		}
		return asRead(r.reorderedAcronym(t.w, t.fields[t.toks[t.at].field]))
	}},
	{"spoken", false, func(r *Retriever, t wordAt) (string, bool) { return asRead(r.spokenWord(t.w)) }},
	{"short before a word", false, func(r *Retriever, t wordAt) (string, bool) { return asRead(r.shortBefore(t.w, t.next())) }},
	{"vowelless", false, func(r *Retriever, t wordAt) (string, bool) {
		if t.capital() {
			return "", false
		}
		return asRead(r.skeletonWord(t.w))
	}},
	{"dropped g", false, func(r *Retriever, t wordAt) (string, bool) {
		if t.capital() {
			return "", false
		}
		return asRead(r.droppedG(t.w))
	}},
	// "cant" and "wont" are words too, but a question typed without
	// apostrophes means "can't" and "won't".
	{"apostrophe", true, func(_ *Retriever, t wordAt) (string, bool) { return asRead(apostropheDropped(t.w)) }},
	{"misspelt", true, (*Retriever).readMisspelt},
	{"heard in place", false, func(r *Retriever, t wordAt) (string, bool) {
		if t.inside() {
			return "", false
		}
		return asRead(r.heardInPlace(t.w, t.before(2), t.before(1), t.next()))
	}},
	{"frame", true, func(r *Retriever, t wordAt) (string, bool) {
		if t.inside() || !opensFrame(t.before(1), t.next()) {
			return "", false
		}
		return asRead(r.frameSlip(t.w))
	}},
	{"writing heard", false, func(r *Retriever, t wordAt) (string, bool) {
		if t.inside() {
			return "", false
		}
		return asRead(r.writingHeard(t.w, t.before(1)))
	}},
	// A casual word the corpus never uses frames the question ("the
	// weirdest thing about ..."): read as the word beside a neighbour of
	// it in the text ("think about"), it would ask something else.
	{"casual", false, func(_ *Retriever, t wordAt) (string, bool) { return "", casualWords[t.w] }},
	{"rare short", true, func(r *Retriever, t wordAt) (string, bool) {
		if !r.rareShort(t.w) {
			return "", false
		}
		return r.respell(t.w), true
	}},
	{"unused", true, (*Retriever).readUnused},
}

// asRead returns read, and whether a reader returning it claims the
// word: when it read the word as another.
func asRead(read string) (string, bool) {
	return read, read != ""
}

// readSlip returns what the first of slipReaders to claim t reads it as,
// "" for as typed, and that reader; nil when none claims it.
func (r *Retriever) readSlip(t wordAt) (string, *slipReader) {
	for i := range slipReaders {
		if read, ok := slipReaders[i].read(r, t); ok {
			return read, &slipReaders[i]
		}
	}
	return "", nil
}

// readMisspelt reads a word neither the corpus nor WordNet knows (see
// misspelt): as a word of the corpus (see respellMisspelt), or, typed in
// lower case, as a word of general English, as it sounds, or as a
// function word with a vowel struck for another.
func (r *Retriever) readMisspelt(t wordAt) (string, bool) {
	if !r.misspelt(t.w) {
		return "", false
	}
	read := r.respellMisspelt(t.w, t.inside())
	if read == "" && t.capital() {
		// A name typed capitalized may be romanized from Japanese
		// syllables ("Rinkaan"), which no slip or sound key reads.
		read = r.katakanaName(t.w)
	}
	if read != "" || t.capital() {
		return read, true
	}
	for _, readAs := range []func(string) string{respellWord, heardSpelling, r.soundSpelt, functionVowelSlip} {
		if read = readAs(t.w); read != "" {
			break
		}
	}
	return read, true
}

// readUnused reads a real word the corpus never uses (see unused) as one
// it does: one edit from it beside the same neighbour in the text (see
// inContext), a common slip of one, or a name of it.
func (r *Retriever) readUnused(t wordAt) (string, bool) {
	if !r.unused(t.w) {
		return "", false
	}
	w, capital := t.w, t.capital()
	var read string
	// A word capitalized inside a sentence is a name: typed as it
	// sounds, it may be a word too ("Grim" for "Grimm"). One the
	// dictionary knows as a name ("Tiber") is a real name used as it is
	// written, though the corpus writes it another way ("Tyber"), and is
	// left alone.
	if t.inside() && !thesaurus.Proper(terms.Stem(w)) {
		read = r.respellSound(w, true)
	}
	if read == "" {
		read = r.inContext(w, neighbours(t.toks, t.at))
	}
	if read == "" {
		read = commonSlip(w)
	}
	if base, ok := strings.CutSuffix(w, "ed"); ok && read == "" && !capital && !thesaurus.Word(w) {
		// No word, though the stemmer makes it a form of one ("wored" of
		// "wore"): a past heard without its "i".
		read = pastOfY(base)
	}
	if read == "" && !capital {
		// A capitalized word is a name ("Acton" is no "action").
		read = r.slipOfUsed(w)
	}
	if read == "" && !capital {
		read = r.longNameSlip(w)
	}
	if read == "" {
		read = r.swappedName(w)
	}
	if read == "" && !capital {
		read = r.rColoured(w, t.before(1))
	}
	return read, true
}

// joinSplit joins the words a question splits a long word of the corpus
// into, as voice typing does with a word the speaker does not know
// ("photo sinthesis" for "photosynthesis"): a run of two or three words
// typed in lower case, one of them misspelt (see misspelt), that read
// together as a word of the corpus of at least minJoined letters, as
// written or one slip off (see respellMisspelt), or as a name of the
// corpus sounds (see nameSoundingAs); or a run of words the corpus never
// uses that sounds as one of its names (see heard).
func (r *Retriever) joinSplit(fields []string) ([]string, []Respelling) {
	var made []Respelling
	for i := 0; i < len(fields); i++ {
		if n, read := r.spelt(fields[i:]); read != "" {
			last := fields[i+n-1]
			made = append(made, Respelling{Typed: strings.Join(fields[i:i+n], " "), Read: read})
			fields = slices.Replace(slices.Clone(fields), i, i+n, read+last[1:])
			continue
		}
		for n := maxHeard; n >= 1; n-- {
			if i+n > len(fields) {
				continue
			}
			// The last word may end the sentence: "sinthesis?".
			last := fields[i+n-1]
			core := strings.TrimRightFunc(last, func(c rune) bool { return !unicode.IsLetter(c) })
			words := append(slices.Clone(fields[i:i+n-1]), core)
			if slices.ContainsFunc(words, func(f string) bool { return !isLetters(f) }) {
				continue
			}
			if slices.ContainsFunc(words, func(f string) bool { return r.skeletonWord(f) != "" }) {
				// A word typed without its vowels ("tyrnny") is read
				// alone, not heard with its neighbours as a name.
				continue
			}
			var read string
			if n > 1 && n <= 3 && slices.ContainsFunc(words, r.misspelt) && !r.readAfterStopword(words) {
				read = r.joinedWord(strings.Join(words, ""))
			}
			if read == "" && n <= 3 && r.heard(words) {
				read = r.heardName(words)
			}
			if read == "" && n > 1 && r.heardAmong(words) {
				read = r.heardName(words)
				if !syllables(read, words) {
					read = ""
				}
			}
			if read == "" && i > 0 && n <= 3 {
				read = r.heardBeside(fields[i-1], words)
			}
			if read == "" || r.heardAlone(words, read) {
				continue
			}
			made = append(made, Respelling{Typed: strings.Join(words, " "), Read: read})
			fields = slices.Replace(slices.Clone(fields), i, i+n, read+last[len(core):])
			break
		}
	}
	return fields, made
}

// readAfterStopword reports whether words are a stop word and a misspelt
// word read alone as a word of the corpus ("is zdanov"): the two are
// meant apart, and read together ("iszdanov") they would lose the stop
// word to the name.
func (r *Retriever) readAfterStopword(words []string) bool {
	return len(words) == 2 && terms.IsStopword(words[0]) && r.misspelt(words[1]) && r.respellMisspelt(words[1], false) != ""
}

// spelt returns how many of fields, from the first, are single letters
// spelling out a word the corpus uses, at least minSpelt of them, and
// that word; or 0 and "". Voice typing writes a name said letter by
// letter as the letters ("the u s s r" for "the USSR"); the last may
// end the sentence ("u s s r?").
func (r *Retriever) spelt(fields []string) (int, string) {
	var b strings.Builder
	n := 0
	for _, f := range fields {
		core := strings.TrimRightFunc(f, func(c rune) bool { return !unicode.IsLetter(c) })
		if len(core) != 1 || !isLetters(core) {
			break
		}
		b.WriteString(core)
		n++
		if core != f {
			break
		}
	}
	// The letters may run on into a word of one letter ("u s s r a
	// dictatorship"): the longest word they spell is taken.
	for ; n >= minSpelt; n-- {
		if w := b.String()[:n]; r.usesWord(w) {
			return n, w
		}
	}
	return 0, ""
}

// minSpelt is the fewest letters spelt reads as a word: two may be a
// word's own letters ("a i" is no "ai").
const minSpelt = 3

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

// respellMisspelt returns the word the misspelt word w most likely
// stands for, of the corpus's words, or "". A name of the corpus that
// sounds as w does comes first ("Gorbaczow", "Czechow" and "Puszkina"
// for "Gorbachev", "Chekhov" and "Pushkin"): a name is typed as it is heard or
// as another language spells it, not one slip off. Then the English
// cognate of a word of another language (see cognateWord), the best word
// one edit away (see respell), a word of the corpus that sounds as w
// does ("Komuna" for "Commune"), and a name two edits away (see
// respellName). A short word is read by its sound only when it is typed
// capitalized inside its sentence (inside): "Nite" is a name, "wat" a
// slip.
func (r *Retriever) respellMisspelt(w string, inside bool) string {
	sound := ""
	if len(w) >= minTypoLen || inside {
		sound = r.respellSound(w, false)
	}
	if sound != "" && r.named(terms.Stem(sound)) {
		return sound
	}
	if read := r.heardVowels(w); read != "" {
		return read
	}
	if read := r.cognateWord(w); read != "" {
		return read
	}
	if read := r.respell(w); read != "" {
		return read
	}
	if read := r.pastHeard(w); read != "" {
		return read
	}
	if sound != "" {
		return sound
	}
	if read := r.respellName(w); read != "" {
		return read
	}
	if read := r.jotaName(w); read != "" {
		return read
	}
	if read := r.zheName(w); read != "" {
		return read
	}
	return r.lettersName(w)
}

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

// neighbours returns the content words either side of toks[i].
func neighbours(toks []token, i int) []string {
	var out []string
	for j := i - 1; j >= 0; j-- {
		if !terms.IsStopword(toks[j].word) {
			out = append(out, toks[j].word)
			break
		}
	}
	for j := i + 1; j < len(toks); j++ {
		if !terms.IsStopword(toks[j].word) {
			out = append(out, toks[j].word)
			break
		}
	}
	return out
}

// misspelt reports whether w may be misspelt: a word of plain letters that
// is not a stop word, whose stem no passage holds and WordNet does not know.
func (r *Retriever) misspelt(w string) bool {
	// A preposition the stop lists and WordNet leave out ("per", "via")
	// is no slip: "per the author" was read as "pear the author".
	if len(w) < minShortTypoLen || len(w) > maxTypoLen || !isLetters(w) || terms.IsStopword(w) || unlistedPrepositions[w] {
		return false
	}
	stem := terms.Stem(w)
	if r.Index.BM25.Has(stem) || thesaurus.Senses(stem) > 0 || baseForm(w) != "" || r.usesWord(w) {
		return false
	}
	// A real form of a word whose stem WordNet does not know
	// ("privatised", of "privatise") is no slip; a name's with an "s" is
	// a possessive typed without its apostrophe ("thoreaus").
	return !thesaurus.Word(w) || thesaurus.Proper(terms.Stem(strings.TrimSuffix(w, "s")))
}

// baseForm returns the word WordNet knows that w inflects where the
// stemmer does not bring it back to it, or "": a comparative or
// superlative with its consonant doubled ("fatter", "biggest"), a verb
// form ("hopped", "quitting"), or a plural whose singular the stemmer
// reads apart ("shots": "shot" is stemmed as "shoot", "shots" is not),
// unless the singular is a name.
// Such a word is real, and must not be read as another word one edit
// away ("fatter" as "father", "shots" as "shorts").
func baseForm(w string) string {
	for _, suffix := range []string{"est", "er", "ed", "ing", "s"} {
		base, ok := strings.CutSuffix(w, suffix)
		if !ok || len(base) < 2 {
			continue
		}
		bases := []string{base, base + "e"}
		if n := len(base); base[n-1] == base[n-2] {
			bases = append(bases, base[:n-1])
		}
		if n := len(base); base[n-1] == 'i' {
			bases = append(bases, base[:n-1]+"y")
		}
		for _, b := range bases {
			// A name with an "s" is a possessive typed without its
			// apostrophe ("thoreaus"), which the speller reads.
			if stem := terms.Stem(b); thesaurus.Senses(stem) > 0 && (suffix != "s" || !thesaurus.Proper(stem)) {
				return b
			}
		}
	}
	return ""
}

// rareShort reports whether w is a short word the corpus lacks that
// WordNet gives one sense at most ("wat"): it may be a function word with
// a letter left out.
func (r *Retriever) rareShort(w string) bool {
	if len(w) < minShortTypoLen || len(w) >= minTypoLen || !isLetters(w) || terms.IsStopword(w) {
		return false
	}
	stem := terms.Stem(w)
	return !r.Index.BM25.Has(stem) && thesaurus.Senses(stem) <= 1
}

// unused reports whether w is a real word of plain letters that no
// passage holds: it may stand for one the corpus uses.
func (r *Retriever) unused(w string) bool {
	if len(w) < minTypoLen || len(w) > maxTypoLen || !isLetters(w) || terms.IsStopword(w) {
		return false
	}
	return !r.Index.BM25.Has(terms.Stem(w))
}

// editKind ranks the kinds of typing slip, commonest first: a letter left
// out ("murderd" for "murdered"), two swapped, one struck for another, and
// one added ("powerfull").
type editKind int

const (
	omitted editKind = iota
	swapped
	changed
	added
)

// candidate is a word one edit from a misspelt one.
type candidate struct {
	word string
	kind editKind
}

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

// usesWord reports whether the corpus holds w as written, lower-cased and
// with its accents folded as terms folds them ("cæsar" as "caesar").
func (r *Retriever) usesWord(w string) bool {
	r.vocab.once.Do(func() {
		r.vocab.words = map[string]bool{}
		add := func(text string) {
			for w := range terms.WordsSeq(text) {
				if r.vocab.words[w] {
					continue
				}
				r.vocab.words[w] = true
				r.vocab.order = append(r.vocab.order, w)
			}
		}
		for _, p := range r.Corpus.Passages {
			for _, b := range p.Blocks {
				add(b)
			}
		}
		// The author's name and the title may stand in no passage, only
		// in the byline: "Who is Acton?" is asked of the author, not of
		// "action".
		for _, src := range r.Corpus.Sources {
			add(src.Meta.Author + " " + src.Meta.Title)
		}
	})
	return r.vocab.words[w]
}

// typedWords returns the words of a lower-cased field as typed, marks
// and all, with their offsets: the words terms.Words splits, before it
// folds their accents ("żukow", not "zukow"), so that a respelling can
// name what was typed and replace it in place.
func typedWords(lower string) []token {
	var out []token
	start := -1
	flush := func(end int) {
		if start >= 0 && utf8.RuneCountInString(lower[start:end]) > 1 {
			out = append(out, token{start: start, word: lower[start:end]})
		}
		start = -1
	}
	for i, c := range lower {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(lower))
	return out
}

// knowsFolded reports whether the corpus holds the word w once its
// accents are folded as terms folds them: typed as the corpus prints it.
func (r *Retriever) knowsFolded(w string) bool {
	ws := terms.Words(w)
	return len(ws) == 1 && r.usesWord(ws[0])
}

// vocabulary is the corpus's words as written, gathered the first time a
// question has a word to respell, and the same words by their sound key
// (see soundKey).
type vocabulary struct {
	once  sync.Once
	words map[string]bool
	// order is words in the order the corpus first writes them.
	order []string
	// sounds is words by their sound key (see wordSounds), built apart,
	// the first time a slip is read by its sound: most questions hold
	// none, and folding and keying every word of the corpus cost a
	// fresh retriever's first question of the essay a quarter of its
	// time.
	sounds     map[string][]string
	soundsOnce sync.Once
	// byConsonants is words by their consonant key (see consonantKey),
	// built apart, the first time nameSoundingAs needs it: most
	// questions with a slip never do.
	byConsonants     map[string][]string
	byConsonantsOnce sync.Once
	// byStem is words by their stem (see stemForms), built apart, the
	// first time a slip's nearest word is no real word.
	byStem     map[string][]string
	byStemOnce sync.Once
}

// wordSounds returns the corpus's words by their sound key (see
// soundKey), each key's words in the order the corpus first writes them,
// built once a retriever.
func (r *Retriever) wordSounds() map[string][]string {
	r.usesWord("")
	r.vocab.soundsOnce.Do(func() {
		r.vocab.sounds = map[string][]string{}
		for _, w := range r.vocab.order {
			if f, ok := fold(w); ok {
				k := soundKey(f)
				r.vocab.sounds[k] = append(r.vocab.sounds[k], w)
			}
		}
	})
	return r.vocab.sounds
}

// withConsonants returns the corpus's words whose consonant key (see
// consonantKey) is key, none for a key too short to name anyone (see
// soundsAs). The table is built once a retriever, so that reading the
// words of a question as a name split apart costs a look-up each, not a
// pass over every word of a large corpus.
func (r *Retriever) withConsonants(key string) []string {
	if len(key) < minConsonantKey {
		return nil
	}
	r.vocab.byConsonantsOnce.Do(func() {
		// usesWord builds r.vocab.words on first use.
		r.usesWord("")
		r.vocab.byConsonants = map[string][]string{}
		for w := range r.vocab.words {
			for _, f := range heardForms(w) {
				if k := consonantKey(f); len(k) >= minConsonantKey && !slices.Contains(r.vocab.byConsonants[k], w) {
					r.vocab.byConsonants[k] = append(r.vocab.byConsonants[k], w)
				}
			}
		}
	})
	return r.vocab.byConsonants[key]
}

// apostropheDropped returns the contraction "n't", "'ve", "'re" or "'ll"
// of a function word that w is with its apostrophe left out ("cant" for
// "can't", "wouldve" for "would've", "theyre" for "they're"), or "".
func apostropheDropped(w string) string {
	if base, ok := strings.CutSuffix(w, "nt"); ok && negatable[base+"n"] {
		return base + "n't"
	}
	for _, c := range []string{"ve", "re", "ll"} {
		if base, ok := strings.CutSuffix(w, c); ok && withoutApostrophe[c][base] {
			return base + "'" + c
		}
	}
	return ""
}

// withoutApostrophe maps the endings "'ve", "'re" and "'ll" to the words they
// are added to whose contraction, typed without its apostrophe, is no
// word of its own: "wouldve", "theyre", "youll", but not "were", "well"
// or "shell".
var withoutApostrophe = map[string]map[string]bool{
	"ve": words("would", "could", "should", "might", "must", "you", "we", "they"),
	"re": words("you", "they"),
	"ll": words("you", "they", "it", "that"),
}

// negatable are the auxiliaries "n't" is added to, as they stand before
// it ("can" in "can't", "wo" in "won't").
var negatable = words("can", "won", "don", "didn", "doesn", "isn", "wasn", "aren", "weren",
	"hasn", "haven", "hadn", "couldn", "wouldn", "shouldn", "mustn", "needn", "ain")

// isFunctionWord reports whether w is a stop word or a contraction of one
// with a single letter after the apostrophe ("didn't", "it's", "I'm"):
// the contractions that split into as many words as their typo did.
func isFunctionWord(w string) bool {
	base, suffix, ok := strings.Cut(w, "'")
	if !ok {
		return terms.IsStopword(w)
	}
	switch suffix {
	case "t":
		return strings.HasSuffix(base, "n") && terms.IsStopword(base)
	case "s", "m", "d":
		return contractionBases[base]
	}
	return false
}

// contractionBases are the words "'s", "'m" and "'d" are added to.
var contractionBases = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true,
	"there": true, "that": true, "what": true, "who": true, "where": true, "here": true, "how": true, "let": true,
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
