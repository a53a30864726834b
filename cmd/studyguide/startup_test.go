package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// compilesAtStart are the packages allowed to compile a regular
// expression as a package variable: they stand in the lowest layer
// with lazyregexp, so cannot import it (see layers), and their five
// small expressions cost about 0.3% of an ask process.
var compilesAtStart = map[string]bool{"internal/control": true, "internal/llm": true}

// TestNoExpressionCompiledAtStart checks that no package compiles a
// regular expression as a package variable (regexp.MustCompile at the
// top level), which every process pays for at start-up whether it uses
// the expression or not: an ask of the built-in essay compiled the
// essay package's thirty-one, 6% of its CPU. Such an expression is a
// lazyregexp.Regexp, compiled on first use.
func TestNoExpressionCompiledAtStart(t *testing.T) {
	root := filepath.Join("..", "..")
	for _, dir := range packageDirs(t, root) {
		if compilesAtStart[dir] {
			continue
		}
		names, _ := filepath.Glob(filepath.Join(root, dir, "*.go"))
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			for _, pos := range compiledAtStart(t, name) {
				t.Errorf("%s: regexp.MustCompile in a package variable; use lazyregexp.New", pos)
			}
		}
	}
}

// compiledAtStart returns where a file's package variables are set by
// calling regexp.MustCompile or regexp.Compile.
func compiledAtStart(t *testing.T, name string) []token.Position {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []token.Position
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		ast.Inspect(g, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				// A function's body runs when it is called, not at start.
				return false
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
					if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "regexp" && (sel.Sel.Name == "MustCompile" || sel.Sel.Name == "Compile") {
						out = append(out, fset.Position(n.Pos()))
					}
				}
			}
			return true
		})
	}
	return out
}
