package render

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"studyguide/internal/answer"
	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
)

// Style says how terminal text looks: colors and dim text on a terminal,
// plain text in a pipe.
type Style struct {
	Color bool
	// Width wraps prose at this many columns; 0 leaves lines as they are.
	Width int
	// Command names one of the front end's commands in a hint, as the
	// user would type it ("/show ¶53" in chat); nil names the CLI's
	// ("'studyguide show ¶53'").
	Command func(command string) string
}

// command names a command in a hint (see Style.Command).
func (s Style) command(c string) string {
	if s.Command != nil {
		return s.Command(c)
	}
	return "'studyguide " + c + "'"
}

func (s Style) wrap(code, text string) string {
	if !s.Color || text == "" {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}

// Bold, Dim and Warn style a piece of text.
func (s Style) Bold(t string) string { return s.wrap("1", t) }
func (s Style) Dim(t string) string  { return s.wrap("2", t) }
func (s Style) Warn(t string) string { return s.wrap("33", t) }

// excerptLen is how many characters of a source the Sources list shows.
const excerptLen = 110

// Answer writes a checked answer for a terminal: the answer (unless it was
// already streamed), flagged citations, a caveat and the sources.
//
//   - streamed: the answer's text was already written as it arrived.
func (s Style) Answer(w io.Writer, a *answer.Answer, streamed bool) {
	if !streamed {
		fmt.Fprintln(w, Wrap(Clean(a.Answer), s.Width, ""))
	} else {
		fmt.Fprintln(w)
	}
	if a.Retrieval != nil && a.Retrieval.Query != nil && len(a.Retrieval.Query.Respelled) > 0 {
		fmt.Fprintln(w, s.Dim(Wrap(respelled(a.Retrieval.Query.Respelled), s.Width, "")))
	}
	if a.Retrieval != nil && a.Retrieval.Query != nil && !a.Abstained {
		for _, m := range a.Retrieval.Query.Misnamed {
			fmt.Fprintln(w, s.Dim(Wrap(misnamed(m), s.Width, "")))
		}
	}
	if a.Truncated {
		fmt.Fprintln(w, s.Warn("! The model stopped at its length limit; the answer is cut short."))
	}
	if len(a.InvalidCitations) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, s.Warn("! Citations that did not check out (not shown as valid):"))
		for _, inv := range a.InvalidCitations {
			fmt.Fprintf(w, "  [%s] %s\n", Clean(inv.Ref), Clean(inv.Reason))
		}
	}
	if a.Abstained {
		fmt.Fprintln(w)
		fmt.Fprintln(w, s.Dim(Wrap(s.abstentionHint(a), s.Width, "")))
		return
	}
	if !a.Supported() {
		fmt.Fprintln(w)
		fmt.Fprintln(w, s.Warn("! No citation in this answer checked out: treat it as unsupported."))
	}
	if a.Caveat != "" {
		fmt.Fprintln(w)
		fmt.Fprintln(w, s.Dim(Wrap(Clean(a.Caveat), s.Width, "")))
	}
	if len(a.Sources) == 0 {
		// An answer from the title and byline rests on no passage.
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, s.Bold("Sources"))
	for _, src := range a.Sources {
		s.source(w, src)
	}
}

// source writes one line of the Sources list, its excerpt wrapped to the
// width under itself: "  [¶53]     1.00  One point will strike ...".
func (s Style) source(w io.Writer, src answer.Source) {
	label := fmt.Sprintf("  %-9s ", OneLine("["+src.Ref+"]"))
	score := fmt.Sprintf("%.2f", src.Score)
	indent := strings.Repeat(" ", utf8.RuneCountInString(label+score)+2)
	text := Wrap(excerpt(src.Text, excerptLen), s.Width, indent)
	fmt.Fprintf(w, "%s%s  %s\n", label, s.Dim(score), text[len(indent):])
}

// abstentionHint points a declined question at what the text does say:
// its own questions, and the passage that came nearest.
func (s Style) abstentionHint(a *answer.Answer) string {
	hint := "Try " + s.command("questions") + " for the questions the text asks"
	if a.Retrieval != nil && len(a.Retrieval.Hits) > 0 {
		ref := a.Retrieval.Hits[0].Passage.Ref.String()
		return hint + ", or " + s.command("show "+Clean(ref)) + " to read the passage nearest to yours."
	}
	return hint + "."
}

// respelled says which misspelt words of the question were read as which,
// so that a wrong guess can be seen and the question asked again.
func respelled(rs []retrieve.Respelling) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = fmt.Sprintf("“%s” as “%s”", Clean(r.Typed), Clean(r.Read))
	}
	if len(parts) > 1 {
		parts[len(parts)-2] += " and " + parts[len(parts)-1]
		parts = parts[:len(parts)-1]
	}
	return "(Read " + strings.Join(parts, ", ") + ".)"
}

// misnamed returns the note on a person a question names whom the
// passage quoted does not: it names others. It says no more than that,
// for the others may be those who did what was asked, or those who
// report it ("According to X, the archive was destroyed").
func misnamed(m retrieve.Misnamed) string {
	named := make([]string, len(m.Named))
	for i, n := range m.Named {
		named[i] = Clean(n)
	}
	if len(named) > 1 {
		named[len(named)-2] += " and " + named[len(named)-1]
		named = named[:len(named)-1]
	}
	return "(The passage quoted does not name " + Clean(m.Asked) + "; it names " + strings.Join(named, ", ") + ".)"
}

// excerpt returns the start of text, cut at a word, on one line.
func excerpt(text string, n int) string {
	t := strings.Join(strings.Fields(Clean(text)), " ")
	r := []rune(t)
	if len(r) <= n {
		return t
	}
	cut := string(r[:n])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + " …"
}

// Passage writes one passage in full with where it stands.
func (s Style) Passage(w io.Writer, c *essay.Corpus, p *essay.Passage) {
	head := p.Ref.String()
	if p.Section != "" {
		head += " · " + p.Section
	}
	fmt.Fprintln(w, s.Bold(Clean(head)))
	fmt.Fprintln(w, s.Dim(Clean(Citation(c))))
	for _, b := range p.Blocks {
		fmt.Fprintln(w)
		fmt.Fprintln(w, Wrap(Clean(b), s.Width, ""))
	}
	if len(p.Notes) > 0 || len(p.CitedBy) > 0 {
		fmt.Fprintln(w)
	}
	for _, n := range p.Notes {
		fmt.Fprintln(w, s.Dim(fmt.Sprintf("Marks note %d: studyguide show 'note %d'", n, n)))
	}
	for _, r := range p.CitedBy {
		fmt.Fprintln(w, s.Dim(OneLine(fmt.Sprintf("Marked in %s: studyguide show '%s'", r, r))))
	}
}

// Citation describes the corpus bibliographically: "Title, by Author (Year)".
func Citation(c *essay.Corpus) string {
	if len(c.Sources) != 1 {
		names := make([]string, len(c.Sources))
		for i, src := range c.Sources {
			names[i] = src.Name
		}
		return fmt.Sprintf("%d sources: %s", len(c.Sources), strings.Join(names, ", "))
	}
	m := c.Sources[0].Meta
	out := c.Title()
	if m.Author != "" {
		out += ", by " + m.Author
	}
	if m.Year != 0 {
		out += fmt.Sprintf(" (%d)", m.Year)
	}
	return out
}

// Questions writes open questions, one per line with its ref.
//
//   - of: what the questions are of ("¶53", "The text"), for the line
//     that says there are none.
func (s Style) Questions(w io.Writer, of string, qs []essay.Question) {
	if len(qs) == 0 {
		fmt.Fprintf(w, "%s asks no questions.\n", OneLine(of))
		return
	}
	for _, q := range qs {
		ref := OneLine(q.Ref.String())
		fmt.Fprintf(w, "%s %s\n", s.Bold(fmt.Sprintf("%-8s", ref)), Wrap(Clean(q.Text), s.Width, strings.Repeat(" ", 9))[9:])
	}
}
