package terms

import "testing"

func TestCapitalize(t *testing.T) {
	for in, want := range map[string]string{
		"ørsted goes on": "Ørsted goes on",
		"the author":     "The author",
		"":               "",
		"\xffx":          "\xffx",
		"1936":           "1936",
	} {
		if got := Capitalize(in); got != want {
			t.Errorf("Capitalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCommonPrefix(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"publish", "public", 5}, {"", "x", 0}, {"same", "same", 4}} {
		if got := CommonPrefix(c.a, c.b); got != c.want {
			t.Errorf("CommonPrefix(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
