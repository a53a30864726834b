// Package eval measures retrieval on a set of questions whose answering
// passages are known: how often the right passage is ranked first or among
// the first few, and whether the retriever declines exactly the questions
// the corpus does not answer.
package eval

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
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
}

// Answerable reports whether some passage answers the question.
func (q Question) Answerable() bool { return len(q.Refs) > 0 }

// Set is a named list of questions.
type Set struct {
	Name      string
	Questions []Question
}

// maxSetBytes bounds a question file; a set is a few kilobytes.
const maxSetBytes = 4 << 20

// Parse reads a question set: one question a line, a tab, then the refs
// that answer it separated by commas ("¶53, note 15"), or "-" when the
// corpus does not answer it. Blank lines and lines starting with # are
// skipped. Every ref must name a passage of c.
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
	set := &Set{Name: name}
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
	for _, s := range strings.Split(refs, ",") {
		p, err := c.Lookup(strings.TrimSpace(s))
		if err != nil {
			return Question{}, err
		}
		q.Refs = append(q.Refs, p.Ref)
	}
	return q, nil
}

// Retriever is what Run measures; *retrieve.Retriever satisfies it.
type Retriever interface {
	Retrieve(ctx context.Context, question string, k int) (*retrieve.Result, error)
}

var _ Retriever = (*retrieve.Retriever)(nil)

// Outcome is what retrieval did with one question.
type Outcome struct {
	Question Question
	// Ranked are the refs retrieved, best first.
	Ranked []essay.Ref
	// Rank is the 1-based rank of the first right passage, or 0 when none
	// was retrieved (always 0 for a question the corpus does not answer).
	Rank      int
	Abstained bool
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
	Outcomes                          []Outcome
}

// Run retrieves k passages for every question of set and scores the
// rankings and abstentions.
//
//   - r: the retriever to measure.
//   - set: the questions; it must hold at least one.
//   - k: passages per question; at least 1.
func Run(ctx context.Context, r Retriever, set *Set, k int) (*Report, error) {
	if set == nil || len(set.Questions) == 0 {
		return nil, fmt.Errorf("the question set is empty")
	}
	if k < 1 {
		return nil, fmt.Errorf("k must be at least 1, not %d", k)
	}
	rep := &Report{Set: set.Name, K: k}
	for _, q := range set.Questions {
		res, err := r.Retrieve(ctx, q.Text, k)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", set.Name, q.Line, err)
		}
		rep.Outcomes = append(rep.Outcomes, outcome(q, res))
	}
	rep.score()
	return rep, nil
}

func outcome(q Question, res *retrieve.Result) Outcome {
	o := Outcome{Question: q, Abstained: res.Abstain}
	for i, h := range res.Hits {
		o.Ranked = append(o.Ranked, h.Passage.Ref)
		if o.Rank == 0 && contains(q.Refs, h.Passage.Ref) {
			o.Rank = i + 1
		}
	}
	return o
}

func contains(refs []essay.Ref, ref essay.Ref) bool {
	for _, r := range refs {
		if r == ref {
			return true
		}
	}
	return false
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
