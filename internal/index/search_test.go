package index

import (
	"bufio"
	"context"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"testing"

	"studyguide/corpus"
	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
)

// evalQuestions returns the questions of the built-in eval sets.
func evalQuestions(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, name := range []string{"eval.tsv", "eval2.tsv"} {
		data, err := fs.ReadFile(corpus.EvalSets, name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			if q, _, ok := strings.Cut(sc.Text(), "\t"); ok && q != "" && !strings.HasPrefix(q, "#") {
				out = append(out, q)
			}
		}
	}
	return out
}

// chromemQuery asks chromem-go's own QueryEmbedding, which Semantic stands
// in for, and orders its answer as Semantic does.
func chromemQuery(t *testing.T, ix *Index, question string, n int) []Match {
	t.Helper()
	vs, err := ix.Embedder.Embed(context.Background(), []string{question})
	if err != nil {
		t.Fatal(err)
	}
	embed.Normalize(vs[0])
	res, err := ix.Vectors.QueryEmbedding(context.Background(), vs[0], n, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []Match
	for _, r := range res {
		id, _ := strconv.Atoi(r.ID)
		out = append(out, Match{Chunk: id, Score: float64(r.Similarity)})
	}
	sort.Slice(out, func(i, j int) bool { return closer(out[i], out[j]) })
	return out
}

// TestSemanticMatchesChromemQuery checks that Semantic's scan finds what
// chromem-go's QueryEmbedding finds, with the same scores to the bit, on
// the essay and on a corpus large enough to be split between goroutines.
func TestSemanticMatchesChromemQuery(t *testing.T) {
	ctx := context.Background()
	data, err := essaytest.Synthetic(5000)
	if err != nil {
		t.Fatal(err)
	}
	large, err := essay.Load(writeFile(t, string(data)))
	if err != nil {
		t.Fatal(err)
	}
	questions := evalQuestions(t)
	for name, c := range map[string]*essay.Corpus{"essay": essaytest.Embedded(t), "5000 paragraphs": large} {
		ix, err := Build(ctx, c, embed.NewLocal(0), nil)
		if err != nil {
			t.Fatal(err)
		}
		n := min(len(ix.Chunks), 50)
		for _, q := range questions {
			got, err := ix.Semantic(ctx, q, n)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 {
				continue // no features; chromem-go would be given a zero vector
			}
			want := chromemQuery(t, ix, q, n)
			if len(got) != len(want) {
				t.Fatalf("%s, %q: %d matches, chromem-go %d", name, q, len(got), len(want))
			}
			// Chunks tied at the last score may differ: chromem-go keeps
			// whichever it met first, in its map's random order.
			last := want[len(want)-1].Score
			for i := range want {
				if got[i].Score != want[i].Score || (want[i].Score != last && got[i] != want[i]) {
					t.Fatalf("%s, %q: match %d is %+v, chromem-go %+v", name, q, i, got[i], want[i])
				}
			}
		}
	}
}
