package retrieve

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
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
// soundsAlike), is the text's name, stressed.
func (r *Retriever) unknownAcronym(q *Query, alike map[string]string) bool {
	if !q.Acronym {
		return false
	}
	return slices.ContainsFunc(q.Names, func(n string) bool {
		return !strings.Contains(n, " ") && typedInCapitals(q.Text, n) && !emphasised(q, n) && !soundsNamed(n, alike) && !r.soundsAuthor(n) && !r.spelledOut(n) && !r.dotted(n)
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
