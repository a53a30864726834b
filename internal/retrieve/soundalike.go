package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/terms"
)

// The names a question gives that sound as a name the text writes
// another way ("Zhivago" for "Jivago"): the relation test reads
// the sentences naming either (see twins, soundsAlike, consonantKey).

// twins returns the other stems the corpus writes as names that sound
// as name stem n does (see consonantKey), cached.
func (r *Retriever) twins(n string) []string {
	si := &r.sentenceIndex
	si.mu.Lock()
	out, ok := si.twins[n]
	si.mu.Unlock()
	if ok {
		return out
	}
	if key := consonantKey(n); len(key) > minConsonantKey && r.named(n) {
		for _, t := range r.stemsSounding(key) {
			if t != n && r.named(t) {
				out = append(out, t)
			}
		}
	}
	si.mu.Lock()
	if si.twins == nil {
		si.twins = map[string][]string{}
	}
	si.twins[n] = out
	si.mu.Unlock()
	return out
}

// consonantKey returns the consonants of a name's stem as it sounds, the
// same however it is carried over from another alphabet or typed by ear:
// the digraphs of one sound read as it ("kh", "ch" and "cz" as "k"; "sh",
// "zh", "sz" as "s"; "ph" as "f"), silent letters dropped ("kn" opening a
// word, "gh"), letters of one sound made one ("c", "k", "q"; "s", "z";
// "f", "v", "w"), vowels and the half-vowels "j", "y" and "h" left out,
// and a doubled consonant read once. "gorbaczow" and "gorbachev" both
// give "grbkf", "dostojewski" and "dostoyevsky" "dstfsk", "nott" and
// "knott" "nt". Its letters need no folding: stems come folded from terms
// ("Żukow" is "zukow").
//
// It is not the speller's soundKey (translit.go), and both are needed.
// The speller rewrites a word of the question into a word of the text,
// so its key keeps the vowels and reads a name only by its own key or
// one letter off it: a looser key would rewrite real names into the
// text's. This key only decides whether a name the question gives,
// which the speller left as typed, is one the text names (see
// soundsAlike, twins): a mistake there answers a question rather than
// rewriting it, and a name respelt by ear often changes a vowel
// ("Brandenburger" for the text's "Brandenberger", read by no sound key
// of the speller's).
func consonantKey(s string) string {
	w := spoken(s)
	var out []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'j', 'h':
			continue
		case 'c', 'q':
			c = 'k'
		case 'z':
			c = 's'
		case 'v', 'w':
			c = 'f'
		case 'x':
			out = append(out, 'k')
			c = 's'
		}
		if len(out) == 0 || out[len(out)-1] != c {
			out = append(out, c)
		}
	}
	return string(out)
}

// vowelKey returns the vowels of a name as it sounds (see spoken): each
// run of vowels as its first, "y" as "i", "j" and "h" between vowels
// left out, a final silent "e" too.
// Two names of two consonants sound alike only with the same vowels too:
// "Nott" and "Knott" do ("o"), "Attila" and "Italy" do not.
func vowelKey(s string) string {
	w := strings.TrimSuffix(spoken(s), "e")
	var out []byte
	prev := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == 'j' || c == 'h' {
			// A glide or a breath joins the vowels about it: "uje" is
			// read as "ue".
			continue
		}
		if c == 'y' {
			c = 'i'
		}
		vowel := strings.IndexByte("aeiou", c) >= 0
		if vowel && !prev {
			out = append(out, c)
		}
		prev = vowel
	}
	return string(out)
}

// soundsAs reports whether two names sound alike: the same consonants
// (see consonantKey), at least minConsonantKey of them, and for so few, the same
// vowels too (see vowelKey), or, in names of one first letter, two of
// them swapped ("Maira" for "Maria": a name typed by ear often swaps two
// vowels; "Attila" and "Italy" differ in more, "Torah" and "author" in
// their first letter).
func soundsAs(a, b string) bool {
	shch := strings.Contains(a, "shch") || strings.Contains(b, "shch")
	ka, kb := consonantKey(a), consonantKey(b)
	if (ka != kb || len(ka) < minConsonantKey) && !shch {
		return false
	}
	// "shch" read as "sh" changes no vowel: the keys serve both readings.
	va, vb := vowelKey(a), vowelKey(b)
	sameFirst := a != "" && b != "" && a[0] == b[0]
	if keysSoundAs(ka, kb, va, vb, sameFirst) {
		return true
	}
	return shch && len(va) == len(vb) && va != "" && va[0] == vb[0] &&
		keysSoundAs(consonantKey(oneSh(a)), consonantKey(oneSh(b)), va, vb, sameFirst)
}

// oneSh returns s with "shch", which carries over one Russian letter, as
// the "sh" a reader types for it ("Shedrin" for "Shchedrin"), though
// heard it is two sounds. Read so, a name must also keep its count of
// vowels and its first: its consonants are few for its length, and a
// name of other vowels sharing them is another name.
func oneSh(s string) string { return strings.ReplaceAll(s, "shch", "sh") }

// keysSoundAs is soundsAs by two names' consonant keys and vowel keys,
// and whether they open with one letter.
func keysSoundAs(ka, kb, va, vb string, sameFirst bool) bool {
	return len(ka) >= minConsonantKey && ka == kb && (len(ka) > minConsonantKey || va == vb || sameFirst && vowelsSwapped(va, vb))
}

// vowelsSwapped reports whether two vowel keys are the same but for two
// neighbours swapped.
func vowelsSwapped(a, b string) bool {
	if a == b || len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// spoken returns the letters a to z of s, lower-cased, with the letters
// of one sound made one (see consonantKey).
func spoken(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' {
			b.WriteRune(c)
		}
	}
	w := b.String()
	if strings.HasPrefix(w, "kn") {
		w = w[1:]
	}
	return soundDigraphs.Replace(w)
}

// soundDigraphs reads the pairs of letters that spell one sound.
var soundDigraphs = strings.NewReplacer("sch", "s", "gh", "", "ph", "f", "kh", "k", "ch", "k", "cz", "k", "ck", "k",
	"sh", "s", "zh", "s", "sz", "s", "rz", "s", "th", "t")

// minConsonantKey is the fewest consonants a name's sound key must have for
// it to stand for another name: a name of one consonant ("Mao") sounds
// like too many others. A word in lower case is not read so at all:
// "onto" is no "Knott".
const minConsonantKey = 2

// soundsAlike returns, for each stem of q the corpus lacks that stands
// in one of q.Names (a word typed in capitals), the stem of a name
// the corpus writes (see named) that sounds the same (see consonantKey),
// preferring one held (by the best passage): "Gorbaczow" for a text
// naming "Gorbachev". A name typed as it sounds, or carried over from
// another alphabet another way, is the text's name, not one it never
// mentions.
func (r *Retriever) soundsAlike(q *Query, held map[string]bool) map[string]string {
	var out map[string]string
	capital := map[string]bool{}
	for _, n := range q.Names {
		for _, w := range strings.Fields(n) {
			capital[terms.Stem(w)] = true
		}
	}
	for _, s := range q.Stems {
		if r.Index.BM25.Has(s) || !capital[s] {
			continue
		}
		key := consonantKey(s)
		if len(key) < minConsonantKey {
			continue
		}
		// Of two names sounding the same, the first in order is taken,
		// so that the same question is always read the same way.
		best := ""
		pick := func(stems func(func(string) bool)) {
			stems(func(t string) bool {
				if (best == "" || t < best) && soundsAs(s, t) && r.named(t) {
					best = t
				}
				return true
			})
		}
		pick(func(yield func(string) bool) {
			for t := range held {
				yield(t)
			}
		})
		if best == "" {
			pick(slices.Values(r.stemsSounding(key)))
		}
		if best != "" {
			if out == nil {
				out = map[string]string{}
			}
			out[s] = best
		}
	}
	return out
}
