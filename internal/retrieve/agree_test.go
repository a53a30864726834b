package retrieve

import (
	"context"
	"testing"
)

// TestAgreementIsAskedOfTheViewWeighed checks that a question asking
// whether the author agrees with a person is answered where the text
// reports that person's view and weighs it in the author's voice (¶59:
// "... seem to believe ... As I suggest above, perhaps ..."), not by
// the note citing the person's book, which names him twice and ranked
// first; and that a note reporting a view the author argues with, in no
// voice of his own, still answers a question about it.
func TestAgreementIsAskedOfTheViewWeighed(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]string{
		"does furr agree with zhukov":                                         "¶59",
		"does the author agree with zhukov":                                   "¶59",
		"does the author agree with mukhin or not":                            "¶59",
		"why does furr disagree with pyzhikovs theory about the leningraders": "note 3",
	} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if refs := res.Refs(); len(refs) == 0 || refs[0].String() != want {
			t.Errorf("%q ranked %v, want %s first", q, refs, want)
		}
	}
}
