package chat

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"studyguide/corpus"
	"studyguide/internal/answer"
	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/index"
	"studyguide/internal/retrieve"
)

// The essay and its index are built once: every test reads them and none
// changes them.
var (
	buildOnce sync.Once
	testCorp  *essay.Corpus
	testIndex *index.Index
	buildErr  error
)

// TestFollowUpFindsWhoStoppedHim checks that "who stopped him" after a
// question on what someone wanted of the elections is answered by the
// sentence saying who stymied him, a word two steps from "stop", as "who
// blocked him" is, not by the author's question on the elections that
// the carried terms alone find.
func TestFollowUpFindsWhoStoppedHim(t *testing.T) {
	for _, follow := range []string{"who stopped him", "who blocked him"} {
		c, out := converse(t, "what did stalin want with the elections", follow)
		if len(c.turns) != 2 {
			t.Fatalf("want 2 answered turns, got %d:\n%s", len(c.turns), out)
		}
		a := c.turns[1].answer
		checkCited(t, a)
		if !strings.Contains(a.Answer, "He was stymied by the combined efforts of other Party leaders.") || citedRefs(a)["¶49"] {
			t.Errorf("%q: follow-up does not say who stymied him:\n%s", follow, a.Answer)
		}
	}
}

func essayIndex(t *testing.T) (*essay.Corpus, *index.Index) {
	t.Helper()
	buildOnce.Do(func() {
		if testCorp, buildErr = essay.Embedded(); buildErr != nil {
			return
		}
		testIndex, buildErr = index.Build(context.Background(), testCorp, embed.NewLocal(0), nil)
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return testCorp, testIndex
}

// newChat returns an offline conversation about the essay that writes to
// out.
func newChat(t *testing.T, out io.Writer) *Chat {
	t.Helper()
	c, ix := essayIndex(t)
	r := &retrieve.Retriever{Corpus: c, Index: ix}
	return &Chat{
		Corpus: c,
		Answers: &answer.Service{
			Corpus: c, Retriever: r, Generator: generate.Extractive{},
			Rewriter: answer.Carry{Known: ix.BM25.Has}, HistoryTokens: answer.DefaultHistoryTokens,
		},
		K:   4,
		Out: out,
	}
}

// converse pipes lines into a new offline conversation and returns it with
// everything it wrote.
func converse(t *testing.T, lines ...string) (*Chat, string) {
	t.Helper()
	var out bytes.Buffer
	c := newChat(t, &out)
	in := NewPipeReader(strings.NewReader(strings.Join(lines, "\n") + "\n"))
	if err := c.Run(context.Background(), in); err != nil {
		t.Fatalf("Run: %v\n%s", err, out.String())
	}
	return c, out.String()
}

// turnOutputs splits a piped conversation's output at each echoed line
// ("> question") and returns what followed each one, by the line, without
// the blank lines that end it.
func turnOutputs(out string) map[string]string {
	parts := map[string]string{}
	for _, chunk := range strings.Split("\n"+out, "\n> ")[1:] {
		line, rest, _ := strings.Cut(chunk, "\n")
		parts[line] = strings.TrimRight(rest, "\n")
	}
	return parts
}

func citedRefs(a *answer.Answer) map[string]bool {
	refs := map[string]bool{}
	for _, c := range a.Citations {
		refs[c.Ref] = true
	}
	return refs
}

func sourceRefs(a *answer.Answer) map[string]bool {
	refs := map[string]bool{}
	for _, s := range a.Sources {
		refs[s.Ref] = true
	}
	return refs
}

// checkCited fails unless an answer rests on citations that all check out.
func checkCited(t *testing.T, a *answer.Answer) {
	t.Helper()
	if a.Abstained || len(a.Citations) == 0 {
		t.Fatalf("%q: want a cited answer, got %q", a.Question, a.Answer)
	}
	if len(a.InvalidCitations) > 0 {
		t.Errorf("%q: invalid citations %v", a.Question, a.InvalidCitations)
	}
	for _, ct := range a.Citations {
		if !ct.Supported {
			t.Errorf("%q: citation %s not supported", a.Question, ct.Ref)
		}
	}
}

func TestFollowUpFindsTheSameTopic(t *testing.T) {
	c, out := converse(t, "Was Stalin all-powerful?", "Who stopped him?", "/sources", "/quit", "Never asked?")
	if len(c.turns) != 2 {
		t.Fatalf("want 2 answered turns, got %d:\n%s", len(c.turns), out)
	}
	first, second := c.turns[0].answer, c.turns[1].answer
	checkCited(t, first)
	checkCited(t, second)
	if !citedRefs(first)["¶53"] {
		t.Errorf("first answer cites %v, want ¶53", citedRefs(first))
	}
	if src := sourceRefs(second); !src["¶53"] && !src["¶54"] {
		t.Errorf("follow-up found %v, want ¶53 or ¶54 among them", src)
	}
	if second.Question != "Who stopped him?" {
		t.Errorf("the answer's question is %q, want the user's", second.Question)
	}
	if got := c.turns[1].searched; !strings.Contains(got, "Stalin") {
		t.Errorf("follow-up searched as %q, want Stalin carried into it", got)
	}
	// Asked who stopped him, the essay answers that other leaders stymied
	// him; the first answer's "cult of personality" sentence answers what
	// was asked before, not this.
	if !strings.Contains(second.Answer, "He was stymied by the combined efforts of other Party leaders.") ||
		strings.Contains(second.Answer, "cult of personality") {
		t.Errorf("follow-up does not answer who stopped him:\n%s", second.Answer)
	}

	parts := turnOutputs(out)
	for _, q := range []string{"Was Stalin all-powerful?", "Who stopped him?"} {
		if !strings.Contains(parts[q], "[¶53]") || !strings.Contains(parts[q], "\nSources\n") {
			t.Errorf("%q: want a cited answer with sources, got:\n%s", q, parts[q])
		}
	}
	if !strings.HasPrefix(parts["Who stopped him?"], "Searching for: Who stopped him? (Stalin") {
		t.Errorf("the follow-up does not say what was searched:\n%s", parts["Who stopped him?"])
	}
	p53, _ := c.Corpus.Lookup("¶53")
	if !strings.Contains(parts["/sources"], "[¶53]  score 1.00 · cited\n"+p53.Text()) {
		t.Errorf("/sources does not show ¶53 in full:\n%s", parts["/sources"])
	}
	if strings.Contains(out, "Never asked") {
		t.Errorf("a line after /quit was read")
	}
}

// TestFollowUpCarriesANameAsRead checks that a follow-up's pronoun
// finds the person the question before named in a spelling the corpus
// lacks ("stln", read as Stalin), as it finds one named as the text
// names him.
func TestFollowUpCarriesANameAsRead(t *testing.T) {
	c, out := converse(t, "wht did stln want w/ the elections", "who blocked him")
	if len(c.turns) != 2 {
		t.Fatalf("want 2 answered turns, got %d:\n%s", len(c.turns), out)
	}
	if got := c.turns[1].searched; !strings.Contains(strings.ToLower(got), "stalin") {
		t.Errorf("follow-up searched as %q, want Stalin carried into it", got)
	}
	if a := c.turns[1].answer; a.Abstained || !citedRefs(a)["¶53"] {
		t.Errorf("follow-up answered %q, want ¶53's answer", a.Answer)
	}
}

func TestSaveQuotesPassagesVerbatim(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "talk.md")
	if err := os.WriteFile(path, []byte("old content"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, out := converse(t, "Was Stalin all-powerful?", "Who stopped him?",
		"What privileges did Party members get?", "Who won the World Cup?", "/save "+path)
	if !strings.Contains(out, "Saved 4 answers and ") {
		t.Fatalf("no save message:\n%s", out)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	md := string(data)
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d files, want only the transcript (no temporary file left)", len(entries))
	}
	for _, want := range []string{"## 1. Was Stalin all-powerful?", "## 2. Who stopped him?",
		"*Searched for: Who stopped him? (Stalin", "## 4. Who won the World Cup?", "does not address this question", "## Cited passages"} {
		if !strings.Contains(md, want) {
			t.Errorf("transcript lacks %q", want)
		}
	}

	essayText := normalize(string(corpus.Essay))
	quoted := quotedPassages(t, md)
	cited := map[string]bool{}
	for _, r := range c.turns {
		for ref := range citedRefs(r.answer) {
			cited[ref] = true
		}
	}
	if len(quoted) != len(cited) {
		t.Errorf("transcript quotes %d passages, the answers cite %d (%v)", len(quoted), len(cited), cited)
	}
	for ref, blocks := range quoted {
		if !cited[ref] {
			t.Errorf("transcript quotes %s, which no answer cites", ref)
		}
		p, err := c.Corpus.Lookup(ref)
		if err != nil {
			t.Fatalf("quoted ref %q: %v", ref, err)
		}
		if strings.Join(blocks, "\n\n") != p.Text() {
			t.Errorf("%s is not quoted in full", ref)
		}
		for _, b := range blocks {
			if !strings.Contains(essayText, normalize(b)) {
				t.Errorf("%s: quoted text is not verbatim in the essay: %q", ref, b)
			}
		}
	}
	// Every quotation inside the answers stands verbatim in the essay too.
	// (The declined question's answer quotes the words the essay lacks.)
	answers, _, _ := strings.Cut(md, "## 4. Who won the World Cup?")
	for _, m := range regexp.MustCompile(`“([^”]+)”`).FindAllStringSubmatch(answers, -1) {
		if !strings.Contains(essayText, normalize(m[1])) {
			t.Errorf("quotation not in the essay: %q", m[1])
		}
	}
}

// quotedPassages reads the "Cited passages" section of a transcript: each
// passage's ref and its quoted blocks.
func quotedPassages(t *testing.T, md string) map[string][]string {
	t.Helper()
	_, tail, ok := strings.Cut(md, "\n## Cited passages\n")
	if !ok {
		t.Fatal("no cited passages section")
	}
	out := map[string][]string{}
	var ref string
	for _, line := range strings.Split(tail, "\n") {
		switch {
		case strings.HasPrefix(line, "### "):
			ref, _, _ = strings.Cut(strings.TrimPrefix(line, "### "), " · ")
		case strings.HasPrefix(line, "> "):
			out[ref] = append(out[ref], strings.TrimPrefix(line, "> "))
		}
	}
	return out
}

// normalize collapses every run of white space, including the essay's
// non-breaking spaces, to one space.
func normalize(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '\r' || r == '\t' || r == '\u00a0'
	}), " ")
}

func TestSaveErrors(t *testing.T) {
	dir := t.TempDir()
	_, out := converse(t, "/save "+filepath.Join(dir, "early.md"), "Was Stalin all-powerful?",
		"/save", "/save "+filepath.Join(dir, "missing", "talk.md"), "/save "+dir)
	parts := turnOutputs(out)
	if !strings.Contains(parts["/save "+filepath.Join(dir, "early.md")], "Nothing to save yet") {
		t.Errorf("saving before any answer: %q", parts["/save "+filepath.Join(dir, "early.md")])
	}
	if !strings.Contains(parts["/save"], "/save needs a file name") {
		t.Errorf("/save without a file: %q", parts["/save"])
	}
	if got := parts["/save "+filepath.Join(dir, "missing", "talk.md")]; got != "save the conversation: write "+filepath.Join(dir, "missing", "talk.md")+": no such file or directory" {
		t.Errorf("saving into a missing folder: %q", got)
	}
	if got := parts["/save "+dir]; !strings.Contains(got, "is a folder") {
		t.Errorf("saving onto a folder: %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("failed saves left %d files behind", len(entries))
	}
}

func TestUnknownCommandHint(t *testing.T) {
	_, out := converse(t, "/sorces", "/zzzzzzzz", "/SHOW 56")
	parts := turnOutputs(out)
	if got := parts["/sorces"]; got != `unknown command "/sorces": did you mean "/sources"? (/help lists the commands)` {
		t.Errorf("/sorces: %q", got)
	}
	if got := parts["/zzzzzzzz"]; got != `unknown command "/zzzzzzzz" (/help lists the commands)` {
		t.Errorf("/zzzzzzzz: %q", got)
	}
	if !strings.Contains(parts["/SHOW 56"], "¶56") {
		t.Errorf("commands should ignore case: %q", parts["/SHOW 56"])
	}
}

func TestShowQuestionsHelp(t *testing.T) {
	c, out := converse(t, "/show ¶56", "/show", "/show ¶99", "/questions", "/questions note 15", "/questions 56", "/help", "/sources")
	parts := turnOutputs(out)
	p56, _ := c.Corpus.Lookup("¶56")
	if !strings.HasPrefix(parts["/show ¶56"], "¶56") || !strings.Contains(parts["/show ¶56"], p56.Blocks[0]) {
		t.Errorf("/show ¶56:\n%s", parts["/show ¶56"])
	}
	if !strings.HasPrefix(parts["/show"], "/show needs a ref") {
		t.Errorf("/show: %q", parts["/show"])
	}
	if !strings.HasPrefix(parts["/show ¶99"], "no passage ¶99 in the corpus") {
		t.Errorf("/show ¶99: %q", parts["/show ¶99"])
	}
	all := c.Corpus.Questions()
	if n := strings.Count(parts["/questions"], "\n") + 1; n != len(all) {
		t.Errorf("/questions wrote %d lines for %d questions", n, len(all))
	}
	for _, q := range all {
		if !strings.Contains(parts["/questions"], q.Text[:20]) {
			t.Errorf("/questions lacks %q", q.Text)
		}
	}
	if !strings.Contains(parts["/questions note 15"], "note 15 asks no questions") {
		t.Errorf("/questions note 15: %q", parts["/questions note 15"])
	}
	for _, line := range strings.Split(strings.TrimSpace(parts["/questions 56"]), "\n") {
		if !strings.HasPrefix(line, "¶56") {
			t.Errorf("/questions 56 lists %q", line)
		}
	}
	for _, cmd := range commands {
		if !strings.Contains(parts["/help"], cmd.name) {
			t.Errorf("/help lacks %s", cmd.name)
		}
	}
	if !strings.Contains(parts["/sources"], "No answer yet") {
		t.Errorf("/sources before any answer: %q", parts["/sources"])
	}
}

func TestResetForgetsTheConversation(t *testing.T) {
	c, out := converse(t, "Was Stalin all-powerful?", "/reset", "Who stopped him?", "/sources")
	parts := turnOutputs(out)
	if strings.Contains(parts["Who stopped him?"], "Searching for") {
		t.Errorf("after /reset a follow-up still carried the old question:\n%s", parts["Who stopped him?"])
	}
	if !c.turns[1].answer.Abstained {
		t.Errorf("without the earlier question, %q should be declined; got %q", "Who stopped him?", c.turns[1].answer.Answer)
	}
	if !strings.Contains(parts["/sources"], "does not address the last question") {
		t.Errorf("/sources after a declined answer: %q", parts["/sources"])
	}
	md := c.Transcript().Markdown
	if !strings.Contains(md, "## 1. Was Stalin all-powerful?") || !strings.Contains(md, "A new conversation begins here") {
		t.Errorf("the transcript should keep turns from before /reset and mark it:\n%s", md)
	}
}

func TestGuideSeam(t *testing.T) {
	_, out := converse(t, "/guide", "/guide ¶56")
	if got := turnOutputs(out)["/guide"]; got != "Study guides are not available in this build of studyguide." {
		t.Errorf("/guide without guides: %q", got)
	}

	var buf bytes.Buffer
	c := newChat(t, &buf)
	var got []string
	c.Guide = func(_ context.Context, w io.Writer, from string) error {
		ref := "essay"
		if from != "" {
			ref = from
		}
		got = append(got, ref)
		_, err := io.WriteString(w, "guide for "+ref+"\n")
		return err
	}
	for _, line := range []string{"/guide", "/guide 56", "/guide ¶99", "/guide ALL"} {
		c.Handle(context.Background(), line)
	}
	if strings.Join(got, ",") != "essay,¶56,all" {
		t.Errorf("guide called for %v, want the essay, ¶56, then all", got)
	}
	if !strings.Contains(buf.String(), "guide for ¶56") || !strings.Contains(buf.String(), "no passage ¶99") {
		t.Errorf("output:\n%s", buf.String())
	}
}

// recorder passes requests to the extractive generator and keeps them.
type recorder struct {
	reqs []generate.Request
}

func (r *recorder) Generate(ctx context.Context, req generate.Request, w io.Writer) (generate.Draft, error) {
	r.reqs = append(r.reqs, req)
	return generate.Extractive{}.Generate(ctx, req, w)
}

func TestHistoryIsBounded(t *testing.T) {
	var out bytes.Buffer
	c := newChat(t, &out)
	rec := &recorder{}
	c.Answers.Generator = rec
	questions := []string{"Was Stalin all-powerful?", "What privileges did Party members get?", "What did Molotov worry about?"}
	for _, q := range questions[:2] {
		c.Handle(context.Background(), q)
	}
	// Room for the newest turn only.
	c.Answers.HistoryTokens = generate.TurnTokens(generate.Turn{Question: c.turns[1].question, Answer: c.turns[1].answer.Answer})
	c.Handle(context.Background(), questions[2])
	h := rec.reqs[2].History
	if len(h) != 1 || h[0].Question != questions[1] {
		t.Fatalf("history sent with the third question: %+v, want only the second turn", h)
	}
	if len(rec.reqs[1].History) != 1 || rec.reqs[1].History[0].Question != questions[0] {
		t.Errorf("history sent with the second question: %+v", rec.reqs[1].History)
	}
	c.Answers.HistoryTokens = 0
	c.Handle(context.Background(), "Who stopped him?")
	if len(rec.reqs[3].History) != 0 {
		t.Errorf("a budget of 0 sent %d turns", len(rec.reqs[3].History))
	}
}

// blocker waits, on its first call, until the answer is cancelled.
type blocker struct {
	started chan struct{}
	calls   int
}

func (b *blocker) Generate(ctx context.Context, req generate.Request, w io.Writer) (generate.Draft, error) {
	b.calls++
	if b.calls == 1 {
		close(b.started)
		<-ctx.Done()
		return generate.Draft{}, ctx.Err()
	}
	return generate.Extractive{}.Generate(ctx, req, w)
}

func TestInterruptCancelsTheAnswerOnly(t *testing.T) {
	var out bytes.Buffer
	c := newChat(t, &out)
	b := &blocker{started: make(chan struct{})}
	c.Answers.Generator = b
	intr := make(chan struct{}, 1)
	c.Interrupts = intr
	go func() {
		<-b.started
		intr <- struct{}{}
	}()
	in := NewPipeReader(strings.NewReader("Was Stalin all-powerful?\nWhat privileges did Party members get?\n"))
	if err := c.Run(context.Background(), in); err != nil {
		t.Fatalf("Run: %v", err)
	}
	parts := turnOutputs(out.String())
	if got := parts["Was Stalin all-powerful?"]; got != "Cancelled." {
		t.Errorf("cancelled turn wrote %q", got)
	}
	if len(c.turns) != 1 || c.turns[0].question != "What privileges did Party members get?" {
		t.Fatalf("want only the second question answered, got %d turns", len(c.turns))
	}
	checkCited(t, c.turns[0].answer)
}

// waiting is a LineReader with nothing to read: it says when it is first
// asked for a line and then waits forever, like a pipe that sends nothing.
type waiting struct{ asked chan struct{} }

func (w waiting) ReadLine() (string, error) {
	close(w.asked)
	select {}
}

func (waiting) Close() error { return nil }

func TestInterruptWhileWaitingEndsAPipedChat(t *testing.T) {
	var out bytes.Buffer
	c := newChat(t, &out)
	intr := make(chan struct{}, 1)
	c.Interrupts = intr
	in := waiting{asked: make(chan struct{})}
	go func() {
		<-in.asked
		intr <- struct{}{}
	}()
	if err := c.Run(context.Background(), in); !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want context.Canceled", err)
	}
}

func TestInputIsCleanedAndBounded(t *testing.T) {
	long := "Stalin " + strings.Repeat("x", MaxLineBytes)
	_, out := converse(t, "Was \x1b[31mStalin\x07 all-powerful?", long, "?!", "/show 53")
	if strings.Contains(out, "\x1b") || strings.Contains(out, "\x07") {
		t.Errorf("control characters reached the output: %q", out)
	}
	parts := turnOutputs(out)
	if !strings.Contains(parts["Was Stalin all-powerful?"], "[¶53]") {
		t.Errorf("cleaned question not answered:\n%s", out)
	}
	if !strings.Contains(out, "the line is longer than 4096 bytes; it was skipped\n") {
		t.Errorf("no error for an over-long line:\n%s", out)
	}
	if !strings.HasPrefix(parts["?!"], "the question has no words to search for") {
		t.Errorf("?!: %q", parts["?!"])
	}
	if !strings.Contains(parts["/show 53"], "¶53") {
		t.Errorf("the line after an over-long one was lost:\n%s", out)
	}
}

func TestRewriterSeam(t *testing.T) {
	var out bytes.Buffer
	c := newChat(t, &out)
	var seen []generate.Turn
	c.Answers.Rewriter = answer.RewriterFunc(func(_ context.Context, h []generate.Turn, q string) (string, error) {
		seen = h
		return "What privileges did Party members get?", nil
	})
	c.Handle(context.Background(), "Was Stalin all-powerful?")
	c.Handle(context.Background(), "And them?")
	if len(seen) != 1 || seen[0].Question != "Was Stalin all-powerful?" || seen[0].Answer != c.turns[0].answer.Answer {
		t.Errorf("the rewriter saw %+v", seen)
	}
	if !strings.Contains(out.String(), "Searching for: What privileges did Party members get?\n") {
		t.Errorf("the rewritten question is not shown:\n%s", out.String())
	}
	if !citedRefs(c.turns[1].answer)["¶58"] || c.turns[1].answer.Question != "And them?" {
		t.Errorf("want ¶58 cited for the user's question, got %v for %q", citedRefs(c.turns[1].answer), c.turns[1].answer.Question)
	}

	c.Answers.Rewriter = answer.RewriterFunc(func(context.Context, []generate.Turn, string) (string, error) {
		return "", errors.New("model unavailable")
	})
	out.Reset()
	c.Handle(context.Background(), "Was Stalin all-powerful?")
	if got := turnOutputs(out.String())["Was Stalin all-powerful?"]; !strings.HasPrefix(got, "could not resolve the follow-up (model unavailable); searching the question as asked\n") ||
		!strings.Contains(got, "[¶53]") {
		t.Errorf("a failing rewriter:\n%s", out.String())
	}
}
