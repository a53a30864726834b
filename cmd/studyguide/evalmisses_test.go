package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestEvalAnswerMisses checks that plain eval lists, after the retrieval
// misses, exactly the answered questions whose answer quotes a passage
// that does not answer them or leaves a part without its passage, as
// read back from the same set's --json outcomes.
func TestEvalAnswerMisses(t *testing.T) {
	set, _ := filepath.Abs(filepath.Join("..", "..", "corpus", "eval12.tsv"))
	code, out, errOut := runCLI(t, "eval", set)
	if code != exitOK {
		t.Fatalf("eval: exit %d: %s", code, errOut)
	}
	head := "answers quote a wrong passage or miss a part:"
	at := strings.Index(out, head)
	if at < 0 || at < strings.Index(out, "not answered from the right passage first") {
		t.Fatalf("no answer misses after the retrieval misses:\n%s", out)
	}
	var listed []int
	for _, l := range strings.Split(out[at:], "\n") {
		if n, ok := strings.CutPrefix(l, "  line "); ok {
			num, _ := strconv.Atoi(n[:strings.Index(n, ":")])
			listed = append(listed, num)
		}
	}
	if want := answerMisses(t, set); !slices.Equal(listed, want) {
		t.Errorf("answer misses listed at lines %v; the --json outcomes have them at %v", listed, want)
	}
	if !strings.Contains(out[at:], "part 1 missed") || !strings.Contains(out[at:], "from a wrong passage)") {
		t.Errorf("answer misses say neither a part missed nor a wrong passage:\n%s", out[at:])
	}
}

// answerMisses reads the lines of set's answer misses from eval --json.
func answerMisses(t *testing.T, set string) []int {
	t.Helper()
	code, out, errOut := runCLI(t, "eval", "--json", set)
	if code != exitOK {
		t.Fatalf("eval --json: exit %d: %s", code, errOut)
	}
	var rows []evalReportJSON
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	parts := setParts(t, set)
	var lines []int
	for _, o := range rows[0].Questions {
		if len(o.Want) == 0 || o.Abstained {
			continue
		}
		wrong := slices.ContainsFunc(o.Quoted, func(r string) bool { return !slices.Contains(o.Want, r) })
		missed := false
		for _, p := range parts[o.Line] {
			missed = missed || len(parts[o.Line]) > 1 && len(p) > 0 &&
				!slices.ContainsFunc(p, func(r string) bool { return slices.Contains(o.Quoted, r) })
		}
		if wrong || missed {
			lines = append(lines, o.Line)
		}
	}
	return lines
}

// setParts reads each question's refs part by part, by line.
func setParts(t *testing.T, set string) map[int][][]string {
	t.Helper()
	data, err := os.ReadFile(set)
	if err != nil {
		t.Fatal(err)
	}
	parts := map[int][][]string{}
	for i, l := range strings.Split(string(data), "\n") {
		_, refs, ok := strings.Cut(l, "\t")
		if !ok || strings.HasPrefix(l, "#") {
			continue
		}
		for _, p := range strings.Split(refs, "|") {
			var got []string
			for _, r := range strings.Split(p, ",") {
				if r = strings.TrimSpace(r); r != "" && r != "-" {
					got = append(got, r)
				}
			}
			parts[i+1] = append(parts[i+1], got)
		}
	}
	return parts
}
