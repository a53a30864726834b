package guide

import (
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// markQuoted marks, in one passage's sentences, those that hold another
// writer's words: credited to them with a dash ("... --WORDSWORTH, in C.
// Fox, Memoirs") or inside a quotation an earlier sentence of the block
// opened (essay.Sentence Credit and Quoted). They are quoted as evidence
// only with the guide's lead-in saying whose they are, and are never the
// summary's sentence, a claim, a gloss or a check question's answer:
// Acton's guide once gave a line of Wordsworth's, credited with a dash in
// a footnote, as if it were Acton's.
func markQuoted(p *essay.Passage, ss []*sentence) {
	for _, s := range ss {
		es := p.Sentences[s.i]
		switch {
		case es.Credit != "" || es.Quoted:
			s.quotes = quotedWriter(p, s.i)
		case opensQuotation(p, s.i):
			// "Jomini says: "Happening to be in Paris ..." names its
			// writer itself, and needs no lead-in; what it quotes
			// speaks to a question of the author's as an aside does.
			s.opens = true
			outsideQuotes(s)
		default:
			continue
		}
		s.quoted = true
		s.voiced = true
		s.roles |= reports
	}
}

// opensQuotation reports whether sentence i of p is mostly another
// writer's words that it opens with a verb of saying and a name ("To
// quote a great authority in this connection, Jomini says: "Happening to
// be in Paris ..."): what it says is the quoted writer's, though the
// author's words introduce it.
func opensQuotation(p *essay.Passage, i int) bool {
	text := p.Sentences[i].Text
	at := strings.IndexAny(text, "\"“")
	if at < 0 || quotedShare(text) <= 0.5 && !(i+1 < len(p.Sentences) && p.Sentences[i+1].Quoted) {
		return false
	}
	if quotedShare(text) <= 0.5 && strings.Count(text[at:], "\"")%2 == 0 && !strings.Contains(text[at:], "”") {
		return false
	}
	head := text[:at]
	for _, re := range []*lazyregexp.Regexp{saysBeforeRe, saysAfterRe} {
		if m := re.FindStringSubmatch(head); m != nil && !notOthers[strings.Fields(m[1])[0]] {
			return true
		}
	}
	return false
}

// quotedWriter names the writer whose words sentence i of p quotes, as a
// name is written ("Wordsworth", "Chief Justice Marshall"), or "" when the
// text does not say: the dash credit, or the name before or after a verb
// of saying in the sentence that opened the quotation.
func quotedWriter(p *essay.Passage, i int) string {
	s := p.Sentences[i]
	if s.Credit != "" {
		return s.CreditName()
	}
	o := i
	for o > 0 && p.Sentences[o].Quoted && p.Sentences[o-1].Block == s.Block {
		o--
	}
	if o == i || p.Sentences[o].Quoted {
		return ""
	}
	text := p.Sentences[o].Text
	if at := strings.IndexAny(text, "\"“"); at >= 0 {
		text = text[:at]
	}
	if m := saysBeforeRe.FindStringSubmatch(text); m != nil && !notOthers[strings.Fields(m[1])[0]] {
		return m[1]
	}
	if m := saysAfterRe.FindStringSubmatch(text); m != nil && !notOthers[strings.Fields(m[1])[0]] {
		return m[1]
	}
	return ""
}

// saysBeforeRe and saysAfterRe find who opens a quotation: a name before a
// verb of saying ("Jomini says:", "Madison, writing in 1788, declares"),
// or after it ("says Bancroft").
var (
	saysBeforeRe = lazyregexp.New(`(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})(?:,[^,]{1,40},)?\s+(?:says|said|writes|wrote|declares|declared|remarks|remarked|observes|observed|states|stated|adds|added|puts it|exclaims|exclaimed)\b[^\p{L}]*$`)
	saysAfterRe  = lazyregexp.New(`\b(?:says|said|writes|wrote|declares|declared|remarks|observes)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})[^\p{L}]*$`)
)

// quotesLead introduces another writer's words the author quotes:
// "Lord Acton quotes Wordsworth:", "In a footnote, the author quotes
// another writer:".
func (v Voice) quotesLead(who string, note bool) string {
	author := v.Maker()
	if v.Author != "" {
		author = v.Author
	}
	if who == "" {
		// A speaker in a story or a writer the text does not name:
		// whose the words are is left to the text around them.
		if note {
			return "In a footnote, in words " + author + " quotes:"
		}
		if v.Narrates() {
			// A story's quoted words are its characters': "In
			// words the text quotes, not Arthur Conan Doyle's own"
			// said of Holmes's lines what no reader doubts.
			return "In a character's words, not the narrator's:"
		}
		if v.Pronoun == "" {
			return "In words the text quotes, not " + author + "'s own:"
		}
		return "In words " + author + " quotes, not " + v.His() + " own:"
	}
	if note {
		return "In a footnote, " + author + " quotes " + who + ":"
	}
	if v.Author == "" {
		author = terms.Capitalize(v.Maker())
	}
	return author + " quotes " + who + ":"
}

// outsideQuotes weighs the words of a sentence's quotation as an aside's:
// Mahan's "Jomini says: "Happening to be in Paris ..." answered "How did
// it happen that ... the opposing fleets met ...?" by Jomini's
// "Happening".
func outsideQuotes(s *sentence) {
	text := s.text
	at := strings.IndexAny(text, "\"“")
	if at < 0 {
		return
	}
	own := stemsOutsideAsides(text[:at])
	for st, w := range s.stems {
		if own[st] == 0 {
			s.stems[st] = min(w, asideWeight)
		}
	}
}
