package guide

import (
	"strings"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// askObject asks for the object of a modal verb: "The Congress shall have
// power to lay and collect taxes" asks "What shall the Congress have power
// to lay and collect?". The verb after a modal is already in its base
// form, so no verb has to be conjugated.
func (b *builder) askObject(st statement) string {
	if !modalVerbRe.MatchString(st.verb()) || st.keep != "" {
		return ""
	}
	rest := st.rest()
	if len(rest) < 2 {
		return ""
	}
	var adverbs []string
	for len(rest) > 2 && modalAdverbRe.MatchString(rest[0]) {
		// "must always possess both ability and inclination" asks "What
		// must each village always possess?", not "What must each
		// village always?".
		adverbs, rest = append(adverbs, rest[0]), rest[1:]
	}
	verb := rest[0]
	if verb == "be" || verb == "not" || !isLowerWord(verb) || verb == "have" && rest[1] == "been" || causativeRe.MatchString(verb) {
		return ""
	}
	subject := st.subject
	if !balanced(subject) || relativeRe.MatchString(subject) || personalRe.MatchString(subject) {
		return ""
	}
	group, obj := verb, strings.Trim(rest[1], `,"“”`)
	if m := powerRe.FindString(strings.Join(rest, " ")); m != "" {
		group = m
		n := len(strings.Fields(m))
		if n >= len(rest) {
			return ""
		}
		obj = strings.Trim(rest[n], `,"“”`)
	}
	if !objectStartRe.MatchString(obj) && !(obj == "this" && selfRe.MatchString(strings.Join(rest, " "))) {
		return ""
	}
	if reciprocalRe.MatchString(strings.Join(rest, " ")) {
		// "will control each other": nothing to ask for.
		return ""
	}
	if len(adverbs) > 0 {
		group = strings.Join(adverbs, " ") + " " + group
	}
	return terms.Capitalize("what " + st.verb() + " " + b.lowerFirst(subject) + " " + group + "?")
}

// causativeRe is a verb whose object does what a bare verb after it
// says: "must let the dead bury their dead" has no object a question can
// ask for alone ("What must the revolution let?").
var causativeRe = lazyregexp.New(`^(?:let|make|help|bid|see|hear|watch)$`)

// modalAdverbRe is an adverb that may stand between a modal verb and its
// verb: "must always possess", "may fairly claim".
var modalAdverbRe = lazyregexp.New(`^(?:always|never|often|still|also|ever|only|yet|soon|then|now|once|sometimes|\p{Ll}+ly)$`)

// isNumber reports whether w is written in figures or is a small number
// word: "composed of two Senators".
func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789,") == ""
}

// reciprocalRe is an object that names no one: "each other".
var reciprocalRe = lazyregexp.New(`(?i)\b(?:each other|one another)\b`)

// perfectRe is the auxiliary of a perfect passive: "have been laid in".
var perfectRe = lazyregexp.New(`^(?:has|have|had)$`)

// Prepositions a passive verb's agent or material follows.
var passivePrepRe = lazyregexp.New(`^(?:of|with|by|from|to|into|in|on|for|among)$`)

// askPassive asks what a passive verb's preposition takes: "The earth was
// strewed with brains" asks "What was the earth strewed with?"; "The
// Senate ... shall be composed of two Senators" asks "What shall the
// Senate ... be composed of?".
func (b *builder) askPassive(st statement) string {
	verb, rest := st.verb(), st.rest()
	aux := verb
	i := 0
	if modalVerbRe.MatchString(verb) {
		if len(rest) < 3 || rest[0] != "be" {
			return ""
		}
		aux, i = verb+" SUBJECT be", 1
	} else if perfectRe.MatchString(verb) && len(rest) > 2 && rest[0] == "been" {
		// "all peaceful beginnings of government have been laid in the
		// consent of the people".
		aux, i = verb+" SUBJECT been", 1
	} else if !copula(verb) {
		return ""
	}
	if i+1 >= len(rest) {
		return ""
	}
	part, prep := rest[i], strings.ToLower(rest[i+1])
	if !isLowerWord(part) || !(strings.HasSuffix(part, "ed") || strings.HasSuffix(part, "en")) || !passivePrepRe.MatchString(prep) || i+2 >= len(rest) {
		return ""
	}
	if obj := strings.Trim(rest[i+2], `,"“”`); !objectStartRe.MatchString(strings.ToLower(obj)) && !isUpper(obj) && !isNumber(obj) {
		// "diminished in proportion as ...", "manifested to its close":
		// the preposition takes no thing a student can name.
		return ""
	}
	subject := st.subject
	if personalRe.MatchString(subject) || relativeRe.MatchString(subject) || !balanced(subject) {
		return ""
	}
	wh := "What"
	if prep == "by" {
		wh = "By whom"
		if !b.human(strings.Join(rest[i+2:], " ")) {
			return ""
		}
	}
	lead := wh + " " + aux + " "
	if !strings.Contains(aux, "SUBJECT") {
		lead += "SUBJECT "
	}
	q := strings.Replace(lead, "SUBJECT", b.lowerFirst(subject), 1) + part
	if prep != "by" {
		q += " " + prep
	}
	return terms.Capitalize(st.keep + q + "?")
}

// timeWordRe finds a time in the words after a preposition: "at noon on
// the 20th day of January", "within seven years".
var timeWordRe = lazyregexp.New(`(?i)^(?:at|on|in|within|before|after|by|until|during)\s+(?:[^,;]{0,30}?\b)?(?:noon|midnight|day|days|week|weeks|month|months|year|years|hours|o'clock|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|morning|evening|night|\d{1,4}(?:st|nd|rd|th|d)?)\b`)

// askWhen asks when what a modal verb provides happens: "The terms of the
// President shall end at noon on the 20th day of January" asks "When
// shall the terms of the President end?".
func (b *builder) askWhen(st statement) string {
	if !modalVerbRe.MatchString(st.verb()) || st.keep != "" {
		return ""
	}
	rest := st.rest()
	subject := st.subject
	if personalRe.MatchString(subject) || relativeRe.MatchString(subject) || !balanced(subject) || strings.Contains(subject, ",") {
		return ""
	}
	for i := 1; i < len(rest) && i <= 4; i++ {
		if !isLowerWord(rest[i-1]) || rest[i-1] == "not" || rest[i-1] == "be" {
			return ""
		}
		if timeWordRe.MatchString(strings.Join(rest[i:], " ")) {
			return terms.Capitalize("when " + st.verb() + " " + b.lowerFirst(subject) + " " + strings.Join(rest[:i], " ") + "?")
		}
	}
	return ""
}

// becauseRe finds the reason a sentence gives after its main clause.
var becauseRe = lazyregexp.New(`,?\s+(?:because|since|for fear that|in order to)\s`)

// askWhy asks for the reason a passive statement gives: "Candide was
// driven from the castle because he had kissed Cunegonde" asks "Why was
// Candide driven from the castle?".
func (b *builder) askWhy(st statement) string {
	verb, rest := st.verb(), st.rest()
	if !copula(verb) || len(rest) < 2 || !isLowerWord(rest[0]) || !strings.HasSuffix(rest[0], "ed") {
		return ""
	}
	loc := becauseRe.FindStringIndex(st.full)
	if loc == nil {
		return ""
	}
	clause := strings.Join(rest, " ")
	at := strings.Index(st.full, clause)
	if at < 0 {
		// The main clause ended before its reason: the reason is in the
		// words of the whole after the verb.
		if at = strings.Index(st.full, rest[0]); at < 0 || at > loc[0] {
			return ""
		}
	}
	if at > loc[0] {
		return ""
	}
	asked := strings.TrimRight(st.full[at:loc[0]], ", ")
	subject := st.subject
	if personalRe.MatchString(subject) || personalRe.MatchString(asked) || !balanced(asked) {
		return ""
	}
	return terms.Capitalize(st.keep + "why " + verb + " " + b.lowerFirst(subject) + " " + asked + "?")
}
