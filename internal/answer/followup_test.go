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
		// A chain of follow-ups goes back to the question that named the topic.
		{append(stalin, generate.Turn{Question: "Who stopped him?"}), "Why?", "Why? (Stalin, all-powerful)"},
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
