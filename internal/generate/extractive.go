package generate

import (
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
	split "studyguide/internal/sentence"
	"studyguide/internal/terms"
)

// Extractive answers offline with the text's own sentences, each quoted
// verbatim, attributed to the author and followed by its ref. Its zero
// value uses DefaultSelection.
type Extractive struct {
	// Selection overrides DefaultSelection when not nil.
	Selection *Selection
	// corpus is the text answered from, set by Generate from its
	// request: a paragraph opening on "he" is read with the one before
	// it (see pointsBefore).
	corpus *essay.Corpus
}

var _ Generator = Extractive{}

// Selection limits.
const (
	maxSentences = 4
	maxPassages  = 3
	minWords     = 5
)

// candidate is one sentence that may go into an answer.
type candidate struct {
	passage  *essay.Passage
	rank     int
	index    int
	text     string
	score    float64
	question bool
	// followsMarker is set on a footnote's sentence read right after the
	// sentence that marks the note; rank and index are then that
	// sentence's, and noteIndex the sentence's own index in the note.
	followsMarker bool
	noteIndex     int
	// part is the part of the question the sentence answers (see
	// retrieve.Part); answers read part by part.
	part int
	// pick is the turn, from 1, in which selection chose the sentence;
	// 0 for one quoted for another's sake (an antecedent, a note's
	// marker). Of equal scores, the one chosen first reads first.
	pick int
	// lead is set on the best sentence of retrieval's best passage when
	// it opens the answer to a question of one part.
	lead bool
	// item is set on an item of a list read right after the sentence
	// that introduces it (see withLists): it reads as part of that
	// quotation, with no words of its own to lead it in.
	item bool
	// reply is set on the opening of the passage after an objection,
	// quoted for a part asking how the author answers it (see withReply).
	reply bool
	// forNote is set on a sentence quoted only because it marks a chosen
	// footnote (see withMarkers).
	forNote bool
	// unnamed is set when the sentence's paragraph opens on "he" for
	// someone named before it whom the question does not name (see
	// pointsBefore): that opening sentence cannot stand without him.
	unnamed bool
	// held counts the words of its part of the question the sentence
	// holds, when it was chosen for the part.
	held int
	// antecedent is, for a line too short to quote alone, the sentence of
	// another passage quoted before it, naming what its pronoun means
	// (see shortLine).
	antecedent *candidate
}

// Generate picks the one to four sentences that best answer the question
// and writes them as attributed quotations.
func (e Extractive) Generate(ctx context.Context, req Request, stream io.Writer) (Draft, error) {
	if err := ctx.Err(); err != nil {
		return Draft{}, err
	}
	// Who wrote the text and when is in its byline, not in a passage,
	// whatever retrieval found.
	if d, ok := bylineAnswer(req); ok {
		return d, write(stream, d.Text)
	}
	res := req.Retrieval
	if !addressed(res) {
		return abstain(res, stream)
	}
	if d, ok := bareFollowUp(req); ok {
		return d, write(stream, d.Text)
	}
	e.corpus = req.Corpus
	if d, ok := timelineAnswer(res, req.Author, req.Kind); ok {
		return d, write(stream, d.Text)
	}
	if d, ok := e.overviewAnswer(res, req.Author, req.Kind, quotedBefore(req.History)); ok {
		return d, write(stream, d.Text)
	}
	chosen := withReply(e.selectSentences(res, req.Question, quotedBefore(req.History)), res, req.Corpus)
	chosen = withCounted(withLists(chosen, res.Query.Stems), res.Hits)
	if len(chosen) == 0 {
		return abstain(res, stream)
	}
	unsaid, chosen := withoutDoer(chosen, res.Query, e.passages(res))
	d := Draft{Text: joinUnsaid(unsaid, compose(chosen, req.Author, req.Kind)) + notGiven(res, chosen)}
	for _, c := range chosen {
		d.Quoted = append(d.Quoted, c.passage.Ref)
	}
	return d, write(stream, d.Text)
}

// passages returns the corpus's passages, or those retrieved when there
// is no corpus to read.
func (e Extractive) passages(res *retrieve.Result) []*essay.Passage {
	if e.corpus != nil {
		return e.corpus.Passages
	}
	var out []*essay.Passage
	for _, h := range res.Hits {
		out = append(out, h.Passage)
	}
	return out
}

// addressed reports whether retrieval found passages that address the
// question; every generator abstains, asking nothing, when it did not.
func addressed(res *retrieve.Result) bool {
	return res != nil && !res.Abstain && len(res.Hits) > 0
}

// abstain is the draft, written to stream, that says the corpus does not
// address the question.
func abstain(res *retrieve.Result, stream io.Writer) (Draft, error) {
	d := Draft{Text: Abstention(res), Abstained: true}
	if word, text, p := usedWord(res); p != nil {
		d.Text = declineUsed(word, text, p)
	} else if text, p := nearby(res); p != nil && len(res.Query.Unfound) == 0 {
		d.Text = declineNear(res, text, p)
	}
	return d, write(stream, d.Text)
}

func write(w io.Writer, s string) error {
	if w == nil {
		return nil
	}
	_, err := io.WriteString(w, s)
	return err
}

// Abstention is the plain sentence given when the corpus does not address a
// question, naming the words it never uses.
func Abstention(res *retrieve.Result) string {
	msg := "The text does not address this question, so there is no answer to give from it."
	if res != nil && res.Query != nil && len(res.Query.Unfound) > 0 && len(res.Query.Named) == 0 {
		refs := make([]string, len(res.Query.Unfound))
		for i, r := range res.Query.Unfound {
			// In words: "¶70" would read as a citation of a passage.
			refs[i] = strings.Replace(r.String(), "¶", "paragraph ", 1)
		}
		return fmt.Sprintf("The text has no %s: it has %s.", strings.Join(refs, " or "), res.Query.RefRange)
	}
	if m := mixedDecline(res); m != "" {
		return m + "."
	}
	if words := unmentioned(res); len(words) > 0 {
		if len(words) > 4 {
			words = words[:4]
		}
		msg += fmt.Sprintf(" It never mentions %s.", quoteList(words))
	}
	return msg
}

// unmentioned returns the words a decline names as ones the text never
// mentions: the question's words it never uses (see missing), everyday
// words aside (see retrieve.Everyday). "What man led the navy?" is
// declined as never mentioning “navy”, not “man”.
func unmentioned(res *retrieve.Result) []string {
	return slices.DeleteFunc(missing(res), retrieve.Everyday)
}

// missing returns the question's words the text never uses, function
// words aside: "It never mentions “besides”" tells the reader nothing of
// what the text lacks.
func missing(res *retrieve.Result) []string {
	if res == nil || res.Query == nil {
		return nil
	}
	var out []string
	for _, w := range res.Query.Missing {
		if !terms.IsFunctionWord(w) {
			out = append(out, w)
		}
	}
	return out
}

func quoteList(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = "“" + w + "”"
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// quotedBefore returns the earlier answers of a conversation, in which a
// sentence already quoted can be found.
func quotedBefore(history []Turn) string {
	var b strings.Builder
	for _, t := range history {
		b.WriteString(t.Answer)
		b.WriteString("\n")
	}
	return b.String()
}

// withMarkers adds the sentence marking each chosen footnote, when its
// paragraph was retrieved and it was not chosen, in place of the weakest
// other sentence if the answer is full. The note is then read after it
// (see withNotes) rather than alone, where its "this" ("passages in which
// he does this") would have nothing to lean on.
func withMarkers(chosen []candidate, hits []retrieve.Hit) []candidate {
	out := slices.Clone(chosen)
	for _, c := range chosen {
		if c.passage.Ref.Kind != essay.Note {
			continue
		}
		m, ok := marker(hits, c.passage.Ref)
		if !ok || slices.ContainsFunc(out, func(o candidate) bool { return o.passage == m.passage && o.index == m.index }) {
			continue
		}
		if len(out) == maxSentences {
			j := weakest(out)
			if j < 0 {
				continue
			}
			out = slices.Delete(out, j, j+1)
		}
		m.part, m.forNote = c.part, true
		out = append(out, m)
	}
	return out
}

// marker returns the quotable sentence marking the footnote note in the
// retrieved passages, if there is one.
func marker(hits []retrieve.Hit, note essay.Ref) (candidate, bool) {
	for rank, h := range hits {
		p := h.Passage
		if p.Ref.Kind != essay.Paragraph || p.NoteRef(note.N) != note || !slices.Contains(p.Notes, note.N) {
			continue
		}
		for i, s := range p.Sentences {
			if s.Note == note.N && quotable(s) {
				return candidate{passage: p, rank: rank, index: i, text: s.Text}, true
			}
		}
	}
	return candidate{}, false
}

// weakest returns the index of the lowest-scored sentence of chosen that is
// neither a footnote's nor one marking a footnote, or -1 if there is none.
func weakest(chosen []candidate) int {
	j := -1
	for i, c := range chosen {
		if c.passage.Ref.Kind == essay.Note || c.passage.Sentences[c.index].Note != 0 {
			continue
		}
		if j < 0 || c.score <= chosen[j].score {
			j = i
		}
	}
	return j
}

// withNotes reads each retrieved footnote right after the chosen sentence
// that marks it: a chosen sentence of the note moves there, and, for a
// question that asks where its answer comes from, a note none of whose
// sentences was chosen gives its first quotable sentence, while there is
// room. The note says where the claim comes from ("many times.15" is
// followed by the books that record it), and it often leans on the
// sentence marking it ("passages in which he does this"); to any other
// question it is a reference, not an answer.
//
//   - sources: whether the question asks for sources or where to read.
func withNotes(chosen []candidate, hits []retrieve.Hit, sources bool) []candidate {
	// out is a copy: marking a chosen note as following its marker below
	// must not change chosen while it is read. A candidate so marked
	// holds its marker's index, not an index into its own note.
	out := slices.Clone(chosen)
	for _, m := range chosen {
		if m.followsMarker {
			continue
		}
		n := m.passage.Sentences[m.index].Note
		if n == 0 {
			continue
		}
		ref := m.passage.NoteRef(n)
		if slices.ContainsFunc(out, func(o candidate) bool { return o.passage.Ref == ref }) {
			for i := range out {
				if out[i].passage.Ref == ref && !out[i].followsMarker {
					out[i].noteIndex = out[i].index
					out[i].rank, out[i].index, out[i].followsMarker = m.rank, m.index, true
				}
			}
			continue
		}
		i := slices.IndexFunc(hits, func(h retrieve.Hit) bool { return h.Passage.Ref == ref })
		if !sources || i < 0 || len(out) == maxSentences {
			continue
		}
		note := hits[i].Passage
		if j := slices.IndexFunc(note.Sentences, quotable); j >= 0 {
			out = append(out, candidate{passage: note, rank: m.rank, index: m.index, text: note.Sentences[j].Text,
				followsMarker: true, noteIndex: j, part: m.part})
		}
	}
	return out
}

// sentenceStems returns, for each hit, the distinct stems of each sentence
// of its passage, in order: the weights and the scores both count them.
func sentenceStems(hits []retrieve.Hit) [][][]string {
	out := make([][][]string, len(hits))
	for i, h := range hits {
		for _, s := range readPassage(h.Passage) {
			out[i] = append(out[i], s.stems)
		}
	}
	return out
}

// sentenceInfo is what selection reads of a sentence, whatever the
// question.
type sentenceInfo struct {
	stems    []string
	quotable bool
	// refers holds the stems of the names a leading pronoun points back
	// to (see referent).
	refers []string
	voice  retrieve.Voice
	// defines holds the stems of the words the sentence names or defines
	// (see defined).
	defines []string
}

// passageCache keeps what selection read of the passages answers have
// quoted from: a conversation, or eval, meets the same passages again.
var passageCache = struct {
	sync.Mutex
	of map[*essay.Passage][]sentenceInfo
}{of: map[*essay.Passage][]sentenceInfo{}}

// maxPassageCache bounds passageCache, in passages.
const maxPassageCache = 4096

// readPassage returns what selection reads of each sentence of p.
func readPassage(p *essay.Passage) []sentenceInfo {
	passageCache.Lock()
	out, ok := passageCache.of[p]
	passageCache.Unlock()
	if ok {
		return out
	}
	out = make([]sentenceInfo, len(p.Sentences))
	for j, s := range p.Sentences {
		out[j] = sentenceInfo{stems: withoutCertainty(s.Text, terms.Unique(terms.Stems(s.Text))), quotable: quotable(s), refers: referent(p, j),
			voice: retrieve.VoiceOf(s.Text), defines: defined(s.Text)}
	}
	passageCache.Lock()
	if len(passageCache.of) < maxPassageCache {
		passageCache.of[p] = out
	}
	passageCache.Unlock()
	return out
}

// questionWeights gives each of the question's stems a weight that grows
// with its rarity among the retrieved passages' sentences and with how
// much it narrows the question down (Query.Specificity: "get" says less
// than "privileges"), and each stem retrieval searched in place of one the
// corpus lacks the same, scaled by its weight in the search.
//
//   - q: the analysed question.
//   - standIns: Result.StandIns.
//   - stems: the retrieved passages' sentences as sentenceStems gives them.
func questionWeights(q *retrieve.Query, standIns map[string]float64, stems [][][]string) map[string]float64 {
	df := map[string]int{}
	n := 0
	for _, passage := range stems {
		for _, sentence := range passage {
			n++
			for _, st := range sentence {
				df[st]++
			}
		}
	}
	w := map[string]float64{}
	for i, s := range q.Stems {
		w[s] = q.Specificity[i] * math.Log(1+float64(n)/float64(1+df[s]))
	}
	for s, f := range standIns {
		if _, ok := w[s]; !ok {
			w[s] = f * math.Log(1+float64(n)/float64(1+df[s]))
		}
	}
	return w
}

// namingWords introduce the name of a thing, or what a word means.
var namingWords = map[string]bool{"called": true, "termed": true, "named": true, "known": true, "means": true, "meaning": true, "ie": true}

// summoning words after "called", "termed" or "named" make it summon or
// appoint, not name: "the convention was called for August", "he called
// on the council", "the strike was called off", "named to the board".
var summoning = map[string]bool{"for": true, "on": true, "upon": true, "off": true, "up": true, "to": true, "by": true, "in": true, "into": true, "out": true, "at": true}

// calling are the naming words a summoning word after them turns into
// summoning (see summoning).
var calling = map[string]bool{"called": true, "termed": true, "named": true}

// defined returns the stems of the words a sentence names or defines:
// the first content word within three words after "called", "termed",
// "known (as)", "means" or "i.e.", unless the naming word summons
// ("called for a vote").
func defined(text string) []string {
	ws := terms.Words(strings.ReplaceAll(text, "i.e.", "ie"))
	var out []string
	for i, w := range ws {
		if !namingWords[w] || calling[w] && i+1 < len(ws) && summoning[ws[i+1]] {
			continue
		}
		for _, v := range ws[i+1 : min(len(ws), i+4)] {
			if !terms.IsStopword(v) {
				out = append(out, terms.Stem(v))
				break
			}
		}
	}
	return out
}

// asksForQuestions reports whether a question, given as its words, asks
// for the open questions the text raises.
func asksForQuestions(words []string) bool {
	for _, w := range words {
		switch w {
		case "question", "questions", "ask", "asks", "open", "research", "explore", "exploration":
			return true
		}
	}
	return false
}

// quotable reports whether a sentence can stand in an answer: long enough
// to say something, before any link the text's conversion stripped ("at
// <>"), where the quotation stops (see quoteText). A bare reference ("See
// pp. 150, 507.") qualifies: to a question asking where to read, it is
// the answer, and to any other its words share nothing.
func quotable(s essay.Sentence) bool {
	return len(terms.Words(quoteText(s.Text))) >= minWords
}

// strippedLink is what a link the text's conversion emptied leaves.
const strippedLink = "<>"

// quoteText returns the part of a sentence an answer quotes: all of it,
// or its words with each stripped link elided ("... of January 13, 2000
// … in English …" from "... of January 13, 2000, at <>; in English, at
// <>."), which the citation check verifies as it does any elided
// quotation. The words after a link may be the answer: "in English" says
// where to read a translation.
func quoteText(sentence string) string {
	if !strings.Contains(sentence, strippedLink) {
		return sentence
	}
	pieces := strings.Split(sentence, strippedLink)
	var kept []string
	for i, piece := range pieces {
		piece = strings.TrimLeft(piece, " ,;:).")
		if i < len(pieces)-1 {
			piece = strings.TrimRight(piece, " ,;:(")
			piece = strings.TrimRight(strings.TrimSuffix(piece, " at"), " ,;:(")
		}
		if piece != "at" && len(terms.Words(piece)) > 0 {
			kept = append(kept, piece)
		}
	}
	if len(kept) == 0 {
		return ""
	}
	out := strings.Join(kept, " … ")
	if len(terms.Words(pieces[len(pieces)-1])) == 0 {
		out += " …"
	}
	return out
}

// continues reports whether a sentence leans on the one before it: it
// opens with a pronoun or a connective ("However", "Likewise", "From
// there it could be argued ...").
func continues(s string) bool {
	ws := strings.Fields(strings.ToLower(strings.TrimLeft(s, "\"“'(")))
	if len(ws) == 0 {
		return false
	}
	first := strings.Trim(ws[0], ",;:")
	switch first {
	case "it":
		// "It is a tragedy that ..." puts its subject after the verb.
		return !split.EmptyIt(s)
	case "he", "she", "they", "this", "these", "that", "those", "nor", "but", "instead", "clearly", "yet", "however",
		"thus", "hence", "therefore", "likewise", "similarly", "moreover", "furthermore", "consequently", "accordingly", "otherwise":
		return true
	case "from":
		return len(ws) > 1 && (strings.Trim(ws[1], ",;:") == "there" || strings.Trim(ws[1], ",;:") == "here")
	}
	return false
}

// compose writes the chosen sentences as attributed quotations, each
// followed by its ref.
//
//   - author: the author's name, or "" for "the author".
//   - kind: essay.Meta.Kind; only an argument's sentences are introduced
//     as what the author argues.
func compose(chosen []candidate, author, kind string) string {
	v := voiceOf(author)
	var b strings.Builder
	for i, c := range chosen {
		if continuesQuote(i, chosen, v, kind) {
			// The marker written after the sentence before is moved
			// past this one: one quotation, one ref.
			cut := strings.LastIndex(b.String(), "” ")
			rest := b.String()
			b.Reset()
			b.WriteString(rest[:cut] + " " + c.text + rest[cut:])
			continue
		}
		if i > 0 {
			b.WriteString(" ")
		}
		if sp := c.passage.Voice.Speaker(); sp != "" {
			// An editor's or a translator's note is never the author's:
			// its signature names whose it is, and the quotation ends
			// before it.
			fmt.Fprintf(&b, "%s “%s” %s", otherLead(c.passage, sp), shorten(quoteText(c.passage.Unsigned(c.text))), c.passage.Ref.Marker())
			continue
		}
		if ql, ok := quoteLead(i, c, chosen, v, kind); ok && !c.item {
			// Another writer's words the author quotes are never the
			// author's claim.
			b.WriteString(ql + " ")
		} else if !c.item {
			// A question the sentence quotes is not one the author asks.
			c.question = c.question && asksOwn(c.text)
			b.WriteString(lead(i, c, chosen, v, kind) + " ")
		}
		fmt.Fprintf(&b, "“%s” %s", shorten(quoteText(c.text)), c.passage.Ref.Marker())
	}
	return b.String()
}

// continuesQuote reports whether chosen[i] is the author's sentence right
// after chosen[i-1] in the same passage, both quoted whole in his own
// words: it reads on inside the same quotation rather than after a lead
// of its own ("Jivago goes on:"), a lead that, repeated sentence after
// sentence, reads as a machine's. A sentence another writer's words fill,
// a note's read after its marker, a list item, a question the author asks
// or a sentence cut short keeps its own quotation.
func continuesQuote(i int, chosen []candidate, v voice, kind string) bool {
	if i == 0 {
		return false
	}
	prev, c := chosen[i-1], chosen[i]
	if prev.passage != c.passage || c.index != prev.index+1 || prev.passage.Voice.Speaker() != "" {
		return false
	}
	for j, x := range []candidate{prev, c} {
		if x.followsMarker || x.item || x.question && asksOwn(x.text) || shorten(quoteText(x.text)) != x.text {
			return false
		}
		if _, ok := quoteLead(i-1+j, x, chosen, v, kind); ok {
			return false
		}
	}
	// A note's marker between them ("many times.15 Clearly") is not
	// the author's sentence: the quotation would not stand in the text.
	return strings.Contains(strings.Join(strings.Fields(c.passage.Text()), " "), prev.text+" "+c.text)
}

// otherLead introduces a quotation from a passage in another voice than
// the author's (speaker: "the editor"): "In a note signed “—M.”, the
// editor writes:".
func otherLead(p *essay.Passage, speaker string) string {
	where := "In a note"
	if p.Ref.Kind != essay.Note {
		where = "In a passage"
	}
	if p.Signature != "" {
		where += " signed “" + p.Signature + "”"
	}
	return where + ", " + speaker + " writes:"
}

// voice is how an answer names the author: in full first, then short.
type voice struct {
	full, short string
	// plural is set for a text by several authors ("Hamilton, Jay and
	// Madison"): they write, and a surname alone would name one of them.
	plural bool
}

// voiceOf returns the voice for an author's name, or for "the author"
// when the name is empty.
func voiceOf(author string) voice {
	switch {
	case author == "":
		return voice{full: "The author", short: "the author"}
	case severalAuthors(author):
		return voice{full: author, short: "the authors", plural: true}
	}
	return voice{full: author, short: surname(author)}
}

// surname returns the last name of an author's name, with the particle
// that opens it ("Du Bois", "van Gogh", "de Tocqueville"): "Bois" alone
// names no one.
func surname(author string) string {
	words := strings.Fields(author)
	n := len(words) - 1
	for n > 1 && particles[strings.ToLower(words[n-1])] {
		n--
	}
	return strings.Join(words[n:], " ")
}

// particles open a surname of several words.
var particles = map[string]bool{"du": true, "de": true, "da": true, "di": true, "del": true, "della": true, "des": true,
	"van": true, "von": true, "der": true, "den": true, "ter": true, "ten": true, "la": true, "le": true}

// severalAuthors reports whether a name lists more than one person.
func severalAuthors(author string) bool {
	lower := strings.ToLower(author)
	return strings.Contains(lower, " and ") || strings.Contains(lower, " & ") || strings.Contains(lower, "et al")
}

// verb returns a verb of saying ("writes", "goes on") agreeing with the
// voice: "write", "go on" for several authors.
func (v voice) verb(singular string) string {
	if !v.plural {
		return singular
	}
	head, rest, _ := strings.Cut(singular, " ")
	switch {
	case strings.HasSuffix(head, "oes"):
		head = strings.TrimSuffix(head, "es")
	default:
		head = strings.TrimSuffix(head, "s")
	}
	if rest != "" {
		return head + " " + rest
	}
	return head
}

// Quotation length, in words. A sentence longer than maxQuoteWords (a
// corpus without full stops can hold one of megabytes) is quoted by its
// first quoteHeadWords words and an ellipsis, which the citation check
// verifies piece by piece like any elided quotation.
const (
	maxQuoteWords  = 90
	quoteHeadWords = 60
)

// shorten returns a sentence to quote, cut at a word with an ellipsis if
// it is too long to read in an answer.
func shorten(sentence string) string {
	words := strings.Fields(sentence)
	if len(words) <= maxQuoteWords {
		return sentence
	}
	return strings.Join(words[:quoteHeadWords], " ") + " …"
}

// lead introduces a quotation so that it reads as the author's claim, not
// as fact. Attribution uses the author's surname rather than a pronoun: a
// pronoun beside a quotation that opens "He ..." would point at two people.
func lead(i int, c candidate, chosen []candidate, v voice, kind string) string {
	note := c.passage.Ref.Kind == essay.Note
	// A note read after the sentence marking it interrupts its passage:
	// what follows the note continues from the sentence before it.
	prev := i - 1
	for prev >= 0 && (chosen[prev].followsMarker || chosen[prev].item) {
		prev--
	}
	full, short := v.full, v.short
	switch {
	case c.question && i == 0:
		return full + " " + v.verb("asks") + ":"
	case c.question:
		return terms.Capitalize(short) + " also " + v.verb("asks") + ":"
	case i == 0 && note:
		return fmt.Sprintf("In a footnote, %s %s:", full, v.verb("writes"))
	case i == 0 && kind == "argument":
		return full + " " + v.verb("argues") + ":"
	case i == 0:
		return full + " " + v.verb("writes") + ":"
	case c.followsMarker && i > 0 && chosen[i-1].followsMarker && chosen[i-1].passage.Ref == c.passage.Ref:
		// A second sentence of the note read after its marker goes on
		// in the same footnote.
		if c.noteIndex == chosen[i-1].noteIndex+1 {
			return terms.Capitalize(short) + " " + v.verb("goes on") + ":"
		}
		return "Later in the same note, " + short + " " + v.verb("writes") + ":"
	case c.followsMarker:
		return "In a footnote, " + short + " " + v.verb("adds") + ":"
	case prev >= 0 && c.passage.Ref == chosen[prev].passage.Ref && c.index == chosen[prev].index+1:
		return terms.Capitalize(short) + " " + v.verb("goes on") + ":"
	case prev >= 0 && c.passage.Ref == chosen[prev].passage.Ref && c.index < chosen[prev].index:
		// The answer reads a passage best first, not in its order.
		return "Earlier in the same passage, " + short + " " + v.verb("writes") + ":"
	case prev >= 0 && c.passage.Ref == chosen[prev].passage.Ref:
		return "Later in the same passage, " + short + " " + v.verb("writes") + ":"
	case c.reply && !(prev >= 0 && c.passage.Ref == chosen[prev].passage.Ref):
		return "In the passage after the objection, " + short + " " + v.verb("answers") + ":"
	case note:
		return "In a footnote, " + short + " " + v.verb("adds") + ":"
	default:
		return "Elsewhere, " + short + " " + v.verb("writes") + ":"
	}
}
