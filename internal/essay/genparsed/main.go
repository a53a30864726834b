// Command genparsed writes the built-in essay as the essay package
// parses it (essay.ParsedForm), for go generate: start-up reads it
// instead of parsing the text again.
package main

import (
	"flag"
	"fmt"
	"os"

	"studyguide/corpus"
	"studyguide/internal/essay"
)

func main() {
	out := flag.String("o", "", "write the parsed form to this file")
	flag.Parse()
	if err := write(*out); err != nil {
		fmt.Fprintln(os.Stderr, "genparsed:", err)
		os.Exit(1)
	}
}

func write(path string) error {
	if path == "" {
		return fmt.Errorf("-o is required")
	}
	form, err := essay.ParsedForm(corpus.Name, corpus.Essay)
	if err != nil {
		return fmt.Errorf("parse the essay: %w", err)
	}
	return os.WriteFile(path, []byte(form), 0o644)
}
