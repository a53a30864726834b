package retrieve

import "testing"

// TestDoAskedOfPassingName checks that "What did X do?", stressed or not,
// asks a deed of X: of a thing the essay names only as what others
// studied, it is declined; of someone the essay tells the deeds of, or
// with a verb of telling after "do", it is answered.
func TestDoAskedOfPassingName(t *testing.T) {
	abstains := abstainsOn(t, retriever(t, Hybrid))
	for q, want := range map[string]bool{
		"what did the paris commune actually do":     true,
		"wat did the paris comune actully do":        true,
		"What did Beria actually do?":                false,
		"What did Beria really do to reform things?": false,
	} {
		if got := abstains(q); got != want {
			t.Errorf("%q: declined %v, want %v", q, got, want)
		}
	}
}

// TestPastEmphasis checks that the adverbs stressing a question are
// stepped over, and no other word is.
func TestPastEmphasis(t *testing.T) {
	for _, c := range []struct {
		ws   []string
		want int
	}{
		{[]string{"jivago", "actually", "do"}, 2},
		{[]string{"jivago", "really", "ever", "do"}, 3},
		{[]string{"jivago", "do"}, 1},
		{[]string{"jivago", "say"}, 1},
	} {
		if got := pastEmphasis(c.ws, 1); got != c.want {
			t.Errorf("pastEmphasis(%v, 1) = %d, want %d", c.ws, got, c.want)
		}
	}
}
