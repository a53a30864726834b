package retrieve

import (
	"slices"
	"strings"
	"sync"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// A question asking what kind of source a text cites ("Is there a
// journal article among the footnotes?", "Does he cite websites?")
// shares no word with the note that answers it: a note gives a journal
// as its name, volume and year ("Modern Review 12 (1999)"), a website
// as its address. Such a question ranks the passages citing that kind
// ahead of those that do not (see favourCited).
var (
	// periodicalWords ask for an article of a journal or magazine.
	periodicalWords = words("journal", "journals", "periodical", "periodicals", "magazine", "magazines")
	// onlineWords ask for a source on the web. "link" and "links" are
	// left out: "how does he link X to Y" asks no address.
	onlineWords = words("website", "websites", "online", "internet", "web", "webpage", "webpages",
		"url", "urls")
	// scholarlyWords ask for a scholar's article rather than a
	// magazine's.
	scholarlyWords = words("scholarly", "academic", "peer", "refereed")
	// scholarlyRe finds a journal cited as scholars cite one: a volume
	// and its year in parentheses ("12 (1999)").
	scholarlyRe = lazyregexp.New(`\b\d{1,4}\s*\(\d{4}\)`)
	// periodicalRe finds a periodical cited by its name: a title ending
	// in a word naming a periodical ("Modern Review", "The Weekly
	// Journal", "_Sunday Magazine_").
	periodicalRe = lazyregexp.New(`\b[A-Z][a-z]+ (?:Review|Journal|Quarterly|Magazine)\b`)
	// linkRe finds a link: a web address, or the angle brackets a link
	// leaves when its address is stripped from the text ("at <>").
	linkRe = lazyregexp.New(`https?://|\bwww\.|<>`)
	// comingWords ask for work still to come: the author's next
	// publication, which he announces in his own voice (see comingRe).
	// "future" and "next" ask so only before a word naming a
	// publication (see workWords): "the future socialist society" and
	// "future work" for researchers do not.
	comingWords = words("forthcoming", "upcoming")
	laterWords  = words("future", "planned", "next")
	// workWords name a piece of work published.
	workWords = words("publication", "publications", "article", "articles", "book", "books", "paper", "papers")
	// comingRe finds work announced: being prepared, planned or about to
	// appear.
	comingRe = lazyregexp.New(`(?i)\b(?:preparing|in preparation|forthcoming|to appear|will appear|will be published|publication planned|planned for)\b`)
	// writtenWords ask when the text was written, beside "when" or
	// "date" and a word naming the text (see ownTextNouns).
	writtenWords = words("written", "wrote", "write", "finished", "completed", "composed")
	// nowRe finds the author dating his own writing: "as of" a date, "at
	// the time of writing", or himself at work now ("I am ...").
	nowRe = lazyregexp.New(`(?i)\bas of\b|\b(?:at the time of|at this) writing\b|\bI am\b|\bI'm\b`)
)

// uncitedShare is the part of its score a passage citing no source of
// the kind a question asks for keeps: a note citing a journal says so in
// no word the question shares, and must pass the notes that share
// "article" or "cite" with it.
const uncitedShare = 0.2

// citedKinds records, by position, which passages cite a scholarly
// journal, which a periodical and which give a link, read on first use.
type citedKinds struct {
	once                          sync.Once
	scholarly, periodical, online []bool
	// coming holds whether a passage announces the author's work to
	// come, dated whether it dates the time he writes at, first whether
	// it tells where or when something was first published (see
	// firstPublishedRe).
	coming, dated, first []bool
}

// favourCited ranks first, for a question asking for a kind of source
// (see periodicalWords, onlineWords), the passages citing a source of
// that kind, in their order; the others follow, keeping uncitedShare of
// their score. A question asking for a scholarly article asks for one
// cited with its volume (see scholarlyRe): a magazine is cited by its
// date. So too for a question asking for the author's work to come
// (see comingWords), with the passages where he announces it, and one
// asking when the text was written (see writtenWords), with those where
// he dates the time he writes at ("As of May 1990 I am ..."), and one
// asking where or when something was first published (see
// asksFirstPublished), with those telling a first publication.
func (r *Retriever) favourCited(q *Query, scores []float64) {
	periodical, online := hasAny(q.Words, periodicalWords), hasAny(q.Words, onlineWords)
	coming := AsksWorkToCome(q.Words)
	dated := AsksWhenWritten(q.Words)
	first := asksFirstPublished(q.Words)
	if !periodical && !online && !coming && !dated && !first {
		return
	}
	k := r.citedKinds()
	scholarly := periodical && hasAny(q.Words, scholarlyWords)
	cites := func(i int) bool {
		return scholarly && k.scholarly[i] || !scholarly && periodical && k.periodical[i] || online && k.online[i] ||
			coming && k.coming[i] || dated && k.dated[i]
	}
	// Where or when something was first published is told by the
	// passage telling a first publication, whatever kind of periodical
	// the question names: "In which journal was the text first
	// published?" of a note giving "the earliest publication" in a
	// newspaper.
	var firsts []int
	if first {
		firsts = r.firstPublications(q)
	}
	if len(firsts) > 0 {
		cites = func(i int) bool { return slices.Contains(firsts, i) }
	} else if !periodical && !online && !coming && !dated {
		return
	}
	other := 0.0
	for i, sc := range scores {
		if !cites(i) {
			other = max(other, sc)
		}
	}
	for i, sc := range scores {
		if cites(i) {
			// Above every other passage, and within the top score.
			scores[i] = uncitedShare*other + (1-uncitedShare)*sc
		} else {
			scores[i] = uncitedShare * sc
		}
	}
}

// kindHeld reports whether w, a word the corpus never uses, asks for a
// kind of source that some passage cites (see favourCited): "Does he
// cite websites?" of a text giving links. Such a word frames the
// question, as "cite" does: the text holds what it asks for, though
// never the word.
func (r *Retriever) kindHeld(w string) bool {
	if !periodicalWords[w] && !onlineWords[w] || r.usesWord(w) || r.Index.BM25.Has(terms.Stem(w)) {
		return false
	}
	k := r.citedKinds()
	return periodicalWords[w] && slices.Contains(k.periodical, true) || onlineWords[w] && slices.Contains(k.online, true)
}

// asksWorkToCome reports whether ws put a word of time to come before a
// word naming a publication, at most one word between ("future
// publication", "planned follow-up article"); name a sequel ("is there a
// follow up", "any sequel"); or ask what else or what next someone is
// writing ("is he writing anything else?", "what is she working on
// next?"): each asks for work still to come.
func asksWorkToCome(ws []string) bool {
	for i, w := range ws {
		if laterWords[w] && slices.ContainsFunc(ws[i+1:min(i+3, len(ws))], func(v string) bool { return workWords[v] }) {
			return true
		}
		if sequelWords[w] || followUp(ws, i) {
			return true
		}
		if writingNow[w] && slices.ContainsFunc(ws[i+1:min(i+1+nextReach, len(ws))], func(v string) bool { return nextWords[v] }) {
			return true
		}
	}
	return false
}

// AsksWhenWritten reports whether a question, given as its words, asks
// when the text itself was written: "when" or "date" beside a word of
// writing and a word naming the text ("When was this essay written?",
// "when was this even written?"). Retrieval ranks first the passages
// where the author dates the time he writes at; an answer quotes the
// sentence that does (see DatesWriting).
func AsksWhenWritten(ws []string) bool {
	return (slices.Contains(ws, "when") || slices.Contains(ws, "date")) && hasAny(ws, writtenWords) &&
		(hasAny(ws, ownTextNouns) || slices.Contains(ws, "text") || thisWritten(ws) || wroteThis(ws))
}

// wroteThis reports whether ws end on "this" as the object of a word of
// writing, adverbs aside ("when did he write this?", "when did the author
// actually write this"): with no noun after it, "this" is the text the
// asker is reading; "when did he write this letter" names something
// else.
func wroteThis(ws []string) bool {
	n := len(ws)
	if n < 2 || ws[n-1] != "this" {
		return false
	}
	j := n - 2
	for j > 0 && adverb(ws[j]) {
		j--
	}
	return writtenWords[ws[j]]
}

// DatesWriting reports whether a sentence dates, in its author's own
// voice, the time he writes at ("As of May 1990 I am ...").
func DatesWriting(sentence string) bool {
	return selfRe.MatchString(sentence) && nowRe.MatchString(sentence) && yearRe.MatchString(sentence)
}

// thisWritten reports whether ws say "this" of the text itself, as the
// subject of a word of writing with at most adverbs between ("when was
// this written", "when was this even written"): "this" with a noun
// after it ("when was this law written") names something else.
func thisWritten(ws []string) bool {
	for i, w := range ws {
		if w != "this" {
			continue
		}
		j := i + 1
		for j < len(ws) && adverb(ws[j]) {
			j++
		}
		if j < len(ws) && writtenWords[ws[j]] {
			return true
		}
	}
	return false
}

// adverb reports whether w is an adverb that may stand between "this"
// and a word of writing: one ending in "-ly" ("originally") or a few of
// emphasis ("even", "ever", "first").
func adverb(w string) bool {
	return strings.HasSuffix(w, "ly") && len(w) > 4 || w == "even" || w == "ever" || w == "first"
}

// AsksWorkToCome reports whether a question, given as its words, asks
// for the author's work still to come: it names a forthcoming or
// upcoming work, or asks as asksWorkToCome reads ("is there a follow
// up", "is he writing anything else?"). Retrieval ranks first the
// passages announcing such work; an answer quotes the sentence that
// does (see AnnouncesWork).
func AsksWorkToCome(ws []string) bool {
	return hasAny(ws, comingWords) || asksWorkToCome(ws)
}

// AnnouncesWork reports whether a sentence announces its author's work
// to come in his own voice ("As of May 1990 I am preparing a book ...").
func AnnouncesWork(sentence string) bool {
	return selfRe.MatchString(sentence) && comingRe.MatchString(sentence)
}

// followUp reports whether ws[i] opens "follow up" said as a noun: after
// an article, "any" or a verb of work under way ("is there a follow up",
// "is he writing a follow-up", whose article Words drops), or before a
// word naming a work ("what follow-up work does he announce?"): "how
// did they follow up on it" asks of a deed.
func followUp(ws []string, i int) bool {
	if ws[i] != "follow" || i+1 >= len(ws) || ws[i+1] != "up" {
		return false
	}
	return i > 0 && (sequelOpeners[ws[i-1]] || writingNow[ws[i-1]]) || i+2 < len(ws) && (workWords[ws[i+2]] || ws[i+2] == "work")
}

// nextReach is how many words after a verb of writing now the word
// asking for more may stand: "writing anything else".
const nextReach = 3

var (
	// sequelWords name a work following another.
	sequelWords = words("sequel", "sequels", "followup", "followups")
	// sequelOpeners stand before "follow up" said as a noun ("is there
	// a follow up", whose article Words drops).
	sequelOpeners = words("a", "any", "the", "no", "there", "theres")
	// writingNow are the verbs of work under way.
	writingNow = words("writing", "working", "preparing")
	// nextWords ask for more after the work at hand.
	nextWords = words("else", "next", "new", "more")
)

// citedKinds returns which passages cite a scholarly journal, which a
// periodical and which give a link.
func (r *Retriever) citedKinds() *citedKinds {
	k := &r.cited
	k.once.Do(func() {
		n := len(r.Corpus.Passages)
		k.scholarly, k.periodical, k.online = make([]bool, n), make([]bool, n), make([]bool, n)
		k.coming, k.dated, k.first = make([]bool, n), make([]bool, n), make([]bool, n)
		for i, p := range r.Corpus.Passages {
			text := p.Text()
			k.scholarly[i] = scholarlyRe.MatchString(text)
			k.periodical[i] = k.scholarly[i] || periodicalRe.MatchString(text)
			k.online[i] = linkRe.MatchString(text)
			for _, sn := range p.Sentences {
				k.coming[i] = k.coming[i] || AnnouncesWork(sn.Text)
				k.dated[i] = k.dated[i] || DatesWriting(sn.Text)
				k.first[i] = k.first[i] || firstPublishedRe.MatchString(sn.Text)
			}
		}
	})
	return k
}
