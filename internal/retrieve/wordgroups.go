package retrieve

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/terms"
)

// wordGroups maps words of general English to the plain words of their
// commonest sense that WordNet does not relate to them, most often
// because they are another part of speech ("enemy" and "hostile") or a
// sense WordNet files apart ("the West" and the capitalist countries). A
// question put in them ("was disagreeing treated like enemy activity?")
// looked like a question about something else to a text saying "hostile
// opposition", and was declined though its best passage answered it. In
// a text lacking the word, its plain words are searched as stand-ins for
// it (see groupKin) and weigh as it in the abstention test (see plainIn).
//
// The list is general English, not any one text's: each word maps only
// to words of its commonest sense, as any text might say it. "industrial"
// is no word for "the West" ("industrial base"), nor "skilled" for
// "clever" ("skilled" workers are not clever ones).
var wordGroups = map[string][]string{
	"enemy":     {"hostile", "hostility", "foe", "opponent"},
	"enemies":   {"hostile", "hostility", "foes", "opponents"},
	"west":      {"capitalist", "europe", "america"},
	"western":   {"capitalist", "european", "american"},
	"clever":    {"intelligent", "intellectual", "educated"},
	"smart":     {"intelligent", "intellectual", "educated"},
	"engineer":  {"technical", "technician", "skilled", "specialist", "expert"},
	"engineers": {"technical", "technicians", "skilled", "specialists", "experts"},
	"money":     {"pay", "wage", "income", "salary", "wealth"},
	"dotage":    {"old", "aged", "elderly"},
}

// groupStems holds wordGroups by stem, the plain words stemmed.
var groupStems = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for w, plain := range wordGroups {
		k := terms.Stem(w)
		for _, p := range plain {
			if t := terms.Stem(p); !slices.Contains(out[k], t) {
				out[k] = append(out[k], t)
			}
		}
	}
	return out
})

// groupWords returns the stems of the plain words for the word whose stem
// is s (see wordGroups), or nil.
func groupWords(s string) []string { return groupStems()[s] }

// groupKin returns the corpus's stems among the plain words for stem (see
// wordGroups), leaving out those already searched: searched in place of
// a word the corpus lacks, as its kin are. A text that uses the word
// itself ("the West" of a history of the frontier) is searched for it
// alone, and so is a word of a name the question gives ("the Western
// Empire", "West Point"), which means no more than the name.
func (r *Retriever) groupKin(q *Query, stem string, searched []string) []string {
	if inName(q.Text, stem) {
		return nil
	}
	var out []string
	for _, t := range groupWords(stem) {
		if r.Index.BM25.Has(t) && !slices.Contains(searched, t) && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// inName reports whether a word of text whose stem is stem comes before
// a capitalized word, as the first words of a name do ("Western Empire").
func inName(text, stem string) bool {
	fields := strings.Fields(text)
	for i, f := range fields[:max(0, len(fields)-1)] {
		ws := terms.Words(f)
		if len(ws) == 0 || terms.Stem(ws[len(ws)-1]) != stem {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(fields[i+1]); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
