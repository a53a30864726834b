package citation

import (
	"reflect"
	"strings"
	"testing"
)

// quoted returns what each quotation of text quotes, an unclosed one
// marked with a trailing "…open".
func quoted(text string) []string {
	var out []string
	for _, q := range Quotations(text) {
		s := text[q.Start:q.End]
		if !q.Closed {
			s += "…open"
		}
		out = append(out, s)
	}
	return out
}

func TestQuotationsInEveryStyle(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{`He writes "the leaders opposed it" [¶53].`, []string{"the leaders opposed it"}},
		{`He writes “the leaders opposed it” [¶53].`, []string{"the leaders opposed it"}},
		{`He writes 'the leaders opposed it' [¶53].`, []string{"the leaders opposed it"}},
		{`He writes ‘the leaders opposed it’ [¶53].`, []string{"the leaders opposed it"}},
		{`Il écrit « the leaders opposed it » [¶53].`, []string{" the leaders opposed it "}},
		{`Er schreibt „the leaders opposed it“ [¶53].`, []string{"the leaders opposed it"}},
		{`Pisze „the leaders opposed it” [¶53].`, []string{"the leaders opposed it"}},
		{`Er schreibt »the leaders opposed it« [¶53].`, []string{"the leaders opposed it"}},
		{`Er schreibt ‚the leaders opposed it‘ [¶53].`, []string{"the leaders opposed it"}},
		{`Er schreibt ‹the leaders opposed it› [¶53].`, []string{"the leaders opposed it"}},
		{"He writes `the leaders opposed it` [¶53].", []string{"the leaders opposed it"}},
		{"He writes ``the leaders opposed it`` [¶53].", []string{"the leaders opposed it"}},
		{`He writes ""the leaders opposed it"" [¶53].`, []string{"the leaders opposed it"}},
		{`He writes ''the leaders opposed it'' [¶53].`, []string{"the leaders opposed it"}},
		{`He writes ““the leaders opposed it”” [¶53].`, []string{"the leaders opposed it"}},
		// Nested quotes belong to the outer quotation.
		{`He writes “the ‘reform’ was "real" here” [¶53].`, []string{`the ‘reform’ was "real" here`}},
		{`He writes 'the "reform" was real' [¶53].`, []string{`the "reform" was real`}},
		{`He writes « the “reform” was real » [¶53].`, []string{` the “reform” was real `}},
		{"He writes `the 'reform' was real` [¶53].", []string{"the 'reform' was real"}},
		// Two quotations in one sentence.
		{`He calls it 'a reform' and 'a fraud'.`, []string{"a reform", "a fraud"}},
		{`“One,” he says, “two.”`, []string{"One,", "two."}},
	}
	for _, tc := range tests {
		if got := quoted(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestQuotationsAreNotApostrophes(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{`Stalin's power and the others' plans.`, nil},
		{`Stalin’s power and the others’ plans.`, nil},
		{`In the '30s, and the ’40s, it didn't.`, nil},
		{`Rock 'n' roll, 'tis said, and 'em.`, nil},
		{`He writes 'Stalin's power was limited' [¶53].`, []string{"Stalin's power was limited"}},
		{`He writes 'the others' views were ignored' [¶53].`, []string{"the others' views were ignored"}},
		{`He writes 'the others' views were ignored'.`, []string{"the others' views were ignored"}},
		{`'Yes,' said the others' leader.`, []string{"Yes,"}},
		{`He quoted 'power to the Soviets' and left.`, []string{"power to the Soviets"}},
		{`He quoted 'power to the Soviets' and called it 'a slogan'.`, []string{"power to the Soviets", "a slogan"}},
		{`He writes “in the '30s the others' plans failed” [¶53].`, []string{"in the '30s the others' plans failed"}},
		{`The 'Leningrad affair was “a purge of the leaders” [¶53].`, []string{"a purge of the leaders"}},
		{`He writes ‘the leaders’ plan’ [¶53].`, []string{"the leaders’ plan"}},
	}
	for _, tc := range tests {
		if got := quoted(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestQuotationsUnclosed(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"He writes “the leaders opposed it [¶53].\nNext line.", []string{"the leaders opposed it [¶53].…open"}},
		{`He writes "the leaders opposed it [¶53].`, []string{"the leaders opposed it [¶53].…open"}},
		{`He writes 'the leaders opposed it [¶53].`, nil},
		{"He writes `the leaders opposed it [¶53].", nil},
		{`A stray ” closes nothing, nor » here.`, []string{" here.…open"}},
	}
	for _, tc := range tests {
		if got := quoted(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestQuotationsSpans checks the offsets: marks outside Start:End, inside
// From:To, in order and not overlapping.
func TestQuotationsSpans(t *testing.T) {
	text := `A «b» and „c“ and ‚d‘ and “e ‘f’” and 'g'.`
	qs := Quotations(text)
	var marks []string
	for _, q := range qs {
		marks = append(marks, text[q.From:q.Start]+text[q.End:q.To])
	}
	if want := []string{"«»", "„“", "‚‘", "“”", "''"}; !reflect.DeepEqual(marks, want) {
		t.Errorf("marks %q, want %q", marks, want)
	}
	if got := strings.Join(quoted(text), "|"); got != "b|c|d|e ‘f’|g" {
		t.Errorf("quoted %q", got)
	}
}
