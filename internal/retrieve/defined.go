package retrieve

import (
	"slices"
	"strings"
	"unicode"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// whatIsRe finds a question asking only what a thing is ("What is the
// NKVD?", "what was the chinese cultural revolution even about"): the
// thing asked is its group 1, a few words without quotation marks or a
// possessive. "What are the X?" and "what were the X?" often ask which
// things are meant ("what are the secret documents"), which a text
// tells without defining them: only the singular is read.
var whatIsRe = lazyregexp.New(`(?i)^\W*(?:what|wat)(?:['’]s|\s+is|\s+was)\s+(?:(?:the|a|an)\s+)?([\p{L}\p{N}][\p{L}\p{N} -]*?)(?:\s+(?:thing|stuff))?(?:\s+(?:even|all|really|actually|exactly))?(?:\s+about)?` + plainlyAsked + `\s*[?.!]*\s*$`)

// plainlyAsked is the phrase by which a question asking what a thing is
// asks it put plainly ("what's a jivagate in normal words", "what does
// jivagate mean in plain English"): it asks what the thing is all the
// same, and a text that names it without defining it does not answer it.
const plainlyAsked = `(?:,?\s+in\s+(?:normal|plain|simple|everyday|ordinary|lay(?:man|men)['’]?s?)\s+(?:words|english|terms|language))?`

// plainlyRe finds plainlyAsked anywhere in a question; its group 1 is
// the word asking it put plainly ("normal" of "in normal words").
var plainlyRe = lazyregexp.New(`(?i)\bin\s+(normal|plain|simple|everyday|ordinary|lay(?:man|men)['’]?s?)\s+(?:words|english|terms|language)\b`)

// withoutPlainly returns missing without the word by which q asks a
// thing put plainly: "normal" in "what's a plenum in normal words" is
// how the asker wants the answer, and a decline saying the text "never
// mentions “normal”" blames the text for a word no answer needs.
func withoutPlainly(text string, missing []string) []string {
	m := plainlyRe.FindStringSubmatch(text)
	if m == nil {
		return missing
	}
	return slices.DeleteFunc(missing, func(w string) bool { return strings.EqualFold(w, m[1]) })
}

// whatMeansRe finds a question asking only what a word means ("what
// does plenum mean", "What does the term 'jivagism' mean?"), which
// asks what a thing is as whatIsRe's do: the word asked is its group 1.
// One asking what it means to someone ("to the author") or what a
// person means by it asks more. A phrase of several words ("what does
// in vacuis locis mean") is left to the sentences that gloss it: a
// text glosses a foreign phrase in words of its own, which the test of
// a defined term does not look for.
var whatMeansRe = lazyregexp.New(`(?i)^\W*(?:what|wat)\s+(?:does|do|did)\s+(?:the\s+(?:word|term|phrase)\s+)?["“‘']?(?:(?:the|a|an)\s+)?([\p{L}\p{N}][\p{L}\p{N}-]*)["”’']?\s+(?:mean|means|stand\s+for)` + plainlyAsked + `\s*[?.!]*\s*$`)

// maxTermWords is the most words a thing asked what it is may have.
const maxTermWords = 4

// termLinks are the stop words a term asked what it is may hold ("the
// greatest theft in history", "red versus expert"); any other (a
// pronoun, "for", "up") makes the question ask something else of it
// ("what was he famous for").
var termLinks = words("of", "in", "and", "vs", "versus", "de", "la", "le")

// term is a thing a question asks what it is: the stems of its words,
// and the stem of its words written as one ("anarchosyndicalism" for
// "anarcho-syndicalism"), when it has several.
type term struct {
	stems  []string
	joined string
}

// askedTerm returns the thing q asks only what it is, or a term without
// stems. A question of the text or its author ("what is the main
// purpose of the essay") asks what the text says, not what a thing is;
// one asking another thing beside ("and who used them?") asks more of
// it than a definition. A term of figures ("the 6, 6 and 5 thing")
// names what the text gives, not a thing it could define.
func (r *Retriever) askedTerm(q *Query) term {
	m := whatIsRe.FindStringSubmatch(q.Text)
	if m == nil {
		m = whatMeansRe.FindStringSubmatch(q.Text)
	}
	if m == nil || r.ofTheText(q) {
		return term{}
	}
	if n := len(strings.Fields(m[1])); n == 0 || n > maxTermWords {
		return term{}
	}
	var ws []string
	for _, w := range terms.Words(m[1]) {
		if terms.IsStopword(w) && !termLinks[w] || isNumber(w) {
			return term{}
		}
		if !terms.IsStopword(w) && !casualWords[w] {
			ws = append(ws, w)
		}
	}
	t := term{stems: terms.Stems(strings.Join(ws, " "))}
	if len(t.stems) == 0 || !nounOrName(t.stems[len(t.stems)-1]) {
		return term{}
	}
	if len(ws) > 1 {
		t.joined = terms.Stem(strings.Join(ws, ""))
	}
	return t
}

// nounOrName reports whether stem s is a noun, or a word WordNet does
// not know (a name, an acronym): "what was the old minister worried
// about" asks how he felt, not what a thing is.
func nounOrName(s string) bool {
	nouns, others := thesaurus.Tagged(s)
	return nouns >= others || thesaurus.Senses(s) == 0
}

// undefined reports whether q asks only what a thing is (see askedTerm)
// that the corpus names without defining or describing it anywhere:
// "What is the NKVD?" of a text that says only that someone could not
// control "the local NKVD". A text that calls something by a term
// ("the stratum called the gentry"), quotes it as a term of its own,
// says what it is ("X is ...", "X, the ...") or names its kind before
// it ("the newspaper X") describes it; so does a text that names it in
// subjectPassages passages or more, its subject. A thing the corpus
// never names as asked is left to the other tests.
func (r *Retriever) undefined(q *Query) bool {
	t := r.askedTerm(q)
	if len(t.stems) == 0 {
		return false
	}
	var found []naming
	passages := map[*essay.Passage]bool{}
	// Only the passages holding its first word, or its words as one,
	// can name it.
	for _, p := range r.passagesNaming([]string{t.stems[0], t.joined}) {
		for _, sn := range p.Sentences {
			for _, at := range termAt(sn.Text, t) {
				found = append(found, naming{sn.Text, at[0], at[1]})
				passages[p] = true
			}
		}
	}
	// A term the text writes in capitals throughout is an acronym
	// ("the NKVD"), not a term set in capitals where it is defined.
	lower := slices.ContainsFunc(found, func(n naming) bool { return !allCapitals(n.name()) })
	if slices.ContainsFunc(found, func(n naming) bool { return n.describes(lower) }) {
		return false
	}
	return len(passages) > 0 && len(passages) < subjectPassages
}

// partUndefined reports whether a part of a question of several asks
// only what a thing is, in its own words, that the corpus names without
// defining it (see undefined): "What was X, and how did it end?" asks
// in its first part what X was, which a text naming X in passing does
// not say, though the question as a whole asks more.
func (r *Retriever) partUndefined(sub *Query, part Part) bool {
	if len(part.Leans) > 0 || len(part.Words) == 0 {
		return false
	}
	return r.undefined(sub.withWords(part.Words))
}

// naming is where a sentence names a thing: text[start:end].
type naming struct {
	text       string
	start, end int
}

// name returns the thing as the sentence writes it.
func (n naming) name() string { return n.text[n.start:n.end] }

// subjectPassages is how many passages naming a thing make it a subject
// of the text, described by all they say of it.
const subjectPassages = 3

// termAt returns where text holds t as a run of words, stop words
// between them aside, or as one word: the byte offsets of the run's
// first and last words' start and end.
func termAt(text string, t term) [][2]int {
	stems := t.stems
	if len(stems) == 0 {
		return nil
	}
	var spans [][2]int
	var held []string
	for _, w := range wordSpans(text) {
		for _, s := range terms.Stems(text[w[0]:w[1]]) {
			held = append(held, s)
			spans = append(spans, w)
		}
	}
	var out [][2]int
	for i := range held {
		switch {
		case i+len(stems) <= len(held) && slices.Equal(held[i:i+len(stems)], stems):
			out = append(out, [2]int{spans[i][0], spans[i+len(stems)-1][1]})
		case t.joined != "" && held[i] == t.joined:
			out = append(out, spans[i])
		}
	}
	return out
}

// wordSpans returns the byte offsets of text's runs of letters and
// digits.
func wordSpans(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, c := range text {
		in := unicode.IsLetter(c) || unicode.IsDigit(c)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// Around a thing named in a sentence, the words that describe it.
var (
	// termQuotedBeforeRe and termQuotedAfterRe find quotation marks
	// just before it and just after it: a text quotes a term it
	// discusses.
	termQuotedBeforeRe = lazyregexp.New(`["“‘'«]\s*(?:(?:the|a|an)\s+)?$`)
	termQuotedAfterRe  = lazyregexp.New(`^[,.;:!?]?["”’'»]`)
	// termCalledRe finds words that give it as a name ("the stratum
	// called the gentry", "which Writers commonly call X", "is said to
	// MERIT", "the term X").
	termCalledRe = lazyregexp.New(`(?i)\b(?:call|calls|called|term|terms|termed|dubbed|known\s+as|so-called|said\s+to(?:\s+be)?|the\s+(?:term|word|phrase|name)|meaning\s+of|defined\s+as)\s+(?:["“‘']\s*)?(?:(?:the|a|an)\s+)?$`)
	// termSaidRe finds a copula or a verb of meaning after it, or after
	// it and another it is joined to ("Justice, and Injustice are ..."),
	// which says what it is when it is the verb's subject (see
	// termSubjectRe).
	termSaidRe = lazyregexp.New(`(?i)^["”’']?(?:,?\s+(?:and|or|nor)\s+[\p{L}-]+)?,?\s*(?:is|was|are|were|means|meant|refers\s+to|denotes|signifies|stands\s+for)\b`)
	// termGlossRe finds a gloss after it: an appositive or a relative
	// clause, a parenthesis, a colon or a dash ("the present Mexican
	// war, the work of ...", "an Odd Fellow--one who ..."), or what it
	// is taken as ("the Indian frontier as a consolidating agent").
	termGlossRe = lazyregexp.New(`(?i)^["”’']?\s*(?:,\s*(?:the|a|an|which|who|i\.\s*e\.|that\s+is|namely)\b|\(|:\s|-{2,}|\s-\s|\s?[–—]|as\s+(?:a|an)\s)`)
	// termGlossedBeforeRe and termGlossedAfterRe find it set between
	// parentheses or dashes after what it names ("their libertarian
	// associations--Anarchosyndicalism--").
	termGlossedBeforeRe = lazyregexp.New(`(?:\(|-{2,}|[–—])\s*$`)
	termGlossedAfterRe  = lazyregexp.New(`^[,;.]?\s*(?:\)|-{2,}|[–—])`)
	// termSubjectRe finds the start of a clause before it, so that a
	// verb after it has it for subject: "X was ..." and "..., and the X
	// were ...", not "the practice of the X was ...".
	termSubjectRe = lazyregexp.New(`(?i)(?:^|[,;:]\s*|\b(?:and|but|that|while|because)\s+)["“‘']?\s*(?:(?:the|a|an)\s+)?$`)
)

// describes reports whether the sentence defines or describes the thing
// it names (see undefined). Written in capitals, where the text writes
// it otherwise elsewhere (lower), it is the term a sentence defines
// ("is said to MERIT", "which men call CONTRACT"), as a text of old
// sets it.
func (n naming) describes(lower bool) bool {
	text, start, end := n.text, n.start, n.end
	before, after := text[:start], text[end:]
	switch {
	case quoted(before, n.name(), after), lower && allCapitals(n.name()) && text != strings.ToUpper(text),
		termCalledRe.MatchString(before),
		termGlossRe.MatchString(after),
		termGlossedBeforeRe.MatchString(before) && termGlossedAfterRe.MatchString(after),
		termSubjectRe.MatchString(before) && (termSaidRe.MatchString(after) || verbAfter(after)):
		return true
	}
	return kindBefore(before, text[start:end])
}

// quoted reports whether a sentence quotes a thing it names, or a part
// of it ("the \"Party Maximum\" wage", "\"Red\" and \"expert\""):
// quotation marks stand either side of it, or within it.
func quoted(before, name, after string) bool {
	return quoteMarks(name) > 0 || termQuotedBeforeRe.MatchString(before) && termQuotedAfterRe.MatchString(after)
}

// verbAfter reports whether after, the words after a thing a sentence
// names, opens with a verb of which it is the subject ("The frontier
// individualism has from the beginning promoted democracy"): a word in
// lower case that is an auxiliary, or a verb more often than a noun.
// "The X line was ..." names X as what the line is of.
func verbAfter(after string) bool {
	m := verbAfterRe.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	if auxiliaries[m[1]] || m[1] == "must" || m[1] == "shall" {
		return true
	}
	if terms.IsStopword(m[1]) {
		return false
	}
	nouns, others := thesaurus.Tagged(terms.Stem(m[1]))
	return others > nouns
}

// verbAfterRe finds the word after a thing named, in lower case.
var verbAfterRe = lazyregexp.New(`^\s+(\p{Ll}+)\b`)

// allCapitals reports whether name is written in capitals, with at
// least minCapitals letters: "I" and "A" are capitals of any sentence.
func allCapitals(name string) bool {
	letters := 0
	for _, c := range name {
		if unicode.IsLetter(c) {
			letters++
		}
	}
	return letters >= minCapitals && name == strings.ToUpper(name)
}

// minCapitals is the fewest letters of a name in capitals (see
// allCapitals).
const minCapitals = 3

// quoteMarks counts the quotation marks in text, leaving out an
// apostrophe between letters ("the author's").
func quoteMarks(text string) int {
	n := 0
	rs := []rune(text)
	for i, c := range rs {
		switch c {
		case '"', '“', '”', '«', '»':
			n++
		case '\'', '‘', '’':
			if i == 0 || i == len(rs)-1 || !unicode.IsLetter(rs[i-1]) || !unicode.IsLetter(rs[i+1]) {
				n++
			}
		}
	}
	return n
}

// kindBefore reports whether the word just before a name is a common
// noun naming its kind: "the newspaper Sovetskaia Rossiia". A name is
// written with a capital; an adjective before it ("the local X") says
// nothing of what it is.
func kindBefore(before, name string) bool {
	if name == "" || !unicode.IsUpper([]rune(name)[0]) {
		return false
	}
	ws := wordSpans(before)
	if len(ws) == 0 || ws[len(ws)-1][1] != len(strings.TrimRight(before, " ")) {
		return false
	}
	w := before[ws[len(ws)-1][0]:ws[len(ws)-1][1]]
	if !unicode.IsLower([]rune(w)[0]) || terms.IsStopword(w) {
		return false
	}
	nouns, others := thesaurus.Tagged(terms.Stem(w))
	return nouns > others
}

// MeaningAsked returns the word q asks only the meaning of ("what does
// plenum mean", "What does the term 'jivagism' mean?"), or "": a reply
// declining it can say where the text uses the word.
func MeaningAsked(q *Query) string {
	if q == nil {
		return ""
	}
	if m := whatMeansRe.FindStringSubmatch(q.Text); m != nil {
		return m[1]
	}
	return ""
}
