package main

import (
	"os"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"studyguide/internal/render"
)

// isTerminal reports whether f, a reader or writer, is a terminal.
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(int(file.Fd()))
}

// styleFor styles output for where it goes: color and wrapping on a
// terminal, plain unwrapped text in a pipe or file. NO_COLOR turns color off.
func styleFor(c *cli.Context) render.Style {
	if !isTerminal(c.App.Writer) {
		return render.Style{}
	}
	width, _, err := term.GetSize(int(c.App.Writer.(*os.File).Fd()))
	if err != nil || width <= 0 {
		width = 80
	}
	return render.Style{Color: os.Getenv("NO_COLOR") == "", Width: min(width, 100) - 1}
}
