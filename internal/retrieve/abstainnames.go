package retrieve

import (
	"slices"
	"strings"
	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
	"sync"
	"unicode"
	"unicode/utf8"
)

// textsOwnName reports whether name, one of Query.Names, is a name the
// text gives in another spelling: an acronym it writes out (see
// spelledOut) or with full stops (see dotted), the author's name typed as it sounds (see soundsAuthor),
// a word the dictionary derives from a name it writes
// ("Darwinists" of a text writing "Darwinism" and "Darwinian"; see
// derivedName), or a word it uses typed by ear (see misheard). The asker names what the text discusses, in words of
// his own, and the text's silence on the spelling is no silence on the
// thing.
func (r *Retriever) textsOwnName(q *Query, name string) bool {
	if strings.Contains(name, " ") {
		return emphasisRun(q, name)
	}
	return emphasised(q, name) || r.soundsAuthor(name) || typedInCapitals(q.Text, name) && (r.spelledOut(name) || r.dotted(name)) || r.derivedName(name) ||
		r.misheard(name)
}

// dotted reports whether the corpus writes acronym with a full stop
// after each letter ("C.C." for "CC"): the same name, typed as people
// type it now. Its letters are then no word of the index, which splits
// them apart.
func (r *Retriever) dotted(acronym string) bool {
	if utf8.RuneCountInString(acronym) < 2 {
		return false
	}
	var b strings.Builder
	for _, c := range strings.ToUpper(acronym) {
		b.WriteRune(c)
		b.WriteByte('.')
	}
	form := b.String()
	return slices.ContainsFunc(r.Corpus.Passages, func(p *essay.Passage) bool { return strings.Contains(p.Text(), form) })
}

// misheard reports whether word, capitalized and unknown to the corpus,
// is a word the corpus uses typed by ear: one edit from it (two for a
// longer word, see minNameTypoLen), with the same consonants as it
// sounds (see soundsAs). "the Suth", "Blak voters", "the Cuncil of
// Ministers", "the Soveets" name what the text names, misspelt; the
// speller leaves a capitalized word as typed, for a name it lacks is
// no slip. Sounding alike and one edit off, a word is rarely another
// name: "Canada" sounds as "kind", four edits away.
func (r *Retriever) misheard(word string) bool {
	w := strings.ToLower(word)
	if utf8.RuneCountInString(w) < minMisheard {
		return false
	}
	edits := 1
	if len(w) >= minNameTypoLen {
		edits = 2
	}
	r.usesWord("")
	for c := range r.vocab.words {
		if len(c) < len(w)-edits || len(c) > len(w)+edits || terms.IsStopword(c) {
			continue
		}
		if soundsAs(w, c) && editDistance(w, c) <= edits {
			return true
		}
	}
	return false
}

// minMisheard is the fewest letters of a word misheard reads: a shorter
// one is one edit from too many.
const minMisheard = 4

// emphasisRun reports whether name, a run of capitalized words (see
// Query.Names), is one only for a common word typed wholly in capitals
// for emphasis ("Why did Thoreau HATE the tax?"): without such
// words, at most one word is left, which is weighed as a name of its own
// if the corpus lacks it.
func emphasisRun(q *Query, name string) bool {
	ws := strings.Fields(name)
	left := 0
	for _, w := range ws {
		if !emphasised(q, w) {
			left++
		}
	}
	return left < len(ws) && left <= 1
}

// emphasised reports whether word, of q, is a common word typed wholly
// in capitals in a question not typed so: the dictionary knows it, and
// not only as a name, or knows the word it inflects ("SHOTS", "NICER";
// see baseForm). The asker stresses it ("calling all the SHOTS"); he
// names no acronym.
func emphasised(q *Query, word string) bool {
	if q.Text == strings.ToUpper(q.Text) || !typedInCapitals(q.Text, word) {
		return false
	}
	lower := strings.ToLower(word)
	s := stemAsTyped(q.Text, lower)
	return thesaurus.Senses(s) > 0 && !thesaurus.Proper(s) || baseForm(lower) != ""
}

// unknownAcronym reports whether q types in capitals a name the corpus
// neither uses nor writes out (see spelledOut, dotted): "NEP" of a text
// that never speaks of a "new economic policy". A name of the text typed in
// capitals as it sounds ("DOUGLAS" for Douglass), found in alike (see
// soundsAlike), is the text's name, stressed; and a word a reading table
// gives plain words for ("MVP", see hasPlainReading) is talk, read as
// them, not a name.
func (r *Retriever) unknownAcronym(q *Query, alike map[string]string) bool {
	if !q.Acronym {
		return false
	}
	return slices.ContainsFunc(q.Names, func(n string) bool {
		return !strings.Contains(n, " ") && typedInCapitals(q.Text, n) && !emphasised(q, n) && !hasPlainReading(n) && !soundsNamed(n, alike) && !r.soundsAuthor(n) && !r.spelledOut(n) && !r.dotted(n)
	})
}

// soundsAuthor reports whether name, a word, sounds as a word of the
// author's name does (see soundsAs): "DOUGLAS" asks of Frederick
// Douglass, whom a text need never name in its own words.
func (r *Retriever) soundsAuthor(name string) bool {
	// Words, not stems: the stemmer reads "Douglas" as "dougla" and
	// "Douglass" as "douglass".
	lower := strings.ToLower(name)
	for w := range r.authorWords() {
		if soundsAs(lower, w) {
			return true
		}
	}
	return false
}

// typedInCapitals reports whether text holds word, of two letters or
// more, typed wholly in capitals.
func typedInCapitals(text, word string) bool {
	if utf8.RuneCountInString(word) < 2 {
		return false
	}
	for _, f := range strings.FieldsFunc(text, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }) {
		if strings.EqualFold(f, word) && f == strings.ToUpper(f) {
			return true
		}
	}
	return false
}

// spelledOut reports whether the corpus writes acronym out: its letters
// are the initials of words standing together in a passage, stop words
// between them aside ("new economic policy" for "NEP"). Three letters
// can begin three words by chance: the words must be capitalized, as a
// name's are, or stand together more than once, as a term the text
// uses does.
func (r *Retriever) spelledOut(acronym string) bool {
	letters := []rune(strings.ToLower(acronym))
	if len(letters) < minSpelled {
		return false
	}
	seen := 0
	for _, p := range r.Corpus.Passages {
		words := contentWords(p.Text())
		for i := 0; i+len(letters) <= len(words); i++ {
			run := words[i : i+len(letters)]
			if !initials(run, letters) {
				continue
			}
			seen++
			if seen >= minSpelledTimes || allCapitalized(run) {
				return true
			}
		}
	}
	return false
}

// minSpelled is the fewest letters of an acronym that spelledOut reads:
// two letters begin pairs of words too often.
const minSpelled = 3

// minSpelledTimes is how often words in lower case must stand together
// for spelledOut to read them as an acronym's (see spelledOut).
const minSpelledTimes = 2

// contentWords returns text's words as typed, stop words left out.
func contentWords(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(text, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }) {
		if !terms.IsStopword(strings.ToLower(f)) {
			out = append(out, f)
		}
	}
	return out
}

// initials reports whether the words of run begin with letters, in
// order, case aside.
func initials(run []string, letters []rune) bool {
	for i, w := range run {
		first, _ := utf8.DecodeRuneInString(w)
		if unicode.ToLower(first) != letters[i] {
			return false
		}
	}
	return true
}

// allCapitalized reports whether every word of run opens with a capital.
func allCapitalized(run []string) bool {
	return !slices.ContainsFunc(run, func(w string) bool {
		first, _ := utf8.DecodeRuneInString(w)
		return !unicode.IsUpper(first)
	})
}

// derivedName reports whether the dictionary derives word, a name the
// corpus never uses, from a name it writes (see textNames) in more than
// one passage: "Darwinists" of a text that speaks of "Darwinism" and the
// "Darwinian sense" in several. A derived name written once is a mention
// in passing ("Goethian and Fichtean ideals"), no sign that the text
// discusses the man or the place ("What did Goethe believe?").
func (r *Retriever) derivedName(word string) bool {
	names := r.textNames()
	return slices.ContainsFunc(thesaurus.Related(terms.Stem(word)), func(t string) bool {
		return names[t] && r.passagesWith(t) >= minDerivedPassages
	})
}

// minDerivedPassages is the fewest passages in which a name a question's
// word derives from must stand (see derivedName).
const minDerivedPassages = 2

// passagesWith counts the passages whose words hold stem s.
func (r *Retriever) passagesWith(s string) int {
	n := 0
	for _, p := range r.Corpus.Passages {
		if slices.Contains(terms.Stems(p.Text()), s) {
			n++
		}
	}
	return n
}

// roleAbbreviations map the words for the roles a citation names
// someone in to the abbreviations it writes them in, as stems: "eds"
// for the editors, "trans." for the translator. "Who were the editors
// of the collection?" is answered by "Smith J., et al. eds", which
// holds no word "editor". An introduction ("intro.") or the pages
// ("pp.") are no role: the citation says who wrote the one and where
// the other is, not what they hold.
var roleAbbreviations = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	add := func(abbreviation string, full ...string) {
		for _, w := range full {
			s := terms.Stem(w)
			out[s] = append(out[s], terms.Stem(abbreviation))
		}
	}
	add("ed", "editor", "editors", "edited", "edit")
	add("eds", "editor", "editors", "edited", "edit")
	add("trans", "translator", "translators", "translated", "translate")
	add("tr", "translator", "translators", "translated", "translate")
	return out
})

// abbreviatedIn reports whether stems hold an abbreviation a citation
// writes stem s in (see roleAbbreviations).
func abbreviatedIn(s string, stems map[string]bool) bool {
	return slices.ContainsFunc(roleAbbreviations()[s], func(a string) bool { return stems[a] })
}

// whoWords ask who someone is or did something.
var whoWords = words("who", "whom")

// citesPages reports whether a passage gives pages as citations do
// (see pagesRe): a question asking for pages ("let history judge
// pages") asks for them, though the text writes "pp." and never "page".
func (r *Retriever) citesPages() bool {
	return slices.ContainsFunc(r.Corpus.Passages, func(p *essay.Passage) bool { return pagesRe.MatchString(p.Text()) })
}

// commonHead reports whether name, a run of capitalized common words
// (see Query.Names), is the text's own thing under a name the text does
// not give it: the text uses every word of it (a word it lacks, as in
// "the Marshall Plan", names something else), the passage found holds
// the run's last word, its head, and the text writes that word only as
// a common noun, never capitalized after another capitalized word as
// part of a name of its own. "The Civil War" of a text that speaks of
// "the late war" throughout is its war; "the Crimean War" of a text
// that names only "the Boer War" is another.
func (r *Retriever) commonHead(name string, top map[string]bool) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || slices.ContainsFunc(ws, func(w string) bool { return !r.Index.BM25.Has(terms.Stem(w)) }) {
		return false
	}
	head := terms.Stem(ws[len(ws)-1])
	return top[head] && !r.namesWithHead(head)
}

// namesWithHead reports whether the corpus writes a word of stem head
// capitalized after another capitalized word, as the last word of a
// name ("the Boer War"), or never writes it in lower case.
func (r *Retriever) namesWithHead(head string) bool {
	lower := false
	for _, p := range r.Corpus.Passages {
		fields := strings.Fields(p.Text())
		for i, f := range fields {
			ws := terms.Words(f)
			if len(ws) != 1 || terms.Stem(ws[0]) != head {
				continue
			}
			first, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "\"'“‘(["))
			if unicode.IsLower(first) {
				lower = true
				continue
			}
			if i > 0 && !strings.ContainsAny(fields[i-1], ".,;:!?") {
				prev, _ := utf8.DecodeRuneInString(strings.TrimLeft(fields[i-1], "\"'“‘(["))
				if unicode.IsUpper(prev) {
					return true
				}
			}
		}
	}
	return !lower
}

// namesUncapitalized returns the words of q the dictionary knows only as
// names of persons ("bukharin", "Einstein" opening the question) that
// the corpus never uses, typed where Query.Names does not look: in lower
// case, or first. "bukharin role writing 1936 constitution" names
// someone the text never mentions, as "Bukharin's role" does. A place
// or a people ("sparta", "greeks") is left out: a text may name it
// otherwise ("Lacedaemon"), and a word the dictionary does not know at
// all is left to the tests of names spelt as they sound.
func (r *Retriever) namesUncapitalized(q *Query) []string {
	var out []string
	for i, f := range strings.Fields(q.Text) {
		ws := terms.Words(f)
		if len(ws) != 1 || terms.IsStopword(ws[0]) || slices.Contains(q.Names, ws[0]) {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "\"'“‘([")); i > 0 && unicode.IsUpper(c) {
			continue
		}
		s := terms.Stem(ws[0])
		if len(ws[0]) >= minUncapitalized && !r.Index.BM25.Has(s) && thesaurus.Senses(s) > 0 && thesaurus.Proper(s) && personName(ws[0], s) && !r.nameOfTheText(ws[0], s) &&
			!r.heardWithNeighbours(q.Text, ws[0]) {
			out = append(out, ws[0])
		}
	}
	return out
}

// heardWithNeighbours reports whether word w of text is a syllable of a
// name the asker typed as he heard it: beside a word the corpus never
// uses ("vaseline sky"), or read with a word or two beside it as a name
// the corpus writes ("tore oh" for "Thoreau").
func (r *Retriever) heardWithNeighbours(text, w string) bool {
	var fs []string
	for _, f := range strings.Fields(strings.ToLower(text)) {
		f, _ = strings.CutSuffix(strings.ReplaceAll(f, "’", "'"), "'s")
		fs = append(fs, strings.TrimFunc(f, func(c rune) bool { return !unicode.IsLetter(c) }))
	}
	i := slices.Index(fs, w)
	if i < 0 {
		return false
	}
	// A word the corpus never uses beside it ("vaseline sky") is a
	// syllable of the same name heard.
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(fs) && fs[j] != "" && !terms.IsStopword(fs[j]) && !r.usesWord(fs[j]) && !r.Index.BM25.Has(terms.Stem(fs[j])) {
			return true
		}
	}
	for from := max(0, i-2); from <= i; from++ {
		for to := i + 1; to <= min(len(fs), from+3); to++ {
			if to-from < 2 {
				continue
			}
			key := consonantKey(strings.Join(fs[from:to], ""))
			if r.heardName(fs[from:to]) != "" || len(key) >= minConsonantKey && slices.ContainsFunc(r.stemsSounding(key), r.named) {
				return true
			}
		}
	}
	return false
}

// personName reports whether word w, stem s, is a person's name by the
// dictionary, not a place's nor a people's ("sparta", "greeks").
func personName(w, s string) bool {
	c, n := utf8.DecodeRuneInString(w)
	return thesaurus.Person(string(unicode.ToUpper(c))+w[n:]) && !thesaurus.Place(s) && !peopleSuffixRe.MatchString(w)
}

// peopleSuffixRe finds the endings of the words for a people.
var peopleSuffixRe = lazyregexp.New(`(?:ans?|ians?|ese|ish|ks?|ites?)$`)

// minUncapitalized is the fewest letters of a name typed uncapitalized
// (see namesUncapitalized): shorter words of chat ("acc", "ppl") are
// abbreviations the dictionary happens to know as names.
const minUncapitalized = 4

// nameOfTheText reports whether word w, stem s, stands for something the
// corpus names another way: a name of it that sounds the same ("thorow"
// for "Thoreau"), its place's adjective ("china" for "Chinese"), or the
// word its comparative is made from ("fuller" for "full").
func (r *Retriever) nameOfTheText(w, s string) bool {
	if b := baseForm(w); b != "" && r.Index.BM25.Has(terms.Stem(b)) {
		return true
	}
	if slices.ContainsFunc(r.demonyms(s), r.Index.BM25.Has) {
		return true
	}
	key := consonantKey(s)
	if len(key) >= minConsonantKey && slices.ContainsFunc(r.stemsSounding(key), func(t string) bool { return soundsAs(s, t) && r.named(t) }) {
		return true
	}
	for t := range r.Index.BM25.Postings {
		if len(t) >= namePrefix && strings.HasPrefix(s, t[:namePrefix]) && r.named(t) {
			return true
		}
	}
	return false
}

// namePrefix is how many first letters a word shares with a name of the
// corpus when heard as it ("goth" for "Gotha", "thorow" for "Thoreau").
const namePrefix = 3

// soundsNamed reports whether every word of name, one of Query.Names,
// that the corpus lacks sounds like a name of the best passage (see
// soundsAlike): "Dostojewski" of a passage naming Dostoyevsky.
func soundsNamed(name string, alike map[string]string) bool {
	if len(alike) == 0 {
		return false
	}
	for _, w := range strings.Fields(name) {
		s := terms.Stem(w)
		if _, ok := alike[s]; !ok {
			return false
		}
	}
	return true
}

// reaches reports whether stem s is a decade the corpus writes another
// way: "the 1920's" is read as the year "1920", which a text speaking of
// "the 1920s" does not hold as a word. A decade the text only reaches
// by one of its years is not known for that: "How much did a worker earn
// in the 1930s?" asks of a time a text dating one event to 1936 does not
// speak of. A decade in words ("the twenties") is read as in figures.
func (r *Retriever) reaches(s string) bool {
	if d, ok := decadeStems[s]; ok {
		if r.Index.BM25.Has(terms.Stem(d)) {
			return true
		}
		s = d
	}
	if !yearWordRe.MatchString(s) {
		return false
	}
	if decade, ok := strings.CutSuffix(s, "s"); ok {
		return r.Index.BM25.Has(decade)
	}
	return strings.HasSuffix(s, "0") && r.Index.BM25.Has(terms.Stem(s+"s"))
}

// givenName reports whether name, one of q.Names, is a given name or
// title of someone the corpus names: each of its words stands in the
// question just before a name the corpus writes ("Charles Darwin" of a
// text that says "Darwin"), or it holds such a name itself ("Charles
// Darwin" as one run). The question asks of the text's own Darwin, not of someone it
// never mentions.
func (r *Retriever) givenName(q *Query, name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if slices.ContainsFunc(ws, func(w string) bool { return r.writesName(terms.Stem(w)) }) {
		return true
	}
	for _, w := range ws {
		i := slices.Index(q.Words, w)
		for i >= 0 && i+1 < len(q.Words) && slices.Contains(ws, q.Words[i+1]) {
			i++
		}
		if i < 0 || i+1 >= len(q.Words) || !r.writesName(terms.Stem(q.Words[i+1])) {
			return false
		}
	}
	return len(ws) > 0
}

// namedOtherwise reports whether name n of q is one the corpus gives in
// another form, or one the question offers beside a name it gives: the
// passage writes the adjective of the place n names ("China" of a
// passage saying "Chinese"), or n is one of two names the question sets
// either side of "or" ("It was either X or Y, I forget which, who ..."),
// the other the corpus's. Either way the question asks of what the text
// names, not of something it never mentions.
func (r *Retriever) namedOtherwise(q *Query, n string, top map[string]bool) bool {
	if strings.Contains(n, " ") {
		return false
	}
	w := strings.ToLower(n)
	if r.demonymIn(terms.Stem(w), top) {
		return true
	}
	i := slices.Index(q.Words, w)
	return i >= 0 && (i+2 < len(q.Words) && q.Words[i+1] == "or" && r.writesName(terms.Stem(q.Words[i+2])) ||
		i >= 2 && q.Words[i-1] == "or" && r.writesName(terms.Stem(q.Words[i-2])))
}

// writesName reports whether the corpus writes stem s as a name the
// dictionary knows only as a name, or not at all (see nameStem, named).
func (r *Retriever) writesName(s string) bool {
	return r.Index.BM25.Has(s) && nameStem(s) && r.named(s)
}
