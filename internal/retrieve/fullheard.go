package retrieve

import (
	"strings"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// readFullNames returns fields with each two words side by side that
// sound as a given name and a surname the corpus writes side by side
// (see fullNames) read as that name, and the readings made, the name
// capitalized in the note on them: the text may write the given name
// only where it opens a sentence, which asWritten cannot read as a
// name. A name typed by ear, or spelt the way another language writes
// its sounds, keeps its consonants and loses its vowels, in both its
// words at once ("Meri Lait" for a text's "Mary Light", the "igh" heard
// as "ai"): neither word alone has consonants enough to be read as a
// name (see minConsonantKey), but the two together are the evidence one
// lacks, as the other name is in a pair joined by "and" (see
// readNamePairs).
func (r *Retriever) readFullNames(fields []string) ([]string, []Respelling) {
	var made []Respelling
	for i := 0; i+1 < len(fields); i++ {
		a := fields[i]
		b, tail := splitTail(fields[i+1])
		ra, rb := r.fullNameHeard(a, b)
		if ra == "" {
			continue
		}
		if !strings.EqualFold(ra, a) {
			made = append(made, Respelling{Typed: a, Read: terms.Capitalize(ra)})
			fields[i] = asTyped(ra, a)
		}
		if !strings.EqualFold(rb, b) {
			made = append(made, Respelling{Typed: b, Read: terms.Capitalize(rb)})
			fields[i+1] = asTyped(rb, b) + tail
		}
		i++
	}
	return fields, made
}

// splitTail returns a question's field without what follows its last
// letter, a possessive's "'s" among it ("Light's?"), and that.
func splitTail(f string) (string, string) {
	core := strings.TrimRightFunc(f, func(c rune) bool { return !isLetterRune(c) })
	if base, ok := strings.CutSuffix(core, "'s"); ok {
		core = base
	}
	return core, f[len(core):]
}

// asTyped returns read, a word of the corpus lower-cased, capitalized
// when typed was.
func asTyped(read, typed string) string {
	if typed != "" && typed[:1] != strings.ToLower(typed[:1]) {
		return terms.Capitalize(read)
	}
	return read
}

// fullNameHeard returns the given name and surname of the corpus (see
// fullNames) that a and b, two words side by side, stand for, or "" and
// "": each stands for its name (see fullNameWord), not both are the
// names as written, a word of the dictionary that has only its name's
// consonants stands beside one that sounds as the other name, their
// consonants together are at least minFullNameKey, and no other full
// name of the corpus is read so.
func (r *Retriever) fullNameHeard(a, b string) (string, string) {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if !isLetters(la) || !isLetters(lb) {
		return "", ""
	}
	var ga, gb string
	for _, name := range r.fullNames() {
		if la == name[0] && lb == name[1] {
			return "", ""
		}
		ka, kb := r.fullNameWord(la, name[0]), r.fullNameWord(lb, name[1])
		if ka == 0 || kb == 0 || ka+kb < 2*consonantsHeard {
			continue
		}
		if len(consonantKey(name[0]))+len(consonantKey(name[1])) < minFullNameKey {
			continue
		}
		if ga != "" && (ga != name[0] || gb != name[1]) {
			return "", ""
		}
		ga, gb = name[0], name[1]
	}
	return ga, gb
}

// minFullNameKey is the fewest consonants a given name and a surname
// must have together for fullNameHeard to read two words by them.
const minFullNameKey = 3

// How well a word stands for a word of a full name (see fullNameWord).
const (
	// consonantsShared: a word of the dictionary with the name's
	// consonants, which alone is meant as typed ("puli", a dog, for
	// "Pooley").
	consonantsShared = 1 + iota
	// consonantsHeard: a word no dictionary knows with the name's
	// consonants ("Lait" for "Light").
	consonantsHeard
	// soundsName: the name itself, or a word that sounds as it (see
	// soundsAs).
	soundsName
)

// fullNameWord returns how well w, a word of a question lower-cased,
// stands for name, a word of a full name of the corpus, or 0 when it
// does not: a word the corpus uses, or a stop word, stands for itself.
func (r *Retriever) fullNameWord(w, name string) int {
	switch {
	case w == name:
		return soundsName
	case terms.IsStopword(w) || r.usesWord(w) || r.Index.BM25.Has(terms.Stem(w)):
		return 0
	}
	heard := spokenAs(w)
	switch {
	case soundsAs(heard, name):
		return soundsName
	case consonantKey(heard) != consonantKey(name):
		return 0
	case thesaurus.Word(w):
		return consonantsShared
	}
	return consonantsHeard
}
