package llm

import (
	"context"
	"strings"
	"testing"
	"time"

	"studyguide/internal/llm/llmtest"
)

// TestStallTimeoutBoundsTheWaitForContent: a server that keeps the
// connection busy without sending any of the answer (keep-alive
// comments, chunks with no delta, a stream trickled a byte at a time) is
// left after the stall timeout, long before it stops sending; thinking
// counts as progress.
func TestStallTimeoutBoundsTheWaitForContent(t *testing.T) {
	// The stall timeout stands well above the filler's interval: on a
	// loaded machine a tick of 50ms can come hundreds of milliseconds
	// late, and a tighter bound failed there with no fault in the code.
	const stall = time.Second
	for _, tc := range []struct {
		name  string
		reply llmtest.Reply
	}{
		{"keep-alive pings", llmtest.Reply{Text: "Furr argues that", Filler: llmtest.Pings, Every: 20 * time.Millisecond}},
		{"empty chunks", llmtest.Reply{Text: "Furr argues that", Filler: llmtest.EmptyChunks, Every: 20 * time.Millisecond}},
		// A chunk is about 200 bytes: at 5ms a byte, one came every second,
		// just inside the stall timeout wherever sleeps do not overshoot.
		{"a trickle", llmtest.Reply{Text: "Furr argues that", Trickle: true, Every: 20 * time.Millisecond}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := llmtest.New(t)
			s.Queue(tc.reply)
			c, _ := newClientStalling(t, s.URL, stall)
			_, err := ask(t, c)
			if err == nil || !strings.Contains(err.Error(), "no part of the answer came from") ||
				!strings.Contains(err.Error(), "for 1s") || !strings.Contains(err.Error(), "raise the timeout") {
				t.Errorf("err = %v, want the stall timeout named", err)
			}
			// The server was still sending: the client gave up.
			waitFor(t, func() bool { return s.Abandoned() == 1 })
		})
	}

	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Text: "Furr argues that Stalin was stymied [¶53].", Filler: llmtest.Reasoning, Every: 50 * time.Millisecond, FillFor: 2500 * time.Millisecond})
	c, _ := newClientStalling(t, s.URL, stall)
	comp, err := ask(t, c)
	if err != nil || comp.Text != "Furr argues that Stalin was stymied [¶53]." {
		t.Errorf("a model thinking for 2.5s with a 1s stall timeout: %+v, %v", comp, err)
	}
}

// waitFor waits for cond, which the fake server's handler makes true
// soon after the client leaves.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for range 500 {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Error("the server did not see the client leave")
}

// TestEndlessAnswerStopsAtItsBound: a stream that never ends is cut off a
// little above the tokens asked for, with the text so far.
func TestEndlessAnswerStopsAtItsBound(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Text: "Furr argues that Stalin was stymied by the leaders. ", Endless: true})
	c, _ := newClient(t, s.URL)
	comp, err := c.Stream(context.Background(), Request{Messages: []Message{{Role: User, Content: "q"}}, MaxTokens: 100}, nil)
	if err == nil || !strings.Contains(err.Error(), "sent more than 1.78 KB for an answer of at most 100 tokens") {
		t.Errorf("err = %v", err)
	}
	if n := len(comp.Text); n == 0 || n > 100*bytesPerToken+answerSlack {
		t.Errorf("kept %d bytes of the answer", n)
	}
	waitFor(t, func() bool { return s.Abandoned() == 1 })
}

// TestLongReplyIsRefusedBeforeItIsRead: a whole reply beyond its bound is
// refused, not decoded.
func TestLongReplyIsRefusedBeforeItIsRead(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Text: strings.Repeat(`{"evidence": []} `, 100000)})
	c, _ := newClient(t, s.URL)
	_, err := c.Complete(context.Background(), Request{Messages: []Message{{Role: User, Content: "q"}}, MaxTokens: 2000})
	if err == nil || !strings.Contains(err.Error(), "for an answer of at most 2000 tokens, so it was cut off there") {
		t.Errorf("err = %v", err)
	}
	// Within the bound, but longer than the tokens asked for.
	s.Queue(llmtest.Reply{Text: strings.Repeat("word ", 5000)})
	_, err = c.Complete(context.Background(), Request{Messages: []Message{{Role: User, Content: "q"}}, MaxTokens: 100})
	if err == nil || !strings.Contains(err.Error(), "at most 100 tokens") {
		t.Errorf("err = %v", err)
	}
}
