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

// Seconds returns the second stems of the table's keys of two stems
// whose first is stem ("age" of "middl age"), in the table's order, or
// nil: Concepts of stem, a space and any other stem is nil. A caller
// looking up every pair of neighbouring stems of a long text asks it
// first, and joins the two into a key only for a pair it names.
func Seconds(stem string) []string {
	if stem == "" || strings.ContainsAny(stem, "\t\n") {
		return nil
	}
	prefix := stem + " "
	lo, hi, ok := span(prefix)
	if !ok {
		// prefix is before the table's first key.
		lo, hi = 0, 0
	}
	// The first line whose key is prefix or after it: in the run, or
	// the first line of the next one.
	for lo < hi {
		mid := lineStart(lo + (hi-lo)/2)
		if key, _, end := splitLine(mid); key < prefix {
			lo = end
		} else {
			hi = mid
		}
	}
	var out []string
	for lo < len(table) {
		key, _, end := splitLine(lo)
		second, ok := strings.CutPrefix(key, prefix)
		if !ok {
			break
		}
		if !strings.Contains(second, " ") {
			out = append(out, second)
		}
		lo = end
	}
	return out
}
