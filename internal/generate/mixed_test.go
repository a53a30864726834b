package generate

import (
	"context"
	"strings"
	"testing"

	"studyguide/internal/retrieve/retrievetest"
)

// TestMixedDeclineNamesTheEnglishRead checks, on the essay, that a
// question asked mostly in another language and declined says so and
// names the English words it read, rather than that the text never
// mentions the asker's own words ("apakah", "punya").
func TestMixedDeclineNamesTheEnglishRead(t *testing.T) {
	_, r := retrievetest.Essay(t)
	res, err := r.Retrieve(context.Background(), "Apakah Stalin punya anak kembar?", 4)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Abstain {
		t.Fatalf("answered from %v", res.Hits[0].Passage.Ref)
	}
	d, err := abstain(res, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "another language") || !strings.Contains(d.Text, "(“Stalin”)") || strings.Contains(d.Text, "apakah") {
		t.Errorf("decline: %s", d.Text)
	}
}
