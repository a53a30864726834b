package retrieve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
// brothers Grimm"). A question asked mostly in another language keeps
// its foreign words as typed (see mixedReading).
func (r *Retriever) correct(question string) (string, []Respelling) {
	return r.correctKeeping(question, r.mixedReading(question).foreignSet())
}

// correctKeeping is correct with foreign, the question's words of
// another language (see Mixed.foreignSet), already read: Analyse reads
// them once for the speller and the Query both.
func (r *Retriever) correctKeeping(question string, foreign map[string]bool) (string, []Respelling) {
	fields, joined := strings.Fields(question), []Respelling(nil)
	if foreign == nil {
		// Words of another language read together are no English
		// word split in two.
		fields, joined = r.joinSplit(fields)
	}
	fields, hyphened := r.joinHyphened(fields)
	joined = append(joined, hyphened...)
	fields, letters := readLetters(fields)
	joined = append(joined, letters...)
	fields, notes := r.readNotesSaid(fields)
	joined = append(joined, notes...)
	fields, pairs := r.readNamePairs(fields)
	joined = append(joined, pairs...)
	fields, full := r.readFullNames(fields)
	joined = append(joined, full...)
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
		if foreign[t.word] {
			// A word of the asker's own language is no slip of English.
			continue
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
	// A gamer's word ("strat", "nerfed") is no slip of a word one edit
	// away ("start"): it is read as its plain word, if need be, by
	// readRegisterMeant. One read only beside its marking words ("god
	// mode") is left to the other readers alone.
	{"slang", false, func(_ *Retriever, t wordAt) (string, bool) { return "", slangAlone(t.w) }},
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
