package guide

import (
	"strings"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// clauseAfter reports whether the words after a comma open a clause of
// their own: "and", "but" or "yet" or nothing, a subject of a few words
// with no comma, and its verb ("caused many revolutions, and factions
// ensued almost everywhere", "took hunter and trader to the west, the
// exploitation of the grasses took the rancher west"). A question
// asking for the first clause's subject cannot carry the second's.
func clauseAfter(ws []string) bool {
	if len(ws) > 0 && coordinators[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	if len(ws) == 0 || !opensSubject(ws[0]) {
		return false
	}
	for i := 1; i < len(ws) && i <= maxNextSubject; i++ {
		w := strings.ToLower(strings.Trim(ws[i], `,"“”`))
		if auxRe.MatchString(w) || verbRe.MatchString(w) || i == 1 && pastVerb(ws[:i], w) || i == 1 && frequencyRe.MatchString(w) {
			// "and letters seldom come in": an adverb of frequency after
			// the subject stands before its verb.
			// A word in -ed further on may qualify a noun: "role in
			// the development of the stratum called the ...".
			return true
		}
		if strings.HasSuffix(ws[i], ",") || w != "that" && relativeOpenRe.MatchString(w) {
			// "many counties in which there is": the verb is a
			// relative clause's.
			return false
		}
	}
	return false
}

// frequencyRe is an adverb of frequency, which stands before a verb.
var frequencyRe = lazyregexp.New(`^(?:never|seldom|rarely|often|always|usually|sometimes|commonly|generally)$`)

// opensSubject reports whether a word can open the subject of a clause: a
// determiner, a pronoun, a name or a noun ("and factions ensued"), not
// a verb or an adverb that goes on the clause before ("but are lauded",
// "never proclaimed", "not one of them").
func opensSubject(w string) bool {
	if strings.HasSuffix(w, ",") || subjectOpenerRe.MatchString(w) {
		return false
	}
	lw := strings.ToLower(strings.Trim(w, `"“”`))
	switch {
	case lw == "not" || lw == "never" || auxRe.MatchString(lw) || verbRe.MatchString(lw):
		return false
	case clauseSubjects[lw] || isUpper(w):
		return true
	}
	return nounAfterNot(lw)
}

// clauseSubjects open the subject of a clause: an article, a possessive,
// a quantifier, a pronoun.
var clauseSubjects = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "no": true, "every": true, "each": true, "all": true, "both": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true,
	"many": true, "some": true, "most": true, "few": true,
	"i": true, "he": true, "she": true, "it": true, "we": true, "they": true,
}

// coordinators join two clauses; maxNextSubject bounds the subject of the
// second.
var coordinators = map[string]bool{"and": true, "but": true, "yet": true}

const maxNextSubject = 8

// gapped reports whether the words after a comma repeat two words in a
// row from before it, with no verb of their own: the second half of
// "nature, good and bad the distinctions of heaven".
func gapped(before, after []string) bool {
	seen := map[string]bool{}
	for i := 0; i+1 < len(before); i++ {
		seen[strings.ToLower(before[i]+" "+strings.Trim(before[i+1], ","))] = true
	}
	for i := 0; i+1 < len(after); i++ {
		w := strings.ToLower(after[i])
		if auxRe.MatchString(w) || verbRe.MatchString(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(after[i], ",") {
			return false
		}
		if seen[w+" "+strings.ToLower(strings.Trim(after[i+1], ","))] && !terms.IsStopword(strings.ToLower(strings.Trim(after[i+1], ","))) {
			return true
		}
	}
	return false
}

// askable reports whether the words after a verb can end a question
// asking for the subject: they ask no question of their own ("asked who,
// after marriage, should hold ..."), point to no place outside ("were
// there"), and hold no note mark.
func askable(rest []string) bool {
	joined := strings.ToLower(strings.Join(rest, " "))
	if embeddedWhRe.MatchString(joined) || strings.Contains(joined, "[") {
		return false
	}
	return strings.Trim(strings.ToLower(rest[0]), ",") != "there"
}

// embeddedWhRe is a question word inside a clause: "asked who ...",
// "in proportion as what are called ...", "to one who will attend".
var embeddedWhRe = lazyregexp.New(`\b(?:who|what|whether|how|why)\b`)

// withoutAsides drops the words between two commas: "has, in a measure,
// surrendered" is "has surrendered"; "not truth, but consistency" has no
// aside.
func withoutAsides(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		if i > 0 && strings.HasSuffix(ws[i-1], ",") {
			if j := closingComma(ws, i); j >= 0 {
				i = j
				continue
			}
		}
		out = append(out, ws[i])
	}
	return out
}

// closingComma returns where the aside that opens at ws[i] ends, at a
// word ending in a comma within asideMax words, or -1.
func closingComma(ws []string, i int) int {
	for j := i; j < len(ws) && j < i+asideMax; j++ {
		if strings.HasSuffix(ws[j], ",") {
			return j
		}
	}
	return -1
}

// asideMax bounds an aside between commas.
const asideMax = 6

// numeralRe is a number in figures, which a question asks nothing by.
var numeralRe = lazyregexp.New(`\b\d[\d,.]*\b`)

// pluralVerbRe is a plural verb later in the words a question keeps: "are
// not only permitted ..., but are lauded" keeps its "are".
var pluralVerbRe = lazyregexp.New(`\b(?:are|were|have)\b`)

// passiveAfter reports whether an adverb after a copula qualifies a
// participle ("were carefully preserved"), not the subject.
func passiveAfter(rest []string) bool {
	if len(rest) < 2 || !strings.HasSuffix(strings.ToLower(rest[0]), "ly") {
		return false
	}
	w := strings.Trim(strings.ToLower(rest[1]), `,"“”`)
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn")
}

// describable reports whether a subject says what it is without the
// sentence before: a name, or two content words ("the effect of the
// cult", not "the rule").
func (b *builder) describable(subject string) bool {
	bare := strings.Trim(trimPossessive(subject), `"“”`)
	return len(b.peopleIn(subject)) > 0 || b.isName(bare) || titled(subject) || contentWords(subject) >= 2
}

// titleRe opens a subject with a title before a name: "Mr. Lawrence",
// "Dr. Godwin", "Aunt Hester".
var titleRe = lazyregexp.New(`^(?:Mr|Mrs|Ms|Dr|Rev|Prof|St|Gen|Col|Capt|Gov|Sen|Hon)\.?\s+\p{Lu}|^(?:Miss|Misses|Messrs|Reverend|Emperor|Empress|Judge|Aunt|Uncle|Colonel|Captain|General|Governor|Senator|Bishop|Father|Mother|Sister|Brother|Lady|Lord|Sir|Master|Mistress|Professor|Doctor|Ex-Governor|President|King|Queen|Prince|Princess|Count|Baron)\s+\p{Lu}`)

// titled reports whether words are a title and a name, and nothing more:
// "Mr. Lawrence", not "Mr. Severe's place".
func titled(words string) bool {
	ws := strings.Fields(words)
	if !titleRe.MatchString(words) {
		return false
	}
	last := ws[len(ws)-1]
	return isUpper(last) && trimPossessive(last) == last
}

// personPredicate reports whether the words after a copula name a person
// by the noun that heads them ("was a stately man", "was one of the grand
// women"), so that the subject is someone; "is the parent country" names
// a country.
func personPredicate(rest []string) bool {
	head := strings.Join(rest, " ")
	if one, of, ok := strings.Cut(head, " of "); ok && strings.EqualFold(strings.Trim(one, ","), "one") {
		head = of
	}
	for _, cut := range []string{" of ", " in ", " who ", " to ", " with ", ","} {
		if i := strings.Index(head, cut); i > 0 {
			head = head[:i]
		}
	}
	ws := strings.Fields(head)
	return len(ws) > 0 && personNoun(ws[len(ws)-1])
}

// personAside reports whether a subject's aside between commas, opening
// on an article, calls it a person: "Loria,[22] the Italian economist,
// has urged ...".
func personAside(subject []string) bool {
	for i := 0; i+1 < len(subject); i++ {
		if !strings.Contains(subject[i], ",") {
			// "Loria,[22]": a note mark may follow the comma.
			continue
		}
		if !articles[strings.ToLower(subject[i+1])] {
			// "Africa, according to her colonization advocates,": an
			// aside that does not call the subject anything.
			continue
		}
		if j := closingComma(subject, i+1); j > i+1 && personNoun(subject[j]) {
			return true
		}
	}
	return false
}

// peopleRest reports whether the words after a subject's verb show that
// the subject is people: a reflexive that stands for a person ("adopted a
// policy for himself") or a person noun it is called ("lauded as
// honourable men").
func peopleRest(rest []string) bool {
	joined := strings.Join(rest, " ")
	if own, _, _ := strings.Cut(joined, " by "); !strings.HasPrefix(joined, "by ") && reflexiveRe.MatchString(own) {
		// "is best demonstrated by the universal historians ...
		// themselves": after "by", the reflexive is the agent's.
		return true
	}
	for _, m := range calledAsRe.FindAllStringSubmatch(joined, -1) {
		if personNoun(m[1]) {
			return true
		}
	}
	return false
}

// reflexiveRe is a reflexive that stands for a person; calledAsRe is "as"
// and up to three words before the noun a subject is called, in its group.
var (
	reflexiveRe = lazyregexp.New(`(?i)\b(?:himself|herself|themselves)\b`)
	calledAsRe  = lazyregexp.New(`(?i)\bas\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\b(?:[\s,;.]+(?:and|or|of|who|whom)\b|[,;.]|$)`)
)

// agent reports whether a subject that is a name does what only people do:
// "Sarah Owen read an address", "Mr. Lawrence ... reported the bill".
func (b *builder) agent(subject, verb string) bool {
	if titled(subject) {
		return true
	}
	for _, w := range strings.Fields(subject) {
		if !isUpper(w) || determiners[strings.ToLower(w)] {
			return false
		}
	}
	return agentVerbRe.MatchString(verb)
}

// agentVerbRe is a verb of saying, thinking or reading, whose subject is
// someone.
var agentVerbRe = lazyregexp.New(`^(?:said|thought|believed|argued|claimed|mused|worried|asked|answered|replied|read|wrote|spoke|moved|reported|presented|proposed|introduced|denounced|told|hoped|feared|wanted|knew|insisted|declared|signed)$`)

// negationRe is a negative adverb that can stand between a subject and
// its verb: "Law never made men ...".
var negationRe = lazyregexp.New(`^(?:never|not|seldom|rarely|hardly)$`)

// splitAdverb takes a negative adverb, or one in -ly, that ends a subject
// off it: a question keeps it before its verb ("What never made men
// ...?", "Who constantly recurs ...?"), lest it say the opposite of its
// answer or less than it.
func splitAdverb(subject string) (string, string) {
	ws := strings.Fields(subject)
	if len(ws) < 2 {
		return subject, ""
	}
	if linkingAdverbs[ws[len(ws)-1]] {
		// "And the Invader again is in the like danger of another":
		// the adverb ties the sentence to the one before; a question
		// leaves it out, and reads its subject's last word as the noun
		// it asks who or what of.
		return strings.Join(ws[:len(ws)-1], " "), ""
	}
	if last := ws[len(ws)-1]; !negationRe.MatchString(last) && !(strings.HasSuffix(last, "ly") && len(last) > 4 && isLowerWord(last)) {
		return subject, ""
	}
	return strings.Join(ws[:len(ws)-1], " "), ws[len(ws)-1]
}

// passingThing reports whether a statement asked for its subject would
// ask for a detail of a scene: a short sentence that argues nothing
// (at most passingWords words, none of the roles of a claim), whose
// subject is "the" and a common noun the text names in this passage
// only. "What fell in large flakes?", answered "The snow", tests a
// student's memory of a scene, not what the text argues or tells. A
// person, a name, a thing the text comes back to, or a sentence that
// says why or what it means ("The reformation was preceded by the
// discovery of America, as if the Almighty ...") is asked.
func (b *builder) passingThing(st statement) bool {
	ws := strings.Fields(st.subject)
	if len(ws) != 2 || !strings.EqualFold(ws[0], "the") || wordCount(st.full) > passingWords || roles(st.full)&claimRoles != 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(ws[1], `"“”,`))
	if w != ws[1] || b.human(st.subject) || thesaurus.Person(w) {
		return false
	}
	return b.spread(terms.Stem(w)) <= 1
}

// passingWords is the longest sentence passingThing reads as a detail.
const passingWords = 12

// tiesBackRe opens a sentence on a word that goes on from the one
// before it: "And", "Meanwhile", "Then".
var tiesBackRe = lazyregexp.New(`^(?:And|Meanwhile|Then|Also|Again|Likewise|Similarly|Thus|Moreover|Besides)\b`)

// sameAsBeforeRe is a phrase that compares with something the sentence
// before named: "in the like danger", "the same", "another".
var sameAsBeforeRe = lazyregexp.New(`(?i)\bthe (?:like|same|other)\b|\banother\s*$|\b(?:again|also|too|likewise)\b`)

// leansBack reports whether a statement asked for its subject would ask
// for what the sentence before named: its subject is one noun after
// "the" ("the Invader", "the interval"), and it goes on from that
// sentence, by its first word or a linking adverb ("And the Invader
// again is in the like danger of another", "Meanwhile, the interval
// did not go by unutilized"). Answered "the interval", such a question
// tells a student nothing the sentence alone can.
func leansBack(st statement) bool {
	ws := strings.Fields(st.subject)
	if len(ws) > 0 && linkingAdverbs[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) != 2 || !strings.EqualFold(ws[0], "the") {
		return false
	}
	if tiesBackRe.MatchString(strings.TrimSpace(st.full)) {
		return true
	}
	return len(ws) != len(strings.Fields(st.subject)) || sameAsBeforeRe.MatchString(strings.Join(st.rest(), " "))
}

// linkingAdverbs tie a sentence to the one before it, and may stand
// after its subject: "the Invader again is", "the rule therefore was".
var linkingAdverbs = map[string]bool{"again": true, "also": true, "too": true, "therefore": true, "thus": true, "then": true, "likewise": true, "accordingly": true, "moreover": true, "however": true, "besides": true, "indeed": true}

// pluralNext reports whether the words after a verb name several things
// ("are the distinctions of nature"), which "What are ...?" keeps.
func pluralNext(rest []string) bool {
	if len(rest) > 2 && strings.EqualFold(rest[0], "the") && manyRe.MatchString(strings.ToLower(rest[1])) {
		// "are the two Cardinall vertues".
		return true
	}
	return len(rest) > 1 && strings.EqualFold(rest[0], "the") && strings.HasSuffix(strings.Trim(rest[1], ","), "s") && !strings.HasSuffix(strings.Trim(rest[1], ","), "ss")
}

// manyRe is a number or a word of quantity that makes its noun plural.
var manyRe = lazyregexp.New(`^(?:two|three|four|five|six|seven|eight|nine|ten|twelve|many|several|few|various)$`)

// pluralPredicate reports whether the words after a copula end their
// noun phrase on a plural: "were great pirates", whose question is "Who
// were great pirates?", not "Who was great pirates?".
func pluralPredicate(rest []string) bool {
	var head []string
	for _, w := range rest {
		if passivePrepRe.MatchString(strings.ToLower(w)) {
			break
		}
		head = append(head, w)
		if strings.ContainsAny(w, ",;") {
			break
		}
	}
	if len(head) < 2 || !determiners[strings.ToLower(head[0])] && !isLowerWord(head[0]) {
		return false
	}
	last := strings.ToLower(strings.Trim(head[len(head)-1], `,;"“”`))
	return len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is") && nounAfterNot(last)
}

func copula(verb string) bool {
	return verb == "was" || verb == "were" || verb == "is" || verb == "are"
}

// modalVerbRe is a modal verb, after which a verb stands in its base form.
var modalVerbRe = lazyregexp.New(`^(?:shall|will|may|must|can|could|would|should|might)$`)

// objectStartRe opens an object a question can ask for: an article, a
// number, a plural noun, the text itself ("this article").
var objectStartRe = lazyregexp.New(`^(?:the|a|an|no|all|any|each|every|two|three|four|such|concurrent)$|^\p{Ll}{3,}s$`)

// powerRe continues a modal's verb toward what it empowers: "have power
// to lay and collect", "have concurrent power to enforce".
var powerRe = lazyregexp.New(`^have (?:concurrent )?(?:power|authority|the right) to \p{Ll}+(?: (?:and|or) \p{Ll}+)?`)
