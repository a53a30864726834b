package index

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

func TestChunksKeepEveryPassage(t *testing.T) {
	c := essaytest.Embedded(t)
	chunks := Chunks(c)
	seen := map[essay.Ref]bool{}
	for _, ch := range chunks {
		seen[ch.Ref] = true
		p, _ := c.Passage(ch.Ref)
		if !strings.Contains(p.Text(), ch.Text[:min(len(ch.Text), 40)]) {
			t.Errorf("chunk of %s is not from it: %q", ch.Ref, ch.Text)
		}
	}
	if len(seen) != len(c.Passages) {
		t.Errorf("%d of %d passages have chunks", len(seen), len(c.Passages))
	}
}

func TestOpenBuildsThenReuses(t *testing.T) {
	ctx := context.Background()
	c := essaytest.Embedded(t)
	dir := t.TempDir()
	var notices bytes.Buffer
	opt := Options{Dir: dir, Name: "essay", Notice: &notices}
	first, rep, err := Open(ctx, c, embed.NewLocal(0), opt)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Built || !rep.Saved || !strings.Contains(notices.String(), "no saved index yet") {
		t.Fatalf("first open: %+v, notices %q", rep, notices.String())
	}
	notices.Reset()
	second, rep, err := Open(ctx, c, embed.NewLocal(0), opt)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Built || !rep.Loaded || notices.Len() != 0 {
		t.Fatalf("second open rebuilt: %+v, notices %q", rep, notices.String())
	}
	q := "Was Stalin an all-powerful dictator?"
	a, _ := first.Semantic(ctx, q, 5)
	b, _ := second.Semantic(ctx, q, 5)
	if !reflect.DeepEqual(a, b) || len(a) != 5 {
		t.Errorf("loaded index answers differently:\n%v\n%v", a, b)
	}
	if !reflect.DeepEqual(first.Lexical(terms.Stems(q), nil, 5), second.Lexical(terms.Stems(q), nil, 5)) {
		t.Error("loaded BM25 answers differently")
	}
}

func TestOpenRebuildsDamagedIndex(t *testing.T) {
	ctx := context.Background()
	c := essaytest.Embedded(t)
	for name, damage := range map[string]func(path string){
		"truncated": func(p string) {
			data, _ := os.ReadFile(p)
			os.WriteFile(p, data[:len(data)/2], 0o644)
		},
		"flipped byte": func(p string) {
			data, _ := os.ReadFile(p)
			data[len(data)/3] ^= 0xff
			os.WriteFile(p, data, 0o644)
		},
		"empty":   func(p string) { os.WriteFile(p, nil, 0o644) },
		"deleted": func(p string) { os.Remove(p) },
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			opt := Options{Dir: dir, Name: "essay"}
			_, rep, err := Open(ctx, c, embed.NewLocal(0), opt)
			if err != nil {
				t.Fatal(err)
			}
			damage(rep.Path)
			var notices bytes.Buffer
			opt.Notice = &notices
			ix, rep, err := Open(ctx, c, embed.NewLocal(0), opt)
			if err != nil || ix == nil {
				t.Fatalf("damaged index gave an error: %v", err)
			}
			if !rep.Built || !rep.Saved || !strings.Contains(notices.String(), "building the search index") {
				t.Errorf("report %+v, notices %q", rep, notices.String())
			}
			if _, rep, _ = Open(ctx, c, embed.NewLocal(0), Options{Dir: dir, Name: "essay"}); !rep.Loaded {
				t.Error("the rebuilt index was not saved for the next run")
			}
		})
	}
}

func TestOpenRebuildsWhenCorpusChanges(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	src := filepath.Join(dir, "text.txt")
	os.WriteFile(src, []byte("1. Stalin was stymied.\n\n2. The party grew.\n"), 0o644)
	c1, _ := essay.Load(src)
	opt := Options{Dir: dir, Name: "text"}
	if _, _, err := Open(ctx, c1, embed.NewLocal(0), opt); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(src, []byte("1. Stalin was stymied.\n\n2. The party shrank.\n"), 0o644)
	c2, _ := essay.Load(src)
	var notices bytes.Buffer
	opt.Notice = &notices
	_, rep, err := Open(ctx, c2, embed.NewLocal(0), opt)
	if err != nil || !rep.Built || !strings.Contains(notices.String(), "or the embedder changed") {
		t.Errorf("rep %+v, err %v, notices %q", rep, err, notices.String())
	}
}

func TestOpenKeepsWorkingWhenDirIsUnwritable(t *testing.T) {
	// A file where the folder should be fails for every user, root included.
	dir := writeFile(t, "not a folder")
	var notices bytes.Buffer
	ix, rep, err := Open(context.Background(), essaytest.Embedded(t), embed.NewLocal(0), Options{Dir: dir, Name: "essay", Notice: &notices})
	if err != nil || ix == nil || rep.Saved || !strings.Contains(notices.String(), "could not save") {
		t.Errorf("rep %+v err %v notices %q", rep, err, notices.String())
	}
}

func TestSemanticClampsToCollectionSize(t *testing.T) {
	ctx := context.Background()
	c, _ := essay.Load(writeFile(t, "1. One passage about Stalin.\n"))
	ix, err := Build(ctx, c, embed.NewLocal(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ix.Semantic(ctx, "Stalin", 10)
	if err != nil || len(got) != 1 {
		t.Errorf("Semantic(k=10) on one chunk = %v, %v", got, err)
	}
	if got, err := ix.Semantic(ctx, "?!", 10); err != nil || len(got) != 0 {
		t.Errorf("a query without words should find nothing: %v, %v", got, err)
	}
}

func writeFile(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "c.txt")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestOpenRemovesLeftoversOfKilledBuilds(t *testing.T) {
	dir := t.TempDir()
	_, rep, err := Open(context.Background(), essaytest.Embedded(t), embed.NewLocal(0), Options{Dir: dir, Name: "essay", Force: true})
	if err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(dir, "."+filepath.Base(rep.Path)+".tmp-")
	old, fresh := base+"111", base+"222"
	for _, p := range []string{old, fresh} {
		if err := os.WriteFile(p, []byte("half an index"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	stale := time.Now().Add(-2 * time.Hour)
	os.Chtimes(old, stale, stale)
	if _, _, err := Open(context.Background(), essaytest.Embedded(t), embed.NewLocal(0), Options{Dir: dir, Name: "essay", Force: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Error("a temporary file left hours ago by a killed build is still there")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("a temporary file another build may still be writing was removed")
	}
}

// TestKeyFollowsWhatShapesTheIndex: the same text split otherwise (as a
// changed parser or splitter would), a block cut otherwise, or another
// embedder, each gives another key; the same inputs give the same key.
func TestKeyFollowsWhatShapesTheIndex(t *testing.T) {
	e := embed.NewLocal(0)
	base := Key(essaytest.Embedded(t), e)
	if again := Key(essaytest.Embedded(t), embed.NewLocal(0)); again != base {
		t.Fatalf("the same corpus and embedder gave two keys: %s, %s", base, again)
	}
	// Two sentences read as one, the text unchanged.
	c := essaytest.Embedded(t)
	p := c.Passages[4]
	s0, s1 := p.Sentences[0], p.Sentences[1]
	p.Sentences = append([]essay.Sentence{{Text: s0.Text + " " + s1.Text, Block: s0.Block}}, p.Sentences[2:]...)
	if Key(c, e) == base {
		t.Error("a changed sentence split left the key as it was")
	}
	// One sentence's words normalized otherwise.
	c = essaytest.Embedded(t)
	c.Passages[0].Sentences[0].Text += " "
	if Key(c, e) == base {
		t.Error("a changed sentence text left the key as it was")
	}
	if Key(essaytest.Embedded(t), embed.NewLocal(512)) == base {
		t.Error("another embedder left the key as it was")
	}
}

// TestProgressStartsAtZero: Build reports 0 done before it embeds, so a
// progress bar's clock starts with the work, then each batch, up to all.
func TestProgressStartsAtZero(t *testing.T) {
	var calls [][2]int
	ix, err := Build(context.Background(), essaytest.Embedded(t), embed.NewLocal(0), func(done, total int) {
		calls = append(calls, [2]int{done, total})
	})
	if err != nil {
		t.Fatal(err)
	}
	n := len(ix.Chunks)
	if len(calls) < 2 || calls[0] != [2]int{0, n} || calls[len(calls)-1] != [2]int{n, n} {
		t.Errorf("progress calls %v, want 0 of %d first and %d of %d last", calls, n, n, n)
	}
}

// TestNoticeComesBeforeTheBuild: the notice that says why the index is
// built comes before the build's progress, not after it.
func TestNoticeComesBeforeTheBuild(t *testing.T) {
	var notices strings.Builder
	seen := ""
	_, _, err := Open(context.Background(), essaytest.Embedded(t), embed.NewLocal(0), Options{
		Dir: t.TempDir(), Name: "essay", Notice: &notices,
		Progress: func(done, total int) {
			if done == 0 {
				seen = notices.String()
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen != "building the search index: no saved index yet\n" {
		t.Errorf("when the build began, the notices were %q", seen)
	}
}

// TestEstimateMatchesTheSavedIndex: Estimate, which bounds an index
// before it is built, is within a fifth of the size of the file Save
// writes.
func TestEstimateMatchesTheSavedIndex(t *testing.T) {
	c, err := essay.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	e := embed.NewLocal(0)
	est, chunks, _ := Estimate(c, e)
	ix, err := Build(context.Background(), c, e, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "essay.sgi")
	if err := ix.Save(path); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if ratio := float64(est) / float64(info.Size()); ratio < 0.8 || ratio > 1.25 || chunks != len(ix.Chunks) {
		t.Errorf("estimate %d bytes, %d chunks; saved %d bytes, %d chunks", est, chunks, info.Size(), len(ix.Chunks))
	}
}

// TestCheckGuardsTheVectors runs check's guards one by one: an embedder
// that returns too few vectors, vectors of two dimensions, one of no
// dimension, or one that is not finite is refused; a zero vector (a chunk
// with no words) becomes a constant one; every vector comes out of unit
// length.
func TestCheckGuardsTheVectors(t *testing.T) {
	ix := &Index{Chunks: make([]Chunk, 3)}
	nan := float32(math.NaN())
	for name, vs := range map[string][][]float32{
		"too few":      {{1, 0}, {0, 1}},
		"too many":     {{1, 0}, {0, 1}, {1, 1}, {1, 1}},
		"none":         {},
		"two sizes":    {{1, 0}, {0, 1, 0}, {1, 1}},
		"no dimension": {{}, {}, {}},
		"not finite":   {{1, 0}, {nan, 1}, {1, 1}},
		"infinite":     {{1, 0}, {0, 1}, {float32(math.Inf(1)), 1}},
	} {
		if err := ix.check(vs); err == nil {
			t.Errorf("%s: vectors accepted", name)
		}
	}
	vs := [][]float32{{3, 4}, {0, 0}, {0, 2}}
	if err := ix.check(vs); err != nil {
		t.Fatal(err)
	}
	want := [][]float32{{0.6, 0.8}, {float32(1 / math.Sqrt2), float32(1 / math.Sqrt2)}, {0, 1}}
	for i, v := range vs {
		for d := range v {
			if math.Abs(float64(v[d]-want[i][d])) > 1e-6 {
				t.Errorf("vector %d = %v, want %v", i, v, want[i])
				break
			}
		}
	}
	if ix.Dim != 2 {
		t.Errorf("Dim = %d, want 2", ix.Dim)
	}
}

// TestConceptStemsFindTheCorpusWords checks that the concept table lists
// the corpus's stems under the concepts they stand for: "expert" under
// its commonest sense, found by that concept's ID.
func TestConceptStemsFindTheCorpusWords(t *testing.T) {
	ix, _ := savedIndex(t, "essay")
	cs := thesaurus.Concepts("expert")
	if len(cs) == 0 {
		t.Fatal("the thesaurus knows no concept of expert")
	}
	var got []string
	ix.ConceptStems(cs[0].ID, func(stem string, weight float64) {
		if weight < float64(MinConceptNinths)/9 || weight > 1 {
			t.Errorf("%s at weight %g", stem, weight)
		}
		got = append(got, stem)
	})
	if !slices.Contains(got, "expert") {
		t.Errorf("stems of expert's commonest sense = %v, want expert among them", got)
	}
	ix.ConceptStems(-1, func(stem string, _ float64) { t.Errorf("concept -1 holds %s", stem) })
}
