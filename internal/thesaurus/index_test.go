package thesaurus

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestIndexIsCurrent: index_table.go is the index of the table this build
// embeds, so that lookups search a page of it rather than all of it.
func TestIndexIsCurrent(t *testing.T) {
	want, err := IndexSource(file)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("index_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) || indexHeader != header {
		t.Error("index_table.go is not the index of wordnet.txt: run go generate ./internal/thesaurus (or, without WordNet, go generate -run genindex ./internal/thesaurus)")
	}
}

// TestIndexedLookupsMatchTheWholeTable looks up every key of the table,
// and words just before and after each, through the index and through a
// search of the whole table: they must find the same line or none.
func TestIndexedLookupsMatchTheWholeTable(t *testing.T) {
	if indexHeader != header {
		t.Skip("the index is stale (TestIndexIsCurrent)")
	}
	check := func(stem string) {
		t.Helper()
		n, p, r, rest := lookupAll(stem)
		wn, wp, wr, wrest := search(stem, 0, len(table))
		if n != wn || p != wp || r != wr || rest != wrest {
			t.Fatalf("lookup of %q through the index = %d %v %q %q, the whole table gives %d %v %q %q", stem, n, p, r, rest, wn, wp, wr, wrest)
		}
	}
	lines, found := 0, 0
	for line := range strings.Lines(table) {
		key, _, _ := strings.Cut(line, "\t")
		check(key)
		check(key + "a")
		check(key + " ")
		check(key[:len(key)-1])
		if n, _, _, _ := lookupAll(key); n > 0 || Concepts(key) != nil {
			found++
		}
		lines++
	}
	for _, stem := range []string{"0", "~", "zzzzzz", "\x7f", "a", "1530", "1530s!"} {
		check(stem)
	}
	if found < lines*9/10 {
		t.Errorf("found %d of %d keys", found, lines)
	}
}
