package essay

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"studyguide/corpus"
)

// TestParsedFormIsCurrent checks that the built-in essay's parsed form,
// which start-up reads, is what Parse gives now, list items the source's
// own passages as Parse makes them.
func TestParsedFormIsCurrent(t *testing.T) {
	fresh, err := Parse(corpus.Name, corpus.Essay)
	if err != nil {
		t.Fatal(err)
	}
	stored, ok := parsedSource(corpus.Parsed, corpus.Essay)
	if !ok {
		t.Fatal("corpus/essay.parsed.json was written from another text or parser version: run go generate ./internal/essay")
	}
	if !reflect.DeepEqual(stored, fresh) {
		t.Fatal("corpus/essay.parsed.json is not what Parse gives now: run go generate ./internal/essay")
	}
	checkLists(t, stored)
}

func passageAt(src *Source, ref Ref) *Passage {
	for _, p := range src.Passages {
		if p.Ref == ref {
			return p
		}
	}
	return nil
}

// walkedFields is how many fields form walks of each type: the count
// of fields each had when form was written.
var walkedFields = map[reflect.Type]int{
	reflect.TypeFor[Source]():   10,
	reflect.TypeFor[Meta]():     6,
	reflect.TypeFor[Passage]():  14,
	reflect.TypeFor[Sentence](): 6,
	reflect.TypeFor[Ref]():      4,
}

// TestParsedFormWalksEveryField checks that the parsed form still walks
// every field of the types it writes: one added to them and not to
// form's walk would read back empty.
func TestParsedFormWalksEveryField(t *testing.T) {
	for typ, n := range walkedFields {
		if typ.NumField() != n {
			t.Errorf("%s has %d fields, and the parsed form walks %d: walk the new one in form (parsed.go), count it here and run go generate ./internal/essay", typ.Name(), typ.NumField(), n)
		}
	}
}

// TestStaleParsedFormIsParsedAgain checks that a parsed form written
// from another text, or from none, is not read: the text is parsed.
func TestStaleParsedFormIsParsedAgain(t *testing.T) {
	other := append([]byte("An added paragraph.\n\n"), corpus.Essay...)
	if _, ok := parsedSource(corpus.Parsed, other); ok {
		t.Error("read a parsed form written from another text")
	}
	whole := corpus.Parsed
	for _, form := range []string{"", "{}", "3 abc", whole[:len(whole)/2], whole + "1\n", strings.Replace(whole, "\n", "\n99999999 ", 40)} {
		if _, ok := parsedSource(form, corpus.Essay); ok {
			t.Errorf("read %q as a parsed form", form)
		}
	}
}

// TestEmbeddedReadsParsedForm checks that Embedded reads the parsed
// form rather than parsing the essay at every start: it allocates less
// than half what a parse does.
func TestEmbeddedReadsParsedForm(t *testing.T) {
	parse := testing.AllocsPerRun(3, func() {
		if _, err := Parse(corpus.Name, corpus.Essay); err != nil {
			t.Fatal(err)
		}
	})
	read := testing.AllocsPerRun(3, func() {
		if _, err := Embedded(); err != nil {
			t.Fatal(err)
		}
	})
	if read > parse/2 {
		t.Errorf("Embedded makes %.0f allocations, a parse %.0f: is it parsing the essay?", read, parse)
	}
}

// TestParsedFormReadsBack checks that the parsed form of each
// development text reads back as Parse gives it, list items as the
// source's own passages.
func TestParsedFormReadsBack(t *testing.T) {
	items := 0
	for _, name := range []string{"civil-disobedience.md", "on-liberty.txt", "goldman-kronstadt.md", "douglass-lynched.md"} {
		data, err := os.ReadFile(filepath.Join("testdata", "texts", name))
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		form, err := ParsedForm(name, data)
		if err != nil {
			t.Fatal(err)
		}
		read, ok := parsedSource(form, data)
		if !ok || !reflect.DeepEqual(read, fresh) {
			t.Errorf("%s: its parsed form reads back otherwise than Parse gives it (read: %v)", name, ok)
			continue
		}
		items += checkLists(t, read)
	}
	if items == 0 {
		t.Error("no development text has a list: nothing checks that list items read back as passages")
	}
}

// checkLists checks that every list item of src is one of its passages.
func checkLists(t *testing.T, src *Source) int {
	t.Helper()
	items := 0
	for _, p := range src.Passages {
		for i, q := range p.List {
			items++
			if q != passageAt(src, q.Ref) {
				t.Errorf("%s: list item %d is a copy of %s, not the source's own passage", p.Ref, i+1, q.Ref)
			}
		}
	}
	return items
}
