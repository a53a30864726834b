package retrieve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/terms"
)

// A text that names someone only where it gives its sources still says
// who he is to the text: the editor of the volume it cites, the author
// it draws on, the one whose account it reports, the one a source talked
// with. "Who is X?", asked and nothing more, is answered by that
// sentence (see namedAsSource).

// asksWhoOnly reports whether q asks who someone is and nothing more of
// him: one part opening "who is", "who was", "who are", "who were" or
// "who's" ("who's X?", whose "'s" the question's words drop). "Who is
// X, and where does he teach?" asks more than a citation of him says.
func asksWhoOnly(q *Query) bool {
	if len(q.Parts) != 1 || len(q.Words) < 2 || q.Words[0] != "who" {
		return false
	}
	if beWords[q.Words[1]] {
		return true
	}
	first := strings.Fields(strings.ToLower(q.Text))
	return len(first) > 0 && whoContracted[strings.Trim(first[0], "?,.")]
}

// whoContracted are "who is" written as one word.
var whoContracted = words("who's", "who’s", "whos")

// namedAsSource reports whether a sentence naming the whole of one of
// runs names it as a source of the text (see sourceAt).
func (r *Retriever) namedAsSource(runs map[string]int) bool {
	for n := range runs {
		for _, at := range r.spellings(n) {
			if !namesWhole(runs, runs[n], r.window(at)) {
				continue
			}
			text := at.passage.Sentences[at.sentence].Text
			fields := strings.Fields(text)
			citation := citesSource(text)
			for i, f := range fields {
				if ws := terms.Words(f); len(ws) == 1 && terms.Stem(ws[0]) == n && sourceAt(fields, i, citation) {
					return true
				}
			}
		}
	}
	return false
}

// sourceAt reports whether the name holding fields[i] is given as a
// source: after a mark of making or reporting ("ed. & intro. X", "edited
// by X", "according to X", "conversations with X"), before one of
// editing ("X et al. eds", "X (ed.)"), or, in a citation, as the first
// name of an entry or of a list of them ("See X, Title", "; X, Title",
// "in X and Y, Z, Title"). A name inside a title ("The Diary of X") or
// an imprint is no source's maker.
func sourceAt(fields []string, i int, citation bool) bool {
	start, end := nameSpan(fields, i)
	lower := func(k int) string {
		if k < 0 || k >= len(fields) {
			return ""
		}
		return strings.ToLower(strings.Trim(fields[k], "\"'“”‘’()[],;:"))
	}
	if makerMarks[lower(start-1)] || start >= 2 && makerPhrases[lower(start-2)+" "+lower(start-1)] {
		return true
	}
	if editorMarks[lower(end+1)] || lower(end+1) == "et" && strings.HasPrefix(lower(end+2), "al") {
		return true
	}
	return citation && entryFirst(fields, start, end)
}

// nameSpan returns the first and last fields of the name holding
// fields[i]: the capitalized words and initials ("O.") around it, within
// one phrase (no comma or stop before the last).
func nameSpan(fields []string, i int) (start, end int) {
	start, end = i, i
	for start > 0 && startsUpper(strings.Trim(fields[start-1], "\"'“”‘’([")) && !strings.ContainsAny(fields[start-1], ",;:.)") {
		start--
	}
	for end+1 < len(fields) && !strings.ContainsAny(fields[end], ",;:)") && (isInitial(fields[end+1]) ||
		startsUpper(fields[end+1]) && !strings.ContainsAny(fields[end], ".")) {
		end++
	}
	return start, end
}

// isInitial reports whether f is an initial of a name: one capital and a
// stop ("O.", "O.,").
func isInitial(f string) bool {
	f = strings.TrimRight(f, ",;")
	c, size := utf8.DecodeRuneInString(f)
	return unicode.IsUpper(c) && f[size:] == "."
}

// entryFirst reports whether the name spanning fields[start:end+1] opens
// an entry of a citation, alone or in a list of names: going back over
// names, "and" and "&", an opening is met (the sentence's start, "see",
// "cf.", "in", a field ending ";" or opening "("), and the name ends a
// phrase or goes on to another ("X, Title", "X and Y").
func entryFirst(fields []string, start, end int) bool {
	next := ""
	if end+1 < len(fields) {
		next = fields[end+1]
	}
	if !strings.HasSuffix(fields[end], ",") && !strings.HasSuffix(fields[end], ")") && next != "and" && next != "&" {
		return false
	}
	for k := start; ; k-- {
		if strings.HasPrefix(fields[k], "(") || k == 0 {
			return true
		}
		prev := fields[k-1]
		switch w := strings.ToLower(prev); {
		case strings.HasSuffix(prev, ";"), entryOpeners[w]:
			return true
		case w == "and" || w == "&":
		case startsUpper(strings.Trim(prev, "\"'“”‘’([")) && !strings.ContainsAny(strings.TrimRight(prev, ","), ",;:.\"'“”‘’"):
		default:
			return false
		}
	}
}

var (
	// makerMarks stand before the name of a work's maker in a citation
	// or a sentence: "ed. X", "ed. & intro. X", "trans. X".
	makerMarks = words("ed.", "eds.", "intro.", "trans.", "tr.", "comp.")
	// makerPhrases are the two words before the name of a work's maker,
	// of one whose account a text reports, or of one a source talked
	// with.
	makerPhrases = words("edited by", "written by", "translated by", "compiled by", "introduced by", "introduction by", "foreword by",
		"according to", "conversations with", "conversation with", "interview with", "interviews with", "talks with", "correspondence with")
	// editorMarks stand after the name of a work's editor: "X, ed.",
	// "X (eds.)".
	editorMarks = words("ed.", "eds", "eds.", "ed", "(ed.)", "(eds.)")
	// entryOpeners open an entry of a citation: "See X, Title", "in X,
	// Title".
	entryOpeners = words("see", "cf.", "in", "also")
)
