package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestOptionsAreDeclaredFlags checks that every field of a command's
// options value is filled by a flag the command declares, and that every
// flag it declares fills one: a command's code reads only its options, so
// it cannot read a flag it does not declare (urfave/cli would give "" for
// one, and the code would work only while that default happened to be
// right).
func TestOptionsAreDeclaredFlags(t *testing.T) {
	for _, cmd := range commands() {
		fields := map[uintptr]string{}
		leaves(reflect.ValueOf(cmd.options).Elem(), "", fields)
		bound := map[uintptr]bool{}
		for _, f := range cmd.Flags {
			dest := reflect.ValueOf(f).Elem().FieldByName("Destination")
			if !dest.IsValid() || dest.IsNil() {
				t.Errorf("%s: flag --%s fills no option", cmd.Name, f.Names()[0])
				continue
			}
			p := dest.Pointer()
			if _, ok := fields[p]; !ok {
				t.Errorf("%s: flag --%s fills something outside the command's options", cmd.Name, f.Names()[0])
			}
			if bound[p] {
				t.Errorf("%s: two flags fill the option --%s fills", cmd.Name, f.Names()[0])
			}
			bound[p] = true
		}
		for p, name := range fields {
			if !bound[p] {
				t.Errorf("%s: option %s is filled by no flag the command declares", cmd.Name, name)
			}
		}
	}
}

// leaves records the address of every field of v that is not a struct,
// by its path, looking into nested structs. A value urfave/cli fills
// whole (cli.StringSlice) is one field, though a struct.
func leaves(v reflect.Value, path string, out map[uintptr]string) {
	for i := range v.NumField() {
		f, name := v.Field(i), path+"."+v.Type().Field(i).Name
		if f.Kind() == reflect.Struct && f.Type() != reflect.TypeOf(cli.StringSlice{}) {
			leaves(f, name, out)
			continue
		}
		out[f.Addr().Pointer()] = strings.TrimPrefix(name, ".")
	}
}

// flagGetters are cli.Context's methods that read a flag by name.
var flagGetters = map[string]bool{
	"String": true, "Int": true, "Int64": true, "Uint": true, "Uint64": true, "Bool": true,
	"Float64": true, "Duration": true, "Timestamp": true, "Generic": true, "Value": true,
	"IsSet": true, "StringSlice": true, "IntSlice": true, "Int64Slice": true, "Float64Slice": true,
	"Path": true, "Count": true,
}

// TestNoFlagIsReadByName fails on any call in the command's code that
// reads a flag by its name (c.String("from")): options are read from the
// command's options value only, which TestOptionsAreDeclaredFlags ties to
// its declared flags.
func TestNoFlagIsReadByName(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || !flagGetters[sel.Sel.Name] {
				return true
			}
			if _, isString := stringArg(call.Args[0]); isString {
				t.Errorf("%s: %s reads a flag by name; read the command's options instead", fset.Position(call.Pos()), sel.Sel.Name)
			}
			return true
		})
	}
}

// stringArg reports whether e is a string literal or a named constant,
// the shapes a flag's name takes.
func stringArg(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Value, e.Kind == token.STRING
	case *ast.Ident:
		return e.Name, e.Obj != nil && e.Obj.Kind == ast.Con
	}
	return "", false
}

// TestEveryCommandIsChecked guards the two tests above: the app's commands
// are the ones commands() returns, so none escapes them.
func TestEveryCommandIsChecked(t *testing.T) {
	app := newApp(nil, nil, nil)
	var names []string
	for _, cmd := range commands() {
		names = append(names, cmd.Name)
	}
	var got []string
	for _, cmd := range app.Commands {
		if cmd.Name != "help" {
			got = append(got, cmd.Name)
		}
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("the app has commands %v, commands() %v", got, names)
	}
}
