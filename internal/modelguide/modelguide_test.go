package modelguide

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/guide"
	"studyguide/internal/llm"
	"studyguide/internal/llm/llmtest"
	"studyguide/internal/render"
	"studyguide/internal/retrieve"
	"studyguide/internal/retrieve/retrievetest"
	"studyguide/prompts"
)

// testKey is the API key of every test; no output may hold it.
const testKey = "sk-modelguide-5f0c-never-print-me"

// fixture is the essay, its retriever and the offline guide for ¶56.
type fixture struct {
	c *essay.Corpus
	r *retrieve.Retriever
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	c, r := retrievetest.Essay(t)
	return &fixture{c: c, r: r}
}

func (f *fixture) offline(t *testing.T) *guide.Guide {
	t.Helper()
	g, err := guide.Build(context.Background(), f.c, f.r, "¶56")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// revise builds the ¶56 guide offline, then has the fake server s revise
// it with the given concurrency. It returns the guide, the notices and
// Revise's error, and checks that neither the notices nor the error hold
// the key.
func (f *fixture) revise(t *testing.T, s *llmtest.Server, concurrency int) (*guide.Guide, string, error) {
	t.Helper()
	client, err := llm.New(llm.Config{BaseURL: s.URL, APIKey: testKey, Retry: llm.Retry{Base: time.Millisecond, Max: time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	set, err := prompts.Load("")
	if err != nil {
		t.Fatal(err)
	}
	var notices bytes.Buffer
	g := f.offline(t)
	w := &Writer{Client: client, Prompts: set, Concurrency: concurrency, Notice: &notices}
	err = w.Revise(context.Background(), g, f.c, f.r)
	if strings.Contains(notices.String(), testKey) || (err != nil && strings.Contains(err.Error(), testKey)) {
		t.Errorf("the key shows: %q, %v", notices.String(), err)
	}
	return g, notices.String(), err
}

var (
	questionRe = regexp.MustCompile(`(?s)<question>\n(.*?)\n</question>`)
	passageRe  = regexp.MustCompile(`(?s)<passage label="\[([^\]]+)\]">\n(.*?)\n</passage>`)
)

// asked is what one request asked: the question and the labels of the
// passages given, in order.
type asked struct {
	question string
	labels   []string
}

func readRequest(t *testing.T, req openai.ChatCompletionRequest) asked {
	msg := req.Messages[len(req.Messages)-1].Content
	m := questionRe.FindStringSubmatch(msg)
	if m == nil {
		t.Errorf("no <question> in the request: %q", msg)
		return asked{}
	}
	a := asked{question: m[1]}
	for _, p := range passageRe.FindAllStringSubmatch(msg, -1) {
		a.labels = append(a.labels, p[1])
	}
	return a
}

// opening returns the first words of the first statement of the passage
// named by label that has that many: words the model may quote. It runs
// inside the fake server's handler, so it reports rather than stops.
func (f *fixture) opening(t *testing.T, label string, words int) (string, bool) {
	p, err := f.c.Lookup(label)
	if err != nil {
		t.Errorf("the request gives %q: %v", label, err)
		return "", false
	}
	for _, s := range p.Sentences {
		if fs := strings.Fields(s.Text); !s.Question && len(fs) >= words {
			return strings.Join(fs[:words], " "), true
		}
	}
	return "", false
}

// validReply is a reply that checks out: evidence from the last two
// passages given that open with a statement of eight words, quoting those
// words, and one prompt at every level quoting the first of them.
func (f *fixture) validReply(t *testing.T, a asked) reply {
	var r reply
	for i := len(a.labels) - 1; i >= 0 && len(r.Evidence) < 2; i-- {
		if q, ok := f.opening(t, a.labels[i], 8); ok {
			r.Evidence = append(r.Evidence, quoteItem{Ref: a.labels[i], Quote: q})
		}
	}
	if len(r.Evidence) < 2 {
		t.Errorf("too few passages to quote among %v", a.labels)
		return r
	}
	last := r.Evidence[0].Ref
	q := strings.Join(strings.Fields(r.Evidence[0].Quote)[:6], " ")
	for _, level := range bloomLevels {
		r.Discussion = append(r.Discussion, promptItem{Level: level, Refs: refList{last},
			Prompt: fmt.Sprintf("At the %s level: in [%s] the author writes “%s”. What does he argue there?", level, last, q)})
	}
	for _, move := range historianMoves {
		r.Historian = append(r.Historian, promptItem{Level: move, Refs: refList{last},
			Prompt: fmt.Sprintf("As a historian (%s): the author writes “%s” [%s]. Where does that come from?", move, q, last)})
	}
	return r
}

func jsonReply(r reply) llmtest.Reply {
	data, _ := json.Marshal(r)
	return llmtest.Reply{Text: string(data)}
}

// replies records the reply sent for each question.
type replies struct {
	mu   sync.Mutex
	sent map[string]reply
}

func (rs *replies) put(question string, r reply) {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	if rs.sent == nil {
		rs.sent = map[string]reply{}
	}
	rs.sent[question] = r
}

func (rs *replies) get(question string) (reply, bool) {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	r, ok := rs.sent[question]
	return r, ok
}

func questionsOf(g *guide.Guide) []*guide.Question {
	var out []*guide.Question
	for _, th := range g.Themes {
		out = append(out, th.Questions...)
	}
	return out
}

func TestAValidModelGuideIsUsed(t *testing.T) {
	f := newFixture(t)
	s := llmtest.New(t)
	var sent replies
	s.Respond = func(req openai.ChatCompletionRequest) (llmtest.Reply, bool) {
		a := readRequest(t, req)
		r := f.validReply(t, a)
		sent.put(a.question, r)
		return jsonReply(r), true
	}
	g, notices, err := f.revise(t, s, 0)
	if err != nil {
		t.Fatal(err)
	}
	if notices != "" {
		t.Errorf("notices for a reply that checks out: %q", notices)
	}
	qs := questionsOf(g)
	chats := s.Chats()
	if len(qs) != 6 || len(chats) != 6 {
		t.Fatalf("%d questions, %d requests; want 6 and one request per question", len(qs), len(chats))
	}
	for _, req := range chats {
		rf := req.ResponseFormat
		if rf == nil || rf.Type != openai.ChatCompletionResponseFormatTypeJSONSchema || rf.JSONSchema == nil || !rf.JSONSchema.Strict {
			t.Fatalf("response_format = %+v, want a strict json_schema", rf)
		}
		a := readRequest(t, req)
		data, _ := json.Marshal(rf.JSONSchema.Schema)
		var schema struct {
			Properties struct {
				Evidence struct {
					Items struct {
						Properties struct {
							Ref struct{ Enum []string }
						}
					}
				}
				Discussion struct {
					Items struct {
						Properties struct {
							Refs struct{ Items struct{ Enum []string } }
						}
					}
				}
			}
		}
		if err := json.Unmarshal(data, &schema); err != nil {
			t.Fatal(err)
		}
		evidence := schema.Properties.Evidence.Items.Properties.Ref.Enum
		cited := schema.Properties.Discussion.Items.Properties.Refs.Items.Enum
		if len(a.labels) < 6 || slices.Contains(a.labels, "¶56") {
			t.Errorf("passages given: %v; want six or more, without ¶56 that asks the question", a.labels)
		}
		if !slices.Equal(evidence, a.labels) || !slices.Equal(cited, append(a.labels, "¶56")) {
			t.Errorf("the schema's refs are %v for evidence and %v for prompts; given %v", evidence, cited, a.labels)
		}
	}
	for _, q := range qs {
		r, ok := sent.get(q.Text)
		if !ok {
			t.Fatalf("the model was not asked %q", q.Text)
		}
		if len(q.Evidence) != 2 {
			t.Fatalf("%q: evidence %+v, want the model's two", q.Text, q.Evidence)
		}
		for i, e := range q.Evidence {
			if !holds(t, f.c, e, r.Evidence[i]) {
				t.Errorf("evidence %d = %s %q, want the whole sentence of the model's %s %q", i, e.Ref, e.Text, r.Evidence[i].Ref, r.Evidence[i].Quote)
			}
		}
		if len(q.Discussion) != 4 || len(q.Historian) != 3 {
			t.Fatalf("%d discussion and %d historian prompts, want 4 and 3", len(q.Discussion), len(q.Historian))
		}
		for i, p := range q.Discussion {
			if p.Text != r.Discussion[i].Prompt || p.Level != bloomLevels[i] || len(p.Refs) != 1 || len(p.Quotes) != 1 {
				t.Errorf("discussion %d = %+v, want the model's %+v", i, p, r.Discussion[i])
			}
		}
		for i, p := range q.Historian {
			if p.Text != r.Historian[i].Prompt || p.Level != historianMoves[i] {
				t.Errorf("historian %d = %+v, want the model's %+v", i, p, r.Historian[i])
			}
		}
	}
	checkVerbatim(t, f.c, g)
	// The plan follows the new evidence.
	if want := guide.PlanFor(g); g.Plan.Focus == nil || !reflect.DeepEqual(g.Plan, want) {
		t.Errorf("plan not rewritten for the model's evidence")
	}
	for _, st := range g.Plan.Steps {
		for _, ref := range st.Refs {
			if !hasRef(g, ref) {
				t.Errorf("plan step cites %s, which the guide does not show", ref)
			}
		}
	}
}

func hasRef(g *guide.Guide, ref essay.Ref) bool {
	for _, q := range questionsOf(g) {
		if q.Ref == ref {
			return true
		}
		for _, e := range q.Evidence {
			if e.Ref == ref {
				return true
			}
		}
	}
	return false
}

var curlyRe = regexp.MustCompile(`“([^“”]*)”`)

// checkVerbatim checks, in the guide's JSON as a user reads it, that every
// ref names a passage and every quotation stands in a passage it cites.
// holds reports whether evidence e quotes the whole sentences of its
// passage that hold the model's words it: it opens where a sentence opens,
// and it ends where one ends, or at a cut marked with an ellipsis.
func holds(t *testing.T, c *essay.Corpus, e guide.Quote, it quoteItem) bool {
	t.Helper()
	p, ok := c.Passage(e.Ref)
	if !ok || e.Ref.String() != it.Ref || !strings.Contains(e.Text, it.Quote) {
		return false
	}
	opens, ends := false, strings.HasSuffix(e.Text, guide.Ellipsis)
	for _, s := range p.Sentences {
		opens = opens || strings.HasPrefix(e.Text, s.Text) || strings.HasPrefix(s.Text, strings.TrimSuffix(e.Text, " "+guide.Ellipsis))
		ends = ends || strings.HasSuffix(e.Text, s.Text)
	}
	return opens && ends
}

func checkVerbatim(t *testing.T, c *essay.Corpus, g *guide.Guide) {
	t.Helper()
	out := render.NewGuideJSON(g)
	inAny := func(text string, refs []string) bool {
		for _, ref := range refs {
			p, err := c.Lookup(ref)
			if err == nil && p.Ref.String() == ref && strings.Contains(p.Text(), text) {
				return true
			}
		}
		return false
	}
	for _, q := range out.Questions {
		for _, e := range q.Evidence {
			for _, part := range strings.Split(e.Quote, guide.Ellipsis) {
				if part = strings.TrimSpace(part); part != "" && !inAny(part, []string{e.Ref}) {
					t.Errorf("evidence %q is not verbatim in %s", e.Quote, e.Ref)
				}
			}
		}
		for _, p := range append(append([]render.GuidePromptJSON{}, q.Discussion...), q.Historian...) {
			for _, m := range curlyRe.FindAllStringSubmatch(p.Prompt, -1) {
				if !inAny(m[1], p.Refs) {
					t.Errorf("prompt quotes %q, not verbatim in %v", m[1], p.Refs)
				}
			}
		}
	}
}

// renderedAll is the guide in the three formats, joined.
func renderedAll(t *testing.T, g *guide.Guide) string {
	t.Helper()
	var md, js, page bytes.Buffer
	if err := render.GuideMarkdown(&md, g); err != nil {
		t.Fatal(err)
	}
	if err := render.JSON(&js, render.NewGuideJSON(g)); err != nil {
		t.Fatal(err)
	}
	if err := render.GuideHTML(&page, g); err != nil {
		t.Fatal(err)
	}
	return md.String() + js.String() + page.String()
}

const (
	misquote      = "Stalin alone decided everything in the Soviet Union"
	otherMisquote = "the Party was a perfect democracy at every level"
	madeUp        = "¶99"
)

func TestMadeUpRefsAndMisquotesAreRepairedOrDropped(t *testing.T) {
	f := newFixture(t)
	first := f.offline(t).Themes[0].Questions[0]
	// ¶57 is among the first question's offline evidence, so a misquote of
	// it is repaired; ¶61 is not, so a misquote of it is dropped.
	offRef := first.Evidence[0].Ref.String()
	s := llmtest.New(t)
	var otherRef, notGiven string
	var good quoteItem
	s.Respond = func(req openai.ChatCompletionRequest) (llmtest.Reply, bool) {
		a := readRequest(t, req)
		r := f.validReply(t, a)
		if a.question != first.Text {
			return jsonReply(r), true
		}
		good = r.Evidence[0]
		if good.Ref == offRef {
			good = r.Evidence[1]
		}
		for _, l := range a.labels {
			if l != good.Ref && !hasQuoteFrom(first.Evidence, l) {
				otherRef = l
			}
		}
		for _, p := range f.c.Passages {
			if l := p.Ref.String(); l != "¶56" && !slices.Contains(a.labels, l) {
				notGiven = l
			}
		}
		r.Evidence = []quoteItem{
			{Ref: madeUp, Quote: "the Politburo feared him more than anyone"},
			{Ref: offRef, Quote: misquote},
			{Ref: otherRef, Quote: otherMisquote},
			{Ref: "¶56", Quote: first.Text},
			{Ref: notGiven, Quote: "anything at all from a passage not given"},
			good,
		}
		r.Discussion[0].Refs = refList{madeUp}
		r.Discussion[1].Prompt = fmt.Sprintf("The author writes “%s” [%s]. Do you agree?", misquote, offRef)
		r.Discussion[1].Refs = refList{offRef}
		r.Discussion[2].Prompt = "Does [" + madeUp + "] support " + r.Discussion[2].Prompt
		r.Discussion[3].Prompt = "Reread the question as [¶56] asks it: “" + first.Text + "” What would count as an answer?"
		r.Discussion[3].Refs = nil
		r.Historian[0].Level = "remember"
		r.Historian[1].Prompt = "Read the source at https://example.com/" + "\x1b[31m first."
		return jsonReply(r), true
	}
	g, notices, err := f.revise(t, s, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := renderedAll(t, g)
	for _, bad := range []string{madeUp, misquote, otherMisquote, "example.com", "\x1b", "Politburo feared"} {
		if strings.Contains(out, bad) {
			t.Errorf("the guide shows %q", bad)
		}
	}
	for _, bad := range []string{misquote[:20], otherMisquote[:20], "\x1b"} {
		if strings.Contains(notices, bad) {
			t.Errorf("a notice repeats %q", bad)
		}
	}
	checkVerbatim(t, f.c, g)
	q := questionsOf(g)[0]
	off, _ := quoteFrom(first.Evidence, first.Evidence[0].Ref)
	if len(q.Evidence) != 2 || q.Evidence[0] != off || !holds(t, f.c, q.Evidence[1], good) {
		t.Errorf("evidence = %+v, want the offline quote from %s, then the model's good one", q.Evidence, offRef)
	}
	if len(q.Discussion) != 4 || len(q.Historian) != 3 {
		t.Errorf("%d discussion and %d historian prompts, want every level filled", len(q.Discussion), len(q.Historian))
	}
	for i, p := range q.Discussion[:3] {
		if p.Text != first.Discussion[i].Text {
			t.Errorf("discussion %d = %q, want the offline guide's", i, p.Text)
		}
	}
	// A prompt may cite and quote the passage that asks the question.
	if p := q.Discussion[3]; !strings.HasPrefix(p.Text, "Reread the question") || len(p.Refs) != 1 || p.Refs[0].String() != "¶56" {
		t.Errorf("create prompt = %+v, want the model's, citing ¶56", p)
	}
	for _, want := range []string{
		"guide question 1.1 [¶56]: dropped the evidence from ¶99: not in the corpus",
		fmt.Sprintf("repaired the evidence from %s: the quote is not verbatim in %s; it quotes the offline guide's words instead", offRef, offRef),
		fmt.Sprintf("dropped the evidence from %s: the quote is not verbatim in %s", otherRef, otherRef),
		"dropped the evidence from ¶56: the passage that asks the question, not evidence on it",
		"dropped the evidence from " + notGiven + ": not among the passages the model was given",
		"repaired the understand prompt: it cites ¶99, not in the corpus; it is the offline guide's instead",
		"repaired the analyze prompt: it quotes words that are not verbatim in " + offRef,
		"repaired the evaluate prompt: it cites ¶99, not in the corpus",
		`dropped a historian's prompt: its level "remember" is not one of sourcing, corroboration, counterpoint`,
		"repaired the corroboration prompt: it holds a link",
	} {
		if !strings.Contains(notices, want) {
			t.Errorf("no notice %q in:\n%s", want, notices)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(notices), "\n") {
		if !strings.HasPrefix(line, "guide question 1.1 [¶56]: ") {
			t.Errorf("notice %q is not about question 1.1", line)
		}
	}
}

func hasQuoteFrom(qs []guide.Quote, label string) bool {
	for _, q := range qs {
		if q.Ref.String() == label {
			return true
		}
	}
	return false
}

func TestMalformedJSONKeepsTheOfflineQuestion(t *testing.T) {
	f := newFixture(t)
	offline := f.offline(t)
	third := questionsOf(offline)[2]
	s := llmtest.New(t)
	s.Respond = func(req openai.ChatCompletionRequest) (llmtest.Reply, bool) {
		a := readRequest(t, req)
		if a.question == third.Text {
			return llmtest.Reply{Text: `{"evidence": [{"ref": "¶57", "quote": "unterminated`}, true
		}
		return jsonReply(f.validReply(t, a)), true
	}
	g, notices, err := f.revise(t, s, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range questionsOf(g) {
		offQ := questionsOf(offline)[i]
		same := fmt.Sprint(q.Evidence, q.Discussion, q.Historian) == fmt.Sprint(offQ.Evidence, offQ.Discussion, offQ.Historian)
		if (i == 2) != same {
			t.Errorf("question %d: same as offline = %v", i+1, same)
		}
	}
	want := "guide question 1.3 [¶56]: the model's reply is not the JSON asked for (unexpected end of JSON input); kept the offline guide's part\n"
	if notices != want {
		t.Errorf("notices = %q, want %q", notices, want)
	}
}

func TestPlainJSONWhenTheServerRefusesASchema(t *testing.T) {
	f := newFixture(t)
	s := llmtest.New(t)
	s.RejectSchema = true
	s.Respond = func(req openai.ChatCompletionRequest) (llmtest.Reply, bool) {
		// A reply in a code fence, as models without a schema often write.
		data, _ := json.Marshal(f.validReply(t, readRequest(t, req)))
		return llmtest.Reply{Text: "```json\n" + string(data) + "\n```"}, true
	}
	g, notices, err := f.revise(t, s, 0)
	if err != nil {
		t.Fatal(err)
	}
	schemas, plain := 0, 0
	for _, req := range s.Chats() {
		switch {
		case req.ResponseFormat == nil:
			t.Error("a request asked for no format")
		case req.ResponseFormat.Type == openai.ChatCompletionResponseFormatTypeJSONSchema:
			schemas++
		case req.ResponseFormat.Type == openai.ChatCompletionResponseFormatTypeJSONObject:
			plain++
		}
	}
	if plain != 6 || schemas < 1 || schemas > DefaultConcurrency {
		t.Errorf("%d schema and %d plain JSON requests; want each question asked as plain JSON, and no schema after the first refusals", schemas, plain)
	}
	if notices != "the server does not take a JSON schema (structured output); the guide's questions were asked for plain JSON\n" {
		t.Errorf("notices = %q", notices)
	}
	for _, q := range questionsOf(g) {
		if len(q.Evidence) != 2 || len(q.Discussion) != 4 {
			t.Errorf("%q: the model's part was not used: %+v", q.Text, q.Evidence)
		}
	}
}

func TestConcurrencyIsBounded(t *testing.T) {
	f := newFixture(t)
	for _, limit := range []int{0, 2} {
		want := limit
		if want == 0 {
			want = DefaultConcurrency
		}
		s := llmtest.New(t)
		s.Respond = func(req openai.ChatCompletionRequest) (llmtest.Reply, bool) {
			// Hold each request until as many as allowed are in flight, so
			// that a client sending more at once would be seen to.
			for deadline := time.Now().Add(3 * time.Second); s.InFlight() < want && time.Now().Before(deadline); {
				time.Sleep(time.Millisecond)
			}
			time.Sleep(5 * time.Millisecond)
			return jsonReply(f.validReply(t, readRequest(t, req))), true
		}
		if _, _, err := f.revise(t, s, limit); err != nil {
			t.Fatal(err)
		}
		if got := s.MaxInFlight(); got != want || s.Count("/v1/chat/completions") != 6 {
			t.Errorf("concurrency %d: at most %d requests in flight over %d; want %d", limit, got, s.Count("/v1/chat/completions"), want)
		}
	}
}

func TestAFailedRequestFailsTheGuide(t *testing.T) {
	f := newFixture(t)
	s := llmtest.New(t)
	s.Default(llmtest.Reply{Status: 401})
	_, _, err := f.revise(t, s, 0)
	if err == nil || !strings.Contains(err.Error(), "401") || !strings.Contains(err.Error(), "refused") {
		t.Errorf("err = %v, want the refused key", err)
	}
	if n := s.Count("/v1/chat/completions"); n > DefaultConcurrency {
		t.Errorf("%d requests after the key was refused, want the rest cancelled", n)
	}
}

func TestCheckQuotes(t *testing.T) {
	p := &essay.Passage{Ref: essay.Ref{N: 50}, Blocks: []string{`This "democracy" is a form and a technique of capitalist class rule. Stalin’s view was different.`}}
	for _, tt := range []struct{ in, out, why string }{
		{`He writes “This "democracy" is a form” [¶50].`, `He writes “This "democracy" is a form” [¶50].`, ""},
		{`He writes "is a   form and a technique" here.`, `He writes “is a form and a technique” here.`, ""},
		{`Stalin’s ‘capitalist class rule’ is named.`, `Stalin’s ‘capitalist class rule’ is named.`, ""},
		{`He writes “democracy is dead”.`, "", "it quotes words that are not verbatim in ¶50"},
		{`He writes “This ... technique”.`, "", "a quotation in it leaves words out"},
		{`He writes “This "democracy" is a form.`, "", "its quotation marks do not pair up"},
		{`He writes a form” here.`, "", "its quotation marks do not pair up"},
		{`An “” here.`, "", "it has empty quotation marks"},
		// Every style of quotation is checked, and kept as the passage's
		// own words in curly quotes.
		{`He writes 'democracy is dead' here.`, "", "it quotes words that are not verbatim in ¶50"},
		{`He writes ‘democracy is dead’ here.`, "", "it quotes words that are not verbatim in ¶50"},
		{`He writes «democracy is dead» here.`, "", "it quotes words that are not verbatim in ¶50"},
		{`He writes „democracy is dead“ here.`, "", "it quotes words that are not verbatim in ¶50"},
		{`He writes ‚democracy is dead‘ here.`, "", "it quotes words that are not verbatim in ¶50"},
		{"He writes `democracy is dead` here.", "", "it quotes words that are not verbatim in ¶50"},
		{`He writes ""democracy is dead"" here.`, "", "it quotes words that are not verbatim in ¶50"},
		{`He writes « is a form and a technique » here.`, `He writes “is a form and a technique” here.`, ""},
		{`He writes „is a form and a technique“ here.`, `He writes “is a form and a technique” here.`, ""},
		{"He writes `is a form and a technique` here.", `He writes “is a form and a technique” here.`, ""},
		{`He writes 'capitalist class rule' here.`, `He writes ‘capitalist class rule’ here.`, ""},
		// Apostrophes are no quotations.
		{`The others' view and Stalin's in the '30s [¶50].`, `The others' view and Stalin's in the '30s [¶50].`, ""},
	} {
		got, _, why := checkQuotes(tt.in, []*essay.Passage{p})
		if got != tt.out || why != tt.why {
			t.Errorf("checkQuotes(%q) = %q, %q; want %q, %q", tt.in, got, why, tt.out, tt.why)
		}
	}
}

func TestPromptsWithLinksAreRefused(t *testing.T) {
	c := essaytest.Embedded(t)
	p57, _ := c.Lookup("¶57")
	p58, _ := c.Lookup("¶58")
	k := newChecker(c, []*essay.Passage{p57, p58}, essay.Ref{N: 56}, func(string, ...any) {})
	for text, want := range map[string]string{
		"Compare [¶57] (and [¶58]): what does the author argue?": "",
		"See [¶57](https://example.com) first.":                  "it holds a link",
		"Look at ![a](x.png) and [¶57].":                         "it holds a link",
		"Read www.example.com beside [¶57].":                     "it holds a link",
		"What does the author argue in [¶59]?":                   "it cites ¶59, not among the passages the model was given",
		"What does the author argue?":                            "it cites no passage",
	} {
		_, why := k.prompt(guide.Analyze, promptItem{Prompt: text})
		if why != want {
			t.Errorf("%q: %q, want %q", text, why, want)
		}
	}
}

// TestRunawayRepliesAreBounded: a reply far longer than the tokens asked
// for is cut off before it is parsed, and its question keeps the offline
// part; a reply of many bad items gets a few notices and a count.
func TestRunawayRepliesAreBounded(t *testing.T) {
	f := newFixture(t)
	offline := f.offline(t)
	first, second := questionsOf(offline)[0], questionsOf(offline)[1]
	s := llmtest.New(t)
	s.Respond = func(req openai.ChatCompletionRequest) (llmtest.Reply, bool) {
		a := readRequest(t, req)
		switch a.question {
		case first.Text:
			// 4.8 MB, as a model that does not stop might send.
			return llmtest.Reply{Text: `{"evidence": [` + strings.Repeat(`{"ref": "¶57", "quote": "x"},`, 160000) + `]}`}, true
		case second.Text:
			r := f.validReply(t, a)
			for range 100 {
				r.Discussion = append(r.Discussion, promptItem{Level: "remember", Prompt: "What?", Refs: refList{"¶57"}})
			}
			return jsonReply(r), true
		}
		return jsonReply(f.validReply(t, a)), true
	}
	g, notices, err := f.revise(t, s, 0)
	if err != nil {
		t.Fatal(err)
	}
	if q, offQ := questionsOf(g)[0], questionsOf(offline)[0]; fmt.Sprint(q.Evidence) != fmt.Sprint(offQ.Evidence) {
		t.Errorf("the runaway question's evidence is %v, want the offline guide's", q.Evidence)
	}
	if !strings.Contains(notices, "for an answer of at most 2000 tokens, so it was cut off there; it may be ignoring max_tokens; kept the offline guide's part") {
		t.Errorf("no notice of the cut-off reply:\n%s", notices)
	}
	if n := strings.Count(notices, "\n"); n > 2*maxNotices || !strings.Contains(notices, "more items of the reply were repaired or dropped") {
		t.Errorf("%d notices:\n%s", n, notices)
	}
}

// TestTooLittleEvidenceIsToppedUpOffline: when fewer than
// guide.MinEvidence of the model's evidence items check out, the offline
// guide's make up the number (from other passages); when none does, the
// offline guide's evidence stands whole. Each top-up says so.
func TestTooLittleEvidenceIsToppedUpOffline(t *testing.T) {
	f := newFixture(t)
	qs := questionsOf(f.offline(t))
	first, second := qs[0], qs[1]
	var kept quoteItem
	s := llmtest.New(t)
	s.Respond = func(req openai.ChatCompletionRequest) (llmtest.Reply, bool) {
		a := readRequest(t, req)
		r := f.validReply(t, a)
		switch a.question {
		case first.Text:
			// One good item; the other is made up.
			kept = r.Evidence[0]
			r.Evidence = []quoteItem{kept, {Ref: madeUp, Quote: "words no passage holds"}}
		case second.Text:
			r.Evidence = []quoteItem{{Ref: madeUp, Quote: "words no passage holds"}}
		}
		return jsonReply(r), true
	}
	g, notices, err := f.revise(t, s, 0)
	if err != nil {
		t.Fatal(err)
	}
	checkVerbatim(t, f.c, g)
	got := questionsOf(g)
	one := got[0].Evidence
	if len(one) != guide.MinEvidence || !holds(t, f.c, one[0], kept) {
		t.Fatalf("first question's evidence = %+v, want the model's one item, then the offline guide's", one)
	}
	for _, q := range one[1:] {
		if q.Ref.String() == kept.Ref || !slices.Contains(first.Evidence, q) {
			t.Errorf("top-up %+v is not the offline guide's evidence from another passage", q)
		}
	}
	if !slices.Equal(got[1].Evidence, second.Evidence) {
		t.Errorf("second question's evidence = %+v, want the offline guide's whole: %+v", got[1].Evidence, second.Evidence)
	}
	for _, want := range []string{"guide question 1.1 [¶56]: added the offline guide's evidence from ", "guide question 1.2 [¶56]: added the offline guide's evidence from "} {
		if !strings.Contains(notices, want) {
			t.Errorf("no notice %q in:\n%s", want, notices)
		}
	}
}

// TestTheModelsQuotesShowAsWholeSentences has the model quote words from
// the middle of a sentence, and words that run from one sentence into the
// next: the guide shows the sentences that hold them, whole.
func TestTheModelsQuotesShowAsWholeSentences(t *testing.T) {
	f := newFixture(t)
	s := llmtest.New(t)
	var sent replies
	s.Respond = func(req openai.ChatCompletionRequest) (llmtest.Reply, bool) {
		a := readRequest(t, req)
		r := f.validReply(t, a)
		r.Evidence = nil
		for _, label := range a.labels {
			p, err := f.c.Lookup(label)
			if err != nil {
				continue
			}
			for i, st := range p.Sentences {
				fs := strings.Fields(st.Text)
				switch {
				case len(r.Evidence) == 0 && !st.Question && len(fs) >= 12:
					// Words from the middle of a sentence.
					r.Evidence = append(r.Evidence, quoteItem{Ref: label, Quote: strings.Join(fs[3:10], " ")})
				case len(r.Evidence) == 1 && label != r.Evidence[0].Ref && i+1 < len(p.Sentences) && !st.Question && !p.Sentences[i+1].Question &&
					st.Block == p.Sentences[i+1].Block && len(fs) >= 4:
					// The end of one sentence and the start of the next.
					next := strings.Fields(p.Sentences[i+1].Text)
					r.Evidence = append(r.Evidence, quoteItem{Ref: label, Quote: strings.Join(append(fs[len(fs)-3:], next[:2]...), " ")})
				}
			}
		}
		sent.put(a.question, r)
		return jsonReply(r), true
	}
	g, notices, err := f.revise(t, s, 1)
	if err != nil {
		t.Fatal(err)
	}
	checkVerbatim(t, f.c, g)
	across := 0
	for _, q := range questionsOf(g) {
		r, ok := sent.get(q.Text)
		if !ok || len(r.Evidence) < 2 {
			t.Fatalf("%q: the model sent %+v", q.Text, r.Evidence)
		}
		if len(q.Evidence) != 2 {
			t.Fatalf("%q: evidence %+v; notices:\n%s", q.Text, q.Evidence, notices)
		}
		for i, e := range q.Evidence {
			if !holds(t, f.c, e, r.Evidence[i]) || e.Text == r.Evidence[i].Quote {
				t.Errorf("%q: evidence %s %q, want the whole sentences that hold %q", q.Text, e.Ref, e.Text, r.Evidence[i].Quote)
			}
		}
		if p, _ := f.c.Passage(q.Evidence[1].Ref); p != nil && !slices.ContainsFunc(p.Sentences, func(s essay.Sentence) bool { return s.Text == q.Evidence[1].Text }) {
			across++
		}
	}
	if across == 0 {
		t.Error("no quote runs across two sentences")
	}
	if notices != "" {
		t.Errorf("notices for quotes that check out:\n%s", notices)
	}
}
