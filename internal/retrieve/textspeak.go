package retrieve

import (
	"strings"
	"unicode"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// textSpeak maps texting's spellings of common English words to the
// words they stand for: "what did he say abt smth" asks what "what did
// he say about something" does. Left as typed, each was searched and
// weighed as a word the corpus lacks, or, one letter long, dropped: "n"
// joins two questions as "and" does. The list is general English, each
// spelling mapped only to the word it is texting's for; a word of more
// than one meaning in writing ("bout", "tho", "esp.") is left out, and one the
// corpus itself uses is read as the corpus's (see spokenWord). "ppl" is
// read as an informal word (see plainWordTable).
var textSpeak = map[string]string{
	"abt": "about", "bcuz": "because", "bc": "because", "cuz": "because",
	"coz": "because", "smth": "something", "smthg": "something",
	"sth": "something", "sb": "somebody", "smb": "somebody",
	"rly": "really", "srsly": "seriously",
	"thru": "through", "wht": "what", "wat": "what", "wats": "what's",
	"wut": "what", "wy": "why", "ur": "your", "b4": "before",
	"bfr": "before", "govt": "government", "convo": "conversation",
	"convos": "conversations", "wud": "would", "shud": "should", "wich": "which",
	"arg": "argument", "args": "arguments",
	// Texting keeps a short word's consonants: "whr ws the doc first
	// publishd", "which para says he cldnt control them".
	"whr": "where", "ws": "was", "whn": "when", "whts": "what's",
	"cld": "could", "wld": "would", "shld": "should",
	"cldnt": "couldn't", "wldnt": "wouldn't", "shldnt": "shouldn't",
	"dnt": "don't", "dsnt": "doesn't", "ddnt": "didn't",
	// A student's notes shorten a long word of history: "the chinese
	// cultural rev".
	"rev": "revolution", "revs": "revolutions", "max": "maximum",
}

// beforeWord maps the shortenings of a student's notes that are texting's
// for another word elsewhere to the word they stand for before the word
// that must follow them: "the author's def of democracy" asks for his
// definition of it, where "he def hated it" means "definitely"; "bad acc
// to him" asks what he holds ("according to him"), where "acc" alone may
// be an account. Each is read only before its word, where nothing else
// stands.
var beforeWord = map[string]shortened{
	"def": {"of", "definition"}, "defn": {"of", "definition"},
	"acc": {"to", "according"},
}

// shortened is a shortening of beforeWord: the word that must follow it
// and the word it stands for there.
type shortened struct{ next, read string }

// shortBefore returns the word w, typed in lower case before next, stands
// for (see beforeWord), or "" when next is not the word it needs or the
// corpus uses w as it is.
func (r *Retriever) shortBefore(w, next string) string {
	s, ok := beforeWord[w]
	if !ok || next != s.next || r.usesWord(w) {
		return ""
	}
	return s.read
}

// textLetters maps the single letters texting writes for a word to it:
// "whats the cult n y does it matter" asks "and why". They are read
// only in lower case before a word, where no initial ("George W. Bush")
// or label ("note n 15", "option b") stands; "n", which joins two
// words, only after one too. "w" is left as typed: read as "with", it
// moved the embedder's ranking of a question it added nothing to.
var textLetters = map[string]string{
	"n": "and", "u": "you", "r": "are", "y": "why",
}

// joiningLetters are the letters of textLetters that stand between two
// words.
var joiningLetters = words("n")

// spokenWord returns the word w, typed in lower case, is texting's for
// (see textSpeak), or "" when it is none or the corpus uses it as it is.
func (r *Retriever) spokenWord(w string) string {
	read := textSpeak[w]
	if read == "" || r.usesWord(w) {
		return ""
	}
	return read
}

// readLetters returns fields with each single letter texting writes for a
// word (see textLetters) replaced by the word, and the readings made. A
// letter before a number ("n 15") is a label and is left alone, as is
// one typed with a capital or ending the question.
func readLetters(fields []string) ([]string, []Respelling) {
	var made []Respelling
	for i := 0; i+1 < len(fields); i++ {
		f := fields[i]
		core := strings.TrimRight(f, ",;:")
		read := textLetters[core]
		joins := joiningLetters[core]
		if read == "" || !startsWord(fields[i+1]) || joins && (i == 0 || !endsWord(fields[i-1])) {
			continue
		}
		if len(made) == 0 {
			fields = append([]string(nil), fields...)
		}
		fields[i] = read + f[len(core):]
		made = append(made, Respelling{Typed: core, Read: read})
	}
	return fields, made
}

// startsWord reports whether field opens with a letter: the word it
// begins follows a letter read as a word, not a number or a sign.
func startsWord(field string) bool {
	for _, c := range field {
		return unicode.IsLetter(c)
	}
	return false
}

// endsWord reports whether field ends with a letter or a digit, not at
// the close of a sentence: the letter after it stands inside one.
func endsWord(field string) bool {
	if field == "" {
		return false
	}
	c := rune(field[len(field)-1])
	return unicode.IsLetter(c) || unicode.IsDigit(c) || c >= 0x80
}

// droppedG returns the word w, typed in lower case, stands for with the
// "g" of its "-ing" dropped, as speech drops it ("makin" for "making"),
// or "": a word the dictionary knows with the "g", of a stem the corpus
// holds. A common word ("begin", "thin", "robin") or one the corpus uses
// is left as typed; "Makin" is an island to the dictionary, no common
// word.
func (r *Retriever) droppedG(w string) string {
	if len(w) < 4 || !strings.HasSuffix(w, "in") || !isLetters(w) || commonWord(w) || r.usesWord(w) {
		return ""
	}
	ing := w + "g"
	if !thesaurus.Word(ing) || !r.Index.BM25.Has(terms.Stem(ing)) {
		return ""
	}
	return ing
}
