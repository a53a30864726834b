package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// layers orders studyguide's packages the way data flows through them
// (corpus → passages → index → retrieval → generation → citation check →
// rendering): a package may import only packages of a lower layer, so
// nothing imports what is built on it. Each package's doc comment says
// where it stands; TestLayers holds the code to it. Test fixtures
// (essaytest, retrievetest, llmtest) sit beside the package they serve
// and are imported only by tests.
var layers = [][]string{
	// The memo imports nothing at all of studyguide's.
	{"internal/memo"},
	// Leaves: import nothing of studyguide's but the memo.
	{"corpus", "prompts", "internal/atomicfile", "internal/control", "internal/lazyregexp", "internal/llm",
		"internal/llm/llmtest", "internal/sentence", "internal/suggest", "internal/terms", "internal/thesaurus", "internal/thesaurus/genforms", "internal/topn"},
	{"internal/essay", "internal/bm25", "internal/embed", "internal/thesaurus/gen", "internal/thesaurus/genindex"},
	{"internal/essay/essaytest", "internal/essay/genparsed", "internal/citation", "internal/index"},
	{"internal/retrieve"},
	{"internal/retrieve/retrievetest", "internal/generate"},
	{"internal/answer", "internal/eval"},
	{"internal/guide"},
	{"internal/render"},
	{"internal/chat", "internal/modelguide"},
	{"cmd/studyguide"},
}

// TestLayers checks every import of every package's non-test files
// against layers, and that every package has a layer.
func TestLayers(t *testing.T) {
	layerOf := map[string]int{}
	for i, l := range layers {
		for _, p := range l {
			layerOf[p] = i
		}
	}
	root := filepath.Join("..", "..")
	for _, dir := range packageDirs(t, root) {
		layer, ok := layerOf[dir]
		if !ok {
			t.Errorf("package %s has no layer in layers_test.go", dir)
			continue
		}
		for _, imp := range imports(t, filepath.Join(root, dir)) {
			rel, ours := strings.CutPrefix(imp, "studyguide/")
			if !ours {
				continue
			}
			if l, ok := layerOf[rel]; ok && l >= layer {
				t.Errorf("%s (layer %d) imports %s (layer %d): a package imports only what lies below it", dir, layer, rel, l)
			}
			if strings.HasSuffix(rel, "test") && !strings.HasSuffix(dir, "test") {
				t.Errorf("%s imports the test fixture %s outside its tests", dir, rel)
			}
		}
	}
}

// packageDirs returns the folders under root that hold Go files other
// than tests, relative to root.
func packageDirs(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	for _, top := range []string{"cmd", "internal", "corpus", "prompts"} {
		filepath.WalkDir(filepath.Join(root, top), func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() && d.Name() == "testdata" {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
				rel, _ := filepath.Rel(root, filepath.Dir(path))
				if !slices.Contains(out, filepath.ToSlash(rel)) {
					out = append(out, filepath.ToSlash(rel))
				}
			}
			return nil
		})
	}
	if len(out) < 20 {
		t.Fatalf("found only %d packages under %s", len(out), root)
	}
	return out
}

// imports returns what the non-test Go files of dir import.
func imports(t *testing.T, dir string) []string {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	var out []string
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			out = append(out, path)
		}
	}
	return out
}
