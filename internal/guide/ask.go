package guide

import (
	"strings"
	"unicode/utf8"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
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
//
// This file reads the statement and its verbs; askabout.go asks of its
// subject, askclause.go finds the clause and the subject a question can
// stand on, and askforms.go asks the object, the passive's preposition,
// the time and the reason.

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

// Where a statement's main clause ends: a semicolon or colon, a dash, set
// close ("believers--are not a power") or spaced, or a comma before a
// clause of its own ("..., for his castle had ...", "..., and little
// Candide heard ...", "..., but one man might labour ...").
var clauseEndRe = lazyregexp.New(`,?\s*(?:;|:\s|--|—)|,\s+and\s+(?:until|unless|when|while|if|though|although|because|since)\s|,\s+but\s+(?:\p{Ll}+\s+){1,2}(?:cannot|can|could|will|would|shall|should|must|may|might|is|are|was|were|has|have|had)\s|\s+and\s+(?:the|a|an)\s+\p{Ll}+\s+(?:shall|will|may|must|was|were|is|are|had|have|has)\s|,\s+(?:for|while|whereas|though|although|so that)\s|,\s+(?:and|but|yet)\s+(?:he|she|they|I|we|it|his|her|their|the|a|an|this|that|these|no|(?:\p{Ll}+\s+)?\p{Lu}\p{L}+)\s`)

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

// frameRe opens a sentence on a frame that only vouches for the
// "that" clause after it, an aside allowed between: "It is plain then,
// by the practice of governments themselves, ..., that", "And thus we
// see, that". The clause is the statement a question asks about.
var frameRe = lazyregexp.New(`^(?:(?:And|But|So)\s+)?(?:(?:thus|therefore)\s+)?(?:[Ii]t is (?:plain|clear|evident|manifest|obvious|certain)(?:\s+then)?|(?:[Ww]e|I) (?:see|find))(?:,[^;:"“]{1,120}?)?,?\s+that\s+`)

// innerFrameRe is the author's own frame of concluding inside a
// sentence, after whatever leads up to it: "..., we have reason to
// conclude, that", "I find, that".
var innerFrameRe = lazyregexp.New(`,\s+(?:we|I)\s+(?:\p{Ll}+\s+){0,3}?(?:conclude|find|see)\s*,?\s+that\s+`)

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
	if m := frameRe.FindStringIndex(full); m != nil {
		// "It is plain then, by the practice of governments themselves
		// ..., that a child is born a subject of no country or
		// government": the statement is what the frame holds plain.
		full = full[m[1]:]
	}
	if m := innerFrameRe.FindAllStringIndex(full, -1); len(m) > 0 && !strings.ContainsAny(full[:m[len(m)-1][0]], ";:") {
		// "And thus much may suffice to shew, that ..., we have reason
		// to conclude, that all peaceful beginnings of government have
		// been laid in the consent of the people": what the author
		// concludes is the statement.
		full = full[m[len(m)-1][1]:]
	}
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
		if strings.HasSuffix(lw, "ed") && byFollows(st.words[i+1:]) {
			// "The idea shared by ...", "Old stories of occurrences
			// handed down by tradition": a participle, not the verb.
			continue
		}
		if auxRe.MatchString(lw) && i > 0 && strings.EqualFold(st.words[i-1], "to") {
			// "a king hath little more to do than ...": an infinitive.
			continue
		}
		if auxRe.MatchString(lw) {
			st.v = i
			break
		}
		if i > 0 && (verbRe.MatchString(lw) || pastVerb(st.words[:i], lw) || presentVerb(st.words[:i], strings.Trim(w, `,"“”`))) {
			if participle(st.words[i+1:]) {
				// "The offence charged was ...", "The cause lost in the
				// war is ...": the verb comes later.
				continue
			}
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
	if subjectOpenerRe.MatchString(st.subject) || pointerRe.MatchString(st.subject) || anotherRe.MatchString(st.subject) || strings.Contains(" "+st.subject+" ", " that ") || youRe.MatchString(st.subject) || clauseInSubjectRe.MatchString(st.subject) || genericSubjectRe.MatchString(st.subject) {
		// "Of more worth is one honest man ...", "The same traits ...",
		// "And now that X are no longer ...", "the king you will say":
		// no subject a question can stand on.
		return statement{}, false
	}
	if demonstrativeSubjectRe.MatchString(st.keep) {
		// "When that wore out, ...": the opening phrase points back.
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
	// subjectOpenerRe opens words that cannot be a subject: a preposition
	// or a conjunction ("Of more worth is ...", "For as in absolute
	// governments the King is ...", "on submissive shoulders sat ...").
	subjectOpenerRe = lazyregexp.New(`(?i)^(?:of|on|in|at|to|for|by|with|from|as|so|than|into|upon|and|but|or|nor|yet)\b`)
	// pointerRe is a phrase that points back to what the text said before
	// ("The same traits", "The second expedient", "as much"): a question
	// holding it cannot be read alone.
	pointerRe = lazyregexp.New(`(?i)\b(?:the (?:same|latter|former|first|second|third|other|above|following)|such|similar|likewise|as much|so much)\b`)
	// anotherRe opens a subject on "another", which leans on the
	// sentence before as "the other" does: "At the same time another
	// squadron ... was sent" asked "How does the text describe another
	// squadron?", which no student can answer without the first. It is
	// kept apart from pointerRe, which whole questions are also held to,
	// where "one another" points back at nothing.
	anotherRe = lazyregexp.New(`(?i)^(?:\S+\s+)?another\b`)
	// clauseInSubjectRe is a clause or a verb inside what would be the
	// subject: "forces whose views were", "Much hath been said",
	// "First.--That the king".
	clauseInSubjectRe = lazyregexp.New(`(?i)\b(?:who|whom|whose|which|hath|doth|been|be|being)\b|--|—`)
	// genericSubjectRe is a subject that names no one in particular ("A
	// man may grow rich ..."), or a span of time ("Near three thousand
	// years passed away ..."), which "what" does not ask for.
	genericSubjectRe = lazyregexp.New(`(?i)^(?:a|an|any|every)\s+(?:man|woman|person|one|body)$|\b(?:years|months|weeks|days|hours|centuries)$`)
	// youRe is the reader addressed: "the king you will say has ...".
	youRe = lazyregexp.New(`(?i)\b(?:you|your|ye|thou|thee)\b`)
	// demonstrativeSubjectRe is a kept opening phrase whose subject is a
	// bare demonstrative: "When that wore out".
	demonstrativeSubjectRe = lazyregexp.New(`(?i)\b(?:that|this|these|those|it)\s+(?:\p{Ll}+ed|wore|was|were|is|are|had|has|came|went|became|grew)\b`)
	// subordinateRe opens a clause that is not a sentence's main one:
	// "while the two kings were ...", "If, at the time ...", or one that
	// is the subject itself, which no question names: "Whatsoever
	// therefore is consequent to a time of Warre ..." asked "How does
	// the text describe whatsoever therefore?".
	subordinateRe = lazyregexp.New(`(?i)^(?:(?:in)?(?:so )?far as|while|when|whenever|where|wherever|as|if|though|although|because|since|after|before|until|unless|once|whereas|whatever|whatsoever|whoever|whosoever|whichever|whomsoever)\b`)
	// negativeSubjectRe opens a subject that names nothing to ask for:
	// "No State shall ...", "Neither slavery nor ...", "Few nations
	// have ...", "There is ...", "Let each colony be ...", or a negative
	// adverb that puts the verb before its subject ("Never before in all
	// history has authority ... proved so ...").
	negativeSubjectRe = lazyregexp.New(`(?i)^(?:no|neither|none|nothing|nobody|not|much|(?:very |so |too )?(?:few|little)|there|let|never|seldom|rarely|hardly|scarcely|nowhere)\b`)
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

// byFollows reports whether the words after a word in -ed open with its
// agent, "by", at once or after a particle ("handed down by").
func byFollows(after []string) bool {
	if len(after) > 0 && after[0] == "by" {
		return true
	}
	return len(after) > 1 && particles[after[0]] && after[1] == "by"
}

// particles complete a verb: "handed down", "set up", "carried out",
// "called upon", "paid for", "agreed to". Before "by" they leave the
// verb a passive participle ("agreed to by the House"); after "called"
// it summons rather than names ("called forth", "called out his
// protest", whose term is not "out his").
var particles = map[string]bool{"down": true, "up": true, "out": true, "off": true, "over": true, "away": true, "back": true, "on": true,
	"forth": true, "for": true, "upon": true, "in": true, "into": true, "to": true, "by": true}

// pastVerb reports whether w, after the words before, reads as a verb in
// the past: a word in -ed after a name or a noun, not after an article
// ("the tired man").
func pastVerb(before []string, w string) bool {
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

// presentVerb reports whether w, after the words before, reads as a
// verb in the present with a subject in the singular: a word in -s that
// general English uses mostly as a verb, after a name ("The Congressional
// Record requires more care ..."), an adverb ("Bancroft constantly
// recurs ...") or an aside closed by a comma ("Vincent, in his treatise
// ... (1911), dismisses ..."). "The Teutonic peoples" is a noun.
func presentVerb(before []string, w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "s") || !isLowerWord(w) {
		return false
	}
	for _, end := range []string{"ss", "us", "is", "ous", "'s", "’s", "ics"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	prev := before[len(before)-1]
	bare := strings.Trim(prev, `,"“”()`)
	switch {
	case strings.HasSuffix(prev, "),") || strings.HasSuffix(prev, ","):
		if len(before) < 3 {
			return false
		}
	case isUpper(bare) && len(before) > 1, strings.HasSuffix(bare, "ly") && isLowerWord(bare) && len(before) > 1:
	case isUpper(bare) && len(before) == 1 && !determiners[strings.ToLower(bare)]:
	default:
		return false
	}
	nouns, others := thesaurus.Tagged(terms.Stem(w))
	return others > nouns && others > 0
}

// participle reports whether the words after a would-be verb show it to
// be a participle qualifying the subject: a finite verb follows at once
// ("The offence charged was ..."), or after a preposition's phrase with no
// comma between ("The cause lost in the war is ...").
func participle(after []string) bool {
	if len(after) == 0 {
		return false
	}
	if auxRe.MatchString(strings.ToLower(strings.Trim(after[0], `,"“”`))) {
		return true
	}
	if !passivePrepRe.MatchString(strings.ToLower(after[0])) {
		return false
	}
	for i, w := range after[1:] {
		if strings.HasSuffix(w, ",") {
			// "The devotion to deductions ... exemplified in particular
			// cases, which is such a distinguishing sign ..., has the
			// same effect": a relative clause closed by a comma, then the
			// verb.
			return i+2 < len(after) && relativeOpenRe.MatchString(strings.ToLower(after[i+2])) && verbAfterAside(after[i+2:])
		}
		if lw := strings.ToLower(w); copula(lw) || auxRe.MatchString(lw) {
			// "The contest for power and the expansive tendency
			// furnished to the various sects by ... must have had
			// important results".
			return true
		}
		if lw := strings.ToLower(w); lw == "that" || lw == "which" || lw == "who" {
			// A verb after a relative pronoun is the relative
			// clause's.
			return false
		}
	}
	return false
}

// verbAfterAside reports whether words that open a relative clause close
// it with a comma and go on with a finite verb: "which is such a sign of
// American legal thinking, has the same effect".
func verbAfterAside(ws []string) bool {
	for i := 0; i+1 < len(ws) && i < asideMax*3; i++ {
		if strings.HasSuffix(ws[i], ",") {
			return auxRe.MatchString(strings.ToLower(ws[i+1]))
		}
	}
	return false
}

// asks returns the questions a sentence answers, best first.
func (b *builder) asks(text string) []string {
	var out []string
	if q := b.askWhatIs(strings.TrimSuffix(strings.TrimSpace(text), ".")); q != "" {
		out = append(out, q)
	}
	st, ok := b.readStatement(text)
	if !ok {
		return out
	}
	for _, ask := range []func(statement) string{b.askWhy, b.askWhen, b.askAbout, b.askPassive, b.askObject} {
		// A dash left in a question opens an aside that breaks its
		// grammar ("What must be--the Constitution ...?").
		if q := ask(st); q != "" && !strings.Contains(q, "--") && !strings.Contains(q, "—") && !endsUnfinished(q) {
			out = append(out, q)
		}
	}
	return out
}

// definiteRe opens a statement whose subject singles one thing out and
// whose copula says what it is: "The only way whereby any one divests
// himself of his natural liberty, and puts on the bonds of civil
// society, is by agreeing with other men ...". The subject, however
// long and however many commas it holds, is the question.
var definiteRe = lazyregexp.New(`^(?:(?:But|And|So|Now)\s+)?((?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:only|sole|chief|main|principal|whole|true|first|last|proper|great)\s+\p{Ll}+\b[^;:"“”()]{0,110}?),?\s+(is|was|are|were)\s+(?:by|to|that|in|the|a|an|not|nothing|but)\s`)

// oneWordAsideRe is an aside of one word, which ties a sentence to the
// one before: "The main cause, however,".
var oneWordAsideRe = lazyregexp.New(`,\s*\p{L}+(?:,|$)`)
