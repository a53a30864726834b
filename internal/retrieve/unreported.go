package retrieve

import (
	"slices"
	"sync"

	"studyguide/internal/terms"
)

// neverReported reports whether q asks what someone or something the
// corpus names said, wrote or argued, as a whole ("What did X write about
// Y?", "What does the X Treaty actually say?", "What is X's Y actually
// about?", "What's the main argument of X's Y?"), and the text never
// reports it saying anything: no sentence naming it, nor those going on
// about it by a pronoun (see window), holds a word of reporting (see
// reportWords), and none cites it as a source (see citationAt). A text
// that names a book or a person in passing, for a place in its own
// argument, does not say what the book holds or what the person wrote,
// however many of the question's other words the sentence shares (a
// topic named beside it, a word near "testament" such as "legacy").
//
// A question of several parts is left to the other tests, whose other
// parts the text may answer. Only the thing before the verb of saying is
// read (see reportedSpan),
// and only when it holds a name of the corpus and no pronoun or word
// for the text or its author: "What does he say about X?" asks of the
// text. A name the corpus names in more sentences than it lists (see
// nameAt.many) is left to the other tests: a text speaking of someone
// at length reports him in words no list holds.
func (r *Retriever) neverReported(q *Query) bool {
	span := reportedSpan(q.Words)
	if len(span) == 0 || len(q.Parts) > 1 || hasAny(span, backPronouns) || hasAny(span, ownTextNouns) || hasAny(span, roleWords) || r.ofTheText(q) {
		return false
	}
	runs := r.nameRuns(q, q.Stems)
	author := r.authorWords()
	subjects := map[int]string{}
	for _, w := range span {
		s := terms.Stem(w)
		if author[s] {
			return false
		}
		if n := runs[s]; n != 0 && subjects[n] == "" {
			subjects[n] = s
		}
	}
	if len(subjects) == 0 {
		return false
	}
	told := 0
	for n, s := range subjects {
		if r.name(s).many {
			return false
		}
		for _, a := range r.spellings(s) {
			if !namesWhole(runs, n, r.window(a)) {
				continue
			}
			told++
			if r.citationAt(a) != nil || reportedIn(a) {
				return false
			}
		}
	}
	return told > 0
}

// reportedSpan returns the words of ws, a question's words in lower case,
// that name what it asks the sayings of, or nil when it asks no such
// thing: those between "what did" and a verb of saying ("what did X
// actually write about Y"), between "what is" and a closing "about"
// ("what is X actually about"), or after "what is the main argument of"
// ("what's the main argument of X"), or before it when possessed ("what
// is X's main argument in Y").
func reportedSpan(ws []string) []string {
	if len(ws) < 4 || !contentAskers[ws[0]] {
		return nil
	}
	switch {
	case doWords[ws[1]]:
		at := slices.IndexFunc(ws[2:], func(w string) bool { return sayVerbs[w] })
		if at > 0 {
			return ws[2 : 2+at]
		}
	case aboutBe[ws[1]] && ws[len(ws)-1] == "about":
		return ws[2 : len(ws)-1]
	}
	at := slices.IndexFunc(ws, func(w string) bool { return gistNouns[w] })
	if at < 2 || !gistAdjectives[ws[at-1]] {
		return nil
	}
	if at+2 < len(ws) && ws[at+1] == "of" {
		return ws[at+2:]
	}
	from := 1
	if aboutBe[ws[1]] {
		from = 2
	}
	return ws[min(from, at-1) : at-1]
}

// contentAskers open a question asking what was said (a student's "wat"
// among them).
var contentAskers = words("what", "whats", "wat", "wot")

// aboutBe are the forms of "be" after "what" ("what's" keeps its "s").
var aboutBe = words("is", "was", "s", "are", "were")

// sayVerbs are the verbs, as they stand after "did" or "does", that ask
// what someone said, wrote or argued.
var sayVerbs = words("say", "write", "argue", "claim", "propose", "advocate", "demand", "criticise", "criticize", "preach", "teach", "tell")

// gistNouns name what a whole work or speech says; gistAdjectives ask
// for it whole ("the main argument of X").
var (
	gistNouns      = words("argument", "thesis", "point", "message", "claim")
	gistAdjectives = words("main", "overall", "central", "chief", "basic", "key", "core")
)

// reportWords are the words by which a text reports what someone said,
// wrote or held: a sentence holding one tells something of it, which
// the question may ask. Words of the text's own sources ("memoirs",
// "letter", "speech") count too, and the older English of reporting
// ("saith", "affirms", "owns"). "State" and "note" are left out, being
// more often nouns of another sense ("head of state", "a note"), and so
// is "critique", a title's word more often than a report.
var reportWords = []string{"say", "says", "said", "write", "writes", "wrote", "written", "writing", "argue", "argues", "argued",
	"argument", "claim", "claims", "claimed", "stated", "statement", "believe", "believes", "believed", "belief", "think", "thinks",
	"thought", "insist", "insisted", "assert", "asserted", "declare", "declared", "propose", "proposed", "proposal", "suggest",
	"suggested", "contend", "contended", "conclude", "concluded", "conclusion", "observe", "observed", "remark", "remarked",
	"mention", "mentioned", "muse", "mused", "worry", "worried", "complain", "complained", "praise", "praised", "denounce",
	"denounced", "criticize", "criticized", "criticise", "criticised", "criticism", "attack", "attacked", "call", "called",
	"describe", "described", "quote", "quoted", "report", "reported", "tell", "told", "admit", "admitted", "deny", "denied",
	"recall", "recalled", "explain", "explained", "show", "showed", "shown", "according", "view", "views", "opinion",
	"testify", "testified", "testimony", "memoir", "memoirs", "letter", "letters", "speech", "words", "attribute",
	"attributes", "attributed", "accuse", "accused", "blame", "blamed", "credit", "credited", "saw", "wonder", "wondered",
	"ask", "asked", "answer", "answered", "reply", "replied", "urge", "urged", "warn", "warned", "demand", "demanded",
	"advocate", "advocated", "promise", "promised", "predict", "predicted", "recommend", "recommended", "reveal", "revealed",
	"publish", "published", "favor", "favored", "favour", "favoured", "oppose", "opposed", "support", "supported",
	"found", "finding", "findings", "deduced", "deduction", "deductions", "inferred", "inference", "lesson", "lessons",
	"learned", "discovered", "proved", "insists", "asserts", "declares", "proposes", "suggests", "contends", "concludes",
	"observes", "remarks", "mentions", "describes", "quotes", "reports", "tells", "admits", "denies", "recalls", "explains",
	"shows", "attacks", "praises", "criticizes", "criticises", "complains", "worries", "urges", "warns", "demands",
	"advocates", "predicts", "recommends", "reveals", "publishes", "opposes", "supports", "favors", "favours", "finds",
	"teach", "teaches", "taught", "speak", "speaks", "spoke", "spoken", "maintain", "maintains", "maintained", "affirm",
	"affirms", "affirmed", "saith", "confess", "confesses", "confessed", "grant", "grants", "granted", "allow", "allows",
	"allowed", "hold", "holds", "held", "judge", "judges", "judged", "own", "owns", "owned", "acknowledge",
	"acknowledges", "acknowledged"}

// reportForms holds reportWords and sayings, read as written: by stem,
// "critically" was a word of "criticize".
var reportForms = sync.OnceValue(func() map[string]bool {
	out := words(reportWords...)
	for w := range sayings {
		out[w] = true
	}
	return out
})

// reportedIn reports whether sentence at, or one after it going on about
// what it names (see window), holds a word of reporting (see
// reportWords), stop words among them: "According to X, ..." reports X,
// though a search drops "according" (see terms.Stems).
func reportedIn(at sentenceAt) bool {
	sents := at.passage.Sentences
	for j := at.sentence; j < len(sents) && (j == at.sentence || continuesBefore(sents[j].Text)); j++ {
		for w := range terms.WordsSeq(sents[j].Text) {
			if reportForms()[w] {
				return true
			}
		}
		if j > at.sentence && opensNor(sents[j].Text) {
			break
		}
	}
	return false
}
