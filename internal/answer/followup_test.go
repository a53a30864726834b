package answer

import (
	"context"
	"strings"
	"testing"

	"studyguide/internal/generate"
	"studyguide/internal/retrieve/retrievetest"
)

func TestCarry(t *testing.T) {
	_, r := retrievetest.Essay(t)
	ix := r.Index
	carry := Carry{Known: ix.BM25.Has}
	stalin := []generate.Turn{{Question: "Was Stalin all-powerful?"}}
	tests := []struct {
		history  []generate.Turn
		question string
		want     string
	}{
		{nil, "Who stopped him?", "Who stopped him?"},
		{stalin, "Who stopped him?", "Who stopped him? (Stalin, all-powerful)"},
		{stalin, "What did he mean by that?", "What did he mean by that? (Stalin, all-powerful)"},
		{stalin, "Why?", "Why? (Stalin, all-powerful)"},
		{stalin, "And Beria?", "And Beria? (Stalin, all-powerful)"},
		{stalin, "What about Stalin's power?", "What about Stalin's power?"},
		// Words the essay never uses are left for it to decline, not
		// covered up with the earlier topic.
		{stalin, "And the World Cup?", "And the World Cup?"},
		{stalin, "Did he win the World Cup?", "Did he win the World Cup?"},
		// A question of its own is searched as asked.
		{stalin, "What privileges did Party members get?", "What privileges did Party members get?"},
		{stalin, "What is the nomenklatura?", "What is the nomenklatura?"},
		// A pronoun after the person it points at, named in the question,
		// points inside it; an object pronoun points back still.
		{stalin, "What does the author admit he cannot prove?", "What does the author admit he cannot prove?"},
		{stalin, "Did Molotov think he was right?", "Did Molotov think he was right?"},
		{stalin, "What did Molotov say about him?", "What did Molotov say about him? (Stalin, all-powerful)"},
		// A chain of follow-ups goes back to the question that named the topic.
		{append(stalin, generate.Turn{Question: "Who stopped him?"}), "Why?", "Why? (Stalin, all-powerful)"},
		// A follow-up with no words of its own asks about what the last
		// answer quoted, not about its question.
		{append(stalin, generate.Turn{Question: "Who stopped him?", Answer: "Grover Furr argues: “He was stymied by the combined efforts of other Party leaders.” [¶53]"}),
			"Why?", "Why? (stymied, combined, efforts, Party, leaders)"},
		{[]generate.Turn{{Question: "Was Stalin all-powerful?", Answer: "Furr argues: “Nor was he able to control the First Secretaries.” [¶53]"}},
			"And then?", "And then? (able, control, First, Secretaries)"},
		// A pronoun after a bare follow-up points at what the question
		// before it named, not at the words "Why?" was about.
		{[]generate.Turn{
			{Question: "What did Stalin want to change about elections?", Answer: "Furr argues: “Once we question the idea that elections and \"representative\" government are sufficient ...” [¶57]"},
			{Question: "Why?", Answer: "The text does not say why ..."},
		}, "Who stopped him?", "Who stopped him? (Stalin, change, elections)"},
	}
	for _, tt := range tests {
		got, err := carry.Rewrite(context.Background(), tt.history, tt.question)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("after %d turns, %q became %q, want %q", len(tt.history), tt.question, got, tt.want)
		}
	}
}

func TestCarryBoundsTerms(t *testing.T) {
	_, r := retrievetest.Essay(t)
	ix := r.Index
	carry := Carry{Known: ix.BM25.Has}
	long := []generate.Turn{{Question: "Stalin Khrushchev Molotov Beria Zhukov Mukhin Chuev Yezhov reforms constitution"}}
	got, _ := carry.Rewrite(context.Background(), long, "Why?")
	_, carried, _ := strings.Cut(got, "(")
	if n := strings.Count(carried, ",") + 1; n > maxCarried {
		t.Errorf("carried %d terms, want at most %d: %q", n, maxCarried, got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := carry.Rewrite(ctx, long, "Why?"); err == nil {
		t.Error("Rewrite ignored a cancelled context")
	}
}

// TestBareFollowUpMovesOn reads a conversation as a student has it: a
// bare "Why?" or "And then?" is answered with what the text says beyond
// the sentences already shown, never with them again, and says plainly
// when the text gives no reason.
func TestBareFollowUpMovesOn(t *testing.T) {
	c, r := retrievetest.Essay(t)
	s := &Service{Corpus: c, Retriever: r, Generator: generate.Extractive{}, Rewriter: Carry{Known: r.Index.BM25.Has}, HistoryTokens: DefaultHistoryTokens}
	converse := func(questions ...string) []*Answer {
		var history []generate.Turn
		var out []*Answer
		for _, q := range questions {
			ans, err := s.Ask(context.Background(), Request{Question: q, History: history})
			if err != nil {
				t.Fatal(err)
			}
			checkContract(t, ans)
			history = append(history, generate.Turn{Question: q, Answer: ans.Answer})
			out = append(out, ans)
		}
		return out
	}
	shown := func(answers []*Answer) map[string]bool {
		m := map[string]bool{}
		for _, a := range answers {
			for _, c := range a.Citations {
				m[c.Quote] = true
			}
		}
		return m
	}
	// The essay gives no reason why the other leaders stymied him.
	got := converse("Was Stalin all-powerful?", "Who stopped him?", "Why?", "And then?")
	why := got[2]
	if !strings.HasPrefix(why.Answer, "The text does not say why") {
		t.Errorf("Why? after Who stopped him? does not say the text gives no reason: %s", why.Answer)
	}
	before := shown(got[:2])
	for i, a := range got[2:] {
		for _, c := range a.Citations {
			if before[c.Quote] {
				t.Errorf("%s repeats a sentence already shown: %q", a.Question, c.Quote)
			}
		}
		before = shown(got[:3+i])
	}
	if !strings.Contains(got[3].Answer, "goes on") {
		t.Errorf("And then? does not read on from the last answer: %s", got[3].Answer)
	}
	// A sentence quoted may hold its own reason: it is the answer, and
	// the answer says so.
	got = converse("Can we know the strengths of the 1936 proposal?", "Why?")
	if !strings.Contains(got[1].Answer, "already quoted says why: “Because these provisions") {
		t.Errorf("Why? does not point to the reason the quoted sentence gives: %s", got[1].Answer)
	}
}
