package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/urfave/cli/v2"

	"studyguide/internal/llm"
	"studyguide/internal/render"
	"studyguide/internal/suggest"
)

// Exit codes, decided here and nowhere else.
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitInterrupted = 130
)

// errUsage marks errors in how the command was called; they exit 2.
var errUsage = errors.New("usage")

// usageError wraps a message as a usage error.
func usageError(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

// run is main without the process: it builds the app, runs it and maps its
// error to an exit code and one line on stderr. A panic becomes one line
// too, never a stack trace.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "studyguide: internal error: %v\n", r)
			code = exitFailure
		}
	}()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	app := newApp(stdin, stdout, stderr)
	if keyOnCommandLine(args) {
		fmt.Fprintln(stderr, "studyguide: warning: --api-key shows the key to anyone who can list this machine's processes; set $OPENAI_API_KEY instead")
	}
	err := app.RunContext(ctx, permuteArgs(app, args))
	return exitCode(err, ctx, stderr)
}

// keyOnCommandLine reports whether args give an API key with --api-key,
// where process lists (ps, /proc) show it to every user of the machine.
func keyOnCommandLine(args []string) bool {
	for i, a := range args {
		if a == "--" {
			return false
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "api-key" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			value = args[i+1]
		}
		if strings.TrimSpace(value) != "" {
			return true
		}
	}
	return false
}

func exitCode(err error, ctx context.Context, stderr io.Writer) int {
	switch {
	case err == nil:
		return exitOK
	case ctx.Err() != nil || errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "studyguide: interrupted")
		return exitInterrupted
	case errors.Is(err, errUsage):
		fmt.Fprintln(stderr, errorLine(err))
		return exitUsage
	default:
		fmt.Fprintln(stderr, errorLine(err))
		return exitFailure
	}
}

// errorLine words an error for the terminal: one line, "studyguide: "
// first, and the flags an API error's hint is about last. It is the one
// place errors are worded, for the command's exit and for chat's errors
// alike. Redact is the last line of defence: the
// API's errors are already scrubbed of the key.
func errorLine(err error) string {
	msg := strings.TrimPrefix(err.Error(), errUsage.Error()+": ") + flagHint(err)
	return "studyguide: " + render.OneLine(llm.Redact(msg))
}

// newApp builds the command-line app.
func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	cmds := commands()
	app := &cli.App{
		Name:    "studyguide",
		Usage:   "study guides and cited answers from an essay",
		Version: version,
		Description: "studyguide works offline by default: answers are built from the essay's own sentences, " +
			"each quoted verbatim and cited by paragraph [¶53] or footnote [note 15].",
		Reader:                 stdin,
		Writer:                 stdout,
		ErrWriter:              stderr,
		Suggest:                true,
		HideHelpCommand:        true,
		UseShortOptionHandling: false,
		ExitErrHandler:         func(*cli.Context, error) {},
		OnUsageError:           onUsageError,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return cli.ShowAppHelp(c)
			}
			var names []string
			for _, cmd := range c.App.Commands {
				names = append(names, cmd.Name)
			}
			return fmt.Errorf("%w: %w", errUsage, suggest.Unknown("command", c.Args().First(), names, "see 'studyguide --help'"))
		},
	}
	for _, cmd := range cmds {
		cmd.OnUsageError = onUsageError
		app.Commands = append(app.Commands, cmd.Command)
	}
	return app
}

// commands are the app's commands, in the order --help lists them.
func commands() []command {
	return []command{
		guideCommand(),
		askCommand(),
		chatCommand(),
		showCommand(),
		questionsCommand(),
		indexCommand(),
		evalCommand(),
	}
}

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// undefinedFlag opens the flag package's message for a flag the command
// lacks. It writes the flag with one dash whatever the user typed.
const undefinedFlag = "flag provided but not defined: -"

func onUsageError(c *cli.Context, err error, _ bool) error {
	name := c.App.Name
	flags := c.App.Flags
	// At the top level, urfave/cli gives the app's own root command,
	// named after the app: "studyguide studyguide --help" helps no one.
	if c.Command != nil && c.Command.Name != "" && c.Command.Name != name {
		name += " " + c.Command.Name
		flags = c.Command.Flags
	}
	see := fmt.Sprintf("see '%s --help'", name)
	if typed, ok := strings.CutPrefix(err.Error(), undefinedFlag); ok {
		var names []string
		// Every letter is one edit from every other: a guess at a
		// one-letter flag would be noise.
		if len([]rune(typed)) > 1 {
			names = flagNames(flags)
		}
		return usageError("%v", suggest.Unknown("flag", dashed(typed), names, see))
	}
	return usageError("%v (%s)", err, see)
}

// dashed writes a flag name as --help lists it: one dash for a single
// letter, two for a word.
func dashed(name string) string {
	if len([]rune(name)) == 1 {
		return "-" + name
	}
	return "--" + name
}

// flagNames lists every name of flags, dashed, for a "did you mean" hint.
func flagNames(flags []cli.Flag) []string {
	var names []string
	for _, f := range flags {
		for _, n := range f.Names() {
			names = append(names, dashed(n))
		}
	}
	return names
}

// permuteArgs moves a command's flags ahead of its arguments, so that
// `studyguide ask "question" --json` works: urfave/cli v2 stops reading
// flags at the first argument. "--" still ends the flags.
func permuteArgs(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	cmd := app.Command(args[1])
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		tv, ok := f.(cli.DocGenerationFlag)
		for _, name := range f.Names() {
			takesValue[name] = ok && tv.TakesValue()
		}
	}
	var flags, rest []string
	tail := args[2:]
	for i := 0; i < len(tail); i++ {
		a := tail[i]
		switch {
		case a == "--":
			rest = append(rest, tail[i+1:]...)
			i = len(tail)
		case len(a) > 1 && a[0] == '-' && !isNumber(a):
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && takesValue[name] && i+1 < len(tail) {
				flags = append(flags, tail[i+1])
				i++
			}
		default:
			rest = append(rest, a)
		}
	}
	out := append([]string{args[0], args[1]}, flags...)
	if len(rest) > 0 {
		out = append(out, "--")
		out = append(out, rest...)
	}
	return out
}

func isNumber(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
