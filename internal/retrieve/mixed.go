package retrieve

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// A learner often asks in his own language around the English names and
// terms he read ("¿Quién bloqueó las reforms?"). His own words are no
// slips of English: read one edit off ("las" as "lad") they ask what he
// never asked, and weighed as words the text lacks they decline a
// question the text answers. mixedReading finds such a question, the
// speller leaves its foreign words as typed, and readEnglishMeant reads
// it by its English words alone.

// Mixed is how a question reads when it is asked mostly in another
// language: its words of no English the project knows, and the content
// words it holds of English or of the text.
type Mixed struct {
	Foreign, English []string
}

// isDigits reports whether w is written in digits.
func isDigits(w string) bool {
	return strings.IndexFunc(w, func(c rune) bool { return !unicode.IsDigit(c) }) < 0
}

// minForeign is the fewest foreign words that make a question read as
// asked in another language: one alone is more likely a slip or a term.
const minForeign = 2

// mixedReading returns how the question reads, with Foreign empty unless
// it is asked mostly in another language (see mostlyForeign): its words
// of no English (see ownLanguageWord) and the short ones that may be of
// either (see ambiguousShort) against its English content words.
func (r *Retriever) mixedReading(question string) Mixed {
	var m Mixed
	own, function, short := 0, 0, false
	fields := strings.Fields(question)
	first := true
	for _, f := range fields {
		lower := strings.ToLower(f)
		if len(lower) != len(f) {
			continue
		}
		for _, t := range typedWords(lower) {
			typed := f[t.start : t.start+len(t.word)]
			inside := !first
			first = false
			switch {
			case inside && typedCapital(f, t.start) && !r.usesWord(t.word):
				// A word capitalized inside the question is a name the
				// text lacks, of no language.
			case r.ownLanguageWord(t.word):
				m.Foreign = append(m.Foreign, typed)
				own++
				short = short || len(t.word) < minTypoLen
			case r.ambiguousShort(t.word):
				m.Foreign = append(m.Foreign, typed)
			case isDigits(t.word):
			case terms.IsStopword(t.word):
				function++
			default:
				m.English = append(m.English, typed)
			}
		}
	}
	if !mostlyForeign(own, len(m.Foreign), len(m.English)+function, short) {
		m.Foreign = nil
	}
	return m
}

// mostlyForeign reports whether a question with own words of no English,
// foreign such words and short ones WordNet knows only as a name or an
// abbreviation ("de", "las"), and english words, content and function
// words both, is asked mostly in another language: minForeign own words
// at least, and no fewer foreign words than English ones. An English
// question full of slips ("wht did stln want w/ the elections") keeps
// its function words, which a question in another language lacks. A tie
// needs a short own word among them: a language's function words are
// short, while two long words of no English beside two of it are as
// likely names the text lacks ("did navalny and zelensky discuss ..."),
// asked in English.
func mostlyForeign(own, foreign, english int, short bool) bool {
	if own < minForeign {
		return false
	}
	return foreign > english || foreign == english && short
}

// ownLanguageWord reports whether w, a lower-cased word of a question, is of
// no English the project knows: not a stop word, no word of the corpus
// (as typed or with its accents folded), WordNet knows neither it nor a
// word it inflects, no reader of text speech or slang claims it, and it
// is no slip of a word of the corpus: a word of minTypoLen letters or
// more one edit from one ("stalln") is a slip, unless that one is a
// function word, which a word of another language often is one edit
// from. A word typed with accents the corpus does not print ("según") is
// foreign even so: an English slip does not add them.
func (r *Retriever) ownLanguageWord(w string) bool {
	if terms.IsStopword(w) || unlistedPrepositions[w] || isDigits(w) || r.knowsFolded(w) {
		return false
	}
	marked := !isLetters(w)
	if marked {
		f, ok := fold(w)
		if !ok {
			return false
		}
		w = f
	}
	if len(w) > maxTypoLen || terms.IsStopword(w) || r.usesWord(w) || r.Index.BM25.Has(terms.Stem(w)) {
		return false
	}
	if marked {
		return true
	}
	stem := terms.Stem(w)
	if thesaurus.Senses(stem) > 0 || thesaurus.Word(w) || baseForm(w) != "" {
		return false
	}
	if r.spokenWord(w) != "" || slangAlone(w) || casualWords[w] || apostropheDropped(w) != "" {
		return false
	}
	if !strings.ContainsAny(w, "aeiouy") || r.skeletonWord(w) != "" {
		// A word typed without its vowels is English shortened.
		return false
	}
	if len(w) < minTypoLen {
		return true
	}
	if heardSpelling(w) != "" {
		// A long word spelt as English sounds is English misspelt.
		return false
	}
	read := r.respell(w)
	return read == "" || terms.IsStopword(read) || terms.IsFunctionWord(read)
}

// ambiguousShort reports whether w is a short word the corpus lacks that
// WordNet knows, often as a name or an abbreviation ("de", "las"): in a
// question of words of no English, as likely one of their language.
func (r *Retriever) ambiguousShort(w string) bool {
	return len(w) < minTypoLen && !r.usesWord(w) && !r.Index.BM25.Has(terms.Stem(w))
}

// foreignSet returns the lower-cased foreign words of m, for the speller
// to leave as typed.
func (m Mixed) foreignSet() map[string]bool {
	if len(m.Foreign) == 0 {
		return nil
	}
	out := map[string]bool{}
	for _, w := range m.Foreign {
		out[strings.ToLower(w)] = true
	}
	return out
}

// englishText returns text, the question as searched, with its foreign
// words (see mixedReading) left out: "¿Quién bloqueó las reforms?" is
// searched as "reforms?".
func englishText(text string, foreign map[string]bool) string {
	var kept []string
	for _, f := range strings.Fields(text) {
		words := typedWords(strings.ToLower(f))
		all := len(words) > 0
		for _, t := range words {
			if !foreign[t.word] {
				all = false
			}
		}
		if all {
			continue
		}
		kept = append(kept, strings.TrimLeftFunc(f, func(c rune) bool { return c == '¿' || c == '¡' }))
	}
	return strings.Join(kept, " ")
}

// readEnglishMeant returns s, or, when s is declined and its question is
// asked mostly in another language (see mixedReading), the search for
// its English words alone, if that one is answered and asks of a word of
// the text that is no name (see asksOfTerm): a question of names alone
// ("¿Son gemelos Cervantes y Goya?") asks something of them its English
// does not say, and stays declined.
func (r *Retriever) readEnglishMeant(ctx context.Context, s *Search) (*Search, error) {
	foreign := s.Q.Mixed.foreignSet()
	if foreign == nil {
		return s, nil
	}
	text := englishText(s.Q.Text, foreign)
	if len(terms.Words(text)) == 0 {
		return s, nil
	}
	shown := []Respelling{{Typed: s.Q.Asked, Read: strings.Join(s.Q.Mixed.English, " ")}}
	return r.rereadDeclined(ctx, s, text, shown, r.asksOfTerm)
}

// asksOfTerm reports whether q holds a content word of the text that is
// no name of it, nor an everyday word (see Everyday): "years" alone,
// beside words of another language, may ask anything of them.
func (r *Retriever) asksOfTerm(q *Query) bool {
	for _, s := range q.Stems {
		if r.Index.BM25.Has(s) && !r.named(s) && !capitalizedIn(q.Text, s) && !Everyday(s) {
			return true
		}
	}
	return false
}

// capitalizedIn reports whether a word of text whose stem is s is typed
// capitalized after its first word: a name the question gives as one.
func capitalizedIn(text string, s string) bool {
	for i, f := range strings.Fields(text) {
		for _, t := range typedWords(strings.ToLower(f)) {
			if i == 0 && t.start == 0 || terms.Stem(t.word) != s {
				continue
			}
			if c, _ := utf8.DecodeRuneInString(f[t.start:]); unicode.IsUpper(c) {
				return true
			}
		}
	}
	return false
}
