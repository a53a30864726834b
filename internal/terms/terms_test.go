package terms

import (
	"reflect"
	"testing"
)

func TestStems(t *testing.T) {
	got := Stems(`Was Stalin an "all-powerful" dictator? Stalin's reforms.`)
	want := []string{"stalin", "power", "dictat", "stalin", "reform"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Stems = %q, want %q", got, want)
	}
	if Stem("privileges") != Stem("privileged") {
		t.Error("word forms should share a stem")
	}
}

func TestUnique(t *testing.T) {
	if got := Unique([]string{"a", "b", "a"}); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("Unique = %q", got)
	}
}
