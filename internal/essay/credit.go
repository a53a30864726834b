package essay

import (
	"strings"
	"unicode"

	"studyguide/internal/lazyregexp"
)

// creditRe matches the name a dash credits a quotation to, set in
// capitals as collections of sayings and old notes set it: "...
// sanguine--SEELEY, Rede Lecture", "...--E. NAVILLE, Christianisme",
// "...--CARLYLE to FROUDE", "...imiter.-GALIANI, Dialogues". A name in
// capitals after a dash is no prose; a single hyphen counts only after
// a stop, where no word is joined.
var creditRe = lazyregexp.New(`(?:--|—|―|[.!?"'”’)]-)\s?((?:(?:\p{Lu}\.\s?)+|(?:\p{Lu}{2,}\.?\s))*\p{Lu}[\p{Lu}'’\-]*\p{Lu})(?:[,.;:\s]|$)`)

// credits returns creditRe's matches in text, searching only a text
// that has the dash every match opens with: most sentences have none,
// and the search tries every place in them.
func credits(text string) [][]int {
	if strings.IndexByte(text, '-') < 0 && !strings.Contains(text, "—") && !strings.Contains(text, "―") {
		return nil
	}
	return creditRe.FindAllStringSubmatchIndex(text, -1)
}

// creditTail reports whether the words after a credit's name are the
// work it cites: a few words ("--GUIRAUD, Philosophie Catholique de
// l'Histoire."), or more with a volume, page or year ("--SICKEL,
// Goettingen Gelehrte Anzeigen, 1890, 563."). A name in capitals with a
// sentence after it is an acronym of the prose ("the alliance—NATO, as
// it was called, grew ...").
func creditTail(tail string) bool {
	n := len(strings.Fields(tail))
	return n <= 6 || n <= 25 && strings.ContainsAny(tail, "0123456789")
}

// credit gives each sentence that a dash credits to another writer (see
// creditRe) that writer's name, and in a note each sentence before it in
// its block back to the last one credited: a note of quotations credits
// one of several sentences once, after its last. A paragraph's sentence
// before a credited one is the author's own, leading up to the
// quotation.
func credit(ps *Passage) {
	from := 0
	for i := range ps.Sentences {
		s := &ps.Sentences[i]
		if i > 0 && s.Block != ps.Sentences[i-1].Block || ps.Ref.Kind != Note {
			from = i
		}
		// The last credit counts: a sentence the text ran on past one
		// citation ("...--RANKE, Reformation, Preface, 1838, Ce qu'on
		// ...--AULARD, Etudes ...") ends with the other writer's.
		name := ""
		for _, m := range credits(s.Text) {
			if creditTail(s.Text[m[3]:]) {
				name = strings.TrimSpace(s.Text[m[2]:m[3]])
			}
		}
		if name == "" {
			continue
		}
		for j := from; j <= i; j++ {
			ps.Sentences[j].Credit = name
		}
		from = i + 1
	}
}

// quote marks each sentence that begins inside a quotation an earlier
// sentence of its block opened ("... as follows: “The diversity ... .
// The protection of these faculties is the first object of government.
// ...”"): its words are the quoted writer's, not the author's. The
// sentence that opens the quotation holds the author's words too, and is
// not marked. A quotation left open at the end of a block, as one of
// several paragraphs is, runs to the block's end.
func quote(ps *Passage) {
	var open rune
	for i := range ps.Sentences {
		s := &ps.Sentences[i]
		if i == 0 || s.Block != ps.Sentences[i-1].Block {
			open = 0
		}
		// A sentence that opens with a mark against its first word opens
		// a quotation of its own, whatever mark an earlier sentence left
		// unpaired; a straight mark set apart ('"All power to the
		// people! " He swam ...') closes one.
		if strings.HasPrefix(s.Text, "“") || len(s.Text) > 1 && s.Text[0] == '"' && s.Text[1] != ' ' {
			open = 0
		}
		s.Quoted = open != 0
		prev := ' '
		for _, r := range s.Text {
			switch {
			case open == 0 && r == '"' && !opensAfter(prev):
				// A straight mark against the word before it closes a
				// quotation the text never opened ('Reasons of State,"'):
				// a stray, not the start of the writer's words.
			case open == 0 && (r == '“' || r == '„' || r == '«' || r == '"'):
				open = r
			case open == '“' && r == '”', open == '„' && (r == '“' || r == '”'), open == '«' && r == '»', open == '"' && r == '"':
				open = 0
			}
			prev = r
		}
	}
}

// opensAfter reports whether a straight quotation mark after rune prev
// can open a quotation: after a space, a dash or an opening bracket, not
// against a word or its punctuation.
func opensAfter(prev rune) bool {
	return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-:", prev)
}

// CreditName returns the writer of Credit as a name is written
// ("CARLYLE" as "Carlyle", "E. NAVILLE" as "E. Naville", "O'CONNELL" as
// "O'Connell"), a roman numeral left in capitals ("Napoleon III"); ""
// when no dash credits the sentence.
func (s Sentence) CreditName() string {
	words := strings.Fields(s.Credit)
	for i, w := range words {
		if len(w) > 1 && strings.Trim(w, "IVX") == "" {
			continue
		}
		var b strings.Builder
		up := true
		for _, r := range w {
			if up {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			up = r == '.' || r == '-' || r == '\'' || r == '’'
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}
