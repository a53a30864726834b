package retrieve

import (
	"maps"
	"slices"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// Chronology is what the text gives for a question asking the order of
// events or the time between them (see askedTimeline): for each event
// the question names, the sentences that date it. A teacher checking a
// timeline asks "Which came first, X or Y?" or "How many years after X
// did Y?" of events each dated in another passage; the words of the
// question are spread over both, and the words of the asking ("first",
// "how many years") over neither.
type Chronology struct {
	// Interval is set for a question asking the time between events,
	// not their order; Single for one asking in what year or when one
	// thing happened, whose words the passages it finds hold beside no
	// date ("What year is the constitution he keeps referring to?").
	Interval, Single bool
	// Events are the events the question names, in its order.
	Events []DatedEvent
}

// DatedEvent is one event a question asking a chronology names, and
// where the text dates it.
type DatedEvent struct {
	// Event is the event as the question words it ("the Ordinance of
	// 1787").
	Event string
	// Passage holds the sentences dating it, nil when no sentence does.
	Passage *essay.Passage
	// Sentences are the indices in Passage of the sentences dating it:
	// the one giving the time, after the one before it when that names
	// what the time is of (a book's title, then "... of the 1971
	// edition").
	Sentences []int
}

// Dated reports whether the text dates every event of c.
func (c *Chronology) Dated() bool {
	return c != nil && !slices.ContainsFunc(c.Events, func(e DatedEvent) bool { return e.Passage == nil })
}

// orderRe finds a question asking which of events came first: "Which
// came first, X or Y?", "Which happened first: X, or Y?", "Was X before
// or after Y?". The text of the events follows its end, or stands on
// either side of "before or after".
var orderRe = lazyregexp.New(`(?i)\b(?:which|what)\s+(?:\w+\s+)?(?:came|come|comes|happened|happen|occurred|took place|was|were)\s+(?:first|earlier|sooner)\b\s*[,:;]?|\b(?:before or after|after or before|earlier or later)\b`)

// orderListRe finds a request to put events in the order of time, the
// list after a colon: "Put these in order for me: X, Y and Z."
var orderListRe = lazyregexp.New(`(?i)\b(?:put|place|arrange|sort)\s+(?:these|them|the following|those)\s+(?:\w+\s+)?(?:in(?:to)?\s+(?:chronological\s+|date\s+)?order|chronologically)\b[^:]*:`)

// listRe splits the events such a request lists.
var listRe = lazyregexp.New(`(?i)\s*,\s*(?:and|or|then)\s+|\s*,\s*|\s+and\s+|\s*;\s*`)

// intervalRe finds a question asking the time between events: "How many
// years after X did Y?", "How long before X was Y?", "How many years
// separate X and Y?".
var intervalRe = lazyregexp.New(`(?i)\bhow\s+(?:(?:many|much)\s+(?:\w+\s+)?(?:years|months|weeks|days|decades|time)|long|soon)\s+(?:\w+\s+)?(?:after|before|between|separates?|separated|passed|elapsed)\b`)

// betweenRe splits the events of a question asking the time between
// them: "between X and Y", "separate X and Y".
var betweenRe = lazyregexp.New(`(?i)\b(?:between|separates?|separated)\s+(.+?)\s+and\s+(.+)$`)

// afterRe splits the events of a question asking how long after or
// before one the other came: "after X did Y", "before X was Y".
var afterRe = lazyregexp.New(`(?i)\b(?:after|before)\s+(.+?)\s+(?:did|was|were|is|are|does|do|had|has|came|come)\s+(.+)$`)

// moreRe ends an event where the question goes on to ask another thing
// (", and who reports this?").
var moreRe = lazyregexp.New(`(?i)(?:,\s*(?:and|or|but|if)\s|;|\?).*$`)

// askedTimeline returns the events q asks the order of or the time
// between, and whether it asks the time between; none for a question
// asking neither, or naming fewer than two events.
func askedTimeline(text string) ([]string, bool) {
	text = strings.TrimSpace(text)
	var events []string
	interval := false
	if m := intervalRe.FindStringIndex(text); m != nil {
		interval = true
		rest := text[m[0]:]
		if sm := betweenRe.FindStringSubmatch(rest); sm != nil {
			events = []string{sm[1], sm[2]}
		} else if sm := afterRe.FindStringSubmatch(rest); sm != nil {
			events = []string{sm[1], sm[2]}
		}
	} else if m := orderListRe.FindStringIndex(text); m != nil {
		events = listRe.Split(strings.TrimRight(strings.TrimSpace(text[m[1]:]), "?.! "), -1)
	} else if m := orderRe.FindStringIndex(text); m != nil {
		if w := strings.ToLower(strings.Fields(text[m[0]:m[1]])[0]); w == "before" || w == "after" || w == "earlier" {
			// "Was X before or after Y?": X after the opening verb.
			first := strings.Fields(text[:m[0]])
			if len(first) > 1 && askers[strings.ToLower(first[0])] {
				first = first[1:]
			}
			events = []string{strings.Join(first, " "), text[m[1]:]}
		} else {
			events = splitEvents(text[m[1]:])
		}
	}
	var out []string
	for _, e := range events {
		e = strings.TrimSpace(moreRe.ReplaceAllString(e, ""))
		e = askingVerbRe.ReplaceAllString(strings.TrimRight(e, " ,.:;?!"), "")
		if len(terms.Stems(e)) > 0 {
			out = append(out, e)
		}
	}
	if len(out) < 2 {
		return nil, false
	}
	return out, interval
}

// orRe splits the events a question asking their order lists.
var orRe = lazyregexp.New(`(?i)\s*,\s*or\s+|\s*,\s*|\s+or\s+|\s*;\s*`)

// splitEvents splits the list of events after "which came first".
func splitEvents(list string) []string {
	list = strings.TrimRight(strings.TrimSpace(list), "?.! ")
	return orRe.Split(list, -1)
}

// eventFraming are the stems of an event's words that say how it is
// asked of, not what it is: "the speech come", "the governor's date
// for the king's death".
var eventFraming = words(terms.Stems("come came happen happened occur occurred appear appeared take took place roughly exactly approximately date dates year years time day")...)

// referring are the stems of the words by which a reader points to
// what the text tells, not to what it tells of: "the episode he
// mentions", "the charter he keeps referring to", "which date X gave".
var referring = words(terms.Stems("mention mentions mentioned refer refers referring referred keep keeps talk talks talking speak speaks discuss discusses cite cites cited say says said give gives gave episode event incident business matter thing")...)

// askingVerbRe finds the verb a question asking when an event came ends
// it with ("did the speech come"): no word of the event.
var askingVerbRe = lazyregexp.New(`(?i)\s+(?:come|came|happen|happened|occur|occurred|appear|appeared|take place|took place)$`)

// timeline returns the chronology q asks for (see askedTimeline), each
// event with the sentences dating it, or nil when q asks none. An event
// none of whose words the text holds is one it does not date ("Which
// came first, the moon landing or X?").
func (r *Retriever) timeline(q *Query) *Chronology {
	events, interval := askedTimeline(q.Text)
	if events == nil {
		return r.yearAsked(q)
	}
	c := &Chronology{Interval: interval}
	stems := make([][]string, len(events))
	for i, e := range events {
		for _, s := range terms.Unique(terms.Stems(e)) {
			if !eventFraming[s] && r.Index.BM25.Has(s) {
				stems[i] = append(stems[i], s)
			}
		}
		c.Events = append(c.Events, DatedEvent{Event: events[i]})
	}
	// One sentence placing the events against each other ("burned the
	// day after his death", "the postwar trials") dates them all.
	if p, j, ok := r.relatingSentence(stems); ok {
		for i := range c.Events {
			c.Events[i].Passage, c.Events[i].Sentences = p, []int{j}
		}
		return c
	}
	for i := range c.Events {
		if ws := terms.Words(events[i]); writingEvent(ws) {
			c.Events[i].Passage, c.Events[i].Sentences = r.writingDated()
			continue
		}
		c.Events[i].Passage, c.Events[i].Sentences = r.datingSentences(stems[i], noPhase, false)
	}
	return c
}

// writingEvent reports whether an event's words ws are the writing of
// the text itself: "the author writing this", "this essay was written".
func writingEvent(ws []string) bool {
	return (hasAny(ws, writtenWords) || slices.Contains(ws, "writing")) && (hasAny(ws, ownTextNouns) || slices.Contains(ws, "this"))
}

// yearAsked returns, for a question asking in what year or when one
// thing happened, that thing as the one event of a chronology (Single),
// dated only by a sentence holding every one of its stems but those
// that refer to the text's telling (see referring): "What year is the
// charter he keeps referring to?" asks the date of the charter, but
// "When did X die?" is not answered by a sentence dating X's writings,
// nor "When did the republic dissolve?" by one dating the republic's
// founding. Nil for another question, or one with no such stems. Only
// the end of the thing's life asked is dated (see otherPhase).
func (r *Retriever) yearAsked(q *Query) *Chronology {
	if !asksDate(q) && !asksWhen(q) {
		return nil
	}
	var stems []string
	for _, s := range q.Stems {
		if deathStems[s] || birthStems[s] {
			// When someone was born or died is told of him, and the
			// reading of the passages its words find weighs that (see
			// dates): a sentence merely holding "die" beside a year
			// (a German article, another man's death) dates neither.
			return nil
		}
		if !eventFraming[s] && !referring[s] {
			stems = append(stems, s)
		}
	}
	if len(stems) == 0 {
		return nil
	}
	e := DatedEvent{Event: q.Text}
	if writingEvent(q.Words) {
		e.Passage, e.Sentences = r.writingDated()
	} else {
		e.Passage, e.Sentences = r.datingSentences(stems, askedPhase(q), true)
	}
	return &Chronology{Single: true, Events: []DatedEvent{e}}
}

// writingDated returns the first sentence where the author dates the
// time he writes at (see DatesWriting): "the author writing this" is
// dated there, though no sentence holds its words.
func (r *Retriever) writingDated() (*essay.Passage, []int) {
	for _, p := range r.Corpus.Passages {
		for j, sn := range p.Sentences {
			if DatesWriting(sn.Text) {
				return p, []int{j}
			}
		}
	}
	return nil, nil
}

// absoluteTimeRe finds a time a sentence gives by itself: a year, a
// decade or a month.
var absoluteTimeRe = lazyregexp.New(`\b(?:1[0-9]|20)[0-9]{2}s?\b|'[0-9]0s\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`)

// enough reports whether a sentence holding the weight with of an
// event's stems, of their total weight, dates the event: of an event
// of one or two words, all, or its heaviest stem when that is a name
// (named: "Smith's article" is dated by a citation of Smith giving a
// year, but "the Russian Revolution" not by a sentence naming
// "revolutionaries"); of a longer one, half and its heaviest stem
// (heavy), or two thirds.
func enough(with, total float64, heavy, named bool, stems int) bool {
	if stems <= 2 {
		return with >= total || heavy && named
	}
	return 2*with >= total && heavy || 3*with >= 2*total
}

// tellsPhase reports whether a sentence tells of the end of a thing's
// life asked (see phases), or none is asked: "When was the newspaper
// founded?" is not answered by "the earliest publication I have found
// is in the newspaper of January 13, 2000", which holds "found".
func tellsPhase(asked phase, sentence string) bool {
	if asked == noPhase {
		return true
	}
	for _, w := range terms.Words(sentence) {
		if phases()[w] == asked || asked == ending && (w == "end" || w == "ends") {
			return true
		}
	}
	return false
}

// holds reports whether a sentence's stems hold s, or a longer stem s
// begins ("oppositional" for "opposition"), or, for a word of death,
// another ("killed" for "death"): a word standing in for s otherwise
// dates something else more often than not ("draft" for "writing").
func holds(held map[string]bool, s string) bool {
	if deathStems[s] && slices.ContainsFunc(slices.Collect(maps.Keys(held)), func(t string) bool { return deathStems[t] }) {
		return true
	}
	return held[s] || hasPrefixMatch(held, s)
}

// birthStems are the stems of the words telling of a birth.
var birthStems = words(terms.Stems("born birth birthday")...)

// deathStems are the stems of the words telling of a death: a sentence
// saying someone "had been killed on June 26" dates his death.
var deathStems = words(terms.Stems("death die died dead killed murdered executed assassinated")...)

// datingSentences returns the sentence that best dates an event of the
// given stems: it gives a time (see absoluteTimeRe) and holds, with the
// sentence before it in its passage, at least half the stems' weight
// and their heaviest, or two thirds of it (see enough); or, when all
// is set, holds all of them itself, each as written or as a longer word
// ("killed" does not stand in for "die": "When did X die?" is not
// answered by "X stated that Y had been killed in 1953"); none that
// dates only the other end of a thing's life than the one asked (see
// otherPhase). The sentence before is quoted too when it holds stems
// the dating one lacks. Of equal weight, the first in the text.
func (r *Retriever) datingSentences(stems []string, asked phase, all bool) (*essay.Passage, []int) {
	weight := map[string]float64{}
	total, heaviest := 0.0, ""
	for _, s := range stems {
		weight[s] = r.Index.BM25.IDF(s)
		total += weight[s]
		if heaviest == "" || weight[s] > weight[heaviest] {
			heaviest = s
		}
	}
	var best *essay.Passage
	var bestAt []int
	bestScore := 0.0
	for _, p := range r.Corpus.Passages {
		var before map[string]bool
		for j, sn := range p.Sentences {
			held := words(terms.Stems(untitled(sn.Text))...)
			if absoluteTimeRe.MatchString(sn.Text) && !otherPhase(asked, sn.Text) && (!all || tellsPhase(asked, sn.Text)) {
				own, with := 0.0, 0.0
				heavy := false
				for _, s := range stems {
					switch {
					case all && (held[s] || hasPrefixMatch(held, s)) || !all && holds(held, s):
						own += weight[s]
						with += weight[s]
						heavy = heavy || s == heaviest
					case !all && before != nil && holds(before, s):
						with += weight[s]
						heavy = heavy || s == heaviest
					}
				}
				if (all && with >= total || !all && enough(with, total, heavy, nameStem(heaviest), len(stems))) && with > bestScore {
					best, bestScore, bestAt = p, with, []int{j}
					if with > own {
						bestAt = []int{j - 1, j}
					}
				}
			}
			before = held
		}
	}
	return best, bestAt
}

// untitled returns text without the titles it quotes that give no time
// of their own: a quoted span of at least titleWords words. A citation
// names a work's subject in its title and dates the work ("See X, "The
// Dunmore Affair and the Limits of the Postwar Settlement," Review 63
// (2004)"); the year is the article's, and the affair it names is not
// dated by it. A name in scare quotes ("the "Secret Speech" of 1956")
// is too short to be a title, and a quotation holding its own year
// dates what it tells.
func untitled(text string) string {
	return quotedRe.ReplaceAllStringFunc(text, func(q string) string {
		if len(strings.Fields(q)) < titleWords || absoluteTimeRe.MatchString(q) {
			return q
		}
		return " "
	})
}

// titleWords is the fewest words of a quoted span read as a title.
const titleWords = 5

// relatingSentence returns a sentence that holds the heaviest stem of
// every event and places one against another: "after", "before" or a
// word made of "post" or "pre" and a stem of another ("postwar").
func (r *Retriever) relatingSentence(events [][]string) (*essay.Passage, int, bool) {
	heaviest := make([]string, len(events))
	for i, stems := range events {
		for _, s := range stems {
			if heaviest[i] == "" || r.Index.BM25.IDF(s) > r.Index.BM25.IDF(heaviest[i]) {
				heaviest[i] = s
			}
		}
		if heaviest[i] == "" {
			return nil, 0, false
		}
	}
	for _, p := range r.Corpus.Passages {
		for j, sn := range p.Sentences {
			ws := terms.Words(sn.Text)
			held := words(terms.Stems(sn.Text)...)
			related := slices.Contains(ws, "after") || slices.Contains(ws, "before")
			all := true
			for _, h := range heaviest {
				if holds(held, h) {
					continue
				}
				if prefixedBy(ws, h) {
					related = true
					continue
				}
				all = false
				break
			}
			if all && related {
				return p, j, true
			}
		}
	}
	return nil, 0, false
}

// prefixedBy reports whether ws hold a word made of "post" or "pre" and
// stem s ("postwar", "pre-war" read as one word): it places something
// against what s names.
func prefixedBy(ws []string, s string) bool {
	for _, w := range ws {
		for _, pre := range []string{"post", "pre"} {
			if rest, ok := strings.CutPrefix(w, pre); ok && len(rest) > 2 && strings.HasPrefix(rest, s) {
				return true
			}
		}
	}
	return false
}

// timeline returns the chronology the question asks for (see
// Retriever.timeline), read once.
func (s *Search) timeline() *Chronology {
	s.chronologyOnce.Do(func() { s.chronology = s.r.timeline(s.Q) })
	return s.chronology
}

// timelineAnswers reports whether a question declined on ev under p
// asks a chronology of which the text dates an event, and was declined
// only because the passages its words find give no date or say nothing
// of the thing it names (see looseDecline): "Which came first, the
// expedition or the proclamation?" finds a paragraph that dates one
// and only names the other, and was declined as asking of a named
// thing what no sentence says.
func (s *Search) timelineAnswers(ev evidence, p Params) bool {
	c := s.timeline()
	if c == nil || !slices.ContainsFunc(c.Events, func(e DatedEvent) bool { return e.Passage != nil }) {
		return false
	}
	return looseDecline(s.declinedBy(ev, p))
}

// withDated returns hits with each passage dating an event of c that
// they lack added after them, scored as the last: an answer cites only
// the passages found.
func withDated(hits []Hit, c *Chronology) []Hit {
	for _, e := range c.Events {
		if e.Passage == nil || slices.ContainsFunc(hits, func(h Hit) bool { return h.Passage == e.Passage }) {
			continue
		}
		score := 0.0
		if len(hits) > 0 {
			score = hits[len(hits)-1].Score
		}
		hits = append(hits, Hit{Passage: e.Passage, Score: score})
	}
	return hits
}
