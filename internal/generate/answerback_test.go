package generate

import (
	"strings"
	"testing"
)

// TestAskedBackTheVerdictAnswers checks that a question the essay asks
// back among its open questions (¶56's "Would the implementation of the
// 1936 Constitution ... have worked ...?") is answered with the verdict
// the author gives a passage later (¶57), which opens the answer, and the
// question after it: quoted alone, the question tells the reader the
// essay leaves open what it answers. Asked of what the question itself
// names (the Party's original role), the essay leaves that open, and the
// verdict on whether it would have worked is not quoted.
func TestAskedBackTheVerdictAnswers(t *testing.T) {
	const (
		verdict = "even if implemented, would not have accomplished this either.” [¶57]"
		asked   = "“Would the implementation of the 1936 Constitution"
	)
	for _, q := range []string{
		"how does he rate the chances the 1936 constitution would have worked?",
		"does he think the 1936 constitution would have fixed things if they'd actually used it",
	} {
		got := answer(t, q)
		if !strings.HasPrefix(got, "Grover Furr writes: “Once we question the idea") || !strings.Contains(got, verdict) {
			t.Errorf("%q: answer does not open with the verdict:\n%s", q, got)
		}
		if !strings.Contains(got, "Furr also asks: "+asked) {
			t.Errorf("%q: answer lacks the question after the verdict:\n%s", q, got)
		}
	}
	for _, q := range []string{
		"Would the 1936 Constitution have restored the Bolshevik Party's original role?",
		"What open research questions does he pose about implementing the 1936 Constitution as Stalin envisaged it?",
	} {
		got := answer(t, q)
		if strings.Contains(got, "[¶57]") || !strings.Contains(got, asked) {
			t.Errorf("%q: want the question alone, got:\n%s", q, got)
		}
	}
}
