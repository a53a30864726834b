package retrieve

import (
	"slices"
	"sync"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// Overview is what the text gives for a question asking what it argues
// as a whole ("What is the author's main argument?", "Summarize the
// essay", "In a nutshell, what's he getting at?"): the sentences in which
// the author states a claim of the whole text, one a passage, in the
// text's order. Such a question shares no word with the claims it asks
// for, so the passages its words rank first are chance: a footnote's
// "He argues that ..." outranks the author's thesis.
type Overview struct {
	// Claims are the sentences, at most maxClaims.
	Claims []OverviewClaim
	// Rest is, for a question asking this beside something else ("What
	// is the main argument, and what sources does he use?"), the
	// retrieval of the rest as a question of its own (see overviewRest),
	// which an answer gives its own evidence; nil for a question asking
	// only what the text argues, or when the text does not address the
	// rest.
	Rest *Result
}

// OverviewClaim is one sentence an overview quotes.
type OverviewClaim struct {
	Passage *essay.Passage
	// Sentence is the index of the claim in Passage.Sentences.
	Sentence int
}

// maxClaims is the most sentences an overview quotes: a brief a student
// reads at a glance, not a second reading of the text.
const maxClaims = 3

// overviewRe finds a question asking what the whole text argues. A
// question naming a topic after it ("the main point about elections")
// asks of that topic: askedOverview reads the rest of its words.
var overviewRe = lazyregexp.New(`(?i)\b(?:main|central|core|overall|key|big|basic|chief|principal)\s+(?:point|argument|claim|idea|thesis|message|takeaway|contention|conclusion|hypothesis)s?\b|\bthesis\b|\bsummari[sz]e\b|\bsumm(?:ary|ing up)\b|\bsum\s+(?:it\s+|this\s+|the\s+\w+\s+)?up\b|\bnutshell\b|\bgist\b|\btl;?\s?dr\b|\bboil(?:ed)?\s+(?:it|this|\w+)\s+down\b|\bwhat(?:'s|\s+is|\s+was)\s+(?:this|the)\s+(?:essay|text|article|piece|book|chapter|reading|paper)\s+(?:about|saying|arguing)\b|\b(?:trying to say|getting at|get across)\b`)

// overviewFraming are the stems a question asking what the whole text
// argues may hold besides the asking: the text, its author, the whole,
// and talk ("like in one line", "tbh").
var overviewFraming = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range []string{"main", "central", "core", "overall", "key", "big", "basic", "chief", "principal",
		"point", "argument", "claim", "idea", "thesis", "message", "takeaway", "contention", "conclusion", "conclusions", "hypothesis",
		"summarize", "summarise", "summary", "sum", "summing", "nutshell", "gist", "tl", "dr", "tldr", "boil", "boiled", "stripped", "down",
		"essay", "text", "article", "piece", "book", "chapter", "section", "reading", "paper", "work", "author", "writer",
		"whole", "thing", "things", "entire", "overall", "trying", "try", "say", "saying", "get", "getting", "across",
		"argue", "arguing", "argues", "make", "making", "made", "one", "line", "sentence", "sentences", "word", "words",
		"own", "like", "really", "basically", "exactly", "just", "please", "short", "simple", "simply", "tbh", "lol",
		"pls", "plz", "quick", "quickly", "brief", "briefly", "here", "end", "ultimately", "actually"} {
		out[terms.Stem(w)] = true
	}
	return out
})

// askedOverview reports whether q asks what the whole text argues: it
// says so (see overviewRe) and names nothing else to ask of. The point of
// writing it ("the main point of writing this essay") is its purpose,
// which the text may state in a sentence of its own; a summary of a
// passage it names ("summarise paragraph 53") is of that passage.
func askedOverview(q *Query) bool {
	if q == nil || len(q.Named)+len(q.Unfound) > 0 || !overviewRe.MatchString(q.Text) || slices.ContainsFunc(q.Words, writingWords) {
		return false
	}
	return !slices.ContainsFunc(q.Stems, func(s string) bool { return !overviewFraming()[s] })
}

// claimSelfRe marks the author speaking of the text itself: "this essay",
// "the research reported here". A sentence that does states what the
// text is for or what it found.
var claimSelfRe = lazyregexp.New(`(?i)\bsum up my\b|\bmy (?:whole )?argument\b|\bthis (?:essay|article|book|paper|chapter|study|work|treatise|pamphlet|lecture|address|inquiry|volume)\b|\b(?:reported|reached|argued|shown|presented|offered|examined|discussed|drawn|made) here\b|\b(?:purpose|aim|object|goal|intent) of (?:this|my|the present)\b`)

// claimStanceRe marks the author stating a position of his own: "I
// believe that", "Now, I hold, no less than his accusers, that", "I
// contend". An "I believe" mid-sentence is as often an aside ("many of
// whom I believe spoke without thinking").
var claimStanceRe = lazyregexp.New(`\bI (?:believe|argue|contend|hold|maintain|submit|conclude|am convinced)(?:,[^,]{0,60},)?\s+that\b|^(?:\w+,\s+)?I (?:believe|argue|contend|hold|maintain|submit|conclude)\b|(?i:\bmy (?:conclusion|argument|thesis|contention) (?:is|here)\b)`)

// openingStanceRe marks a sentence that opens on the author's verdict:
// "In fact, ...", "In short, ...". Mid-sentence "in fact" is as often a
// concession ("it has in fact proved to be").
var openingStanceRe = lazyregexp.New(`^(?i:in (?:fact|short|sum|conclusion)|clearly|to sum up)\b`)

// maxClaimWords is the length past which a sentence weighs half as a
// claim: a student asking for the main point wants a line, not a period
// of a hundred words.
const maxClaimWords = 60

// minClaim is the least weight of a claim: the author speaking of the
// text, or of his view with a verdict; not one of them alone.
const minClaim = 2

// claimWeight weighs sentence s as a statement of what the whole text
// argues: by the author speaking of the text, and of his own view. A
// question the text asks, or words it quotes, are not its claims.
func claimWeight(s essay.Sentence) float64 {
	if s.Question || s.Credit != "" || s.Quoted {
		return 0
	}
	w := 0.0
	text := unquoted(s.Text)
	if claimSelfRe.MatchString(text) {
		w += 2
	}
	if claimStanceRe.MatchString(text) {
		w += 1.5
	}
	if openingStanceRe.MatchString(text) {
		w++
	}
	if len(terms.Words(s.Text)) > maxClaimWords {
		w /= 2
	}
	return w
}

// StatesView reports whether s states the author's own view ("In fact,
// ...", "I believe ..."): a sentence an overview quotes after the claim
// before it.
func StatesView(s essay.Sentence) bool {
	text := unquoted(s.Text)
	return !s.Question && s.Credit == "" && !s.Quoted && (claimStanceRe.MatchString(text) || openingStanceRe.MatchString(text))
}

// overview returns the claims of the whole text, best first up to
// maxClaims and then in the text's order, or nil when the author states
// none: the author's own paragraphs only, for a note's "He argues" is a
// source's view and an editor's note is not the author's.
func (r *Retriever) overview() *Overview {
	r.overviewOnce.Do(func() { r.claims = r.findOverview() })
	return r.claims
}

// findOverview finds what overview returns, once a retriever: the
// claims are the text's, whatever the question.
func (r *Retriever) findOverview() *Overview {
	type scored struct {
		claim OverviewClaim
		at    int
		w     float64
	}
	var all []scored
	first, last := bodyEnds(r.Corpus.Passages)
	for at, p := range r.Corpus.Passages {
		if p.Ref.Kind != essay.Paragraph || p.Voice != essay.AuthorVoice {
			continue
		}
		best, bestW := -1, 0.0
		for i, s := range p.Sentences {
			if w := claimWeight(s); w > bestW {
				best, bestW = i, w
			}
		}
		if at == first || at == last {
			// A text states its case at its opening or its close.
			bestW += endsBonus
		}
		if best >= 0 && bestW >= minClaim {
			all = append(all, scored{OverviewClaim{p, best}, at, bestW})
		}
	}
	if len(all) == 0 {
		return nil
	}
	// Stable: of claims weighed alike, the earlier in the text first.
	slices.SortStableFunc(all, func(a, b scored) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return 0
	})
	all = all[:min(len(all), maxClaims)]
	slices.SortFunc(all, func(a, b scored) int { return a.at - b.at })
	o := &Overview{}
	for _, s := range all {
		o.Claims = append(o.Claims, s.claim)
	}
	return o
}

// withClaims puts the passages of o's claims first in hits, in o's order,
// keeping the rest after them: retrieval reports the passages the answer
// quotes.
func withClaims(hits []Hit, o *Overview) []Hit {
	var out []Hit
	for _, c := range o.Claims {
		if !slices.ContainsFunc(out, func(h Hit) bool { return h.Passage == c.Passage }) {
			out = append(out, Hit{Passage: c.Passage, Score: 1})
		}
	}
	for _, h := range hits {
		if !slices.ContainsFunc(out, func(x Hit) bool { return x.Passage == h.Passage }) {
			out = append(out, h)
		}
	}
	return out[:max(len(hits), len(o.Claims))]
}

// endsBonus is the weight a claim in the text's first or last paragraph
// gains.
const endsBonus = 0.5

// bodyEnds returns the indices of the first and last of passages that
// are the author's paragraphs, or -1.
func bodyEnds(passages []*essay.Passage) (first, last int) {
	first, last = -1, -1
	for i, p := range passages {
		if p.Ref.Kind == essay.Paragraph && p.Voice == essay.AuthorVoice {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// claimQuoteRe finds the words a sentence quotes: another's "I believe"
// is not the author's.
var claimQuoteRe = lazyregexp.New(`"[^"]*"|“[^”]*”`)

// unquoted returns text without the words it quotes.
func unquoted(text string) string { return claimQuoteRe.ReplaceAllString(text, `""`) }

// writingWords reports whether w speaks of the writing of a text.
func writingWords(w string) bool {
	return w == "write" || w == "writing" || w == "wrote" || w == "written" || w == "writes"
}
