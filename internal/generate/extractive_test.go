package generate

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/citation"
	"studyguide/internal/essay"
	"studyguide/internal/retrieve/retrievetest"
)

func TestExtractiveShortensAnEndlessSentence(t *testing.T) {
	long := "Stalin was stymied by the Party leaders " + strings.Repeat("and by many others besides ", 20000) + "in the end."
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte("1. "+long+"\n\n2. The nomenklatura defended its privileges.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := essay.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	r := retrievetest.New(t, c)
	res, err := r.Retrieve(context.Background(), "Who stymied Stalin?", 2)
	if err != nil || res.Abstain {
		t.Fatalf("retrieve: %+v, %v", res, err)
	}
	d, err := Extractive{}.Generate(context.Background(), Request{Question: "Who stymied Stalin?", Retrieval: res}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Text) > 1000 || !strings.Contains(d.Text, "Stalin was stymied by the Party leaders") || !strings.Contains(d.Text, " …” [¶1]") {
		t.Fatalf("answer is not a shortened quotation (%d bytes): %.300s", len(d.Text), d.Text)
	}
	rep := citation.Check(d.Text, c, res.Refs())
	if len(rep.Invalid) != 0 || len(rep.Citations) != 1 || !rep.Citations[0].Supported {
		t.Errorf("the shortened quotation does not check out: %+v", rep)
	}
}
