package main

import (
	"encoding/json"
	"strings"
	"testing"

	"studyguide/internal/answer"
	"studyguide/internal/citation"
	"studyguide/internal/llm/llmtest"
)

// TestAskFlagsInventedQuotesInEveryStyle: a model's invented quotation is
// flagged in whatever marks it stands, in JSON and on the terminal, where
// the citation after it never shows as valid; an uncited claim beside a
// cited one is marked in both.
func TestAskFlagsInventedQuotesInEveryStyle(t *testing.T) {
	for _, marks := range [][2]string{{"'", "'"}, {"‘", "’"}, {"«", "»"}, {"„", "“"}, {"‚", "‘"}, {"`", "`"}, {`""`, `""`}} {
		text := "Furr writes " + marks[0] + "Stalin ruled alone as a tyrant" + marks[1] + " [¶53]. " +
			"He also writes that Stalin " + marks[0] + "was never able to attain his goal of constitutional reforms" + marks[1] + " [¶53]. " +
			"Stalin's rivals feared him more than the people did."
		s := llmtest.New(t)
		s.Queue(llmtest.Reply{Text: text}, llmtest.Reply{Text: text})
		code, out, stderr := runAPI(t, s, nil, "ask", "--json", question)
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", marks, code, stderr)
		}
		var ans answer.Answer
		if err := json.Unmarshal([]byte(out), &ans); err != nil {
			t.Fatal(err)
		}
		if len(ans.InvalidCitations) != 1 || !strings.Contains(ans.InvalidCitations[0].Reason, "“Stalin ruled alone as a tyrant” are not in ¶53") ||
			!strings.Contains(ans.Answer, marks[1]+" [¶53: invalid citation]") {
			t.Errorf("%s: --json answer %q, invalid %+v", marks, ans.Answer, ans.InvalidCitations)
		}
		if len(ans.Citations) != 1 || ans.Citations[0].Quote != "was never able to attain his goal of constitutional reforms" {
			t.Errorf("%s: citations %+v, want the true quotation", marks, ans.Citations)
		}
		if !strings.Contains(ans.Answer, "did. "+citation.UncitedFlag) ||
			len(ans.Uncited) != 1 || ans.Uncited[0] != "Stalin's rivals feared him more than the people did." {
			t.Errorf("%s: --json answer %q, uncited %q: the uncited claim is not marked", marks, ans.Answer, ans.Uncited)
		}

		code, out, stderr = runAPI(t, s, nil, "ask", question)
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", marks, code, stderr)
		}
		streamed, _, _ := strings.Cut(out, "\n")
		for _, want := range []string{"tyrant" + marks[1] + " [¶53: invalid citation].", "reforms" + marks[1] + " [¶53].",
			"did. " + citation.UncitedFlag, "! Citations that did not check out", "the quoted words “Stalin ruled alone"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: terminal output lacks %q:\n%s", marks, want, out)
			}
		}
		if strings.Contains(streamed, "tyrant"+marks[1]+" [¶53].") {
			t.Errorf("%s: the invented quotation shows as cited: %q", marks, streamed)
		}
	}
}

// TestGuideFlagsInventedQuotesInEveryStyle: a model's prompt that puts
// invented words in any quotation marks is repaired from the offline
// guide, and the words reach no handout.
func TestGuideFlagsInventedQuotesInEveryStyle(t *testing.T) {
	t.Setenv("STUDYGUIDE_CONCURRENCY", "1")
	styles := [][2]string{{"'", "'"}, {"‘", "’"}, {"«", "»"}, {"„", "“"}, {"`", "`"}, {`""`, `""`}}
	m := newGuideModel(t)
	m.tweak = func(question string, r map[string]any) {
		if !strings.HasPrefix(question, "What form can") {
			return
		}
		d := r["discussion"].([]any)
		for i, level := range []string{"understand", "analyze", "evaluate", "create"} {
			q := styles[i]
			d[i] = map[string]any{"level": level, "refs": []string{"¶57"},
				"prompt": "The author writes " + q[0] + "Stalin ruled alone and answered to nobody" + q[1] + " [¶57]. Agree?"}
		}
		h := r["historian"].([]any)
		for i, level := range []string{"sourcing", "corroboration"} {
			q := styles[4+i]
			h[i] = map[string]any{"level": level, "refs": []string{"¶57"},
				"prompt": "Who says " + q[0] + "Stalin ruled alone and answered to nobody" + q[1] + " [¶57]?"}
		}
	}
	s := llmtest.New(t)
	s.Respond = m.respond
	code, out, stderr := runAPI(t, s, nil, "guide", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(out, "ruled alone") {
		t.Errorf("an invented quotation got into the guide")
	}
	for _, level := range []string{"understand", "analyze", "evaluate", "create", "sourcing", "corroboration"} {
		want := "repaired the " + level + " prompt: it quotes words that are not verbatim in ¶57"
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}
