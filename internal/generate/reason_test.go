package generate

import (
	"context"
	"strings"
	"testing"

	"studyguide/internal/citation"
)

// TestBareWhyFindsTheReason: asked "Why?" after an answer, the sentence
// that gives the quoted one's reason answers: one after it leaning back on
// it ("This was because ..."), or the one before a sentence opening as its
// result ("Thus ..."), not the quoted sentence again.
func TestBareWhyFindsTheReason(t *testing.T) {
	text := "# The mill\n\n" +
		"1. The council closed the old mill on the river in the spring. This was because the river had flooded the mill twice that year. The workers left the valley for the city.\n\n" +
		"2. The harvest in the valley failed in the autumn of that year. Thus the farmers sold their land to the council cheaply.\n"
	c, r := textCorpus(t, "mill.md", text)
	tests := []struct{ quoted, search, want string }{
		{"The council closed the old mill on the river in the spring.", "Why? (council, closed, mill, river, spring)",
			"“This was because the river had flooded the mill twice that year.”"},
		{"Thus the farmers sold their land to the council cheaply.", "Why? (farmers, sold, land, council, cheaply)",
			"“The harvest in the valley failed in the autumn of that year.”"},
	}
	for _, tt := range tests {
		res, err := r.Retrieve(context.Background(), tt.search, 4)
		if err != nil || res.Abstain {
			t.Fatalf("retrieve %q: %+v, %v", tt.search, res, err)
		}
		prior := Turn{Question: "What happened?", Answer: "The author writes: “" + tt.quoted + "” [¶1]"}
		d, err := Extractive{}.Generate(context.Background(), Request{Question: "Why?", Retrieval: res, History: []Turn{prior}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(d.Text, "gives this reason: "+tt.want) {
			t.Errorf("after %q, Why? answered %q, want the reason %s", tt.quoted, d.Text, tt.want)
		}
		if rep := citation.Check(d.Text, c, res.Refs()); len(rep.Invalid) != 0 || len(rep.Uncited) != 0 {
			t.Errorf("the answer does not check out: %+v", rep)
		}
	}
}
