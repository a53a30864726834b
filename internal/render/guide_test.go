package render

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"studyguide/internal/control"
	"studyguide/internal/essay"
	"studyguide/internal/guide"
	"studyguide/internal/retrieve/retrievetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func essayGuide(t *testing.T, from string) (*guide.Guide, *essay.Corpus) {
	t.Helper()
	c, r := retrievetest.Essay(t)
	g, err := guide.Build(context.Background(), c, r, from)
	if err != nil {
		t.Fatal(err)
	}
	return g, c
}

func renderAll(t *testing.T, g *guide.Guide) map[string][]byte {
	t.Helper()
	var md, js, page bytes.Buffer
	if err := GuideMarkdown(&md, g); err != nil {
		t.Fatal(err)
	}
	if err := JSON(&js, NewGuideJSON(g)); err != nil {
		t.Fatal(err)
	}
	if err := GuideHTML(&page, g); err != nil {
		t.Fatal(err)
	}
	return map[string][]byte{"guide.md": md.Bytes(), "guide.json": js.Bytes(), "guide.html": page.Bytes()}
}

// TestGuideGolden compares the three formats of the ¶56 guide with the
// files in testdata. Retrieval may be retuned; after checking the new
// output, regenerate them with: go test ./internal/render -update
func TestGuideGolden(t *testing.T) {
	g, _ := essayGuide(t, "¶56")
	for name, got := range renderAll(t, g) {
		path := filepath.Join("testdata", name+".golden")
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run: go test ./internal/render -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s; if the change is intended, run: go test ./internal/render -update", name, path)
		}
	}
}

func TestGuideRendersAreByteIdenticalAcrossRuns(t *testing.T) {
	a := renderAll(t, mustGuide(t))
	b := renderAll(t, mustGuide(t))
	for name := range a {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

func mustGuide(t *testing.T) *guide.Guide {
	g, _ := essayGuide(t, "all")
	return g
}

// guideJSON is the JSON a guide prints, read back without the render
// package's types, as a user's program would.
type guideJSON struct {
	Source    map[string]any `json:"source"`
	From      string         `json:"from"`
	Basis     *readQuote     `json:"basis"`
	Questions []struct {
		Theme      string       `json:"theme"`
		Question   string       `json:"question"`
		Ref        string       `json:"ref"`
		Evidence   []readQuote  `json:"evidence"`
		Discussion []readPrompt `json:"discussion"`
		Historian  []readPrompt `json:"historian"`
	} `json:"questions"`
	Themes []struct {
		Name  string     `json:"name"`
		Named *readQuote `json:"named"`
	} `json:"themes"`
	KeyTerms []struct {
		Term  string `json:"term"`
		Ref   string `json:"ref"`
		Quote string `json:"quote"`
	} `json:"key_terms"`
	Plan struct {
		Protocol string `json:"protocol"`
		Minutes  int    `json:"minutes"`
		Steps    []struct {
			Minutes  int    `json:"minutes"`
			Activity string `json:"activity"`
		} `json:"steps"`
		Starters struct {
			Agree    []string `json:"agree"`
			Disagree []string `json:"disagree"`
		} `json:"sentence_starters"`
	} `json:"plan"`
}

type readQuote struct {
	Ref   string `json:"ref"`
	Quote string `json:"quote"`
}

type readPrompt struct {
	Level  string   `json:"level"`
	Prompt string   `json:"prompt"`
	Refs   []string `json:"refs"`
}

func readGuideJSON(t *testing.T, g *guide.Guide) guideJSON {
	t.Helper()
	var buf bytes.Buffer
	if err := JSON(&buf, NewGuideJSON(g)); err != nil {
		t.Fatal(err)
	}
	var out guideJSON
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestGuideJSONCoversParagraph56(t *testing.T) {
	g, c := essayGuide(t, "¶56")
	out := readGuideJSON(t, g)
	p56, _ := c.Lookup("¶56")
	want := p56.Questions()
	if out.From != "¶56" || out.Source["author"] != "Grover Furr" || len(out.Questions) != len(want) || len(want) != 6 {
		t.Fatalf("from %q, source %v, %d questions; want ¶56, the essay, 6", out.From, out.Source, len(out.Questions))
	}
	valid := func(ref string) bool {
		r, err := essay.ParseRef(ref)
		if err != nil {
			return false
		}
		_, ok := c.Passage(r)
		return ok && r.String() == ref
	}
	for i, q := range out.Questions {
		if q.Question != want[i].Text || q.Ref != "¶56" || !strings.Contains(p56.Text(), q.Question) {
			t.Errorf("question %d = %q [%s], want %q verbatim from ¶56", i+1, q.Question, q.Ref, want[i].Text)
		}
		others := 0
		for _, e := range q.Evidence {
			if !valid(e.Ref) {
				t.Errorf("evidence ref %q is not valid", e.Ref)
			}
			if e.Ref != "¶56" {
				others++
			}
		}
		if len(q.Evidence) < 2 || others < 1 {
			t.Errorf("%q: %d evidence passages, %d other than ¶56", q.Question, len(q.Evidence), others)
		}
		levels := map[string]bool{}
		for _, d := range q.Discussion {
			levels[d.Level] = true
			if len(d.Refs) == 0 {
				t.Errorf("discussion prompt without refs: %q", d.Prompt)
			}
			for _, r := range d.Refs {
				if !valid(r) {
					t.Errorf("discussion ref %q is not valid", r)
				}
			}
		}
		if len(q.Discussion) < 3 || len(levels) != len(q.Discussion) {
			t.Errorf("%q: %d discussion prompts at levels %v, want 3 or more at different levels", q.Question, len(q.Discussion), levels)
		}
	}
	if len(out.KeyTerms) < 8 {
		t.Errorf("%d key terms, want at least 8", len(out.KeyTerms))
	}
	if out.Plan.Protocol == "" || len(out.Plan.Steps) == 0 || len(out.Plan.Starters.Agree) == 0 || len(out.Plan.Starters.Disagree) == 0 {
		t.Errorf("plan is incomplete: %+v", out.Plan)
	}
	sum := 0
	for _, s := range out.Plan.Steps {
		sum += s.Minutes
	}
	if sum != out.Plan.Minutes || sum > 60 {
		t.Errorf("plan steps take %d minutes, plan says %d; want one class period", sum, out.Plan.Minutes)
	}
}

var curlyRe = regexp.MustCompile(`“([^“”]*)”`)

// TestGuideJSONQuotesAreVerbatim checks every quote the JSON holds: the
// evidence, the key terms, the basis, the theme names and the words each
// prompt quotes, against the passages they cite.
func TestGuideJSONQuotesAreVerbatim(t *testing.T) {
	for _, from := range []string{"¶56", "all"} {
		g, c := essayGuide(t, from)
		out := readGuideJSON(t, g)
		n := 0
		// A quote cut at either end or in the middle shows each cut with
		// an ellipsis: every run between them stands verbatim.
		check := func(text string, refs ...string) {
			n++
		parts:
			for _, part := range strings.Split(text, guide.Ellipsis) {
				if part = strings.TrimSpace(part); part == "" {
					continue
				}
				for _, ref := range refs {
					r, err := essay.ParseRef(ref)
					if err != nil {
						continue
					}
					if p, ok := c.Passage(r); ok && strings.Contains(p.Text(), part) {
						continue parts
					}
				}
				t.Errorf("%s: %q is not verbatim in %v", from, part, refs)
			}
		}
		if out.Basis != nil {
			check(out.Basis.Quote, out.Basis.Ref)
		}
		for _, th := range out.Themes {
			if th.Named != nil {
				check(th.Named.Quote, th.Named.Ref)
			}
		}
		for _, q := range out.Questions {
			check(q.Question, q.Ref)
			for _, e := range q.Evidence {
				check(e.Quote, e.Ref)
			}
			for _, p := range append(append([]readPrompt{}, q.Discussion...), q.Historian...) {
				for _, m := range curlyRe.FindAllStringSubmatch(p.Prompt, -1) {
					check(m[1], p.Refs...)
				}
			}
		}
		for _, k := range out.KeyTerms {
			check(k.Quote, k.Ref)
		}
		if n < 30 {
			t.Errorf("%s: only %d quotes checked", from, n)
		}
	}
}

var tagRe = regexp.MustCompile(`<[^>]*>`)

// TestGuideHTMLHasTheMarkdownsContent checks that the handout holds every
// question, quote, prompt, term and step that the Markdown holds.
func TestGuideHTMLHasTheMarkdownsContent(t *testing.T) {
	g, _ := essayGuide(t, "¶56")
	out := renderAll(t, g)
	page := string(out["guide.html"])
	text := html.UnescapeString(tagRe.ReplaceAllString(page, ""))
	md := string(out["guide.md"])
	var want []string
	want = append(want, g.Title, guide.Verbatim, g.Plan.Protocol)
	for _, th := range g.Themes {
		want = append(want, th.Name)
		for _, q := range th.Questions {
			want = append(want, q.Text)
			for _, e := range q.Evidence {
				want = append(want, e.Text)
			}
			for _, p := range append(append([]guide.Prompt{}, q.Discussion...), q.Historian...) {
				want = append(want, p.Text)
			}
		}
	}
	for _, term := range g.Terms {
		want = append(want, term.Term, term.Quote.Text)
	}
	for _, s := range g.Plan.Steps {
		want = append(want, s.Activity)
	}
	want = append(want, g.Plan.Agree...)
	want = append(want, g.Plan.Disagree...)
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the HTML lacks %q", w)
		}
		if !strings.Contains(unescapeMarkdown(md), w) {
			t.Errorf("the Markdown lacks %q", w)
		}
	}
}

func unescapeMarkdown(s string) string {
	return regexp.MustCompile(`\\([\\*_`+"`"+`<>|\[\]&~:])`).ReplaceAllString(s, "$1")
}

func TestGuideHTMLIsSelfContainedAndPrintable(t *testing.T) {
	g, _ := essayGuide(t, "¶56")
	page := string(renderAll(t, g)["guide.html"])
	for _, bad := range []string{"http://", "https://", "<script", "<link", "<img", "@import", "raw HTML omitted"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
	for _, want := range []string{"<!DOCTYPE html>", `<meta charset="utf-8">`, "<style>", "@media print", "<table>", "<h1>"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

func TestGuideMarkdownEscapesMarkup(t *testing.T) {
	g := &guide.Guide{Title: "A *bold* <script>x</script> title\x1b[31m", From: "¶1",
		Themes: []*guide.Theme{{Name: "t_1", Questions: []*guide.Question{{Text: "Why `this`?", Ref: essay.Ref{N: 1}}}}}}
	var md, page bytes.Buffer
	if err := GuideMarkdown(&md, g); err != nil {
		t.Fatal(err)
	}
	if err := GuideHTML(&page, g); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(md.String(), "\x1b") || strings.Contains(page.String(), "<script>") || strings.Contains(page.String(), "<em>bold</em>") {
		t.Errorf("markup or escapes got through:\n%s\n%s", md.String(), page.String())
	}
	if !strings.Contains(page.String(), "&lt;script&gt;") {
		t.Error("the HTML does not show the title's text as text")
	}
}

func TestGuideTerminalLaysOutTheSameGuide(t *testing.T) {
	g, _ := essayGuide(t, "¶56")
	var plain, color bytes.Buffer
	if err := GuideTerminal(&plain, g, 80, false); err != nil {
		t.Fatal(err)
	}
	if err := GuideTerminal(&color, g, 80, true); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "\x1b") {
		t.Error("without color the terminal layout holds escape sequences")
	}
	if !strings.Contains(color.String(), "\x1b[") {
		t.Error("with color the terminal layout has no color")
	}
	joined := strings.Join(strings.Fields(plain.String()), " ")
	for _, want := range []string{"Theme 1: democracy", "Key terms and people", "nomenklatura", "Structured Academic Controversy"} {
		if !strings.Contains(joined, want) {
			t.Errorf("terminal layout lacks %q", want)
		}
	}
	for _, line := range strings.Split(plain.String(), "\n") {
		if n := len([]rune(line)); n > 80 {
			t.Errorf("line of %d columns at width 80: %q", n, line)
			break
		}
	}
	if stripped := control.Strip(color.String()); stripped != plain.String() {
		t.Error("color changes the layout, not only its look")
	}
}

// TestThemeNamedInOneSentenceWithTheOneBefore renders the ¶56 guide,
// whose two themes ¶57 names in one sentence ("the two questions above
// -- democracy and the role of the party"): the sentence is quoted once,
// and the second theme points back to it.
func TestThemeNamedInOneSentenceWithTheOneBefore(t *testing.T) {
	g, _ := essayGuide(t, "¶56")
	md := string(renderAll(t, g)["guide.md"])
	if n := strings.Count(md, "The text names this theme itself: "); n != 1 {
		t.Errorf("the guide quotes the sentence that names its themes %d times", n)
	}
	if !strings.Contains(md, "The same sentence of [¶57] names this theme.") {
		t.Errorf("the second theme does not point back to the sentence that names it")
	}
}

// TestLawGuideHeadsProvisions renders the Amendments' guide: a law's
// central sentences are provisions, and its guide said it was "built
// from the text's central claims" under headings "Claim 1.1", and its
// counterpoints spoke of facts and explanations.
func TestLawGuideHeadsProvisions(t *testing.T) {
	out := textGuideMarkdown(t, "amendments.md")
	for _, want := range []string{"built from the document's central provisions", "### Provision 1.1", "## The document in brief"} {
		if !strings.Contains(out, want) {
			t.Errorf("the Amendments' guide lacks %q", want)
		}
	}
	// A law explains no cause: its poll tax ("by reason of failure to
	// pay") was met with "accept the facts but reject the explanation".
	for _, bad := range []string{"central claims", "### Claim", "reject the explanation", "A critic would contest"} {
		if strings.Contains(out, bad) {
			t.Errorf("the Amendments' guide says %q", bad)
		}
	}
}

// TestSpeechGuideReadsAsASpeech renders Lincoln's Cooper Union address:
// its summary was headed "The text in brief", "in the text's own words",
// "What the text says around it", under a subtitle that called it a
// speech; its title was the collected volume's, and its prompts and
// plan still said "the text" ("say whether the text defends it
// anywhere", "Does the text bear out the claim").
func TestSpeechGuideReadsAsASpeech(t *testing.T) {
	out := textGuideMarkdown(t, "lincoln-cooper-union.txt")
	for _, want := range []string{"# Study guide: Speech at the Cooper Institute", "## The speech in brief", "of the speech's 76 paragraphs", "in the speech's own words",
		"**What the speech says around it**", "Does the speech bear out the claim", "a term the speech uses"} {
		if !strings.Contains(out, want) {
			t.Errorf("the address's guide lacks %q", want)
		}
	}
	for _, bad := range []string{"The text in brief", "in the text's own words and order", "What the text says", "Papers And Writings",
		"whether the text defends", "The text places", "The text gives a view", "Does the text", "Where does the text say"} {
		if strings.Contains(out, bad) {
			t.Errorf("the address's guide says %q", bad)
		}
	}
}

// TestStoryGuideReadsAsAStory renders two stories' guides: their
// summaries were headed "The text in brief", their central sentences
// "Claim 1.1" ("I was returning from a journey to a patient"), and
// their prompts asked whether a scene's claim holds and to sort its
// reasons.
func TestStoryGuideReadsAsAStory(t *testing.T) {
	for _, name := range []string{"sherlock-holmes.txt", "candide.md"} {
		out := textGuideMarkdown(t, name)
		for _, want := range []string{"## The story in brief", "built from the story's central scenes", "### Scene 1.1", "**What the story says around it**", "reads the scene differently"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: the guide lacks %q", name, want)
			}
		}
		for _, bad := range []string{"The text in brief", "central claims", "### Claim", "does the claim hold", "into claims and the reasons",
			"disagrees with the author", "Does the story bear out", "before accepting this", "In words the text quotes"} {
			if strings.Contains(out, bad) {
				t.Errorf("%s: the guide says %q", name, bad)
			}
		}
	}
}

// textGuideMarkdown returns the offline guide of the test text name (in
// internal/essay/testdata/texts) as Markdown.
func textGuideMarkdown(t *testing.T, name string) string {
	t.Helper()
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", name))
	if err != nil {
		t.Fatal(err)
	}
	g, err := guide.Build(context.Background(), c, retrievetest.New(t, c), "")
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := GuideMarkdown(&md, g); err != nil {
		t.Fatal(err)
	}
	out := md.String()
	return out
}
