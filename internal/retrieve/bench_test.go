package retrieve

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/index"
	"studyguide/internal/terms"
)

// BenchmarkRetrieve answers one question, both rankings and the abstention
// test, on the essay and on synthetic corpora of 10,000 and 50,000
// paragraphs made of its sentences.
func BenchmarkRetrieve(b *testing.B) {
	for _, n := range []int{0, 10000, 50000} {
		name := "essay"
		if n > 0 {
			name = strconv.Itoa(n)
		}
		b.Run(name, func(b *testing.B) {
			c, ix := benchIndex(b, n)
			r := &Retriever{Corpus: c, Index: ix}
			for b.Loop() {
				if _, err := r.Retrieve(context.Background(), "Was Stalin an all-powerful dictator?", 4); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRetrieveFirst answers the first question a fresh retriever is
// asked, as each `ask` process does: what BenchmarkRetrieve spreads over
// its loop, the tables a retriever builds on first use (the relation
// test's sentence index), is paid here every time.
func BenchmarkRetrieveFirst(b *testing.B) {
	for _, n := range []int{0, 10000, 50000} {
		name := "essay"
		if n > 0 {
			name = strconv.Itoa(n)
		}
		b.Run(name, func(b *testing.B) {
			c, ix := benchIndex(b, n)
			for b.Loop() {
				r := &Retriever{Corpus: c, Index: ix}
				if _, err := r.Retrieve(context.Background(), "Was Stalin an all-powerful dictator?", 4); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTextNames builds a fresh retriever's table of the names the
// corpus gives (see textNames), as the first question of each `ask`
// process that reads it does.
func BenchmarkTextNames(b *testing.B) {
	c, ix := benchIndex(b, 0)
	for b.Loop() {
		r := &Retriever{Corpus: c, Index: ix}
		if len(r.textNames()) == 0 {
			b.Fatal("no names")
		}
	}
}

// benchIndex returns the corpus of n paragraphs (the essay for 0) and its
// index, built in memory with the local embedder.
func benchIndex(b *testing.B, n int) (*essay.Corpus, *index.Index) {
	b.Helper()
	c := benchCorpus(b, n)
	ix, err := index.Build(context.Background(), c, embed.NewLocal(0), nil)
	if err != nil {
		b.Fatal(err)
	}
	return c, ix
}

func benchCorpus(b *testing.B, n int) *essay.Corpus {
	b.Helper()
	if n == 0 {
		c := essaytest.Embedded(b)
		return c
	}
	data, err := essaytest.Synthetic(n)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "synthetic.txt")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	c, err := essay.Load(path)
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkIdiomsFirst finds the idioms of a process's first question,
// the table read afresh each time (its words' stems stay cached, as they
// do not in a new process, so that this counts less than a process pays).
func BenchmarkIdiomsFirst(b *testing.B) {
	words := terms.Words("Who called the shots when the Party went bad?")
	has := func(string) bool { return true }
	for b.Loop() {
		idiomTable = idiomIndex{}
		if len(idiomsIn(words, has)) != 2 {
			b.Fatal("want two idioms")
		}
	}
}

// BenchmarkRespellFirst answers a fresh retriever's first question with
// a misspelt word, as each `ask` process does, on the essay and on a
// corpus of every real text in the essay package's testdata, read as
// one folder (some 1.5 MB of English of many kinds): the speller reads
// every two- and three-word run holding the slip as a word split apart,
// and its tables of the corpus's words are built on this first use.
func BenchmarkRespellFirst(b *testing.B) {
	for _, name := range []string{"essay", "texts"} {
		b.Run(name, func(b *testing.B) {
			c := essaytest.Embedded(b)
			if name == "texts" {
				c = realTexts(b)
			}
			ix, err := index.Build(context.Background(), c, embed.NewLocal(0), nil)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				r := &Retriever{Corpus: c, Index: ix}
				if _, err := r.Retrieve(context.Background(), "what did the goverment do about the priviliges of the party leaders", 4); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// realTexts reads every real text of the essay package's testdata as
// one corpus, a folder of them.
func realTexts(b *testing.B) *essay.Corpus {
	b.Helper()
	src := filepath.Join("..", "essay", "testdata", "texts")
	entries, err := os.ReadDir(src)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	for _, e := range entries {
		if e.Name() == "README.md" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	c, err := essay.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// askedOfTexts are questions of the kinds that read the whole corpus
// for each question on a large one: a phrase quoted in double quotes
// and one in single quotes (the passages holding it), and a name the
// text spells another way (the names sounding as it).
var askedOfTexts = []string{
	`What does he mean by "that government is best which governs least"?`,
	`what does 'the spirit of the age' mean here?`,
	"What did Tolstoj think of Napoleon's generals?",
}

// BenchmarkAskTexts asks askedOfTexts of the corpus of every real text
// of the essay package's testdata (see realTexts): "first" with a fresh
// retriever each time, as each `ask` process does, paying for the tables
// a retriever builds on first use; "again" with one retriever, as chat
// and eval do, paying only what each question reads.
func BenchmarkAskTexts(b *testing.B) {
	c := realTexts(b)
	ix, err := index.Build(context.Background(), c, embed.NewLocal(0), nil)
	if err != nil {
		b.Fatal(err)
	}
	ask := func(r *Retriever) {
		for _, q := range askedOfTexts {
			if _, err := r.Retrieve(context.Background(), q, 4); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("first", func(b *testing.B) {
		for b.Loop() {
			ask(&Retriever{Corpus: c, Index: ix})
		}
	})
	b.Run("again", func(b *testing.B) {
		r := &Retriever{Corpus: c, Index: ix}
		ask(r)
		for b.Loop() {
			ask(r)
		}
	})
}

// BenchmarkParts answers a question of three parts and one of one on
// the same subject with one retriever, as chat and eval do: what the
// three-part question costs beyond the other is what ranking each part
// for its own first passage (see Search.partHits) adds to every ask.
func BenchmarkParts(b *testing.B) {
	asked := []struct {
		name, question string
		parts          int
	}{
		{"one", "Which footnote records Khrushchev blaming Beria for the Doctors' Plot?", 1},
		{"three", "Which footnote records Khrushchev blaming Beria for the Doctors' Plot, which records the author's own work on Khrushchev's lies, and which records Khrushchev changing his story about Beria's death?", 3},
	}
	c, ix := benchIndex(b, 0)
	for _, a := range asked {
		b.Run(a.name, func(b *testing.B) {
			r := &Retriever{Corpus: c, Index: ix}
			res, err := r.Retrieve(context.Background(), a.question, 4)
			if err != nil {
				b.Fatal(err)
			}
			if len(res.Query.Parts) != a.parts || a.parts > 1 && len(res.PartHits) != a.parts {
				b.Fatalf("%q: %d parts, %d ranked; want %d", a.question, len(res.Query.Parts), len(res.PartHits), a.parts)
			}
			for b.Loop() {
				if _, err := r.Retrieve(context.Background(), a.question, 4); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAnalyse reads a question into a Query and writes the text the
// vectors embed for it, as Prepare does before it searches, with one
// retriever, as chat and eval do: "aside" holds the asker's asides that
// clauseAsides tells, "plain" none.
func BenchmarkAnalyse(b *testing.B) {
	asked := []struct{ name, question string }{
		{"plain", "Was Stalin an all-powerful dictator?"},
		{"aside", "I seem to remember from my school days that Beria was shot. My grandfather was taken, and I'd like to read more. Was he tried first?"},
	}
	c, ix := benchIndex(b, 0)
	for _, a := range asked {
		b.Run(a.name, func(b *testing.B) {
			r := &Retriever{Corpus: c, Index: ix}
			if _, err := r.Analyse(a.question); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				q, err := r.Analyse(a.question)
				if err != nil {
					b.Fatal(err)
				}
				if q.semanticText() == "" {
					b.Fatal("no text to embed")
				}
			}
		})
	}
}
