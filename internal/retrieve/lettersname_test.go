package retrieve

import (
	"context"
	"slices"
	"testing"
)

// TestOtherLetters checks the spellings a name is given as Italian,
// Polish, German, Dutch, French, Spanish and Greek read its letters.
func TestOtherLetters(t *testing.T) {
	for w, want := range map[string]string{
		"kruscev":        "krushchev",
		"krusciov":       "krushchov",
		"trocki":         "trotski",
		"trockiego":      "trotski",
		"chruschtschows": "chruschtschow",
		"chroesjtsjov":   "chrushchov",
		"dzjoegasjvili":  "dzhugashvili",
		"chostakovitch":  "shostakovich",
		"jrushchov":      "khrushchov",
		"mperia":         "beria",
		"gkormpatsof":    "gorbachof",
		"xaigkount":      "haigud",
		"xrousstsof":     "khrushshchof",
		"xelsinki":       "helsinki",
	} {
		if got := otherLetters(w); !slices.Contains(got, want) {
			t.Errorf("otherLetters(%q) = %q, want it to hold %q", w, got, want)
		}
	}
}

// TestNameInOtherLetters checks that a name of the text typed in
// another language's letters is read as the name: the Italian "Kruscev"
// and "Krusciov", the German genitive "Chruschtschows", the Dutch
// "Chroesjtsjov" and the Spanish "Jrushchov" as Khrushchev (not
// "Kruglov", two letters from one reading), the Dutch "Tsjoejev" as
// Chuev; the Polish "Trocki" and "Trockiego" as Trotsky and the Dutch
// "Koezmin" and "Joedenitsj" as Kuzmin and Yudenitch in Goldman's text;
// and that a name neither text holds ("Trocki" of the essay, the Dutch
// "Kaganovitsj" and "Kroesjtsjenko") is still not read as one of its
// names.
func TestNameInOtherLetters(t *testing.T) {
	essayR := retriever(t, Hybrid)
	goldman := textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md")
	douglass := textRetriever(t, "../essay/testdata/texts/douglass-lynched.md")
	for _, c := range []struct {
		r    *Retriever
		q    string
		want string
	}{
		{essayR, "What did Kruscev say about Beria?", "Khrushchev"},
		{essayR, "What did Krusciov say about Beria?", "Khrushchev"},
		{essayR, "What did Chruschtschows speech say?", "Khrushchev"},
		{goldman, "What did Trockiego order?", "Trotsky"},
		{goldman, "When did Trocki die?", "Trotsky"},
		{essayR, "What did Trocki say about Stalin?", ""},
		{essayR, "Who keeps the paradigm of Chroesjtsjov alive?", "Khrushchev"},
		{essayR, "What said Molotov to Felix Tsjoejev?", "Chuev"},
		{essayR, "What did Jrushchov say about Beria?", "Khrushchev"},
		{essayR, "What did Kaganovitsj say about Beria?", ""},
		{essayR, "What did Kroesjtsjenko say about Stalin?", ""},
		{goldman, "What did Koezmin say to the sailors?", "Kuzmin"},
		{goldman, "Who was Joedenitsj?", "Yudenitch"},
		{essayR, "What did Mperia plan?", "Beria"},
		{essayR, "What did Xrousstsof say in the Secret Speech?", "Khrushchev"},
		{essayR, "What did Mpaimpakof tell Mouxin?", "Baybakov"},
		{douglass, "What did Mpisop Xaigkount say?", "Haygood"},
	} {
		res, err := c.r.Retrieve(context.Background(), c.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, rs := range res.Query.Respelled {
			got = append(got, rs.Read)
		}
		if c.want == "" && len(got) > 0 || c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%q: read as %q, want %q", c.q, got, c.want)
		}
	}
}
