package terms

import (
	"os"
	"path/filepath"
	"testing"

	"studyguide/corpus"
)

// TestKnownStemsAreStems checks that the table KnownOf makes of the
// essay and a development text holds each word's stem as Stem gives it
// with no table, and that Stem reads a table SetKnown sets: a word the
// stemmer would stem otherwise reads as the table says.
func TestKnownStemsAreStems(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "essay", "testdata", "texts", "on-liberty.txt"))
	if err != nil {
		t.Fatal(err)
	}
	k := KnownOf([]string{string(corpus.Essay), string(text)})
	if len(k.Words) < 1000 {
		t.Fatalf("%d words known", len(k.Words))
	}
	for i, w := range k.Words {
		if s := stemAfresh(w); s != k.Stems[i] {
			t.Errorf("%q: the table says %q, Stem %q", w, k.Stems[i], s)
		}
	}
	defer func() {
		SetKnown(Known{})
		stemMu.Lock()
		delete(stemCache, "zzqxes")
		stemMu.Unlock()
	}()
	SetKnown(Known{Words: []string{"zzqxes"}, Stems: []string{"from the table"}})
	if s := Stem("zzqxes"); s != "from the table" {
		t.Errorf("Stem read %q, not the table's stem", s)
	}
}

// stemAfresh is Stem with no table and no cache.
func stemAfresh(w string) string {
	stemMu.Lock()
	delete(stemCache, w)
	stemMu.Unlock()
	knownMu.Lock()
	saved := known
	known = Known{}
	knownMu.Unlock()
	defer func() {
		knownMu.Lock()
		known = saved
		knownMu.Unlock()
	}()
	return Stem(w)
}
