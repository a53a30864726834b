package memo

import (
	"sync"
	"testing"
)

// TestGetComputesOnceAndStopsKeepingAtMax checks that a key is computed
// once while the memo has room, and every time once it is full.
func TestGetComputesOnceAndStopsKeepingAtMax(t *testing.T) {
	calls := map[string]int{}
	count := func(k string) int { calls[k]++; return len(k) }
	m := Memo[string, int]{Max: 2}
	for _, k := range []string{"a", "bb", "a", "bb", "ccc", "ccc"} {
		if got := m.Get(k, count); got != len(k) {
			t.Fatalf("Get(%q) = %d, want %d", k, got, len(k))
		}
	}
	want := map[string]int{"a": 1, "bb": 1, "ccc": 2}
	for k, n := range want {
		if calls[k] != n {
			t.Errorf("%q computed %d times, want %d", k, calls[k], n)
		}
	}
}

// TestGetIsSafeForConcurrentUse runs Get from several goroutines; the
// race detector (make race) checks it.
func TestGetIsSafeForConcurrentUse(t *testing.T) {
	m := Memo[int, int]{Max: 64}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				if got := m.Get(i%80, func(k int) int { return k * 2 }); got != (i%80)*2 {
					t.Errorf("goroutine %d: Get(%d) = %d", g, i%80, got)
				}
			}
		}()
	}
	wg.Wait()
}
