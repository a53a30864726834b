package render

import (
	"bytes"
	"fmt"
	"io"

	"github.com/charmbracelet/glamour"

	"studyguide/internal/guide"
)

// GuideTerminal writes a study guide for a terminal: its Markdown laid out
// by glamour, wrapped to width, in color unless color is false.
func GuideTerminal(w io.Writer, g *guide.Guide, width int, color bool) error {
	var src bytes.Buffer
	if err := GuideMarkdown(&src, g); err != nil {
		return err
	}
	// A fixed style, never glamour's automatic one: that one asks the
	// terminal for its background color, which can leave a stray reply on
	// the user's screen.
	style := "dark"
	if !color {
		style = "notty"
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(width))
	if err != nil {
		return fmt.Errorf("render for the terminal: %w", err)
	}
	out, err := r.RenderBytes(src.Bytes())
	if err != nil {
		return fmt.Errorf("render for the terminal: %w", err)
	}
	_, err = w.Write(out)
	return err
}
