package generate

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// nearbyHits is how many of the best passages a declined question's
// nearest sentence is looked for in.
const nearbyHits = 2

// nearby returns, for a question the text does not address, the sentence
// the text comes nearest to it with: the quotable sentence of the best
// passages sharing the most of the question's telling words, and its
// passage. A word most of the retrieved passages hold (the name of the
// person a text is about) tells nothing; a name counts twice when the
// question has no word the text lacks; a sentence needs two, so that a
// question foreign to the text is pointed at nothing (a nil passage).
//
// Pitfall: the sentence is no answer. The draft stays Abstained; the
// sentence only shows the reader what the text does discuss.
func nearby(res *retrieve.Result) (string, *essay.Passage) {
	if res == nil || res.Query == nil || len(res.Hits) == 0 {
		return "", nil
	}
	telling := tellingStems(res)
	var names []string
	if len(missing(res)) == 0 {
		// Beside a word the text lacks, a name may be part of a name it
		// lacks ("World" in "World Cup").
		names = nameStems(res.Query.Asked)
	}
	var best *essay.Passage
	bestText, bestScore := "", 1
	for _, h := range res.Hits[:min(nearbyHits, len(res.Hits))] {
		for _, s := range h.Passage.Sentences {
			if !quotable(s) || continues(s.Text) || strings.HasSuffix(strings.TrimSpace(s.Text), "?") {
				continue
			}
			if score := nearness(s.Text, telling, names); score > bestScore {
				best, bestText, bestScore = h.Passage, s.Text, score
			}
		}
	}
	if best == nil && len(res.Query.Names) == 0 && !res.Query.Acronym {
		// No sentence reads alone ("This would imply X's support ..."):
		// the passage naming what is asked about still shows where the
		// text speaks of it. A question naming something the text never
		// mentions is off its ground, and pointed at nothing.
		_, best = mentioned(res, telling)
	}
	return bestText, best
}

// mentioned returns a name the question gives, as asked, that the text
// mentions, and the best retrieved passage writing it so: a capitalized
// word after the question's first whose stem is one of telling, so that
// the name of the person a text is about, in most passages, is not one,
// with the capitalized words after it ("Royal Mail Steam Packet").
// A word typed in lower case that a passage writes capitalized ("unesco"
// for "UNESCO", "senate" for "Senate") is the same name, given as the
// passage writes it: "what is the unesco" is pointed where "What is the
// UNESCO?" is.
func mentioned(res *retrieve.Result, telling []string) (string, *essay.Passage) {
	fields := strings.Fields(res.Query.Asked)
	for i := 1; i < len(fields); i++ {
		if nameWord(fields[i]) == "" {
			if name, p := writtenAsName(res, fields[i:], telling); p != nil {
				return name, p
			}
			continue
		}
		w := nameWord(fields[i])
		stems := terms.Stems(w)
		if len(stems) != 1 || !slices.Contains(telling, stems[0]) {
			continue
		}
		name := []string{w}
		for j := i + 1; j < len(fields) && !strings.ContainsAny(fields[j-1], ",;:?!.") && nameWord(fields[j]) != ""; j++ {
			name = append(name, nameWord(fields[j]))
		}
		// Quoted, the name must stand in the passage as asked: "World" of
		// "World Cup" in "the world's first" is not the World Cup.
		for _, h := range res.Hits {
			if strings.Contains(h.Passage.Text(), strings.Join(name, " ")) {
				return strings.Join(name, " "), h.Passage
			}
		}
	}
	return "", nil
}

// writtenAsName returns the name that fields, a question's words from
// one typed in lower case, open with as the best retrieved passage
// writing their first capitalized inside a sentence writes it, with the
// words after it the passage writes capitalized after it too ("industrial
// revolution" as "Industrial Revolution"), and that passage, when the
// first word's stem is one of telling; or "" and nil. A passage writing
// the word in lower case anywhere uses it as a common word, and names
// nothing by it.
func writtenAsName(res *retrieve.Result, fields []string, telling []string) (string, *essay.Passage) {
	asked := make([]string, len(fields))
	for i, f := range fields {
		asked[i] = strings.TrimSuffix(strings.TrimSuffix(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }), "'s"), "’s")
	}
	if stems := terms.Stems(asked[0]); asked[0] == "" || len(stems) != 1 || !slices.Contains(telling, stems[0]) {
		return "", nil
	}
	for _, h := range res.Hits {
		var name []string
		for _, s := range h.Passage.Sentences {
			ws := strings.FieldsFunc(s.Text, func(r rune) bool { return !unicode.IsLetter(r) })
			for j, v := range ws {
				switch {
				case !strings.EqualFold(v, asked[0]):
				case !unicode.IsUpper([]rune(v)[0]):
					return "", nil
				case j > 0 && name == nil:
					name = capitalRun(ws[j:], asked)
				}
			}
		}
		if name != nil {
			return strings.Join(name, " "), h.Passage
		}
	}
	return "", nil
}

// capitalRun returns the words of ws, a sentence's words from a name's
// first, that stand capitalized in the order asked gives them, the
// question's words from that name's first.
func capitalRun(ws, asked []string) []string {
	n := 1
	for n < min(len(ws), len(asked)) && strings.EqualFold(ws[n], asked[n]) && unicode.IsUpper([]rune(ws[n])[0]) {
		n++
	}
	return ws[:n]
}

// nameWord returns a word of a question trimmed of punctuation and a
// possessive, when it is capitalized, or "".
func nameWord(f string) string {
	w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if w == "" || !unicode.IsUpper([]rune(w)[0]) {
		return ""
	}
	return w
}

// tellingStems returns the question's stems held by at most half of the
// retrieved passages.
func tellingStems(res *retrieve.Result) []string {
	held := make([][]string, len(res.Hits))
	for i, h := range res.Hits {
		held[i] = terms.Stems(h.Passage.Text())
	}
	var out []string
	for _, st := range res.Query.Stems {
		n := 0
		for _, stems := range held {
			if slices.Contains(stems, st) {
				n++
			}
		}
		if 2*n <= len(res.Hits) {
			out = append(out, st)
		}
	}
	return out
}

// nearness scores a sentence by the telling stems it holds, a name
// counting twice.
func nearness(text string, telling, names []string) int {
	have := terms.Stems(text)
	score := 0
	for _, st := range telling {
		if slices.Contains(have, st) {
			score++
			if slices.Contains(names, st) {
				score++
			}
		}
	}
	return score
}

// nameStems returns the stems of the question's capitalized words after
// its first.
func nameStems(question string) []string {
	var out []string
	for i, w := range strings.Fields(question) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if i > 0 && w != "" && unicode.IsUpper([]rune(w)[0]) {
			out = append(out, terms.Stems(w)...)
		}
	}
	return out
}

// declineNear is the decline of a question the text does not address,
// in one sentence with the sentence it comes nearest with, so that
// nothing in it reads as a claim without a citation; or, when text is
// empty (no sentence near it reads alone), with the passage naming what
// the question asks about.
func declineNear(res *retrieve.Result, text string, p *essay.Passage) string {
	msg := "The text does not address this question"
	if m := mixedDecline(res); m != "" {
		msg = m
	} else if name, _ := mentioned(res, tellingStems(res)); res.DeclinedBy == retrieve.UntoldFate && name != "" {
		msg = fmt.Sprintf("The text does not say what became of “%s” later", name)
	} else if words := unmentioned(res); len(words) > 0 {
		msg += fmt.Sprintf(" (it never mentions %s)", quoteList(words[:min(4, len(words))]))
	}
	if text == "" {
		name, _ := mentioned(res, tellingStems(res))
		return fmt.Sprintf("%s; it names “%s” in %s.", msg, name, p.Ref.Marker())
	}
	return fmt.Sprintf("%s; the nearest it comes is “%s” %s", msg, shorten(quoteText(text)), p.Ref.Marker())
}
