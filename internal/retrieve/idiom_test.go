package retrieve

import (
	"context"
	"reflect"
	"testing"

	"studyguide/internal/terms"
)

func TestIdiomsInAQuestion(t *testing.T) {
	all := func(string) bool { return true }
	tests := []struct {
		question string
		// want are the stems of each idiom's words the question holds.
		want [][]string
	}{
		// Stop words may stand between an idiom's words, inflections
		// match, and an inner stop word may be left out.
		{"was he calling all the shots?", [][]string{{"call", "shot"}}},
		{"who called shots", [][]string{{"call", "shot"}}},
		{"the party went bad", [][]string{{"go", "bad"}}},
		// A "*" takes one to three words of any kind.
		{"could he keep the regional bosses in line?", [][]string{{"keep", "line"}}},
		// The first and last words must stand as written: "in charge"
		// is not "charge".
		{"what was the charge against him?", nil},
		// Words apart are no idiom.
		{"he called for more shots of vodka", nil},
	}
	for _, tt := range tests {
		var got [][]string
		for _, id := range idiomsIn(terms.Words(tt.question), all) {
			got = append(got, id.words)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("idiomsIn(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
	// Plain words the corpus lacks are left out, and an idiom with none
	// is not read at all.
	if got := idiomsIn(terms.Words("did it go bad"), func(string) bool { return false }); got != nil {
		t.Errorf("idiomsIn with no plain word in the corpus = %v, want none", got)
	}
}

// TestIdiomsFindThePlainWords: a question put in an idiom finds the
// passage that says it in plain words: "went bad" the passage on the
// Party's degeneration, "to his face" (in the hybrid ranking) the one on
// open disagreement.
func TestIdiomsFindThePlainWords(t *testing.T) {
	tests := []struct {
		q, want string
		modes   []Mode
	}{
		{"Why does the writer think the Communist Party went bad?", "¶59", []Mode{Hybrid, LexicalOnly}},
		{"did party ppl ever argue with stalin to his face", "¶54", []Mode{Hybrid}},
	}
	for _, tt := range tests {
		for _, mode := range tt.modes {
			res, err := retriever(t, mode).Retrieve(context.Background(), tt.q, 3)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Hits[0].Passage.Ref.String(); got != tt.want {
				t.Errorf("mode %d: %q found %s first, want %s", mode, tt.q, got, tt.want)
			}
		}
	}
}
