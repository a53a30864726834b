package generate

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/citation"
	"studyguide/internal/essay"
	"studyguide/internal/llm/llmtest"
	"studyguide/internal/retrieve/retrievetest"
)

func TestBylineQuestion(t *testing.T) {
	for q, want := range map[string]bylineAsk{
		"Who wrote this essay?":                        {author: true},
		"Who wrote this text and when?":                {author: true, date: true},
		"what is the title of this":                    {title: true},
		"when was this written":                        {date: true},
		"who is the author":                            {author: true},
		"Who's the author of this article?":            {author: true},
		"When did he write this?":                      {date: true},
		"What year was the essay published?":           {date: true},
		"What is this essay called, and who wrote it?": {author: true, title: true},
		"Who is this book by?":                         {author: true},
		"Roughly when was this essay written?":         {date: true},
		"when was this even written?":                  {date: true},
	} {
		if got := bylineQuestion(q); got != want {
			t.Errorf("bylineQuestion(%q) = %+v, want %+v", q, got, want)
		}
	}
	// Each asks of something else, or of more than a byline says.
	for _, q := range []string{
		"Who wrote the Russian Review article he uses, and what year did it come out?",
		"who wrote this essay and where does he teach",
		"What is the title of Amy Knight's book on Beria?",
		"Why did he write this?",
		"When was it?",
		"Who wrote?",
		"When was the Constitution written?",
		"Who is the author and what does he argue?",
		"What is the main argument of this essay?",
		"Where was the author of this essay born?",
	} {
		if got := bylineQuestion(q); got.any() {
			t.Errorf("bylineQuestion(%q) = %+v, want nothing", q, got)
		}
	}
}

// byline asks the offline generator q about corpus c, and checks that the
// answer cites nothing and that the citation check flags none of it.
func byline(t *testing.T, c *essay.Corpus, q string) string {
	t.Helper()
	r := retrievetest.New(t, c)
	res, err := r.Retrieve(context.Background(), q, 4)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	d, err := Extractive{}.Generate(context.Background(), Request{Question: q, Retrieval: res, Corpus: c}, &out)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Byline || d.Abstained || len(d.Quoted) != 0 || out.String() != d.Text {
		t.Errorf("%q: draft = %+v, streamed %q", q, d, out.String())
	}
	rep := citation.Check(d.Text, c, res.Refs())
	if len(citation.Parse(d.Text)) != 0 || len(rep.Invalid)+len(rep.Uncited)+len(rep.Unverified) != 0 || rep.Text != d.Text {
		t.Errorf("%q: the byline answer cites or is flagged: %+v", q, rep)
	}
	return d.Text
}

func TestBylineAnswersFromTheEssaysMetadata(t *testing.T) {
	c, _ := retrievetest.Essay(t)
	m := c.Sources[0].Meta
	for _, q := range []string{"Who wrote this essay?", "Who wrote this text and when?", "what is the title of this", "when was this written", "who is the author"} {
		got := byline(t, c, q)
		want := "The text is " + m.Title + ", by " + m.Author + " (2005), according to the details filed with it (essay.json)."
		if got != want {
			t.Errorf("%q:\n got %q\nwant %q", q, got, want)
		}
	}
}

func TestBylineAnswersFromATextsTitleAndByline(t *testing.T) {
	c := realText(t, "mahan-sea-power.md")
	got := byline(t, c, "Who wrote this text and when?")
	if want := "The text is The Influence of Sea Power upon History, 1660-1783, by A. T. Mahan (1890), according to its title and byline."; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestBylineSaysWhatTheTextDoesNotGive(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plain.txt")
	text := "The council met twice a year and decided every question of the harbour by a vote of its members.\n\n" +
		"Its members were chosen by lot from the guilds, and none could serve two years running.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := essay.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if m := c.Sources[0].Meta; m.Author != "" || m.Year != 0 {
		t.Fatalf("metadata = %+v, want no author or year", m)
	}
	got := byline(t, c, "Who wrote this text and when?")
	if !strings.HasSuffix(got, "The text does not say who wrote it or when it was written.") {
		t.Errorf("got %q", got)
	}
}

func TestLLMAnswersTheBylineWithoutAskingTheModel(t *testing.T) {
	c, r := retriever(t)
	s := llmtest.New(t)
	g := newLLM(t, s, "")
	req := request(t, r, "Who wrote this essay?")
	req.Corpus = c
	var out strings.Builder
	f := citation.NewFlagger(&out, c, req.Retrieval.Refs())
	d, err := g.Generate(context.Background(), req, f)
	if err == nil {
		err = f.Flush()
	}
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != d.Text {
		t.Errorf("streamed %q, want it unflagged: %q", out.String(), d.Text)
	}
	off, _ := Extractive{}.Generate(context.Background(), req, nil)
	if !d.Byline || d.Text != off.Text || !strings.Contains(d.Text, "by Grover Furr (2005)") {
		t.Errorf("draft = %+v, offline %q", d, off.Text)
	}
	if n := len(s.Requests()); n != 0 {
		t.Errorf("%d requests for a question the byline answers", n)
	}
}
