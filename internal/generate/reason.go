package generate

import (
	"fmt"
	"slices"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// A bare follow-up ("Why?", "How?", "And then?") has no words of its own:
// it asks about what the last answer quoted. Answered like any question,
// it would quote the same sentences again; it is answered instead with
// what the text says beyond them: the reason it gives, the means, or what
// comes next.

// asking is what a bare follow-up asks of the sentences quoted before it.
type asking int

const (
	askingNext   asking = iota // "And then?", "So?"
	askingReason               // "Why?", "Why not?"
	askingMeans                // "How?"
)

// reasonCues mark a sentence that gives the reason for what it says
// ("Because these provisions were never put into effect, we can never
// know ...") or, leaning back, for what the sentence before it says
// ("This was because ...").
var reasonCues = []string{"because", "since", "reason", "reasons", "cause", "caused", "causes", "due to",
	"motivated", "in order to", "so that", "so as to"}

// resultCues mark a sentence that follows from the one before it: that
// one is its reason.
var resultCues = []string{"therefore", "thus", "hence", "consequently", "as a result", "it follows"}

// meansCues mark one that says how a thing was done.
var meansCues = []string{"through", "via", "means", "method", "methods", "mechanism", "way", "ways", "using"}

// reach is how many sentences either side of a quoted one (or into the
// passage after it) a reason or a means may stand and still be read as
// about it.
const reach = 2

// shown is a sentence of a retrieved passage that the last answer quoted.
type shown struct {
	rank, index int
	passage     *essay.Passage
}

// bareAsking reports whether asked has no words of its own, and if so
// what it asks.
func bareAsking(asked string) (asking, bool) {
	words := terms.Words(asked)
	if len(words) == 0 || len(terms.Stems(asked)) > 0 {
		return 0, false
	}
	switch {
	case slices.Contains(words, "why"):
		return askingReason, true
	case slices.Contains(words, "how"):
		return askingMeans, true
	}
	return askingNext, true
}

// lastShown returns the sentences of the retrieved passages that answer
// quoted, in the order of the hits and the text.
func lastShown(hits []retrieve.Hit, answer string) []shown {
	var out []shown
	for rank, h := range hits {
		for i, s := range h.Passage.Sentences {
			if q := shorten(quoteText(s.Text)); q != "" && quotedIn(answer, q) {
				out = append(out, shown{rank: rank, index: i, passage: h.Passage})
			}
		}
	}
	return out
}

// quotedIn reports whether answer quotes sentence q whole: in a quotation
// of its own, or as one of the sentences of a longer one (“... q ...”),
// never as the tail of a longer sentence that ends in the same words.
func quotedIn(answer, q string) bool {
	for from := 0; ; {
		i := strings.Index(answer[from:], q)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(q)
		before, after := answer[:start], answer[end:]
		if (strings.HasSuffix(before, "“") || strings.HasSuffix(before, " ")) && (strings.HasPrefix(after, "”") || strings.HasPrefix(after, " ")) &&
			strings.LastIndex(before, "“") > strings.LastIndex(before, "”") {
			return true
		}
		from = start + 1
	}
}

// bareFollowUp answers a follow-up with no words of its own from what
// lies beyond the sentences the last answer quoted. It reports false when
// the question is no such follow-up or the last answer quoted nothing
// retrieval found again; the question is then answered as any other.
func bareFollowUp(req Request) (Draft, bool) {
	kind, ok := bareAsking(req.Question)
	if !ok || len(req.History) == 0 {
		return Draft{}, false
	}
	prior := req.History[len(req.History)-1]
	last := prior.Answer
	hits := req.Retrieval.Hits
	quoted := lastShown(hits, last)
	if len(quoted) == 0 {
		return Draft{}, false
	}
	v := voiceOf(req.Author)
	earlier := quotedBefore(req.History)
	if kind == askingNext {
		if c, ok := nextAfter(hits, quoted, earlier); ok {
			return quoteDraft(quotingLead(v.full+" "+v.verb("goes on")+":", c, req.Kind), c), true
		}
		return Draft{}, false
	}
	what := "why"
	if kind == askingMeans {
		what = "how"
	}
	_, wasBare := bareAsking(prior.Question)
	if kind == askingReason {
		// A sentence quoted as a reason has no reason of its own in it.
		if c, ok := ownReason(hits, quoted, earlier); ok && !wasBare {
			return quoteDraft("The sentence already quoted says why:", c), true
		}
		if c, ok := reasonFor(hits, quoted, earlier); ok {
			return quoteDraft(quotingLead(fmt.Sprintf("%s %s this reason:", v.full, v.verb("gives")), c, req.Kind), c), true
		}
	}
	if kind == askingMeans {
		if c, ok := cued(hits, quoted, earlier, meansCues, false); ok {
			return quoteDraft(quotingLead(fmt.Sprintf("%s %s how:", v.full, v.verb("says")), c, req.Kind), c), true
		}
	}
	// One sentence, so that the decline reads with the quotation it
	// cites.
	text := fmt.Sprintf("The text does not say %s, beyond what was quoted", what)
	if c, ok := nextAfter(hits, quoted, earlier); ok {
		return quoteDraft(text+"; what it says next is:", c), true
	}
	return Draft{Text: text + ".", Abstained: true}, true
}

// causeCues mark a clause giving the cause of the sentence's own claim.
// A purpose ("in order to") or a noun ("the reason") is too often part of
// what the sentence claims, not why: "unable to look at the legacy
// critically, though the need to preserve inequalities in order to
// stimulate production ..." says nothing of why he was unable.
var causeCues = []string{"because", "since", "due to"}

// ownReason returns the sentence quoted that gives its own cause, when
// one does.
func ownReason(hits []retrieve.Hit, quoted []shown, earlier string) (candidate, bool) {
	for _, q := range quoted {
		if t := q.passage.Sentences[q.index].Text; holdsCue(t, causeCues) {
			return candidate{passage: q.passage, rank: q.rank, index: q.index, text: t}, true
		}
	}
	return candidate{}, false
}

// reasonFor returns a sentence, not quoted before, giving the reason for
// a quoted one: the sentence before one that opens as its result ("Thus
// ..."), or one after it, within reach, that leans back on it and gives a
// reason ("This was because ...").
func reasonFor(hits []retrieve.Hit, quoted []shown, earlier string) (candidate, bool) {
	for _, q := range quoted {
		if q.index > 0 && holdsCue(q.passage.Sentences[q.index].Text, resultCues) {
			s := q.passage.Sentences[q.index-1]
			if quotable(s) && !strings.Contains(earlier, shorten(quoteText(s.Text))) {
				return candidate{passage: q.passage, rank: q.rank, index: q.index - 1, text: s.Text}, true
			}
		}
	}
	return cued(hits, quoted, earlier, reasonCues, true)
}

// quoteDraft is a draft quoting c after lead.
func quoteDraft(lead string, c candidate) Draft {
	text := fmt.Sprintf("%s “%s” %s", strings.TrimSpace(lead), shorten(quoteText(c.text)), c.passage.Ref.Marker())
	return Draft{Text: text, Quoted: []essay.Ref{c.passage.Ref}}
}

// nextAfter returns the first quotable sentence no answer has quoted yet
// after the last one quoted in its passage, or, past the passage's end,
// at the start of the passage after it when retrieval found that one.
func nextAfter(hits []retrieve.Hit, quoted []shown, earlier string) (candidate, bool) {
	q := quoted[len(quoted)-1]
	for _, o := range quoted {
		if o.passage == q.passage && o.index > q.index {
			q = o
		}
	}
	if c, ok := firstNew(q.passage, q.rank, q.index+1, earlier); ok {
		return c, true
	}
	for rank, h := range hits {
		if p := h.Passage; p.Ref.Kind == q.passage.Ref.Kind && p.Ref.N == q.passage.Ref.N+1 {
			return firstNew(p, rank, 0, earlier)
		}
	}
	return candidate{}, false
}

// firstNew returns the first quotable sentence of p from index from on
// that no answer has quoted yet.
func firstNew(p *essay.Passage, rank, from int, earlier string) (candidate, bool) {
	for i := from; i < len(p.Sentences); i++ {
		s := p.Sentences[i]
		if quotable(s) && !strings.Contains(earlier, shorten(quoteText(s.Text))) {
			return candidate{passage: p, rank: rank, index: i, text: s.Text}, true
		}
	}
	return candidate{}, false
}

// cued returns the sentence of the retrieved passages, not quoted before,
// that holds one of cues and bears on what was quoted: it stands within
// reach of a quoted sentence in its passage, or opens the passage after
// it. Of several, the nearest after a quoted sentence is chosen, then the
// nearest before. With after set, only a sentence after a quoted one
// that leans back on it counts.
func cued(hits []retrieve.Hit, quoted []shown, earlier string, cues []string, after bool) (candidate, bool) {
	var best candidate
	bestDist := 0
	for rank, h := range hits {
		for i, s := range h.Passage.Sentences {
			if !quotable(s) || strings.Contains(earlier, shorten(quoteText(s.Text))) || !holdsCue(s.Text, cues) {
				continue
			}
			for _, q := range quoted {
				d, ok := distance(q, h.Passage, i)
				if after && (d%2 == 1 || !continues(s.Text)) {
					continue
				}
				if ok && (best.passage == nil || d < bestDist) {
					best, bestDist = candidate{passage: h.Passage, rank: rank, index: i, text: s.Text}, d
				}
			}
		}
	}
	return best, best.passage != nil
}

// distance measures how far sentence i of p stands from the quoted
// sentence q, a sentence after it nearer than one as far before it, and
// reports false when it is beyond reach: more than reach sentences away
// in its passage, or past the first reach sentences of the passage after.
func distance(q shown, p *essay.Passage, i int) (int, bool) {
	switch {
	case p == q.passage && i > q.index && i-q.index <= reach:
		return 2 * (i - q.index), true
	case p == q.passage && i < q.index && q.index-i <= reach:
		return 2*(q.index-i) + 1, true
	case p.Ref.Kind == q.passage.Ref.Kind && p.Ref.N == q.passage.Ref.N+1 && i < reach:
		return 2 * (len(q.passage.Sentences) - q.index + i), true
	}
	return 0, false
}

// holdsCue reports whether a sentence holds one of cues, a word or a
// phrase, as whole words.
func holdsCue(text string, cues []string) bool {
	words := " " + strings.Join(terms.Words(text), " ") + " "
	return slices.ContainsFunc(cues, func(c string) bool { return strings.Contains(words, " "+c+" ") })
}
