package main

import (
	"bytes"
	"strings"
	"testing"

	"studyguide/internal/llm/llmtest"
)

// runChatAPI pipes input into `studyguide chat` against the fake API s.
func runChatAPI(t *testing.T, s *llmtest.Server, input string) (code int, out, errOut string) {
	t.Helper()
	t.Setenv("STUDYGUIDE_INDEX_DIR", t.TempDir())
	t.Setenv("OPENAI_API_KEY", testKey)
	t.Setenv("OPENAI_BASE_URL", s.URL)
	for _, v := range []string{"STUDYGUIDE_MODEL", "STUDYGUIDE_EMBEDDER", "STUDYGUIDE_OFFLINE", "STUDYGUIDE_PROMPTS", "STUDYGUIDE_TIMEOUT"} {
		t.Setenv(v, "")
	}
	var stdout, stderr bytes.Buffer
	code = run([]string{"studyguide", "chat"}, strings.NewReader(input), &stdout, &stderr)
	out, errOut = stdout.String(), stderr.String()
	if strings.Contains(out+errOut, testKey) {
		t.Error("the API key appears in chat's output")
	}
	return code, out, errOut
}

func TestChatWithAModelRewritesFollowUps(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(
		llmtest.Reply{Text: `Grover Furr argues that Stalin “was never "all-powerful."” [¶53]`},
		llmtest.Reply{Text: "Who prevented Stalin from carrying out his constitutional reforms?"},
		llmtest.Reply{Text: `Furr argues that Stalin “was stymied by the combined efforts of other Party leaders.” [¶53] He names no one else [¶98].`},
	)
	code, out, stderr := runChatAPI(t, s, "Was Stalin all-powerful?\nWho stopped him?\n/sources\n/quit\n")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	chats := s.Chats()
	if len(chats) != 3 {
		t.Fatalf("%d chat requests, want answer, rewrite, answer", len(chats))
	}
	rewrite := chats[1].Messages[len(chats[1].Messages)-1].Content
	if !strings.Contains(rewrite, "Was Stalin all-powerful?") || !strings.Contains(rewrite, "Who stopped him?") {
		t.Errorf("the rewrite request lacks the conversation:\n%s", rewrite)
	}
	if !strings.Contains(out, "Searching for: Who prevented Stalin from carrying out his constitutional reforms?") {
		t.Errorf("the rewritten question is not shown:\n%s", out)
	}
	second := chats[2].Messages
	if len(second) < 4 || second[1].Content != "Was Stalin all-powerful?" {
		t.Errorf("the second answer was not sent the first turn as history: %+v", second)
	}
	if !strings.Contains(second[len(second)-1].Content, "Who stopped him?") {
		t.Error("the model was not asked the user's own question")
	}
	if !strings.Contains(out, "[¶98: invalid citation]") || strings.Contains(out, "[¶98] He") {
		t.Errorf("the invented ref is not flagged:\n%s", out)
	}
	if _, after, _ := strings.Cut(out, "> /sources"); !strings.Contains(after, "[¶53]  score") || !strings.Contains(after, "Nor was he able to control the First Secretaries") {
		t.Errorf("/sources did not print ¶53 in full:\n%s", out)
	}
}

func TestChatFallsBackWhenTheRewriteFails(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(
		llmtest.Reply{Text: `Grover Furr argues that Stalin “was never "all-powerful."” [¶53]`},
		llmtest.Reply{Status: 401},
		llmtest.Reply{Text: `Furr argues that Stalin “was stymied by the combined efforts of other Party leaders.” [¶53]`},
	)
	code, out, stderr := runChatAPI(t, s, "Was Stalin all-powerful?\nWho stopped him?\n")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out+stderr, "could not restate the follow-up") || !strings.Contains(out, "Searching for: Who stopped him? (Stalin, all-powerful)") || !strings.Contains(out, "was stymied") {
		t.Errorf("a failed rewrite should search the question as asked and still answer:\n%s\n%s", out, stderr)
	}
}
