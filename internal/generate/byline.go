package generate

import (
	"fmt"
	"slices"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// bylineAsk is what a question asks of the text as a publication that
// its metadata holds: who wrote it, its title, when it was written.
type bylineAsk struct {
	author, title, date bool
}

func (a bylineAsk) any() bool { return a.author || a.title || a.date }

// Words a question about the text's byline is made of. A question made of
// these alone ("Who wrote this essay?", "Who wrote this text and when?",
// "what is the title of this", "when was this written", "who is the
// author") asks what the title and byline say; one with any other word
// ("Who wrote the article he cites?", "who wrote this and where does he
// teach?", "What is the title of Smith's book?") asks of something else,
// or of more than the byline gives, and is searched as usual.
var (
	bylineWords = words(
		// asking
		"who", "whom", "whose", "what", "whats", "which", "when", "tell", "me", "us",
		"please", "can", "could", "you", "know", "want", "to", "do", "does", "did",
		"is", "was", "were", "are", "be", "been", "and", "or", "of", "by", "in", "on", "from",
		"exactly", "roughly", "approximately", "originally", "first", "actually", "even", "again", "its", "it", "this", "that", "the", "an",
		"he", "she", "they", "his", "her", "their", "name", "named", "give", "say", "says",
		"year", "date", "dated", "title", "titled", "called",
		"author", "authors", "authored", "authorship", "writer", "writers",
		"write", "writes", "wrote", "written", "writing", "penned", "composed",
		"published", "publish", "come", "came", "out")
	// bylineTextNouns name a text; after "this" or "the", the one asked of.
	bylineTextNouns = words("essay", "text", "article", "paper", "piece", "book", "work", "document", "chapter", "pamphlet", "speech", "letter")
	authorNouns     = words("author", "authors", "authorship", "writer", "writers")
	writeVerbs      = words("write", "writes", "wrote", "written", "writing", "penned", "composed", "authored", "published", "publish")
	dateWords       = words("when", "year", "date", "dated")
)

// words returns the set of ws.
func words(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func init() {
	for w := range bylineTextNouns {
		bylineWords[w] = true
	}
}

// bylineQuestion reads what q asks of the text's byline, if it asks
// nothing else. It must point at the text ("this", "it", "the essay")
// or name its author or title as such: "Who wrote?" or "When was it?"
// alone point at nothing, and in a conversation "it" may be anything
// said before, so a question of date or author needs a verb of writing
// too ("when was it written", "who wrote it").
func bylineQuestion(q string) bylineAsk {
	ws := terms.Words(q)
	if len(ws) == 0 || slices.ContainsFunc(ws, func(w string) bool { return !bylineWords[w] }) {
		return bylineAsk{}
	}
	has := func(set map[string]bool) bool { return slices.ContainsFunc(ws, func(w string) bool { return set[w] }) }
	deixis := slices.ContainsFunc(ws, func(w string) bool { return w == "this" || w == "it" || w == "its" }) || has(bylineTextNouns)
	writing := has(writeVerbs)
	var a bylineAsk
	// "who is the author", "who wrote this", "who is this by", "name
	// the writer".
	a.author = has(authorNouns) && !slices.Contains(ws, "title") ||
		slices.Contains(ws, "who") && (writing || deixis && slices.Contains(ws, "by"))
	// "what is the title of this", "what is this essay called".
	a.title = slices.Contains(ws, "title") || slices.Contains(ws, "titled") ||
		(slices.Contains(ws, "called") || slices.Contains(ws, "named") || slices.Contains(ws, "name") && !has(authorNouns)) && has(bylineTextNouns)
	// "when was this written", "what year is this essay from", "who
	// wrote this text and when?".
	a.date = has(dateWords) && (writing || has(bylineTextNouns) || slices.Contains(ws, "out"))
	if !deixis && !has(authorNouns) && !a.title {
		return bylineAsk{}
	}
	return a
}

// bylineAnswer answers a question about who wrote the text, its title or
// its date from the corpus's metadata (see bylineQuestion): plainly,
// saying where the facts come from, with no passage cited, for no
// passage states them. What the metadata lacks it says the text does not
// give. ok is false when q asks something else, or there is no corpus to
// read.
func bylineAnswer(req Request) (Draft, bool) {
	ask := bylineQuestion(req.Question)
	if !ask.any() || req.Corpus == nil || len(req.Corpus.Sources) == 0 {
		return Draft{}, false
	}
	srcs := req.Corpus.Sources
	if len(srcs) == 1 {
		return Draft{Text: describeSource(srcs[0], ask), Byline: true}, true
	}
	parts := make([]string, len(srcs))
	for i, s := range srcs {
		parts[i] = s.Name + ": " + strings.TrimSuffix(describeSource(s, ask), ".")
	}
	return Draft{Text: fmt.Sprintf("The corpus holds %d texts. %s.", len(srcs), strings.Join(parts, "; ")), Byline: true}, true
}

// describeSource says what src's metadata gives of what was asked, and
// where it comes from.
func describeSource(src *essay.Source, ask bylineAsk) string {
	m := src.Meta
	var b strings.Builder
	var given []string
	if m.Title != "" {
		given = append(given, "title")
	}
	if m.Author != "" || m.Year != 0 {
		given = append(given, "byline")
	}
	if len(given) > 0 {
		b.WriteString("The text is ")
		if m.Title != "" {
			b.WriteString(m.Title)
		}
		if m.Author != "" {
			if m.Title != "" {
				b.WriteString(",")
			}
			b.WriteString(" by " + m.Author)
		}
		if m.Year != 0 {
			fmt.Fprintf(&b, " (%d)", m.Year)
		}
		if src.MetaFile != "" {
			// A file beside the text, not the text, says so.
			fmt.Fprintf(&b, ", according to the details filed with it (%s).", strings.TrimSuffix(src.MetaFile, " (built in)"))
		} else {
			fmt.Fprintf(&b, ", according to its %s.", strings.Join(given, " and "))
		}
	}
	var lacks []string
	if ask.author && m.Author == "" {
		lacks = append(lacks, "who wrote it")
	}
	if ask.title && m.Title == "" {
		lacks = append(lacks, "what its title is")
	}
	if ask.date && m.Year == 0 {
		lacks = append(lacks, "when it was written")
	}
	if len(lacks) > 0 {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString("The text does not say " + strings.Join(lacks, " or ") + ".")
	}
	return b.String()
}
