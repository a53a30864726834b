// Package eval measures retrieval and offline answers on sets of questions
// whose answering passages are known: how often the right passage is
// ranked first or among the first few, whether the retriever declines
// exactly the questions the corpus does not answer, and whether the
// answer quotes the right passages for each part of a question. It also
// chooses retrieval's weights by cross-validation across the sets (see
// CrossValidate and README.md).
//
// It imports retrieve, generate, citation, embed, index, essay and terms
// (it builds an index for each setting of the local embedder it tries);
// only the command imports it.
package eval

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// Question is one question of a set, with the passages that answer it.
type Question struct {
	// Line is the 1-based line of the set's file.
	Line int
	Text string
	// Refs are the passages that answer the question; none means the corpus
	// does not answer it and the retriever should abstain.
	Refs []essay.Ref
	// Parts are the passages that answer each part of a question of
	// several parts ("What was the cult, and did he like it?"), in order;
	// Refs is their union. A question of one part has one, equal to Refs.
	// A part the text does not answer has none.
	Parts [][]essay.Ref
}

// Answerable reports whether some passage answers the question.
func (q Question) Answerable() bool { return len(q.Refs) > 0 }

// MultiPart reports whether the question has parts answered by different
// passages.
func (q Question) MultiPart() bool { return len(q.Parts) > 1 }

// Set is a named list of questions.
type Set struct {
	Name      string
	Questions []Question
	// Corpus is the text the questions are about, whose passages their
	// refs name.
	Corpus *essay.Corpus
}

// maxSetBytes bounds a question file; a set is a few kilobytes.
const maxSetBytes = 4 << 20

// Parse reads a question set: one question a line, a tab, then the refs
// that answer it separated by commas ("¶53, note 15"), or "-" when the
// corpus does not answer it. A question of several parts gives each
// part's refs in turn, separated by "|" ("¶53 | ¶55, note 15": the first
// part is answered by ¶53, the second by ¶55 or note 15); a part's "-"
// says the text does not answer that part. Blank lines and
// lines starting with # are skipped. Every ref must name a passage of c.
//
//   - name: the set's name, used in errors ("eval.tsv:12: ...").
//   - data: the file's bytes, UTF-8.
//   - c: the corpus the questions are about.
func Parse(name string, data []byte, c *essay.Corpus) (*Set, error) {
	if c == nil {
		return nil, fmt.Errorf("%s: no corpus to check refs against", name)
	}
	if len(data) > maxSetBytes {
		return nil, fmt.Errorf("%s: file is %d bytes; the limit is %d", name, len(data), maxSetBytes)
	}
	set := &Set{Name: name, Corpus: c}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), maxSetBytes)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		q, err := parseLine(line, c)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		q.Line = n
		set.Questions = append(set.Questions, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(set.Questions) == 0 {
		return nil, fmt.Errorf("%s: no questions (want lines of: question<TAB>refs)", name)
	}
	return set, nil
}

func parseLine(line string, c *essay.Corpus) (Question, error) {
	text, refs, ok := strings.Cut(line, "\t")
	text = strings.TrimSpace(text)
	if !ok || strings.Contains(refs, "\t") {
		return Question{}, fmt.Errorf("want a question, one tab, then refs or -")
	}
	if len(terms.Words(text)) == 0 {
		return Question{}, fmt.Errorf("the question has no words")
	}
	q := Question{Text: text}
	refs = strings.TrimSpace(refs)
	if refs == "-" {
		return q, nil
	}
	for _, part := range strings.Split(refs, "|") {
		var got []essay.Ref
		// A part the text does not answer ("How old was he, and what did he
		// think?": "- | ¶1") keeps its place among the parts with no refs.
		if strings.TrimSpace(part) == "-" {
			q.Parts = append(q.Parts, nil)
			continue
		}
		for _, s := range strings.Split(part, ",") {
			p, err := c.Lookup(strings.TrimSpace(s))
			if err != nil {
				return Question{}, err
			}
			got = append(got, p.Ref)
			if !slices.Contains(q.Refs, p.Ref) {
				q.Refs = append(q.Refs, p.Ref)
			}
		}
		q.Parts = append(q.Parts, got)
	}
	if len(q.Refs) == 0 {
		return Question{}, fmt.Errorf("no part is answered: write - alone")
	}
	return q, nil
}

// Retriever is what Run measures; *retrieve.Retriever satisfies it.
type Retriever interface {
	Retrieve(ctx context.Context, question string, k int) (*retrieve.Result, error)
}

var _ Retriever = (*retrieve.Retriever)(nil)

// Answerer writes the answer to a question from what retrieval found and
// returns the ref of each sentence it quotes, in order. Extractive is the
// offline one.
type Answerer interface {
	Quoted(ctx context.Context, question string, res *retrieve.Result) ([]essay.Ref, error)
}

// AnswerK is how many passages an answer is written from: as many as
// `studyguide ask` retrieves unless told otherwise.
const AnswerK = 4

// Outcome is what retrieval, and the answer written from it, did with one
// question.
type Outcome struct {
	Question Question
	// Ranked are the refs retrieved, best first.
	Ranked []essay.Ref
	// Rank is the 1-based rank of the first right passage, or 0 when none
	// was retrieved (always 0 for a question the corpus does not answer).
	Rank      int
	Abstained bool
	// Quoted holds the ref of each sentence the answer quotes; none when
	// it abstained or no answer was written.
	Quoted []essay.Ref
}

// Report holds the figures for one set and one retriever.
type Report struct {
	Set string
	// K is how many passages each question retrieved.
	K            int
	Answerable   int
	Unanswerable int
	// RecallAt1, RecallAt3 and RecallAt5 are the shares of answerable
	// questions with a right passage among the first 1, 3 or 5 retrieved
	// (at most K). MRR is the mean of 1/Rank over them, 0 where Rank is 0.
	// Abstaining does not change them: they measure the ranking.
	RecallAt1, RecallAt3, RecallAt5, MRR float64
	// AbstentionPrecision is the share of abstentions that were right (1
	// when the retriever never abstained); AbstentionRecall is the share of
	// unanswerable questions it abstained on (1 when there were none).
	AbstentionPrecision, AbstentionRecall float64
	// WronglyAbstained counts answerable questions declined; WronglyAnswered
	// counts unanswerable questions answered.
	WronglyAbstained, WronglyAnswered int
	// Answers holds the figures of the answers, when they were written.
	Answers  *AnswerFigures
	Outcomes []Outcome
}

// AnswerFigures measure the answers written for a set's answerable
// questions.
type AnswerFigures struct {
	// Quoted counts the sentences quoted in answers to answerable
	// questions, and FromGold those of them from a passage that answers
	// the question. Precision is FromGold / Quoted (1 when nothing was
	// quoted).
	Quoted, FromGold int
	Precision        float64
	// Parts counts the parts of the multi-part questions, and PartsQuoted
	// those whose answering passage the answer quotes. PartRecall is
	// PartsQuoted / Parts (1 when the set has no multi-part question).
	Parts, PartsQuoted int
	PartRecall         float64
}

// Run retrieves k passages for every question of set, has a answer it
// when a is not nil, and scores the rankings, abstentions and answers.
//
//   - r: the retriever to measure.
//   - a: the answerer; nil measures retrieval alone.
//   - set: the questions; it must hold at least one.
//   - k: passages per question; at least 1.
func Run(ctx context.Context, r Retriever, a Answerer, set *Set, k int) (*Report, error) {
	if set == nil || len(set.Questions) == 0 {
		return nil, fmt.Errorf("the question set is empty")
	}
	if k < 1 {
		return nil, fmt.Errorf("k must be at least 1, not %d", k)
	}
	var outcomes []Outcome
	for _, q := range set.Questions {
		res, err := r.Retrieve(ctx, q.Text, k)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", set.Name, q.Line, err)
		}
		o, err := outcome(ctx, a, q, res)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", set.Name, q.Line, err)
		}
		outcomes = append(outcomes, o)
	}
	return NewReport(set.Name, k, outcomes, a != nil), nil
}

// outcome scores one retrieval and, when a is not nil, the answer written
// from it.
func outcome(ctx context.Context, a Answerer, q Question, res *retrieve.Result) (Outcome, error) {
	o := Outcome{Question: q, Abstained: res.Abstain}
	for i, h := range res.Hits {
		o.Ranked = append(o.Ranked, h.Passage.Ref)
		if o.Rank == 0 && slices.Contains(q.Refs, h.Passage.Ref) {
			o.Rank = i + 1
		}
	}
	if a == nil || res.Abstain {
		return o, nil
	}
	// The answer is written from as many passages as ask retrieves.
	top := *res
	top.Hits = top.Hits[:min(len(top.Hits), AnswerK)]
	quoted, err := a.Quoted(ctx, q.Text, &top)
	o.Quoted = quoted
	return o, err
}

// NewReport scores outcomes as one set's.
//
//   - answers: whether the outcomes hold the answers' quotations, so that
//     the answer figures mean something.
func NewReport(set string, k int, outcomes []Outcome, answers bool) *Report {
	rep := &Report{Set: set, K: k, Outcomes: outcomes}
	rep.score()
	if answers {
		rep.Answers = answerFigures(outcomes)
	}
	return rep
}

func (rep *Report) score() {
	var at1, at3, at5, rr float64
	abstained, rightAbstained := 0, 0
	for _, o := range rep.Outcomes {
		if o.Abstained {
			abstained++
		}
		if !o.Question.Answerable() {
			rep.Unanswerable++
			if o.Abstained {
				rightAbstained++
			} else {
				rep.WronglyAnswered++
			}
			continue
		}
		rep.Answerable++
		if o.Abstained {
			rep.WronglyAbstained++
		}
		if o.Rank == 0 {
			continue
		}
		rr += 1 / float64(o.Rank)
		at1 += b2f(o.Rank <= 1)
		at3 += b2f(o.Rank <= 3)
		at5 += b2f(o.Rank <= 5)
	}
	if n := float64(rep.Answerable); n > 0 {
		rep.RecallAt1, rep.RecallAt3, rep.RecallAt5, rep.MRR = at1/n, at3/n, at5/n, rr/n
	}
	rep.AbstentionPrecision, rep.AbstentionRecall = 1, 1
	if abstained > 0 {
		rep.AbstentionPrecision = float64(rightAbstained) / float64(abstained)
	}
	if rep.Unanswerable > 0 {
		rep.AbstentionRecall = float64(rightAbstained) / float64(rep.Unanswerable)
	}
}

// answerFigures scores the answers to the answerable questions: a
// declined question quotes nothing, so its parts count as missed.
func answerFigures(outcomes []Outcome) *AnswerFigures {
	f := &AnswerFigures{}
	for _, o := range outcomes {
		q := o.Question
		if !q.Answerable() {
			continue
		}
		f.Quoted += len(o.Quoted)
		f.FromGold += len(o.Quoted) - len(WrongQuotes(o))
		if !q.MultiPart() {
			continue
		}
		parts := 0
		for _, part := range q.Parts {
			if len(part) > 0 { // a part the text does not answer has nothing to quote
				parts++
			}
		}
		f.Parts += parts
		f.PartsQuoted += parts - len(MissedParts(o))
	}
	f.Precision, f.PartRecall = 1, 1
	if f.Quoted > 0 {
		f.Precision = float64(f.FromGold) / float64(f.Quoted)
	}
	if f.Parts > 0 {
		f.PartRecall = float64(f.PartsQuoted) / float64(f.Parts)
	}
	return f
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// Misses returns the outcomes that fell short: answerable questions not
// ranked first or declined, and unanswerable questions answered.
func (rep *Report) Misses() []Outcome {
	var out []Outcome
	for _, o := range rep.Outcomes {
		if o.Question.Answerable() && (o.Rank != 1 || o.Abstained) || !o.Question.Answerable() && !o.Abstained {
			out = append(out, o)
		}
	}
	return out
}

// AnswerMisses returns the answered questions whose offline answer fell
// short: it quotes a sentence from a passage that does not answer the
// question, or leaves a part of a question of several parts without its
// passage. Declined questions are Misses, not these.
func (rep *Report) AnswerMisses() []Outcome {
	var out []Outcome
	for _, o := range rep.Outcomes {
		if !o.Question.Answerable() || o.Abstained {
			continue
		}
		if len(WrongQuotes(o)) > 0 || len(MissedParts(o)) > 0 {
			out = append(out, o)
		}
	}
	return out
}

// WrongQuotes returns the refs o's answer quotes from passages that do not
// answer its question.
func WrongQuotes(o Outcome) []essay.Ref {
	var out []essay.Ref
	for _, r := range o.Quoted {
		if !slices.Contains(o.Question.Refs, r) {
			out = append(out, r)
		}
	}
	return out
}

// MissedParts returns the 1-based numbers of the parts of o's question
// whose passage its answer does not quote; none for a question of one part.
func MissedParts(o Outcome) []int {
	if !o.Question.MultiPart() {
		return nil
	}
	var out []int
	for i, part := range o.Question.Parts {
		if len(part) > 0 && !slices.ContainsFunc(part, func(r essay.Ref) bool { return slices.Contains(o.Quoted, r) }) {
			out = append(out, i+1)
		}
	}
	return out
}
