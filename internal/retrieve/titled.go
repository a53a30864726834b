package retrieve

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// askedOnlyTitled reports whether q asks which things of a kind did
// something ("Which jivagists got rich?", "Who were the jivagists that
// ...?") and the corpus writes the kind's word only inside the titles of
// works it cites ("see \"The Jivagist Era: A Study\""). A title names a
// work, and says nothing of who the things it speaks of were: the text
// names none of them.
func (r *Retriever) askedOnlyTitled(q *Query) bool {
	kind := askedKindWord(q.Words)
	if kind == "" {
		return false
	}
	s := terms.Stem(kind)
	uses := titledUses(r.Corpus)
	return sharesStem(uses.titled, s) && !sharesStem(uses.plain, s)
}

// sharesStem reports whether stems hold s, or a stem of
// minSharedStem letters or more that s starts with or that starts with
// s: "oligarch" and "oligarchi" are one word to a question.
func sharesStem(stems map[string]bool, s string) bool {
	if stems[s] {
		return true
	}
	if len(s) < minSharedStem {
		return false
	}
	for t := range stems {
		if len(t) >= minSharedStem && (strings.HasPrefix(t, s) || strings.HasPrefix(s, t)) {
			return true
		}
	}
	return false
}

// minSharedStem is the shortest stem sharesStem matches by prefix.
const minSharedStem = 5

// askedKindWord returns the word for the kind of thing q asks which ones
// of: "oligarchs" in "which oligarchs got rich", "who were the
// oligarchs that ..."; "" when q asks no such thing.
func askedKindWord(ws []string) string {
	var w string
	switch {
	case len(ws) > 2 && ws[0] == "which":
		w = ws[1]
	case len(ws) > 3 && ws[0] == "who" && (ws[1] == "were" || ws[1] == "are") && ws[2] == "the":
		w = ws[3]
	default:
		w = namedKind(ws)
	}
	if w == "" || terms.IsStopword(w) || auxiliaries[w] {
		return ""
	}
	return w
}

// namedKind returns the word for the kind of thing ws ask the text to
// name some of ("Did the article name specific oligarchs?", "Name two
// oligarchs who ..."), or "".
func namedKind(ws []string) string {
	for i := 0; i+2 < len(ws); i++ {
		if (ws[i] == "name" || ws[i] == "list") && (i == 0 || !nameNouns[ws[i-1]]) && kindQuantifiers[ws[i+1]] {
			return ws[i+2]
		}
	}
	return ""
}

// nameNouns before "name" make it a noun: "the name", "what name".
var nameNouns = words("the", "a", "what", "which", "whose", "his", "her", "its", "their", "pen", "full", "real")

// kindQuantifiers come between "name" and the kind of thing asked:
// "name specific oligarchs", "name two".
var kindQuantifiers = words("specific", "any", "some", "individual", "particular", "two", "three", "several", "the")

// stemUses is where a corpus writes each stem: inside the quoted title
// of a work (titled), or anywhere else (plain).
type stemUses struct {
	titled, plain map[string]bool
}

// titledUsesOf caches each corpus's stemUses.
var titledUsesOf sync.Map

// titledUses returns where corpus c writes each stem, read once.
func titledUses(c *essay.Corpus) *stemUses {
	if u, ok := titledUsesOf.Load(c); ok {
		return u.(*stemUses)
	}
	u := &stemUses{titled: map[string]bool{}, plain: map[string]bool{}}
	for _, p := range c.Passages {
		for _, sn := range p.Sentences {
			rest := sn.Text
			for _, m := range quotedRe.FindAllString(sn.Text, -1) {
				if titleCase(m) {
					for _, s := range terms.Stems(m) {
						u.titled[s] = true
					}
					rest = strings.Replace(rest, m, " ", 1)
				}
			}
			for _, s := range terms.Stems(rest) {
				u.plain[s] = true
			}
		}
	}
	v, _ := titledUsesOf.LoadOrStore(c, u)
	return v.(*stemUses)
}

// quotedRe finds a quoted span.
var quotedRe = lazyregexp.New(`"[^"]+"|“[^”]+”`)

// titleCase reports whether quoted text is a title: two words or more,
// each word but the small ones capitalized ("The Russian Jivagism:
// Welcome to the Real World"). A quoted phrase of the text's own words
// ("the greatest theft in history") is in lower case.
func titleCase(text string) bool {
	fields := strings.FieldsFunc(text, func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' })
	if len(fields) < 2 {
		return false
	}
	for _, f := range fields {
		c, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(c) && !terms.IsStopword(strings.ToLower(f)) {
			return false
		}
	}
	return true
}
