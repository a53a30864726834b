package main

import (
	"bytes"
	"strings"
	"testing"

	"studyguide/internal/llm/llmtest"
)

// TestMaskedKeyOfAnyKindIsScrubbed: a server that echoes a key that does
// not start with sk-, masked or in part, does not get it repeated.
func TestMaskedKeyOfAnyKindIsScrubbed(t *testing.T) {
	const key = "gsk_Wq8rT2yU4iO6pA1sD3fG5hJ7kL9zX0cV6789"
	for _, body := range []string{
		`{"error":{"message":"Invalid API Key: gsk_Wq8r************************6789"}}`,
		`{"error":{"message":"key ending in ****6789 (gsk_Wq8rT2yU4iO) was revoked"}}`,
		`{"error":{"message":"unknown key T2yU4iO6pA1sD3fG5h"}}`,
	} {
		s := llmtest.New(t)
		s.Queue(llmtest.Reply{Status: 403, Body: body})
		t.Setenv("STUDYGUIDE_INDEX_DIR", t.TempDir())
		t.Setenv("OPENAI_API_KEY", key)
		t.Setenv("OPENAI_BASE_URL", s.URL)
		var outBuf, errBuf bytes.Buffer
		code := run([]string{"studyguide", "ask", question}, strings.NewReader(""), &outBuf, &errBuf)
		out, stderr := outBuf.String(), errBuf.String()
		if code != exitFailure || !strings.Contains(stderr, "[redacted]") {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
		for _, leak := range []string{"Wq8r", "6789", "T2yU4iO", "A1sD3f"} {
			if strings.Contains(out+stderr, leak) {
				t.Errorf("%s: output repeats %q: %q", body, leak, stderr)
			}
		}
	}
}

// TestAPIKeyFlagWarns: --api-key puts the key where process lists show
// it, and says so in one line; the variable does not.
func TestAPIKeyFlagWarns(t *testing.T) {
	s := llmtest.New(t)
	const warning = "studyguide: warning: --api-key shows the key to anyone who can list this machine's processes; set $OPENAI_API_KEY instead\n"
	for _, args := range [][]string{
		{"ask", "--api-key", "sk-flag-0123456789", question},
		{"ask", "--api-key=sk-flag-0123456789", question},
		{"ask", question, "-api-key", "sk-flag-0123456789"},
	} {
		_, _, stderr := runAPI(t, s, nil, args...)
		if strings.Count(stderr, warning) != 1 || strings.Contains(stderr, "0123456789") {
			t.Errorf("%q: stderr %q", args, stderr)
		}
	}
	if _, _, stderr := runAPI(t, s, nil, "ask", question); strings.Contains(stderr, "warning") {
		t.Errorf("the variable alone warns: %q", stderr)
	}
	if _, _, stderr := runAPI(t, s, nil, "ask", "--", "--api-key", "x"); strings.Contains(stderr, "--api-key shows") {
		t.Errorf("a question after -- warns: %q", stderr)
	}
}
