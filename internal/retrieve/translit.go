package retrieve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/terms"
)

// folded maps the accented Latin letters of the languages whose names an
// English text carries over to the letters it writes them with: "ł" as
// "l", "ó" as "o", "ß" as "ss"; and the letters that spell one sound
// English spells with two as English does: "ż" and "ž" as "zh", "š" as
// "sh", "č" as "ch". Names come into English without their marks ("Łódź"
// is written "Lodz"), and a student who writes a name the way his own
// language does types them.
var folded = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i",
		'ż': "zh", 'ž': "zh", 'š': "sh", 'č': "ch"}
	for base, marked := range map[string]string{
		"a": "àáâãäåāăą",
		"c": "çćĉċ",
		"d": "ď",
		"e": "èéêëēĕėęě",
		"g": "ĝğġģ",
		"h": "ĥħ",
		"i": "ìíîïĩīĭįİ",
		"j": "ĵ",
		"k": "ķ",
		"l": "ĺļľŀł",
		"n": "ñńņňŉ",
		"o": "òóôõöōŏő",
		"r": "ŕŗř",
		"s": "śŝş",
		"t": "ţťŧ",
		"u": "ùúûüũūŭůűų",
		"w": "ŵ",
		"y": "ýÿŷ",
		"z": "ź",
	} {
		for _, r := range marked {
			m[r] = base
		}
	}
	return m
}()

// fold returns the lower-case word w with its accented letters written
// without their marks ("żukow" as "zukow"), and whether every letter
// is one of a to z once folded: a word in another script ("сталин")
// cannot be compared with an English text's words letter by letter.
func fold(w string) (string, bool) {
	var b strings.Builder
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			if r < 'a' || r > 'z' {
				return "", false
			}
			b.WriteRune(r)
		case folded[r] != "":
			b.WriteString(folded[r])
		default:
			return "", false
		}
	}
	return b.String(), true
}

// soundKey returns how a word of a to z sounds, in the letters names
// carried over from other alphabets share whichever way they were
// carried: a name is written in English as it was heard, in Polish or
// German as a Pole or a German hears it, and a student types it the way
// his language does or the way it sounds. So "Gorbaczow" and
// "Gorbachev", "Jeżow" and "Yezhov", "Szostakowicz" and "Shostakovich",
// "Czechow" and "Chekhov", "Gorkiy" and "Gorky", "Grim" and "Grimm",
// "Nite" and "Knight" come to one key, or to keys one letter apart. The
// letters merged:
//   - the sounds of "k" and "ch": "k", "c" before a, o, u or a consonant,
//     "ck", "q", "ch", "kh", "cz", "tch", "tsch" (Russian "х" and "ч"
//     alike, and Polish "ch" and "cz");
//   - "sh", "sz", "sch", "zh" (with "shch", "szcz", "schtsch", "щ"):
//     "ш" and "ж", which German writes alike; "c" before e, i or y and
//     "s"; "x" and "ks";
//   - "w", "v" and a final "f" or "ff" ("-ow", "-ov", "-off"); "ph" and "f";
//   - "j", "y" and "i" ("-ski", "-sky"; "-iy"); "ie" and "e" ("ye");
//   - a silent "k" or "g" before "n" at the start, "gh" before "t" or at
//     the end, and an "h" after the first letter;
//   - "eau" and "o" ("bureau", "Rousseau"); "ou" after a consonant and
//     "u", "chtch" and "shch", and an opening "j" before "ou" or a
//     consonant and "zh" (see frenchJ), as French writes Russian names
//     ("Boukharine" for "Bukharin", "Chtcherbakov" for "Shcherbakov",
//     "Jouravlev" for "Zhuravlev");
//   - doubled letters, and one vowel at the end ("Puszkina", "Komuna");
//   - the endings of a Latin "-tion" ("-sion", "-cja", "-cia", "-tsiya",
//     and "-shun", "-shon", "-shion" as the ending is heard: "resolushun",
//     "elecshuns"),
//     with the Spanish plural "-ciones" as "-tions" ("elecciones"), and
//     "-ism" ("-izm").
func soundKey(w string) string {
	for _, e := range [][2]string{
		{"tsiya", "tion"}, {"tsija", "tion"}, {"tsia", "tion"}, {"tsion", "tion"}, {"zione", "tion"}, {"zion", "tion"},
		{"shuns", "tions"}, {"shons", "tions"},
		{"shion", "tion"}, {"shun", "tion"}, {"shon", "tion"},
		{"ciones", "tions"}, {"siones", "tions"},
		{"sion", "tion"}, {"cion", "tion"}, {"cja", "tion"}, {"cji", "tion"}, {"cje", "tion"}, {"cya", "tion"}, {"cia", "tion"},
		{"izm", "ism"},
	} {
		if s, ok := strings.CutSuffix(w, e[0]); ok && len(s) >= 3 {
			w = s + e[1]
			break
		}
	}
	for _, p := range []string{"kn", "gn"} {
		if s, ok := strings.CutPrefix(w, p); ok && len(s) >= 2 {
			w = "n" + s
			break
		}
	}
	var out []byte
	for i := 0; i < len(w); i++ {
		rest := w[i:]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		var put string
		step := 1
		switch {
		case strings.HasPrefix(rest, "chtch"):
			put, step = "Sk", 5
		case strings.HasPrefix(rest, "shch") || strings.HasPrefix(rest, "szcz"):
			put, step = "Sk", 4
		case strings.HasPrefix(rest, "ou") && i > 0 && !isVowel(w[i-1]):
			put, step = "u", 2
		case i == 0 && w[i] == 'j' && frenchJ(rest[1:]):
			put = "S"
		case strings.HasPrefix(rest, "tsch"):
			put, step = "k", 4
		case strings.HasPrefix(rest, "tch"):
			put, step = "k", 3
		case strings.HasPrefix(rest, "sch"):
			put, step = "S", 3
		case strings.HasPrefix(rest, "eau"):
			put, step = "o", 3
		case strings.HasPrefix(rest, "gh") && (i+2 == len(w) || w[i+2] == 't'):
			put, step = "", 2
		case strings.HasPrefix(rest, "ch") || strings.HasPrefix(rest, "kh") || strings.HasPrefix(rest, "cz") || strings.HasPrefix(rest, "ck"):
			put, step = "k", 2
		case strings.HasPrefix(rest, "sh") || strings.HasPrefix(rest, "sz"):
			put, step = "S", 2
		case strings.HasPrefix(rest, "zh"):
			put, step = "S", 2
		case strings.HasPrefix(rest, "ph"):
			put, step = "f", 2
		case w[i] == 'c':
			put = "k"
			if next == 'e' || next == 'i' || next == 'y' {
				put = "s"
			}
		case w[i] == 'q':
			put = "k"
		case w[i] == 'x':
			put = "ks"
		case w[i] == 'w':
			put = "v"
		case w[i] == 'j' || w[i] == 'y':
			put = "i"
		case w[i] == 'h' && i > 0:
			put = ""
		case w[i] == 'f' && strings.TrimLeft(rest, "f") == "":
			put, step = "v", len(rest)
		default:
			put = w[i : i+1]
		}
		for j := range len(put) {
			if n := len(out); n > 0 && out[n-1] == put[j] {
				continue
			}
			out = append(out, put[j])
		}
		i += step - 1
	}
	key := strings.ReplaceAll(string(out), "ie", "e")
	if n := len(key); n > 3 && isVowel(key[n-1]) && !isVowel(key[n-2]) {
		key = key[:n-1]
	}
	return key
}

// frenchJ reports whether a word's opening "j", followed by rest, is
// French's, which English writes "zh" ("Jouravlev" for "Zhuravlev",
// "Jmerinka" for "Zhmerinka"): before "ou", which French alone writes
// for "u", or before a consonant, where the "y" Polish and German write
// "j" for cannot stand. Before "h" it is German's ("Jhering", also
// "Ihering").
func frenchJ(rest string) bool {
	if strings.HasPrefix(rest, "ou") {
		return true
	}
	return rest != "" && !isVowel(rest[0]) && rest[0] != 'y' && rest[0] != 'h'
}

func isVowel(c byte) bool {
	return strings.IndexByte("aeiou", c) >= 0
}

// Sound-key bounds: a key of fewer letters than minSoundKey is shared by
// too many words to read one by it; a name the corpus writes
// capitalized may be read by a key of minNameSoundKey letters ("Nite"
// for "Knight"), and a name by a key one letter off its own from
// minNearSoundKey letters on ("Gorbaczow" for "Gorbachev": the vowel
// English writes "e" after "ch", Polish writes "o").
const (
	minNameSoundKey = 3
	minSoundKey     = 5
	minNearSoundKey = 6
)

// respellSound returns the word of the corpus that sounds as w does (see
// soundKey), or "": a word whose key is w's, or failing that a name
// whose key is one letter off, from the same first letter. With names,
// for a word w that is a real word, only a name whose key is w's is
// read ("Grim" for "Grimm"): a word WordNet knows only as a name, or not
// at all, that the corpus writes capitalized (see named); one letter off
// would read another real name as the corpus's ("Marcus", "Australia").
// Of the forms of one word, the one nearest w as typed is chosen; of two
// words as near, neither.
func (r *Retriever) respellSound(w string, names bool) string {
	key := soundKey(w)
	if len(key) < minNameSoundKey {
		return ""
	}
	sounds := r.wordSounds()
	isName := func(c string) bool {
		s := terms.Stem(c)
		return nameStem(s) && r.named(s)
	}
	fits := func(c string) bool {
		switch {
		case c == w || len(c) < minShortTypoLen || terms.IsStopword(c):
			return false
		case names:
			return isName(c)
		case len(key) < minSoundKey:
			return r.named(terms.Stem(c))
		}
		return true
	}
	if read, ok := r.nearestOneWord(w, sounds[key], fits); read != "" || !ok {
		return read
	}
	if names || len(key) < minNearSoundKey {
		return ""
	}
	var near []string
	for k, cs := range sounds {
		if k[0] != key[0] || len(k) < len(key)-1 || len(k) > len(key)+1 || editDistance(k, key) != 1 {
			continue
		}
		near = append(near, cs...)
	}
	read, _ := r.nearestOneWord(w, near, isName)
	return read
}

// nearestOneWord returns the candidate that fits nearest to w as typed,
// when those that fit are forms of one word (one stem), with ok true;
// "" and ok false when they are forms of several, and "" and ok true
// when none fits. Of forms as near, the first in alphabetical order is
// chosen, so that a question is always read the same way.
func (r *Retriever) nearestOneWord(w string, candidates []string, fits func(string) bool) (read string, ok bool) {
	stem, bestDist := "", 0
	for _, c := range candidates {
		if !fits(c) {
			continue
		}
		s := terms.Stem(c)
		if read != "" && s != stem {
			return "", false
		}
		d := editDistance(w, c)
		if read == "" || d < bestDist || d == bestDist && c < read {
			read, stem, bestDist = c, s, d
		}
	}
	return read, true
}

// opensSentence reports whether token t opens its sentence: it is the
// question's first word, or the first of its field after a field ending
// in a full stop, a question or exclamation mark or a colon, with no
// letter before it in its own field. A word capitalized anywhere else
// is capitalized as a name is.
func opensSentence(fields []string, t token) bool {
	if strings.ContainsFunc(fields[t.field][:t.start], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return false
	}
	if t.field == 0 {
		return true
	}
	prev := fields[t.field-1]
	return strings.ContainsAny(prev[len(prev)-1:], ".?!:")
}
