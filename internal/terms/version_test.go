package terms

import "testing"

// TestVersionFollowsTheStopWords: a word added to or taken from a stop
// list, with nothing else changed, changes Version, and so the key of
// every saved index (see package index).
func TestVersionFollowsTheStopWords(t *testing.T) {
	before := Version()
	if before != version() || len(before) != 24 {
		t.Fatalf("Version() = %q, want a stable 24-digit hash", before)
	}
	for _, list := range []map[string]bool{questionWords, moreStopwords} {
		list["zyzzyva"] = true
		after := computeVersion()
		delete(list, "zyzzyva")
		if after == before {
			t.Error("adding a stop word left Version unchanged")
		}
		if computeVersion() != before {
			t.Error("Version does not come back when the word is taken out")
		}
	}
	baseForms["zyzzyvae"] = "zyzzyva"
	after := computeVersion()
	delete(baseForms, "zyzzyvae")
	if after == before {
		t.Error("adding an irregular form left Version unchanged")
	}
}
