package retrieve

import (
	"context"
	"testing"
)

// TestPlacedRefsComeFirst checks that a question naming a passage by its
// place in the text ("the last paragraph", "his eighth footnote"),
// asking how the text ends or asking only for its closing or opening
// piece ("Closing image?") is answered from that passage, and that an
// ending of something else names none.
func TestPlacedRefsComeFirst(t *testing.T) {
	essayR := retriever(t, Hybrid)
	douglass := textRetriever(t, "../essay/testdata/texts/douglass-lynched.md")
	tests := []struct {
		r    *Retriever
		q    string
		want string
	}{
		{essayR, "In the last paragraph the author compares us to who, and why?", "¶63"},
		{essayR, `Why the writer put the word "democratic" in quotes in the first paragraph?`, "¶49"},
		{essayR, "where can i read the whole resolution thing from the first footnote", "note 1"},
		// An ordinal past the third, in words or figures: this was
		// declined as never mentioning an "eighth" or an "item".
		{essayR, "Where was the item he mentions in his eighth footnote first printed?", "note 8"},
		{essayR, "what does the 8th footnote say", "note 8"},
		{essayR, "Who wrote the eighth volume of his diaries?", ""},
		{douglass, "How does Douglass close the speech?", "¶140"},
		{douglass, "How did the war end?", ""},
		{douglass, "How does he conclude that the charge is false?", ""},
		// A question asking only for a piece of the text by where it
		// stands: "Closing image?" was declined as never mentioning
		// "closing" or "image".
		{essayR, "Closing image?", "¶63"},
		{essayR, "What is the opening argument?", "¶49"},
		{douglass, "Final thoughts?", "¶140"},
		{essayR, "Closing ceremony of the 1936 Olympics?", ""},
		{essayR, "What was the final goal of the party?", ""},
	}
	for _, tt := range tests {
		res, err := tt.r.Retrieve(context.Background(), tt.q, 5)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case tt.want == "" && len(res.Query.Named) > 0:
			t.Errorf("%q named %v; want none", tt.q, res.Query.Named[0].Ref)
		case tt.want != "" && (len(res.Hits) == 0 || res.Hits[0].Passage.Ref.String() != tt.want):
			t.Errorf("%q ranked %v; want %s first", tt.q, res.Refs(), tt.want)
		}
	}
}
