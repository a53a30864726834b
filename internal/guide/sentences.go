package guide

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	split "studyguide/internal/sentence"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// role is a bit set of what a sentence does: the guide fits its prompts,
// its evidence and its summary to it.
type role uint16

const (
	// defines: the sentence says what a word means ("that is", "called").
	defines role = 1 << iota
	// hedges: the author offers the claim tentatively ("might suggest").
	hedges
	// flat: the author states it without qualification ("In fact").
	flat
	// reports: the sentence gives someone else's view ("X seems to
	// believe", "it could be argued").
	reports
	// contrasts: it sets one thing against another ("rather than").
	contrasts
	// explains: it gives a cause or a consequence ("because", "led to").
	explains
	// judges: it passes judgment ("false", "a tragedy", "essential").
	judges
	// supposes: it says what would or could have happened.
	supposes
	// dates: it places something in time (a year, a decade).
	dates
	// cites: it names a source (documents, memoirs, "according to").
	cites
	// meta: it speaks of the text itself ("this essay", "the questions
	// above") rather than of its subject.
	meta
	// owns: the author speaks in the first person ("I suspect").
	owns
	// uncertain: it says that something cannot be known.
	uncertain
	// prescribes: it says what should be done or what something is for
	// ("should be done away with", "returning it to").
	prescribes
	// studies: it speaks of how the past is studied or written (histories,
	// scholars, research, a paradigm) rather than of the past itself.
	studies
)

func (r role) has(x role) bool { return r&x != 0 }

// Cues that mark what a sentence does. They are English function words
// and phrases, never a text's own subject words.
var (
	definesRe    = lazyregexp.New(`(?i)\bmeans?\b|\bmeant\b|\brefers? to\b|\bis defined as\b|\bcalled\b|\btermed\b|\bknown as\b|,\s*that is,|\bi\.\s?e\.|\bin other words\b|\bthe (?:term|word|phrase|idea of)\b`)
	hedgesRe     = lazyregexp.New(`(?i)\bmight\b|\bmay\b|\bperhaps\b|\bperchance\b|\bmaybe\b|\bpossibly\b|\bprobably\b|\bseems?\b|\bseemed\b|\bappears? to\b|\bapparently\b|\barguably\b|\bI suspect\b|\bI suggest\b|\bI think\b|\blikely\b|\bsuggests?\b`)
	flatRe       = lazyregexp.New(`(?i)\bin fact\b|\bclearly\b|\bcertainly\b|\bsurely\b|\bindeed\b|\bof course\b|\bno doubt\b|\binevitably\b|\bundoubtedly\b|\bmust have\b|\bit follows\b|\bnever\b|\bthe fundamental\b|\bthere is no\b|\bwithout question\b`)
	contrastsRe  = lazyregexp.New(`(?i)\brather than\b|\binstead\b|\bnot\b[^.;:]{1,80}\bbut\b|\bwhereas\b|\bunlike\b|\bin contrast\b|\bon the other hand\b|\bvs\.?\s|\bversus\b|\bdistinction between\b|\bcontradiction between\b|\bdifference between\b`)
	explainsRe   = lazyregexp.New(`(?i)\bbecause\b|\bsince\b|\btherefore\b|\bthus\b|\bhence\b|\bas a result\b|\bled to\b|\bleads? to\b|\bcaused?\b|\bcauses\b|\breasons?\b|\bfollowed from\b|\bfollows from\b|\bresult(?:ed|s)? (?:in|from)\b|\bin order to\b|\bdue to\b|\breflected\b|\breflects?\b|\bstem(?:s|med)? from\b|\bso that\b|, so\b|\bjustified\b|\bnecessary to\b`)
	judgesRe     = lazyregexp.New(`(?i)\bfalse\b|\bfalsehood\b|\bmistaken\b|\bmistakes?\b|\bwrong\b|\berrors?\b|\btragedy\b|\btragic\b|\bharmful\b|\bfatal\s+(?:mistake|mistakes|error|errors|blunder|flaw|weakness|step|policy|decision|consequences?)\b|\bfatal and\b|\b(?:is|was|be|been|are|were|so|too|proved?|proves)\s+fatal\b|\bfatally\b|\bauthoritarian\b|\banti-democratic\b|\bartificial\b|\bdeceptive\b|\bessential\b|\bnecessary\b|\bdecisive\b|\bbest\b|\bworst\b|\bfundamental\b|\bfruitful\b|\badequately\b|\bfail(?:ed|ure)?\b|\bsuccess(?:ful)?\b|\blies\b|\bmisled\b|\bdistorted\b|\bunconvincing\b|\bdangerous\b|\bunjust\b|\bevil\b|\btyrann(?:y|ical)\b|\bdespotism\b|\babsurd\b|\bwise\b|\bfoolish\b`)
	supposesRe   = lazyregexp.New(`(?i)\b(?:would|could|might|should)(?: not|n't)? have\b|\beven if\b|\bif\b[^.;]{1,80}\bwould\b`)
	datesRe      = lazyregexp.New(`\b1[0-9]{3}s?\b(?:[^ \p{L}]|\s+[^\p{Lu}]|$)|\b20[0-9]{2}s?\b|'[0-9]0s\b|\b(?:early|late|mid)[ -](?:'?[0-9]0s|[a-z]+ century)\b|\b(?:eighteenth|nineteenth|twentieth|seventeenth|sixteenth) century\b|\bduring the [A-Z]`)
	citesRe      = lazyregexp.New(`(?i)\btranscripts?\b|\bdocuments?\b|\barchives?\b|\bmemoirs?\b|\bdiar(?:y|ies)\b|\bletters?\b|\brecords?\b|\bconversations? with\b|\binterviews?\b|\baccording to\b|\bcited in\b|\bfull text\b|\bnewspapers?\b|\bresearch\b|\btestimony\b|\bsources?\b|\bevidence\b|\breports?\b|\bquotes\b|\bdrawn on\b`)
	metaRe       = lazyregexp.New(`(?i)\bthis (?:essay|article|paper|chapter|book|study|section)\b|\b(?:questions?|points?) (?:above|below)\b|\bhere and below\b|\breported here\b|\bwill strike\b|\bthe reader\b|\bany reader\b|\bevery reader\b`)
	ownsRe       = lazyregexp.New(`\b(?:I|my|My|mine)\b`)
	prescribesRe = lazyregexp.New(`(?i)\bshould\b|\bshall\b|\bmay not\b|\bought to\b|\bneeds? to\b|\bthe (?:solution|answer|task)\b|\breturning\b|\bremoving\b|\bgetting [^.;]{1,40}\bout of\b|\bdone away with\b`)
	studiesRe    = lazyregexp.New(`(?i)\bhistor(?:y|ies|ians?|iography|ical)\b|\bscholars?\b|\bresearch(?:ers)?\b|\bparadigms?\b|\bre-?interpret\w*|\bcanonical\b`)
	uncertainRe  = lazyregexp.New(`(?i)\b(?:can|could|will|shall)(?: never|not|n't)(?: really)? know\b|\bcannot be (?:known|verified)\b|\bwe (?:can|will) never know\b|\bremains? (?:unknown|unclear)\b|\bno one knows\b`)
)

// reportVerbs follow a name whose view a sentence gives.
const reportVerbs = `(?:seems?\s+to\s+|seemed\s+to\s+|appears?\s+to\s+)?(?:believes?|believed|thinks?|thought|says|said|argues|argued|claims?|claimed|contends?|contended|maintains?|maintained|insists?|insisted|holds|held|attributes?|attributed|mused|worried|reports?|reported|states?|stated|writes|wrote|suggests?|suggested|denies|denied|assumes?|assumed|considers?|considered|perceives?|recogni[sz](?:es?|ed))\b`

var (
	// reportsRe finds a view given as someone else's: a capitalized name
	// (or two joined by "and"), or one of several left unnamed ("Another
	// man says", "One historian says", or a group an "of" phrase tells:
	// "critics of the Russian failure contend"), and a verb of saying or
	// believing, or an impersonal report ("it will be said that", an
	// objection the author answers).
	reportsRe = lazyregexp.New(`(?:\b\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’-]+)*(?:\s+and\s+\p{Lu}[\p{L}'’-]+)?|\b(?:[Aa]nother|[Oo]ne|[Ss]ome|[Oo]ther)(?:\s+\p{Ll}+)?|\b(?:[Ss]cholars|[Hh]istorians|[Cc]ritics|[Rr]esearchers|[Ss]ocialists)(?:\s+of(?:\s+[\p{L}'’-]+){1,3})?|\b(?:[Mm]any|[Ss]ome|[Oo]thers|[Tt]hey|[Tt]he \p{L}+s))\s+` + reportVerbs + `|(?i)\bit (?:could|can|might|may|will|must) be (?:argued|said|urged|objected|alleged)\b|\bit is (?:said|alleged|urged|objected)\b|\bhad been thought\b|\bwas thought\b|\b(?:is|are|was|were) said to\b|\baccording to \p{Lu}|\bin the view of\b|\bas it appears \p{Lu}`)
	// notOthers are capitalized words before a report verb that are not
	// someone else: the author, sentence openers.
	// impersonalRe is a report that names no one: "It will be said that
	// ...", an objection the author answers.
	impersonalRe = lazyregexp.New(`(?i)^it (?:could|can|might|may|will|must) be \p{L}+|^it is (?:said|alleged|urged|objected)`)
	// An article before a noun is no one: "The state of a king shuts him
	// ..." reads "state" as a verb after a name.
	notOthers = map[string]bool{"I": true, "We": true, "It": true, "This": true, "That": true, "He": true, "She": true, "They": true, "There": true, "Here": true,
		"The": true, "A": true, "An": true}
)

// sentence is one sentence of the corpus with what the guide knows of it.
type sentence struct {
	p *essay.Passage
	// i is the sentence's index in p.Sentences.
	i    int
	text string
	// stems are the sentence's content stems, each once, weighed 1 in the
	// main clause and asideWeight inside a dash or bracket aside.
	stems map[string]float64
	// heard are the stems a question's evidence is matched on, where
	// they differ from stems (see readSenses); nil where they do not.
	heard map[string]float64
	// pos holds the places of each stem among the sentence's words.
	pos map[string][]int
	// words are the sentence's lower-case content words, for matching word
	// families ("leader" and "leadership").
	words []string
	roles role
	// leans is how much the sentence leans on what came before it: 0 when
	// it stands alone, 1 for a demonstrative ("this plan", "Likewise"), 2
	// for a pronoun that names someone it does not ("He was stymied").
	leans    int
	n        int
	question bool
	// note is the footnote the sentence marks, or 0.
	note int
	// shouts is true for a sentence in capitals, a heading the parser
	// kept as text: never quoted as a claim.
	shouts bool
	// run, for a sentence that leans on a pronoun, is the run of sentences
	// it is quoted in, itself last (see linkRuns); referent holds the stems
	// of the name its pronoun stands for.
	run      []*sentence
	referent map[string]float64
	// referentAt is the place of the pronoun among the sentence's words.
	referentAt int
	// voiced is true for a sentence that gives what others demand or
	// hold in the author's words without naming them (the answer to
	// "what will convince them?", the sentence after "All men, say they,
	// ..."): quoted only with those words said to be theirs.
	voiced bool
	// quoted is true for a sentence of another writer's words that the
	// author quotes (see markQuoted); quotes names that writer, or "".
	quoted bool
	quotes string
	// opens is true for a quoted sentence that names its writer itself
	// as it opens the quotation ("Jomini says: "...").
	opens bool
}

// asideWeight weighs the words of a dash or bracket aside: a term named in
// passing there says less about what the sentence claims.
const asideWeight = 0.5

// Leaning levels.
const (
	standsAlone = 0
	leansLight  = 1
	leansHard   = 2
)

// analyze reads every sentence of the corpus.
//
//   - lower, midCaps: the corpus's lowerWords and midSentenceCaps.
func analyze(c *essay.Corpus, lower, midCaps map[string]bool) []*sentence {
	var out []*sentence
	namesIn := func(text string) []string { return names(text, lower, midCaps) }
	for _, p := range c.Passages {
		var ss []*sentence
		for i, s := range p.Sentences {
			st := newSentence(p, i, s)
			st.leans = leaningIn(s.Text, lower)
			ss = append(ss, st)
		}
		linkRuns(ss, namesIn)
		linkForward(ss)
		markVoiced(ss)
		markAsideGoesOn(ss)
		markNamedAfter(ss)
		markAdopted(ss)
		markQuoted(p, ss)
		out = append(out, ss...)
	}
	markObjections(out)
	return out
}

func newSentence(p *essay.Passage, i int, s essay.Sentence) *sentence {
	st := &sentence{p: p, i: i, text: s.Text, question: s.Question, note: s.Note, n: wordCount(s.Text)}
	st.stems = stemsOutsideAsides(s.Text)
	st.pos = map[string][]int{}
	for i, w := range terms.Words(s.Text) {
		if !terms.IsStopword(w) {
			st.words = append(st.words, w)
			stem := terms.Stem(w)
			st.pos[stem] = append(st.pos[stem], i)
		}
	}
	readSenses(st)
	st.roles = roles(s.Text)
	st.leans = leaning(s.Text)
	st.shouts = essay.MostlyCapitals(s.Text)
	return st
}

// relativeModalRe is a modal verb that a relative pronoun opens: what
// may be holds of the noun before it, not of the sentence's claim.
// So does a set concession: "(be it what it may)", "be that as it may",
// "come what may".
var relativeModalRe = lazyregexp.New(`(?i)\b(?:which|that|who|whom)\s+(?:may|might)\b|\bbe (?:it|that|they) (?:what|as) (?:it|they) (?:may|might)\b|\bcome what may\b`)

// concessionRe is a concessive clause that "may" or "might" opens no
// hedge in: "Plain as the truth may seem", "strange as it might appear".
var concessionRe = lazyregexp.New(`(?i)\b\p{L}+ as (?:\p{L}+ ){1,3}(?:may|might) (?:seem|be|appear|sound)\b`)

// formulaModalRe is "may" in a writer's formula of pointing out, which
// hedges nothing: "Among the centers may be mentioned the following",
// "it may be noted that"; nor does "may be more than" (Beard's "may be
// more than repeated" says more, not less).
var formulaModalRe = lazyregexp.New(`(?i)\b(?:may|might) (?:also |here |well )?be (?:mentioned|noted|named|cited|added|observed|remarked|said in passing|listed|instanced)\b|\b(?:may|might) (?:well )?be (?:more than|even more|still more)\b`)

// claimHedged reports whether a sentence, or a sentence of its run,
// offers its claim as a possibility, for a prompt that says so: its
// hedge is more than the "may" or "might" of what anyone could see or
// find (see withoutObservableModal) or of a concession (concedingAsRe). The hedges role stays as it is for
// choosing claims, where "The same traits of character might be seen in
// the colonel's slaves, as are seen in ..." is an argument.
func claimHedged(s *sentence) bool {
	texts := []string{s.text}
	for _, r := range s.run {
		texts = append(texts, r.text)
	}
	for _, t := range texts {
		t = permissionModalRe.ReplaceAllString(concedingAsRe.ReplaceAllString(t, " "), " ")
		if roles(withoutObservableModal(t)).has(hedges) {
			return true
		}
	}
	return false
}

// permissionModalRe is "may" of leave or right, which doubts nothing:
// Locke's "he may dispose, or settle it, as he pleases" and "he may
// indeed annex such conditions ... as may oblige his son", Hobbes's
// "whatsoever I may lawfully do", "The Congress may by law provide",
// and a writer's leave to put a thing so ("if I may so express it",
// "It may be answered that"); and "may" before a verb of choosing or
// of granting power, which leaves a choice to someone ("from whom the
// House of Representatives may choose a President", "the legislature
// of any State may empower the executive thereof", "as the legislature
// may direct"). Each was offered to students "as a possibility".
var permissionModalRe = lazyregexp.New(`(?i)\b(?:may|might)\s+(?:(?:indeed|also|then|therefore|freely)\s+)?(?:lawfully|rightfully|justly|legally|legitimately|by\s+(?:law|right)\b)|\bmay\s+(?:(?:also|then|freely|at\s+any\s+time)\s+)?(?:choose|elect|select|appoint|empower|authorize|authorise|direct|prescribe|ordain)\b|\b(?:may|might)\b[^.;:?!]{1,60}?\bas\s+(?:he|she|they|it|we|you|I|one)\s+(?:pleases|please|pleased|likes|like|liked|thinks?\s+(?:fit|good|proper|best)|sees?\s+fit|chooses?)\b|\bif\s+(?:I|we)\s+may\s+(?:so\s+)?(?:say|express|call|put|speak|term)\b|\bit\s+may\s+be\s+(?:answered|replied)\b|\bsuch\b[^.;:?!]{1,80}?\bas\s+(?:may|might)\b|\bmay\s+indeed\b`)

// concedingAsRe is a concession of any verb: "cruel as the deed may
// strike any one to be, ... it is often the dictate of humanity" grants
// the cruelty, and hedges nothing of the claim after it. (concessionRe
// knows only "seem", "be", "appear" and "sound".)
var concedingAsRe = lazyregexp.New(`(?i)\b\p{L}+ as (?:\p{L}+ ){1,4}?(?:may|might) \p{L}+`)

// withoutObservableModal takes out "may" or "might" of what anyone
// could see or find ("Children ..., almost naked, might be seen at all
// seasons of the year", "The same traits ... might be seen in the
// colonel's slaves"): the old idiom tells what was there to be seen,
// and doubts nothing. "might be seen as" construes, and stays a hedge.
func withoutObservableModal(text string) string {
	return observableModalRe.ReplaceAllStringFunc(text, func(m string) string {
		if strings.HasSuffix(strings.ToLower(m), " as") {
			return m
		}
		return " "
	})
}

// observableModalRe is "may" or "might" before a passive of seeing or
// finding, and the word after it.
var observableModalRe = lazyregexp.New(`(?i)\b(?:may|might)\s+(?:\p{Ll}+ly\s+|still\s+|yet\s+|often\s+|also\s+)?be\s+(?:seen|found|observed|heard|witnessed|met with)(?:\s+as)?\b`)

// purposeModalRe is "may" or "might" in a clause of purpose, which
// says what an act is for and doubts nothing: "I answer by placing first
// an account ..., that no one may ever have to ask", "so that it might
// be read".
var purposeModalRe = lazyregexp.New(`(?i)(?:,\s*|\bso |\bin order )that\s+(?:\p{L}+\s+){1,3}?(?-i:may|might)\b`)

// monthMayRe is the month, which hedges nothing: "that met on May 4,
// 1848".
var monthMayRe = lazyregexp.New(`\bMay\s+\d`)

// qualifierHedgeRe is "apparently" or "seemingly" between a determiner
// and what it qualifies ("the apparently elusive—the life of a people"):
// it says how a thing looks, and leaves the sentence's claim unhedged.
var qualifierHedgeRe = lazyregexp.New(`(?i)\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+(?:apparently|seemingly)\b`)

// concedeButRe is a modal that concedes what a "but" after it, in the
// same sentence, answers: "with some effort one may even conceive that
// ...; but how a book ... is incomprehensible". The claim is what comes
// after "but", and the modal hedges none of it.
var concedeButRe = lazyregexp.New(`(?i)\b(?:may|might)\s+(?:even|well|indeed)\b[^.;:?!]*[;,]\s*(?:but|yet)\b`)

// scopeRe is a clause that bounds a thing by what it needs or suits ("as
// is necessary for a charter to contain", "whatever is essential to it",
// "as may be necessary"): it says how much, and passes no judgment.
var scopeRe = lazyregexp.New(`(?i)\b(?:as|whatever|so far as|in so far as)\s+(?:is|are|was|were|be|may be|shall be|might be|seems?|seemed|shall seem|may seem)\s+(?:\p{L}+ly\s+)?(?:necessary|essential|best|needful|requisite|wise|fit|proper)\b`)

// effortRe is the idiom of trying hard ("doing their best to keep up"):
// it tells what someone did, and its "best" judges nothing.
var effortRe = lazyregexp.New(`(?i)\b(?:do|does|did|doing|done|try|tried|tries|trying)\s+(?:\p{L}+\s+)?(?:his|her|its|their|our|my|your|one's)\s+(?:very\s+)?best\b`)

// roles finds what a sentence does.
// roleCues are the roles a cue word of the sentence itself gives, each
// with the words that cue it (see roles).
var roleCues = []struct {
	re *lazyregexp.Regexp
	r  role
}{
	{definesRe, defines}, {hedgesRe, hedges}, {flatRe, flat}, {contrastsRe, contrasts},
	{explainsRe, explains}, {judgesRe, judges}, {supposesRe, supposes}, {datesRe, dates},
	{citesRe, cites}, {metaRe, meta}, {ownsRe, owns}, {uncertainRe, uncertain}, {prescribesRe, prescribes}, {studiesRe, studies},
}

func roles(text string) role {
	var r role
	for _, c := range roleCues {
		t := text
		if c.r == hedges {
			// "Plain as the truth may seem, ...": a concession, not a
			// hedge of the claim that follows; nor does a modal in a
			// relative clause hedge the claim ("events which may be
			// attributed to it", "interests which may be objectively
			// determined"), nor does a formula of pointing out ("may be
			// mentioned").
			t = concessionRe.ReplaceAllString(text, "")
			t = relativeModalRe.ReplaceAllString(t, "")
			t = formulaModalRe.ReplaceAllString(t, "")
			t = purposeModalRe.ReplaceAllString(t, "")
			t = monthMayRe.ReplaceAllString(t, "")
			t = qualifierHedgeRe.ReplaceAllString(t, "")
			t = concedeButRe.ReplaceAllString(t, "")
		}
		if c.r == judges {
			// "with such other matter as is necessary for a charter to
			// contain": a clause of scope, which judges nothing; nor
			// does "the rich doing their best to ...".
			t = scopeRe.ReplaceAllString(text, "")
			t = effortRe.ReplaceAllString(t, "")
		}
		if c.re.MatchString(t) {
			r |= c.r
		}
	}
	if reported(text) {
		r |= reports
	}
	return r
}

// givesCause reports whether a sentence, or a sentence of its run, gives
// a cause or a consequence that a prompt can ask for: explainsRe finds
// one once the cues that give none are taken out (see
// withoutCauselessCues). The explains role stays as it is for choosing
// claims and evidence; only a prompt that says the sentence gives a
// cause asks this.
func givesCause(s *sentence) bool {
	texts := []string{s.text}
	for _, r := range s.run {
		texts = append(texts, r.text)
	}
	for _, t := range texts {
		if explainsRe.MatchString(withoutCauselessCues(t)) {
			return true
		}
	}
	return false
}

// withoutCauselessCues takes out of text the words explainsRe reads as
// a cause or a consequence that give none: a "so" that compares ("not
// ... a respect for the law, so much as for the right", "as in absolute
// governments the King is law, so in free countries ..."), a "thus"
// of manner ("The mass of men serve the state thus, not as men") and a
// "since" of time ("since I came to the north", withoutTemporalSince). The
// guide asked "What cause or reason does this sentence give?" of each.
func withoutCauselessCues(text string) string {
	text = withoutTemporalSince(text)
	text = comparingSoRe.ReplaceAllString(text, " ")
	text = correlativeSoRe.ReplaceAllString(text, " ")
	return mannerThusRe.ReplaceAllStringFunc(text, func(m string) string {
		if linkWords[strings.ToLower(strings.Fields(m)[0])] {
			// "and thus, in the end, ...": a conclusion.
			return m
		}
		return " "
	})
}

var (
	// comparingSoRe is "so" in a comparison of degree: "so much as",
	// "so far as", "so long as".
	comparingSoRe = lazyregexp.New(`(?i),\s+so\s+(?:much|many|far|long|little|few|as|to speak)\b`)
	// correlativeSoRe is "as ..., so ...", which likens two things.
	correlativeSoRe = lazyregexp.New(`(?i)\bas\s[^;:.!?]{1,150}?,\s+so\b`)
	// mannerThusRe is a "thus" that ends its clause after the word
	// before it: "serve the state thus, not as men", "it was thus.".
	mannerThusRe = lazyregexp.New(`(?i)\b\p{L}+\s+thus\s*[,;:.!?]`)
)

// linkWords join a clause to what went before; a "thus" after one
// draws a conclusion.
var linkWords = map[string]bool{"and": true, "but": true, "or": true, "nor": true, "yet": true, "so": true}

// Cues of words the author puts in others' mouths.
var (
	// asksWantRe is a question of what would satisfy someone, or what
	// they want: "what will convince them?", "what do they demand?". The
	// sentences that answer it give their demands, not the author's.
	asksWantRe = lazyregexp.New(`(?i)\bwhat (?:will|would|can|could|does|do|did|is it that) (?:\p{L}+ ){0,2}(?:satisfy|convince|content|please|appease)\b|\bwhat (?:do|does|did|will|would) (?:they|you|he|she|\p{Lu}\p{L}+) (?:want|wish|demand|require|ask|expect)\b`)
	// demandRe is an answer that goes on listing what must be done.
	demandRe = lazyregexp.New(`(?i)\bmust\b|\bshall\b|\bshould\b|\bought\b|\bcease\b|\bwill not be (?:tolerated|allowed|suffered)\b`)
	// youSayRe opens a sentence on what someone addressed or spoken of
	// says or demands: "You say we are sectional."
	youSayRe = lazyregexp.New(`(?i)^(?:\S+\s+){0,3}?(?:you|they) (?:say|said|demand|demanded|insist|insisted|contend|allege|tell us|would have us)\b`)
)

// markVoiced marks, in one passage's sentences, those that give what
// others say or demand in the author's words: a sentence that opens on
// "you say" or "they demand", and the answer to a question of what
// would satisfy them ("what will convince them? This, and this only:
// cease to call slavery wrong ... Senator Douglas's new sedition law must
// be enacted ..."): the sentence after the question, and those after it
// in its block that go on saying what must be done. Lincoln's
// Cooper Union guide once gave the sedition law he puts in his opponents'
// mouths as his own claim.
func markVoiced(ss []*sentence) {
	answering, block := false, -1
	for i, s := range ss {
		b := s.p.Sentences[s.i].Block
		if youSayRe.MatchString(s.text) {
			s.roles |= reports
		}
		switch {
		case s.question:
			answering, block = asksWantRe.MatchString(s.text), b
		case !answering || b != block:
			answering = false
		case ss[i-1].question || demandRe.MatchString(s.text):
			s.roles |= reports
			s.voiced = true
		default:
			answering = false
		}
	}
}

// markAsideGoesOn marks, in one passage's sentences, those that go on
// giving a view whose speaker an aside named ("All men, say they, are
// born under government ... Every one is born a subject to his father
// ..."): the sentences after it in its block, until one turns to the
// author (see authorTurnRe) or asks a question. Locke's guide read the
// second sentence of the objection he goes on to answer as his own.
func markAsideGoesOn(ss []*sentence) {
	for i, s := range ss {
		loc := saysAsideRe.FindStringIndex(s.text)
		if loc == nil || len(strings.Fields(s.text[:loc[0]])) > reportLead {
			continue
		}
		block := s.p.Sentences[s.i].Block
		for _, next := range ss[i+1:] {
			if next.p.Sentences[next.i].Block != block || next.question || authorTurnRe.MatchString(next.text) {
				break
			}
			next.roles |= reports
			next.voiced = true
		}
	}
}

// markNamedAfter marks, in one passage's sentences, one that the next
// names as someone's words: "The demands of the Parisian proletariat are
// utopian tom-fooleries that have to be done away with. To this
// declaration of the constitutional national assembly, the Paris
// proletariat answers ..." gives the assembly's view, in words the
// author mocks, which the guide once asked as the text's own
// description.
func markNamedAfter(ss []*sentence) {
	for i := 0; i+1 < len(ss); i++ {
		if ss[i].p.Sentences[ss[i].i].Block == ss[i+1].p.Sentences[ss[i+1].i].Block && namedWordsRe.MatchString(ss[i+1].text) {
			ss[i].roles |= reports
			ss[i].voiced = true
		}
	}
}

// markAdopted clears, in one passage's sentences, the others' view of
// one whose tenet the author goes on to reason from: a school's belief
// told in the present, unhedged ("Jivagoists believe that the state will
// be run by some class or other ..."), and the next sentence of its
// block drawing a conclusion from it ("This in turn suggests that ...").
// The author speaks as one of them, and a counterpoint that called it
// "others' rather than the author's" set him against his own premise.
func markAdopted(ss []*sentence) {
	for i := 0; i+1 < len(ss); i++ {
		s, next := ss[i], ss[i+1]
		if !s.roles.has(reports) || s.voiced || s.p.Sentences[s.i].Block != next.p.Sentences[next.i].Block {
			continue
		}
		if tenetRe.MatchString(s.text) && infersRe.MatchString(next.text) {
			s.roles &^= reports
		}
	}
}

// tenetRe opens a sentence on a school's belief, told in the present as
// what its members hold: "Jivagoists believe that", "Socialists hold
// that". A name in the singular or a verb in the past tells one
// writer's view, which the author reports.
var tenetRe = lazyregexp.New(`^(?:(?:All|Most|Many)\s+)?\p{Lu}\p{Ll}+(?:ists|ians|ans|ites)\s+(?:believe|hold|teach|maintain|argue|think|say|assume|insist|contend)\s+that\b`)

// infersRe opens a sentence that draws a conclusion from the one before
// it: "This in turn suggests that", "It follows that", "Hence".
var infersRe = lazyregexp.New(`^(?:(?:This|That)\s+(?:in turn\s+|therefore\s+|then\s+)?(?:suggests|shows|means|implies|indicates)\b|It (?:therefore |then )?follows\b|(?:Hence|Therefore|Thus|Consequently)\b)`)

// namedWordsRe opens a sentence on a pointer to the words before it as
// someone's: "To this declaration of the assembly", "This demand of the
// workers". Not "this view of the subject", which is mostly the
// author's own.
var namedWordsRe = lazyregexp.New(`(?i)^(?:\S+\s+){0,2}(?:this|that|these|such)\s+(?:declaration|statement|assertion|cry|demand|slogan|proclamation|decree|verdict|charge|accusation|reply|answer)s?\s+(?:of|by)\s`)

// authorTurnRe is a sentence in which the author speaks again after the
// view he gave: in the first person, or opening on a turn ("But", "It is
// plain", "And if there are moments when we may resist ...").
var authorTurnRe = lazyregexp.New(`(?i)\b(?:I|me|my|we|us|our)\b|^(?:\S+\s+)?(?:but|yet|however|nevertheless|now|it is (?:plain|clear|evident|true|certain|manifest)|this|that|these|those|so|thus|hence)\b`)

// saysAsideRe is a speaker named in an aside, after the words he is
// given: "All men, say they, are born ...", "History, says Froude, does
// teach ...".
var saysAsideRe = lazyregexp.New(`,\s+(?:says|said|say|writes|wrote|observes|adds)\s+(?:they|he|she|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}),`)

// objectionRe announces objections the sentences after it give: "To
// this I find two objections made.", "The other objection I find urged
// against the beginning of polities ... is this, viz."
var objectionRe = lazyregexp.New(`(?i)\bobjections?\b.*\b(?:made|urged|raised|brought|alleged|offered|is this,?\s*viz)\.?\s*$|\bobjections?\b.*:\s*$`)

// ordinalRe opens the second or a later of a numbered series: "Secondly,".
var ordinalRe = lazyregexp.New(`^(?:Secondly|Thirdly|Fourthly|Fifthly|Lastly|Second|Third|Fourth|Fifth|In the second place|In the third place)\b`)

// markObjections marks as others' views the objections a text announces
// and then gives: the sentence after the announcement, wherever its
// paragraph begins, and those after it that go on numbering them
// ("Secondly, It is impossible of right, that men should do so ...").
// Locke's objectors' reasoning was asked of as his own ("Which link does
// the author assume rather than show?").
func markObjections(ss []*sentence) {
	open := false
	for i, s := range ss {
		switch {
		case i > 0 && !ss[i-1].question && objectionRe.MatchString(ss[i-1].text) && !s.question:
			open = true
		case open && ordinalRe.MatchString(s.text) && !s.question:
		default:
			open = false
			continue
		}
		s.roles |= reports
	}
}

// reportLead is how many words may come before the report that makes a
// sentence someone else's view: "In conversations with Felix Chuev the
// aged Smith mused". A report further in, or inside an aside ("-- as it
// appears X thought"), qualifies the author's own claim instead.
const reportLead = 8

// heardSaidRe gives a view the author has heard from others, to answer
// it: "I have heard it asserted by some, that as America hath flourished
// under her former connexion with Great-Britain, that the same connexion
// is necessary ..."; or one he imagines someone putting to him ("if any
// one should say: ..., I answer: ..."), whose words are the objector's
// until the answer.
var heardSaidRe = lazyregexp.New(`(?i)\b(?:heard|been told)\s+(?:it\s+)?(?:said|asserted|argued|urged|alleged|maintained|contended|affirmed)\b|\bit (?:is|has been) (?:asserted|argued|contended|maintained|affirmed)\b|\bif\s+(?:any\s?one|some\s?one|anybody|somebody)\s+(?:should|shall|will|were to)\s+(?:say|reply|object|urge|argue|allege)\b`)

// objectOpeners open a phrase whose name is no subject.
var objectOpeners = map[string]bool{"in": true, "of": true, "to": true, "on": true, "into": true, "from": true, "with": true, "by": true, "for": true, "at": true, "the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true}

// reported reports whether a sentence gives someone else's view: its main
// clause reports what someone believes or says.
func reported(text string) bool {
	if loc := saysAsideRe.FindStringIndex(text); loc != nil && len(strings.Fields(text[:loc[0]])) <= reportLead {
		// "All men, say they, are born under government": the speaker
		// stands in an aside after the first words he is given.
		return true
	}
	main, _ := splitAsides(text)
	if heardSaidRe.MatchString(main) {
		return true
	}
	for _, m := range reportsRe.FindAllStringIndex(main, -1) {
		who := strings.Fields(main[m[0]:m[1]])
		if len(who) == 0 || notOthers[who[0]] && !impersonalRe.MatchString(main[m[0]:m[1]]) {
			continue
		}
		if ws := strings.Fields(main[:m[0]]); len(ws) > 0 && objectOpeners[strings.ToLower(ws[len(ws)-1])] {
			// "represents in Negro thought the old attitude": after a
			// preposition the name qualifies a noun, and "thought" is
			// that noun.
			continue
		}
		if ws := strings.Fields(main[:m[0]]); len(ws) > 0 && subordinators[strings.ToLower(ws[len(ws)-1])] || len(who) > 1 && subordinators[strings.ToLower(who[0])] {
			// "When Hallam wrote his chapter on James II, France was
			// ...": the name opens a clause that dates the main one,
			// whose claim is the author's.
			continue
		}
		if len(strings.Fields(main[:m[0]])) <= reportLead {
			return true
		}
	}
	return false
}

// subordinators open a clause of time, which dates the main clause; a
// clause of reason ("because they thought ...") may still give a view.
var subordinators = map[string]bool{"when": true, "whenever": true, "while": true, "after": true, "before": true, "until": true, "once": true, "where": true}

// stemsOutsideAsides weighs the stems of text: 1 in its main clause,
// asideWeight between paired dashes or inside brackets.
func stemsOutsideAsides(text string) map[string]float64 {
	out := map[string]float64{}
	add := func(span string, w float64) {
		for _, s := range terms.Stems(span) {
			if out[s] < w {
				out[s] = w
			}
		}
	}
	main, asides := splitAsides(text)
	add(asides, asideWeight)
	add(main, 1)
	return out
}

// splitAsides separates the words of text between paired " -- " dashes or
// in parentheses from the rest.
func splitAsides(text string) (main, asides string) {
	var m, a strings.Builder
	depth := 0
	dash := false
	for i := 0; i < len(text); {
		switch {
		case strings.HasPrefix(text[i:], " -- ") || strings.HasPrefix(text[i:], " — ") || strings.HasPrefix(text[i:], " – "):
			// An aside is a pair of dashes; a lone dash opens a tail that
			// runs to the sentence's end, which still belongs to it.
			if dash || strings.Count(text[i+1:], "--")+strings.Count(text[i+1:], "—")+strings.Count(text[i+1:], "–") >= 2 {
				dash = !dash
			}
			_, size := utf8.DecodeRuneInString(text[i+1:])
			i += 1 + size
			continue
		case text[i] == '(':
			depth++
		case text[i] == ')' && depth > 0:
			depth--
			i++
			continue
		}
		if depth > 0 || dash {
			a.WriteByte(text[i])
		} else {
			m.WriteByte(text[i])
		}
		i++
	}
	return m.String(), a.String()
}

// Words that make a sentence lean on the one before it.
var (
	// pronounRe finds personal pronouns that stand for someone named
	// elsewhere.
	pronounRe = lazyregexp.New(`\b(?:he|she|they|him|her|them|his|hers|their|theirs|He|She|They|Him|Her|Them|His|Hers|Their|Theirs)\b`)
	// itRe finds "it" at a sentence's start, which stands for something
	// named before unless it is the empty subject of "it is ... that".
	itRe = lazyregexp.New(`^(?:(?:But|And|Nor|Yet|So|Or|Instead|Still|Then|Clearly|Finally),?\s+(?:though,\s+)?)?(?:It|it)\b`)
	// earlyItRe is "it" as the subject of an opening question-like
	// inversion: "Nor does it indicate".
	// passiveItRe is "it" as the subject of a passive verb that goes on
	// to say by what or on what: it stands for something named before,
	// however a "that" later in the sentence reads ("It is based in the
	// first instance on the doctrine advanced by Jhering that law does
	// not "grow"").
	passiveItRe = lazyregexp.New(`^(?:(?:But|And|Nor|Yet|So|Or|Then),?\s+)?(?:It|it)\s+(?:is|was|has been|had been|will be)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+(?:in|on|upon|by|from|with|of|to)\b`)
	earlyItRe   = lazyregexp.New(`^(?:\S+\s+){1,2}it\b`)
	// toBeItRe is "it" before "is to be" and a participle: "It is to be
	// found in the whole Socialist conception of revolution itself" says
	// where the thing named before is found, not "it is ... to do".
	toBeItRe = lazyregexp.New(`^(?:(?:But|And|Nor|Yet|So|Or|Then),?\s+)?(?:It|it)\s+(?:is|was)\s+(?:not\s+)?to be\s+\p{Ll}+(?:ed|en|wn|nd|ght)\b`)
	// forItRe is "it" as the subject of an infinitive early in a
	// sentence: "It was necessary for it to advance and broaden" leans on
	// what the sentence before names, though its first "it" is empty.
	forItRe = lazyregexp.New(`^(?:\S+\s+){1,6}for it to\b`)
	// demonstrativeRe finds words pointing back: "this plan", "these
	// venues", "Likewise", "From there".
	demonstrativeRe = lazyregexp.New(`\b(?:[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch)\b|^(?:That|Likewise|Then|Also|Moreover|Furthermore|Still|Thus|Hence|Therefore|From there|In turn|Again|Instead|Similarly|If so|Some|Insomuch that|So that)\b|^(?:But|And|Nor|Yet)\s+(?:they|he|she|it|this|that)\b`)
	// objectItRe is "it" as what a verb of knowing or telling takes: in
	// a short sentence ("I never shall forget it whilst I remember any
	// thing.") it is all the sentence speaks of, and it was named before.
	objectItRe = lazyregexp.New(`(?i)\b(?:forget|forgot|remember|remembered|saw|see|seen|heard|hear|knew|know|felt|feel|describe|described|witnessed|witness|understand|understood|tell|told|bear|bore|endure|endured)\s+it\b`)
	// endsOnThatRe is a sentence ending on "that" and the noun it points
	// to: in a short sentence ("I can never forget that day.") it is all
	// the sentence speaks of, and it was named before.
	endsOnThatRe = lazyregexp.New(`\s[Tt]hat\s+\p{Ll}+[.!;]?["”’]?$`)
	// asSeenRe is "as he saw it", an idiom whose "it" is the matter at
	// hand, not a thing named before.
	asSeenRe = lazyregexp.New(`(?i)\bas\s+\p{L}+\s+(?:saw|sees|see|knew|knows|understood|understands|felt|feels|remembered|remembers|told|tells)\s+it\b`)
	// formerRe is "the former" or "the latter" standing for a thing
	// named before ("In a stable despotism the former takes place"):
	// the sentence cannot be read alone.
	// "The later hath not so" is the old spelling.
	formerRe = lazyregexp.New(`\b[Tt]he (?:former|latter|later)\s+(?:is|was|are|were|has|had|hath|doth|takes|took|may|must|can|will|would|should|could|being)\b`)
	// answersRe opens a sentence on an answer to, or a reversal of, the
	// one before it: "On the contrary it is a very mild expression ...",
	// "Nay, ...". What it answers is not in it. A "Yes" or "No" that
	// opens an address ("Yes, my countrymen, I own to you that ...")
	// affirms the author's own claim, which reads alone.
	answersRe = lazyregexp.New(`^(?:(?:But|And)\s+)?(?:(?:On the contrary|Quite the contrary|Quite the reverse|Just the reverse|Just the opposite|Far from it|Nay)\b|(?:Not so|Not at all|By no means)[,;:.!])`)
	// bareCountRe is a count standing for things named before, with no
	// noun of its own: "The two together numbered two hundred and twenty
	// ships", "Both were sent to Sicily" ("The two armies met" names
	// them); so is a whole or a part of them ("The whole might amount to
	// thirty thousand souls", "The rest were sent home": of what?).
	bareCountRe = lazyregexp.New(`^(?:(?:But|And|Yet|So),?\s+)?(?:[Tt]he (?:two|three|four|five|latter two|first two|last two|whole|rest|remainder)|Both|All three|All four)\s+(?:together|alone|combined|of them|were|was|are|is|had|have|did|could|would|might|must|should|will|then|now|also|soon|at once|\p{Ll}+ed\b)`)
	// sameRe points to something the text has said before: "the same
	// debates ... already referred to", "the above", "as we have seen".
	sameRe = lazyregexp.New(`\b(?:[Tt]he same\s+\p{Ll}+|already (?:referred to|mentioned|noted|described|cited|quoted)|[Tt]he above\b|as (?:we have|I have) (?:seen|said|shown))`)
	// selfRefRe is "this" pointing at the text itself, which a reader
	// holds: "this essay".
	selfRefRe = lazyregexp.New(`\b[Tt]his (?:essay|article|paper|chapter|book|study|section|guide)\b`)
)

// summingOpenRe opens a sentence that restates the one before it: "In
// short,", "In other words,".
var summingOpenRe = lazyregexp.New(`^(?:In short|In a word|In brief|In other words|Or rather|That is to say),?\s+(.*)$`)

// elliptic reports whether a sentence restates the one before it with
// no verb of its own: "In short, the very antithesis of revolution."
// finishes the sentence before, and read alone is a fragment.
func elliptic(text string) bool {
	m := summingOpenRe.FindStringSubmatch(text)
	if m == nil || finiteRe.MatchString(m[1]) {
		return false
	}
	for _, w := range wordRe.FindAllString(m[1], -1) {
		if strings.HasSuffix(strings.ToLower(w), "ed") {
			return false
		}
	}
	return true
}

// phraseItRe is "it" as the subject of a sentence's main clause after an
// opening phrase of place, time or manner: "In the industrial capitalist
// world it means a system where ..." says what the thing named before
// means there; so does "And with a few minor alterations it is also the
// idea of revolution held by all other parties", after its "And".
var phraseItRe = lazyregexp.New(`^(?:(?:But|And|Nor|Yet|So|Or)\s+(?i:in|at|under|for|from|on|by|with|within|among|throughout|during|outside|inside|since|after|before)\s+[^,;:"“]{1,60}?,?\s+|(?:In|At|Under|For|From|On|By|With|Within|Among|Throughout|During|Outside|Inside|Since|After|Before)\s+[^,;:"“]{1,60}?,?\s+)(it\s+(?:means|meant|is|was|has|had|does|did|will|would|can|could|must|may|might|should|seems|seemed|stands|stood|becomes|became|remains|remained)\b.*)`)

// phraseIt reports whether a sentence's main clause opens on an "it",
// after an opening phrase, that stands for something named before: not
// the empty "it" of "In this case it is clear that ...".
func phraseIt(text string) bool {
	m := phraseItRe.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	return !split.EmptyIt(m[1]) || passiveItRe.MatchString(m[1]) || toBeItRe.MatchString(m[1])
}

// emptyIt reports whether a sentence opens on an empty "it" (see
// split.EmptyIt), after a connective that draws a conclusion
// ("Therefore it is necessary for a prince to understand ...",
// "Nevertheless it is ..."): the connective joins the sentence to the
// argument before, but "it" stands for nothing named there.
func emptyIt(text string) bool {
	if loc := conclusionRe.FindStringIndex(text); loc != nil {
		text = text[loc[1]:]
	}
	return split.EmptyIt(text)
}

// conclusionRe opens a sentence on a connective that draws a conclusion
// or concedes one, which split.EmptyIt does not read past.
var conclusionRe = lazyregexp.New(`^(?:Therefore|Nevertheless|Nonetheless|Accordingly|Consequently|Wherefore|However|Besides|Indeed)\b,?\s+`)

// shortSentence is the most words of a sentence that objectItRe makes
// lean: in a longer one "it" may stand for a thing the sentence names.
const shortSentence = 12

// leaning says how much a sentence leans on the one before it: whether a
// student can read it alone.
func leaning(text string) int { return leaningIn(text, nil) }

// leaningIn is leaning for a sentence of a text that writes the words of
// lower in lower case: a capitalized word it never writes so is a name a
// pronoun can stand for, even first in a sentence ("Hannibal had carried
// her arms"); one it does write so is not, even inside one.
func leaningIn(text string, lower map[string]bool) int {
	switch pronounLean(text, lower) {
	case leansHard:
		return leansHard
	case leansLight:
		return leansLight
	}
	if (itRe.MatchString(text) || earlyItRe.MatchString(text)) && (!emptyIt(text) || passiveItRe.MatchString(text) || toBeItRe.MatchString(text)) || forItRe.MatchString(text) || phraseIt(text) {
		return leansHard
	}
	if split.BareDemonstrative(text) >= 0 || pointsToFact(text) || allThisBeforeName(text, lower) || elliptic(text) || formerRe.MatchString(text) || answersRe.MatchString(text) || bareCountRe.MatchString(text) || wordCount(text) <= shortSentence && (objectItRe.MatchString(text) && !asSeenRe.MatchString(text) || endsOnThatRe.MatchString(text)) {
		return leansHard
	}
	rest := selfRefRe.ReplaceAllString(text, "")
	if demonstrativeRe.MatchString(rest) || pointsBack(rest) || comparesBack(rest) {
		return leansLight
	}
	return standsAlone
}

// pointsToFact reports whether a sentence's opening clause speaks of
// "that fact" or "this circumstance", which the sentence before states:
// Lincoln's "And if there be fault in that fact, that fault is primarily
// yours ..." was a claim of his guide without "The fact that we get no
// votes in your section is a fact of your making". One that a clause of
// its own sentence precedes may point there, and one that a clause after
// it states ("this fact that ...", "that fact which ...") points ahead.
func pointsToFact(text string) bool {
	loc := factRe.FindStringSubmatchIndex(text)
	if loc == nil || strings.ContainsAny(text[:loc[0]], ",;:()—") || strings.Contains(text[:loc[0]], "--") {
		return false
	}
	return !factAheadRe.MatchString(text[loc[1]:])
}

// factRe is a demonstrative before a noun that stands for a statement
// made before.
var factRe = lazyregexp.New(`\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:facts?|circumstances?)\b`)

// factAheadRe opens what states the fact after its noun: "this fact
// that ...", "that fact which ...", "this fact, namely ...", "this fact:
// ...". After a comma "that" opens the main clause as often ("in that
// fact, that fault is ...").
var factAheadRe = lazyregexp.New(`^(?:\s+(?:that|which)\b|,\s+(?:which|namely)\b|\s*:)`)

// allThisBeforeName reports whether "all this" or "all that" stands for
// what the sentence before says, a name after it the sentence's
// subject: "To all this Agamemnon succeeded." glossed the man with what
// the reader cannot see. A name is a capitalized word the text never
// writes in lower case; without lower, none is known.
func allThisBeforeName(text string, lower map[string]bool) bool {
	if lower == nil {
		return false
	}
	for _, m := range allThisRe.FindAllStringSubmatch(text, -1) {
		if !lower[strings.ToLower(m[1])] {
			return true
		}
	}
	return false
}

// allThisRe is "all this" or "all that" before a capitalized word.
var allThisRe = lazyregexp.New(`\b[Aa]ll (?:this|that|these|those)\s+(\p{Lu}[\p{L}'’-]*)`)

// comparesBack reports whether a short sentence compares with nothing it
// names: "It is impossible to conceive of a greater mistake." (Douglass's
// ¶22) means greater than the view the sentence before gives, and a
// counterpoint quoted it alone. A longer sentence, or one with "than",
// mostly holds what it compares with.
func comparesBack(text string) bool {
	return wordCount(text) <= shortSentence && bareComparativeRe.MatchString(text) && !thanRe.MatchString(text)
}

// bareComparativeRe is a comparative that an article or "no" opens
// before its noun: "a greater mistake", "no better proof", "a more
// cruel wrong".
var bareComparativeRe = lazyregexp.New(`(?i)\b(?:a|an|no)\s+(?:greater|graver|worse|better|larger|smaller|higher|lower|stronger|weaker|surer|clearer|nobler|baser|more\s+\p{L}+|less\s+\p{L}+)\s+\p{L}+`)

// thanRe is the "than" that names what a comparative compares with.
var thanRe = lazyregexp.New(`(?i)\bthan\b`)

// participleOpenerRe is a sentence's opening participial phrase up to
// the comma that closes it: "Born long after the war, ", "Having
// crossed the river, ".
var participleOpenerRe = lazyregexp.New(`^(?:(?:Born|Having|Being|Brought|Driven|Left|Taken|Made|Sent|Led|Raised|Bred)|\p{Lu}\p{Ll}+(?:ed|ing))\s[^,;:.!?]*,\s*$`)

// subjectRe finds a pronoun that stands for a person as subject or
// object; possessives ("their own privileges") lean less.
var subjectRe = lazyregexp.New(`^(?:he|she|they|him|her|them)$`)

// singularRe is a person pronoun that stands for one person.
var singularRe = lazyregexp.New(`^(?:he|she)$`)

// clauseOpenRe ends where a clause of its own begins, after a semicolon
// or colon and a conjunction that may open it.
var clauseOpenRe = lazyregexp.New(`[;:]\s+(?:(?:and|but|yet|for|so|nor|or)\s+)?$`)

// personBefore reports whether text names one person by a common noun
// that a later "he" or "she" may stand for ("the general ...; and he
// saw"): WordNet's commonest sense of the word names people, and it is
// no plural.
func personBefore(text string) bool {
	for _, w := range wordRe.FindAllString(text, -1) {
		lw := strings.ToLower(w)
		if len(lw) > 2 && !terms.IsStopword(lw) && (!strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ss")) && !pluralPeople[lw] && thesaurus.Person(w) {
			return true
		}
	}
	return false
}

// possessiveRe finds a pronoun that says whose a thing is; opening a
// sentence's subject it leans as hard as a subject pronoun.
var possessiveRe = lazyregexp.New(`^(?:his|her|their)$`)

// pronounLean says how hard a sentence's first personal pronoun leans on a
// name the sentence does not give: "He was stymied" and "Nor was he able"
// cannot be read alone; "the defense of their own privileges" can, just;
// "Smith mused ... as he saw" gives its name.
func pronounLean(text string, lower map[string]bool) int {
	lean := standsAlone
	for _, loc := range pronounRe.FindAllStringIndex(text, -1) {
		if participleOpenerRe.MatchString(text[:loc[0]]) && subjectRe.MatchString(strings.ToLower(text[loc[0]:loc[1]])) {
			// "Born long after the war, he nowhere calls ...": the
			// participle's subject is the pronoun's, so no name in
			// the opening phrase is whom it stands for.
			return leansHard
		}
		if hasNameBefore(text, loc[0], lower) {
			break
		}
		if anyoneRe.MatchString(text[:loc[0]]) {
			// "No body doubts but an express consent, of any man
			// entering into any society, makes him a perfect member":
			// the pronoun stands for the anyone its sentence names.
			break
		}
		if genericRe.MatchString(text[loc[1]:]) && !seemedToRe.MatchString(text[:loc[1]]) {
			// "He who knows only his own side" stands for anyone.
			continue
		}
		word := strings.ToLower(text[loc[0]:loc[1]])
		before := len(wordRe.FindAllString(text[:loc[0]], -1))
		if subjectRe.MatchString(word) && before < 4 {
			return leansHard
		}
		if singularRe.MatchString(word) && clauseOpenRe.MatchString(text[:loc[0]]) && !personBefore(text[:loc[0]]) {
			// "The preparations of both the combatants were ...; and
			// he could see the rest ..." opens a clause of its own on
			// someone the sentence does not name: the writer, named
			// two sentences back.
			return leansHard
		}
		if possessiveRe.MatchString(word) && (before == 0 || before == 1 && openers[strings.ToLower(wordRe.FindString(text))]) {
			// "His doctrine has tended to make ..." opens on
			// someone the reader is not told.
			return leansHard
		}
		lean = leansLight
	}
	return lean
}

// hasNameBefore reports whether text[:end] holds a capitalized word other
// than its first, or a first word that is not a common sentence opener:
// the name a later pronoun can stand for. Given the words the text writes
// in lower case, a capitalized word is a name only if it is not one of
// them.
func hasNameBefore(text string, end int, lower map[string]bool) bool {
	ws := wordRe.FindAllStringIndex(text[:end], -1)
	for i, loc := range ws {
		w := text[loc[0]:loc[1]]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		if i == 0 && openers[strings.ToLower(w)] {
			continue
		}
		if notOthers[w] {
			continue
		}
		if lower != nil {
			lw := strings.ToLower(trimPossessive(w))
			if lower[lw] || terms.IsStopword(lw) || utf8.RuneCountInString(w) < 3 {
				continue
			}
		}
		return true
	}
	// A plural noun before "they" or "their" is its antecedent often
	// enough: "Scholars ... their", "the coloured people ... their".
	for i, loc := range ws {
		w := strings.ToLower(text[loc[0]:loc[1]])
		if i < 3 && len(ws) > 0 && openingPreps[strings.ToLower(text[ws[0][0]:ws[0][1]])] {
			// A sentence's opening phrase names no subject: "In most
			// cases ... but they put themselves" speaks of people
			// named before.
			continue
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !notPlural[w] && !terms.IsStopword(w) || pluralPeople[w] {
			if p := strings.ToLower(pronounRe.FindString(text[end:])); p == "they" || p == "their" || p == "them" {
				return true
			}
		}
	}
	return false
}

// pointsBack reports whether text points to something said before it
// (see sameRe); "at the same time", "the same terms with other men",
// whose comparison the sentence completes, and "the same" past the
// sentence's first words do not.
func pointsBack(text string) bool {
	for _, loc := range sameRe.FindAllStringIndex(text, -1) {
		ws := strings.Fields(strings.ToLower(text[loc[0]:loc[1]]))
		if len(ws) >= 3 && ws[0] == "the" && ws[1] == "same" {
			if wordCount(text[:loc[0]]) > 4 {
				// Later in a sentence "the same" mostly compares
				// within it: "all the rest probably had the same
				// understanding".
				continue
			}
			after := strings.Fields(strings.ToLower(text[loc[0]:]))
			after = after[3:min(len(after), 18)]
			if ws[2] == "time" || ws[2] == "way" || slices.ContainsFunc(after, func(w string) bool { return w == "as" || w == "with" || w == "that" || w == "which" || w == "who" }) {
				continue
			}
		}
		return true
	}
	return false
}

// introducesNext reports whether a sentence ends by opening what comes
// after it, a list or someone's words ("... three things:", "... give
// up, at least for the present, three things,--"): it says nothing a
// student can read alone.
func introducesNext(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "--") || strings.HasSuffix(t, "—") || strings.HasSuffix(t, ":-")
}

// openingPreps open a phrase of time, place or manner before a sentence's
// subject.
var openingPreps = map[string]bool{"in": true, "at": true, "on": true, "for": true, "by": true, "with": true, "under": true, "during": true, "after": true, "before": true, "since": true}

// pluralPeople are plurals of people that end in no "s".
var pluralPeople = map[string]bool{"people": true, "mankind": true, "men": true, "women": true, "children": true, "folk": true, "brethren": true}

// notPlural ends in "s" and names no people a later "they" could stand
// for: "But, nevertheless, they insist ..." names nobody.
var notPlural = map[string]bool{"always": true, "perhaps": true, "sometimes": true, "thus": true, "towards": true, "afterwards": true, "besides": true, "whereas": true, "has": true, "was": true, "does": true, "this": true, "its": true, "ours": true, "yours": true, "hers": true, "theirs": true, "nowadays": true, "upwards": true, "downwards": true, "forwards": true, "backwards": true}

// anyoneRe names anyone at all, whom a later pronoun of the sentence
// stands for: "every one ... his", "any man ... him", "a man who ...
// his own ideas". A plain "a man" need not be the one a pronoun means
// ("an ordinary man to hear him talk").
var anyoneRe = lazyregexp.New(`(?i)\b(?:(?:any|every|each|no)\s+(?:one|man|body|person|woman|child|member|subject|citizen)|anyone|anybody|everyone|everybody|nobody|whoever|whosoever|(?:a|an)\s+(?:man|woman|person|child)\s+(?:who|that))\b`)

// genericRe follows a pronoun that stands for anyone: "he who", "he
// that would save his life".
var genericRe = lazyregexp.New(`^\s+(?:who|that)\b`)

// seemedToRe ends on a pronoun that a verb of seeming addresses, whose
// "that" opens what seemed so, not a clause on whom: "It appeared to
// them that governments ... are made to pass away" speaks of people
// named before.
var seemedToRe = lazyregexp.New(`(?i)\b(?:seems?|seemed|appears?|appeared|occurs?|occurred|was (?:clear|plain|evident|obvious))\s+to\s+(?:him|her|them)$`)

// openers are words that start sentences in capitals without naming
// anyone.
var openers = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "of": true, "but": true, "and": true,
	"nor": true, "yet": true, "so": true, "or": true, "throughout": true, "after": true,
	"before": true, "during": true, "since": true, "because": true, "although": true,
	"though": true, "when": true, "while": true, "if": true, "as": true, "for": true,
	"to": true, "with": true, "on": true, "at": true, "by": true, "from": true,
	"clearly": true, "finally": true, "instead": true, "then": true, "still": true,
	"once": true, "at the": true, "some": true, "many": true, "most": true, "all": true,
	"no": true, "one": true, "each": true, "every": true, "whatever": true, "like": true,
	"according": true, "maybe": true, "perhaps": true, "however": true, "meanwhile": true,
	"there": true, "here": true, "of course": true, "likewise": true, "given": true,
}

// standsAlone reports whether a student can read the sentence without the
// one before it.
func (s *sentence) standsAlone() bool { return s.leans == standsAlone }

// ref is the sentence's passage ref.
func (s *sentence) ref() essay.Ref { return s.p.Ref }

// key identifies the sentence across the guide.
func (s *sentence) key() string { return s.p.Ref.String() + "\x00" + s.text }
