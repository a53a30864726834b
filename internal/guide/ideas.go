package guide

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/index"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// Limits on the ideas a text is read for.
const (
	// maxIdeas bounds the ideas offered to the glossary, the strongest
	// first: the glossary keeps room for people and for the terms the
	// text marks itself.
	maxIdeas = 16
	// minIdeaSentences is how many sentences, in two paragraphs or more,
	// must use a word or a pair of words for it to be one of the text's
	// ideas; a section title that names it counts for minIdeaSentences-1.
	minIdeaSentences = 3
)

// idea is a word or a pair of words the text uses as a term of its own.
type idea struct {
	term      string
	sentences int
	passages  map[*essay.Passage]bool
	titled    bool
	// headed is the form of a word a heading gives as its chapter's
	// whole subject ("Concerning liberality and meanness"), which names
	// the idea rather than the form the text uses most ("mean").
	headed string
	// verbal counts the sentences that use a pair as a verb and its
	// object (see ideaKey).
	verbal int
}

// ideas returns the text's own ideas, which it neither quotes nor names
// with capitals, each with its weight (see ideaWeight): a pair of lower-case words it repeats
// ("lynch law", "race problem"), and a single noun its section titles
// name ("DISFRANCHISEMENT") or that it repeats and WordNet knows in few
// senses or not at all ("colonization", "mobocrats"). A pair whose last
// word names people ("coloured people", "honest men") is people, not an
// idea. Only paragraphs count: notes mostly cite.
func ideas(c *essay.Corpus) map[string]float64 {
	found := map[string]*idea{}
	forms := map[string]map[string]int{}
	note := func(key, form string, p *essay.Passage) *idea {
		id := found[key]
		if id == nil {
			id = &idea{passages: map[*essay.Passage]bool{}}
			found[key] = id
			forms[key] = map[string]int{}
		}
		if p != nil {
			id.sentences++
			id.passages[p] = true
			forms[key][form]++
		}
		return id
	}
	for _, p := range c.Passages {
		if p.Ref.Kind != essay.Paragraph {
			continue
		}
		for _, s := range p.Sentences {
			seen := map[string]bool{}
			for _, k := range ideaKeys(s.Text, false) {
				if !seen[k.key] {
					seen[k.key] = true
					if id := note(k.key, k.form, p); k.verbal {
						id.verbal++
					}
				}
			}
		}
	}
	for _, title := range sectionTitles(c) {
		for _, k := range ideaKeys(title, true) {
			if id := found[k.key]; id != nil {
				id.titled = true
			}
		}
		for _, k := range headingSubject(title) {
			if id := found[k.key]; id != nil {
				id.headed = k.form
			}
		}
	}
	var out []*idea
	for key, id := range found {
		id.term = commonest(forms[key])
		if id.headed != "" && !abstractNoun(id.term) {
			id.term = id.headed
		}
		need := minIdeaSentences
		if id.titled {
			need--
		}
		if id.sentences < need || len(id.passages) < 2 || !strongIdea(id) {
			continue
		}
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool {
		if ideaWeight(out[i]) != ideaWeight(out[j]) {
			return ideaWeight(out[i]) > ideaWeight(out[j])
		}
		return out[i].term < out[j].term
	})
	var kept []string
	weights := map[string]float64{}
	for _, id := range out {
		if len(kept) == maxIdeas {
			break
		}
		if !overlaps(id.term, kept) {
			kept = append(kept, id.term)
			weights[id.term] = ideaWeight(id)
		}
	}
	return weights
}

// ideaWeight ranks ideas: by the sentences that use one, doubled, with
// three more, when a title names it ("EPIDEMIC OF MOB-LAW"); a pair of words names a thing of the text's own
// ("lynch law") more surely than one word, and a word WordNet knows in
// few senses ("disfranchisement") more surely than a word of many
// ("sentiment").
func ideaWeight(id *idea) float64 {
	w := float64(id.sentences)
	if id.titled {
		w = 2 * (w + 3)
	}
	if strings.Contains(id.term, " ") {
		return 2 * w
	}
	switch n := thesaurus.Senses(terms.Stem(id.term)); {
	case n <= 1:
		return 2 * w
	case n == 2:
		return 1.5 * w
	}
	return w
}

// strongIdea reports whether a repeated word or pair is a term of the
// argument. A pair is, unless its first word counts or orders ("whole
// number", "next day") or is a verb of every text ("took part": WordNet
// gives it more than generalSenses senses). A single word is, if it is an
// abstract noun by its ending ("disfranchisement", "faction",
// "monarchy") that WordNet knows in few senses, or if WordNet does not know
// it ("mobocrats", "cowskin": a word of the text's own time and place).

func strongIdea(id *idea) bool {
	ws := strings.Fields(id.term)
	for _, w := range ws {
		if closedWords[w] {
			return false
		}
	}
	if len(ws) == 2 {
		if proForms[ws[0]] || proForms[ws[1]] || comparatives[ws[0]] {
			// "a new one", "great things", "one body", "smaller
			// number": a noun that stands for a thing named elsewhere,
			// or one that only compares ("smaller"), makes no name of
			// the text's own.
			return false
		}
		if 2*id.verbal >= id.sentences {
			// "should not prohibit slavery", "to prohibit slavery": a
			// verb and its object, not a thing the text names.
			return false
		}
		nouns, others := thesaurus.Tagged(terms.Stem(ws[1]))
		if nouns == 0 && others >= minOtherTags {
			// "years old", "feel sure": the pair ends on no noun.
			return false
		}
		if firstNouns, firstOthers := thesaurus.Tagged(terms.Stem(ws[0])); nouns == 0 && others > 0 && firstNouns == 0 && firstOthers > 0 {
			// "as far forth as": neither word is ever a noun, however
			// seldom the last is used at all.
			return false
		}
		return thesaurus.Senses(terms.Stem(ws[0])) <= generalSenses
	}
	n := thesaurus.Senses(terms.Stem(id.term))
	switch {
	case n == 0 && oldSpelt(id.term):
		// "consisteth", "himselfe", "naturall": a word of today in the
		// spelling of its time, which a student reads as that word, is
		// no coinage of the text's.
		return false
	case n == 0:
		// A superlative ("fullest") is no coinage.
		return utf8.RuneCountInString(id.term) >= 7 && !strings.HasSuffix(id.term, "est")
	case id.headed != "":
		// "Concerning liberality and meanness" names what the chapter
		// is about, however many senses WordNet gives the stem
		// ("liber" is liberal and liberty too).
		return abstractNoun(id.term) && n <= generalSenses
	case id.titled || id.sentences >= oftenSentences:
		return abstractNoun(id.term) && n <= 2*fewSenses
	}
	return abstractNoun(id.term) && n <= fewSenses
}

// oldSpelt reports whether w, a word the dictionary lacks, spells a
// word of today as English was spelt before about 1700: a content word
// (see index.Modernised), or a function word with the final "e" since
// dropped ("himselfe"), which Modernised leaves alone.
func oldSpelt(w string) bool {
	if index.Modernised(w) != "" {
		return true
	}
	base, ok := strings.CutSuffix(w, "e")
	return ok && isFunctionWord(base)
}

// oftenSentences is how many sentences make a word of several senses an
// idea of the text's all the same: Thoreau's "government", Madison's
// "liberty".
const oftenSentences = 10

// minOtherTags is how often WordNet's tagged texts must use a word, and
// never as a noun, for a pair ending on it to be no idea: "sure" (98
// times) is no noun; "precept", used 0 times, is not known either way.
const minOtherTags = 10

// verbal reports whether a pair's first word, after the word before it,
// reads as a verb: after "not" or a modal ("should not prohibit
// slavery"), or in -ing after no article ("of prohibiting slavery", not
// "the sitting room").
func verbal(before, first string) bool {
	return verbMarkers[before] || strings.HasSuffix(first, "ing") && !articles[before]
}

// modalPhrase reports whether a modal and a preposition stand before a
// pair ("may by law provide", "shall in time become"): the phrase they
// open holds the pair's first word, and its second is the modal's verb.
// The Amendments' glossary gave "law provide" as a term.
func modalPhrase(modal, prep string) bool {
	return modals[modal] && phrasePrepositions[prep]
}

// modals are the verbs that the next verb follows bare.
var modals = map[string]bool{
	"shall": true, "should": true, "will": true, "would": true, "can": true, "could": true,
	"may": true, "might": true, "must": true,
}

// phrasePrepositions open a phrase that may stand between a modal and
// its verb.
var phrasePrepositions = map[string]bool{"by": true, "in": true, "at": true, "with": true, "for": true, "on": true}

// articles stand before a noun, and before an -ing word that qualifies
// one ("the sitting room").
var articles = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
}

// verbMarkers stand before a verb: a pair of words after one is a verb
// and its object ("should not prohibit slavery"), or what the verb
// makes of its subject ("what form of government they thought fit").
// Not "to", which stands as often before a noun ("to foreign
// corruption"), nor "it" or "you", which a preposition may take.
var verbMarkers = map[string]bool{
	"not": true, "never": true, "shall": true, "should": true, "will": true,
	"would": true, "can": true, "cannot": true, "could": true, "may": true, "might": true,
	"must": true, "did": true, "does": true, "do": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "who": true,
}

// fewSenses is the most senses WordNet may give a single word for it to
// be an idea of the text's own ("disfranchisement", "faction"), not a
// word of every argument ("society", "leadership"); a title's naming it,
// or oftenSentences sentences using it, doubles that.
const fewSenses = 2

// generalSenses is the most senses a word of an idea may have in WordNet.
const generalSenses = 20

// abstractRe ends an abstract noun: "-tion", "-ment", "-ism", "-ity",
// "-ance", "-ship", "-archy", "-cracy", "-ery" ("slavery").
var abstractRe = lazyregexp.New(`\p{L}{3}(?:tions?|sions?|ments?|isms?|(?:[^i]l|r|e|i)ty|ities|ances?|ences?|ancy|ency|ships?|hoods?|doms?|ness|cracy|archy|ery)$`)

func abstractNoun(w string) bool { return abstractRe.MatchString(w) }

// proForms are nouns that stand for a thing named elsewhere.
var proForms = map[string]bool{"one": true, "ones": true, "thing": true, "things": true}

// comparatives compare a thing with another and name no kind of it.
var comparatives = map[string]bool{
	"less": true, "more": true, "most": true, "least": true, "fewer": true, "greater": true,
	"lesser": true, "smaller": true, "larger": true, "better": true, "worse": true,
}

// closedWords count, order, or join, though the stop list lacks them: no
// idea holds one.
var closedWords = map[string]bool{
	"towards": true, "toward": true, "unless": true, "seldom": true, "whereas": true,
	"whole": true, "next": true, "last": true, "first": true, "second": true, "third": true,
	"several": true, "every": true, "either": true, "neither": true, "another": true,
	"never": true, "always": true, "often": true, "soon": true, "latter": true, "former": true,
	"present": true, "hundred": true, "thousand": true, "million": true, "two": true,
	"three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "twelve": true, "twenty": true, "thirty": true, "forty": true,
	"fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true,
}

// ideaKey is an idea's key, its words stemmed, and the form the text
// writes it in; verbal, for a pair whose first word reads as a verb
// ("should not prohibit slavery", "of prohibiting slavery"): a verb and
// its object.
type ideaKey struct {
	key, form string
	verbal    bool
}

// ideaKeys returns the words and adjacent pairs of words of a sentence
// that may be ideas: lower-case content words (any case in a title),
// hyphened words taken apart ("MOB-LAW" is "mob law"); a pair is two
// such words with no punctuation between, the first no adverb in -ly,
// the second no participle, and the last naming no people.
func ideaKeys(text string, title bool) []ideaKey {
	var out []ideaKey
	prev, before, last := "", "", ""
	// earlier and beforeThat are the words before last and before: a
	// modal and a preposition before a pair ("may by law provide")
	// make its second word the verb.
	earlier, beforeThat := "", ""
	for _, tok := range strings.Fields(text) {
		for _, part := range strings.Split(tok, "-") {
			w := strings.TrimFunc(part, func(r rune) bool { return !unicode.IsLetter(r) })
			if w == "" || !strings.HasPrefix(part, w) {
				// A quotation mark or a bracket opens a new phrase.
				prev = ""
			}
			lw := strings.ToLower(w)
			if w == "" || !(title || isLowerWord(w)) || !contentWord(lw) {
				prev, earlier, last = "", last, lw
				continue
			}
			if prev == "" {
				before, beforeThat = last, earlier
			}
			if !personNoun(lw) && !strings.HasSuffix(lw, "ing") && !strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "ly") {
				out = append(out, ideaKey{key: terms.Stem(lw), form: lw})
				if prev != "" {
					out = append(out, ideaKey{key: terms.Stem(prev) + " " + terms.Stem(lw), form: prev + " " + lw, verbal: verbal(before, prev) || modalPhrase(beforeThat, before)})
				}
			}
			prev = lw
			if !strings.HasSuffix(lw, "ly") {
				// "did not absolutely prohibit": an adverb stands
				// between a verb and what marks it as one.
				earlier, last = last, lw
			}
			if strings.HasSuffix(lw, "ly") || !strings.HasSuffix(part, w) {
				// An adverb qualifies no noun; punctuation ends a phrase.
				prev = ""
			}
		}
	}
	return out
}

// contentWord reports whether a lower-case word may name an idea: no
// function word, and three letters or more.
func contentWord(w string) bool {
	return utf8.RuneCountInString(w) >= 3 && !isFunctionWord(w)
}

// commonest returns the form written most often, the first in order of
// a tie.
func commonest(forms map[string]int) string {
	best := ""
	for f, n := range forms {
		if best == "" || n > forms[best] || n == forms[best] && f < best {
			best = f
		}
	}
	return best
}

// headingSubject returns the words of a heading that gives its
// chapter's subject after "Concerning", "Of", "On" or "About" ("Chapter
// XVI -- Concerning liberality and meanness"), when it names one or two
// things; nil for a heading that says more ("Of the Naturall Condition of
// Mankind, as Concerning Their Felicity, and Misery"), which names a
// subject and what is said of it.
func headingSubject(title string) []ideaKey {
	m := aboutRe.FindStringSubmatch(title)
	if m == nil {
		return nil
	}
	var out []ideaKey
	for _, k := range ideaKeys(m[1], true) {
		if !strings.Contains(k.key, " ") {
			out = append(out, k)
		}
	}
	if len(out) > 2 {
		return nil
	}
	return out
}

// aboutRe opens the subject a heading gives, after its number.
var aboutRe = lazyregexp.New(`(?i)(?:^|--|—|\.)\s*(?:concerning|of|on|about)\s+(.+)$`)

// sectionTitles returns the corpus's section titles, once each.
func sectionTitles(c *essay.Corpus) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range c.Passages {
		if p.Section != "" && !seen[p.Section] {
			seen[p.Section] = true
			out = append(out, p.Section)
		}
	}
	return out
}
