package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/terms"
)

// lettersName returns the corpus's name that w, a misspelt word, is when
// its letters are read as another language reads them (see
// otherLetters), as written, by sound, or failing that two edits away,
// or "": a name two edits from one reading is no match for one another
// reading sounds as. Italian writes Russian "ч" as "c" before "e" or
// "i", and "щ" or "ш" as "sc" there ("Cecov" for Chekhov, "Scostakovic" for Shostakovich);
// Polish writes "ц" as "c" ("Cwietajewa" for Tsvetaeva) and declines a
// name ending "-ski" or "-cki" as an adjective ("Dostojewskiego"); German
// adds "s" to a name as English adds "'s" ("Tolstois"). Only names are
// read so: a common word read by another language's letters is read as a
// word of its own language first (see respellMisspelt).
func (r *Retriever) lettersName(w string) string {
	alts := otherLetters(w)
	for _, alt := range alts {
		if r.usesWord(alt) && r.named(terms.Stem(alt)) {
			return alt
		}
		if sound := r.respellSound(alt, false); sound != "" && r.named(terms.Stem(sound)) {
			return sound
		}
	}
	for _, alt := range alts {
		if read := r.respellName(alt); read != "" {
			return read
		}
	}
	return ""
}

// otherLetters returns w spelt in English letters as Italian, Polish,
// Dutch, French, Spanish, Greek and German read its letters, each that
// differs from w (see lettersName).
func otherLetters(w string) []string {
	var out []string
	add := func(s string) {
		if s != w && len(s) >= minShortTypoLen && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	add(italianLetters(w, "shch"))
	add(italianLetters(w, "sh"))
	add(polishLetters(w))
	for _, l := range lettersRead {
		add(l.Replace(w))
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(s, "s") {
		add(s)
	}
	return out
}

// italianLetters returns w with Italian's "c" before "e" or "i" read as
// "ch", its "sc" there as sc (Russian "ш" or "щ", which Italian writes
// alike), and an "i" after either before another vowel left out, as
// Italian writes it only to soften the letter ("Gorbaciov").
func italianLetters(w, sc string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		soft := i+1 < len(w) && (w[i+1] == 'e' || w[i+1] == 'i')
		switch {
		case w[i] == 's' && i+1 < len(w) && w[i+1] == 'c' && i+2 < len(w) && (w[i+2] == 'e' || w[i+2] == 'i'):
			b.WriteString(sc)
			i++
		case w[i] == 'c' && soft && (i == 0 || w[i-1] != 's'):
			b.WriteString("ch")
		default:
			b.WriteByte(w[i])
			continue
		}
		if i+2 < len(w) && w[i+1] == 'i' && isVowel(w[i+2]) {
			i++
		}
	}
	return b.String()
}

// polishLetters returns w with Polish's "c" read as "ts" where it is no
// part of "ch" or "cz", and a name's adjectival endings
// ("Dostojewskiego", "Dostojewskiemu", "Dostojewskim") as its "-i".
func polishLetters(w string) string {
	for _, end := range []string{"kiego", "kiemu", "kim"} {
		if s, ok := strings.CutSuffix(w, end); ok && len(s) >= 3 {
			w = s + "ki"
			break
		}
	}
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if w[i] == 'c' && (i+1 == len(w) || w[i+1] != 'h' && w[i+1] != 'z') && (i == 0 || w[i-1] != 's') {
			b.WriteString("ts")
			continue
		}
		b.WriteByte(w[i])
	}
	return b.String()
}

// lettersRead read the letters by which Dutch, French and Spanish write
// the sounds of a name carried over from another alphabet as English
// writes them, one language each; the sound keys (see soundKey) already
// read German's "sch" and "tsch", Polish's "sz" and "cz", and the "w"
// both write for "v".
//   - Dutch writes "sh" as "sj", "ch" as "tsj", "zh" as "zj" and "u" as
//     "oe" ("Boecharin" for Bukharin, "Poesjkin" for Pushkin);
//   - French writes "sh" as "ch", "ch" as "tch", "zh" as "j" and "u" as
//     "ou" ("Chostakovitch" for Shostakovich);
//   - Spanish writes "kh" as "j" ("Jarkov" for Kharkov);
//   - Greek, typed in Latin letters as its keyboard maps them, has no
//     letter for "b", "d", "g" or "j" and writes them "mp", "nt", "gk"
//     (or "gg") and "tz"; it writes "kh", and "h", which it lacks, with
//     its "x" (χ), and "u" as "ou" ("Mpoucharin" for Bukharin,
//     "Ntostogiefski" for Dostoevsky, "Xelsinki" for Helsinki).
//     Lacking "ch", "sh" and "zh", it writes them "ts", "s" and "z"
//     ("Gkormpatsof" for Gorbachev, "Mpreznief" for Brezhnev), which it
//     writes for those sounds too: one reading keeps them as written,
//     one reads them as the sounds it lacks.
var lettersRead = []*strings.Replacer{
	strings.NewReplacer("tsj", "ch", "sj", "sh", "zj", "zh", "oe", "u"),
	strings.NewReplacer("tch", "ch", "ch", "sh", "ou", "u", "j", "zh"),
	strings.NewReplacer("j", "kh"),
	strings.NewReplacer(append(greekLetters, "x", "kh")...),
	strings.NewReplacer(append(greekLetters, "x", "h")...),
	strings.NewReplacer(append(greekLetters, "x", "kh", "sts", "shch", "ts", "ch", "s", "sh", "z", "zh")...),
}

// greekLetters read the letters by which Greek writes the sounds it has
// no letter for (see lettersRead).
var greekLetters = []string{"mp", "b", "nt", "d", "gk", "g", "gg", "g", "tz", "dzh", "ou", "u"}
