package retrieve

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// A reader whose first language is not English asks in words of his
// own: a compound his language joins into one word ("Jivagokult" for
// "the cult of Jivago"), or an English word in the sense its look-alike
// has at home ("eventually" for "possibly", as German "eventuell" and
// Spanish "eventualmente" mean). The speller reads neither: the compound
// is no slip of any word, and the look-alike is a real word. So a
// question the text answers was declined as never mentioning it.
// readForeignMeant reads such words where that is the only way the
// question is answered, and says so, as readNamesMeant does. German
// also capitalizes every noun, so a word of his own ("my Jivagoarbeit")
// reads as a name the text lacks, and a common noun after another
// ("Higher Salary") as a name of its own made of common words.

// falseFriends maps an English word to the sense learners give it from
// a look-alike of their own language, where that sense is another
// English word: general English, the same for every text.
var falseFriends = map[string]string{
	"eventually": "possibly", // German "eventuell", Spanish "eventualmente"
	"eventual":   "possible",
}

// Compound bounds. A head shorter than minCompoundHead letters ends too
// many words by chance ("-tion"); a modifier shorter than
// minCompoundModifier is more likely a prefix of the head's own word.
const (
	minCompoundHead     = 4
	minCompoundModifier = 3
)

// readForeignMeant returns s, or, when s is declined under the
// retriever's weights, the search for its question with each word the
// text lacks read as a foreign reader means it (see foreignReadings), if
// that one is answered.
//
// A word with several senses the text holds ("delo": "case", "affair")
// is read in its first such sense, then, if that reading is declined
// or the sense is a word the question already holds, in the next:
// "delo vrachey" is the doctors' case, "Dunmorskoe delo" the Dunmore
// Affair, and only the question tells which.
func (r *Retriever) readForeignMeant(ctx context.Context, s *Search) (*Search, error) {
	last := ""
	for sense := range maxSenses {
		text, read := r.foreignReadings(s.Q, sense)
		text, nouns := r.nounsUncapitalized(text)
		if len(read) == 0 && !nouns {
			// The sense may be a word the question holds, and so no
			// reading ("which Verlag published": "publisher"); the
			// next may not.
			continue
		}
		if text == last {
			return s, nil
		}
		last = text
		alt, err := r.rereadDeclined(ctx, s, text, r.namesAsWritten(read), nil)
		if err != nil || alt != s {
			return alt, err
		}
	}
	return s, nil
}

// maxSenses is the most senses of one word a foreign reading tries.
const maxSenses = 3

// foreignReadings returns q's text with each word the text lacks (see
// Query.Missing) read as a false friend's sense (see falseFriends), a
// Russian or German word's sense-th held sense (see russianMeant,
// germanMeant) or a compound's head (see compoundHead), and the readings
// made; or q's text and none.
//
// A word asked who it is (see askedWho) is read only as a compound or a
// false friend: a table gives a common noun, which names no one, and
// "Who is Verlag?", read as "Who is press?", was answered from a
// citation's imprint.
func (r *Retriever) foreignReadings(q *Query, sense int) (string, []Respelling) {
	return readMissing(q, func(toks []token, k int) string {
		if askedWho(toks, k) {
			if friend, ok := falseFriends[toks[k].word]; ok {
				return friend
			}
			return r.compoundHead(toks[k].word)
		}
		return r.foreignMeant(toks[k].word, sense)
	})
}

// askedWho reports whether toks[k], of a question's lower-case words,
// is whom it asks who he is: after "who is", "who was", "who were" or
// "who's" (whose "s" is no word), or after these and "this" or "that"
// ("Who is this X?"). The word stands where a name does. One after an
// article ("Who is the X?") asks who holds a role, which a common noun
// names.
func askedWho(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && (toks[j].word == "this" || toks[j].word == "that") {
		j--
	}
	switch {
	case j >= 0 && (toks[j].word == "who" || whoContracted[toks[j].word]):
		return true
	case j >= 1 && beWords[toks[j].word] && toks[j-1].word == "who":
		return true
	}
	return false
}

// readMissing returns q's text with each word the text lacks (see
// Query.Missing) replaced by what meant reads it as, given the question's
// lower-case words and its place among them, and the readings made; or
// q's text and none. A reading of "" or of a word the question already
// holds is no reading. Words are replaced from the last, so that the
// earlier ones' offsets hold.
func readMissing(q *Query, meant func(toks []token, k int) string) (string, []Respelling) {
	text := q.Text
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return text, nil
	}
	toks := typedWords(lower)
	var read []Respelling
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if !slices.Contains(q.Missing, t.word) {
			continue
		}
		m := meant(toks, k)
		if m == "" || slices.Contains(q.Stems, terms.Stem(m)) {
			continue
		}
		end := t.start + len(t.word)
		read = append(read, Respelling{Typed: text[t.start:end], Read: m})
		text = text[:t.start] + m + text[end:]
	}
	slices.Reverse(read)
	return text, read
}

// foreignMeant returns the word w, a lower-case word the text lacks,
// stands for as a foreign reader uses it, in the sense-th of its senses
// the text holds where it has several (see russianMeant), or "".
func (r *Retriever) foreignMeant(w string, sense int) string {
	if friend, ok := falseFriends[w]; ok {
		return friend
	}
	if m := r.russianMeant(w, sense); m != "" {
		return m
	}
	if m := r.germanMeant(w, sense); m != "" {
		return m
	}
	return r.compoundHead(w)
}

// compoundHead returns the words of the corpus that w, a compound no
// dictionary knows, is made of, modifier and head: German and Dutch join
// a thing's kind to the word before it ("Gemeindekult", "the community
// cult"), and the head says what the thing is. Both parts must be words
// of the corpus: a head alone reads any long word that ends in one,
// "Switzerland" as "land" and "crimean" as "mean". The head is the corpus's word as written or
// its English cognate (see cognates: "kult" is "cult"); of two heads, the
// longer. A word the dictionary or the corpus knows is no compound to
// part, nor one whose head is a function word.
func (r *Retriever) compoundHead(w string) string {
	if !isLetters(w) || commonWord(w) || r.usesWord(w) {
		return ""
	}
	for i := minCompoundModifier; len(w)-i >= minCompoundHead; i++ {
		if head := r.headWord(w[i:]); head != "" {
			if mod := r.modifierWord(w[:i]); mod != "" {
				return mod + " " + head
			}
		}
	}
	return ""
}

// linkingEndings are the letters German and Dutch put between the parts
// of a compound ("Jivagos-", "Jivagen-"), longest first.
var linkingEndings = []string{"en", "es", "n", "s", "e", ""}

// modifierWord returns the corpus's word that mod, the start of a
// compound, is, or "": as typed or without its linking letters (see
// linkingEndings), or a word of the corpus one letter longer, as a
// compound drops an ending ("part" in "partmaximum" for "party"); of
// those, the one more passages hold.
func (r *Retriever) modifierWord(mod string) string {
	best, bestDF := "", 0
	take := func(w string) {
		if df := r.df(terms.Stem(w)); r.knownWord(w) && df > bestDF {
			best, bestDF = w, df
		}
	}
	for _, link := range linkingEndings {
		stem, ok := strings.CutSuffix(mod, link)
		if !ok || len(stem) < minCompoundModifier {
			continue
		}
		take(stem)
		for c := 'a'; c <= 'z'; c++ {
			take(stem + string(c))
		}
	}
	return best
}

// knownWord reports whether w is a word of general English the corpus
// writes, no function word.
func (r *Retriever) knownWord(w string) bool {
	return r.usesWord(w) && !isFunctionWord(w) && commonWord(w)
}

// headWord returns the corpus's word that head, the end of a compound,
// is, as written or as the cognate fewest rules make, or "".
func (r *Retriever) headWord(head string) string {
	if r.knownWord(head) {
		return head
	}
	for _, level := range cognates(head) {
		for _, c := range level {
			if r.knownWord(c) {
				return c
			}
		}
	}
	return ""
}

// nounsUncapitalized returns text with each capitalized word that is no
// name lower-cased, and whether it was, when the asker capitalizes
// common nouns as German does: a word the dictionary knows only in lower
// case, which the corpus never writes as a name, stands capitalized
// inside a sentence between two words that are not ("where are the
// Citations of it"). A name is a word the dictionary knows as one, or
// one the corpus writes capitalized; any other capitalized word of such
// an asker is as likely a noun of his own language ("Hausarbeit") as a
// name. An English asker's capitals stand in runs ("the Second World
// War"), which this leaves alone.
func (r *Retriever) nounsUncapitalized(text string) (string, bool) {
	fields := strings.Fields(text)
	caps := make([]bool, len(fields))
	words := make([]string, len(fields))
	for i, f := range fields {
		words[i] = strings.Trim(f, fieldMarks)
		first, _ := utf8.DecodeRuneInString(words[i])
		caps[i] = unicode.IsUpper(first) && words[i] != strings.ToUpper(words[i])
	}
	germanic := false
	for i := 1; i < len(fields); i++ {
		if !caps[i] || strings.ContainsAny(fields[i-1], ".?!:") || caps[i-1] || i+1 < len(fields) && caps[i+1] {
			continue
		}
		w := strings.ToLower(words[i])
		germanic = germanic || isLetters(w) && commonWord(w) && r.noName(w)
	}
	if !germanic {
		return text, false
	}
	for i := 1; i < len(fields); i++ {
		if w := strings.ToLower(words[i]); caps[i] && isLetters(w) && !thesaurus.Proper(terms.Stem(w)) && r.noName(w) {
			at := strings.Index(fields[i], words[i])
			fields[i] = fields[i][:at] + strings.ToLower(words[i][:1]) + fields[i][at+1:]
		}
	}
	return strings.Join(fields, " "), true
}

// fieldMarks are the marks around a typed word: quotes, brackets and
// the punctuation after it.
const fieldMarks = ".,;:?!\"'()[]“”‘’"

// noName reports whether w, a lower-case word, names neither a place the
// dictionary knows ("France", whose stem is a coin's) nor anything the
// corpus writes capitalized.
func (r *Retriever) noName(w string) bool {
	s := terms.Stem(w)
	return !thesaurus.Place(s) && !r.named(s)
}
