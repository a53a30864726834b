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
	// Quoted counts the passages that put the term in quotation marks.
	Quoted int
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
	ws := strings.Fields(cd.Term)
	if cd.Quoted == 0 || len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !isFunctionWord(strings.ToLower(w)) {
			return false
		}
	}
	for _, p := range cd.Uses {
		if p.Ref.Kind != essay.Note {
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

// placeName reports whether a name is a place's, though it acts ("North
// Carolina ceded to the Federal Government"): WordNet's commonest sense
// of it is a place, and the text never writes it after a title or a
// given name ("Mr. Washington", "George Washington").
func placeName(c *essay.Corpus, cd *candidate) bool {
	key := strings.ToLower(cd.Term)
	if !strings.Contains(key, " ") {
		key = terms.Stem(key)
	}
	if !thesaurus.Place(key) && !thesaurus.Landform(key) && !placedIn(cd) && !landformHead(cd.Term) {
		// WordNet files continents and rivers as natural objects, not
		// places: Turner's glossary read "Europe" as a person.
		return false
	}
	for _, p := range cd.Uses {
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			prev := lastWord(text[:at])
			// "Tsarist Russia": a word that qualifies others is no
			// given name.
			// "Unfortunately Russia": nor is a common word that opens
			// the sentence ("George Washington" may open one).
			opens := strings.TrimRight(strings.TrimSuffix(strings.TrimRight(text[:at], " "), prev), " ")
			opens = strings.TrimRight(opens, `"“”'’`)
			if (opens == "" || strings.HasSuffix(opens, ".") || strings.HasSuffix(opens, "!") || strings.HasSuffix(opens, "?")) && commonWord(prev) {
				continue
			}
			if wider := strings.ToLower(prev + " " + cd.Term); thesaurus.Place(wider) || thesaurus.Landform(wider) || compass[strings.ToLower(prev)] {
				// "North America" is a place's name too, and "North"
				// no given name, nor "Western" in "Western New York":
				// Turner's "America" read as a person.
				continue
			}
			if prev != "" && (titleRe.MatchString(prev+" X") || isUpper(prev) && !strings.ContainsAny(prev, ".!?,;:") && !terms.IsStopword(strings.ToLower(prev)) && !qualifies(uses(c, prev), prev)) {
				return false
			}
		}
	}
	return true
}

// tailOfPlace reports whether a name ends a place's longer name ("York"
// of "New York"): a sentence that opens on the longer name reads it as
// the shorter, and the Federalist's glossary gave "York" in place of
// the state.
func tailOfPlace(cd *candidate, cands []*candidate) bool {
	for _, o := range cands {
		if o.Place && strings.HasSuffix(o.Term, " "+cd.Term) {
			return true
		}
	}
	return false
}

// compass are the words of direction that stand before a place's name
// as part of it ("Western New York", "Upper Canada"), never as a given
// name.
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "upper": true, "lower": true, "northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
}

// locativeRe ends the words before a name that the text puts things in
// or around: "in X", "the rest of X".
var locativeRe = lazyregexp.New(`(?i)\b(?:in|into|throughout|within|across|all over|the (?:rest|whole|parts?|coasts?|cities|shores) of|(?:across|over|beyond|crossed|crossing|along) the)\s+$`)

// landformHead reports whether a name of several words ends on a word
// WordNet files as land or water ("the Mississippi Valley", "the Rocky
// Mountains", "the Great Lakes"): a place's name, though WordNet lacks
// the whole.
func landformHead(term string) bool {
	ws := strings.Fields(term)
	if len(ws) < 2 || !isUpper(ws[len(ws)-1]) {
		return false
	}
	return thesaurus.Landform(terms.Stem(strings.ToLower(ws[len(ws)-1])))
}

// placedIn reports whether the text puts things in a name at least
// placedUses times ("in X", "the whole of X", "across the X"): a place
// WordNet does not know, though it acts ("X began to fit out fleets").
// A person is seldom what things happen in, and then seldom more than
// twice.
func placedIn(cd *candidate) bool {
	n := 0
	for _, p := range cd.Uses {
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			if locativeRe.MatchString(text[:at]) && !strings.HasPrefix(text[at+len(cd.Term):], "'") && !strings.HasPrefix(text[at+len(cd.Term):], "’") {
				n++
			}
		}
	}
	return n >= placedUses
}

// placedUses is how often a text must put things in a name for it to be
// a place.
const placedUses = 3

// afterArticle reports whether text ends with a determiner and a space,
// as it does before "the South" or "every Negro" but not before a
// person's name ("the aged Franklin" puts a word between); or with a
// determiner and a capitalized word or an ordinal, as before a body's
// name ("the Federal Government", "the first Congress").
func afterArticle(text string) bool {
	before, ok := strings.CutSuffix(text, " ")
	if !ok {
		return false
	}
	last := before[strings.LastIndexAny(before, " \n\t")+1:]
	if nounDeterminers[strings.ToLower(last)] {
		return true
	}
	if !isUpper(last) && !ordinals[last] || titleRe.MatchString(last+" X") || len(last) == len(before) {
		// "the Misses Cruikshanks": a title stands before a person.
		return false
	}
	return nounDeterminers[strings.ToLower(lastWord(before[:len(before)-len(last)]))]
}

// lastWord returns the last word of text that ends in a space.
func lastWord(text string) string {
	t := strings.TrimRight(text, " \n\t")
	return t[strings.LastIndexAny(t, " \n\t")+1:]
}

// ordinals stand between an article and a body's name: "the first
// Congress".
var ordinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "last": true, "next": true,
}

// nounDeterminers are the words that open a noun phrase before a common
// noun and never before a person's bare name.
var nounDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "every": true, "each": true, "no": true, "any": true,
	"this": true, "that": true, "these": true, "those": true, "our": true, "their": true, "some": true,
}

// occurrences returns where term stands in text as whole words.
func occurrences(text, term string) []int {
	var out []int
	for from := 0; from < len(text); {
		i := indexWord(text[from:], term)
		if i < 0 {
			break
		}
		out = append(out, from+i)
		from += i + len(term)
	}
	return out
}

// uses returns the passages whose text holds term as whole words, in
// reading order.
func uses(c *essay.Corpus, term string) []*essay.Passage {
	var out []*essay.Passage
	for _, p := range c.Passages {
		if indexWord(p.Text(), term) >= 0 {
			out = append(out, p)
		}
	}
	return out
}

// indexWord returns where term stands in text as whole words, or -1. A
// term starting with a capital must match exactly; others ignore case.
func indexWord(text, term string) int {
	if term == "" {
		return -1
	}
	hay, needle := text, term
	if !isUpper(term) {
		hay, needle = strings.ToLower(text), strings.ToLower(term)
		if len(hay) != len(text) {
			hay, needle = text, term
		}
	}
	for from := 0; from <= len(hay)-len(needle); {
		i := strings.Index(hay[from:], needle)
		if i < 0 {
			return -1
		}
		i += from
		if !wordRuneBefore(hay, i) && !wordRuneAt(hay, i+len(needle)) {
			return i
		}
		from = i + 1
	}
	return -1
}

func wordRuneBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// keyTerms picks the terms and people the guide explains, each with the
// sentence that defines it or, failing that, best shows what it means.
// People and terms take turns, so that neither crowds out the other.
// Marked terms come first: those the text defines, dated names ("the 1936
// Constitution"), and words it puts in quotation marks more than once or as
// a phrase; other names follow them. Within each, the terms that the
// guide's own passages use most lead.
func (b *builder) keyTerms(g *Guide) []Term {
	weight := b.passageWeights(g)
	glossesOf := map[*candidate][]glossing{}
	score := map[*candidate]float64{}
	editors := !b.footnoted(g)
	for _, cd := range b.cands {
		gs := b.glosses(cd, weight)
		if editors {
			gs = authorsOwn(gs)
		}
		glossesOf[cd] = gs
		if len(gs) > 0 && gs[0].kind == Defines && inBody(cd) {
			score[cd] += definedBonus + markedTier
		}
	}
	var people, names, others, ideaPool, places []*candidate
	for _, cd := range b.cands {
		if by := subsumer(cd, b.cands); by != nil {
			// "cult" speaks of the cult of personality: its uses count for
			// the longer term.
			score[by] += termScore(cd, weight) - markedBonus(cd)
		}
	}
	for _, cd := range b.cands {
		if subsumer(cd, b.cands) != nil || len(glossesOf[cd]) == 0 || spokenTerm(cd) || shortFor(cd, b.cands) || region(cd.Term) && !marked(cd) || generalTerm(cd.Term) && cd.Defined == nil {
			continue
		}
		score[cd] += termScore(cd, weight)
		if !inBody(cd) {
			// A name only the notes use is a source's, rarely a term of
			// the argument.
			score[cd] *= noteOnlyShare
		}
		switch {
		case cd.Name && pairedOnly(cd):
			// "Lewis and Clark were the first to explore the route":
			// a name the text only ever writes beside the same other
			// name is half of a pair, and a gloss of the one glosses
			// the pair. Turner's glossary gave "Clark" so.
			continue
		case cd.Person && !saysOf(cd, glossesOf[cd]) && !cd.Voice:
			// A person the text only mentions ("more readily quoted than
			// Alexander Cromwell", "a place at Lord's supper") is glossed
			// by nothing it says of them.
			continue
		case cd.Person:
			people = append(people, cd)
		case cd.Name && !marked(cd) && glossesOf[cd][0].kind != Defines:
			// A name the text uses everywhere is its setting ("the
			// USSR"), one used as an adjective ("Soviet history") is
			// part of other names, and a name no sentence says
			// anything of ("war on Mexico", "the constitution of the
			// United States") is a place or body only mentioned: its
			// gloss would explain nothing, and no glossary is filled
			// to a length with one.
			if 4*len(cd.Uses) > len(b.c.Passages) || modifies(cd) || emphasis(cd.Term) {
				continue
			}
			switch {
			case !saysOf(cd, glossesOf[cd]):
			case cd.Place && tailOfPlace(cd, b.cands):
			case cd.Place:
				// A place the text names without saying what it is
				// ("Pennsylvania", "Virginia", "New York") is a map's
				// to explain, not a term of the argument: Turner's
				// glossary gave six of eighteen entries to places. It
				// is glossed only where a text has too few terms.
				places = append(places, cd)
			case tailOfPlace(cd, b.cands):
			default:
				names = append(names, cd)
			}
		case cd.Idea > 0 && !markedAsTerm(cd):
			ideaPool = append(ideaPool, cd)
		default:
			others = append(others, cd)
		}
	}
	byScore := func(cs []*candidate) {
		sort.SliceStable(cs, func(i, j int) bool {
			if score[cs[i]] != score[cs[j]] {
				return score[cs[i]] > score[cs[j]]
			}
			return cs[i].Term < cs[j].Term
		})
	}
	byScore(people)
	byScore(names)
	byScore(others)
	byScore(ideaPool)
	var gl glossary
	var chosen []string
	add := func(cs *[]*candidate) bool {
		for len(*cs) > 0 {
			cd := (*cs)[0]
			*cs = (*cs)[1:]
			if overlaps(cd.Term, chosen) || !gl.add(cd, glossesOf[cd]) {
				continue
			}
			chosen = append(chosen, cd.Term)
			return true
		}
		return false
	}
	// The terms the text marks, its ideas, its people, and the names of
	// places, bodies and events take turns: term, person, idea, term,
	// person, idea, name, and again.
	turns := []*[]*candidate{&others, &people, &ideaPool, &others, &people, &ideaPool, &names}
	for i := 0; len(gl.terms) < maxTerms && len(people)+len(names)+len(others)+len(ideaPool) > 0; i++ {
		if !add(turns[i%len(turns)]) {
			for _, pool := range turns {
				if add(pool) {
					break
				}
			}
		}
	}
	byScore(places)
	for len(gl.terms) < minGlossary && len(places) > 0 {
		add(&places)
	}
	out := gl.terms
	for i := range out {
		out[i].Head = b.headOf(out[i], gl.cand[i], gl.alt[i])
	}
	sort.SliceStable(out, func(i, j int) bool {
		return strings.ToLower(out[i].Heading()) < strings.ToLower(out[j].Heading())
	})
	return out
}

// pairedOnly reports whether the text writes a name only beside one
// other name, joined by "and" ("Lewis and Clark"), the same each time,
// and more than once: a pair named once ("the Greeks and Latins") may
// be two of a kind.
func pairedOnly(cd *candidate) bool {
	partner, n := "", 0
	for _, p := range cd.Uses {
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			m := pairBeforeRe.FindStringSubmatch(text[:at])
			if m == nil {
				m = pairAfterRe.FindStringSubmatch(text[at+len(cd.Term):])
			}
			if m == nil || partner != "" && trimPossessive(m[1]) != partner {
				return false
			}
			partner = trimPossessive(m[1])
			n++
		}
	}
	return n >= 2
}

// pairBeforeRe and pairAfterRe find the other name of a pair: "Lewis and "
// before a name, " and Clark" after it.
var (
	pairBeforeRe = lazyregexp.New(`\b(\p{Lu}[\p{L}'’-]+)\s+and\s+$`)
	pairAfterRe  = lazyregexp.New(`^\s+and\s+(\p{Lu}[\p{L}'’-]+)\b`)
)

// region reports whether a one-word name is a place the text names by a
// common word ("from the North", "the West", "the District"), which a
// student knows without a gloss unless the text sets the word apart:
// WordNet files the commonest sense of its stem among places and knows
// the stem in lower case too. A sentence that seems to define one mostly
// sets a description beside another word ("one from the North, a lady
// of high character").
func region(term string) bool {
	if strings.Contains(term, " ") {
		return false
	}
	st := terms.Stem(strings.ToLower(term))
	return thesaurus.Place(st) && !thesaurus.Proper(st)
}

// timesUsed counts the times the text writes a term.
func timesUsed(cd *candidate) int {
	n := 0
	for _, p := range cd.Uses {
		n += len(occurrences(p.Text(), cd.Term))
	}
	return n
}

// emphasis reports whether a name is common words set in capitals for
// stress ("the power of ALTERING", "SUPREME TRIBUNAL"), not a name: every
// word is one WordNet knows, and not as a name. Acronyms ("USSR") and
// names in capitals that WordNet lacks stay names.
func emphasis(term string) bool {
	if strings.ToUpper(term) != term {
		return false
	}
	for _, w := range strings.Fields(term) {
		st := terms.Stem(strings.ToLower(w))
		if utf8.RuneCountInString(w) < 4 || thesaurus.Senses(st) == 0 || thesaurus.Proper(st) {
			return false
		}
	}
	return true
}

// modifies reports whether a one-word name mostly stands before another
// word, as an adjective does ("Roman history", "Prussian officers"), or
// as part of a longer name ("Prussian Army").
func modifies(cd *candidate) bool {
	if strings.Contains(cd.Term, " ") || strings.ToUpper(cd.Term) == cd.Term {
		return false
	}
	before, alone := 0, 0
	for _, p := range cd.Uses {
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			rest := text[at+len(cd.Term):]
			m := wordRe.FindStringIndex(rest)
			if m != nil && m[0] == 1 && rest[0] == ' ' {
				next := rest[m[0]:m[1]]
				r, _ := utf8.DecodeRuneInString(next)
				if unicode.IsUpper(r) || unicode.IsLower(r) && !terms.IsStopword(next) && !modalRe.MatchString(next) {
					before++
					continue
				}
			}
			alone++
		}
	}
	return before > alone
}

// qualifier reports whether a one-word name mostly stands before a
// lower-case noun, as the adjective of a faith or a people does
// ("Christian ethics", "Christian morality"): a word that qualifies
// others names no person, though it sometimes acts ("No Christian more
// firmly believes").
func qualifier(cd *candidate) bool { return qualifies(cd.Uses, cd.Term) }

// qualifies is qualifier for a word as the given passages write it.
func qualifies(ps []*essay.Passage, term string) bool {
	if strings.Contains(term, " ") {
		return false
	}
	before, all := 0, 0
	for _, p := range ps {
		text := p.Text()
		for _, at := range occurrences(text, term) {
			all++
			rest := text[at+len(term):]
			m := wordRe.FindStringIndex(rest)
			if m == nil || m[0] != 1 || rest[0] != ' ' {
				continue
			}
			next := rest[m[0]:m[1]]
			if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(r) || terms.IsStopword(next) {
				continue
			}
			// A noun, as WordNet's tagged texts use it, or a word they
			// never use ("governmentalism"), and no verb a name is the
			// subject of ("Holmes scribbled").
			if nouns, others := thesaurus.Tagged(terms.Stem(strings.ToLower(next))); (nouns > 0 || others == 0) && !actsRe.MatchString(" "+next) {
				before++
			}
		}
	}
	return 2*before > all
}

// doctrineRe ends the name of a faith, a doctrine or a quality
// ("Christianity", "Protestantism"), which acts in a text as people do
// but names none.
var doctrineRe = lazyregexp.New(`\p{L}{3}(?:ism|ity)$`)

// modalRe is a verb that follows a name as its subject.
var modalRe = lazyregexp.New(`^(?:shall|may|must|will|can|could|would|should|might)$`)

// maxGlossUses is how many terms one sentence may gloss, when it defines
// each of them. One: two entries quoting one sentence ("What is called
// Christian, but should rather be termed theological, morality") read
// as one entry twice, and the second says nothing of its own term.
const maxGlossUses = 1

// glossary gives each key term the sentence that explains it: one that
// defines it, even if it glosses another term too (at most maxGlossUses),
// else the best that glosses no other term. A sentence that only uses a
// term, already shown for another, explains neither.
type glossary struct {
	terms []Term
	// cand holds each term's candidate, and alt the other name the
	// sentence defining it gives the same thing, if any.
	cand, alt []*candidate
	// of holds each term's glossings, best first, and at the one chosen.
	of [][]glossing
	at []int
	// uses counts the terms each sentence glosses, by glossKey.
	uses map[string]int
}

// movedShare is the least share of its score an earlier term's next gloss
// must keep for the term to give up its gloss to a later one, whose best
// it is too: "the aged X mused ..." for X, so that "... can be traced at
// least to Y" glosses Y.
const movedShare = 0.75

func glossKey(q Quote) string { return q.Ref.String() + "\x00" + q.Text }

// add glosses cd with the first of its glossings gs that is free, and
// reports whether one was.
func (gl *glossary) add(cd *candidate, gs []glossing) bool {
	if gl.uses == nil {
		gl.uses = map[string]int{}
	}
	if len(gs) == 0 {
		return false
	}
	if i := gl.alternative(cd, gs[0]); i >= 0 {
		gl.alt[i] = cd
		return true
	}
	if gs[0].kind != Defines {
		share := movedShare
		if !gl.anyFree(gs) {
			// A term with no gloss of its own ("mob law", named in two
			// sentences) takes one from an earlier term that has another.
			share = 0
		}
		gl.makeRoom(glossKey(gs[0].q), share)
	}
	for i, g := range gs {
		n := gl.uses[glossKey(g.q)]
		if n == 0 || g.kind == Defines && n < maxGlossUses {
			gl.terms = append(gl.terms, Term{Term: cd.Term, Kind: g.kind, Person: cd.Person, Quote: g.q})
			gl.cand, gl.alt = append(gl.cand, cd), append(gl.alt, nil)
			gl.of, gl.at = append(gl.of, gs), append(gl.at, i)
			gl.uses[glossKey(g.q)]++
			return true
		}
	}
	return false
}

// anyFree reports whether one of glossings gs is free to gloss a term.
func (gl *glossary) anyFree(gs []glossing) bool {
	for _, g := range gs {
		if n := gl.uses[glossKey(g.q)]; n == 0 || g.kind == Defines && n < maxGlossUses {
			return true
		}
	}
	return false
}

// makeRoom moves the one term that sentence key glosses, if it only uses
// it, to its next free gloss of the same kind, if that keeps share of
// its score.
func (gl *glossary) makeRoom(key string, share float64) {
	if gl.uses[key] != 1 {
		return
	}
	for t := range gl.terms {
		if glossKey(gl.terms[t].Quote) != key {
			continue
		}
		cur := gl.of[t][gl.at[t]]
		if cur.kind == Defines {
			return
		}
		for j := gl.at[t] + 1; j < len(gl.of[t]); j++ {
			alt := gl.of[t][j]
			if alt.score < share*cur.score {
				return
			}
			if alt.kind == cur.kind && gl.uses[glossKey(alt.q)] == 0 {
				gl.uses[key]--
				gl.uses[glossKey(alt.q)]++
				gl.at[t] = j
				gl.terms[t].Quote = alt.q
				return
			}
		}
		return
	}
}

// ideaShare scales an idea's weight in the text (see ideaWeight) against
// its uses in the guide's passages.
const ideaShare = 2

// authorsOwn keeps the glosses from the body of the text: in a text older
// than citing by footnote (see footnoted) the notes are an editor's, and
// a term they alone use (a translator's rendering of a word), or a gloss
// they give, is not what the text means.
func authorsOwn(gs []glossing) []glossing {
	var out []glossing
	for _, g := range gs {
		if g.q.Ref.Kind == essay.Paragraph {
			out = append(out, g)
		}
	}
	return out
}

// noteOnlyShare scales the score of a term only footnotes use.
const noteOnlyShare = 0.3

// inBody reports whether a paragraph of the text uses the term.
func inBody(cd *candidate) bool {
	for _, p := range cd.Uses {
		if p.Ref.Kind == essay.Paragraph {
			return true
		}
	}
	return false
}

// countPeople counts the people among terms.
func countPeople(ts []Term, b *builder) int {
	n := 0
	for _, t := range ts {
		if b.isPerson(t.Term) {
			n++
		}
	}
	return n
}

// plainName reports whether a key term is a name the text neither defines
// nor sets apart ("Africa", "Southern States"): a place or body to know,
// not a term of the author's to define or argue with.
func (b *builder) plainName(term string) bool {
	for _, cd := range b.cands {
		if cd.Term == term {
			return cd.Name && !marked(cd)
		}
	}
	return false
}

// termAsWritten returns key term t as the glossary writes it when it stands
// alone: a prompt that asks for "the author's terms" names them as the
// glossary heads them ("contract", "promise"), not in the capitals the
// text sets them in to define them ("CONTRACT") or gives every noun
// ("Promise"), and one of two names the glossary heads together
// ("pact, or covenant") alone.
func (b *builder) termAsWritten(t Term) string {
	for _, cd := range b.cands {
		if cd.Term == t.Term {
			if h := b.head(t.Term, cd); h != "" {
				return h
			}
			break
		}
	}
	return t.Term
}

// quoted reports whether the text sets a key term in quotation marks.
func (b *builder) quoted(term string) bool {
	for _, cd := range b.cands {
		if cd.Term == term {
			return cd.Quoted > 0
		}
	}
	return false
}

// isPerson reports whether a key term names a person.
func (b *builder) isPerson(term string) bool {
	for _, cd := range b.cands {
		if cd.Term == term {
			return cd.Person
		}
	}
	return false
}

// termScore rates a candidate: how often the guide's passages use it,
// weighed by passage, plus bonuses for the ways the essay marks a term.
func termScore(cd *candidate, weight func(*essay.Passage) float64) float64 {
	var s float64
	for _, p := range cd.Uses {
		n := len(occurrences(p.Text(), cd.Term))
		s += weight(p) * float64(min(n, maxCounted))
	}
	if cd.Idea > 0 {
		// An idea's weight counts its uses already; the guide's
		// passages only tip the balance.
		s *= ideaUseShare
	}
	return s + markedBonus(cd)
}

// ideaUseShare scales an idea's uses in the guide's passages.
const ideaUseShare = 0.25

// markedBonus is what a candidate scores for the ways the essay marks it.
func markedBonus(cd *candidate) float64 {
	var s float64
	if cd.Defined != nil {
		s += definedBonus
	}
	if cd.Quoted >= 2 {
		s += quotedBonus
	}
	if cd.Quoted > 0 && cd.Name {
		s += namedBonus
	}
	if cd.Voice {
		s += voiceBonus
	}
	// An idea's weight in the whole text, which titles and pairs of words
	// raise, counts beside its uses in the guide's passages.
	s += ideaShare * cd.Idea
	if marked(cd) {
		s += markedTier
	}
	return s
}

// markedAsTerm reports whether the text marks a candidate as a term itself:
// by defining it or quoting it.
func markedAsTerm(cd *candidate) bool {
	return cd.Defined != nil || cd.Quoted > 0
}

// marked reports whether the essay marks a candidate as a term or person:
// by defining it, dating it, quoting it, or repeating it as an idea.
func marked(cd *candidate) bool {
	multiword := len(strings.Fields(cd.Term)) > 1
	return cd.Defined != nil || (cd.Name && isYear(strings.Fields(cd.Term)[0])) ||
		cd.Quoted >= 2 || (cd.Quoted > 0 && multiword) || cd.Idea > 0
}

// passageWeights weighs each passage by its place in the guide: the
// passages that ask the questions most, then those quoted as evidence,
// then the rest; footnotes the guide does not quote weigh less.
func (b *builder) passageWeights(g *Guide) func(*essay.Passage) float64 {
	cited := map[essay.Ref]bool{}
	askers := map[essay.Ref]bool{}
	for _, th := range g.Themes {
		for _, q := range th.Questions {
			askers[q.Ref] = true
			for _, e := range q.Evidence {
				cited[e.Ref] = true
			}
		}
	}
	return func(p *essay.Passage) float64 {
		w := 1.0
		if cited[p.Ref] {
			w += evidenceWeight
		}
		if askers[p.Ref] {
			w += askerWeight
		}
		if p.Ref.Kind == essay.Note {
			w *= noteWeight
		}
		return w
	}
}

// subsumer returns the longest term that the essay marks as a term, holds
// this one and is used nearly as widely ("Red" within "Red vs expert"; but
// "democracy" stays beside "inner-party democracy"), or nil.
func subsumer(cd *candidate, all []*candidate) *candidate {
	var best *candidate
	for _, o := range all {
		if o == cd || len(o.Term) <= len(cd.Term) || !(o.Quoted > 0 || o.Defined != nil) {
			continue
		}
		if indexWord(o.Term, cd.Term) >= 0 && len(cd.Uses) < len(o.Uses)+3 && (best == nil || len(o.Term) > len(best.Term)) {
			best = o
		}
	}
	return best
}

// overlaps reports whether term is a chosen term, or one word of the same
// family as one ("democratic" beside "democracy"), or a form of a chosen
// name ("First Secretary" beside "First Secretaries"). A phrase that holds
// a chosen word ("representative democracy" beside "democracy") is a term
// of its own.
func overlaps(term string, chosen []string) bool {
	for _, c := range chosen {
		if sameHead(term, c) || shortName(term, c) || shortName(c, term) || titledName(term, c) || titledName(c, term) || numberedName(term, c) || numberedName(c, term) {
			return true
		}
		if strings.EqualFold(c, term) || strings.EqualFold(c+"s", term) || strings.EqualFold(c, term+"s") ||
			strings.EqualFold(c+"es", term) || strings.EqualFold(c, term+"es") || sameFamily(term, c) || sameFamilyPhrase(term, c) {
			return true
		}
	}
	return false
}

// titledName reports whether name a is one-word name b with a word
// before it, as a title stands before a name: "Master Pangloss",
// "Miss Cunegonde" of "Pangloss", "Cunegonde".
func titledName(a, b string) bool {
	wa := strings.Fields(a)
	return len(wa) == 2 && !strings.Contains(b, " ") && isUpper(wa[0]) && isUpper(b) && wa[1] == b
}

// numberedName reports whether name a is name b with the number that
// tells him from others of his name: "Alexander the Sixth" of
// "Alexander".
func numberedName(a, b string) bool {
	wa := strings.Fields(a)
	return len(wa) == 3 && wa[0] == b && wa[1] == "the" && regnalOrdinals[wa[2]]
}

// shortName reports whether name a is name b with words left out between
// its first and its last: "Miss Willard" of "Miss Frances Willard".
func shortName(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < 2 || len(wb) <= len(wa) || !isUpper(a) || wa[0] != wb[0] || wa[len(wa)-1] != wb[len(wb)-1] {
		return false
	}
	j := 1
	for _, w := range wb[1 : len(wb)-1] {
		if j < len(wa)-1 && w == wa[j] {
			j++
		}
	}
	return j == len(wa)-1
}

// sameFamilyPhrase reports whether two phrases of as many words are word
// for word of one family.
func sameFamilyPhrase(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || len(wa) < 2 {
		return false
	}
	for i := range wa {
		if !strings.EqualFold(wa[i], wb[i]) && !sameFamily(wa[i], wb[i]) {
			return false
		}
	}
	return true
}

// sameFamily reports whether two single words share most of their letters
// from the start: at least six, and three quarters of the shorter.
func sameFamily(a, b string) bool {
	if strings.Contains(a, " ") || strings.Contains(b, " ") {
		return false
	}
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n >= 6 && 4*n >= 3*min(len(ra), len(rb))
}

// sameHead reports whether a one-word name is the last word of a name of
// three words or more, which names the same thing: "Exposition" and
// "World's Columbian Exposition". A name of two ("Vice President") is
// often another thing than its last word, and lower-case terms
// ("democracy", "representative democracy") stay apart: a qualified term
// is a term of its own.
func sameHead(a, b string) bool {
	if strings.Contains(a, " ") == strings.Contains(b, " ") {
		return false
	}
	if strings.Contains(a, " ") {
		a, b = b, a
	}
	ws := strings.Fields(b)
	return len(ws) >= 3 && isUpper(a) && isUpper(ws[0]) && ws[len(ws)-1] == a
}

// shortFor reports whether a one-word name mostly stands for a longer
// name that ends in it ("the Exposition" for "the World's Columbian
// Exposition"): the longer one, used at least half as often, is glossed
// instead.
func shortFor(cd *candidate, all []*candidate) bool {
	if !cd.Name || strings.Contains(cd.Term, " ") {
		return false
	}
	for _, o := range all {
		if o.Name && sameHead(cd.Term, o.Term) && 2*len(o.Uses) >= len(cd.Uses) {
			return true
		}
	}
	return false
}

// everyTextSenses is how many senses WordNet knows a noun in, at least,
// for "the" and the noun to be a word of every text.
const everyTextSenses = 5

// generalTerm reports whether a term is "the" and a noun of many senses
// ("the truth", "the world"): a text sets such words in quotation marks
// for stress or as others say them, and a student knows them; the gloss
// would be a passing sentence.
func generalTerm(term string) bool {
	ws := strings.Fields(term)
	if len(ws) != 2 || strings.ToLower(ws[0]) != "the" || strings.ToLower(ws[1]) != ws[1] {
		return false
	}
	return thesaurus.Senses(terms.Stem(ws[1])) >= everyTextSenses
}

// alternative returns the term of the glossary that g defines as another
// name of cd ("is called PACT, or COVENANT", "said to be OBLIGED, or
// BOUND"), or -1. The two share one entry: the sentence glosses one
// thing, and a second entry would quote it again.
func (gl *glossary) alternative(cd *candidate, g glossing) int {
	if g.kind != Defines {
		return -1
	}
	for i, t := range gl.terms {
		if t.Kind != Defines || gl.alt[i] != nil || glossKey(t.Quote) != glossKey(g.q) {
			continue
		}
		if strings.Contains(g.q.Text, t.Term+", or "+cd.Term) || strings.Contains(g.q.Text, cd.Term+", or "+t.Term) {
			return i
		}
	}
	return -1
}

// headOf returns how the glossary heads term t of candidate cd, with
// alt, the other name its sentence gives it, in the order the sentence
// names them: "pact, or covenant".
func (b *builder) headOf(t Term, cd, alt *candidate) string {
	h := b.head(t.Term, cd)
	if alt == nil {
		return h
	}
	first, second := t.Term, alt.Term
	if h == "" {
		h = t.Term
	}
	h2 := b.head(alt.Term, alt)
	if h2 == "" {
		h2 = alt.Term
	}
	if indexWord(t.Quote.Text, second) < indexWord(t.Quote.Text, first) {
		return h2 + ", or " + h
	}
	return h + ", or " + h2
}

// head returns how the glossary heads a term, or "" to head it as the
// text writes it. A common term the text sets in capitals where it
// defines it ("LAW OF NATURE", "PACT") is set so for the eye, as a later
// text sets it in italics; one the text capitalizes as it does every
// noun ("Lawes", "Keeping Of Promise") is the same word a student writes
// in lower case. A name keeps its capitals, and so does a term a word of
// which the text never writes in lower case.
func (b *builder) head(term string, cd *candidate) string {
	ws := strings.Fields(term)
	caps := strings.ToUpper(term) == term
	if caps && !commonWords(ws) || cd.Person || cd.Name && !(caps && cd.Defined != nil) {
		// A term defined in capitals that the text never writes in
		// lower case ("PACT") reads as a name, and is none.
		return ""
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		if w != lw && !capsFunctionWords[strings.ToUpper(w)] && strings.ToUpper(term) != term && !(b.nounCaps && b.lower[lw]) {
			// Outside a text that capitalizes every noun, a capital
			// may mark a title ("the Pastoral Letter").
			return ""
		}
	}
	if lw := strings.ToLower(term); lw != term {
		return lw
	}
	return ""
}
