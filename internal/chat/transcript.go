package chat

import (
	"fmt"
	"sort"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/render"
)

// Transcript is the conversation as Markdown.
type Transcript struct {
	Markdown string
	// Passages is how many cited passages are quoted at the end.
	Passages int
}

// Transcript writes every turn, including those before a /reset, as
// Markdown: each question, what was searched when a follow-up was
// rewritten, the answer with its refs, any citation that did not check
// out, and at the end every cited passage quoted in full.
func (c *Chat) Transcript() Transcript {
	var b strings.Builder
	fmt.Fprintf(&b, "# Conversation about %s\n\n", mdLine(c.Corpus.Title()))
	fmt.Fprintf(&b, "Source: %s.\n\n", mdLine(render.Citation(c.Corpus)))
	caveat := ""
	if len(c.Corpus.Sources) == 1 && c.Corpus.Sources[0].Meta.Caveat != "" {
		caveat = mdLine(c.Corpus.Sources[0].Meta.Caveat) + " "
	}
	fmt.Fprintf(&b, "*%sEvery quotation stands verbatim in the passage it cites; the passages are quoted in full at the end.*\n", caveat)
	resets := map[int]bool{}
	for _, i := range c.resets {
		resets[i] = true
	}
	cited := map[essay.Ref]*essay.Passage{}
	for i, r := range c.turns {
		if resets[i] {
			b.WriteString("\n---\n\n*A new conversation begins here: the questions below do not refer to those above.*\n")
		}
		writeTurn(&b, i+1, r)
		for _, ref := range citedPassages(r) {
			cited[ref.Ref] = ref
		}
	}
	refs := make([]essay.Ref, 0, len(cited))
	for ref := range cited {
		refs = append(refs, ref)
	}
	sort.Slice(refs, func(i, j int) bool { return refs[i].Less(refs[j]) })
	if len(refs) > 0 {
		b.WriteString("\n## Cited passages\n")
	}
	for _, ref := range refs {
		writePassage(&b, cited[ref])
	}
	return Transcript{Markdown: b.String(), Passages: len(refs)}
}

func writeTurn(b *strings.Builder, n int, r record) {
	fmt.Fprintf(b, "\n## %d. %s\n\n", n, mdLine(r.question))
	if r.searched != "" {
		fmt.Fprintf(b, "*Searched for: %s*\n\n", mdLine(r.searched))
	}
	var lines []string
	for _, line := range strings.Split(strings.TrimSpace(render.Clean(r.answer.Answer)), "\n") {
		lines = append(lines, mdLine(line))
	}
	fmt.Fprintln(b, strings.Join(lines, "\n"))
	if len(r.answer.InvalidCitations) > 0 {
		b.WriteString("\n**Citations that did not check out (not valid):**\n\n")
		for _, inv := range r.answer.InvalidCitations {
			fmt.Fprintf(b, "- %s %s\n", mdLine("["+inv.Ref+"]"), mdLine(inv.Reason))
		}
	}
}

// citedPassages returns the passages a turn's valid citations name, found
// among the passages its answer was written from.
func citedPassages(r record) []*essay.Passage {
	if r.answer.Retrieval == nil {
		return nil
	}
	byRef := map[string]*essay.Passage{}
	for _, h := range r.answer.Retrieval.Hits {
		byRef[h.Passage.Ref.String()] = h.Passage
	}
	var out []*essay.Passage
	for _, ct := range r.answer.Citations {
		if p, ok := byRef[ct.Ref]; ok && ct.Supported {
			out = append(out, p)
		}
	}
	return out
}

// writePassage quotes a passage in full, one quoted paragraph per block.
func writePassage(b *strings.Builder, p *essay.Passage) {
	head := p.Ref.String()
	if p.Section != "" {
		head += " · " + p.Section
	}
	fmt.Fprintf(b, "\n### %s\n\n", mdLine(head))
	for i, block := range p.Blocks {
		if i > 0 {
			b.WriteString(">\n")
		}
		fmt.Fprintf(b, "> %s\n", mdLine(block))
	}
}

// mdEscaper escapes what would make a transcript's text Markdown markup
// rather than text: emphasis, code, raw HTML and entities, and the
// brackets of a link, an image or a link definition ("](", "![", "]:",
// "]["). A citation's brackets ("[¶53]") stay as they are: with no
// target or definition beside them, Markdown leaves them alone. "://"
// and "www." are broken so that a bare address is not made a link.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `<`, `\<`, `>`, `\>`, `&`, `\&`, `~`, `\~`, `|`, `\|`,
	`![`, `!\[`, `](`, `\](`, `][`, `\][`, `]:`, `\]:`, `://`, `\://`, `www.`, `www\.`,
)

// blockStartRe finds what would open a block when it begins a line: a
// heading, a list item, a rule or a numbered item.
var blockStartRe = lazyregexp.New(`^(#|[-+=]|\d+[.)])`)

// mdLine writes text from a corpus, a user or a model as one line of
// Markdown that renders as the text itself: cleaned of control
// characters, joined and escaped. A file's metadata ("T</title><script>")
// and a corpus's markup ("![img](http://...)") are inert in it.
func mdLine(text string) string {
	s := mdEscaper.Replace(render.OneLine(text))
	if m := blockStartRe.FindStringIndex(s); m != nil {
		s = s[:m[1]-1] + `\` + s[m[1]-1:]
	}
	return s
}
