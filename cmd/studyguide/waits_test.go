package main

import (
	"strings"
	"testing"
	"time"

	"studyguide/internal/llm/llmtest"
)

// TestTimeoutBoundsTheWaitForTheAnswer: --timeout bounds the wait for the
// next piece of the answer, not the next byte. A server that keeps the
// stream busy with keep-alive comments, empty chunks or a trickle of
// bytes, far longer than the timeout, is left when the timeout passes,
// with an error that names it.
func TestTimeoutBoundsTheWaitForTheAnswer(t *testing.T) {
	for _, tc := range []struct {
		name  string
		reply llmtest.Reply
	}{
		{"keep-alive pings", llmtest.Reply{Text: "Grover Furr argues that", Filler: llmtest.Pings, Every: 100 * time.Millisecond}},
		{"empty chunks", llmtest.Reply{Text: "Grover Furr argues that", Filler: llmtest.EmptyChunks, Every: 100 * time.Millisecond}},
		{"a trickle", llmtest.Reply{Text: "Grover Furr argues that", Trickle: true, Every: 20 * time.Millisecond}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := llmtest.New(t)
			s.Queue(tc.reply)
			code, _, stderr := runAt(t, s.URL, t.TempDir(), "ask", "--timeout", "1s", question)
			if code != exitFailure {
				t.Errorf("exit %d, want 1", code)
			}
			oneLine(t, stderr, "no part of the answer came from "+s.URL+" for 1s", "raise the timeout")
			// The fake server sends for a minute unless the client leaves.
			deadline := time.Now().Add(5 * time.Second)
			for s.Abandoned() == 0 && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			if s.Abandoned() != 1 {
				t.Error("the server was not still sending when ask gave up")
			}
		})
	}
}

// TestEndlessAnswerIsCutOff: a server that streams without end is cut off
// a little above the tokens the answer asks for.
func TestEndlessAnswerIsCutOff(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Text: "Grover Furr argues that Stalin was stymied [¶53]. ", Endless: true})
	code, out, stderr := runAt(t, s.URL, t.TempDir(), "ask", question)
	if code != exitFailure {
		t.Errorf("exit %d, want 1", code)
	}
	oneLine(t, stderr, "for an answer of at most 800 tokens, so it was cut off there")
	if len(out) > 10000 {
		t.Errorf("printed %d bytes of an answer of at most 800 tokens", len(out))
	}
	if !strings.HasPrefix(out, "Grover Furr argues") {
		t.Errorf("stdout %.80q", out)
	}
}
