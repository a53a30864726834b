package thesaurus

import (
	"strconv"
	"strings"
)

// Concept is one WordNet synset a word stands for, with how strongly: 1
// for the word's commonest sense, less for rarer senses and for the more
// general synsets above them (see gen/concepts.go).
type Concept struct {
	ID     int
	Weight float64
}

// Concepts returns the concepts of a stem, or of two stems joined by a
// space that WordNet names one thing by ("middl age" for "Middle Ages"),
// heaviest first; nil for a word WordNet does not know, such as a name.
func Concepts(key string) []Concept {
	_, _, line := lookup(key)
	line = strings.TrimSpace(line)
	if line == "" {
		return nil
	}
	// One allocation, of the right size: a question looks up a few
	// hundred keys.
	out := make([]Concept, 0, strings.Count(line, " ")+1)
	for line != "" {
		var f string
		f, line, _ = strings.Cut(line, " ")
		if f == "" {
			continue
		}
		id, w, _ := strings.Cut(f, ":")
		n, err1 := strconv.ParseInt(id, 36, 32)
		ninths, err2 := strconv.Atoi(w)
		if err1 == nil && err2 == nil {
			out = append(out, Concept{ID: int(n), Weight: float64(ninths) / 9})
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
