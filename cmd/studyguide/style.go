package main

import (
	"bytes"
	"io"
	"os"
	"sync"

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

// notices returns a writer that puts "studyguide: " before each line
// written to w: the libraries' notices are unprefixed, and the command
// says whose they are. It is safe for concurrent use, and a line is
// written whole.
func notices(w io.Writer) io.Writer {
	return &prefixer{w: w, prefix: "studyguide: "}
}

type prefixer struct {
	mu      sync.Mutex
	w       io.Writer
	prefix  string
	pending []byte
}

func (p *prefixer) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.pending = append(p.pending, b...)
	for {
		i := bytes.IndexByte(p.pending, '\n')
		if i < 0 {
			return len(b), nil
		}
		line := append([]byte(p.prefix), p.pending[:i+1]...)
		p.pending = p.pending[i+1:]
		if _, err := p.w.Write(line); err != nil {
			return len(b), err
		}
	}
}
