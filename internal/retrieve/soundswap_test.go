package retrieve

import "testing"

// TestNamesTypedByEar checks the two ways a name typed by ear is read as
// the text's that the consonant key alone missed: two vowels swapped in a
// short name ("Bireya" for "Beria"), and Russian "shch" typed as "sh"
// ("Khrushov" for "Khrushchev"), while names that only share consonants
// stay apart.
func TestNamesTypedByEar(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"bireya", "beria", true},
		{"khrushov", "khrushchev", true},
		{"kruschov", "khrushchev", true},
		{"khrushchev", "khrushov", true},
		{"gorbaczow", "gorbachev", true},
		{"torah", "author", false},
		{"attila", "itali", false},
		{"kurosawa", "khrushchev", false},
		{"homer", "memoir", false},
	} {
		if got := soundsAs(c.a, c.b); got != c.want {
			t.Errorf("soundsAs(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestNamesTypedByEarAnswered checks that questions naming Beria and
// Khrushchev as an Arabic-speaking student typed them are answered from
// the notes that name them, not declined as naming someone the text
// never mentions.
func TestNamesTypedByEarAnswered(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{"Sergo Bireya, what he say about the trial?", "The writer he prepare article about the Khrushov lies, when he publish it?"} {
		if abstains(q) {
			t.Errorf("%q declined", q)
		}
	}
}
