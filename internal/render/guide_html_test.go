package render

import (
	"bytes"
	"regexp"
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
		// The handout wraps each part that should print on one page in a
		// section, which Markdown has no way to say.
		body = sectionRe.ReplaceAllString(body, "")
		if body != want.String() {
			t.Errorf("%s: the HTML differs from the converted Markdown:\n%s\nwant:\n%s", name, body, want.String())
		}
	}
}

var sectionRe = regexp.MustCompile(`(?m)^(?:<section class="[a-z]+">|</section>)\n`)

// TestGuideMarkdownQuotesMarkupAsText checks that a text's own Markdown
// and HTML, quoted in a guide, render as the words they are: no image, no
// link, no raw HTML, whatever a Markdown viewer adds (here GitHub's
// linkify and strikethrough).
func TestGuideMarkdownQuotesMarkupAsText(t *testing.T) {
	hostile := "![img](http://example.com/x.png) [a link](http://example.com) <b>bold</b> &amp; ~~struck~~ www.example.com <http://example.com>"
	g := &guide.Guide{Title: "T", From: "¶1",
		Summary: []guide.Quote{{Ref: essay.Ref{N: 1}, Text: hostile}},
		Themes: []*guide.Theme{{Name: "t", Questions: []*guide.Question{{
			Text: "# Why " + hostile + "?", Ref: essay.Ref{N: 1}, Origin: guide.Asked,
			Evidence:   []guide.Quote{{Ref: essay.Ref{N: 2}, Text: "1. " + hostile}},
			Discussion: []guide.Prompt{{Level: guide.Understand, Text: "Compare “" + hostile + "” [¶2] with [¶3]."}},
		}}}},
	}
	var md bytes.Buffer
	if err := GuideMarkdown(&md, g); err != nil {
		t.Fatal(err)
	}
	var html bytes.Buffer
	gfm := goldmark.New(goldmark.WithExtensions(extension.GFM))
	if err := gfm.Convert(md.Bytes(), &html); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<img", "<a ", "<b>", "<del>", "<h1>Why", "<ol>\n<li>" + "!"} {
		if strings.Contains(html.String(), bad) {
			t.Errorf("the Markdown renders %q:\n%s", bad, html.String())
		}
	}
	for _, want := range []string{"![img](http://example.com/x.png)", "[¶2]", "&lt;b&gt;bold&lt;/b&gt;", "&amp;amp;"} {
		if !strings.Contains(html.String(), want) {
			t.Errorf("the rendered Markdown lacks %q:\n%s", want, html.String())
		}
	}
}

// TestUnderscoredWordsAreItalics renders a sentence of On Liberty as its
// plain-text edition gives it ("_their_ certainty is the same thing as
// _absolute_ certainty"): the guide printed the underscores, where the
// book prints italics. Markdown and HTML now set the words in italics,
// and the words stay as they are; "t_1" keeps its underscore.
func TestUnderscoredWordsAreItalics(t *testing.T) {
	text := "To refuse a hearing to an opinion, because they are sure that it is false, is to assume that _their_ certainty is the same thing as _absolute_ certainty."
	g := &guide.Guide{Title: "On Liberty", From: guide.Claims,
		Summary: []guide.Quote{{Ref: essay.Ref{N: 3}, Text: text}},
		Themes:  []*guide.Theme{{Name: "t_1", Questions: []*guide.Question{{Text: "Why?", Ref: essay.Ref{N: 3}}}}},
	}
	var md, page bytes.Buffer
	if err := GuideMarkdown(&md, g); err != nil {
		t.Fatal(err)
	}
	if err := GuideHTML(&page, g); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"assume that *their* certainty is the same thing as *absolute* certainty.", `t\_1`} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("the Markdown lacks %q:\n%s", want, md.String())
		}
	}
	for _, want := range []string{"assume that <em>their</em> certainty is the same thing as <em>absolute</em> certainty.", "t_1"} {
		if !strings.Contains(page.String(), want) {
			t.Errorf("the HTML lacks %q", want)
		}
	}
}
