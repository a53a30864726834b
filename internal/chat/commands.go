package chat

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"studyguide/internal/atomicfile"
	"studyguide/internal/guide"
	"studyguide/internal/render"
	"studyguide/internal/suggest"
)

// command is one slash command.
type command struct {
	name string
	args string
	help string
	run  func(c *Chat, ctx context.Context, arg string) (quit bool, err error)
}

// commands in the order /help lists them. Filled in init: the entries
// refer to methods that read the list.
var commands []command

func init() {
	commands = []command{
		{"/sources", "", "the passages behind the last answer, in full", (*Chat).sources},
		{"/show", "REF", "one passage in full (¶56, 56, note 15)", (*Chat).show},
		{"/questions", "[REF]", "the open questions the essay asks", (*Chat).questions},
		{"/guide", "[REF|all]", "a study guide: the default one, one passage's, or all the questions'", (*Chat).guide},
		{"/save", "FILE", "save the conversation as Markdown, cited passages quoted at the end", (*Chat).save},
		{"/reset", "", "start a new conversation: follow-ups forget earlier turns", (*Chat).reset},
		{"/help", "", "this list", (*Chat).help},
		{"/quit", "", "leave (also Ctrl-D)", (*Chat).quit},
	}
}

// aliases are other names users reach for.
var aliases = map[string]string{"/exit": "/quit", "/q": "/quit", "/?": "/help", "/source": "/sources", "/question": "/questions"}

// command runs one slash command line.
func (c *Chat) command(ctx context.Context, line string) (quit bool, err error) {
	name, arg, _ := strings.Cut(line, " ")
	name = strings.ToLower(name)
	arg = strings.TrimSpace(arg)
	if a, ok := aliases[name]; ok {
		name = a
	}
	for _, cmd := range commands {
		if cmd.name == name {
			return cmd.run(c, ctx, arg)
		}
	}
	return false, suggest.Unknown("command", name, commandNames(), "/help lists the commands")
}

// commandNames are the commands' names, in the order /help lists them.
func commandNames() []string {
	names := make([]string, len(commands))
	for i, cmd := range commands {
		names[i] = cmd.name
	}
	return names
}

func (c *Chat) help(context.Context, string) (bool, error) {
	fmt.Fprintln(c.Out, "Ask a question about the essay. A follow-up such as \"Who stopped him?\" builds on the one before.")
	for _, cmd := range commands {
		use := strings.TrimSpace(cmd.name + " " + cmd.args)
		fmt.Fprintf(c.Out, "  %s %s\n", c.Style.Bold(fmt.Sprintf("%-17s", use)), cmd.help)
	}
	fmt.Fprintln(c.Out, c.Style.Dim("Ctrl-C cancels an answer in progress; Ctrl-D leaves."))
	return false, nil
}

func (c *Chat) quit(context.Context, string) (bool, error) { return true, nil }

// sources writes every passage the last answer was given, in full, marking
// those it cites.
func (c *Chat) sources(context.Context, string) (bool, error) {
	switch {
	case c.last == nil:
		fmt.Fprintln(c.Out, "No answer yet: ask a question first.")
		return false, nil
	case c.last.Abstained:
		fmt.Fprintln(c.Out, "The essay does not address the last question, so no passage stands behind the answer.")
		return false, nil
	}
	cited := map[string]bool{}
	for _, ct := range c.last.Citations {
		cited[ct.Ref] = true
	}
	for i, src := range c.last.Sources {
		if i > 0 {
			fmt.Fprintln(c.Out)
		}
		note := fmt.Sprintf("score %.2f", src.Score)
		if cited[src.Ref] {
			note += " · cited"
		}
		fmt.Fprintf(c.Out, "%s  %s\n", c.Style.Bold(render.Clean("["+src.Ref+"]")), c.Style.Dim(note))
		fmt.Fprintln(c.Out, render.Wrap(render.Clean(src.Text), c.Style.Width, ""))
	}
	return false, nil
}

func (c *Chat) show(_ context.Context, arg string) (bool, error) {
	if arg == "" {
		return false, errors.New("/show needs a ref, as in: /show ¶56")
	}
	p, err := c.Corpus.Lookup(arg)
	if err != nil {
		return false, err
	}
	c.Style.Passage(c.Out, c.Corpus, p)
	return false, nil
}

func (c *Chat) questions(_ context.Context, arg string) (bool, error) {
	of, qs := "The text", c.Corpus.Questions()
	if arg != "" {
		p, err := c.Corpus.Lookup(arg)
		if err != nil {
			return false, err
		}
		of, qs = p.Ref.String(), c.Corpus.QuestionsOf(p.Ref)
	}
	c.Style.Questions(c.Out, of, qs)
	return false, nil
}

func (c *Chat) guide(ctx context.Context, arg string) (bool, error) {
	if c.Guide == nil {
		fmt.Fprintln(c.Out, "Study guides are not available in this build of studyguide.")
		return false, nil
	}
	from := arg
	switch {
	case strings.EqualFold(arg, guide.All):
		from = guide.All
	case arg != "":
		p, err := c.Corpus.Lookup(arg)
		if err != nil {
			return false, err
		}
		from = p.Ref.String()
	}
	return false, c.Guide(ctx, c.Out, from)
}

func (c *Chat) reset(context.Context, string) (bool, error) {
	if c.start < len(c.turns) {
		c.resets = append(c.resets, len(c.turns))
	}
	c.start = len(c.turns)
	c.last = nil
	fmt.Fprintln(c.Out, "New conversation: follow-ups no longer refer to earlier questions. (/save still saves every turn.)")
	return false, nil
}

func (c *Chat) save(_ context.Context, arg string) (bool, error) {
	path := strings.Trim(arg, `"'`)
	if path == "" {
		return false, errors.New("/save needs a file name, as in: /save conversation.md")
	}
	if len(c.turns) == 0 {
		fmt.Fprintln(c.Out, "Nothing to save yet: ask a question first.")
		return false, nil
	}
	path = expandHome(path)
	warning, err := c.Corpus.CheckOutput(path)
	if err != nil {
		return false, fmt.Errorf("save the conversation: %w", err)
	}
	if warning != "" {
		c.fail(errors.New("warning: " + warning))
	}
	t := c.Transcript()
	if err := atomicfile.WriteFile(path, []byte(t.Markdown), atomicfile.Options{Perm: 0o666}); err != nil {
		return false, fmt.Errorf("save the conversation: %w", err)
	}
	fmt.Fprintf(c.Out, "Saved %s and %s to %s.\n", render.Count(len(c.turns), "answer"), render.Count(t.Passages, "cited passage"), render.Clean(path))
	return false, nil
}

// expandHome turns a leading "~/" into the user's home folder, as a shell
// would have.
func expandHome(path string) string {
	rest, ok := strings.CutPrefix(path, "~/")
	if !ok {
		return path
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return path
	}
	return filepath.Join(home, rest)
}
