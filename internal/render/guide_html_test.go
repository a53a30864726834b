package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"studyguide/internal/essay"
	"studyguide/internal/guide"
)

// TestGuideHTMLIsTheMarkdownConverted checks GuideHTML against a Markdown
// converter, goldmark with tables, run on GuideMarkdown: the handout must
// say what the Markdown says, marked up the same way. The program writes
// the HTML itself only to keep goldmark out of its start-up.
func TestGuideHTMLIsTheMarkdownConverted(t *testing.T) {
	tricky := &guide.Guide{
		Title: `A *bold* <b>title</b> & "more" \ _under_ x|y`, Author: "O'Brien", Year: 1999, From: "¶1",
		Basis: &guide.Quote{Ref: essay.Ref{N: 2}, Text: "rests on `code` and [brackets]"},
		Themes: []*guide.Theme{{Name: "t_1 & <t>", Questions: []*guide.Question{{
			Text: "Why **this** | that?", Ref: essay.Ref{N: 1},
			Discussion: []guide.Prompt{{Level: guide.Understand, Text: "What > less?"}},
		}}}},
		Plan: guide.Plan{Protocol: "P", Minutes: 5, About: "a | b", Steps: []guide.Step{{Minutes: 5, Activity: "do | this & <that>"}},
			Agree: []string{"yes *"}, Disagree: []string{"no _"}},
	}
	guides := map[string]*guide.Guide{"tricky": tricky}
	for _, from := range []string{"¶56", guide.All} {
		g, _ := essayGuide(t, from)
		guides[from] = g
	}
	converter := goldmark.New(goldmark.WithExtensions(extension.Table))
	for name, g := range guides {
		var md, page, want bytes.Buffer
		if err := GuideMarkdown(&md, g); err != nil {
			t.Fatal(err)
		}
		if err := GuideHTML(&page, g); err != nil {
			t.Fatal(err)
		}
		if err := converter.Convert(md.Bytes(), &want); err != nil {
			t.Fatal(err)
		}
		body, _, _ := strings.Cut(page.String(), "</main>")
		_, body, _ = strings.Cut(body, "<main>\n")
		if body != want.String() {
			t.Errorf("%s: the HTML differs from the converted Markdown:\n%s\nwant:\n%s", name, body, want.String())
		}
	}
}
