package guide

import (
	"slices"
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
	if subjectOpenerRe.MatchString(st.subject) || pointerRe.MatchString(st.subject) || strings.Contains(" "+st.subject+" ", " that ") || youRe.MatchString(st.subject) || clauseInSubjectRe.MatchString(st.subject) || genericSubjectRe.MatchString(st.subject) {
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
