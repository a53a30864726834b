package main

import (
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// personFile is noun.person's number among WordNet's lexicographer files;
// personTop is the synset "person, individual, someone, ...", which
// noun.Tops holds.
const (
	personFile = 18
	personTop  = "00007846n"
)

// people writes the words whose commonest noun sense WordNet files among
// people (noun.person), one a line, sorted: the word in lower case, a
// tab, and "p" when WordNet writes that sense capitalized (a name:
// "lincoln", "waters") or "c" when not ("leader", "minor"). Each plural
// that noun.exc gives for such a word follows it as a word of its own
// ("men", "children"). The concepts of wordnet.txt cannot say this of a
// word: they are keyed by stem, and "disput" holds "disputant".
func people(dir string, w io.Writer) error {
	lexfile := map[string]int{}
	err := eachLine(filepath.Join(dir, "data.noun"), func(line string) error {
		f := strings.Fields(line)
		if len(f) < 3 {
			return fmt.Errorf("short synset line %q", line)
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			return fmt.Errorf("bad lexicographer file in %q", line)
		}
		lexfile[f[0]] = n
		return nil
	})
	if err != nil {
		return err
	}
	synsets := map[string]*synset{}
	if err := readData(filepath.Join(dir, "data.noun"), synsets); err != nil {
		return err
	}
	senses := map[string][]string{}
	if err := readIndex(filepath.Join(dir, "index.noun"), senses); err != nil {
		return err
	}
	mark := map[string]string{}
	for _, lemma := range synsets[personTop].words {
		// "person" itself, which WordNet files among its top concepts.
		mark[lemma] = "c"
	}
	for lemma, keys := range senses {
		first := keys[0]
		if !plainWord(lemma) || lexfile[strings.TrimSuffix(first, "n")] != personFile {
			continue
		}
		mark[lemma] = "c"
		if writtenCapital(lemma, synsets[first]) {
			mark[lemma] = "p"
		}
	}
	err = eachLine(filepath.Join(dir, "noun.exc"), func(line string) error {
		f := strings.Fields(line)
		if len(f) >= 2 && plainWord(f[0]) && mark[f[1]] != "" && mark[f[0]] == "" {
			mark[f[0]] = mark[f[1]]
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, word := range slices.Sorted(maps.Keys(mark)) {
		if _, err := fmt.Fprintf(w, "%s\t%s\n", word, mark[word]); err != nil {
			return err
		}
	}
	return nil
}
