package retrieve

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/terms"
)

// usesWord reports whether the corpus holds w as written, lower-cased and
// with its accents folded as terms folds them ("cæsar" as "caesar").
func (r *Retriever) usesWord(w string) bool {
	r.vocab.once.Do(func() {
		r.vocab.words = map[string]bool{}
		add := func(text string) {
			for w := range terms.WordsSeq(text) {
				if r.vocab.words[w] {
					continue
				}
				r.vocab.words[w] = true
				r.vocab.order = append(r.vocab.order, w)
			}
		}
		for _, p := range r.Corpus.Passages {
			for _, b := range p.Blocks {
				add(b)
			}
		}
		// The author's name and the title may stand in no passage, only
		// in the byline: "Who is Acton?" is asked of the author, not of
		// "action".
		for _, src := range r.Corpus.Sources {
			add(src.Meta.Author + " " + src.Meta.Title)
		}
	})
	return r.vocab.words[w]
}

// typedWords returns the words of a lower-cased field as typed, marks
// and all, with their offsets: the words terms.Words splits, before it
// folds their accents ("żukow", not "zukow"), so that a respelling can
// name what was typed and replace it in place.
func typedWords(lower string) []token {
	var out []token
	start := -1
	flush := func(end int) {
		if start >= 0 && utf8.RuneCountInString(lower[start:end]) > 1 {
			out = append(out, token{start: start, word: lower[start:end]})
		}
		start = -1
	}
	for i, c := range lower {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(lower))
	return out
}

// knowsFolded reports whether the corpus holds the word w once its
// accents are folded as terms folds them: typed as the corpus prints it.
func (r *Retriever) knowsFolded(w string) bool {
	ws := terms.Words(w)
	return len(ws) == 1 && r.usesWord(ws[0])
}

// vocabulary is the corpus's words as written, gathered the first time a
// question has a word to respell, and the same words by their sound key
// (see soundKey).
type vocabulary struct {
	once  sync.Once
	words map[string]bool
	// order is words in the order the corpus first writes them.
	order []string
	// sounds is words by their sound key (see wordSounds), built apart,
	// the first time a slip is read by its sound: most questions hold
	// none, and folding and keying every word of the corpus cost a
	// fresh retriever's first question of the essay a quarter of its
	// time.
	sounds     map[string][]string
	soundsOnce sync.Once
	// byConsonants is words by their consonant key (see consonantKey),
	// built apart, the first time nameSoundingAs needs it: most
	// questions with a slip never do.
	byConsonants     map[string][]string
	byConsonantsOnce sync.Once
	// byStem is words by their stem (see stemForms), built apart, the
	// first time a slip's nearest word is no real word.
	byStem     map[string][]string
	byStemOnce sync.Once
}

// wordSounds returns the corpus's words by their sound key (see
// soundKey), each key's words in the order the corpus first writes them,
// built once a retriever.
func (r *Retriever) wordSounds() map[string][]string {
	r.usesWord("")
	r.vocab.soundsOnce.Do(func() {
		r.vocab.sounds = map[string][]string{}
		for _, w := range r.vocab.order {
			if f, ok := fold(w); ok {
				k := soundKey(f)
				r.vocab.sounds[k] = append(r.vocab.sounds[k], w)
			}
		}
	})
	return r.vocab.sounds
}

// withConsonants returns the corpus's words whose consonant key (see
// consonantKey) is key, none for a key too short to name anyone (see
// soundsAs). The table is built once a retriever, so that reading the
// words of a question as a name split apart costs a look-up each, not a
// pass over every word of a large corpus.
func (r *Retriever) withConsonants(key string) []string {
	if len(key) < minConsonantKey {
		return nil
	}
	r.vocab.byConsonantsOnce.Do(func() {
		// usesWord builds r.vocab.words on first use.
		r.usesWord("")
		r.vocab.byConsonants = map[string][]string{}
		for w := range r.vocab.words {
			for _, f := range heardForms(w) {
				if k := consonantKey(f); len(k) >= minConsonantKey && !slices.Contains(r.vocab.byConsonants[k], w) {
					r.vocab.byConsonants[k] = append(r.vocab.byConsonants[k], w)
				}
			}
		}
	})
	return r.vocab.byConsonants[key]
}

// apostropheDropped returns the contraction "n't", "'ve", "'re" or "'ll"
// of a function word that w is with its apostrophe left out ("cant" for
// "can't", "wouldve" for "would've", "theyre" for "they're"), or "".
func apostropheDropped(w string) string {
	if base, ok := strings.CutSuffix(w, "nt"); ok && negatable[base+"n"] {
		return base + "n't"
	}
	for _, c := range []string{"ve", "re", "ll"} {
		if base, ok := strings.CutSuffix(w, c); ok && withoutApostrophe[c][base] {
			return base + "'" + c
		}
	}
	return ""
}

// withoutApostrophe maps the endings "'ve", "'re" and "'ll" to the words they
// are added to whose contraction, typed without its apostrophe, is no
// word of its own: "wouldve", "theyre", "youll", but not "were", "well"
// or "shell".
var withoutApostrophe = map[string]map[string]bool{
	"ve": words("would", "could", "should", "might", "must", "you", "we", "they"),
	"re": words("you", "they"),
	"ll": words("you", "they", "it", "that"),
}

// negatable are the auxiliaries "n't" is added to, as they stand before
// it ("can" in "can't", "wo" in "won't").
var negatable = words("can", "won", "don", "didn", "doesn", "isn", "wasn", "aren", "weren",
	"hasn", "haven", "hadn", "couldn", "wouldn", "shouldn", "mustn", "needn", "ain")

// isFunctionWord reports whether w is a stop word or a contraction of one
// with a single letter after the apostrophe ("didn't", "it's", "I'm"):
// the contractions that split into as many words as their typo did.
func isFunctionWord(w string) bool {
	base, suffix, ok := strings.Cut(w, "'")
	if !ok {
		return terms.IsStopword(w)
	}
	switch suffix {
	case "t":
		return strings.HasSuffix(base, "n") && terms.IsStopword(base)
	case "s", "m", "d":
		return contractionBases[base]
	}
	return false
}

// contractionBases are the words "'s", "'m" and "'d" are added to.
var contractionBases = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true,
	"there": true, "that": true, "what": true, "who": true, "where": true, "here": true, "how": true, "let": true,
}
