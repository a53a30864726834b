package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkAsk runs `studyguide ask` in-process with the index already
// saved: everything a cached run does except starting the process.
func BenchmarkAsk(b *testing.B) {
	b.Setenv("STUDYGUIDE_INDEX_DIR", b.TempDir())
	args := []string{"studyguide", "ask", "Was Stalin an all-powerful dictator?"}
	if code := run(args, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
		b.Fatalf("exit %d", code)
	}
	b.ResetTimer()
	for b.Loop() {
		if code := run(args, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkAskProcess runs `studyguide ask` as a process of its own, built
// as `make build` builds it, with the index saved: what a user waits for,
// which BenchmarkAsk's later runs do not pay in full (the runtime's and
// packages' start-up, and what a process reads or builds on its first
// question: the idiom table, the index key's probes, the thesaurus pages).
// It reports the processes' CPU time (user and system) beside the wall
// time, as cpu-ms/op: on a busy machine the wall time mostly measures
// the other jobs. README's target for it: 30 ms.
func BenchmarkAskProcess(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "studyguide")
	build(b, goCommand(b), bin, "-tags", "urfave_cli_no_docs")
	env := append(os.Environ(), "STUDYGUIDE_INDEX_DIR="+filepath.Join(dir, "index"), "OPENAI_API_KEY=", "OPENAI_BASE_URL=")
	ask := func() time.Duration {
		cmd := exec.Command(bin, "ask", "Was Stalin an all-powerful dictator?")
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("ask: %v\n%s", err, out)
		}
		return cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	ask() // saves the index
	var cpu time.Duration
	b.ResetTimer()
	for b.Loop() {
		cpu += ask()
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
