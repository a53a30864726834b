// Package modelguide has a language model write each question's part of a
// study guide (its evidence, discussion questions and historian's
// prompts) and keeps only what checks out against the essay. The guide
// built offline is the fallback: an item that fails a check is replaced by
// the offline guide's item or dropped, with a notice, and a question whose
// reply cannot be read keeps its offline part whole.
//
// None of the model's output is trusted: every ref must name a passage of
// the corpus that the model was given, every quotation must stand verbatim
// in a passage its item cites, every level must be one the guide knows,
// and text is cleaned of control characters before it is kept.
//
// It imports guide, generate, citation, retrieve, render, essay, llm and
// prompts; only the command imports it.
package modelguide

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"

	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/guide"
	"studyguide/internal/llm"
	"studyguide/internal/render"
	"studyguide/internal/retrieve"
	"studyguide/prompts"
)

// Writer asks a language model for the questions of a guide, one request
// per question.
type Writer struct {
	Client  *llm.Client
	Prompts *prompts.Set
	// Concurrency bounds the requests in flight at once; 0 means
	// DefaultConcurrency.
	Concurrency int
	// Notice receives one line for each item of the model's that was
	// repaired or dropped, and for each question kept offline, unprefixed
	// (the caller says whose notice it is); nil discards them.
	Notice io.Writer
}

// Limits of the requests.
const (
	// DefaultConcurrency is how many questions are asked at once: enough
	// to build a guide of six questions in two rounds, few enough for a
	// local server.
	DefaultConcurrency = 3
	// MaxConcurrency bounds Concurrency.
	MaxConcurrency = 16
	// givenPassages is how many retrieved passages, besides the one that
	// asks the question, the model sees for it; the passages the offline
	// guide quotes are added to them.
	givenPassages = 6
	// maxTokens bounds one question's reply.
	maxTokens = 2000
	// guidePrompt is the template of the request.
	guidePrompt = "guide.tmpl"
	schemaName  = "study_guide_question"
)

// Levels a prompt of the model's may have, in the order the guide shows
// them.
var (
	bloomLevels    = []string{guide.Understand, guide.Analyze, guide.Evaluate, guide.Create}
	historianMoves = []string{guide.Sourcing, guide.Corroboration, guide.Counterpoint}
)

// job is one question to ask the model about.
type job struct {
	// label is the question's number as the guide shows it ("1.2").
	label string
	theme *guide.Theme
	q     *guide.Question
	// given is what the model sees: the retrieved passages and those the
	// offline guide quotes, but never the passage that asks the question.
	given []*essay.Passage
	reply llm.Completion
	err   error
	// overlong is the error of a reply cut off at its bound.
	overlong error
}

// Revise asks the model for the part of each question of g, a guide that
// guide.Build made from c and r, and puts in what checks out; the
// discussion plan is rewritten for the new evidence. Themes, the basis and
// the key terms stay as built. It fails when a request fails (the server
// refuses the key, is down, the context ends): a guide is then not
// half-written by the model.
func (w *Writer) Revise(ctx context.Context, g *guide.Guide, c *essay.Corpus, r *retrieve.Retriever) error {
	if w.Client == nil || w.Prompts == nil {
		return errors.New("a guide from a model needs a client and prompts")
	}
	if g == nil || c == nil || r == nil {
		return errors.New("a guide from a model needs the offline guide, its corpus and a retriever")
	}
	jobs, err := w.jobs(ctx, g, c, r)
	if err != nil {
		return err
	}
	plain, err := w.askAll(ctx, g, jobs)
	if err != nil {
		return err
	}
	if plain {
		w.notice("the server does not take a JSON schema (structured output); the guide's questions were asked for plain JSON")
	}
	for _, j := range jobs {
		w.merge(j, c)
	}
	g.Plan = guide.PlanFor(g)
	return nil
}

// jobs lists the questions of g with the passages the model sees for
// each. Retrieval runs here, one question after another, before any
// request is sent.
func (w *Writer) jobs(ctx context.Context, g *guide.Guide, c *essay.Corpus, r *retrieve.Retriever) ([]*job, error) {
	var jobs []*job
	for i, th := range g.Themes {
		for k, q := range th.Questions {
			res, err := r.Retrieve(ctx, q.Text, givenPassages+1)
			if err != nil {
				return nil, fmt.Errorf("find passages for %s: %w", q.Ref, err)
			}
			var given []*essay.Passage
			have := map[essay.Ref]bool{q.Ref: true}
			add := func(p *essay.Passage) {
				if !have[p.Ref] {
					have[p.Ref] = true
					given = append(given, p)
				}
			}
			for _, h := range res.Hits {
				if len(given) < givenPassages {
					add(h.Passage)
				}
			}
			for _, e := range q.Evidence {
				if p, ok := c.Passage(e.Ref); ok {
					add(p)
				}
			}
			jobs = append(jobs, &job{label: fmt.Sprintf("%d.%d", i+1, k+1), theme: th, q: q, given: given})
		}
	}
	return jobs, nil
}

// askAll sends the jobs' requests, at most w.Concurrency at once. The
// first failure cancels the rest and is returned. plain reports that the
// server refused a JSON schema, so that plain JSON was asked for.
func (w *Writer) askAll(ctx context.Context, g *guide.Guide, jobs []*job) (plain bool, _ error) {
	run, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		first    error
		noSchema atomic.Bool
	)
	slots := make(chan struct{}, w.concurrency())
	for _, j := range jobs {
		if len(j.given) == 0 {
			continue
		}
		select {
		case slots <- struct{}{}:
		case <-run.Done():
		}
		if run.Err() != nil {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			j.reply, j.err = w.ask(run, g, j, &noSchema)
			// A reply cut off at its bound is the model's, like one
			// that cannot be read: the question keeps its offline part.
			if errors.Is(j.err, llm.ErrTooLong) {
				j.overlong, j.err = j.err, nil
			}
			// A request cancelled because another failed is not the cause.
			if j.err != nil && run.Err() == nil {
				mu.Lock()
				if first == nil {
					first = fmt.Errorf("guide question %s %s: %w", j.label, askedIn(j.q), j.err)
				}
				mu.Unlock()
				cancel()
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return false, err
	}
	return noSchema.Load(), first
}

func (w *Writer) concurrency() int {
	if w.Concurrency <= 0 {
		return DefaultConcurrency
	}
	return min(w.Concurrency, MaxConcurrency)
}

// ask sends one question's request: with a JSON schema unless the server
// has refused one, else for plain JSON.
func (w *Writer) ask(ctx context.Context, g *guide.Guide, j *job, noSchema *atomic.Bool) (llm.Completion, error) {
	msg, err := w.message(g, j)
	if err != nil {
		return llm.Completion{}, err
	}
	req := llm.Request{Messages: []llm.Message{{Role: llm.User, Content: msg}}, MaxTokens: maxTokens}
	if !noSchema.Load() {
		req.Schema = &llm.Schema{Name: schemaName, Schema: schemaFor(j.given, j.q.Ref), Strict: true}
		c, err := w.Client.Complete(ctx, req)
		var apiErr *llm.Error
		if !errors.As(err, &apiErr) || apiErr.Status != http.StatusBadRequest {
			return c, err
		}
		// A server without structured output answers 400; a request
		// that fails again as plain JSON was bad for another reason.
		noSchema.Store(true)
		req.Schema = nil
	}
	req.JSON = true
	return w.Client.Complete(ctx, req)
}

// passageData is one passage as the guide prompt shows it.
type passageData struct {
	// Label is the ref as the model cites it in text ("[¶53]"), Ref as it
	// names it in JSON ("¶53").
	Label, Ref, Text string
}

// message renders the request for one question.
func (w *Writer) message(g *guide.Guide, j *job) (string, error) {
	var ps []passageData
	for _, p := range j.given {
		ps = append(ps, passageData{Label: p.Ref.Marker(), Ref: p.Ref.String(), Text: generate.Defuse(p.Text())})
	}
	asker := ""
	if j.q.HasRef() {
		asker = j.q.Ref.Marker()
	}
	return w.Prompts.Render(guidePrompt, map[string]any{
		"Title": g.Title, "Author": g.Author, "Theme": j.theme.Name,
		"Question": generate.Defuse(j.q.Text), "Asker": asker, "Origin": j.q.Origin, "Passages": ps,
		"Levels": strings.Join(bloomLevels, ", "), "Moves": strings.Join(historianMoves, ", "),
		"Argues": g.Voice.Argues(), "Caveat": g.Voice.Caveat, "His": g.Voice.His(),
	})
}

// askedIn names where a question stands, for a notice: its marker, or
// "(yours)" for a teacher's question.
func askedIn(q *guide.Question) string {
	if q.HasRef() {
		return q.Ref.Marker()
	}
	return "(yours)"
}

// maxNotices bounds the notices about one reply; the rest are counted in
// one more, so that a runaway reply cannot flood the terminal.
const maxNotices = 12

// merge puts what checks out of a job's reply into its question.
func (w *Writer) merge(j *job, c *essay.Corpus) {
	noted := 0
	note := func(format string, args ...any) {
		if noted++; noted <= maxNotices {
			w.notice("guide question %s %s: %s", j.label, askedIn(j.q), fmt.Sprintf(format, args...))
		}
	}
	defer func() {
		if noted > maxNotices {
			w.notice("guide question %s %s: %d more items of the reply were repaired or dropped", j.label, askedIn(j.q), noted-maxNotices)
		}
	}()
	if len(j.given) == 0 {
		note("no other passage speaks to it, so the model was not asked; kept the offline guide's part")
		return
	}
	if j.overlong != nil {
		note("%v; kept the offline guide's part", j.overlong)
		return
	}
	rep, err := parseReply(j.reply)
	if err != nil {
		note("%v; kept the offline guide's part", err)
		return
	}
	k := newChecker(c, j.given, j.q.Ref, note)
	off := *j.q
	j.q.Evidence = k.evidence(rep.Evidence, off.Evidence)
	j.q.Discussion = k.prompts("discussion", bloomLevels, rep.Discussion, off.Discussion)
	j.q.Historian = k.prompts("historian's", historianMoves, rep.Historian, off.Historian)
}

func (w *Writer) notice(format string, args ...any) {
	if w.Notice != nil {
		fmt.Fprintln(w.Notice, render.OneLine(fmt.Sprintf(format, args...)))
	}
}
