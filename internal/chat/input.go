package chat

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/chzyer/readline"

	"studyguide/internal/answer"
)

// MaxLineBytes bounds one line of input, a question or a command; a
// longer line is refused whole rather than searched word by word.
const MaxLineBytes = answer.MaxQuestionBytes

// Errors a LineReader returns besides io.EOF.
var (
	// ErrInterrupt means the user pressed Ctrl-C at the prompt.
	ErrInterrupt = errors.New("interrupted")
	// ErrLineTooLong means a line was longer than MaxLineBytes; the reader
	// has skipped it and can go on.
	ErrLineTooLong = fmt.Errorf("the line is longer than %d bytes", MaxLineBytes)
)

// LineReader reads the user's input one line at a time.
type LineReader interface {
	// ReadLine returns the next line without its line ending. At the end
	// of input it returns io.EOF; on Ctrl-C at the prompt, ErrInterrupt.
	ReadLine() (string, error)
	Close() error
}

// pipeReader reads lines from a pipe or file: no prompt, no editing.
type pipeReader struct {
	r *bufio.Reader
}

// NewPipeReader reads one line at a time from r, for input that is not a
// terminal.
func NewPipeReader(r io.Reader) LineReader {
	return &pipeReader{r: bufio.NewReaderSize(r, MaxLineBytes+1)}
}

func (p *pipeReader) ReadLine() (string, error) {
	line, isPrefix, err := p.r.ReadLine()
	if err != nil {
		return "", err
	}
	if !isPrefix {
		return string(line), nil
	}
	// Skip the rest of an over-long line so that the next read starts on
	// the line after it.
	for isPrefix && err == nil {
		_, isPrefix, err = p.r.ReadLine()
	}
	if err != nil && err != io.EOF {
		return "", err
	}
	return "", ErrLineTooLong
}

func (p *pipeReader) Close() error { return nil }

// terminalReader reads lines with editing, history and completion of
// commands.
type terminalReader struct {
	rl *readline.Instance
}

// NewTerminalReader reads lines from the terminal with line editing,
// in-memory history and Tab completion of commands.
//
//   - prompt: shown before each line; may hold escape sequences for color.
//   - out: where the prompt and the line being edited are drawn.
func NewTerminalReader(prompt string, out io.Writer) (LineReader, error) {
	var items []readline.PrefixCompleterInterface
	for _, name := range commandNames() {
		items = append(items, readline.PcItem(name))
	}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:          prompt,
		Stdout:          out,
		AutoComplete:    readline.NewPrefixCompleter(items...),
		InterruptPrompt: "^C",
		EOFPrompt:       "\n",
		HistoryLimit:    500,
	})
	if err != nil {
		return nil, fmt.Errorf("open the terminal: %w", err)
	}
	return &terminalReader{rl: rl}, nil
}

func (t *terminalReader) ReadLine() (string, error) {
	line, err := t.rl.Readline()
	switch {
	case errors.Is(err, readline.ErrInterrupt):
		return "", ErrInterrupt
	case err != nil:
		return "", err
	case len(line) > MaxLineBytes:
		return "", ErrLineTooLong
	}
	return line, nil
}

func (t *terminalReader) Close() error { return t.rl.Close() }
