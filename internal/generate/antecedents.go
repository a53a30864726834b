package generate

import (
	"slices"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
	split "studyguide/internal/sentence"
	"studyguide/internal/terms"
)

// personal are the pronouns that stand for people.
var personal = map[string]bool{"he": true, "she": true, "they": true, "his": true, "her": true, "their": true}

// leadsWithPronoun reports whether a sentence's subject is a pronoun that
// stands for someone or something named before it (see
// sentence.LeadingPronoun).
func leadsWithPronoun(text string) bool { return split.LeadingPronoun(text) != "" }

// emptyAfterOpening reports whether the first "it" of text comes after an
// opening phrase set off by a comma, led by a preposition or a word
// opening a clause ("In politics, again,", "When the war ended,"), and is
// empty there (see sentence.EmptyIt), which reads it only at the start.
// After a subject ("Such a contract, it was argued, could ...") it is
// no sentence's subject.
func emptyAfterOpening(text string) bool {
	i := strings.Index(text, ", it ")
	if i < 0 {
		return false
	}
	ws := terms.Words(text[:i])
	return len(ws) > 0 && openingWords[ws[0]] && !slices.ContainsFunc(ws, func(w string) bool { return pronounWords[w] }) &&
		split.EmptyIt(text[i+2:])
}

// openingWords lead a phrase or a clause that opens a sentence before its
// subject.
var openingWords = map[string]bool{"in": true, "on": true, "at": true, "for": true, "under": true, "after": true, "before": true,
	"during": true, "from": true, "with": true, "without": true, "by": true, "among": true, "of": true, "to": true, "within": true,
	"when": true, "while": true, "if": true, "though": true, "although": true, "since": true, "as": true, "once": true,
	"unless": true, "until": true, "where": true, "whatever": true, "here": true, "now": true, "again": true, "still": true}

// pronounWords are the pronouns an opening phrase holding one would lean
// on what comes before it through ("In his view, it is ...").
var pronounWords = map[string]bool{"he": true, "she": true, "they": true, "his": true, "her": true, "their": true, "it": true, "its": true, "this": true, "these": true, "that": true, "those": true}

// leansBack reports whether a sentence of p cannot be read without the
// one before it: a personal pronoun leads it, a demonstrative stands
// alone where it points back ("the premier seems to be one of the few to have
// understood this to a degree"; see sentence.BareDemonstrative), or, in a
// note, which is short and leans on its context, it points back as
// pointsBack reads it. In a paragraph an opening "It is" is often empty
// ("It is a tragedy that ...").
func leansBack(p *essay.Passage, text string) bool {
	return leadsWithPronoun(text) || split.BareDemonstrative(text) >= 0 || p.Ref.Kind == essay.Note && pointsBack(text)
}

// pointsBack reports whether a sentence leans on one before it: a
// personal pronoun leads it, or among its first few words "this", "that"
// or "it" stands for a whole thing said before ("the critic believes this
// was a fatal mistake", "If that happened"), not for a noun it goes with
// ("this democratic strain").
func pointsBack(text string) bool {
	if leadsWithPronoun(text) {
		return true
	}
	ws := terms.Words(text)
	for i, w := range ws[:min(len(ws), split.PronounReach)] {
		if (w == "this" || w == "that" || w == "it") && i+1 < len(ws) && clauseVerbs[ws[i+1]] {
			return true
		}
	}
	return false
}

// clauseVerbs follow a demonstrative that is a clause's subject.
var clauseVerbs = map[string]bool{
	"is": true, "was": true, "were": true, "are": true, "would": true, "will": true, "could": true,
	"might": true, "may": true, "can": true, "has": true, "had": true, "happened": true,
	"means": true, "meant": true, "shows": true, "suggests": true, "does": true, "did": true,
}

// referent returns, for a sentence of p that opens with a pronoun, the
// stems of the capitalized names in the sentence before it, which the
// pronoun most likely points to; nil otherwise.
func referent(p *essay.Passage, i int) []string {
	// "It" stands for a thing said before ("the process ... It will soon
	// take hold"), seldom for a name: only a person's pronoun earns the
	// names before it.
	if i == 0 || !personal[split.LeadingPronoun(p.Sentences[i].Text)] {
		return nil
	}
	// "He was stymied by ... He was never able to ...": a pronoun after
	// one names whom the one before it named.
	if personal[split.LeadingPronoun(p.Sentences[i-1].Text)] {
		if out := referent(p, i-1); len(out) > 0 {
			return out
		}
	}
	var out []string
	for _, f := range strings.Fields(p.Sentences[i-1].Text) {
		f = strings.TrimLeft(f, "\"“'(")
		if f == "" || !strings.ContainsAny(f[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			continue
		}
		// Stems drops a capitalized stop word opening the sentence ("In").
		out = append(out, terms.Stems(f)...)
	}
	return out
}

// leaning says what withAntecedents asks of a sentence that leans on what
// comes before it in its passage when nothing there can be quoted.
type leaning int

const (
	// readable quotes it only as a note whose marking sentence the answer
	// quotes or that the question names, or as the best sentence of the
	// best passage, opening the answer, when a person's pronoun ("He has
	// never permitted her ...", a grievance in a list) is what leans.
	readable leaning = iota
	// fromStart quotes a note from its start all the same, and a
	// paragraph opening on "he" for someone the question does not name
	// (see pointsBefore): when nothing else answers, it is the best a
	// reader can be given.
	fromStart
)

// withAntecedents makes each chosen sentence that leans on the one before
// it readable: one opening with a pronoun, or whose "this" stands alone
// ("understood this to a degree"), is quoted with the sentences before it,
// back to the one that names who "he" is or says what "this" was; when
// they cannot be (one is not quotable, the passage starts, or the answer
// would be too long), the sentence is dropped rather than left pointing
// at the wrong person or at nothing, unless lean lets it stand (see
// leaning). A sentence opening with a connective ("However ...") gets the
// sentence before it while there is room. It returns the sentences kept
// and the (rank, index) of those dropped.
//
//   - named: the passages the question names by their refs; a note among
//     them is quoted from its start: it was asked for.
func withAntecedents(chosen []candidate, named []*essay.Passage, lean leaning) ([]candidate, [][2]int) {
	have := map[[2]int]bool{}
	for _, c := range chosen {
		have[[2]int{c.rank, c.index}] = true
	}
	out := slices.Clone(chosen)
	var drop [][2]int
	// ante holds the sentences quoted for another to lean on.
	ante := map[[2]int]bool{}
	// In reading order, so that a sentence dropped is known as gone to the
	// ones after it that lean on it.
	ordered := slices.Clone(chosen)
	slices.SortStableFunc(ordered, func(a, b candidate) int {
		if a.rank != b.rank {
			return a.rank - b.rank
		}
		return a.index - b.index
	})
	for _, c := range ordered {
		if c.antecedent != nil {
			// A short line's antecedent, from another passage, comes
			// with it (see shortLine).
			a := *c.antecedent
			a.part = c.part
			if k := [2]int{a.rank, a.index}; !have[k] {
				have[k], ante[k] = true, true
				out = append(out, a)
			}
			continue
		}
		needs := leansBack(c.passage, c.text)
		if c.followsMarker || !needs && (!continues(c.text) || c.index == 0) || namedByNote(c, out) {
			continue
		}
		var chain []candidate
		ok := true
		for i := c.index; ; {
			cur := c.passage.Sentences[i]
			if !leansBack(c.passage, cur.Text) && (i < c.index || needs) {
				break
			}
			k := leansOn(c.passage, i)
			if have[[2]int{c.rank, k}] {
				// The sentence quoted already is what c leans on now: no
				// room is made by removing it.
				ante[[2]int{c.rank, k}] = true
				break
			}
			if k < 0 || c.passage.Sentences[k].Block != cur.Block || !namesFor(c.passage.Sentences[k]) {
				ok = needs && standsFirst(c, i, out, named, lean)
				if next, more := goesOnWith(c, out); ok && lean == fromStart && more && !have[[2]int{next.rank, next.index}] {
					chain = append(chain, next)
				}
				break
			}
			prev := c.passage.Sentences[k]
			chain = append(chain, candidate{passage: c.passage, rank: c.rank, index: k, text: prev.Text, question: prev.Question, part: c.part})
			i = k
			// The sentence a connective goes on from may itself open
			// with "he": it comes with the one naming him, or not at
			// all (see below), never pointing at no one.
			if !needs && !leansBack(c.passage, prev.Text) {
				break
			}
		}
		if ok && len(out)+len(chain) > maxSentences {
			var made bool
			out, made = makeRoom(out, len(out)+len(chain)-maxSentences, c, ante)
			// The only evidence of its part of the question may stretch
			// the answer by a sentence: without it the part goes
			// unanswered.
			ok = made || len(out)+len(chain) <= maxSentences+1 && onlyOfPart(c, out)
		}
		switch {
		case ok:
			for _, a := range chain {
				k := [2]int{a.rank, a.index}
				have[k], ante[k] = true, true
				// A sentence dropped for want of room before it is
				// read now, with what it leans on: left out, it would
				// leave c's pronoun pointing at no one.
				drop = slices.DeleteFunc(drop, func(d [2]int) bool { return d == k })
			}
			out = append(out, chain...)
		case needs:
			// Gone, it leaves its room to the sentences after it.
			drop = append(drop, [2]int{c.rank, c.index})
			delete(have, [2]int{c.rank, c.index})
			out = slices.DeleteFunc(out, func(o candidate) bool { return o.rank == c.rank && o.index == c.index })
		}
	}
	return slices.DeleteFunc(out, func(c candidate) bool { return slices.Contains(drop, [2]int{c.rank, c.index}) }), drop
}

// leansOn returns the index of the sentence that sentence i of p leans
// on: the one before it, or the one before that when the one before it
// is an aside ("(See also his article ...)"), which the writer sets
// apart from his argument: "This would imply ..." after it points past
// it. It returns -1 for the first sentence.
func leansOn(p *essay.Passage, i int) int {
	k := i - 1
	if k > 0 && aside(p.Sentences[k].Text) && p.Sentences[k-1].Block == p.Sentences[i].Block {
		k--
	}
	return k
}

// aside reports whether a sentence stands wholly in parentheses, or
// points the reader elsewhere ("See ...").
func aside(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasPrefix(t, "(") && strings.HasSuffix(strings.TrimRight(t, "."), ")") || pointsElsewhere(t)
}

// namesFor reports whether sentence s can be quoted before one leaning
// on it: it can be quoted, or it is a short line of at least
// minShortWords words that leans on nothing ("Then a sailor spoke."),
// too short to answer alone but enough to say who "he" is.
func namesFor(s essay.Sentence) bool {
	return quotable(s) || len(terms.Words(s.Text)) >= minShortWords && !strings.Contains(s.Text, strippedLink) && !leadsWithPronoun(s.Text)
}

// namedByNote reports whether c, a sentence marking a footnote the
// answer quotes, opens with a person's pronoun that the note, read right
// after it, names: "All his life he opposed the practice." is followed
// by a note "... cites letters in which the Governor does this." Asked
// where to read of it, the note answers; the sentences before the marker
// that would name him say nothing of where, and would crowd the note out
// of the answer.
func namedByNote(c candidate, out []candidate) bool {
	if !personal[split.LeadingPronoun(c.text)] || split.BareDemonstrative(c.text) >= 0 {
		return false
	}
	n := c.passage.Sentences[c.index].Note
	if n == 0 {
		return false
	}
	note := c.passage.NoteRef(n)
	refers := readPassage(c.passage)[c.index].refers
	return slices.ContainsFunc(out, func(o candidate) bool {
		if o.passage.Ref != note {
			return false
		}
		i := o.index
		if o.followsMarker {
			i = o.noteIndex
		}
		stems := readPassage(o.passage)[i].stems
		return slices.ContainsFunc(refers, func(st string) bool { return slices.Contains(stems, st) })
	})
}

// onlyOfPart reports whether c is the only sentence of its part of the
// question in out, in a question of several parts.
func onlyOfPart(c candidate, out []candidate) bool {
	several, n := false, 0
	for _, o := range out {
		several = several || o.part != c.part
		if o.part == c.part {
			n++
		}
	}
	return several && n == 1
}

// makeRoom removes from out the n weakest sentences of c's passage, or
// of c's part of the question, that score below c, so that c's
// antecedents fit: a sentence that answers better than another of its
// passage or its part, with what it leans on, is worth the room ("Who
// stopped his reforms?" is answered by "He was stymied by ..." after the
// sentence naming him, not by another passage sharing a word); another
// passage's sentence may answer another part, and keeps its room, as
// does the last sentence quoted from its passage for a later part, which
// may be the one place the answer holds that passage's evidence, and any
// when c is not the best of its part. The first part's sentences are
// weighed by their passages' ranking: its best, with what it leans on,
// answers it better than another passage's lone sentence holding fewer
// of the part's words ("He was never able to attain his goal of
// constitutional reforms." over "... will change the state" for "Why
// couldn't he get his constitution changes through?"). It leaves the
// answer's opening sentence, notes and the sentences marking them (see
// weakest), antecedents (ante), the sentences quoted with antecedents,
// and the sentences another of their passage goes on from. It reports whether it made the room; when it
// cannot, out is returned as it was.
func makeRoom(out []candidate, n int, c candidate, ante map[[2]int]bool) ([]candidate, bool) {
	keep := slices.Clone(out)
	best := !slices.ContainsFunc(out, func(o candidate) bool { return o.part == c.part && o.score > c.score })
	for ; n > 0; n-- {
		spare := slices.DeleteFunc(slices.Clone(keep), func(o candidate) bool {
			k := [2]int{o.rank, o.index}
			next := slices.ContainsFunc(keep, func(x candidate) bool { return x.passage == o.passage && x.index == o.index+1 })
			other := o.passage != c.passage
			alone := !slices.ContainsFunc(keep, func(x candidate) bool { return x.passage == o.passage && x.index != o.index })
			return other && (o.part != c.part || !best || alone && (c.part > 0 || o.held >= c.held)) || o.index == c.index && !other || o.lead || ante[k] || ante[[2]int{o.rank, o.index - 1}] || next || o.score >= c.score
		})
		j := weakest(spare)
		if j < 0 {
			return out, false
		}
		w := spare[j]
		keep = slices.DeleteFunc(keep, func(o candidate) bool { return o.passage == w.passage && o.index == w.index })
	}
	return keep, true
}

// standsFirst reports whether sentence i of c's passage, which leans on
// what comes before it though nothing before it there can be quoted, may
// be quoted all the same, and c with it (see leaning).
//
//   - chosen: the answer so far, which may quote the sentence marking a
//     note.
func standsFirst(c candidate, i int, chosen []candidate, named []*essay.Passage, lean leaning) bool {
	p := c.passage
	text := p.Sentences[i].Text
	// A passage that opens leaning on what was said before it ("the
	// critic believes this was a fatal mistake", of an argument made
	// elsewhere) reads, quoted from its start, with what it goes on to
	// say: "He argues that ..." says what the mistake was. Alone, it
	// leaves the reader asking what mistake.
	goesOn := i == 0 && slices.ContainsFunc(chosen, func(o candidate) bool { return o.passage == p && o.index > 0 && !o.followsMarker })
	if p.Ref.Kind == essay.Note {
		// A note's "he" or "this" points at the sentence marking it, which
		// withMarkers quotes when it was retrieved.
		return i == 0 && (lean == fromStart || goesOn || marked(chosen, p.Ref) || slices.Contains(named, p))
	}
	// A paragraph's opening "it" after an opening phrase ("In politics,
	// again, it is almost a commonplace, that ...") is often empty, and
	// points back at nothing: the sentence reads alone.
	if i == 0 && emptyAfterOpening(text) {
		return true
	}
	// When nothing else answers, it answers all the same: the ref shows
	// where it stands.
	if i == 0 && c.unnamed && lean != fromStart {
		return false
	}
	// The best passage's best sentence is the answer retrieval found; its
	// "he" names no one in its passage, but the ref shows where it stands.
	// A "this" standing alone says nothing without what it points at.
	return goesOn || c.lead && i == c.index && personal[split.LeadingPronoun(text)] && split.BareDemonstrative(text) < 0
}

// goesOnWith returns the sentence after c, which opens its passage
// leaning on what was said before it, when no later sentence of the
// passage is chosen and the next can be quoted: quoted from its start,
// a passage reads with what it goes on to say ("He argues that ...").
func goesOnWith(c candidate, chosen []candidate) (candidate, bool) {
	p := c.passage
	if c.index != 0 || len(p.Sentences) < 2 || p.Sentences[1].Block != p.Sentences[0].Block || !quotable(p.Sentences[1]) ||
		slices.ContainsFunc(chosen, func(o candidate) bool { return o.passage == p && o.index > 0 }) {
		return candidate{}, false
	}
	next := p.Sentences[1]
	return candidate{passage: p, rank: c.rank, index: 1, text: next.Text, question: next.Question, part: c.part}, true
}

// marked reports whether chosen holds the sentence marking note.
func marked(chosen []candidate, note essay.Ref) bool {
	return slices.ContainsFunc(chosen, func(c candidate) bool {
		n := c.passage.Sentences[c.index].Note
		return c.passage.Ref.Kind == essay.Paragraph && n != 0 && c.passage.NoteRef(n) == note
	})
}

// asksReading reports whether question q asks for the text's sources or
// where to read: its intent says so, or it asks where ("Where can I find
// the passages in which he condemns it?"), which a note answers.
func asksReading(q *retrieve.Query) bool {
	return q.Intent.Has(retrieve.Sources) || q.Intent.Has(retrieve.Reading) || slices.Contains(q.Words, "where")
}

// pointsElsewhere reports whether a sentence sends the reader elsewhere
// ("See ...", "Cf. ...", "For an example, see ...") rather than saying
// something.
func pointsElsewhere(text string) bool {
	t := strings.TrimLeft(text, "(\"“")
	if i := strings.Index(t, ", see "); strings.HasPrefix(t, "For ") && i > 0 && len(terms.Words(t[:i])) <= pointerLead {
		return true
	}
	return strings.HasPrefix(t, "See ") || strings.HasPrefix(t, "Cf. ")
}

// pointerLead is the most words of the phrase a pointer opens with ("For
// a few examples only, see ..."): a longer one says something of its own
// before sending the reader on.
const pointerLead = 5

// shortLine returns, for sentence i of p, a line of dialogue too short to
// quote alone that opens with "it" or "they" ("It must be found."), the
// line that names what its pronoun may mean: the first quotable sentence
// naming a thing ("... to have that letter back.") in the best passage
// retrieved after it in the same section, the one retrieval found nearest
// the question. It is asked only of the best
// passage retrieved, whose sentences are all too short: a text of short
// dialogue lines answers in them, and a line that cannot be quoted would
// leave the answer to lines that only share a word with the question.
//
//   - hits: every passage retrieved; the antecedent must be among them,
//     or its citation would name a passage the answer was not written
//     from.
func shortLine(hits []retrieve.Hit, rank int, p *essay.Passage, i int) (candidate, bool) {
	if rank != 0 || p.Ref.Kind != essay.Paragraph || slices.ContainsFunc(p.Sentences, quotable) ||
		len(terms.Words(p.Sentences[i].Text)) < minShortWords {
		return candidate{}, false
	}
	if w := split.LeadingPronoun(p.Sentences[i].Text); w != "it" && w != "they" {
		return candidate{}, false
	}
	for r, h := range hits {
		q := h.Passage
		if q == p || q.Ref.Kind != essay.Paragraph || q.Ref.Source != p.Ref.Source || q.Section != p.Section {
			continue
		}
		for j, s := range q.Sentences {
			if quotable(s) && !leansBack(q, s.Text) && namesThing(s.Text) {
				return candidate{passage: q, rank: r, index: j, text: s.Text, question: s.Question}, true
			}
		}
	}
	return candidate{}, false
}

// minShortWords is the least a short line quoted with its antecedent
// holds: a subject, a verb and what is said of it.
const minShortWords = 3

// determiners introduce a thing named in lower case ("that letter", "the
// ring", "my seal").
var determiners = map[string]bool{
	"the": true, "this": true, "that": true, "these": true, "those": true,
	"my": true, "your": true, "his": true, "her": true, "our": true, "their": true,
}

// namesThing reports whether a sentence names a thing: a determiner
// followed by a word in lower case that is no stop word ("to have that
// letter back"), not a name ("the Duke").
func namesThing(text string) bool {
	ws := strings.Fields(text)
	for i := 0; i+1 < len(ws); i++ {
		d := strings.ToLower(strings.Trim(ws[i], "\"“”'‘’(),;:"))
		n := strings.Trim(ws[i+1], "\"“”'‘’(),;:.!?")
		if determiners[d] && n != "" && strings.ToLower(n) == n && !terms.IsStopword(n) {
			return true
		}
	}
	return false
}

// antecedentsFirst moves each sentence quoted as a short line's
// antecedent from another passage (see shortLine) right before that
// line, so that what "it" means is read first.
func antecedentsFirst(out []candidate) []candidate {
	for i := 0; i < len(out); i++ {
		a := out[i].antecedent
		if a == nil {
			continue
		}
		j := slices.IndexFunc(out, func(o candidate) bool { return o.passage == a.passage && o.index == a.index })
		if j <= i {
			continue
		}
		moved := out[j]
		out = slices.Delete(out, j, j+1)
		out = slices.Insert(out, i, moved)
		i++
	}
	return out
}

// placeWords name one passage of a text.
var placeWords = map[string]bool{"paragraph": true, "passage": true, "footnote": true, "note": true, "section": true}

// asksWhichPassage reports whether a question, given as its words, asks
// which one passage says something: "Which paragraph says ...?", "In
// what footnote ...?". Asked "which footnotes", it asks for several.
func asksWhichPassage(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if (words[i] == "which" || words[i] == "what") && placeWords[words[i+1]] {
			return true
		}
	}
	return false
}

// pointsBefore reports whether paragraph p opens with a pronoun standing
// for one person ("He occupied one window ..."), who is named in the
// paragraph before it, and the question (stems, its content stems) names
// no one that paragraph names. That opening sentence is quoted neither
// as the best passage's best sentence nor as the start of what its
// paragraph goes on to say (see standsFirst): with nothing naming him,
// "he" reads as the person the question asks about (asked
// how long the author stayed in jail, "He occupied one window" speaks
// of his cellmate). Asked of the person by name, the reader knows who
// "he" is. The paragraph before is read back through one that opens on
// "he" too.
//
// A name counts when the question holds it and the opening sentence
// does not.
func pointsBefore(c *essay.Corpus, p *essay.Passage, stems []string) bool {
	if c == nil || p.Ref.Kind != essay.Paragraph || len(p.Sentences) == 0 || !singular[split.LeadingPronoun(p.Sentences[0].Text)] {
		return false
	}
	// A name the opening sentence holds itself ("the Southern trouble")
	// says nothing of whom its "he" stands for.
	own := terms.Stems(p.Sentences[0].Text)
	names := func(s essay.Sentence) bool {
		return slices.ContainsFunc(namesIn(s.Text, nil), func(st string) bool { return slices.Contains(stems, st) && !slices.Contains(own, st) })
	}
	prev := preceding(c, p)
	if prev == nil {
		return false // the text's first paragraph: "he" is who its title names
	}
	for ; prev != nil; prev = preceding(c, prev) {
		if slices.ContainsFunc(prev.Sentences, names) {
			return false
		}
		if len(prev.Sentences) == 0 || !singular[split.LeadingPronoun(prev.Sentences[0].Text)] {
			break
		}
	}
	return true
}

// singular are the pronouns that stand for one person.
var singular = map[string]bool{"he": true, "she": true, "his": true, "her": true}

// preceding returns the paragraph before p in its text, or nil.
func preceding(c *essay.Corpus, p *essay.Passage) *essay.Passage {
	i := slices.Index(c.Passages, p)
	for j := i - 1; j >= 0; j-- {
		q := c.Passages[j]
		if q.Ref.Source != p.Ref.Source {
			return nil
		}
		if q.Ref.Kind == essay.Paragraph {
			return q
		}
	}
	return nil
}
