package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/index"
)

// TestProgressBarStartsWithTheWork indexes a corpus large enough for a
// progress bar and checks every rate it draws against the build's own
// average: a frame showing a few chunks over no time at all ("8575640
// chunks/s") is far above it.
func TestProgressBarStartsWithTheWork(t *testing.T) {
	skipUnderRace(t)
	data, err := essaytest.Synthetic(1500)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "reader.txt")
	writeFile(t, path, string(data))
	c, err := essay.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	start := time.Now()
	ix, err := index.Build(context.Background(), c, embed.NewLocal(0), progressBar(&out))
	if err != nil {
		t.Fatal(err)
	}
	average := float64(len(ix.Chunks)) / time.Since(start).Seconds()
	if len(ix.Chunks) < minProgressChunks {
		t.Fatalf("%d chunks: too few for a bar", len(ix.Chunks))
	}
	// The bar writes its rate per second, minute or hour, whichever
	// reads best: a build quick enough to draw only its first frames
	// shows "0 chunks/hr", and every unit is checked.
	rates := regexp.MustCompile(`(\d+(?:\.\d+)?) chunks/(s|min|hr)\b`).FindAllStringSubmatch(out.String(), -1)
	if len(rates) == 0 {
		t.Fatalf("no rate drawn: %q", out.String())
	}
	perSecond := map[string]float64{"s": 1, "min": 60, "hr": 3600}
	for _, r := range rates {
		n, _ := strconv.ParseFloat(r[1], 64)
		if n /= perSecond[r[2]]; n > 10*average {
			t.Errorf("a frame shows %.0f chunks/s; the build averaged %.0f", n, average)
		}
	}
}
