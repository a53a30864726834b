package generate

import (
	"slices"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// A text that raises an objection against itself answers it in the
// passage that follows ("The objection likely to be made ... would take
// some such form as the following." then "I answer that ..."). A part of a
// question asking how the author replies ("... and how does he answer
// it?") shares few words with that reply, which retrieval seldom brings:
// the reply is read from the passage after the objection.

// replyStems are the stems of the words that ask for a reply.
var replyStems = map[string]bool{}

func init() {
	for _, w := range []string{"answer", "answers", "answered", "reply", "replies", "replied",
		"respond", "responds", "responded", "response", "refute", "refutes", "refuted",
		"refutation", "rebut", "rebuts", "rebuttal", "rejoinder", "retort", "counter", "counters"} {
		replyStems[terms.Stem(w)] = true
	}
}

// objectionRe finds a passage stating an objection to be answered: the
// text naming it, or putting it in another's mouth.
var objectionRe = lazyregexp.New(`(?i)\b(?:an?|the) objections? (?:likely|that (?:may|might|will)|which (?:may|might|will)|to be|will|would|might|may)\b|\bit (?:may|might|will|would|could|can) (?:perhaps )?be (?:said|asked|urged|objected|argued|alleged|contended|replied)\b|\bmay be supposed to (?:say|ask|argue|urge)\b|\b(?:we|I) (?:shall|may|will|might) be (?:told|charged with|accused of|reproached with|blamed for)\b|\b(?:some|others) (?:will|may|might) (?:say|ask|object|urge)\b|\bit is (?:sometimes |often )?(?:said|urged|objected|alleged)\b`)

// replyOpenRe finds a passage that opens by answering what came before.
var replyOpenRe = lazyregexp.New(`^(?:I (?:answer|reply|respond|affirm no|deny|grant|admit|concede)\b|To (?:this|these|which|that|all this)\b.{0,40}\b(?:answer|reply|say|respond)|In (?:answer|reply|response)\b|(?:Conceding|Granting|Admitting|Allowing) (?:to )?(?:this|that|these|all)\b|Be it so\b|Not so\b|So be it\b)`)

// replyPart returns the index of the part of q that asks how the author
// replies, or -1.
func replyPart(q *retrieve.Query) int {
	if q == nil {
		return -1
	}
	return slices.IndexFunc(q.Parts, func(p retrieve.Part) bool {
		ws := p.Words
		if len(q.Parts) == 1 {
			ws = q.Words
		}
		return slices.ContainsFunc(p.Stems, func(s string) bool { return replyStems[s] }) && !asksWhetherAnswered(ws) && !answersWhether(ws)
	})
}

// answersWhether reports whether a part, given as its words, asks the
// author's answer to a question it states ("What's his answer to
// whether the charter would have worked?", "his answer on how fair it
// was"), not his reply to an objection: the answer is his verdict on
// that question, wherever he gives it, and the passage after an
// objection answers something else.
func answersWhether(words []string) bool {
	at := slices.IndexFunc(words, func(w string) bool { return replyStems[terms.Stem(w)] })
	if at < 0 {
		return false
	}
	rest := words[at+1 : min(len(words), at+3)]
	if len(rest) > 0 && (rest[0] == "to" || rest[0] == "on" || rest[0] == "about") {
		rest = rest[1:]
	}
	return len(rest) > 0 && (rest[0] == "whether" || rest[0] == "how" || rest[0] == "if")
}

// asksWhetherAnswered reports whether a part, given as its words, asks
// whether the author answers something at all ("Does he answer it, or
// leave it open?", "Jivago answer this?"), not how he answers it ("How
// does he answer the objection?", "What's his reply?"): the reader wants
// to know whether the question is left open, which the author's own
// question and what he says of it tell, and the passage after an
// objection answers something else. The word asking for a reply is read
// back to the word opening its clause: "how" or "what" asks how; "does",
// "did" or "do" not right after one asks whether. A reply word with no
// such opener asks whether when "it", "this" or "that" follows it, the
// question just asked ("author answer it?").
func asksWhetherAnswered(words []string) bool {
	at := slices.IndexFunc(words, func(w string) bool { return replyStems[terms.Stem(w)] })
	if at < 0 {
		return false
	}
	for i := at - 1; i >= 0; i-- {
		switch {
		case howWords[words[i]]:
			return false
		case yesNo[words[i]] && (i == 0 || !howWords[words[i-1]]):
			return true
		}
	}
	return at+1 < len(words) && (words[at+1] == "it" || words[at+1] == "this" || words[at+1] == "that")
}

// howWords open a clause asking how or what, as written and as texted.
var howWords = map[string]bool{"how": true, "what": true, "what's": true, "whats": true, "wat": true, "which": true}

// replyTo returns, for a question with a part asking for a reply, the
// best of the first passages found that states an objection or is
// followed by a passage opening with an answer, and that following
// passage; nil when there is none.
func replyTo(res *retrieve.Result, c *essay.Corpus) (objection, reply *essay.Passage) {
	if c == nil || !addressed(res) || replyPart(res.Query) < 0 {
		return nil, nil
	}
	// An objection answered at the next passage's opening is surest;
	// failing one, either sign will do.
	for _, both := range []bool{true, false} {
		for _, h := range res.Hits[:min(len(res.Hits), replyRanks)] {
			p := h.Passage
			if p.Ref.Kind != essay.Paragraph {
				continue
			}
			next := following(c, p)
			if next == nil || len(next.Sentences) == 0 {
				continue
			}
			obj, opens := raisesObjection(p), replyOpenRe.MatchString(next.Sentences[0].Text)
			if both && obj && opens || !both && (obj || opens) {
				return p, next
			}
		}
	}
	return nil, nil
}

// replyRanks is how many of the passages found may hold the objection:
// the first ones, which answer the question's other part.
const replyRanks = 3

// following returns the paragraph after p in its text, or nil.
func following(c *essay.Corpus, p *essay.Passage) *essay.Passage {
	i := slices.Index(c.Passages, p)
	if i < 0 {
		return nil
	}
	for _, q := range c.Passages[i+1:] {
		if q.Ref.Source != p.Ref.Source {
			return nil
		}
		if q.Ref.Kind == essay.Paragraph {
			return q
		}
	}
	return nil
}

// WithReply returns res with the passage that answers an objection added
// right after the passage stating it, when the question asks how the
// author replies (see replyTo) and retrieval did not find that passage;
// otherwise res itself. An answer, offline or a model's, may then quote
// and cite it.
func WithReply(res *retrieve.Result, c *essay.Corpus) *retrieve.Result {
	obj, reply := replyTo(res, c)
	if reply == nil || slices.ContainsFunc(res.Hits, func(h retrieve.Hit) bool { return h.Passage == reply }) {
		return res
	}
	out := *res
	i := slices.IndexFunc(res.Hits, func(h retrieve.Hit) bool { return h.Passage == obj })
	score := res.Hits[i].Score
	if i+1 < len(res.Hits) {
		score = res.Hits[i+1].Score
	}
	out.Hits = slices.Insert(slices.Clone(res.Hits), i+1, retrieve.Hit{Passage: reply, Score: score})
	return &out
}

// withReply answers the part of the question asking for a reply from
// the opening of the passage after the objection (see replyTo), in place
// of what selection found for it elsewhere, unless it quotes that
// passage already. A reply opening too short to quote alone ("I affirm
// no such thing.") is read with the sentence after it.
func withReply(chosen []candidate, res *retrieve.Result, c *essay.Corpus) []candidate {
	obj, reply := replyTo(res, c)
	if reply == nil {
		return chosen
	}
	part := replyPart(res.Query)
	rank := slices.IndexFunc(res.Hits, func(h retrieve.Hit) bool { return h.Passage == reply })
	if rank < 0 || slices.ContainsFunc(chosen, func(o candidate) bool { return o.passage == reply }) {
		return chosen
	}
	out := slices.DeleteFunc(slices.Clone(chosen), func(o candidate) bool { return o.part == part })
	out = withObjection(out, res, obj, part-1)
	for i, s := range reply.Sentences {
		if len(out) >= maxSentences {
			if j := weakest(out); j >= 0 {
				out = slices.Delete(out, j, j+1)
			} else {
				break
			}
		}
		out = append(out, candidate{passage: reply, rank: rank, index: i, text: s.Text, part: part, score: 1, reply: true})
		if quotable(s) {
			break
		}
	}
	return out
}

// withObjection answers part, the part before the one asking for a reply,
// from the sentence of obj that raises the objection, in place of what
// selection found for it, when that sentence was not chosen: the reply
// answers that objection, not another, and another sentence of obj
// ("Men, and governments, must act ...") may only share the part's
// words. A sentence announcing the objection ("... some such form as the
// following.") is read with the one after it, which states it.
func withObjection(chosen []candidate, res *retrieve.Result, obj *essay.Passage, part int) []candidate {
	rank := slices.IndexFunc(res.Hits, func(h retrieve.Hit) bool { return h.Passage == obj })
	at := slices.IndexFunc(obj.Sentences, func(s essay.Sentence) bool { return objectionRe.MatchString(s.Text) })
	if part < 0 || rank < 0 || at < 0 || slices.ContainsFunc(chosen, func(o candidate) bool { return o.passage == obj && o.index == at }) {
		return chosen
	}
	out := slices.DeleteFunc(chosen, func(o candidate) bool { return o.part == part })
	out = append(out, candidate{passage: obj, rank: rank, index: at, text: obj.Sentences[at].Text, part: part, score: 1})
	if t := strings.TrimSpace(obj.Sentences[at].Text); (strings.HasSuffix(t, "following.") || strings.HasSuffix(t, ":")) && at+1 < len(obj.Sentences) {
		out = append(out, candidate{passage: obj, rank: rank, index: at + 1, text: obj.Sentences[at+1].Text, part: part, score: 1})
	}
	// The objection reads before the reply.
	slices.SortStableFunc(out, func(a, b candidate) int { return a.part - b.part })
	return out
}
