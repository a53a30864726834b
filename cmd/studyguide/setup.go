package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"studyguide/corpus"
	"studyguide/internal/answer"
	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/index"
	"studyguide/internal/retrieve"
)

// command is a CLI command with the options its flags fill. Nothing reads
// a flag by name: each flag writes into a field of options (its
// Destination), and the command's code reads only that value, so it
// cannot read a flag it does not declare. TestOptionsAreDeclaredFlags
// checks that every field is some declared flag's destination.
type command struct {
	*cli.Command
	// options points at the command's options value.
	options any
}

// Flags shared by several commands. Each command gets its own copies,
// bound to its own options: urfave/cli v2 reads a flag only where it is
// declared.

func corpusFlag(dest *string) cli.Flag {
	return &cli.StringFlag{
		Name:        "corpus",
		Usage:       "read `PATH` (a UTF-8 text or Markdown file, or a folder of them, at most 128 MB in all: $STUDYGUIDE_MAX_CORPUS_MB raises it) instead of the built-in essay",
		EnvVars:     []string{"STUDYGUIDE_CORPUS"},
		Destination: dest,
	}
}

func indexDirFlag(dest *string) cli.Flag {
	return &cli.StringFlag{
		Name:        "index-dir",
		Usage:       "keep the search index in `DIR`",
		EnvVars:     []string{"STUDYGUIDE_INDEX_DIR"},
		DefaultText: defaultIndexDir(),
		Destination: dest,
	}
}

func maxIndexRatioFlag(dest *int) cli.Flag {
	return &cli.IntFlag{
		Name:        "max-index-ratio",
		Usage:       "build a search index of at most `N` bytes for each byte of the corpus's text (a corpus of very short paragraphs needs more)",
		Value:       index.DefaultMaxRatio,
		EnvVars:     []string{"STUDYGUIDE_MAX_INDEX_RATIO"},
		Destination: dest,
	}
}

func topKFlag(dest *int) cli.Flag {
	return &cli.IntFlag{
		Name:        "k",
		Usage:       "retrieve the `N` best passages",
		Value:       answer.DefaultK,
		EnvVars:     []string{"STUDYGUIDE_K"},
		Destination: dest,
	}
}

func jsonFlag(dest *bool, usage string) cli.Flag {
	return &cli.BoolFlag{Name: "json", Usage: usage, Destination: dest}
}

// searchOptions are the flags of a command that searches the corpus:
// which corpus, where its index is kept, how passages are embedded and
// how the API is reached.
type searchOptions struct {
	corpus   string
	indexDir string
	// maxIndexRatio bounds the index, in bytes a byte of corpus text.
	maxIndexRatio int
	api           apiOptions
	embed         embedOptions
}

// flags declares the options' flags: the corpus's, the API's, then extra
// (a model's settings, listed with the API's), then the embedder's.
func (o *searchOptions) flags(extra ...cli.Flag) []cli.Flag {
	flags := []cli.Flag{corpusFlag(&o.corpus), indexDirFlag(&o.indexDir), maxIndexRatioFlag(&o.maxIndexRatio)}
	flags = append(flags, o.api.flags()...)
	flags = append(flags, extra...)
	return append(flags, o.embed.flags()...)
}

// answerOptions are the flags of a command that answers or writes with a
// model in LLM mode: searchOptions and the model's settings.
type answerOptions struct {
	search searchOptions
	model  modelOptions
}

func (o *answerOptions) flags() []cli.Flag {
	return o.search.flags(o.model.flags()...)
}

// defaultIndexDir is the user's cache folder, or the temporary folder when
// the user has none (no $HOME).
func defaultIndexDir() string {
	if dir, err := os.UserCacheDir(); err == nil {
		return filepath.Join(dir, "studyguide")
	}
	return filepath.Join(os.TempDir(), "studyguide-cache")
}

// loadCorpus returns the corpus at path, or the built-in essay when path
// is empty, with the name its index is saved under.
func loadCorpus(path string) (*essay.Corpus, string, error) {
	if path == "" {
		corp, err := essay.Embedded()
		return corp, corpus.Name, err
	}
	limit, err := maxCorpus()
	if err != nil {
		return nil, "", err
	}
	corp, err := essay.LoadLimit(path, limit)
	if err != nil {
		return nil, "", err
	}
	return corp, indexName(path), nil
}

// maxCorpus reads the bound on a corpus's total size from
// $STUDYGUIDE_MAX_CORPUS_MB, in megabytes.
func maxCorpus() (int64, error) {
	v := strings.TrimSpace(os.Getenv("STUDYGUIDE_MAX_CORPUS_MB"))
	if v == "" {
		return essay.DefaultMaxCorpus, nil
	}
	mb, err := strconv.ParseInt(v, 10, 64)
	if err != nil || mb < 1 || mb > 1<<20 {
		return 0, usageError("STUDYGUIDE_MAX_CORPUS_MB must be a number of megabytes from 1 to 1048576, not %q", v)
	}
	return mb << 20, nil
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
	// answers answers questions; nil for a session opened without a
	// model's settings (index, eval).
	answers *answer.Service
	// llm is the language model's generator in LLM mode, nil offline; a
	// guide is revised with its client and prompts.
	llm *generate.LLM
}

// sessionOptions say how a session is opened. Every field comes from
// flags its command declares.
type sessionOptions struct {
	search searchOptions
	// model holds the chat model's settings, for commands that answer;
	// nil for commands that only search, which then build no generator.
	model *modelOptions
	// force rebuilds the index even if a saved one is current.
	force bool
	// historyTokens bounds the history a question is answered with; 0
	// sends none.
	historyTokens int
}

// openSession loads the corpus, opens or builds its index with the
// embedder the options name and, for a command that answers, sets up
// answering: with a language model in LLM mode, else offline.
func openSession(c *cli.Context, o sessionOptions) (*session, error) {
	if isLocal(o.search.embed) {
		// What the index key hashes of the local embedder and the terms
		// pipeline cost a few milliseconds that need no corpus: on
		// another core, beside loading it.
		go index.Prepare(embed.NewLocal(0))
	}
	corp, name, err := loadCorpus(o.search.corpus)
	if err != nil {
		return nil, err
	}
	s := &session{corpus: corp}
	if o.model != nil {
		if s.llm, err = newModel(o.search.api, *o.model, corp); err != nil {
			return nil, err
		}
	}
	emb, err := newEmbedder(c.Context, o.search.api, o.search.embed)
	if err != nil {
		return nil, err
	}
	dir := o.search.indexDir
	if dir == "" {
		dir = defaultIndexDir()
	}
	if o.search.maxIndexRatio < 1 {
		return nil, usageError("--max-index-ratio must be at least 1, not %d", o.search.maxIndexRatio)
	}
	s.index, s.report, err = index.Open(c.Context, corp, emb, index.Options{
		Dir: dir, Name: name, Force: o.force, Notice: notices(c.App.ErrWriter), Progress: progressFor(c),
		MaxRatio: o.search.maxIndexRatio,
	})
	var tooLarge *index.TooLargeError
	if errors.As(err, &tooLarge) {
		return nil, fmt.Errorf("%w; raise the bound with --max-index-ratio or $STUDYGUIDE_MAX_INDEX_RATIO", err)
	}
	if err != nil {
		return nil, err
	}
	s.retriever = &retrieve.Retriever{Corpus: corp, Index: s.index}
	if o.model != nil {
		s.answers = s.answerService(o.historyTokens)
	}
	return s, nil
}

// answerService answers with the model in LLM mode, which also restates
// follow-ups (carrying terms when it fails), and offline with the
// extractive generator and carried terms.
func (s *session) answerService(historyTokens int) *answer.Service {
	carry := answer.Carry{Known: s.index.BM25.Has}
	svc := &answer.Service{
		Corpus: s.corpus, Retriever: s.retriever, HistoryTokens: historyTokens,
		Generator: generate.Extractive{}, Rewriter: carry,
	}
	if s.llm != nil {
		svc.Generator, svc.Rewriter, svc.Fallback = s.llm, s.llm, carry
	}
	return svc
}
