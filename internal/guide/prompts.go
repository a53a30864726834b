package guide

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
)

// Cues that mark what a sentence does. Each prompt is built on a sentence
// of the evidence passages that does one of these things.
var (
	// contrastRe marks a contrast the author draws.
	contrastRe = lazyregexp.New(`(?i)\brather than\b|\binstead\b|\bvs\b|\bversus\b|\bdistinction between\b|\bcontradiction between\b|\bnot to\b[^.;]*\bbut\b`)
	// hedgeRe marks a claim the author offers tentatively.
	hedgeRe = lazyregexp.New(`(?i)\bI suspect\b|\bI suggest\b|\bI believe\b|\bperhaps\b|\bmaybe\b|\bmight\b|\bseems?\b|\barguably\b|\bapparently\b|\bevidently\b|\bmust have\b`)
	// firmRe marks a claim the author states without qualification.
	firmRe = lazyregexp.New(`(?i)\bin fact\b|\bclearly\b|\bcertainly\b|\binevitably\b|\bfatally\b|\bfalsehood\b|\bfundamental\b`)
	// sourceRe marks a sentence that names where a claim comes from.
	sourceRe = lazyregexp.New(`(?i)\bfollows\s+\p{Lu}|\bdrawn on\b|\bcited in\b|\btranscripts?\b|\bdocuments?\b|\barchives?\b|\bmemoirs?\b|\bconversations? with\b|\baccording to\b|\bresearch\b|\bfull text\b|\bquotes\b|\battributes?\b`)
	// dissentRe and readerRe together mark a sentence about those who read
	// the history differently.
	dissentRe = lazyregexp.New(`(?i)\bhowever\b|\bcontinue\b|\bunconvincing\b|\bdisagree\b|\bfalse\b|\bparadigm\b|\bmisled\b|\blies\b|\bdoubt\b`)
	readerRe  = lazyregexp.New(`(?i)\bscholars?\b|\bresearchers?\b|\bhistorians?\b|\bhistories\b|\bhistorical\b`)
	// selfRe marks the author speaking of his own work.
	selfRe = lazyregexp.New(`\b(?:I|my|My|here)\b`)
	// basisRe marks what the author says his work rests on.
	basisRe = lazyregexp.New(`(?i)\bresearch\b|\bbasis\b|\bsources?\b|\bfollows\b|\bdrawn on\b|\bdocuments?\b`)
)

// anaphoraRe matches a quote that opens by pointing back at what came
// before it, or names a claim only by a pronoun.
var anaphoraRe = lazyregexp.New(`^(?:This|That|These|Those|It|He|She|They|His|Her|Their)\b|\b(?:believes|believed|says|said) (?:this|that|it)\b`)

// anaphoraPenalty scales the score of such a quote.
const anaphoraPenalty = 0.3

// claim is a sentence of an evidence passage that does something a prompt
// can ask about.
type claim struct {
	Quote
	// cue is the words that mark it, which the quote must keep.
	cue string
	rel float64
}

// claims returns the sentences of the passages that match re, each cut to
// a clause that keeps the cue, best for the question first and quotes the
// guide has not yet used in a prompt before those it has.
func (b *builder) claims(ps []*essay.Passage, re *lazyregexp.Regexp, w map[string]float64) []claim {
	var out []claim
	for _, p := range ps {
		for _, s := range p.Sentences {
			if s.Question {
				continue
			}
			cue := re.FindString(s.Text)
			if cue == "" {
				continue
			}
			text := clause(s.Text, func(span string) float64 { return relevance(w, span) + 1 }, cue, maxQuoteWords)
			if text == "" {
				continue
			}
			rel := relevance(w, s.Text)
			if anaphoraRe.MatchString(text) {
				// "This was a fatal mistake" means little without the
				// sentence before it.
				rel *= anaphoraPenalty
			}
			out = append(out, claim{Quote: Quote{Ref: p.Ref, Text: text}, cue: cue, rel: rel})
		}
	}
	b.freshFirst(out)
	return out
}

// freshFirst sorts claims best for the question first, quotes no prompt
// has used yet before those one has.
func (b *builder) freshFirst(cs []claim) {
	sort.SliceStable(cs, func(i, j int) bool {
		ui, uj := b.prompted[cs[i].Quote], b.prompted[cs[j].Quote]
		if ui != uj {
			return !ui
		}
		return cs[i].rel > cs[j].rel
	})
}

// evidencePassages returns the passages quoted for a question.
func (b *builder) evidencePassages(q *Question) []*essay.Passage {
	var out []*essay.Passage
	for _, e := range q.Evidence {
		if p, ok := b.c.Passage(e.Ref); ok {
			out = append(out, p)
		}
	}
	return out
}

// focus names what a theme is about, for use inside a prompt.
func focus(th *Theme) string {
	if th.Named != nil {
		return th.Name
	}
	return "the question above"
}

// discussion writes the question's discussion prompts, one at each Bloom
// level, from the terms, people, contrasts and claims of its evidence.
func (b *builder) discussion(th *Theme, q *Question, keyTerms []Term) []Prompt {
	ps := b.evidencePassages(q)
	w := b.weigh(q.Text)
	var out []Prompt
	for _, build := range []func(*Theme, *Question, []*essay.Passage, map[string]float64, []Term) (Prompt, bool){
		b.understand, b.analyze, b.evaluate, b.create,
	} {
		if p, ok := build(th, q, ps, w, keyTerms); ok {
			out = append(out, b.use(p))
		}
	}
	return out
}

// use records a prompt's quotes as used, so that later prompts prefer
// others, and returns it.
func (b *builder) use(p Prompt) Prompt {
	for _, q := range p.Quotes {
		b.prompted[q] = true
	}
	return p
}

// understand asks what a key term or person in the evidence means here.
func (b *builder) understand(th *Theme, q *Question, ps []*essay.Passage, w map[string]float64, keyTerms []Term) (Prompt, bool) {
	type use struct {
		term  Term
		quote Quote
		rel   float64
		fresh bool
	}
	var uses []use
	for _, t := range keyTerms {
		if indexWord(focus(th), t.Term) >= 0 || b.everywhere(t.Term) {
			continue
		}
		for _, p := range ps {
			for _, s := range sentencesWith(p, t.Term) {
				if s.Question {
					continue
				}
				text := clause(s.Text, func(span string) float64 { return relevance(w, span) + 1 }, t.Term, maxQuoteWords)
				if text == "" {
					continue
				}
				qt := Quote{Ref: p.Ref, Text: text}
				uses = append(uses, use{t, qt, relevance(w, s.Text), !b.askedTerm[t.Term] && !b.prompted[qt]})
				break
			}
		}
	}
	if len(uses) == 0 {
		return b.paraphrase(th, q)
	}
	sort.SliceStable(uses, func(i, j int) bool {
		if uses[i].fresh != uses[j].fresh {
			return uses[i].fresh
		}
		return uses[i].rel > uses[j].rel
	})
	u := uses[0]
	b.askedTerm[u.term.Term] = true
	var ask string
	if b.isPerson(u.term.Term) {
		ask = fmt.Sprintf("Who is %s, and why does the author bring him into an argument about %s?", u.term.Term, focus(th))
	} else {
		ask = fmt.Sprintf("In your own words, what does the author mean by ‘%s’, and how does it bear on %s?", u.term.Term, focus(th))
	}
	text := fmt.Sprintf("In %s the author writes: %s %s", u.quote.Ref.Marker(), ended(curly(u.quote.Text)), ask)
	return Prompt{Level: Understand, Text: text, Refs: []essay.Ref{u.quote.Ref}, Quotes: []Quote{u.quote}}, true
}

// paraphrase asks students to restate the first evidence quote.
func (b *builder) paraphrase(th *Theme, q *Question) (Prompt, bool) {
	if len(q.Evidence) == 0 {
		return Prompt{}, false
	}
	e := q.Evidence[0]
	text := fmt.Sprintf("Put into your own words what the author claims in %s: %s Which part of the question above does it answer, and which does it leave open?", e.Ref.Marker(), ended(curly(e.Text)))
	return Prompt{Level: Understand, Text: text, Refs: []essay.Ref{e.Ref}, Quotes: []Quote{e}}, true
}

// analyze asks how a view the author reports relates to his own, or what a
// contrast he draws sets against what, or how two passages connect.
func (b *builder) analyze(th *Theme, q *Question, ps []*essay.Passage, w map[string]float64, _ []Term) (Prompt, bool) {
	reports := b.reports(among(ps), w, false)
	contrasts := b.claims(ps, contrastRe, w)
	useReport := len(reports) > 0 && (len(contrasts) == 0 || b.prompted[contrasts[0].Quote] || reports[0].rel >= contrasts[0].rel)
	if len(reports) > 0 && !b.prompted[reports[0].Quote] && useReport {
		r := reports[0]
		own := b.claims(ps, hedgeRe, w)
		for _, o := range own {
			if o.Quote != r.Quote && !strings.Contains(o.Text, r.Text) && !strings.Contains(r.Text, o.Text) {
				text := fmt.Sprintf("The author reports a view that is not quite his own: %s %s. Set it beside his own suggestion in %s: %s Where do the two readings agree, and where does the author part ways?",
					curly(r.Text), r.Ref.Marker(), o.Ref.Marker(), ended(curly(o.Text)))
				return Prompt{Level: Analyze, Text: text, Refs: refsOf(r.Quote, o.Quote), Quotes: []Quote{r.Quote, o.Quote}}, true
			}
		}
		text := fmt.Sprintf("The author reports a view that is not quite his own: %s %s. What exactly is being claimed, by whom, and what does the author make of it?", curly(r.Text), r.Ref.Marker())
		return Prompt{Level: Analyze, Text: text, Refs: []essay.Ref{r.Ref}, Quotes: []Quote{r.Quote}}, true
	}
	if len(contrasts) > 0 && (!b.prompted[contrasts[0].Quote] || len(q.Evidence) < 2) {
		c := contrasts[0]
		text := fmt.Sprintf("In %s the author sets one thing against another: %s What is contrasted with what, and why does the difference matter for %s?", c.Ref.Marker(), ended(curly(c.Text)), focus(th))
		return Prompt{Level: Analyze, Text: text, Refs: []essay.Ref{c.Ref}, Quotes: []Quote{c.Quote}}, true
	}
	if len(q.Evidence) >= 2 {
		a, z := q.Evidence[0], q.Evidence[1]
		text := fmt.Sprintf("Compare %s, %s, with %s, %s. What connection does the author draw between the two, or leave for you to draw?", a.Ref.Marker(), curly(a.Text), z.Ref.Marker(), curly(z.Text))
		return Prompt{Level: Analyze, Text: text, Refs: refsOf(a, z), Quotes: []Quote{a, z}}, true
	}
	return Prompt{}, false
}

// everywhere reports whether a term is used in more than a third of the
// passages: the essay's subject itself, too central to ask about alone.
func (b *builder) everywhere(term string) bool {
	for _, cd := range b.cands {
		if cd.Term == term {
			return 3*len(cd.Uses) > len(b.c.Passages)
		}
	}
	return false
}

// reports returns the sentences in which the author reports what a person
// believed, thought or argued; with researchers set, only people whose
// work the notes cite.
//
//   - search: the passages to look in for an expression, among(ps) or
//     b.inCorpus.
func (b *builder) reports(search func(*lazyregexp.Regexp) []*essay.Passage, w map[string]float64, researchers bool) []claim {
	var out []claim
	for _, cd := range b.cands {
		if !cd.Voice || (researchers && !cd.Cited) {
			continue
		}
		re := b.voice(cd)
		for _, c := range b.claims(search(re), re, w) {
			c.cue = cd.Term
			out = append(out, c)
		}
	}
	b.freshFirst(out)
	return out
}

// voice returns the expression that finds a person's reported views.
func (b *builder) voice(cd *candidate) *lazyregexp.Regexp {
	re, ok := b.voices[cd]
	if !ok {
		re = lazyregexp.New(`\b` + regexp.QuoteMeta(cd.Term) + voiceRe.String()[1:])
		b.voices[cd] = re
	}
	return re
}

// among searches the given passages, whatever the expression.
func among(ps []*essay.Passage) func(*lazyregexp.Regexp) []*essay.Passage {
	return func(*lazyregexp.Regexp) []*essay.Passage { return ps }
}

// inCorpus returns the passages of the corpus with a statement that re
// matches. Sourcing and counterpoint search the whole corpus for every
// question: the passages are found once per expression, and claims then
// reads only those.
func (b *builder) inCorpus(re *lazyregexp.Regexp) []*essay.Passage {
	if ps, ok := b.matching[re]; ok {
		return ps
	}
	var ps []*essay.Passage
	for _, p := range b.c.Passages {
		for _, s := range p.Sentences {
			if !s.Question && re.MatchString(s.Text) {
				ps = append(ps, p)
				break
			}
		}
	}
	b.matching[re] = ps
	return ps
}

// evaluate asks students to judge a claim the author hedges or one he
// states flatly, against the evidence.
func (b *builder) evaluate(th *Theme, q *Question, ps []*essay.Passage, w map[string]float64, _ []Term) (Prompt, bool) {
	hedged := b.claims(ps, hedgeRe, w)
	firm := b.claims(ps, firmRe, w)
	switch {
	case len(firm) > 0 && !b.prompted[firm[0].Quote] && (len(hedged) == 0 || b.prompted[hedged[0].Quote] || firm[0].rel >= hedged[0].rel):
		c := firm[0]
		text := fmt.Sprintf("The author states without qualification: %s %s. What evidence does the essay give for a claim this strong, and what would a historian who disagrees point to?", curly(c.Text), c.Ref.Marker())
		return Prompt{Level: Evaluate, Text: text, Refs: []essay.Ref{c.Ref}, Quotes: []Quote{c.Quote}}, true
	case len(hedged) > 0 && !b.prompted[hedged[0].Quote]:
		c := hedged[0]
		text := fmt.Sprintf("The author offers this only tentatively: %s %s. Is he right to hedge? Weigh the evidence quoted for this question and say what further evidence would settle it.", curly(c.Text), c.Ref.Marker())
		return Prompt{Level: Evaluate, Text: text, Refs: []essay.Ref{c.Ref}, Quotes: []Quote{c.Quote}}, true
	case len(q.Evidence) >= 2:
		text := fmt.Sprintf("Rank the passages quoted for this question, %s, by how well they support an answer to it. Which gives the author's case its strongest support, and which its weakest? Defend your ranking.", markersOf(q.Evidence))
		return Prompt{Level: Evaluate, Text: text, Refs: refsOf(q.Evidence...)}, true
	}
	return Prompt{}, false
}

// create asks students to stage an exchange between the people the
// evidence names, or to draft an answer that uses its key terms.
func (b *builder) create(th *Theme, q *Question, ps []*essay.Passage, _ map[string]float64, keyTerms []Term) (Prompt, bool) {
	people, where := b.peopleIn(ps)
	if len(people) >= 2 {
		a, z := b.pair(people)
		text := fmt.Sprintf("Write a short exchange in which %s and %s, both named in %s, answer the question above. Each must argue from a passage of the essay, quoted and cited; close with two sentences on what the author would say to each.",
			a, z, markers(where[a], where[z]))
		return Prompt{Level: Create, Text: text, Refs: refsUnion(where[a], where[z])}, true
	}
	var used []Term
	for _, t := range keyTerms {
		for _, p := range ps {
			if indexWord(p.Text(), t.Term) >= 0 && !b.isPerson(t.Term) && len(used) < 2 {
				used = append(used, Term{Term: t.Term, Quote: Quote{Ref: p.Ref}})
				break
			}
		}
	}
	if len(used) == 2 {
		text := fmt.Sprintf("Draft a one-paragraph answer to the question above in the author's own terms, ‘%s’ %s and ‘%s’ %s: cite at least two passages, and name the one that most challenges your answer.",
			used[0].Term, used[0].Quote.Ref.Marker(), used[1].Term, used[1].Quote.Ref.Marker())
		return Prompt{Level: Create, Text: text, Refs: refsOf(used[0].Quote, used[1].Quote)}, true
	}
	if len(q.Evidence) == 0 {
		return Prompt{}, false
	}
	text := fmt.Sprintf("Draft a one-paragraph answer to the question above from the author's evidence in %s, and name the passage that most challenges your answer.", markersOf(q.Evidence))
	return Prompt{Level: Create, Text: text, Refs: refsOf(q.Evidence...)}, true
}

// peopleIn returns the people the passages name, weightiest first, with
// the refs that name each.
func (b *builder) peopleIn(ps []*essay.Passage) ([]string, map[string][]essay.Ref) {
	where := map[string][]essay.Ref{}
	var people []string
	for _, cd := range b.cands {
		if !cd.Person {
			continue
		}
		for _, p := range ps {
			if indexWord(p.Text(), cd.Term) >= 0 {
				if len(where[cd.Term]) == 0 {
					people = append(people, cd.Term)
				}
				where[cd.Term] = append(where[cd.Term], p.Ref)
			}
		}
	}
	sort.SliceStable(people, func(i, j int) bool {
		if len(where[people[i]]) != len(where[people[j]]) {
			return len(where[people[i]]) > len(where[people[j]])
		}
		return people[i] < people[j]
	})
	return people, where
}

// pair picks two people, preferring a pair no earlier prompt has staged.
func (b *builder) pair(people []string) (string, string) {
	for i := range people {
		for j := i + 1; j < len(people); j++ {
			key := people[i] + "\x00" + people[j]
			if !b.paired[key] {
				b.paired[key] = true
				return people[i], people[j]
			}
		}
	}
	return people[0], people[1]
}

// isPerson reports whether a key term names a person.
func (b *builder) isPerson(term string) bool {
	for _, cd := range b.cands {
		if cd.Term == term {
			return cd.Person
		}
	}
	return false
}

// historian writes the sourcing, corroboration and counterpoint prompts of
// a question.
func (b *builder) historian(q *Question, basis *Quote) []Prompt {
	ps := b.evidencePassages(q)
	w := b.weigh(q.Text)
	var out []Prompt
	if p, ok := b.sourcing(q, ps, w, basis); ok {
		out = append(out, b.use(p))
	}
	if p, ok := corroboration(q, ps); ok {
		out = append(out, p)
	}
	if p, ok := b.counterpoint(w); ok {
		out = append(out, b.use(p))
	}
	return out
}

// sourcing points at where the evidence for a question comes from: a
// source the author names in the evidence passages or the notes they mark,
// or else the one elsewhere in the essay that bears most on the question.
func (b *builder) sourcing(q *Question, ps []*essay.Passage, w map[string]float64, basis *Quote) (Prompt, bool) {
	near := append([]*essay.Passage(nil), ps...)
	for _, p := range ps {
		for _, n := range p.Notes {
			if note, ok := b.c.Passage(p.NoteRef(n)); ok {
				near = append(near, note)
			}
		}
	}
	notBasis := func(cs []claim) []claim {
		var out []claim
		for _, c := range cs {
			if basis == nil || c.Ref != basis.Ref || !strings.Contains(c.Text, basis.Text) && !strings.Contains(basis.Text, c.Text) {
				out = append(out, c)
			}
		}
		return out
	}
	found := notBasis(append(b.reports(among(near), w, true), b.claims(near, sourceRe, w)...))
	lead := "For this question the author relies on"
	if len(found) == 0 || b.prompted[found[0].Quote] {
		more := notBasis(append(b.reports(b.inCorpus, w, true), b.claims(b.inCorpus(sourceRe), sourceRe, w)...))
		sort.SliceStable(more, func(i, j int) bool { return !b.prompted[more[i].Quote] && b.prompted[more[j].Quote] })
		if len(more) > 0 && (len(found) == 0 || !b.prompted[more[0].Quote]) {
			found = more
			lead = "Beyond the passages quoted here, the author relies on"
		}
	}
	if len(found) == 0 {
		return Prompt{}, false
	}
	c := found[0]
	text := fmt.Sprintf("%s %s %s. Who or what is this source, what could it have known, and what would you want to find out about it before accepting the author's reading?", lead, curly(c.Text), c.Ref.Marker())
	return Prompt{Level: Sourcing, Text: text, Refs: []essay.Ref{c.Ref}, Quotes: []Quote{c.Quote}}, true
}

// corroboration asks whether the evidence passages back each other up,
// and whether a paragraph's footnote bears it out.
func corroboration(q *Question, ps []*essay.Passage) (Prompt, bool) {
	if len(q.Evidence) == 0 {
		return Prompt{}, false
	}
	refs := refsOf(q.Evidence...)
	var text string
	if len(refs) == 1 {
		text = fmt.Sprintf("The author's answer here rests on %s alone. What other evidence, in the essay or outside it, would you look for before accepting it?", refs[0].Marker())
	} else {
		text = fmt.Sprintf("Do %s support one another, or does the author's answer rest on one of them alone? Find one claim they agree on and one that only a single passage makes.", markersOf(q.Evidence))
	}
	for _, p := range ps {
		for _, n := range p.Notes {
			note := p.NoteRef(n)
			text += fmt.Sprintf(" Then check %s against the note it rests on, %s: does the source cited there bear the claim out?", p.Ref.Marker(), note.Marker())
			refs = append(refs, note)
			return Prompt{Level: Corroboration, Text: text, Refs: dedupe(refs)}, true
		}
	}
	return Prompt{Level: Corroboration, Text: text, Refs: refs}, true
}

// counterpoint asks what a historian who disagrees would say, starting from
// the author's own account of those who read the history differently.
func (b *builder) counterpoint(w map[string]float64) (Prompt, bool) {
	var found []claim
	for _, c := range b.claims(b.inCorpus(dissentRe), dissentRe, w) {
		if readerRe.MatchString(c.Text) {
			found = append(found, c)
		}
	}
	// The most relevant account wins even if an earlier question used it:
	// a less relevant one would stretch.
	sort.SliceStable(found, func(i, j int) bool { return found[i].rel > found[j].rel })
	if len(found) == 0 {
		text := "The author does not say how other historians read this question. Find one who disagrees with him and set their evidence beside his."
		return Prompt{Level: Counterpoint, Text: text}, true
	}
	c := found[0]
	text := fmt.Sprintf("The author describes those who read this history differently: %s %s. What would a historian who disagrees with him say about the question above, and which passage quoted here would that historian challenge first?", curly(c.Text), c.Ref.Marker())
	return Prompt{Level: Counterpoint, Text: text, Refs: []essay.Ref{c.Ref}, Quotes: []Quote{c.Quote}}, true
}

// basis finds where the author says what his conclusions rest on,
// preferring the passages that ask the guide's questions.
func (b *builder) basis(qs []essay.Question) *Quote {
	askers := map[essay.Ref]bool{}
	for _, q := range qs {
		askers[q.Ref] = true
	}
	var first, rest []*essay.Passage
	for _, p := range b.c.Passages {
		if askers[p.Ref] {
			first = append(first, p)
		} else {
			rest = append(rest, p)
		}
	}
	cues := func(span string) float64 { return float64(len(basisRe.FindAllString(span, -1))) }
	for _, ps := range [][]*essay.Passage{first, rest} {
		for _, p := range ps {
			for _, s := range p.Sentences {
				cue := basisRe.FindString(s.Text)
				if s.Question || cue == "" || !selfRe.MatchString(s.Text) {
					continue
				}
				if text := clause(s.Text, cues, cue, basisWords); text != "" {
					return &Quote{Ref: p.Ref, Text: text}
				}
			}
		}
	}
	return nil
}

// basisWords is the longest quote of what the author's work rests on.
const basisWords = 12

// ended ends a sentence that closes on a quotation, adding a period only
// when the quotation does not end one itself.
func ended(s string) string {
	t := strings.TrimRight(s, "”\"'’)")
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
		return s
	}
	return s + "."
}

// curly puts text in curly double quotes: in the guide they mark words
// quoted verbatim, and nothing else.
func curly(text string) string { return "“" + text + "”" }

// joinList joins items as "a, b and c".
func joinList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// markers writes refs as citation markers, without repeats.
func markers(lists ...[]essay.Ref) string {
	var out []string
	for _, r := range refsUnion(lists...) {
		out = append(out, r.Marker())
	}
	return joinList(out)
}

// refsUnion joins lists of refs without repeats, in reading order.
func refsUnion(lists ...[]essay.Ref) []essay.Ref {
	var all []essay.Ref
	for _, l := range lists {
		all = append(all, l...)
	}
	out := dedupe(all)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Less(out[j]) })
	return out
}

func dedupe(refs []essay.Ref) []essay.Ref {
	var out []essay.Ref
	seen := map[essay.Ref]bool{}
	for _, r := range refs {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}
