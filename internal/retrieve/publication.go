package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// publicationFact is a fact about a text as a publication, or about its
// author's life outside it, that readers ask ("Has this essay been peer
// reviewed?", "how do i cite this in mla format", "where does he
// teach?") and a text seldom states. Such a question shares words with
// passages that say something else ("... has much to teach the
// young", "any reader of this essay will see"), and was
// answered from them. The text's own metadata (title, author, year)
// answers who wrote it and when; the rest is declined unless a sentence
// of the corpus states it.
type publicationFact struct {
	// name says what is asked, for tests.
	name string
	// asks reports whether a question's words, in lower case, ask it.
	asks func(ws []string) bool
	// states finds a sentence that states it, read together with
	// ownVoice when own is set: the author saying it of himself or of
	// the text.
	states *lazyregexp.Regexp
	own    bool
	// named is set when only a sentence naming the author states it.
	named bool
}

// publicationFacts are the facts of publication a question may ask.
var publicationFacts = []publicationFact{
	{
		name: "peer review",
		asks: func(ws []string) bool {
			return followed(ws, "peer", "review", "reviewed", "reviewing") || slices.Contains(ws, "refereed")
		},
		states: lazyregexp.New(`(?i)\bpeer[- ]review|\brefereed\b`),
	},
	{
		name: "citation style",
		asks: func(ws []string) bool {
			return hasAny(ws, citeStyles) && hasAny(ws, citeWords) ||
				hasAny(ws, citeVerbs) && followed(ws, "how", "do", "to", "should", "would", "can") && hasAny(ws, textNouns)
		},
		states: lazyregexp.New(`(?i)\b(?:MLA|APA|Chicago style|cite (?:this|as)|please cite|to be cited)\b`),
	},
	{
		name: "venue",
		asks: func(ws []string) bool {
			return hasAny(ws, publishWords) && hasAny(ws, venueWords) && thisText(ws)
		},
		states: lazyregexp.New(`(?i)\bthis (?:essay|article|paper|piece|text)\b.*\b(?:published|appeared|printed|first ran)\b|\b(?:published|appeared|printed)\b.*\bthis (?:essay|article|paper|piece|text)\b`),
	},
	{
		name: "employer",
		asks: func(ws []string) bool {
			return ofPerson(ws, employWords) && (slices.Contains(ws, "where") || hasAny(ws, schools))
		},
		states: lazyregexp.New(`(?i)\b(?:university|college|professor|lecturer|department of|faculty of)\b`),
		own:    true,
	},
	{
		name: "profession",
		asks: func(ws []string) bool {
			return ofPerson(ws, professionWords) || followed(ws, "a", "living") && followed(ws, "for", "a")
		},
		states: lazyregexp.New(`(?i)\bI am an? \w+|\bI(?:'m| am) (?:a |an )?(?:professor|historian|scholar|lecturer|teacher|journalist|writer)\b|\bas an? (?:historian|scholar|professor|teacher|academic|researcher|journalist)\b|\bmy (?:job|profession|field|training|discipline)\b`),
		own:    true,
	},
	{
		// Whether a work of the author's came out is a fact after a text
		// that can speak of it only as planned ("with publication
		// planned for February"); asked when he planned it, the text
		// answers. Only whether it came out is such a fact: "In which
		// magazine had he published his article?" is answered by a
		// sentence naming the magazine, published or not in its words.
		// It is asked in many words ("did it actually appear", "did it
		// ever come out"; see cameOut), of "his article" or of "the
		// article planned for February" (see plannedWork).
		name: ownWorkPublished,
		asks: func(ws []string) bool {
			return len(ws) > 0 && auxiliaries[ws[0]] && (ownWork(ws) || plannedWork(ws)) && cameOut(ws) && !asksPlan(ws)
		},
		states: lazyregexp.New(`(?i)\b(?:was|were|has been|have been|had been|got|been|now)\s+published\b|\bappeared (?:in|on)\b`),
		own:    true,
	},
	{
		// Who wrote the text is in its byline, which answers it (see
		// generate's bylineAnswer); a passage answers it only by naming
		// the author, and one speaking of "this essay" does not.
		name:   "author's name",
		asks:   writerOfThis,
		states: lazyregexp.New(`.`),
		named:  true,
	},
	{
		name: "birth",
		asks: func(ws []string) bool {
			return ofPerson(ws, birthWords)
		},
		states: lazyregexp.New(`(?i)\b(?:born|birth)\b`),
		own:    true,
	},
}

// ownWorkPublished names the fact whether a work of the author's came
// out, which a question may also ask of a work by its planned date (see
// datedPlanned).
const ownWorkPublished = "own work published"

var (
	citeStyles      = words("mla", "apa", "chicago", "harvard", "turabian", "ieee", "bibtex")
	citeWords       = words("cite", "citing", "citation", "format", "style", "reference", "bibliography", "works")
	citeVerbs       = words("cite", "reference")
	textNouns       = words("essay", "article", "paper", "text", "piece", "this", "it")
	ownTextNouns    = words("essay", "article", "paper", "piece")
	publishWords    = words("published", "publish", "publication", "appeared", "appear", "printed", "ran", "run", "posted")
	venueWords      = words("where", "journal", "website", "site", "magazine", "outlet", "venue", "newspaper", "publisher", "periodical")
	employWords     = words("teach", "teaches", "taught", "teaching", "employed", "employs", "employ", "work", "works", "worked", "working", "lecture", "lectures", "professor")
	professionWords = words("job", "jobs", "profession", "occupation", "career", "discipline", "disciplinary", "training", "trained", "degree", "degrees", "qualifications", "qualified", "credentials", "phd", "doctorate")
	birthWords      = words("born", "birth", "birthday", "birthplace")
	workNouns       = words("article", "articles", "book", "books", "paper", "papers", "study", "piece", "work")
	publishedWords  = words("published", "appeared", "appear", "released")
	planWords       = words("plan", "plans", "planned", "planning", "prepare", "preparing", "intend", "intended", "working", "ready", "going", "will")
	// pronouns that may stand for the author in a question naming no
	// one else ("where does he teach?").
	authorPronouns = words("he", "his", "him", "she", "her", "hers")
	selfTextWords  = words("essay", "article", "paper", "text", "piece", "author", "authors", "writer", "wrote", "written", "write", "writes")
)

// hasAny reports whether ws holds a word of set.
func hasAny(ws []string, set map[string]bool) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return set[w] })
}

// followed reports whether ws holds first followed straight by one of
// next.
func followed(ws []string, first string, next ...string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == first && slices.Contains(next, ws[i+1]) {
			return true
		}
	}
	return false
}

// ofPerson reports whether ws hold a word of set said of a person: one
// of at most personGap words after "he", "his", "author", "writer" and
// the like ("does he teach", "the author employed", "his disciplinary
// training"). "trained engineers" or "the work of the council" is said of
// no one.
func ofPerson(ws []string, set map[string]bool) bool {
	for i, w := range ws {
		if !set[w] {
			continue
		}
		for j := max(0, i-personGap); j < i; j++ {
			if authorPronouns[ws[j]] || personNouns[ws[j]] {
				return true
			}
		}
	}
	return false
}

// ownWork reports whether ws speak of a work of the author's: "his",
// "her" or "author" at most workGap words before a noun of a work
// ("the author's February article", "his book"; a question's words
// leave out the possessive's "s").
func ownWork(ws []string) bool {
	for i, w := range ws {
		if !workNouns[w] {
			continue
		}
		for j := max(0, i-workGap); j < i; j++ {
			if ws[j] == "his" || ws[j] == "her" || ws[j] == "author" {
				return true
			}
		}
	}
	return false
}

// cameOut reports whether ws ask whether a work came out: "published",
// "appeared", "appear" ("did it actually appear"), "released", or "come
// out" ("did his article ever come out").
func cameOut(ws []string) bool {
	if hasAny(ws, publishedWords) {
		return true
	}
	for i := 0; i+1 < len(ws); i++ {
		if comeWords[ws[i]] && ws[i+1] == "out" {
			return true
		}
	}
	return false
}

// plannedWork reports whether ws call a work planned: a plan word
// straight before a noun of a work ("his planned article") or after it
// with "for" ("the article ... planned for February"). The text speaks
// of its author's work to come only as planned, and a work so called is
// his, whoever the question says owns it.
func plannedWork(ws []string) bool {
	return len(plannedAt(ws)) > 0
}

// plannedAt returns the positions in ws of the plan words that call a
// work planned (see plannedWork).
func plannedAt(ws []string) map[int]bool {
	out := map[int]bool{}
	for i, w := range ws {
		if !planWords[w] {
			continue
		}
		if i+1 < len(ws) && workNouns[ws[i+1]] {
			out[i] = true
		}
		if i+1 < len(ws) && ws[i+1] == "for" && slices.ContainsFunc(ws[max(0, i-workGap-1):i], func(v string) bool { return workNouns[v] }) {
			out[i] = true
		}
	}
	return out
}

// asksPlan reports whether ws ask of the author's plan ("When did he
// plan to publish it?", "is he working on an article"): a plan word
// other than one calling a work planned (see plannedAt). The text
// answers that, as it speaks of the plan.
func asksPlan(ws []string) bool {
	attribute := plannedAt(ws)
	for i, w := range ws {
		if planWords[w] && !attribute[i] {
			return true
		}
	}
	return false
}

// writerOfThis reports whether ws ask who wrote the text itself: "who
// wrote this essay", "who wrote this", not "who wrote the article he
// cites".
func writerOfThis(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "who" && writeWords[ws[i+1]] && ws[i+2] == "this" {
			return i+3 == len(ws) || ownTextNouns[ws[i+3]] || terms.IsStopword(ws[i+3])
		}
	}
	return false
}

// workGap is how many words may stand between the owner and his work:
// "the author's February 2006 article".
const workGap = 4

// personGap is how many words may stand between a person and what is
// said of him ("his academic field").
const personGap = 2

// personNouns name the author of a text by role.
var personNouns = words("author", "writer", "guy", "man", "woman", "historian", "scholar", "professor")

// thisText reports whether ws speak of the text itself: "this essay",
// "the essay", not "his article" (another of the author's works) nor
// "the text" (a document the text speaks of: "Where was the text first
// published, as far as the author has found?").
func thisText(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if ownTextNouns[ws[i]] && (ws[i-1] == "this" || ws[i-1] == "the" && ws[i] == "essay") {
			return true
		}
	}
	return false
}

// ofAuthor reports whether q speaks of the text or its author: it names
// the text, its author or his writing, or the author's name; or it
// speaks of "he" or "his" and names no one the corpus names, the author
// being then whom it asks of ("where does he teach?").
func (r *Retriever) ofAuthor(q *Query) bool {
	author := r.authorWords()
	if slices.ContainsFunc(q.Words, func(w string) bool { return selfTextWords[w] || author[w] }) {
		return true
	}
	return hasAny(q.Words, authorPronouns) && len(r.nameRuns(q, q.Stems)) == 0 && len(q.Names) == 0
}

// unstatedPublication returns the fact of publication q asks of the text
// or its author (see publicationFact) that no sentence of the corpus
// states, or "". A question naming someone else ("Where was Napoleon
// born?", "What was X's job?") is left to the other tests: the text may
// say it of him.
func (r *Retriever) unstatedPublication(q *Query) string {
	if !r.ofAuthor(q) {
		return ""
	}
	// The author's name asks of him as "he" does: "What college does
	// Smith teach at?".
	author := r.authorWords()
	ws := slices.Clone(q.Words)
	for i, w := range ws {
		if author[w] {
			ws[i] = "author"
		}
	}
	for _, f := range publicationFacts {
		if (f.asks(ws) || f.name == ownWorkPublished && r.datedPlanned(ws)) && !r.statesFact(f) {
			return f.name
		}
	}
	return ""
}

// statesFact reports whether a sentence of the corpus states f: it
// matches f.states and, when f.own, speaks in the author's voice or
// names him (see selfRe).
func (r *Retriever) statesFact(f publicationFact) bool {
	author := r.authorWords()
	for _, p := range r.Corpus.Passages {
		for _, sn := range p.Sentences {
			if !f.states.MatchString(sn.Text) {
				continue
			}
			names := slices.ContainsFunc(terms.Words(sn.Text), func(w string) bool { return author[strings.ToLower(w)] })
			if f.named && names || !f.named && (!f.own || selfRe.MatchString(sn.Text) || names) {
				return true
			}
		}
	}
	return false
}
