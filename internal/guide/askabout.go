package guide

import (
	"slices"
	"strings"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// askWhatIs asks what the thing a definite subject singles out is: "What
// is the only way whereby any one divests himself of his natural
// liberty?". A subject that holds a verb of its own in the past or a
// second clause is left to askAbout.
func (b *builder) askWhatIs(full string) string {
	m := definiteRe.FindStringSubmatch(introRe.ReplaceAllString(full, ""))
	if m == nil || !balanced(m[1]) || wordCount(m[1]) < 4 {
		return ""
	}
	subject := strings.TrimSuffix(m[1], ",")
	commas := strings.Count(m[0][strings.Index(m[0], m[1]):], ",")
	if commas%2 == 1 || whRe.MatchString(subject) || oneWordAsideRe.MatchString(subject) {
		// One comma opens an aside the copula ends, or a list the
		// question would cut short.
		return ""
	}
	return terms.Capitalize("what " + m[2] + " " + b.lowerFirst(subject) + "?")
}

// endsUnfinished reports whether a question stops on a word that joins
// it to words it left out: "Who rushed at the bell-pull, tore back a
// small sliding shutter, and?"
func endsUnfinished(q string) bool {
	ws := strings.Fields(strings.TrimSuffix(q, "?"))
	if len(ws) == 0 {
		return true
	}
	last := strings.ToLower(strings.Trim(ws[len(ws)-1], `,;:"“”'’`))
	if len(ws) >= 2 && articleRe.MatchString(strings.ToLower(ws[len(ws)-2])) && isLowerWord(last) && notNoun(last) {
		// "Who has subjoined a curious?": the cut at ", though
		// imperfect, description" left the article's noun out.
		return true
	}
	return unfinishedRe.MatchString(last)
}

// notNoun reports whether WordNet's tagged texts use w mostly as some
// other part of speech than a noun ("curious"); a word they do not know
// ("persecutor") may be one.
func notNoun(w string) bool {
	nouns, others := thesaurus.Tagged(terms.Stem(strings.ToLower(w)))
	return others > nouns
}

// articleRe is an indefinite article, which a noun must follow.
var articleRe = lazyregexp.New(`^(?:a|an)$`)

// unfinishedRe is a last word that leaves its phrase open: a conjunction,
// an article or a preposition that takes an object.
var unfinishedRe = lazyregexp.New(`^(?:and|or|but|nor|the|a|an|of|to|with|from|at|by|in|on|than|as|which|who|whose|that)$`)

// leansOutside reports whether a question holds a word that points to
// something it does not name: a pronoun, "this" or "here". A possessive
// in a question that asks who stands for the one asked for ("Who seemed
// worthy of his father?"), and "this article" for the text itself.
func leansOutside(q string) bool {
	q = strings.TrimSuffix(q, "?")
	q = selfRe.ReplaceAllString(q, "")
	ws := strings.Fields(q)
	if len(ws) > 1 && ws[0] == "Who" && !kinOfAnotherRe.MatchString(q) {
		q = ownRe.ReplaceAllString(q, "")
	}
	if loc := anyoneRe.FindStringIndex(q); loc != nil {
		// "whereby any one divests himself of his natural liberty": the
		// pronoun stands for the anyone the question names.
		q = q[:loc[1]] + boundRe.ReplaceAllString(q[loc[1]:], "")
	}
	return personalRe.MatchString(q) || pointerRe.MatchString(q)
}

// boundRe is a pronoun of a person, which after "any one" or "every
// man" stands for them.
var boundRe = lazyregexp.New(`(?i)\b(?:he|him|his|himself)\b`)

// askAbout asks for the subject, or what the subject shows or is.
func (b *builder) askAbout(st statement) string {
	subject, ws, v := st.subject, st.words, st.v
	if v == 1 && len(b.peopleIn(subject)) == 0 && !b.isName(strings.Trim(trimPossessive(subject), `"“”`)) && !nounSubject(subject) {
		// "It is clear", "All is lost": one word that names nothing.
		// "Government is every where antecedent to records" names a
		// thing a student can give.
		return ""
	}
	if bare := strings.ToLower(strings.Trim(subject, `"“”`)); !strings.Contains(bare, " ") && adjectiveEndRe.MatchString(bare) && !mostlyNoun(bare) {
		// "Various, too, were the obstacles which ...": the sentence
		// is inverted, and its subject comes after the verb.
		return ""
	}
	if relativeRe.MatchString(subject) || verbInSubjectRe.MatchString(subject) || secondClauseRe.MatchString(strings.Join(ws[v:], " ")) || strings.ContainsAny(subject, "!?") || whRe.MatchString(subject) {
		return ""
	}
	if strings.Contains(" "+subject+" ", " one ") || !balanced(subject) || personalRe.MatchString(subject) || strings.Contains(subject, " that ") && reportVerbRe.MatchString(st.verb()) {
		return ""
	}
	if bare := strings.Trim(subject, `"“”`); trimPossessive(bare) != bare {
		// "Now Agamemnon's was a continental power": a subject that ends
		// on a possessive stands for a thing of his the sentence before
		// named.
		return ""
	}
	if leansBack(st) || b.passingThing(st) {
		return ""
	}
	subject, adverb := splitAdverb(subject)
	verb, rest, keep := st.verb(), cutTail(st.rest()), st.keep
	if adverb != "" {
		verb = adverb + " " + verb
	}
	if len(rest) == 0 || !askable(rest) {
		return ""
	}
	if copula(verb) && len(rest) > 1 && strings.EqualFold(rest[0], "not") && (articles[strings.ToLower(rest[1])] || nounAfterNot(rest[1])) {
		// "The main cause ... was not the industrial backwardness of
		// Russia": asked for its subject, a denial makes a riddle
		// ("What was not the industrial backwardness ...?") with no
		// one answer.
		return ""
	}
	if copula(verb) && len(rest) > 1 && strings.EqualFold(rest[0], "not") && strings.EqualFold(strings.Trim(rest[1], ","), "only") && !slices.Contains(rest, "but") {
		// "the Constitution is not only the work of the whole people,
		// but it also bears ...": asked for its subject, the question
		// keeps the "not only" and loses the "but" clause, which has a
		// subject of its own.
		return ""
	}
	if copula(verb) && len(rest) > 1 && certainAdjs[strings.ToLower(rest[0])] && strings.ToLower(rest[1]) == "that" {
		// "The indications are clear that Rome at no time ceased to
		// control the sea": what the sentence says is in its "that"
		// clause; asked for its subject, it makes "What is clear that
		// Rome ...?"
		return ""
	}
	if copula(verb) && placeAdverbs[strings.ToLower(strings.TrimRight(rest[0], ",;"))] {
		// "The explosive materials are everywhere in parcels": asked
		// for its subject, a sentence that says only where something
		// is makes a riddle ("What is everywhere in parcels?").
		return ""
	}
	if copula(verb) && superlativeRe.MatchString(subject) {
		// "Easily the most striking thing in the history of ... is the
		// ascendancy of Mr. Booker T. Washington": asked for its
		// subject, the question reads as asking what the ascendancy is;
		// the superlative is what the sentence answers.
		wh := "what"
		if isUpper(strings.Trim(rest[0], `"“`)) && !determiners[strings.ToLower(rest[0])] || personPredicate(rest) {
			wh = "who"
		}
		return terms.Capitalize(keep + wh + " " + verb + " " + b.lowerFirst(subject) + "?")
	}
	if copula(verb) && isUpper(strings.Trim(rest[0], `"“`)) && !determiners[strings.ToLower(rest[0])] {
		// "The young man's name was Ned Roberts": asked for the subject,
		// the question gives its answer away and asks for a description.
		return ""
	}
	switch {
	case reportVerbRe.MatchString(verb) && len(rest) > 0 && strings.TrimRight(rest[0], ",") == "that":
		return keep + b.askWhatReported(subject, verb)
	case copula(verb) && len(rest) > 1 && rest[0] == "never":
		return terms.Capitalize(keep + verb + " " + b.lowerFirst(subject) + " ever " + strings.Join(rest[1:], " ") + "?")
	case (verb == "was" || verb == "were") && timeVerb(rest) >= 0:
		i := timeVerb(rest)
		return terms.Capitalize(keep + "when " + verb + " " + b.lowerFirst(subject) + " " + rest[i] + "?")
	case copula(verb) && len(rest) > 0 && !determiners[strings.ToLower(strings.Trim(rest[0], `"“”`))] && adjectival(rest):
		if passiveAfter(rest) || !b.describable(subject) {
			// "were carefully preserved" is done to the subject, not said
			// of it; "the rule" alone does not say which.
			return ""
		}
		return terms.Capitalize(keep + "how does " + b.whoSays() + " describe " + b.lowerFirst(subject) + "?")
	}
	if contentWords(numeralRe.ReplaceAllString(keep+strings.Join(withoutAsides(st.words[st.v : st.v+1+len(rest)])[1:], " "), "")) < minRestContent {
		// "What has, in a measure, surrendered?" asks only a verb.
		return ""
	}
	wh := "What"
	if b.human(subject) || b.agent(subject, verb) || peopleRest(rest) || personAside(ws[:v]) || pluralVerbRe.MatchString(verb) && peoplePlural(subject) {
		// A plural verb after a singular head ("The present generation
		// of Southerners are") speaks of the people its phrase names.
		wh = "Who"
	}
	if v == 1 && nounSubject(subject) && (secondCopulaRe.MatchString(strings.Join(rest, " ")) || strings.Contains(strings.ToLower(strings.Join(rest, " ")), strings.ToLower(subject))) {
		// "Money is great but manhood is greater", "Ambition must be
		// made to counteract ambition": a second clause, or the answer
		// given away.
		return ""
	}
	if v == 1 && nounSubject(subject) && !personNoun(subject) && !b.human(subject) {
		// "Truth is always in harmony with herself": a thing the text
		// personifies is still what.
		wh = "What"
	}
	if copula(verb) && wh == "Who" && strings.EqualFold(rest[0], "the") && !personPredicate(rest) && !titled(subject) {
		// "Britain is the parent country": a place or a thing is what.
		wh = "What"
	}
	if copula(verb) {
		rest = predicateFirst(rest)
	}
	if s, ok := singular[verb]; ok && !pluralNext(rest) && !pluralVerbRe.MatchString(strings.Join(rest, " ")) && !(copula(verb) && pluralPredicate(rest)) {
		verb = s
	}
	q := wh + " " + verb + " " + strings.Join(rest, " ") + "?"
	if keep != "" {
		q = keep + b.lowerFirst(q)
	}
	return terms.Capitalize(q)
}

// secondCopulaRe is a second finite verb of being in the words after a
// verb: the clause of another subject.
var secondCopulaRe = lazyregexp.New(`\b(?:is|are|was|were)\b`)

// nounSubject reports whether a word standing alone as a subject is a
// noun in general English, not a pronoun or a word of quantity.
func nounSubject(w string) bool {
	lw := strings.ToLower(w)
	return isUpper(w) && !terms.IsStopword(lw) && !determiners[lw] && !clauseSubjects[lw] && len(lw) > 3 && mostlyNoun(lw) && !notNoun(lw)
}

// predicateFirst puts the noun a copula names before a short phrase
// that stood between them: "are in warre the two Cardinall vertues"
// asks "What are the two Cardinall vertues in warre?", not "What is in
// warre the two Cardinall vertues?".
func predicateFirst(rest []string) []string {
	if len(rest) < 4 || !frontPrepRe.MatchString(strings.ToLower(rest[0])) {
		return rest
	}
	for i := 2; i <= 3 && i < len(rest)-1; i++ {
		if strings.ContainsAny(rest[i-1], ",;:") {
			return rest
		}
		if strings.EqualFold(rest[i], "the") {
			out := append([]string(nil), rest[i:]...)
			return append(out, rest[:i]...)
		}
	}
	return rest
}

// frontPrepRe opens a short phrase of place or time that may stand
// before the noun a copula names.
var frontPrepRe = lazyregexp.New(`^(?:in|at|on|among|amongst|during|under)$`)

// superlativeRe opens a subject that ranks what the sentence names: "the
// most striking thing", "Easily the greatest danger".
var superlativeRe = lazyregexp.New(`^(?:\p{Lu}\p{Ll}+ly\s+)?(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:(?:most|least)\s+\p{L}+|best|worst|greatest|largest|highest|gravest|chief|main|principal)\b`)

// certainAdjs say how sure a "that" clause after them is.
var certainAdjs = map[string]bool{"clear": true, "plain": true, "evident": true, "certain": true, "sure": true, "likely": true, "probable": true, "obvious": true, "manifest": true, "apparent": true, "true": true, "possible": true, "doubtful": true, "unlikely": true}

// nounAfterNot reports whether the word after "is not" opens a noun
// phrase rather than an adjective: "is not truth, but consistency", not
// "is not responsible".
func nounAfterNot(w string) bool {
	w = strings.ToLower(strings.Trim(w, `,;"“”`))
	if w == "" || terms.IsStopword(w) || adjectiveEndRe.MatchString(w) {
		return false
	}
	nouns, others := thesaurus.Tagged(terms.Stem(w))
	return nouns > others
}

// adjectiveEndRe ends an adverb or an adjective, which a stem shared
// with a noun ("responsible", "response") would otherwise hide.
var adjectiveEndRe = lazyregexp.New(`(?:ly|ible|able|ous|ful|ive|al|ic|ent|ant|less|ish|ary|ed)$`)

// placeAdverbs say where something is without naming a place.
var placeAdverbs = map[string]bool{
	"everywhere": true, "nowhere": true, "somewhere": true, "anywhere": true,
	"elsewhere": true, "here": true, "abroad": true,
}

// minRestContent is the fewest content words a question asking for its
// subject holds after its verb, asides aside.
const minRestContent = 2

// tailRe opens, after a comma, what a question asking for the subject
// cannot carry: a clause of its own ("..., in which time there have been
// ...", "..., when Lucretia Mott ... will address", "..., so in free
// countries ...", "..., and so the grand series of ... began"), a
// participle's phrase ("..., approving cordially"), a
// parenthesis ("..., say some"), or a second subject ("..., and another to
// read").
var tailRe = lazyregexp.New(`(?i)^(?:which|who|whom|whose|when|where|while|whereas|though|although|because|since|if|unless|until|till|so|nor|that|there|as(?: \p{L}+)? (?:the|a|an|in|are|is|was|were)|in which|from whom|by which|of which|and (?:another|the other|others)|and (?:so|then|thus|therefore|hence|yet)|but (?:if|when|though|although|because|since|unless)|\p{Ll}{3,}ing)\b`)

// reportedTailRe closes a statement with who says it: "..., say some".
var reportedTailRe = lazyregexp.New(`(?i)^(?:say|says|said|think|thinks)\b`)

// cutTail cuts the words after a verb at a comma that opens what a
// question cannot carry (see tailRe), or where the words go on in a
// clause that leaves out its verb: "are the distinctions of nature, good
// and bad the distinctions of heaven".
func cutTail(rest []string) []string {
	for i := 0; i+1 < len(rest); i++ {
		if !strings.HasSuffix(rest[i], ",") {
			continue
		}
		after := strings.Join(rest[i+1:], " ")
		if strings.HasPrefix(strings.ToLower(after), "nor ") && strings.Contains(strings.ToLower(strings.Join(rest[:i+1], " ")), "neither") {
			// "neither shoes, stockings, jackets, nor trousers": one list.
			continue
		}
		if reportedTailRe.MatchString(after) {
			// "Britain is the parent country, say some": a view the
			// text reports, not its own; no question stands on it.
			return nil
		}
		if tailRe.MatchString(after) || gapped(rest[:i+1], rest[i+1:]) || clauseAfter(rest[i+1:]) {
			out := append([]string(nil), rest[:i+1]...)
			out[i] = strings.TrimSuffix(out[i], ",")
			if openPhrase(out) {
				return nil
			}
			return out
		}
	}
	return rest
}

// openPhrase reports whether words cut at a comma end inside a phrase,
// on a preposition and a word that qualifies the noun the aside put off:
// "retrieved in abbreviated, because revolutionary, method the lessons"
// asked "what retrieved in abbreviated?".
func openPhrase(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	prep := strings.ToLower(ws[len(ws)-2])
	last := ws[len(ws)-1]
	return prepositionRe.MatchString(prep) && isLowerWord(last) && notNoun(last)
}

// prepositionRe is a preposition that takes a noun phrase.
var prepositionRe = lazyregexp.New(`^(?:of|to|with|from|at|by|in|on|into|upon|for)$`)
