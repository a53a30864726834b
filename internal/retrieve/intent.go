package retrieve

import (
	"slices"
	"strings"
	"sync"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// Intent is what a question asks of the text itself rather than of its
// subject: where its claims come from, where its author stands, why it
// was written. Such a question ("What sources does the author rely on?",
// "Is he biased?", "Why did he write this?") shares few words with the
// passages that answer it: a text says "I have drawn on ...", "mine are no
// exception", "a primary purpose of this essay". So it is read from the
// question's framing and answered from the passages whose voice fits (see
// voice), whatever their subject.
type Intent uint8

const (
	// Sources: what the text rests on, whom it cites, where to read more.
	Sources Intent = 1 << iota
	// Stance: where the author stands, whether the text is biased.
	Stance
	// Purpose: why the text was written, what it sets out to do.
	Purpose
	// Reading: where a claim can be read ("Which books record ...?",
	// "Where was it published?"): the notes beside the claim, rather than
	// the passages that name sources in general.
	Reading
	// Reliance: how much the text rests on others' work against its
	// author's own ("his own research or other people's?"): answered
	// from the passages where the author says what he rests on, whatever
	// else the question names.
	Reliance
	// Further: what the text leaves to be studied ("What does the writer
	// want people to study next?"): answered from the passages that name
	// what remains to be explored, whatever their subject, which seldom
	// share the question's words ("areas for further exploration", "needs
	// to be more fully explored").
	Further
	// Raised: the questions the text raises ("What open questions does the
	// essay raise?", "what questions does he ask"): answered from the
	// passages holding most of its own questions, whose words are seldom
	// the asker's.
	Raised
	// Limits: what the author grants he cannot know, prove or be sure of
	// ("What does the author admit he cannot prove?", "Where is he
	// unsure?"): answered from the passages saying what cannot be known
	// or verified (see asksLimits).
	Limits
)

// Has reports whether the intent includes i.
func (in Intent) Has(i Intent) bool { return in&i != 0 }

// Words that show an intent. A framing word only says what is asked of
// the text and is not searched as content; a signal word shows the intent
// but is searched too, being a word a text may use of its subject.
var (
	sourceFraming = words("source", "sources", "cite", "cites", "cited", "citing", "citation",
		"citations", "bibliography", "footnote", "footnotes", "reference", "references", "referenced", "referencing",
		"rely", "relies", "relied", "relying", "reliance", "sourced")
	// sourceNouns frame a question only beside a framing word ("which
	// historians does he cite?"); alone they are its subject.
	sourceNouns = words("historian", "historians", "scholar", "scholars", "researcher",
		"researchers", "author", "authors", "writer", "writers", "work", "works")
	sourceSignals = words("book", "books", "read", "published", "publication", "newspaper")
	// stanceFraming holds adjectives of candour ("honest", "frank"), not
	// their adverbs: "can anyone honestly deny ...?" asks of anyone's
	// denial, and "frankly, ..." frames the asker's own words.
	stanceFraming = words("bias", "biased", "biases", "partisan", "impartial", "objective",
		"objectivity", "neutral", "neutrality", "agenda", "prejudice", "prejudiced", "slant",
		"slanted", "leaning", "leanings", "stance", "honest", "sympathies",
		"sympathetic", "sympathizer", "sympathiser", "ideology", "ideological",
		"upfront", "candid", "frank", "unbiased")
	// admissionWords ask what an author grants ("Does he admit ...?"):
	// never a word of the subject, and a sign of Stance only when what he
	// grants is his own outlook (see ownOutlook). "What does the author
	// admit we can never know about X?" asks about X, not about him.
	admissionWords = words("admit", "admits", "admitted", "admitting", "admission", "confess",
		"confesses", "confessed", "acknowledge", "acknowledges", "acknowledged", "concede",
		"concedes", "conceded")
	// outlookWords name a person's outlook: his politics, views,
	// commitments. Granted by the author himself ("admit his own political
	// views", "own up to a political axe to grind"), they ask his stance.
	outlookWords = words("political", "politically", "politics", "view", "views", "viewpoint",
		"perspective", "perspectives", "commitment", "commitments", "belief", "beliefs",
		"opinion", "opinions", "convictions", "leanings", "sympathies", "values")
	// selfWords say that what is granted is the author's own.
	selfWords = words("own", "his", "her", "their", "he", "she", "hes", "he's", "she's", "himself", "herself", "my", "i")
	// trustWords ask whether the text can be trusted ("Is the author a
	// reliable historian?"): a reader answers that from what it rests on
	// and where its author stands, so they ask both (see asksTrust).
	trustWords = words("reliable", "unreliable", "reliability", "trustworthy",
		"untrustworthy", "credible", "credibility")
	purposeWords = words("purpose", "purposes", "aim", "aims", "goal", "goals", "intent",
		"intention", "intentions", "motive", "motives", "motivation", "point")
	// textWords name the text or its writing: beside a purpose word they
	// make the question one about the text's purpose; writeWords do so
	// beside "why" ("Why did he write this?").
	textWords  = words("essay", "article", "paper", "text", "chapter", "piece", "write", "wrote", "written", "writing")
	writeWords = words("write", "wrote", "written", "writing")
)

// roleWords name the author by role. Asked whether the author is biased
// ("Is he a neutral historian?"), they say whose stance is meant, not
// what to search for: the text need not call its author a historian.
var roleWords = words("historian", "historians", "scholar", "scholars", "writer", "writers",
	"researcher", "researchers", "academic", "academics", "author", "authors", "professor", "professors")

// trustReach is how many words on either side of a trust word may name
// the author or the text it is asked of.
const trustReach = 3

// asksTrust reports whether a question, given as its words, asks whether
// the author or the text can be trusted: a trust word beside a word
// naming him by role or naming the text ("a reliable historian", "is this
// essay credible"). Beside anything else the trust word is the subject's:
// "are the standard histories reliable?", "a rival's credibility".
func asksTrust(ws []string) bool {
	return wordNear(ws, trustWords, trustReach, func(v string) bool { return roleWords[v] || textWords[v] && !writeWords[v] })
}

// wordNear reports whether some word of ws in cue has, within reach words
// on either side of it (itself included), a word for which near is true.
func wordNear(ws []string, cue map[string]bool, reach int, near func(string) bool) bool {
	for i, w := range ws {
		if cue[w] && slices.ContainsFunc(ws[max(0, i-reach):min(len(ws), i+reach+1)], near) {
			return true
		}
	}
	return false
}

// askersCandour reports whether ws[i] is a word of candour the asker
// says of himself ("I'll be honest, I'm hazy on why ...", "To be frank,
// ..."): it frames his own words, as "honestly" does, and asks nothing of
// the author's. The words keep no "I" ("I'll" is "ll"), so "ll" is the
// asker's unless someone else stands before it ("he'll be honest").
func askersCandour(ws []string, i int) bool {
	if i < 2 || !stanceFraming[ws[i]] || ws[i-1] != "be" {
		return false
	}
	switch ws[i-2] {
	case "ill", "me":
		return true
	case "to":
		return i == 2
	case "ll":
		return i == 2 || !othersBefore[ws[i-3]]
	}
	return false
}

// othersBefore are the words before "'ll" that make it someone else's.
var othersBefore = words("he", "she", "it", "they", "we", "you", "author", "writer")

// withoutAskersCandour returns ws without the words of candour the asker
// says of himself (see askersCandour); ws itself when it has none.
func withoutAskersCandour(ws []string) []string {
	var out []string
	for i := range ws {
		if askersCandour(ws, i) {
			if out == nil {
				out = slices.Clone(ws[:i])
			}
			continue
		}
		if out != nil {
			out = append(out, ws[i])
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// words returns the set of ws.
func words(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// intentOf reads a question's intent from its words.
func intentOf(ws []string) Intent {
	ws = withoutAskersCandour(ws)
	var in Intent
	if sourcesNamed(ws) {
		in |= Sources
	}
	if asksTrust(ws) {
		in |= Sources | Stance
	}
	if hasAny(ws, sourceSignals) || asksWhereToRead(ws) || asksLanguageVersion(ws) {
		in |= Reading
	}
	if hasAny(ws, stanceFraming) || ownOutlook(ws) || takesSide(ws) || asksConflictOfInterest(ws) {
		in |= Stance
	}
	// "Why did he write this?", "the main reason he wrote this essay":
	// both ask its purpose.
	if asksTextsPurpose(ws, nil) {
		in |= Purpose
	}
	if asksReliance(ws) || asksTextsKind(ws) {
		in |= Sources | Reliance
	}
	if helpsAuthor(ws) || authorsFacts(ws) || usesAnySources(ws) {
		in |= Sources
	}
	if asksFurther(ws) {
		in |= Further
	}
	// "Does he admit his politics shape the questions he asks?" asks his
	// stance, not his questions.
	if asksQuestions(ws) && !in.Has(Stance) {
		in |= Raised
	}
	if asksLimits(ws, nil) {
		in |= Limits
	}
	return in
}

// Words of a question asking what questions the text raises: a word for
// questions with a word of raising or leaving them open beside it.
var (
	questionWords = words("questions", "queries")
	raisedWords   = words("raise", "raises", "raised", "raising", "pose", "poses", "posed", "posing",
		"ask", "asks", "asked", "asking", "leave", "leaves", "left", "open", "unanswered", "unresolved",
		"remain", "remains", "remaining", "list", "lists", "listed")
	// askersOwn are the words of an asker speaking of his own questions
	// ("what questions should I ask?"): those are not the text's.
	askersOwn = words("i", "we", "me", "my", "our", "should")
)

// raisedReach is how many words on either side of a word for questions
// may say that the text raises them: "Which questions does the essay
// leave unanswered?" puts "unanswered" five words after it.
const raisedReach = 5

// raising returns the positions in ws of the words that say the text
// raises questions, beside a word for them ("open questions", "questions
// does he leave open"): framing, not searched. Elsewhere the same words
// may be the subject's ("the open sea", "the troops left").
func raising(ws []string) map[int]bool {
	out := map[int]bool{}
	for i, w := range ws {
		if !questionWords[w] {
			continue
		}
		for j := max(0, i-raisedReach); j < min(len(ws), i+raisedReach+1); j++ {
			if raisedWords[ws[j]] {
				out[j] = true
			}
		}
	}
	return out
}

// asksQuestions reports whether a question, given as its words, asks what
// questions the text raises or leaves open. The asker's own ("what
// questions should I ask my class?") are not the text's.
func asksQuestions(ws []string) bool {
	return !hasAny(ws, askersOwn) && wordNear(ws, questionWords, raisedReach, func(v string) bool { return raisedWords[v] })
}

// Words of a question asking where the author's material came from.
var (
	// helpWords beside the author named by role ask who helped him
	// ("Who helped the writer with his facts?"): whose work the text
	// rests on.
	helpWords = words("help", "helped", "helps", "helping", "assisted", "aided")
	// factWords name what a text gathers; its author's ("his facts", "the
	// writer's information") are what it rests on.
	factWords = words("facts", "information", "info")
	// possessives own the word after them: the author's, by pronoun or
	// by role.
	possessives = words("his", "her", "their", "authors", "writers", "historians")
)

// helpReach is how many words after a word of help may name the author
// helped: "helped the writer".
const helpReach = 2

// helpsAuthor reports whether a question, given as its words, asks who
// helped the author, named by role: a word of help with a role word just
// after it ("Who helped the writer with his facts?", "did anyone help
// the author"). Said of anyone else ("Who helped the king?", "it helped
// the party bosses") the help is the subject's.
func helpsAuthor(ws []string) bool {
	for i, w := range ws {
		if helpWords[w] && slices.ContainsFunc(ws[i+1:min(len(ws), i+helpReach+1)], func(v string) bool { return roleWords[v] }) {
			return true
		}
	}
	return false
}

// authorsFacts reports whether a question, given as its words, asks
// where the author's facts came from: a word of factWords owned by him
// ("Where did he get his facts?", "the writer's information"). The
// facts themselves ("the facts of the case") are the subject's.
func authorsFacts(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if factWords[ws[i]] && possessives[ws[i-1]] {
			return true
		}
	}
	return false
}

// Words of a question asking what is left to be studied: a word of
// inquiry (studyWords) beside a word of what is still to come or still
// wanted (aheadWords): "study next", "further research", "need more
// study", "research questions", "want researched".
var (
	studyWords = words("study", "studied", "studying", "studyed", "research", "researched", "researching", "researchers",
		"explore", "explored", "exploring", "exploration", "investigate", "investigated", "investigating",
		"investigation", "inquiry")
	aheadWords = words("next", "further", "future", "more", "still", "need", "needs", "needing",
		"want", "wants", "questions", "open")
)

// aheadReach is how many words on either side of a word of inquiry may
// say that it is still to come: "want people to study next" puts "want"
// two words before it.
const aheadReach = 2

// asksFurther reports whether a question, given as its words, asks what
// the text leaves to be studied: a word of inquiry with a word of what is
// still to come or wanted beside it ("What topics need further
// research?", "what does he want ppl to research next"). Beside nothing
// of the kind it is the subject's ("What did the pair learn by studying
// the uprising?") or the author's own ("his own research").
func asksFurther(ws []string) bool {
	return wordNear(ws, studyWords, aheadReach, func(v string) bool { return aheadWords[v] }) || leftToStudy(ws)
}

// leftWords say that something is still undone: before "to be studied"
// or "to research" they ask what the text leaves open.
var leftWords = words("remain", "remains", "remained", "left", "yet")

// leftToStudy reports whether a question, given as its words, asks what
// is left to be studied: a word of inquiry after "to" or "to be" and a
// word saying it is still undone ("What remains to be studied?", "what is
// left to research", "what has yet to be explored"), a phrase longer than
// aheadReach spans.
func leftToStudy(ws []string) bool {
	for i, w := range ws {
		if !studyWords[w] {
			continue
		}
		j := i - 1
		if j >= 0 && ws[j] == "be" {
			j--
		}
		if j >= 1 && ws[j] == "to" && leftWords[ws[j-1]] {
			return true
		}
	}
	return false
}

// stanceOfSubject reports whether a question's words of stance are said
// of its subject rather than of the author: none has a word naming him
// (by role, by pronoun, by the corpus's author words) or the text within
// stanceReach of it, and some other word the text holds (known) names a
// subject of its own. "Is science politically neutral?" and "Why does he
// think the idea that technique is politically neutral was a mistake?"
// ask whether science is, answered where the text says so, not where its
// author owns his politics. "Is the author neutral?", "is the guy biased
// or what" (no subject), "is the riter biased" (a word the text lacks)
// and a question of his reliability or of what he grants of his own
// outlook still ask his stance. A debater's "pro side" is no stance.
func stanceOfSubject(ws []string, author map[string]bool, known func(string) bool) bool {
	if asksTrust(ws) || ownOutlook(ws) || takesSide(ws) || asksConflictOfInterest(ws) {
		return false
	}
	held := func(w string) bool { return namesAuthor(w) || author[w] }
	for i, w := range ws {
		if stanceFraming[w] && !casual(ws, i) && slices.ContainsFunc(ws[max(0, i-stanceReach):min(len(ws), i+stanceReach+1)], held) {
			return false
		}
	}
	for i, w := range ws {
		if !terms.IsStopword(w) && !stanceFraming[w] && !outlookWords[w] && !casual(ws, i) && known(w) {
			return true
		}
	}
	return false
}

// stanceReach is how many words on either side of a word of stance may
// name the author or the text it is said of: "does he pretend to be
// neutral" names him four words before.
const stanceReach = 4

// Words of a question setting the author's own work against others'.
var (
	// othersPeople are the others the work belongs to: one of them stands
	// right before it ("people's work", "others' research"), where in
	// "his other works" the work is his.
	othersPeople = words("others", "people", "peoples", "ppl", "ppls", "historians", "scholars", "researchers", "writers", "authors")
	// othersWork name the work itself.
	othersWork = words("work", "works", "research", "findings", "studies", "digging", "stuff")
	// contrastWords set one thing against another.
	contrastWords = words("or", "versus", "vs", "rather", "instead")
)

// asksReliance reports whether a question, given as its words, asks how
// much the text rests on others' work: it names the author or the text
// (see namesAuthor) and others' work, "other" or "others" then words of
// othersWords up to a word of othersWork owned by the word before it
// ("did he find this out himself or from other people's work?"), or his
// own work set against something ("secondary literature rather than his
// own archival work"). "Did the king take credit for other people's
// work?" names no author: it asks of its subject; "is the claim based on
// his own archival findings?" asks what that claim rests on.
func asksReliance(ws []string) bool {
	if !slices.ContainsFunc(ws, namesAuthor) {
		return false
	}
	for i, w := range ws {
		if w == "own" && hasAny(ws, contrastWords) && slices.ContainsFunc(ws[i+1:min(len(ws), i+3)], func(v string) bool { return othersWork[v] }) {
			// "his own research or ...", "rather than his own archival work".
			return true
		}
		if w != "other" && w != "others" {
			continue
		}
		for j, v := range ws[i+1:] {
			if othersWork[v] && othersPeople[ws[i+j]] {
				return true
			}
			// Words naming the others whose work it is ("other people's
			// work", "other historians' research", "others' findings").
			if v != "other" && !othersPeople[v] {
				break
			}
		}
	}
	return false
}

// sideWords before "side" make it one side of two ("on one side", "take
// a side", "either side").
var sideWords = words("one", "a", "either", "any")

// takesSide reports whether a question, given as its words, asks whether
// the author, named by role or as the text, takes a side: "side" after
// one of sideWords, with such a word within stanceReach before it ("Is
// the writer on one side?"). Said of anyone else, or by his name, a side
// is the subject's: a history reports the sides its people took, and
// names its author as the one who reports them.
func takesSide(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i] != "side" || !sideWords[ws[i-1]] {
			continue
		}
		if slices.ContainsFunc(ws[max(0, i-stanceReach):i], func(w string) bool { return roleWords[w] || textWords[w] && !writeWords[w] }) {
			return true
		}
	}
	return false
}

// namesAuthor reports whether w names the author by role or pronoun, or
// the text.
func namesAuthor(w string) bool {
	return roleWords[w] || selfWords[w] || textWords[w] && !writeWords[w]
}

// ownOutlook reports whether a question, given as its words, asks what
// the author grants of his own outlook ("Does he admit his own political
// views?"), or what the author, named by role, says of it ("Does the
// writer say his own beliefs shape the questions he asks?"): "his own
// views" alone may be anyone's.
func ownOutlook(ws []string) bool {
	if !hasAny(ws, outlookWords) || !hasAny(ws, selfWords) {
		return false
	}
	return admits(ws) || hasAny(ws, roleWords) && ownsOutlook(ws)
}

// ownsOutlook reports whether ws hold "own" before a word of outlook, one
// word apart at most ("own beliefs", "own political concerns").
func ownsOutlook(ws []string) bool {
	for i, w := range ws {
		if w == "own" && slices.ContainsFunc(ws[i+1:min(len(ws), i+3)], func(v string) bool { return outlookWords[v] }) {
			return true
		}
	}
	return false
}

// havingWords say that someone has something: "he has his own views".
var havingWords = words("has", "have", "had", "holds", "hold", "held", "got", "gets", "brings", "bring")

// ownerOfOutlook returns the position of "he" or "she" in a question
// saying that one has an outlook of his own ("which paragraph says he
// has his own political views"), the pronoun then a word of having and
// "own" before a word of outlook (see ownsOutlook); or -1. Whether the
// pronoun is the author is for the caller to say: no one else may be
// named before it.
func ownerOfOutlook(ws []string) int {
	for i := 0; i+3 < len(ws); i++ {
		if (ws[i] == "he" || ws[i] == "she") && havingWords[ws[i+1]] && selfWords[ws[i+2]] && ws[i+3] == "own" && ownsOutlook(ws[i+3:]) {
			return i
		}
	}
	return -1
}

// authorsPurpose reports whether a question, given as its words, asks the
// purpose of the author named by role ("What is the author's purpose?",
// "the writer's aim"): a purpose word right after the role word, but for
// "point", which there is mostly a verb ("the author point to").
func authorsPurpose(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if purposeWords[ws[i]] && ws[i] != "point" && roleWords[ws[i-1]] {
			return true
		}
	}
	return false
}

// sourcesNamed reports whether a question, given as its words, asks
// the text's sources in words of sources ("What sources does he rely
// on?", "how does the author know ...?").
func sourcesNamed(ws []string) bool {
	return hasAny(ws, sourceFraming) || asksHowKnown(ws)
}

// partsRely trims the intent of a question of several parts asking how
// much the text rests on others and, in another part, its author's stance
// or purpose ("does he admit his bias and does he admit using others
// research"): one ranking by voice serves the whole question, and the
// sources' voice would outweigh the passage where he owns his politics,
// while the other part's words ("research") find the one saying what he
// rests on. Asked in one part ("Is he upfront that his conclusions rest
// on other historians' work?") the candour is about what he rests on.
func partsRely(in Intent, ws []string, parts int) Intent {
	if parts > 1 && in.Has(Reliance) && (in.Has(Stance) || in.Has(Purpose)) && !sourcesNamed(ws) && !asksTrust(ws) {
		return in &^ Sources
	}
	return in
}

// languageWords name the languages a work is most often put into, and
// versionWords what a work in another language is called.
var (
	languageWords = words("english", "russian", "french", "german", "spanish", "italian", "portuguese",
		"dutch", "polish", "chinese", "japanese", "arabic", "greek", "latin")
	versionWords = words("version", "versions", "edition", "editions", "translation", "translations", "text")
)

// asksLanguageVersion reports whether a question, given as its words,
// asks for a work in a language ("Is there an English version
// available?", "an English translation"): where to read it, which a
// citation's "in English, at ..." answers, though it says neither
// "version" nor "available".
func asksLanguageVersion(ws []string) bool {
	for i := range ws {
		if inLanguage(ws, i) {
			return true
		}
	}
	return false
}

// findWords after "where" ask where something can be read ("Where can I
// find quotes of ...?", "Where would a student look to check ...?"): in the
// notes beside the claim, as a question naming a book does.
var findWords = words("find", "look", "check")

// asksWhereToRead reports whether a question, given as its words, asks
// where to find something: "where", then one of findWords.
func asksWhereToRead(ws []string) bool {
	i := slices.Index(ws, "where")
	return i >= 0 && slices.ContainsFunc(ws[i+1:], func(w string) bool { return findWords[w] })
}

// knowers are the subjects of "how does ... know" that make it ask what
// a text's claim rests on: its author by role, or the reader with him
// ("how do we know"). "How did the king know ...?" asks of its subject.
var knowers = words("author", "writer", "historian", "scholar", "researcher", "we", "you")

// asksHowKnown reports whether a question, given as its words, asks how
// its author or the reader knows a claim ("how does the author know the
// leader condemned it?"): the sources the claim rests on.
func asksHowKnown(ws []string) bool {
	for i := 0; i+3 < len(ws); i++ {
		if ws[i] != "how" || !auxiliaries[ws[i+1]] {
			continue
		}
		j := i + 2
		if j+1 < len(ws) && (ws[j] == "the" || ws[j] == "this") {
			j++
		}
		if knowers[ws[j]] && j+1 < len(ws) && ws[j+1] == "know" {
			return true
		}
	}
	return false
}

// pointWords, in a question of sources, say where a claim is pointed to.
var pointWords = words("point", "points", "pointed", "pointing")

// reasonWords beside a word of writing ask why a text was written.
var reasonWords = words("reason", "reasons")

// admits reports whether a question, given as its words, asks what
// someone grants: an admission word, or "own up".
func admits(ws []string) bool {
	for i, w := range ws {
		if admissionWords[w] || w == "own" && i+1 < len(ws) && ws[i+1] == "up" {
			return true
		}
	}
	return false
}

// frames reports whether w only says what the question asks of the text,
// and is not to be searched as a word of its subject.
func (in Intent) frames(w string) bool {
	switch {
	case admissionWords[w]:
		return true
	case in.Has(Sources) && (sourceFraming[w] || sourceNouns[w] || factWords[w] || helpWords[w] || w == "book" || w == "books" || w == "know"):
		return true
	case in.Has(Sources) && pointWords[w]:
		// "What source does he point to?" asks where the claim comes
		// from: searched, "point" found a sentence saying "One point
		// will strike every reader" for it.
		return true
	case in.Has(Stance) && (stanceFraming[w] || trustWords[w] || roleWords[w]):
		return true
	case in.Has(Purpose) && framesPurpose(w):
		// "Why did the professor bother writing this?" asks why the
		// text was written: who wrote it, and that he troubled to, say
		// nothing of its subject.
		return true
	case in.Has(Limits) && framesLimits(w):
		return true
	case in.Has(Raised) && (textWords[w] || roleWords[w]):
		// "questions the essay leaves open" names whose questions, not
		// what about. The words raising them frame it only beside the
		// word for them (see raising); that word itself is searched, at
		// raisedShare, for a text may speak of questions ("the questions
		// of history"), unless it is all the question names (see
		// dropQuestionWords).
		return true
	}
	return false
}

// namesStance reports whether stem, in a question of stance, only says
// which stance is asked of ("political" in "his political bias", "his
// own politics"). A text owns its politics in words of its own ("mine
// are no exception"): the passage saying "political" most is not the one
// that owns them, so such a word gives the vectors nothing to look for.
func (in Intent) namesStance(stem string) bool {
	return in.Has(Stance) && outlookStems[stem]
}

// raisedShare is the weight of the word "questions" in a question asking
// what the text raises about a subject ("what questions does he raise
// about pay?"): a text that asks its questions seldom calls them so, and
// one that speaks of questions may answer. Asked of nothing else ("What
// open questions does the essay raise?") it weighs nothing: the passages
// asking most answer.
const raisedShare = 0.25

// dropQuestionWords leaves out a question's words for questions when they
// are all it names beside asking what the text raises: they frame it, and
// the answer quotes the text's questions, not a sentence saying
// "questions". Left with no words, the question is ranked by its intent
// alone, with no vectors, and never declined (see Search.abstains).
func (q *Query) dropQuestionWords() {
	if slices.ContainsFunc(q.Stems, func(s string) bool { return !questionStems[s] }) {
		return
	}
	q.Stems, q.Specificity = nil, nil
}

// questionStems are the stems of questionWords.
var questionStems = stemsOf(questionWords)

// outlookStems are the stems of outlookWords, so that any form of them
// names a stance ("politic", "viewpoints").
var outlookStems = stemsOf(outlookWords)

// stemsOf returns the set of the stems of ws.
func stemsOf(ws map[string]bool) map[string]bool {
	out := make(map[string]bool, len(ws))
	for w := range ws {
		out[terms.Stem(w)] = true
	}
	return out
}

// search adds to a query's terms what the intent looks for. A question
// of purpose searches the words a text states its purpose in ("a primary
// purpose of this essay"), each weighing as a word of the question: the
// question's own ("aim", "goal") is framing, not searched, and a text
// says its purpose in a word of its own. The other intents rank passages by their voice
// only (see Search).
func (in Intent) search(ts []string, ws []float64, p Params) ([]string, []float64) {
	if in.Has(Purpose) {
		for _, t := range purposeStems {
			if !slices.Contains(ts, t) {
				ts, ws = append(ts, t), append(ws, 1)
			}
		}
	}
	if in.Has(Further) {
		// "study next" is the intent's, not the subject's: searched, it
		// finds the passage saying "studied" of anything.
		ws = slices.Clone(ws)
		for i, t := range ts {
			if furtherStems[t] {
				ws[i] = 0
			}
		}
	}
	if in.Has(Raised) {
		// See raisedShare.
		ws = slices.Clone(ws)
		for i, t := range ts {
			if questionStems[t] {
				ws[i] *= raisedShare
			}
		}
	}
	return ts, ws
}

// furtherStems are the stems of the words asking what is left to study.
var furtherStems = stemsOf(union(studyWords, aheadWords))

// purposeStems are the stems of the words a text states its purpose in.
var purposeStems = terms.Stems("purpose aim goal intention intend")

// The voice of a sentence: how it speaks of the text and its author,
// whatever its subject. Each expression counts the cues of one kind.
var (
	// selfRe: the author in the first person, or the text itself.
	selfRe = lazyregexp.New(`\b(?:I|me|my|mine|myself)\b|(?i:\bthis (?:essay|article|paper|book|chapter|study|text)\b|\b(?:reported|reached|argued|presented|shown|discussed) here\b|\bhere and below\b|\bas I\b)`)
	// citeRe: the marks of a citation: page and chapter numbers, editors,
	// "see", "cited in", years in parentheses, titles of journals.
	citeRe = lazyregexp.New(`\bpp?\.\s*\d|\bCh\.\s*\d|\beds?\.|\bop\.\s*cit\b|\bibid\b|\bSee\b|\bCited in\b|\(\d{4}\)|\b(?:Press|Journal|Review)\b|,\s*\d{2,4}(?:-\d+)?\s*[).]`)
	// relyRe: resting on others' work.
	relyRe = lazyregexp.New(`(?i)\b(?:basis of|based on|relies on|rely on|drawn on|draw on|drew on|follows?|according to|research|cited|quotes|documents?|archives?|sources?)\b`)
	// workRe: work a text may rest on, named: the reliance cues of a
	// sentence count only beside one ("on the basis of others' research",
	// "my analysis follows his book") or a citation.
	workRe = lazyregexp.New(`(?i)\b(?:research\w*|stud(?:y|ies)|work|works|books?|articles?|treatments?|writings?|memoirs?|transcripts?|records?|documents?|archives?|sources?|evidence|findings|accounts?|cited|quotes|historians?|scholars?|scholarship|literature)\b`)
	// stanceRe: the author's own view, held or owned.
	stanceRe = lazyregexp.New(`\bI (?:believe|think|suspect|suggest|argue|feel|doubt|hope|contend|maintain|am)\b|(?i:\bin my (?:view|opinion)\b|\bmine\b|\bmy own\b|\bone's own\b)`)
	// purposeRe: what the text sets out to do.
	purposeRe = lazyregexp.New(`(?i)\b(?:purpose|aim|goal|intend|intention|hope|importance|important|introduce)\b`)
	// furtherRe: what is left to be studied ("areas for further
	// exploration", "needs to be more fully explored", "need to be
	// discovered and studied").
	furtherRe = lazyregexp.New(`(?i)\b(?:further|future|more) (?:research|exploration|study|studies|investigation|inquiry)\b|\b(?:needs?|remains?|deserves?|merits?|requires?|ought) to be (?:\w+ ){0,2}(?:explored|studied|discovered|researched|investigated|examined)\b|\b(?:explored|studied|researched|investigated|examined) further\b`)
)

// Voice counts the cues of each kind in a text: how it speaks of the text
// and its author.
type Voice = voice

// voice counts the cues of each kind in a text.
type voice struct {
	self, cite, rely, stance, purpose, further int
	// limits counts what a sentence grants cannot be known (see limitRe).
	limits int
	// asks counts the questions: a sentence's own, or a passage's that
	// it asks in its own voice (essay.Passage.Questions).
	asks int
	// ownRely counts the reliance cues of sentences in the author's own
	// voice: "the research reported here", not "according to the cult";
	// citedRely those of other sentences that cite ("Cited in ...").
	ownRely, citedRely int
}

// VoiceOf reads the voice of a sentence, for WeighVoice. A sentence
// naming what is left to study ("suggest a few important areas for
// further exploration") speaks of the research ahead, not of what the
// text sets out to do: its purpose cues do not count.
func VoiceOf(text string) Voice {
	v := voiceOf(text)
	if v.further > 0 {
		v.purpose = 0
	}
	return v
}

func voiceOf(text string) voice {
	count := func(re *lazyregexp.Regexp) int { return len(re.FindAllStringIndex(text, -1)) }
	v := voice{self: count(selfRe), cite: count(citeRe), rely: count(relyRe), stance: count(stanceRe), purpose: count(purposeRe),
		further: count(furtherRe), limits: count(limitRe), asks: int(b2f(strings.HasSuffix(strings.TrimRight(text, ` "'”’)`), "?")))}
	if v.cite == 0 && !workRe.MatchString(text) {
		// "I ever rely on the protection of the State", "I cannot follow
		// them": resting on something that is no one's work.
		v.rely = 0
	}
	if v.self > 0 {
		v.ownRely = v.rely
	} else if v.cite > 0 {
		v.citedRely = v.rely
	}
	return v
}

// passageVoice reads the voice of a passage sentence by sentence: its
// cues summed, and reliance counted as the author's own only in a
// sentence that speaks in his voice.
func passageVoice(sentences []string) voice {
	var v voice
	for _, sn := range sentences {
		w := voiceOf(sn)
		v.self += w.self
		v.cite += w.cite
		v.rely += w.rely
		v.stance += w.stance
		v.purpose += w.purpose
		v.further += w.further
		v.limits += w.limits
		v.ownRely += w.ownRely
		v.citedRely += w.citedRely
	}
	return v
}

// weigh scores a voice for the intent: 0 when it has nothing of what the
// intent looks for.
func (in Intent) weigh(v voice) float64 {
	var s float64
	if in.Has(Sources) {
		// The author saying what he rests on weighs most; a source named,
		// less, and the more names the less each adds. Each counts only
		// in a sentence of its own kind: "according to" in a sentence
		// neither the author's nor a citation names no source.
		s += 2*float64(min(v.ownRely, 2)) + float64(min(v.citedRely, 2))*b2f(v.ownRely == 0) +
			0.5*float64(min(v.cite, 1))
	}
	if in.Has(Stance) && v.self > 0 {
		s += float64(v.stance) + 0.5*float64(min(v.self, 2))
	}
	if in.Has(Purpose) && v.self > 0 {
		s += float64(v.purpose) + 0.5*float64(v.stance)
	}
	if in.Has(Limits) {
		s += limitsWeight(v)
	}
	switch {
	case in.Has(Further) && in.Has(Raised):
		// The questions left for further study are asked where the text
		// names what is left: "Could they work in some future socialist
		// society?" is no such question, away from it.
		s += float64(min(v.further, 1) * (1 + v.asks))
	case in.Has(Further):
		// Naming what is left to study once says so: the passage that
		// opens the list ranks with the one that adds to it.
		s += float64(min(v.further, 1))
	case in.Has(Raised):
		s += float64(v.asks)
	}
	return s
}

// Weigh scores a sentence for the intent: how much it says of the text
// itself in the way the intent asks (a source named, the author's own
// view, what the text sets out to do); 0 for none of it.
func (in Intent) Weigh(sentence string) float64 {
	return in.WeighVoice(voiceOf(sentence))
}

// WeighVoice is Weigh for a voice already read. A sentence in which the
// author says what he rests on ("I have drawn on ...", "my analysis
// mainly follows ...", "on the basis of others' research") says it once,
// however many cues it holds or sources it names: such sentences weigh
// alike, so that an answer quotes each of them rather than the one with
// the most page numbers. A passage saying so in several places speaks of
// its sources more (see weigh).
func (in Intent) WeighVoice(v Voice) float64 {
	if in&^Reading == 0 {
		return 0
	}
	if in.Has(Sources) && v.ownRely > 0 {
		v.ownRely, v.cite = 1, 0
	}
	return in.weigh(v)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// voices holds each passage's voice, by position, computed on first use:
// only a question with an intent needs them.
type voices struct {
	once sync.Once
	of   []voice
}

// voices returns the voice of every passage of the corpus.
func (r *Retriever) voices() []voice {
	r.voice.once.Do(func() {
		r.voice.of = make([]voice, len(r.Corpus.Passages))
		for i, p := range r.Corpus.Passages {
			sents := make([]string, len(p.Sentences))
			for j, sn := range p.Sentences {
				sents[j] = sn.Text
			}
			r.voice.of[i] = passageVoice(sents)
			// A question the text quotes from another writer is not one
			// it asks.
			r.voice.of[i].asks = len(p.Questions())
		}
	})
	return r.voice.of
}

// intentRanking returns the passages, by position, whose voice fits the
// query's intent, best first; ties go to the passage that comes first.
// Reading ranks nothing: its notes are found beside their claim.
func (r *Retriever) intentRanking(in Intent) []int32 {
	in &^= Reading
	if in == 0 {
		return nil
	}
	vs := r.voices()
	var out []int32
	for i := range vs {
		if in.weigh(vs[i]) > 0 {
			out = append(out, int32(i))
		}
	}
	slices.SortStableFunc(out, func(a, b int32) int {
		wa, wb := in.weigh(vs[a]), in.weigh(vs[b])
		switch {
		case wa > wb:
			return -1
		case wa < wb:
			return 1
		}
		return 0
	})
	return out
}

// intentShare is the share of the parts of a question that ask of the
// text itself or its author (see Part.OfText), or are all framing: the
// ranking by voice speaks for them alone. "did the leader's election
// plan allow rival parties, and what does he want researched?" has its
// first part answered by the passage on the plan, which the passages
// naming what is left to study would push below the answer's reach at
// the full weight. A question of one part, or whose every part asks of
// the text, gives it all its weight.
func (q *Query) intentShare() float64 {
	if len(q.Parts) < 2 {
		return 1
	}
	n := 0
	for _, p := range q.Parts {
		if p.OfText || len(p.Stems) == 0 {
			n++
		}
	}
	return float64(max(n, 1)) / float64(len(q.Parts))
}

// fuseIntent adds the votes of the ranking by intent, order (see
// intentRanking). Passages naming what is left to study, or what cannot
// be known (see limitsWeight), weigh alike and
// share the rank of the first of them, so that the question's words, not
// their order in the text, say which of them answers it ("Which years
// need more research on the decisions about privileges?"); the other
// intents rank by their cues alone.
func (r *Retriever) fuseIntent(in Intent, order []int32, weight, k float64, scores []float64) {
	if in&^Reading != Further && in&^Reading != Limits {
		fuse(order, weight, k, scores)
		return
	}
	vs := r.voices()
	rank := 0
	for j, i := range order {
		if j > 0 && in.weigh(vs[i]) != in.weigh(vs[order[j-1]]) {
			rank = j
		}
		scores[i] += weight / (k + float64(rank+1))
	}
}

// union returns the set of the words of a and b.
func union(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for w := range a {
		out[w] = true
	}
	for w := range b {
		out[w] = true
	}
	return out
}
