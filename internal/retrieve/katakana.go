package retrieve

import (
	"strings"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// Japanese writes a foreign name in its own syllables, each a consonant
// and a vowel, and a student who learnt the name so romanizes those
// syllables: "Pavlov" becomes "Paburofu", "Lincoln" "Rinkaan". The
// vowels added after consonants ("-fu", "-su", "-to"), "r" for "l", "b"
// for "v" and "f" or "h" for the Russian "kh" leave no letters for the
// speller or the sound keys (see soundKey) to read the name by, so a
// question naming one of the text's people so was declined as never
// mentioning him. Korean writes a foreign name in syllables too, "eu"
// after a consonant that has no vowel, "p" for "f" and "v" and "sh" for
// the Russian "shch" ("Goreubachyopeu" for Gorbachev, "Tolseutoi" for
// Tolstoy). katakanaName reads such a name by its consonants, the part
// the syllables keep.

// Katakana bounds: the fewest consonants a name read by katakanaName
// must keep, minKatakanaUnits, as fewer are shared by too many names;
// and minKatakanaWordUnits for a name that is a common word too (see
// commonWord), which three consonants read as by chance ("Partiya" as a
// "Plot" the text capitalizes).
const (
	minKatakanaUnits     = 3
	minKatakanaWordUnits = 4
)

// katakanaName returns the one name of the text that w, a capitalized
// word no dictionary knows (see thesaurus.Word), is as Japanese syllables romanize it, or "":
// w must be made of such syllables (see katakanaUnits), and its
// consonants must be those of the name, each as Japanese hears it (see
// katakanaFits), save an "l" or "r" the name sounds as a long vowel
// (see nameUnits). A name is a word the text writes capitalized inside
// its sentences and never in lower case (see named): the dictionary
// knows many a famous one. Of two names so, neither.
func (r *Retriever) katakanaName(w string) string {
	if thesaurus.Word(w) {
		// An English word ("stolen") is no name romanized, though its
		// consonants may be one's.
		return ""
	}
	typed, ok := katakanaUnits(w)
	if !ok || len(typed) < minKatakanaUnits {
		return ""
	}
	r.usesWord("")
	found := ""
	for _, c := range r.vocab.order {
		if !matchKatakana(typed, nameUnits(c)) {
			continue
		}
		s := terms.Stem(c)
		if !r.named(s) || len(typed) < minKatakanaWordUnits && commonWord(c) {
			continue
		}
		if found != "" && terms.Stem(found) != s {
			return ""
		}
		if found == "" || c < found {
			found = c
		}
	}
	return found
}

// unit is one consonant sound of a word: a letter for most, "S" for
// "sh", "Z" for "zh", "C" for "ch", "H" for "kh" and "h", "V" for "v"
// and "w"; optional marks a liquid a name may not sound (see nameUnits).
type unit struct {
	c        byte
	optional bool
}

// katakanaUnits returns the consonants of w, a word in the letters of
// Japanese romanized (Hepburn's: no "c" but in "ch", no "q" or "x"), and
// whether w is made of its syllables: it ends in a vowel or the syllable
// "n", and at most one of its consonants stands without a vowel after
// it, besides "n" and the first of a doubled consonant. A word typed
// otherwise is an English word or name, which katakanaName leaves to
// the speller.
func katakanaUnits(w string) ([]unit, bool) {
	if w == "" || !isLetters(w) {
		return nil, false
	}
	if last := w[len(w)-1]; !isVowel(last) && last != 'n' {
		return nil, false
	}
	var out []unit
	bare := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isVowel(c) || c == 'y' {
			continue
		}
		u, step := c, 1
		switch {
		case strings.HasPrefix(w[i:], "sh"):
			u, step = 'S', 2
		case strings.HasPrefix(w[i:], "ch"):
			u, step = 'C', 2
		case c == 'c' || c == 'q' || c == 'x':
			return nil, false
		case c == 'l':
			u = 'r'
		case c == 'w':
			u = 'V'
		case c == 'h':
			u = 'H'
		}
		i += step - 1
		next := byte('a')
		if i+1 < len(w) {
			next = w[i+1]
		}
		doubled := next == w[i]
		if !isVowel(next) && next != 'y' && c != 'n' && !doubled {
			bare++
		}
		if doubled {
			continue
		}
		out = append(out, unit{c: u})
	}
	return out, bare <= 1
}

// nameUnits returns the consonant sounds of c, a word of the text in
// lower case, as Japanese hears them: "shch" as "S" and "C", "x" as "k"
// and "s", "c" as "s" before "e", "i" or "y" and "k" elsewhere, "th" as
// "t", "ph" as "f", a silent "gh" as nothing, doubled letters once. An
// "l" or "r" after a vowel and before a consonant or at the end is
// optional: Japanese writes it as a long vowel or not at all, as English
// often sounds it ("Lincoln" as "Rinkaan").
func nameUnits(c string) []unit {
	var out []unit
	for i := 0; i < len(c); i++ {
		rest := c[i:]
		if isVowel(c[i]) || c[i] == 'y' {
			continue
		}
		var put string
		step := 1
		switch {
		case strings.HasPrefix(rest, "shch"), strings.HasPrefix(rest, "szcz"):
			// Korean writes the Russian "щ" as "sh" alone: its "ch" is
			// optional.
			out = appendUnit(out, unit{c: 'S'})
			put, step = "C", 4
		case strings.HasPrefix(rest, "sch"):
			put, step = "S", 3
		case strings.HasPrefix(rest, "tch"):
			put, step = "C", 3
		case strings.HasPrefix(rest, "sh"), strings.HasPrefix(rest, "sz"):
			put, step = "S", 2
		case strings.HasPrefix(rest, "zh"):
			put, step = "Z", 2
		case strings.HasPrefix(rest, "ch"), strings.HasPrefix(rest, "cz"):
			put, step = "C", 2
		case strings.HasPrefix(rest, "kh"):
			put, step = "H", 2
		case strings.HasPrefix(rest, "ck"):
			put, step = "k", 2
		case strings.HasPrefix(rest, "th"):
			put, step = "t", 2
		case strings.HasPrefix(rest, "ph"):
			put, step = "f", 2
		case strings.HasPrefix(rest, "gh"):
			put, step = "", 2
		case c[i] == 'x':
			put = "ks"
		case c[i] == 'q':
			put = "k"
		case c[i] == 'c':
			put = "k"
			if i+1 < len(c) && strings.IndexByte("eiy", c[i+1]) >= 0 {
				put = "s"
			}
		case c[i] == 'w' || c[i] == 'v':
			put = "V"
		case c[i] == 'h':
			put = "H"
		default:
			put = c[i : i+1]
		}
		optional := (c[i] == 'l' || c[i] == 'r') && i > 0 && isVowel(c[i-1]) && (i+1 == len(c) || !isVowel(c[i+1]) && c[i+1] != 'y') ||
			step == 4
		for j := range len(put) {
			out = appendUnit(out, unit{c: put[j], optional: optional})
		}
		i += step - 1
	}
	return out
}

// appendUnit returns out with u after it, unless its last unit is u's
// sound: a doubled letter is one sound.
func appendUnit(out []unit, u unit) []unit {
	if n := len(out); n > 0 && out[n-1].c == u.c {
		return out
	}
	return append(out, u)
}

// katakanaFits maps a consonant of Japanese romanized to the sounds of
// a name it may stand for: "r" for "r" and "l", which Japanese does not
// tell apart; "f" for "f", "h" and "v" (Russian "kh" and a final "v"
// are written "fu"); "h" and "k" for "kh" too; "b" for "v"; "j" for "zh";
// and "p" for "f" and "v", as Korean writes them ("Goreubachyopeu" for
// Gorbachev).
var katakanaFits = map[byte]string{
	'p': "pfV",
	'r': "rl",
	'f': "fHV",
	'H': "Hf",
	'k': "kH",
	'b': "bV",
	'V': "Vb",
	'j': "jZ",
	's': "sz",
	'z': "zs",
	'S': "S",
	'C': "C",
}

// matchKatakana reports whether the consonants typed, in order, are the
// name's, each one a sound katakanaFits allows, with any of the name's
// optional sounds left out.
func matchKatakana(typed, name []unit) bool {
	switch {
	case len(typed) == 0:
		return unitLetters(name, false) == ""
	case len(name) == 0:
		return false
	}
	if name[0].optional && matchKatakana(typed, name[1:]) {
		return true
	}
	fits, ok := katakanaFits[typed[0].c]
	if !ok {
		fits = string(typed[0].c)
	}
	return strings.IndexByte(fits, name[0].c) >= 0 && matchKatakana(typed[1:], name[1:])
}

// unitLetters returns the letters of us, with the optional ones only if
// optional is true.
func unitLetters(us []unit, optional bool) string {
	var b strings.Builder
	for _, u := range us {
		if !u.optional || optional {
			b.WriteByte(u.c)
		}
	}
	return b.String()
}
