package thesaurus

import (
	"bufio"
	"slices"
	"strconv"
	"strings"
	"testing"

	"studyguide/internal/terms"
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

// TestTagged checks that the tag counts order words by how common they
// are in general English, everyday words the essay lacks above words of a
// subject it never touches, and tell a word's uses apart.
func TestTagged(t *testing.T) {
	all := func(stem string) int { n, o := Tagged(stem); return n + o }
	for _, c := range []struct{ common, rare string }{
		{"money", "recip"}, {"hate", "volcano"}, {"lose", "footbal"}, {"worship", "photosynthesi"},
	} {
		if a, b := all(c.common), all(c.rare); a <= b {
			t.Errorf("Tagged(%q) = %d, Tagged(%q) = %d in all; want the first above the second", c.common, a, c.rare, b)
		}
	}
	if n, o := Tagged("hate"); o <= n {
		t.Errorf("Tagged(hate) = %d, %d: want it used more as a verb than as a noun", n, o)
	}
	if n, o := Tagged("money"); n == 0 || o != 0 {
		t.Errorf("Tagged(money) = %d, %d: want it used as a noun only", n, o)
	}
	for _, stem := range []string{"", "zzzz", "pyzhikov", "money\t"} {
		if n, o := Tagged(stem); n+o != 0 {
			t.Errorf("Tagged(%q) = %d, %d, want 0", stem, n, o)
		}
	}
}

func TestProper(t *testing.T) {
	for stem, want := range map[string]bool{
		"australia": true, "stalingrad": true, // names only
		"western": false, "middl": false, "volcano": false, // common words too
		"zzzz": false, "": false,
		// Collocations, keyed by their stems.
		"world cup": true, "marshal plan": true, "red tape": false, "middl age": false,
	} {
		if got := Proper(stem); got != want {
			t.Errorf("Proper(%q) = %v, want %v", stem, got, want)
		}
	}
}

// TestEveryKeyIsFound walks the whole table, so that the binary search is
// checked at its first line, its last and every line between.
func TestEveryKeyIsFound(t *testing.T) {
	sc := bufio.NewScanner(strings.NewReader(table))
	prev, n := "", 0
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 4 && len(f) != 5 || f[0] <= prev {
			t.Fatalf("line %d (%q) is out of order or has neither four fields nor five", n+1, sc.Text())
		}
		key, value, concepts := f[0], f[2], f[3]
		nouns, others := Tagged(key)
		if len(f) == 5 {
			if got := strconv.Itoa(nouns) + " " + strconv.Itoa(others); got != f[4] || nouns+others == 0 {
				t.Fatalf("Tagged(%q) = %s, want %s", key, got, f[4])
			}
		} else if nouns+others != 0 {
			t.Fatalf("Tagged(%q) = %d, %d, want 0 for a line without counts", key, nouns, others)
		}
		var related, forms []string
		for _, v := range strings.Fields(value) {
			if f, ok := strings.CutPrefix(v, "+"); ok {
				forms = append(forms, f)
				v = f
			}
			related = append(related, v)
		}
		if got := Related(key); !slices.Equal(got, related) {
			t.Fatalf("Related(%q) = %v, want %v", key, got, related)
		}
		if got := Forms(key); !slices.Equal(got, forms) {
			t.Fatalf("Forms(%q) = %v, want %v", key, got, forms)
		}
		if got := Concepts(key); len(got) != len(strings.Fields(concepts)) {
			t.Fatalf("Concepts(%q) = %v, want %d of them", key, got, len(strings.Fields(concepts)))
		}
		prev, n = key, n+1
	}
	if n < 10000 {
		t.Errorf("table has %d lines; want the whole of WordNet's", n)
	}
}

// TestTableHeaderIsCurrent checks, without WordNet, that the committed
// table was written by this gen command for this build's terms pipeline
// and that its lines are the ones the header vouches for. TestTableIsCurrent
// (package gen) writes the whole table again where WordNet is installed.
func TestTableHeaderIsCurrent(t *testing.T) {
	h, err := ParseHeader(header)
	if err != nil {
		t.Fatal(err)
	}
	if got := BodyHash(table); h.Body != got {
		t.Errorf("the table's lines hash to %s, its header says %s: write it with go generate, not by hand", got, h.Body)
	}
	if v := terms.Version(); h.Terms != v {
		t.Errorf("wordnet.txt is stale: written for terms %s, this build's terms are %s (stop words or stemming changed): run go generate ./internal/thesaurus", h.Terms, v)
	}
	gen, err := SourceHash("gen")
	if err != nil {
		t.Fatal(err)
	}
	if h.Gen != gen {
		t.Errorf("wordnet.txt is stale: written by gen %s, the source is now %s: run go generate ./internal/thesaurus", h.Gen, gen)
	}
	if Version() != header || strings.Contains(table[:100], "#") {
		t.Error("the header must be cut from the table before it is searched")
	}
}

func TestPersonAndPlace(t *testing.T) {
	for word, want := range map[string]bool{
		"leaders": true, "scholars": true, "minors": true, "men": true, "gentlemen": true,
		"children": true, "ladies": true, "person": true, "Lincoln": true, "Negroes": true,
		"disputes": false, "waters": false, "development": false, "law": false, "": false, "zzzz": false,
	} {
		if got := Person(word); got != want {
			t.Errorf("Person(%q) = %v, want %v", word, got, want)
		}
	}
	for stem, want := range map[string]bool{"south": true, "north": true, "law": false, "zzzz": false} {
		if got := Place(stem); got != want {
			t.Errorf("Place(%q) = %v, want %v", stem, got, want)
		}
	}
}

// TestForms: a word's noun or verb form is marked, as the word for the
// same act or event; its synonyms, its adjective and its agent are not.
func TestForms(t *testing.T) {
	tests := []struct {
		stem string
		want []string
		not  []string
	}{
		{"die", []string{"death"}, []string{"perish", "expir"}},
		{"death", []string{"die"}, []string{"dead", "deceas"}},
		{"decis", []string{"decid"}, []string{"conclus", "resolut"}},
		{"histori", nil, []string{"histor", "historian"}},
	}
	for _, tt := range tests {
		got := Forms(tt.stem)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Forms(%q) = %v, want %q among them", tt.stem, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("Forms(%q) = %v, want no %q", tt.stem, got, w)
			}
		}
	}
}

// TestSeconds checks that Seconds of the first stem of every key of two
// stems in the table gives the second stems of all such keys, so that
// no pair's concepts are missed by asking it first, and nil for stems
// that open none.
func TestSeconds(t *testing.T) {
	want := map[string][]string{}
	for line := range strings.SplitSeq(table, "\n") {
		key, _, _ := strings.Cut(line, "\t")
		if first, second, ok := strings.Cut(key, " "); ok && !strings.Contains(second, " ") {
			want[first] = append(want[first], second)
		}
	}
	if len(want) < 1000 {
		t.Errorf("the table has keys of two stems opened by %d stems, want many", len(want))
	}
	for first, seconds := range want {
		if got := Seconds(first); !slices.Equal(got, seconds) {
			t.Errorf("Seconds(%q) = %q, the table has %q", first, got, seconds)
		}
	}
	if got := Seconds("middl"); !slices.Contains(got, "age") {
		t.Errorf("Seconds(%q) = %q, want it to hold %q", "middl", got, "age")
	}
	for _, stem := range []string{"", "zzzz", "nomenklatura", "pyzhikov", "zyzzyva"} {
		if got := Seconds(stem); got != nil {
			t.Errorf("Seconds(%q) = %q, want none", stem, got)
		}
	}
}
