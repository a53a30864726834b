package main

import (
	"os"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"studyguide/internal/render"
)

// styleFor styles output for where it goes: color and wrapping on a
// terminal, plain unwrapped text in a pipe or file. NO_COLOR turns color off.
func styleFor(c *cli.Context) render.Style {
	f, ok := c.App.Writer.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return render.Style{}
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil || width <= 0 {
		width = 80
	}
	return render.Style{Color: os.Getenv("NO_COLOR") == "", Width: min(width, 100) - 1}
}
