package chat

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"studyguide/internal/answer"
	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/index"
	"studyguide/internal/retrieve"
)

// TestTranscriptIsInert: a transcript's metadata, questions, answers and
// quoted passages render as text, whatever markup or HTML they hold: an
// image in the corpus loads nothing, a title closes no tag.
func TestTranscriptIsInert(t *testing.T) {
	dir := t.TempDir()
	text := "1. The harvest failed in 1932. ![img](http://example.com/track.png) <img src=x onerror=alert(1)>\n\n" +
		"2. The reports were sent to [the committee](http://example.com) at www.example.com, as **urgent** _news_.\n\n" +
		"[the committee]: http://example.com/ref\n"
	for name, data := range map[string]string{
		"famine.txt":  text,
		"famine.json": `{"title": "T</title><script>alert(1)</script>", "author": "A <b>bold</b> author"}`,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, err := essay.Load(filepath.Join(dir, "famine.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), c, embed.NewLocal(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	r := &retrieve.Retriever{Corpus: c, Index: ix}
	ch := &Chat{Corpus: c, K: 4, Out: &out, Answers: &answer.Service{Corpus: c, Retriever: r, Generator: generate.Extractive{}}}
	path := filepath.Join(t.TempDir(), "talk.md")
	in := NewPipeReader(strings.NewReader("When did the harvest fail? ![x](http://example.com/q.png)\nWhere were the reports sent?\n/save " + path + "\n"))
	if err := ch.Run(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	var html bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(md, &html); err != nil {
		t.Fatal(err)
	}
	for _, live := range []string{"<img", "<script", "</title>", "<a ", "<b>", "<strong>", "<em>news"} {
		if strings.Contains(html.String(), live) {
			t.Errorf("the transcript renders %q live:\n%s\n%s", live, md, html.String())
		}
	}
	for _, shown := range []string{"T&lt;/title&gt;&lt;script&gt;", "![img](http", "www", "example.com"} {
		if !strings.Contains(html.String(), shown) {
			t.Errorf("the rendered transcript lacks the text %q:\n%s", shown, html.String())
		}
	}
}
