package guide

import (
	"strings"
	"unicode/utf8"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// A check question is made from the statement that answers it, by the
// transformations a teacher makes by hand. The statement is read once
// (readStatement): its main clause, without the clauses a semicolon or
// "and he ..." adds; an opening phrase kept in front ("In the USSR,") or
// dropped ("In fact,"); its subject, without an aside ("Candide, driven
// from paradise,"); and its finite verb. Each shape then asks what it can:
//
//   - the subject: "Who developed dictatorial habits?", "What fell in
//     large flakes?";
//   - what a source shows or a person believes: "What do transcripts of
//     ... show?";
//   - "X was never Y" as "Was X ever Y?";
//   - a time: "When was the post created?", "When shall the terms of the
//     President end?";
//   - a description: "How does the author describe the effect of ...?";
//   - the object of a modal verb, as a clause provides it: "What shall the
//     Congress have power to lay and collect?";
//   - what a passive verb's preposition takes: "What shall the Senate be
//     composed of?", "What was the earth strewed with?";
//   - a reason: "Why was Candide driven from the castle?".
//
// Every question is kept only if retrieval, asked it, finds the passage of
// its answer first (see checks).

// statement is a sentence read for the questions it answers.
type statement struct {
	// keep is an opening phrase the question keeps in front ("In the
	// USSR, "), or "".
	keep string
	// words are the main clause's words after the opening phrase, its
	// closing quotation marks kept on the last.
	words []string
	// v is where the finite verb stands in words, or -1.
	v int
	// subject is the words before the verb, without an aside.
	subject string
	// full is the whole sentence without its final period, for the shapes
	// that need what the main clause leaves out ("because ...").
	full string
}

// verb returns the finite verb, lower-cased.
func (st statement) verb() string { return strings.ToLower(st.words[st.v]) }

// rest returns the words after the verb.
func (st statement) rest() []string { return st.words[st.v+1:] }

// Where a statement's main clause ends: a semicolon or colon, a dash, or a
// comma before a clause of its own ("..., for his castle had ...", "...,
// and little Candide heard ...").
var clauseEndRe = lazyregexp.New(`\s*(?:;|:\s| -- | — )|\s+and\s+(?:the|a|an)\s+\p{Ll}+\s+(?:shall|will|may|must|was|were|is|are|had|have|has)\s|,\s+(?:for|while|whereas|though|although|so that)\s|,\s+(?:and|but|yet)\s+(?:he|she|they|I|we|it|his|her|their|the|a|an|this|that|these|no|(?:\p{Ll}+\s+)?\p{Lu}\p{L}+)\s`)

// mainClause returns text up to the end of its first main clause, or all
// of it; a clause shorter than minClauseWords is no statement of its own.
func mainClause(text string) string {
	loc := clauseEndRe.FindStringIndex(text)
	if loc == nil || wordCount(text[:loc[0]]) < minClauseWords || strings.HasSuffix(text[:loc[0]], " that") {
		// "... show that, though at times ...": the clause goes on.
		return text
	}
	return text[:loc[0]]
}

const minClauseWords = 4

// readStatement reads a sentence for check questions, or reports that it
// is not a statement to ask about.
func (b *builder) readStatement(text string) (statement, bool) {
	text = strings.TrimSpace(text)
	closers := ""
	for len(text) > 0 && strings.ContainsAny(text[len(text)-1:], `"'`) || strings.HasSuffix(text, "”") || strings.HasSuffix(text, "’") {
		_, size := utf8.DecodeLastRuneInString(text)
		closers = text[len(text)-size:] + closers
		text = text[:len(text)-size]
	}
	if !strings.HasSuffix(text, ".") {
		return statement{}, false
	}
	full := strings.TrimSuffix(text, ".")
	body := mainClause(full)
	if body == full {
		body += closers
	}
	if !balanced(body) {
		return statement{}, false
	}
	st := statement{full: full}
	body = introRe.ReplaceAllString(body, "")
	if m := keptIntroRe.FindStringSubmatch(body); m != nil && wordCount(m[1]) <= maxIntroWords {
		st.keep = m[1] + ", "
		body = body[len(m[0]):]
	}
	st.words = strings.Fields(body)
	st.v = -1
	for i, w := range st.words {
		lw := strings.ToLower(strings.Trim(w, `,"“”`))
		if i+1 < len(st.words) && st.words[i+1] == "by" && strings.HasSuffix(lw, "ed") {
			// "The idea shared by ...": a participle, not the verb.
			continue
		}
		if auxRe.MatchString(lw) || i > 0 && (verbRe.MatchString(lw) || b.pastVerb(st.words[:i], lw)) {
			st.v = i
			break
		}
	}
	if st.v < minSubjectWords || st.v > maxSubjectWords || st.v+1 >= len(st.words) {
		return statement{}, false
	}
	st.subject = withoutAside(strings.Join(st.words[:st.v], " "))
	if st.subject == "" || strings.Contains(st.subject, ",") || subordinateRe.MatchString(st.subject) || negativeSubjectRe.MatchString(st.subject) || dummySubjectRe.MatchString(st.subject) {
		return statement{}, false
	}
	if rest := st.rest(); relativeOpenRe.MatchString(strings.ToLower(rest[0])) {
		// "A man entered who could hardly ...": the relative clause is
		// the subject's, out of its place.
		return statement{}, false
	}
	return st, true
}

var (
	// subordinateRe opens a clause that is not a sentence's main one:
	// "while the two kings were ...", "If, at the time ...".
	subordinateRe = lazyregexp.New(`(?i)^(?:while|when|whenever|as|if|though|although|because|since|after|before|until|unless|once|whereas)\b`)
	// negativeSubjectRe opens a subject that names nothing to ask for:
	// "No State shall ...", "Neither slavery nor ...", "Few nations
	// have ...", "There is ...", "Let each colony be ...".
	negativeSubjectRe = lazyregexp.New(`(?i)^(?:no|neither|none|nothing|nobody|not|few|little|there|let)\b`)
	relativeOpenRe    = lazyregexp.New(`^(?:who|whom|whose|which|that)$`)
	// dummySubjectRe ends a subject that is no subject: "In most cases
	// there is ...".
	dummySubjectRe = lazyregexp.New(`(?i)\b(?:there|it)$`)
)

// maxIntroWords bounds an opening phrase a question keeps.
const maxIntroWords = 16

// withoutAside takes an aside between commas off a subject: "Candide,
// driven from terrestrial paradise," is Candide. A subject that ends on a
// comma any other way is no subject.
func withoutAside(subject string) string {
	if !strings.HasSuffix(subject, ",") {
		return subject
	}
	head, _, ok := strings.Cut(subject, ",")
	if !ok || wordCount(head) == 0 || wordCount(head) > 4 {
		return ""
	}
	return head
}

// pastVerb reports whether w, after the words before, reads as a verb in
// the past: a word in -ed after a name or a noun, not after an article
// ("the tired man").
func (b *builder) pastVerb(before []string, w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || !isLowerWord(w) {
		return false
	}
	prev := strings.Trim(before[len(before)-1], `,"“”`)
	switch strings.ToLower(prev) {
	case "be", "been", "being", "to", "let":
		return false
	}
	if strings.HasSuffix(before[len(before)-1], ",") {
		// "Candide, all benumbed, dragged": the verb after the aside.
		return false
	}
	if determiners[strings.ToLower(prev)] || adjectival([]string{prev}) && !isUpper(prev) {
		return false
	}
	return true
}

// asks returns the questions a sentence answers, best first.
func (b *builder) asks(text string) []string {
	st, ok := b.readStatement(text)
	if !ok {
		return nil
	}
	var out []string
	for _, ask := range []func(statement) string{b.askWhy, b.askWhen, b.askAbout, b.askPassive, b.askObject} {
		if q := ask(st); q != "" {
			out = append(out, q)
		}
	}
	return out
}

// leansOutside reports whether a question holds a word that points to
// something it does not name: a pronoun, "this" or "here". A possessive
// in a question that asks who stands for the one asked for ("Who seemed
// worthy of his father?"), and "this article" for the text itself.
func leansOutside(q string) bool {
	q = strings.TrimSuffix(q, "?")
	q = selfRe.ReplaceAllString(q, "")
	ws := strings.Fields(q)
	if len(ws) > 1 && ws[0] == "Who" {
		q = ownRe.ReplaceAllString(q, "")
	}
	return personalRe.MatchString(q)
}

// askAbout asks for the subject, or what the subject shows or is.
func (b *builder) askAbout(st statement) string {
	subject, ws, v := st.subject, st.words, st.v
	if v == 1 && len(b.peopleIn(subject)) == 0 && !b.isName(strings.Trim(trimPossessive(subject), `"“”`)) {
		// "It is clear", "All is lost": one word that names nothing.
		return ""
	}
	if relativeRe.MatchString(subject) || verbInSubjectRe.MatchString(subject) || secondClauseRe.MatchString(strings.Join(ws[v:], " ")) || strings.ContainsAny(subject, "!?") || whRe.MatchString(subject) {
		return ""
	}
	if strings.Contains(" "+subject+" ", " one ") || !balanced(subject) || personalRe.MatchString(subject) || strings.Contains(subject, " that ") && reportVerbRe.MatchString(st.verb()) {
		return ""
	}
	subject, adverb := splitAdverb(subject)
	verb, rest, keep := st.verb(), st.rest(), st.keep
	if adverb != "" {
		verb = adverb + " " + verb
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
		return terms.Capitalize(keep + "how does " + b.whoSays() + " describe " + b.lowerFirst(subject) + "?")
	}
	wh := "What"
	if b.human(subject) {
		wh = "Who"
	}
	if s, ok := singular[verb]; ok && !pluralNext(rest) {
		verb = s
	}
	q := wh + " " + verb + " " + strings.Join(rest, " ") + "?"
	if keep != "" {
		q = keep + b.lowerFirst(q)
	}
	return terms.Capitalize(q)
}

// negationRe is a negative adverb that can stand between a subject and
// its verb: "Law never made men ...".
var negationRe = lazyregexp.New(`^(?:never|not|seldom|rarely|hardly)$`)

// splitAdverb takes a negative adverb that ends a subject off it: a
// question keeps it before its verb ("What never made men ...?"), lest it
// say the opposite of its answer.
func splitAdverb(subject string) (string, string) {
	ws := strings.Fields(subject)
	if len(ws) < 2 || !negationRe.MatchString(ws[len(ws)-1]) {
		return subject, ""
	}
	return strings.Join(ws[:len(ws)-1], " "), ws[len(ws)-1]
}

// pluralNext reports whether the words after a verb name several things
// ("are the distinctions of nature"), which "What are ...?" keeps.
func pluralNext(rest []string) bool {
	return len(rest) > 1 && strings.EqualFold(rest[0], "the") && strings.HasSuffix(strings.Trim(rest[1], ","), "s") && !strings.HasSuffix(strings.Trim(rest[1], ","), "ss")
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
	verb := rest[0]
	if verb == "be" || verb == "not" || !isLowerWord(verb) || verb == "have" && rest[1] == "been" {
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
	return terms.Capitalize("what " + st.verb() + " " + b.lowerFirst(subject) + " " + group + "?")
}

// reciprocalRe is an object that names no one: "each other".
var reciprocalRe = lazyregexp.New(`(?i)\b(?:each other|one another)\b`)

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
