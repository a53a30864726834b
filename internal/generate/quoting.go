package generate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// quoted reports whether the sentence at index i of p holds another
// writer's words: credited to them with a dash (Sentence.Credit), or
// inside a quotation an earlier sentence opened (Sentence.Quoted).
func quoted(p *essay.Passage, i int) bool {
	if i < 0 || i >= len(p.Sentences) {
		return false
	}
	s := p.Sentences[i]
	return s.Credit != "" || s.Quoted
}

// quotedWho names whose words the sentence at index i of p quotes, as an
// answer writes the name ("Carlyle", "Chief Justice Marshall"), or ""
// when the text does not say: the dash credit, or the writer the
// sentence that opens the quotation names as saying it.
func quotedWho(p *essay.Passage, i int) string {
	s := p.Sentences[i]
	if s.Credit != "" {
		return s.CreditName()
	}
	if o := opener(p, i); o >= 0 {
		return speaker(p.Sentences[o].Text)
	}
	return ""
}

// opener returns the index of the sentence of p that opens the quotation
// the sentence at index i lies inside (see Sentence.Quoted), or -1.
func opener(p *essay.Passage, i int) int {
	s := p.Sentences[i]
	if !s.Quoted {
		return -1
	}
	o := i
	for o > 0 && p.Sentences[o].Quoted && p.Sentences[o-1].Block == s.Block {
		o--
	}
	if o == i || p.Sentences[o].Quoted {
		return -1
	}
	return o
}

// imagined reports whether the sentence at index i of p lies in words
// the author imagines someone saying, as an objection he goes on to
// answer ("But, some one may say, "Let them be taught ...", "It may be
// objected, "But ..."): a modal verb before a verb of saying or
// objecting in the sentence that opens the quotation, which names no
// one. They are nobody's quoted words.
func imagined(p *essay.Passage, i int) bool {
	o := opener(p, i)
	if o < 0 || p.Sentences[i].Credit != "" || speaker(p.Sentences[o].Text) != "" {
		return false
	}
	ws := openerWords(p.Sentences[o].Text)
	for j := 1; j < len(ws); j++ {
		w := strings.ToLower(strings.Trim(ws[j].text, ".,;:!?()[]"))
		if ws[j].inQuote || !(sayingWords[w] || objecting[w]) {
			continue
		}
		for k := max(0, j-2); k < j; k++ {
			if supposing[strings.ToLower(strings.Trim(ws[k].text, ",;:"))] {
				return true
			}
		}
	}
	return false
}

// supposing modals make a verb of saying after them a supposition ("may say",
// "might be objected").
var supposing = map[string]bool{"may": true, "might": true, "could": true, "would": true, "will": true, "shall": true, "should": true}

// objecting are verbs of answering back that a modal makes a supposed
// objection ("it may be objected", "it will be urged").
var objecting = map[string]bool{"objected": true, "object": true, "urged": true, "urge": true, "argued": true, "retorted": true, "say": true, "said": true, "asked": true, "ask": true}

// sameQuotation reports whether the sentences at indexes i and j (i < j)
// of p read on in one quotation: j quotes the same words i quotes or
// opens.
func sameQuotation(p *essay.Passage, i, j int) bool {
	if i < 0 || j >= len(p.Sentences) || i >= j {
		return false
	}
	a, b := p.Sentences[i], p.Sentences[j]
	if b.Credit != "" {
		// One credit ends each quotation: a second of the same writer's
		// after it is another quotation ("--LEIBNIZ to WOLF ... . Der
		// ...--LEIBNIZ, Deutsche Schriften").
		if a.Credit != b.Credit {
			return false
		}
		for k := i; k < j; k++ {
			if strings.Contains(p.Sentences[k].Text, b.Credit) {
				return false
			}
		}
		return true
	}
	if !b.Quoted || a.Block != b.Block {
		return false
	}
	for k := i + 1; k <= j; k++ {
		if !p.Sentences[k].Quoted {
			return false
		}
	}
	return true
}

// sayingWords are verbs that introduce what someone says or writes.
var sayingWords = map[string]bool{
	"says": true, "said": true, "say": true, "writes": true, "wrote": true, "write": true,
	"declares": true, "declared": true, "remarks": true, "remarked": true, "states": true, "stated": true,
	"exclaims": true, "exclaimed": true, "observes": true, "observed": true, "adds": true, "added": true,
	"asks": true, "asked": true, "replies": true, "replied": true, "answers": true, "answered": true,
	"continues": true, "continued": true, "tells": true, "told": true, "argues": true, "argued": true,
	"puts": true, "insists": true, "insisted": true, "explains": true, "explained": true, "concludes": true,
	"concluded": true, "affirms": true, "affirmed": true, "protests": true, "protested": true,
}

// nameTitles may stand before a name as part of it ("Dr. Lyman
// Beecher", "Sir William Temple"): a title alone is a name only with
// what follows.
var nameTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "st": true, "lord": true, "lady": true}

// asideOrOwner words before a name make it no speaker: "as Sir Thomas
// Browne says" is an aside, and "the editor of the Home Missionary
// writes" names the editor's paper, not the editor (a person is seldom
// "the" anyone).
var asideOrOwner = map[string]bool{"as": true, "of": true, "the": true}

// word is one word of a sentence as speaker reads it.
type word struct {
	text string
	// inQuote is set on a word inside quotation marks: a name there is
	// in the quoted words, not the one quoting them.
	inQuote bool
	// comma is set on a word a comma, a semicolon or a colon follows.
	comma bool
}

// speaker returns the name of whoever a sentence that opens a quotation
// says is speaking or writing it, or "" when it names no one so:
// the name before a verb of saying ("Jomini says:", "Grund, writing in
// 1836, declares:"), or after it ("says Bancroft", "Said Duquesne to
// ..."), or after "by" ("is expressed as follows by Burke, who ...:").
// A name in a clause set off by "as" ("as Sir Thomas Browne says") is
// an aside, not the speaker, and one after "of" is what the speaker
// belongs to; a pronoun ("he says", "said I") names no one.
func speaker(text string) string {
	ws := openerWords(text)
	for i, w := range ws {
		if w.inQuote {
			continue
		}
		lw := strings.ToLower(strings.Trim(w.text, ".,;:!?()[]"))
		switch {
		case sayingWords[lw]:
			if name, from := nameBefore(ws, i); name != "" && !(from > 0 && asideOrOwner[strings.ToLower(ws[from-1].text)]) {
				return name
			}
			if name := nameAfter(ws, i+1); name != "" {
				return name
			}
		case lw == "by" && !w.comma:
			if name := nameAfter(ws, i+1); name != "" {
				return name
			}
		}
	}
	return ""
}

// openerWords splits a sentence into words up to the quotation left open
// at its end, marking those inside quotation marks that close.
func openerWords(text string) []word {
	var ws []word
	var open rune
	for _, f := range strings.Fields(text) {
		w := word{text: f, inQuote: open != 0}
		for _, r := range f {
			switch {
			case open == 0 && (r == '“' || r == '"' || r == '„' || r == '«'):
				open = r
				w.inQuote = true
			case open == '“' && r == '”', open == '„' && (r == '“' || r == '”'), open == '«' && r == '»', open == '"' && r == '"':
				open = 0
			}
		}
		// A word that holds a closing mark and a comma after it ends a
		// quoted phrase: what follows is the author's again.
		t := strings.TrimRight(f, "\"”’'»)]")
		w.comma = strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":")
		ws = append(ws, w)
	}
	return ws
}

// isNameWord reports whether a word can be part of a person's name: it
// begins with a capital and is no function word ("The", "She"); a
// title ("Dr.") or an initial ("A.") counts.
func isNameWord(w word) bool {
	if w.inQuote {
		return false
	}
	t := strings.Trim(w.text, ",;:()[]")
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return false
	}
	bare := strings.ToLower(strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(t, "’s"), "'s"), "."))
	if utf8.RuneCountInString(bare) == 1 {
		// An initial has its stop; "I" is a pronoun.
		return strings.HasSuffix(t, ".")
	}
	if nameTitles[bare] {
		return true
	}
	return !terms.IsStopword(bare) && !sayingWords[bare]
}

// nameBefore returns the name that ends just before word i, past an
// aside set off by commas ("Governor Glenn, of South Carolina, writes"),
// and the index of its first word.
func nameBefore(ws []word, i int) (string, int) {
	end := i - 1
	if end >= 0 && ws[end].comma {
		// An aside: the name ends at the comma before it.
		j := end - 1
		for j >= 0 && !ws[j].comma {
			j--
		}
		if j < 0 || end-j > 8 {
			return "", -1
		}
		end = j
	}
	start := end
	for start >= 0 && isNameWord(ws[start]) && (start == end || !ws[start].comma) {
		start--
	}
	start++
	if start > end || end < 0 {
		return "", -1
	}
	return joinName(ws[start : end+1]), start
}

// nameAfter returns the name that starts at word i, if one does.
func nameAfter(ws []word, i int) string {
	end := i
	for end < len(ws) && isNameWord(ws[end]) {
		end++
		if ws[end-1].comma {
			break
		}
	}
	if end == i {
		return ""
	}
	return joinName(ws[i:end])
}

// joinName writes a name's words without the punctuation around them,
// or "" when they are a title alone.
func joinName(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = strings.TrimRight(strings.Trim(w.text, "()[]"), ",;:")
	}
	last := strings.ToLower(strings.TrimRight(parts[len(parts)-1], "."))
	if nameTitles[last] {
		return ""
	}
	// The last word keeps an initial's stop ("A.") but not a sentence's.
	if n := parts[len(parts)-1]; strings.HasSuffix(n, ".") && utf8.RuneCountInString(n) > 2 && !nameTitles[last] {
		parts[len(parts)-1] = strings.TrimSuffix(n, ".")
	}
	return strings.Join(parts, " ")
}

// quoteLead introduces a sentence that quotes another writer as the
// author quoting them, never as the author's own claim: "In a footnote,
// Lord Acton quotes Carlyle:", "Beard quotes Chief Justice Marshall:",
// "Beard quotes:" when the text does not say whose words they are, and
// "The quotation goes on:" for the next sentence of a quotation just
// read ("Later in the same quotation:" past a sentence left out). ok is false for a sentence in the author's own words, and for
// a character's speech in a story (kind "narrative").
func quoteLead(i int, c candidate, chosen []candidate, v voice, kind string) (string, bool) {
	p, idx := c.passage, c.index
	if c.followsMarker {
		idx = c.noteIndex
	}
	// In a story the speeches are the author's writing, the characters'
	// words: "the author quotes" would make them a source.
	if !quoted(p, idx) || kind == "narrative" && p.Sentences[idx].Credit == "" {
		return "", false
	}
	if i > 0 {
		prev := chosen[i-1]
		pi := prev.index
		if prev.followsMarker {
			pi = prev.noteIndex
		}
		if prev.passage == p && pi < idx && sameQuotation(p, pi, idx) {
			if pi == idx-1 {
				return "The quotation goes on:", true
			}
			return "Later in the same quotation:", true
		}
	}
	who := quotedWho(p, idx)
	quotes := v.verb("quotes")
	switch {
	case who != "":
		quotes += " " + who
	case imagined(p, idx):
		quotes = v.verb("imagines") + " someone saying"
	}
	note := p.Ref.Kind == essay.Note
	where := "passage"
	if note {
		where = "note"
	}
	prev := i - 1
	for prev >= 0 && (chosen[prev].followsMarker && chosen[prev].passage != p || chosen[prev].item) {
		prev--
	}
	pi := -1
	if prev >= 0 && chosen[prev].passage == p {
		pi = chosen[prev].index
		if chosen[prev].followsMarker {
			pi = chosen[prev].noteIndex
		}
	}
	switch {
	case i == 0 && note:
		return "In a footnote, " + v.full + " " + quotes + ":", true
	case i == 0:
		return v.full + " " + quotes + ":", true
	case pi >= 0 && idx == pi+1:
		return terms.Capitalize(v.short) + " then " + quotes + ":", true
	case pi >= 0 && idx < pi:
		return "Earlier in the same " + where + ", " + v.short + " " + quotes + ":", true
	case pi >= 0:
		return "Later in the same " + where + ", " + v.short + " " + quotes + ":", true
	case note:
		return "In a footnote, " + v.short + " " + quotes + ":", true
	}
	return "Elsewhere, " + v.short + " " + quotes + ":", true
}

// quotesLabel names, for LLM mode, the writers whose words passage p
// quotes, in the order it quotes them ("Stubbs, Leibniz"), with "others"
// for a quotation whose writer the text does not name, or "" when every
// sentence is in the author's own words. A passage-level hint: the
// prompt shows passages whole, not sentence by sentence.
func quotesLabel(p *essay.Passage) string {
	var names []string
	unnamed := false
	for i := range p.Sentences {
		if !quoted(p, i) {
			continue
		}
		who := quotedWho(p, i)
		switch {
		case who == "":
			unnamed = true
		case !slices.Contains(names, who):
			names = append(names, who)
		}
	}
	if unnamed {
		names = append(names, "others")
	}
	return strings.Join(names, ", ")
}

// quotingLead turns a lead that gives the author's words ("Acton goes
// on:", "Beard gives this reason:") into one that says they are another
// writer's, when the sentence c quotes one: "Acton goes on, quoting
// Stubbs:", "Beard gives this reason, in a quotation:".
//
//   - kind: essay.Meta.Kind; a story's speeches stay the author's.
func quotingLead(lead string, c candidate, kind string) string {
	p, i := c.passage, c.index
	if !quoted(p, i) || kind == "narrative" && p.Sentences[i].Credit == "" {
		return lead
	}
	lead = strings.TrimSuffix(strings.TrimSpace(lead), ":")
	if who := quotedWho(p, i); who != "" {
		return lead + ", quoting " + who + ":"
	}
	if imagined(p, i) {
		return lead + ", imagining someone saying:"
	}
	return lead + ", in a quotation:"
}

// asksOwn reports whether a question sentence asks in the author's own
// words: its question mark stands outside quotation marks ("Is this
// what he calls "progress"?"), or the question it quotes is one the
// author puts, naming no one else who asks it ("... have to begin with
// another question: "What do you mean by ...?""). One whose mark stands
// only in a quotation of someone the sentence names ("Said Duquesne to
// the Iroquois, "Are you ignorant of ...?") quotes that person's
// question: the author does not ask it. Nor does he ask one he does not
// pose, after a colon or a word of asking: a greeting or a cry he
// reports ("for his acquaintances to salute him, ... "How do ye do?"")
// is told, not asked.
func asksOwn(text string) bool {
	return asksOutsideQuotes(text) || speaker(text) == "" && poses(text)
}

// askingWords say that what follows is a question put.
var askingWords = map[string]bool{"ask": true, "asks": true, "asked": true, "asking": true, "question": true, "questions": true, "wonder": true, "wonders": true}

// poses reports whether the quotation holding a sentence's first question
// mark is put as a question: the words before it end in a colon or hold
// a word of asking.
func poses(text string) bool {
	var open rune
	at := -1
	for i, r := range text {
		switch {
		case r == '?' && open != 0:
			before := strings.TrimSpace(text[:at])
			return strings.HasSuffix(before, ":") || slices.ContainsFunc(terms.Words(before), func(w string) bool { return askingWords[w] })
		case open == 0 && (r == '“' || r == '"' || r == '„' || r == '«'):
			open, at = r, i
		case open == '“' && r == '”', open == '„' && (r == '“' || r == '”'), open == '«' && r == '»', open == '"' && r == '"':
			open = 0
		}
	}
	return false
}

// asksOutsideQuotes reports whether a sentence has a question mark
// outside quotation marks.
func asksOutsideQuotes(text string) bool {
	var open rune
	for _, r := range text {
		switch {
		case r == '?' && open == 0:
			return true
		case open == 0 && (r == '“' || r == '"' || r == '„' || r == '«'):
			open = r
		case open == '“' && r == '”', open == '„' && (r == '“' || r == '”'), open == '«' && r == '»', open == '"' && r == '"':
			open = 0
		}
	}
	return false
}
