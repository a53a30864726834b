package thesaurus

import (
	"bufio"
	"slices"
	"strings"
	"testing"
)

func TestRelated(t *testing.T) {
	for _, c := range []struct {
		stem, want string
	}{
		{"salari", "pay"},
		{"salari", "wage"},
		{"publish", "print"},
		{"paper", "document"},
		{"goal", "end"},
	} {
		if got := Related(c.stem); !slices.Contains(got, c.want) {
			t.Errorf("Related(%q) = %v, want it to hold %q", c.stem, got, c.want)
		}
	}
	for _, stem := range []string{"", "zzzz", "aaaa", "\t", "salari\tpay"} {
		if got := Related(stem); got != nil {
			t.Errorf("Related(%q) = %v, want nil", stem, got)
		}
	}
}

func TestSenses(t *testing.T) {
	if v, f := Senses("volcano"), Senses("form"); v == 0 || v >= f {
		t.Errorf("Senses(volcano) = %d, Senses(form) = %d; want a word of one meaning below a word of many", v, f)
	}
	for _, stem := range []string{"pyzhikov", "", "zzzz"} {
		if n := Senses(stem); n != 0 {
			t.Errorf("Senses(%q) = %d, want 0 for a word WordNet lacks", stem, n)
		}
	}
}

// TestEveryKeyIsFound walks the whole table, so that the binary search is
// checked at its first line, its last and every line between.
func TestEveryKeyIsFound(t *testing.T) {
	sc := bufio.NewScanner(strings.NewReader(table))
	prev, n := "", 0
	for sc.Scan() {
		key, rest, ok := strings.Cut(sc.Text(), "\t")
		_, value, ok2 := strings.Cut(rest, "\t")
		if !ok || !ok2 || key <= prev {
			t.Fatalf("line %d (%q) is out of order or has no tab", n+1, sc.Text())
		}
		if got := Related(key); !slices.Equal(got, strings.Fields(value)) {
			t.Fatalf("Related(%q) = %v, want %v", key, got, strings.Fields(value))
		}
		prev, n = key, n+1
	}
	if n < 10000 {
		t.Errorf("table has %d lines; want the whole of WordNet's", n)
	}
}
