package retrieve

import (
	"context"
	"testing"
)

// TestHeldViewOfNamed checks that a question asking only for the view
// of someone the text names ("X's thesis?") is answered from the
// sentence in which he believes, argues or attributes, though it never
// says "thesis", and that one asking his view of something the text
// never gives him stays declined.
func TestHeldViewOfNamed(t *testing.T) {
	r := retriever(t, Hybrid)
	tests := []struct {
		q    string
		want string
	}{
		// Declined as asking of a named thing what no sentence naming
		// it says: ¶59's "Zhukov and Mukhin seem to believe" is it.
		{"Zhukov and Mukhin's thesis in one sentence?", "¶59"},
		{"What is Pyzhikov's thesis?", "note 3"},
		{"Beria's theory of jazz?", ""},
	}
	for _, tt := range tests {
		res, err := r.Retrieve(context.Background(), tt.q, 4)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case tt.want == "" && !res.Abstain:
			t.Errorf("%q answered from %v; want declined", tt.q, res.Refs())
		case tt.want != "" && (res.Abstain || len(res.Hits) == 0 || res.Hits[0].Passage.Ref.String() != tt.want):
			t.Errorf("%q: abstain %v, refs %v; want %s first", tt.q, res.Abstain, res.Refs(), tt.want)
		}
	}
}
