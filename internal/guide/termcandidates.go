package guide

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/index"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// Key term limits and weights.
const (
	maxTerms = 18
	// minGlossary is the fewest entries a glossary a class can use
	// holds: a text with fewer terms and people glosses the places it
	// says something of too.
	minGlossary = 8
	// definedBonus and quotedBonus favour words the essay itself marks as
	// terms: by naming them ("called the yeomanry") or by putting them
	// in quotation marks, as it does with contested words.
	definedBonus = 4
	quotedBonus  = 1.5
	// maxCounted caps the uses of a term counted in one passage.
	maxCounted = 2
	// voiceBonus favours people whose views the essay reports ("Smith and
	// Jones seem to believe"): weighing them is reading like a historian.
	voiceBonus = 1
	// namedBonus favours a quoted name, the essay's mark of a named policy
	// or body ("Party Maximum").
	namedBonus = 0.5
	// evidenceWeight and askerWeight favour terms in the passages this
	// guide quotes and in the passage that asks its questions.
	evidenceWeight = 1
	askerWeight    = 2
	// noteWeight discounts footnotes, which mostly cite sources.
	noteWeight = 0.4
	// markedTier lifts every marked term above every unmarked one.
	markedTier = 1000
)

// candidate is a term or name found in the corpus, with the passages that
// use it.
type candidate struct {
	Term string
	// Quoted counts the passages that put the term in quotation marks,
	// not counting a footnote's quoted title of a work (see Titled).
	Quoted int
	// Titled counts the footnotes that quote the term as a work's
	// title.
	Titled int
	// Defined is the passage that introduces the term, if any.
	Defined *essay.Passage
	// Name is true for a run of capitalized words that reads as a name.
	Name bool
	// Person is true for a name that acts: it has a possessive or is
	// followed by a verb of saying, thinking or doing.
	Person bool
	// Place is true for a name that is a place's (see placeName).
	Place bool
	// Voice is true for a person whose views the essay reports.
	Voice bool
	// Cited is true for a person whose work a footnote cites ("in Smith,
	// Empire"; "Cited in Jones, Letters 617").
	Cited bool
	// Idea weighs a word or pair of words the text repeats as a term of
	// its own without marking it ("lynch law", see ideas); 0 for others.
	Idea float64
	Uses []*essay.Passage
}

var (
	// doubleQuotedRe finds short spans in straight or curly double quotes.
	// Older printers set a semicolon or colon inside the closing
	// quote too (Turner's "the "fall line;" the Alleghany Mountains"),
	// and it is no part of the term either.
	doubleQuotedRe = lazyregexp.New(`["“]([^"“”]{2,40}?)[,.;:]?["”]`)
	// singleQuotedRe finds short spans in single quotes that open after a
	// space or a double quote, so that apostrophes are not taken for them.
	// A comma or full stop inside the closing quote is the sentence's,
	// not the term's ("stands for 'Papier.'").
	singleQuotedRe = lazyregexp.New(`(?:^|[\s"“(])['‘]([^'‘’\s][^'‘’]{0,38}?[^'‘’\s,.])[,.]?['’](?:[\s,.?!;:"”)]|$)`)
	// definedRe finds a term the essay introduces by name.
	definedRe = lazyregexp.New(`\b(?:called|termed|known as)\s+(?:the\s+)?["“]?([\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)*)`)
	wordRe    = lazyregexp.New(`[\p{L}\d][\p{L}\d'’-]*`)
	// actsRe follows a person's name: a verb of saying, thinking or doing.
	actsRe = lazyregexp.New(`^(?:\s+and\s+[\p{Lu}][\p{L}]+)?\s+(?:seems?|believes?|believed|thinks?|thought|says|said|argues|argued|attributes|reports|mused|worried|did|does|made|was|is|had|has|condemned|stated|saw|went|came|took|gave|told|knew|felt|ran|spoke|replied|answered|asked|cried|\p{Ll}{3,}ed)\b`)
	// voiceRe follows the name of a person whose views the essay reports.
	voiceRe = lazyregexp.New(`^(?:\s+and\s+[\p{Lu}][\p{L}]+)?\s+(?:seems?\s+to\s+|appears?\s+to\s+)?(?:believes?|believed|thinks?|thought|says|said|argues|argued|attributes|mused|worried|suggests?)\b`)
	// pageRe follows a work's title in a citation: a page number.
	pageRe = lazyregexp.New(`^,?\s+(?:pp?\.\s+)?\d`)
)

// quotedTerms returns the spans of text in quotation marks that read as
// terms, in order.
//
// A span that opens or closes on a space lies between two quotations
// ("E" with a small "g"), and a quotation that opens its sentence and
// ends it, or that a verb of speaking follows, is a spoken line ("All is
// lost.", "Irene Adler is married," remarked Holmes): neither is a term.
func quotedTerms(text string) []string {
	var out []string
	for _, re := range []*lazyregexp.Regexp{doubleQuotedRe, singleQuotedRe} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			span := text[m[2]:m[3]]
			if span != strings.TrimSpace(span) || spokenLine(text, m) {
				continue
			}
			if isTermLike(span) && !scareQuoted(span) && !possessedRe.MatchString(span) {
				out = append(out, span)
			}
		}
	}
	return out
}

// possessedRe opens a quoted span on a possessive pronoun: "to follow
// "his fleet"" quotes someone's words for one man's fleet, and names no
// term a glossary can explain.
var possessedRe = lazyregexp.New(`(?i)^(?:his|her|its|their|my|our|your|thy)\s`)

// scareQuoted reports whether a quoted span is a common word the text
// only holds at a distance, not a term it uses or defines: one lower-case
// word, in its own stem, that WordNet's tagged texts use mostly as no
// noun. Du Bois's 'The South is not "solid"' once gave the glossary
// "solid", and Beard's '"free" government' gave it "free".
func scareQuoted(span string) bool {
	w := strings.TrimSpace(span)
	if w != strings.ToLower(w) || strings.Contains(w, "-") {
		return false
	}
	if ws := strings.Fields(w); len(ws) > 1 {
		// A quoted verb phrase ("is ‘ordained and established’ in the
		// name of the people") names no thing: each of its content
		// words is a participle WordNet knows mostly as a verb.
		for _, x := range ws {
			if isFunctionWord(x) {
				continue
			}
			if !strings.HasSuffix(x, "ed") {
				return false
			}
			if nouns, others := thesaurus.Tagged(terms.Stem(x)); others <= nouns {
				return false
			}
		}
		return true
	}
	if nounSuffixRe.MatchString(w) {
		// "interpretation" is a noun, though its stem is a verb's.
		return false
	}
	if adjectiveSuffixRe.MatchString(w) {
		// "faithful" is an adjective, though its stem is a noun's:
		// Machiavelli's translator quotes it, and the glossary gave
		// "merciful, faithful, humane, upright" as its gloss.
		return true
	}
	nouns, others := thesaurus.Tagged(terms.Stem(w))
	return others > nouns
}

// adjectiveSuffixRe ends a word that is an adjective by its form.
var adjectiveSuffixRe = lazyregexp.New(`(?:ful|ous|less)$`)

// nounSuffixRe ends a word that is a noun by its form.
var nounSuffixRe = lazyregexp.New(`(?:tion|sion|ment|ness|ity|ism|ist|ance|ence|ship|dom|hood|ure|age|ery)s?$`)

// spokenLine reports whether the quotation at m opens its sentence and
// either ends it or is followed by a verb of speaking.
func spokenLine(text string, m []int) bool {
	if strings.TrimLeft(text[:m[0]], " \t\n(") != "" {
		return false
	}
	rest := strings.TrimSpace(text[m[1]:])
	return strings.Trim(rest, ".,!?;:—–-\"”’'") == "" || speechAfterQuoteRe.MatchString(text[m[3]:])
}

// candidates finds the corpus's terms and names: words the essay puts in
// quotation marks, words it introduces ("called the yeomanry"), and
// runs of capitalized words that are names rather than sentence openings.
//
//   - lower, midCaps: the corpus's lowerWords and midSentenceCaps.
func candidates(c *essay.Corpus, lower, midCaps map[string]bool) []*candidate {
	found := map[string]*candidate{}
	get := func(term string) *candidate {
		key := strings.ToLower(term)
		if cd, ok := found[key]; ok {
			return cd
		}
		cd := &candidate{Term: term}
		found[key] = cd
		return cd
	}
	for _, p := range c.Passages {
		quoted := map[*candidate]bool{}
		for _, s := range p.Sentences {
			if essay.MostlyCapitals(s.Text) {
				continue
			}
			for _, t := range quotedTerms(s.Text) {
				if p.Ref.Kind == essay.Note && titleCased(t) {
					// A footnote quotes a work's title, not a term:
					// Turner's notes cite Monette's "Mississippi
					// Valley," which made a place the body names once
					// a marked key term.
					if cd := get(t); !quoted[cd] {
						quoted[cd] = true
						cd.Titled++
					}
					continue
				}
				if cd := get(t); !quoted[cd] {
					quoted[cd] = true
					cd.Quoted++
				}
			}
			for _, t := range append(namedTerms(s.Text), capsTerms(s.Text)...) {
				if cd := get(t); cd.Defined == nil {
					cd.Defined = p
				}
			}
			for _, name := range names(s.Text, lower, midCaps) {
				get(name).Name = true
			}
		}
	}
	for t, w := range ideas(c) {
		get(t).Idea = w
	}
	for t, w := range titleSubjects(c) {
		if cd := get(t); cd.Idea < w {
			cd.Idea = w
		}
	}
	var out []*candidate
	for _, cd := range found {
		cd.Uses = uses(c, cd.Term)
		if len(cd.Uses) == 0 || isMonth(cd.Term) || onlyCited(cd) || workTitle(cd) || joiningWord(cd.Term) {
			continue
		}
		cd.Place = cd.Name && placeName(c, cd)
		cd.Person = cd.Name && strings.ToUpper(cd.Term) != cd.Term && !common(cd) && !cd.Place && !qualifier(cd) && !doctrineRe.MatchString(cd.Term) && acts(cd, actsRe)
		cd.Voice = cd.Person && acts(cd, voiceRe)
		cd.Cited = cd.Person && cited(cd)
		out = append(out, cd)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Term < out[j].Term })
	return out
}

// joiningWord reports whether a term is one word that only joins others,
// capitalized where it opens a line of verse or a heading ("And are
// setting the world by the ears!"): Woman Suffrage's glossary gave "And"
// as a term its verse defined. An acronym ("US") is a name.
func joiningWord(term string) bool {
	return !strings.Contains(term, " ") && strings.ToUpper(term) != term && isFunctionWord(strings.ToLower(term))
}

// namedTerms returns the terms a sentence introduces by name ("the
// class called the yeomanry"). A lower-case word that another
// lower-case word follows is the modifier of a phrase, not the term ("what
// is called the present constitution"), and a word a quoted name follows
// is what is named ("called the slaves "domestic servants"").
func namedTerms(text string) []string {
	var out []string
	for _, m := range definedRe.FindAllStringSubmatchIndex(text, -1) {
		t := text[m[2]:m[3]]
		if personCalled(text[:m[0]]) {
			// "And Abimelech particularly is called king, though at
			// most he was but their general": a title someone is
			// given, which says nothing of what a king is.
			continue
		}
		if !isTermLike(t) || particles[strings.ToLower(firstWord(t))] || !isUpper(t) && modifierRe.MatchString(text[m[3]:]) || objectNamedRe.MatchString(text[m[3]:]) {
			// "called the slaves "domestic servants"": the slaves are
			// what is named, not the name.
			continue
		}
		out = append(out, t)
	}
	return out
}

// personCalled reports whether the words before "called" are a
// sentence's subject that names a person and its verb: a name with no
// article ("And Abimelech particularly is"), or "He was"; not "What is".
func personCalled(before string) bool {
	m := personCalledRe.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	w := strings.ToLower(m[1])
	return w == "he" || w == "she" || !isFunctionWord(w)
}

// personCalledRe is a subject of one capitalized word before "called",
// its verb, and an adverb between.
var personCalledRe = lazyregexp.New(`^(?:(?:And|But|So)\s+)?(\p{Lu}\p{Ll}+)(?:\s+\p{Ll}+ly)?\s+(?:is|was)\s+$`)

// modifierRe follows a word that qualifies the next: a lower-case word.
var modifierRe = lazyregexp.New(`^\s+\p{Ll}`)

// isTermLike reports whether quoted text reads as a term rather than a
// quoted phrase: one to four words, with at least one content word that
// is no number, and ending in no function word, as a noun phrase ends in
// its noun. "better than we" is a phrase quoted from someone; "masked as
// the" lies between two quotations; "thirty-nine" counts.
func isTermLike(t string) bool {
	ws := terms.Words(t)
	if len(ws) == 0 || len(strings.Fields(t)) > 4 || strings.ContainsAny(t, "?!") {
		return false
	}
	if len(ws) == 1 && utf8.RuneCountInString(ws[0]) < 3 && strings.ToUpper(ws[0]) != ws[0] {
		// A letter or two that is no acronym ("Eg", "P") is a fragment
		// the text spells out, not a term a student can look up.
		return false
	}
	if len(ws) > 1 && (isFunctionWord(strings.ToLower(ws[len(ws)-1])) || subjectPronouns[strings.ToLower(strings.Fields(t)[0])]) || adverb(strings.ToLower(ws[0])) {
		// A phrase, a clause ("I have hopes") or an adverb's phrase
		// ("distinctly and expressly affirmed"), not a noun phrase.
		return false
	}
	for _, w := range ws {
		if !isFunctionWord(w) && !numberWord(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// adverb reports whether a word is an adverb made from an adjective
// ("distinctly" from "distinct"), which opens a quoted phrase
// ("distinctly and expressly affirmed"), not a noun phrase.
func adverb(w string) bool {
	base, ok := strings.CutSuffix(w, "ly")
	if !ok || utf8.RuneCountInString(base) < 5 {
		return false
	}
	return thesaurus.Senses(terms.Stem(base)) > 0
}

// numberWord reports whether a word counts: a number word or its
// hyphened compound ("thirty-nine").
func numberWord(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if !closedWords[part] && !numberUnits[part] {
			return false
		}
	}
	return true
}

// numberUnits are the number words below twenty that closedWords lacks.
var numberUnits = map[string]bool{
	"one": true, "eleven": true, "thirteen": true, "fourteen": true, "fifteen": true,
	"sixteen": true, "seventeen": true, "eighteen": true, "nineteen": true,
}

// isFunctionWord reports whether a lower-case word only joins others: a
// stop word, or one of the older English function words that the stop
// list, made for modern prose, lacks ("called unto the Lord", "hath").
// A prompt never asks students to explain one.
func isFunctionWord(w string) bool {
	return terms.IsStopword(w) || archaicFunctionWords[w]
}

// archaicFunctionWords are the pronouns, verb forms, prepositions and
// adverbs of older English, as Bibles, sermons and eighteenth-century
// pamphlets write them. Not "art", which is also a noun.
var archaicFunctionWords = map[string]bool{
	"unto": true, "thee": true, "thou": true, "thy": true, "thine": true,
	"thyself": true, "ye": true, "hath": true, "doth": true, "hast": true,
	"dost": true, "didst": true, "shalt": true, "wilt": true, "canst": true,
	"couldst": true, "wouldst": true, "shouldst": true, "mayst": true,
	"thereof": true, "therein": true, "thereby": true, "thereto": true,
	"therefrom": true, "thereupon": true, "whereof": true, "wherein": true,
	"whereby": true, "whereupon": true, "wherefore": true, "whence": true,
	"thence": true, "hence": true, "hither": true, "thither": true,
	"whither": true, "hereof": true, "herein": true, "hereby": true,
	"heretofore": true, "ere": true, "nay": true, "yea": true, "lo": true,
	"betwixt": true, "amongst": true, "amidst": true, "whilst": true,
	"oft": true, "tis": true, "twas": true, "albeit": true, "withal": true,
	"forasmuch": true, "inasmuch": true, "insomuch": true, "viz": true,
	"perchance": true,
}

// lowerWords is every word the corpus writes in lower case. In a text
// that capitalizes common nouns as a habit, as English printers did in
// the seventeenth century ("the Will to contend by Battell"), a capital
// tells no name from a noun: the common words it capitalizes count as
// written in lower case too, or Leviathan's glossary gave "Battell",
// "Scholers" and "Torture" as people and "Accusation" as a name.
func lowerWords(c *essay.Corpus) map[string]bool {
	out, _ := lowerAndNouns(c)
	return out
}

// lowerAndNouns is lowerWords, and whether the text capitalizes common
// nouns as a habit.
func lowerAndNouns(c *essay.Corpus) (map[string]bool, bool) {
	out := map[string]bool{}
	for _, p := range c.Passages {
		for _, w := range wordRe.FindAllString(p.Text(), -1) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) {
				out[trimPossessive(w)] = true
			}
		}
	}
	nouns := capitalizedNouns(c, out)
	for _, w := range nouns {
		out[w] = true
	}
	return out, len(nouns) > 0
}

// Limits of the habit of capitalizing nouns: a text shows it when at
// least habitWords of the words it capitalizes inside sentences, and
// never writes in lower case, are common words, and they are at least
// habitShare of those words. Leviathan's are 83% of 190; no later text
// of the tests passes 51% (a pamphlet naming parties and their members),
// and the Amendments' 76% are of 21 words (Senate, House, President),
// bodies that need their capitals.
const (
	habitWords = 40
	habitShare = 0.7
)

// capitalizedNouns returns, in lower case, the words a text capitalizes
// inside its sentences and never writes in lower case (lower holds those
// it does), other than those WordNet knows only as names, when it
// capitalizes common words as a habit; nil for a text that does not. A
// common word is one WordNet knows other than only as a name, as written
// or by its old spelling. Where capitals are a habit, a word WordNet does
// not know at all is more likely an old spelling it cannot undo
// ("Scholers", "Theefe") than a name.
func capitalizedNouns(c *essay.Corpus, lower map[string]bool) []string {
	seen := map[string]bool{}
	var common, unnamed []string
	for _, p := range c.Passages {
		for _, s := range p.Sentences {
			for i, w := range wordRe.FindAllString(s.Text, -1) {
				w = trimPossessive(w)
				lw := strings.ToLower(w)
				if i == 0 || !isUpper(w) || w == strings.ToUpper(w) || utf8.RuneCountInString(w) < 3 || lower[lw] || isFunctionWord(lw) || seen[lw] {
					continue
				}
				seen[lw] = true
				if commonWord(lw) || index.Modernised(lw) != "" {
					common = append(common, lw)
				}
				if !thesaurus.Proper(terms.Stem(lw)) {
					unnamed = append(unnamed, lw)
				}
			}
		}
	}
	if len(common) < habitWords || float64(len(common)) < habitShare*float64(len(seen)) {
		return nil
	}
	sort.Strings(unnamed)
	return unnamed
}

// midSentenceCaps is every capitalized word the corpus uses other than as
// a sentence's first word.
func midSentenceCaps(c *essay.Corpus) map[string]bool {
	out := map[string]bool{}
	for _, p := range c.Passages {
		for _, s := range p.Sentences {
			for i, w := range wordRe.FindAllString(s.Text, -1) {
				if i > 0 && isUpper(w) {
					out[trimPossessive(w)] = true
				}
			}
		}
	}
	return out
}

// names returns the runs of capitalized words in a sentence that are names.
// A word is a name when the corpus never writes it in lower case, it is
// not a stop word, and it is not only ever a sentence's first word; a run
// starts at its first name word and may go on through other capitalized
// words ("Party Maximum"). A year before a run joins it ("the 1936
// Constitution").
func names(sentence string, lower, midCaps map[string]bool) []string {
	locs := wordRe.FindAllStringIndex(sentence, -1)
	word := func(i int) string { return trimPossessive(sentence[locs[i][0]:locs[i][1]]) }
	isName := func(i int) bool {
		w := word(i)
		lw := strings.ToLower(w)
		return isUpper(w) && utf8.RuneCountInString(w) > 2 && !isFunctionWord(lw) &&
			!lower[lw] && (i > 0 || midCaps[w])
	}
	joined := func(i int) bool {
		sep := sentence[locs[i-1][1]:locs[i][0]]
		// An initial joins the name it stands in: "John J. Ingalls".
		return sep == " " || sep == ". " && utf8.RuneCountInString(word(i-1)) == 1 && isUpper(word(i-1))
	}
	var out []string
	for i := 0; i < len(locs); i++ {
		if !isUpper(word(i)) || (i == 0 && !isName(i)) || isFunctionWord(strings.ToLower(word(i))) {
			continue
		}
		j, hasName := i, false
		for j < len(locs) && isUpper(word(j)) && (j == i || joined(j)) && !isFunctionWord(strings.ToLower(word(j))) {
			if isName(j) {
				hasName = true
			}
			j++
		}
		if hasName && j+1 < len(locs) && word(j) == "the" && regnalOrdinals[word(j+1)] && joined(j) && joined(j+1) {
			// "Alexander the Sixth" is one man: "Sixth" alone was
			// glossed as a term.
			j += 2
		}
		if hasName {
			start := locs[i][0]
			if i > 0 && isYear(sentence[locs[i-1][0]:locs[i-1][1]]) && joined(i) {
				start = locs[i-1][0]
			}
			name := trimPossessive(sentence[start:locs[j-1][1]])
			if at := strings.Index(name, "--"); at > 0 {
				// "an Odd Fellow--one who ...": a dash ends the name.
				name = name[:at]
			}
			out = append(out, name)
		}
		i = j - 1
	}
	return out
}

// regnalOrdinals number a ruler after his name: "Julius the Second".
var regnalOrdinals = map[string]bool{
	"First": true, "Second": true, "Third": true, "Fourth": true, "Fifth": true, "Sixth": true,
	"Seventh": true, "Eighth": true, "Ninth": true, "Tenth": true, "Eleventh": true, "Twelfth": true,
	"Thirteenth": true, "Fourteenth": true, "Fifteenth": true, "Sixteenth": true,
}

func isUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isYear(w string) bool {
	return len(w) == 4 && strings.Trim(w, "0123456789") == "" && (w[0] == '1' || w[0] == '2')
}

func isMonth(w string) bool {
	for m := time.January; m <= time.December; m++ {
		if w == m.String() {
			return true
		}
	}
	return false
}

// trimPossessive drops the possessive ending of a name: "'s", or the
// bare mark after a final s ("histories such as Dickens’ novels"), which
// made a glossary list the name with its mark.
func trimPossessive(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if t := strings.TrimRight(w, "'’"); t != w && strings.HasSuffix(t, "s") {
		return t
	}
	return w
}

// onlyCited reports whether a name is only ever a work's title in a
// citation ("Jones, Letters 617"; "(Brown, Diaries)").
func onlyCited(cd *candidate) bool {
	if !cd.Name || cd.Quoted > 0 {
		return false
	}
	for _, p := range cd.Uses {
		for _, at := range occurrences(p.Text(), cd.Term) {
			after := p.Text()[at+len(cd.Term):]
			before := p.Text()[:at]
			titled := strings.HasSuffix(before, ", ") && (strings.HasPrefix(after, ")") || strings.HasPrefix(after, "."))
			if !pageRe.MatchString(after) && !titled {
				return false
			}
		}
	}
	return true
}

// workTitle reports whether a quoted candidate is the title of a work
// the notes cite, not a term: words in title case, quoted only in
// footnotes (Beard's notes cite “Mechanical Jurisprudence,” Columbia Law
// Review, and the “Modern Legal Philosophy Series,”).
func workTitle(cd *candidate) bool {
	if cd.Titled == 0 || len(strings.Fields(cd.Term)) < 2 {
		return false
	}
	for _, p := range cd.Uses {
		if p.Ref.Kind != essay.Note {
			return false
		}
	}
	return true
}

// titleCased reports whether every word of a term but its function
// words opens on a capital, as a work's title does.
func titleCased(term string) bool {
	for _, w := range strings.Fields(term) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !isFunctionWord(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// citedBeforeRe and citedAfterRe frame a name cited as an author in a
// footnote: "in Smith, Empire", "(Brown, Diaries)", "Knight, p. 220".
var (
	citedBeforeRe = lazyregexp.New(`(?:\bin|\(|\b[Ss]ee(?: also)?)\s$`)
	citedAfterRe  = lazyregexp.New(`^(?:,\s+(?:pp?\.\s+)?\d|,\s+\p{Lu}\p{L}+(?:[\s.,)]|$)|\s+\d)`)
)

// cited reports whether a footnote cites a person's work.
func cited(cd *candidate) bool {
	for _, p := range cd.Uses {
		if p.Ref.Kind != essay.Note {
			continue
		}
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			if citedBeforeRe.MatchString(text[:at]) || citedAfterRe.MatchString(text[at+len(cd.Term):]) {
				return true
			}
		}
	}
	return false
}

// acts reports whether the essay gives a name a possessive or makes it the
// subject of a verb that re matches. A name a preposition takes is that
// preposition's object, whatever verb follows it: "the Will to contend by
// Battell is sufficiently known", "the disputations of Scholers is called
// Absurdity".
func acts(cd *candidate, re *lazyregexp.Regexp) bool {
	for _, p := range cd.Uses {
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			after := text[at+len(cd.Term):]
			possessive := strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ")
			if (possessive && re == actsRe) || re.MatchString(after) && !prepositionBeforeRe.MatchString(text[:at]) {
				return true
			}
		}
	}
	return false
}

// prepositionBeforeRe ends the words before a name with a preposition
// that takes it.
var prepositionBeforeRe = lazyregexp.New(`(?i)\b(?:of|by|to|with|from|in|into|on|upon|at|for|against|among|between|without)\s+$`)

// common reports whether a name mostly follows a determiner, as a
// region, a people or a body does ("the South", "every Negro") and a
// person's name does not: such a name is no person, though it acts.
func common(cd *candidate) bool {
	after, all := 0, 0
	for _, p := range cd.Uses {
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			all++
			if afterArticle(text[:at]) {
				after++
			}
		}
	}
	// A word WordNet knows as a common noun, never as a person's
	// ("congress", "government"), names a body when the text puts an
	// article before it a quarter of the time ("that Congress").
	return 2*after > all || 4*after > all && commonNoun(cd.Term)
}

// commonNoun reports whether a one-word name is a word WordNet knows whose
// commonest noun sense, read as the text writes it, names no person
// ("Congress"; not "Darwin").
func commonNoun(name string) bool {
	stem := terms.Stem(strings.ToLower(name))
	return !strings.Contains(name, " ") && thesaurus.Senses(stem) > 0 && !thesaurus.Person(name)
}
