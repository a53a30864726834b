package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// determinismQuestions are asked in one chat per process: in scope and
// off topic, follow-ups, a misspelling, and questions whose passages
// score alike, where a tie broken by map order would show.
var determinismQuestions = []string{
	"Was Stalin an all-powerful dictator?",
	"Who stopped him?",
	"Why?",
	"What privileges did Party members get?",
	"What does the author say about the nomenklatura?",
	"Where can I read Stalin condemning the cult?",
	"What sources does the author rely on?",
	"was stalin realy all powerfull?",
	"What did Molotov worry about?",
	"What is inner-party democracy?",
	"Would the 1936 Constitution have worked?",
	"elections",
	"party",
	"Who won the 2018 World Cup?",
	"/sources",
}

// TestDeterministicAcrossProcesses runs the same chat and the same guide
// in several separate processes and requires every output to be the same
// byte for byte. Go randomizes map order per process and per map, so a
// tie broken by the order of a map shows here as outputs that differ,
// where two runs in one process may happen to agree.
func TestDeterministicAcrossProcesses(t *testing.T) {
	skipUnderRace(t)
	bin := studyguideBinary(t)
	dir := t.TempDir()
	env := append(os.Environ(), "STUDYGUIDE_INDEX_DIR="+filepath.Join(dir, "index"), "STUDYGUIDE_CORPUS=",
		"OPENAI_API_KEY=", "OPENAI_BASE_URL=", "STUDYGUIDE_FROM=", "STUDYGUIDE_FORMAT=")
	runs := map[string][]string{
		"chat":  {"chat"},
		"guide": {"guide", "--from", "all", "--format", "json"},
		"ask":   {"ask", "--json", "-k", "8", "What did the Party leaders do about the elections?"},
	}
	stdin := strings.Join(determinismQuestions, "\n") + "\n"
	// The first run builds the index; the others load it, two at a time.
	runOnce(t, bin, env, runs["ask"], stdin)
	const processes = 6
	outputs := map[string][]string{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for name, args := range runs {
		for range processes {
			wg.Go(func() {
				sem <- struct{}{}
				out := runOnce(t, bin, env, args, stdin)
				<-sem
				mu.Lock()
				outputs[name] = append(outputs[name], out)
				mu.Unlock()
			})
		}
	}
	wg.Wait()
	for name, outs := range outputs {
		for i, out := range outs[1:] {
			if out != outs[0] {
				t.Errorf("%s: two processes differ (1 and %d):\n%s", name, i+2, firstDifference(outs[0], out))
			}
		}
	}
}

func runOnce(t *testing.T, bin string, env, args []string, stdin string) string {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Errorf("%v: %v: %s", args, err, stderr.String())
	}
	return stdout.String()
}

// firstDifference shows the first line where two outputs part.
func firstDifference(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n  %s\n  %s", i+1, al[i], bl[i])
		}
	}
	return "one output is longer"
}
