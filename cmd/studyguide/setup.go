package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"studyguide/corpus"
	"studyguide/internal/answer"
	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/index"
	"studyguide/internal/retrieve"
)

// Flags shared by several commands. Each command gets its own copies:
// urfave/cli v2 reads a flag only where it is declared.
func corpusFlag() cli.Flag {
	return &cli.StringFlag{
		Name:    "corpus",
		Usage:   "read `PATH` (a UTF-8 text file, or a folder of them) instead of the built-in essay",
		EnvVars: []string{"STUDYGUIDE_CORPUS"},
	}
}

func indexDirFlag() cli.Flag {
	return &cli.StringFlag{
		Name:        "index-dir",
		Usage:       "keep the search index in `DIR`",
		EnvVars:     []string{"STUDYGUIDE_INDEX_DIR"},
		DefaultText: defaultIndexDir(),
	}
}

func topKFlag() cli.Flag {
	return &cli.IntFlag{
		Name:    "k",
		Usage:   "retrieve the `N` best passages",
		Value:   4,
		EnvVars: []string{"STUDYGUIDE_K"},
	}
}

func jsonFlag(usage string) cli.Flag {
	return &cli.BoolFlag{Name: "json", Usage: usage}
}

// defaultIndexDir is the user's cache folder, or the temporary folder when
// the user has none (no $HOME).
func defaultIndexDir() string {
	if dir, err := os.UserCacheDir(); err == nil {
		return filepath.Join(dir, "studyguide")
	}
	return filepath.Join(os.TempDir(), "studyguide-cache")
}

// loadCorpus returns the corpus named by --corpus, or the built-in essay,
// with the name its index is saved under.
func loadCorpus(c *cli.Context) (*essay.Corpus, string, error) {
	path := c.String("corpus")
	if path == "" {
		corp, err := essay.Embedded()
		return corp, corpus.Name, err
	}
	corp, err := essay.Load(path)
	if err != nil {
		return nil, "", err
	}
	return corp, indexName(path), nil
}

// indexName names the saved index of a corpus read from path: its base name
// for people, and a hash of its absolute path so that two corpora with the
// same base name do not share a file.
func indexName(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	sum := sha256.Sum256([]byte(abs))
	base := strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
	return base + "-" + hex.EncodeToString(sum[:4])
}

// session is everything a command needs to search and answer.
type session struct {
	corpus    *essay.Corpus
	index     *index.Index
	report    index.Report
	retriever *retrieve.Retriever
	asker     *answer.Asker
	// llm is the language model's generator in LLM mode, nil offline;
	// the asker uses it, and chat rewrites follow-up questions with it.
	llm *generate.LLM
}

// openSession loads the corpus, opens or builds its index with the
// embedder the flags name, and picks the generator: a language model in
// LLM mode, else the offline extractive one.
//
//   - force: rebuild the index even if a saved one is current.
func openSession(c *cli.Context, force bool) (*session, error) {
	corp, name, err := loadCorpus(c)
	if err != nil {
		return nil, err
	}
	gen, model, err := newGenerator(c, corp)
	if err != nil {
		return nil, err
	}
	emb, err := newEmbedder(c)
	if err != nil {
		return nil, err
	}
	dir := c.String("index-dir")
	if dir == "" {
		dir = defaultIndexDir()
	}
	ix, rep, err := index.Open(c.Context, corp, emb, index.Options{
		Dir: dir, Name: name, Force: force, Notice: c.App.ErrWriter, Progress: progressFor(c),
	})
	if err != nil {
		return nil, err
	}
	r := &retrieve.Retriever{Corpus: corp, Index: ix}
	return &session{
		corpus: corp, index: ix, report: rep, retriever: r, llm: model,
		asker: &answer.Asker{Corpus: corp, Retriever: r, Generator: gen},
	}, nil
}
