// Command genforms writes the table of English word forms the thesaurus
// package embeds (forms.txt) from WordNet's index and exception files:
// each word WordNet has as a lemma, one a line, sorted, a tab, and the
// parts of speech it has ("n", "v", "a", "r"); and each irregular form
// its exception lists give ("written", "children"), marked "x". Only
// words of the letters a to z are kept: the table says whether a word a
// speller makes is a real word, which a stem cannot ("governer" has the
// stem of "govern").
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "read the WordNet database in `DIR`")
	out := flag.String("o", "forms.txt", "write the table to `FILE`")
	flag.Parse()
	if err := write(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genforms:", err)
		os.Exit(1)
	}
}

// parts names WordNet's files by the mark the table gives their words.
var parts = [][2]string{{"noun", "n"}, {"verb", "v"}, {"adj", "a"}, {"adv", "r"}}

func write(dir, out string) error {
	marks := map[string]string{}
	add := func(w, mark string) {
		if plain(w) && !strings.Contains(marks[w], mark) {
			marks[w] += mark
		}
	}
	for _, p := range parts {
		err := eachLine(filepath.Join(dir, "index."+p[0]), func(line string) {
			if !strings.HasPrefix(line, " ") {
				add(strings.Fields(line)[0], p[1])
			}
		})
		if err != nil {
			return err
		}
		err = eachLine(filepath.Join(dir, p[0]+".exc"), func(line string) {
			add(strings.Fields(line)[0], "x")
		})
		if err != nil {
			return err
		}
	}
	var b strings.Builder
	for _, w := range slices.Sorted(func(yield func(string) bool) {
		for w := range marks {
			if !yield(w) {
				return
			}
		}
	}) {
		fmt.Fprintf(&b, "%s\t%s\n", w, marks[w])
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// plain reports whether w is a word of two or more letters a to z.
func plain(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := range len(w) {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func eachLine(path string, f func(string)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	s := bufio.NewScanner(file)
	for s.Scan() {
		if line := s.Text(); line != "" {
			f(line)
		}
	}
	return s.Err()
}
