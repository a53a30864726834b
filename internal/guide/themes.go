package guide

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// namingRe finds where an essay names the questions it has asked: "the two
// questions above -- democracy and the role of the party --".
var namingRe = lazyregexp.New(`(?i)\b(?:the\s+)?(?:[\p{L}]+\s+)?questions\s+(?:above|below|here)?\s*(?:--|—|–|:|\()\s*([^.?!();:]+?)\s*(?:--|—|–|\)|[.?!;]|$)`)

// themes groups questions in reading order and names each group: the
// questions of one block of a passage, under the name the text gives them
// if it names them; claims by section; a teacher's questions together.
func (b *builder) themes(qs []*Question) []*Theme {
	if len(qs) == 0 {
		return nil
	}
	switch qs[0].Origin {
	case Posed:
		return []*Theme{{Name: "your questions", Questions: qs}}
	case Claim:
		return b.claimThemes(qs)
	}
	if i := slices.IndexFunc(qs, func(q *Question) bool { return q.Origin == Claim }); i > 0 {
		// A text's own questions, filled out with its claims: each
		// grouped as it would be alone, the claims after.
		asked := b.themes(qs[:i])
		taken := map[string]bool{}
		for _, th := range asked {
			taken[baseName(th.Name)] = true
		}
		out := append(asked, b.claimThemesBeside(qs[i:], taken)...)
		distinguish(b.c, out)
		return out
	}
	type key struct {
		ref   essay.Ref
		block int
	}
	var order []key
	groups := map[key][]*Question{}
	for _, q := range qs {
		k := key{q.Ref, q.block}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], q)
	}
	type naming struct {
		names []string
		quote *Quote
	}
	named := map[essay.Ref]naming{}
	for _, k := range order {
		if _, ok := named[k.ref]; !ok {
			names, quote := b.essayNames(k.ref, blocksAsking(groups, k.ref))
			named[k.ref] = naming{names, quote}
		}
	}
	var out []*Theme
	perRef := map[essay.Ref]int{}
	for _, k := range order {
		th := &Theme{Questions: groups[k]}
		i := perRef[k.ref]
		perRef[k.ref]++
		if n := named[k.ref]; i < len(n.names) {
			th.Name, th.Named = n.names[i], n.quote
		} else {
			th.Name = fallbackName(b.c, groups[k])
		}
		out = append(out, th)
	}
	distinguish(b.c, out)
	return out
}

// distinguish renames themes that share a name, other than one the text
// names itself: two themes called "revolution" read as one, and say
// nothing of how they differ. Each takes what its own questions name
// that no other theme's name holds ("revolutionary mottoes",
// "transvaluation"); failing that, its ref tells it apart.
func distinguish(c *essay.Corpus, themes []*Theme) {
	count, left := map[string]int{}, map[string]int{}
	for _, th := range themes {
		count[baseName(th.Name)]++
		left[baseName(th.Name)]++
	}
	taken := map[string]bool{}
	for _, th := range themes {
		taken[strings.ToLower(th.Name)] = true
		taken[baseName(th.Name)] = true
	}
	// Every theme that can be named by its own words is named so first: a
	// theme renamed by its ref because the one after it, which had a name
	// of its own, had not yet taken it ("government, as ¶105 asks" beside
	// "liberty") kept a name no other theme shared.
	for _, th := range themes {
		if count[baseName(th.Name)] <= 1 || th.Named != nil || len(th.Questions) == 0 || left[strings.ToLower(th.Name)] <= 1 {
			continue
		}
		if own := ownName(c, th.Questions, taken, 1); own != "" {
			left[strings.ToLower(th.Name)]--
			taken[strings.ToLower(own)] = true
			th.Name = own
		}
	}
	for _, th := range themes {
		if count[baseName(th.Name)] <= 1 || th.Named != nil || len(th.Questions) == 0 || baseName(th.Name) != strings.ToLower(th.Name) {
			// A name told apart already ("humanity, as ¶13 asks")
			// keeps it; a later "humanity" is the one to rename.
			continue
		}
		if own := ownName(c, th.Questions, taken, 1); own != "" {
			left[strings.ToLower(th.Name)]--
			taken[strings.ToLower(own)] = true
			th.Name = own
			continue
		}
		if left[strings.ToLower(th.Name)] <= 1 {
			// The others that shared the name have taken their
			// own: this one keeps it as it is ("sea power", not
			// "sea power, as ¶25 asks").
			continue
		}
		if th.Questions[0].Origin == Claim {
			// A claim asks nothing: "what Lew Wallace writes, as ¶44
			// asks" read as a question's.
			th.Name = fmt.Sprintf("%s, from %s", th.Name, th.Questions[0].Ref)
			continue
		}
		th.Name = fmt.Sprintf("%s, as %s asks", th.Name, th.Questions[0].Ref)
	}
}

// distinctRe is what distinguish adds to a name two themes share.
var distinctRe = lazyregexp.New(`, (?:as .+ asks|from .+)$`)

// baseName is a theme's name, in lower case, without what distinguish
// added to it.
func baseName(name string) string {
	return strings.ToLower(distinctRe.ReplaceAllString(name, ""))
}

// ownName names a block of questions by its own words, none of taken:
// the weightiest of the text's ideas the questions use, else the
// abstract noun of theirs the text uses in most passages, else a pair of
// their content words naming a thing; or "".
//
// need is how many of the questions must use a name: claims, each a
// sentence of the author's, are grouped by where they stand, and a word
// one of them uses in passing does not say what the group is about.
func ownName(c *essay.Corpus, qs []*Question, taken map[string]bool, need int) string {
	var text strings.Builder
	for _, q := range qs {
		text.WriteString(q.Text + " ")
	}
	t := strings.ReplaceAll(text.String(), "-", " ")
	best, bestW := "", 0.0
	for term, w := range ideas(c) {
		if !taken[strings.ToLower(term)] && usedBy(qs, term) >= need && (w > bestW || w == bestW && term < best) {
			best, bestW = term, w
		}
	}
	if best != "" || need > 1 {
		// Claims are named by an idea of the text's or not at all: an
		// abstract noun two of them use may be a word of every text
		// (Gibbon's "influence").
		return best
	}
	// An abstract noun the text goes on using is what a question turns
	// on ("the process of transvaluation"); a pair of words beside each
	// other may be a verb and its object ("climax reverse").
	bestN := 1
	for _, w := range wordRe.FindAllString(t, -1) {
		w = strings.ToLower(w)
		if !abstractNoun(w) || taken[w] || terms.IsStopword(w) {
			continue
		}
		if n := len(uses(c, w)); n > bestN || n == bestN && best != "" && w < best {
			best, bestN = w, n
		}
	}
	if best != "" {
		if pair := qualified(c, qs[0].Ref, best, taken); pair != "" {
			return pair
		}
		return best
	}
	for _, pair := range contentPairs(t) {
		// A name ("West Indies", "English Channel") says where or who,
		// not what the questions are about; lower-cased, it read as
		// "west indies".
		// A pair a claim uses that the text uses nowhere else is a
		// phrase of the sentence ("a strong body of ships"), not a
		// thing it speaks of; a question's own pair names what it asks
		// about ("revolutionary mottoes").
		if pair == strings.ToLower(pair) && themePair(pair) && !opensOnVerb(c, pair) && !taken[pair] && (qs[0].Origin != Claim || len(uses(c, pair)) > 1) {
			return pair
		}
	}
	return ""
}

// qualified returns the pair of lower-case words, ending on noun, that
// the passage with ref writes it in ("strategic conditions" for
// "conditions"), the one the text uses most, or "": a lone abstract noun
// a question uses ("Was it due to conditions that recurred?") names no
// theme a student could tell from another.
func qualified(c *essay.Corpus, ref essay.Ref, noun string, taken map[string]bool) string {
	p, ok := c.Passage(ref)
	if !ok {
		return ""
	}
	best, bestN := "", 0
	for _, pair := range contentPairs(p.Text()) {
		low := strings.ToLower(pair)
		if low != pair || taken[low] || !themePair(pair) || !strings.HasSuffix(low, " "+noun) {
			continue
		}
		if n := len(uses(c, pair)); n > bestN {
			best, bestN = pair, n
		}
	}
	return best
}

// usedBy counts the questions of qs whose text uses term. Gibbon's claims,
// on the decay of Rome, Christianity, barbarism and progress, were themed
// "freedom", which one of five used in passing; they are now "what Edward
// Gibbon argues".
func usedBy(qs []*Question, term string) int {
	n := 0
	for _, q := range qs {
		if countWord(strings.ReplaceAll(q.Text, "-", " "), term) > 0 {
			n++
		}
	}
	return n
}

// claimThemes groups claims by the section they stand in, or keeps them
// together when the text has no sections.
func (b *builder) claimThemes(qs []*Question) []*Theme {
	return b.claimThemesBeside(qs, map[string]bool{})
}

// claimThemesBeside is claimThemes for claims that fill out a text's own
// questions, whose themes' names are taken: the claims' theme is named by
// an idea of their own, not the one a theme of questions has.
func (b *builder) claimThemesBeside(qs []*Question, taken map[string]bool) []*Theme {
	var out []*Theme
	for _, q := range qs {
		sec := ""
		if p, ok := b.c.Passage(q.Ref); ok {
			sec = strings.TrimSpace(p.Section)
		}
		name := b.quietHeading(sec)
		if len(out) > 0 && (out[len(out)-1].section == sec || b.unnamed(out[len(out)-1].section) && b.unnamed(sec)) {
			// Headings that only number chapters split nothing a
			// student can tell apart: three chapters gave two themes
			// both named "what the author writes".
			out[len(out)-1].Questions = append(out[len(out)-1].Questions, q)
			continue
		}
		out = append(out, &Theme{Name: name, Questions: []*Question{q}, section: sec})
	}
	// A heading that only labels where the claims stand (the text's own
	// title, "Chapter II", the one heading of a text of one section) says
	// nothing of what they are about: Acton's claims stood under
	// "Inaugural Lecture on the Study of History". Such a group is named
	// by the weightiest idea its claims use.
	for _, th := range out {
		if !b.labelHeading(th.section) {
			taken[strings.ToLower(th.Name)] = true
		}
	}
	for _, th := range out {
		if th.section != "" && !b.labelHeading(th.section) {
			continue
		}
		if own := ownName(b.c, th.Questions, taken, min(2, len(th.Questions))); own != "" {
			taken[strings.ToLower(own)] = true
			th.Name = own
			continue
		}
		if len(out) == 1 {
			// The claims are the whole guide's, and no idea of the
			// text's is shared by two of them: the text's weightiest
			// idea says what they are about ("discussion" for On
			// Liberty's second chapter), where "what John Stuart Mill
			// writes" said nothing.
			if top := topIdea(b.c, taken); top != "" {
				th.Name = top
				continue
			}
		}
		if noun := sharedNoun(b.c, th.Questions, taken); noun != "" {
			taken[noun] = true
			th.Name = noun
			continue
		}
		if who := b.followedPerson(th.Questions); b.voice.Narrates() && who != "" {
			th.Name = "what happens to " + who
			continue
		}
		if th.section == "" || b.labelHeading(th.section) {
			th.Name = "what " + b.voice.Maker() + " " + b.voice.Says()
			if b.voice.Author != "" {
				th.Name = "what " + b.voice.Author + " " + b.voice.Says()
			}
		}
	}
	return out
}

// unnamed reports whether a section heading names nothing its claims are
// about: there is none, or it only labels where they stand.
func (b *builder) unnamed(sec string) bool {
	return sec == "" || b.labelHeading(sec)
}

// topIdea returns the text's weightiest idea, none of taken, or "".
func topIdea(c *essay.Corpus, taken map[string]bool) string {
	best, bestW := "", 0.0
	for term, w := range ideas(c) {
		if !taken[strings.ToLower(term)] && (w > bestW || w == bestW && term < best) {
			best, bestW = term, w
		}
	}
	return best
}

// chapterLabelRe matches a heading that numbers a part of a work and
// names nothing else: "Chapter II", "III -", "Chapter 12: Afterword",
// "Lecture IV.".
var chapterLabelRe = lazyregexp.New(`(?i)^(?:(?:chapter|chap\.|part|book|section|lecture|letter|essay|no\.|number)\s+)?(?:[ivxlcdm]+|\d+)\b\s*[-–—.:]*\s*(?:(?:preface|introduction|afterword|foreword|conclusion|epilogue|prologue|appendix)\.?)?$`)

// labelHeading reports whether a section heading only labels where a
// passage stands rather than what it is about: a chapter's number, the
// text's own title (with or without its number, "III - Of Mr. Booker T.
// Washington and Others"), or the one heading a text of one section has
// (a speech's title above it).
func (b *builder) labelHeading(sec string) bool {
	sec = strings.TrimSpace(sec)
	if sec == "" {
		return false
	}
	if chapterLabelRe.MatchString(sec) {
		return true
	}
	norm := func(s string) string {
		s = strings.ToLower(strings.Trim(s, " .:"))
		if m := chapterPrefixRe.FindStringIndex(s); m != nil {
			s = s[m[1]:]
		}
		return strings.Join(strings.Fields(s), " ")
	}
	h, t := norm(sec), norm(b.c.Title())
	if h != "" && t != "" && (h == t || strings.Contains(t, h) || strings.Contains(h, t)) {
		return true
	}
	for _, p := range b.c.Passages {
		if p.Ref.Kind == essay.Paragraph && strings.TrimSpace(p.Section) != sec {
			return false
		}
	}
	return true
}

// chapterPrefixRe matches the number a heading opens with: "III - ",
// "Chapter 12: ".
var chapterPrefixRe = lazyregexp.New(`(?i)^(?:(?:chapter|chap\.|part|book|section|lecture|letter|essay|no\.)\s+)?(?:[ivxlcdm]+|\d+)\b\s*[-–—.:]+\s*`)

// blocksAsking counts the blocks of ref that hold questions.
func blocksAsking[K comparable](groups map[K][]*Question, ref essay.Ref) int {
	n := 0
	for _, qs := range groups {
		if len(qs) > 0 && qs[0].Ref == ref {
			n++
		}
	}
	return n
}

// essayNames looks, in the passage that asks the questions and the one
// after it, for a sentence that names them ("the two questions above --
// democracy and the role of the party --"). It returns one name per block
// of questions and the naming words, verbatim; or nothing if the essay names
// them in no such way or names a different number of them.
func (b *builder) essayNames(ref essay.Ref, blocks int) ([]string, *Quote) {
	for _, p := range b.nearby(ref) {
		for _, s := range p.Sentences {
			m := namingRe.FindStringSubmatchIndex(s.Text)
			if m == nil {
				continue
			}
			list := s.Text[m[2]:m[3]]
			names := splitList(list)
			if len(names) != blocks || blocks < 2 {
				continue
			}
			return names, &Quote{Ref: p.Ref, Text: strings.TrimSpace(s.Text[m[0]:m[3]])}
		}
	}
	return nil, nil
}

// nearby returns the passage with ref and the passage after it.
func (b *builder) nearby(ref essay.Ref) []*essay.Passage {
	for i, p := range b.c.Passages {
		if p.Ref == ref {
			return b.c.Passages[i:min(i+2, len(b.c.Passages))]
		}
	}
	return nil
}

// splitList splits "a, b and c" into its items.
func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		for _, item := range strings.Split(part, " and ") {
			if item = strings.TrimSpace(item); item != "" {
				out = append(out, item)
			}
		}
	}
	return out
}

// fallbackName names a block of questions the essay does not name: the
// term it puts in quotation marks most often, else the pair of content
// words naming a thing that the corpus uses most, with what an "of"
// after it adds ("the recent course of the United States"), else the
// passage's idea, else a pair of the questions' own naming a thing
// ("the moral fibre of this country"), else the passage's ref.
func fallbackName(c *essay.Corpus, qs []*Question) string {
	var text strings.Builder
	for _, q := range qs {
		text.WriteString(q.Text + " ")
	}
	t := text.String()
	best, bestN := "", 0
	for _, term := range quotedTerms(t) {
		if n := countWord(t, term); n > bestN {
			best, bestN = term, n
		}
	}
	if best != "" {
		return best
	}
	// A pair of lower-case words naming a thing ("naval strategy") says
	// what the questions are about; a name ("English Channel") only
	// where or who, so it is taken only when no idea names them.
	for _, names := range []bool{false, true} {
		bestN = 1
		for _, pair := range contentPairs(t) {
			if !themePair(pair) || (pair != strings.ToLower(pair)) != names || opensOnVerb(c, pair) {
				// "nine millions", "good men", "feel sure": a count, a
				// kind of people or a verb is no theme a teacher would
				// name.
				continue
			}
			if n := len(uses(c, pair)); n > bestN {
				best, bestN = pair, n
			}
		}
		if best != "" {
			return withOf(t, best)
		}
		if idea := passageIdea(c, qs[0].Ref); idea != "" && !names {
			return idea
		}
	}
	// A pair the questions use once, naming a thing, names them better
	// than their ref: the first, for a question names what it asks about
	// before what it sets it against ("can the moral fibre of this
	// country survive the slow throttling ...?").
	for _, pair := range contentPairs(t) {
		if themePair(pair) && !opensOnVerb(c, pair) {
			return withOf(t, pair)
		}
	}
	return fmt.Sprintf("the questions of %s", qs[0].Ref)
}

// themePair reports whether a pair of adjacent words may name a theme: a
// name ("New Jersey", "American government") that counts nothing, or a
// pair of lower-case words that names a thing (see namesAThing) whose
// last word is mostly a noun or one WordNet does not know ("moral
// fibre"), after no adverb ("ridiculously petitioning").
func themePair(pair string) bool {
	ws := strings.Fields(pair)
	if len(ws) != 2 {
		return false
	}
	for _, w := range ws {
		// "one side", "continent hath": a count or a verb of older
		// English names nothing.
		if w = strings.ToLower(w); closedWords[w] || isFunctionWord(w) || w == "one" {
			return false
		}
	}
	if pair != strings.ToLower(pair) {
		// A name, or a name's adjective before a noun: not a verb
		// ("Presidency made") nor a capital that opens a sentence
		// ("possible Instead").
		first, _ := utf8.DecodeRuneInString(ws[0])
		second, _ := utf8.DecodeRuneInString(ws[1])
		return unicode.IsUpper(first) && (unicode.IsUpper(second) || mostlyNoun(ws[1]))
	}
	if strings.HasSuffix(ws[0], "ly") || pointingAdverbRe.MatchString(ws[0]) {
		return false
	}
	return namesAThing(pair) && mostlyNoun(ws[1]) || unknownThing(pair)
}

// opensOnVerb reports whether a pair of lower-case words opens on a verb
// and its object ("burn houses", from "What made those people burn
// houses ...?"): a first word WordNet's tagged texts use as a noun no
// more than otherwise, which the text also writes in the past ("houses
// were burned"). An act lifted from a question names no idea; an
// adjective ("naval strategy") has no past.
func opensOnVerb(c *essay.Corpus, pair string) bool {
	ws := strings.Fields(pair)
	if len(ws) != 2 || pair != strings.ToLower(pair) {
		return false
	}
	if nouns, others := thesaurus.Tagged(terms.Stem(ws[0])); nouns > others {
		return false
	}
	past := ws[0] + "ed"
	if strings.HasSuffix(ws[0], "e") {
		past = ws[0] + "d"
	}
	return len(uses(c, past)) > 0
}

// pointingAdverbRe is an adverb made of "there", "here" or "where" and a
// preposition ("thereafter", "hereby", "wherein"): "how did it thereafter
// influence the struggle?" named a theme "thereafter influence".
var pointingAdverbRe = lazyregexp.New(`^(?:there|here|where)(?:after|at|by|fore|from|in|into|of|on|to|upon|with|unto)$`)

// mostlyNoun reports whether WordNet's tagged texts use a word as a noun
// more than as anything else: "fibre", not "come" ("worse come").
func mostlyNoun(w string) bool {
	nouns, others := thesaurus.Tagged(terms.Stem(strings.ToLower(w)))
	return nouns > others
}

// unknownThing reports whether a pair of lower-case words ends on a noun
// WordNet does not know, as it does not know British spellings
// ("fibre"), and reads otherwise as namesAThing would have it: no count,
// no people, no participle or adverb.
func unknownThing(pair string) bool {
	ws := strings.Fields(pair)
	if pair != strings.ToLower(pair) || len(ws) != 2 || closedWords[ws[0]] || closedWords[ws[1]] || personNoun(ws[1]) {
		return false
	}
	for _, w := range ws {
		if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "en") {
			return false
		}
	}
	nouns, others := thesaurus.Tagged(terms.Stem(ws[1]))
	return nouns == 0 && others == 0
}

// ofRe is what follows a noun to say whose or of what it is: "of the
// United States", "of this country", "of men".
var ofRe = lazyregexp.New(`^\s+of\s+((?:(?:the|this|that|these|those|a|an|his|her|its|their|our)\s+)?(?:\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*|\p{Ll}+))`)

// withOf names a theme by a pair of the questions' words with what its
// "of" adds: "the recent course of the United States", not "recent
// course", a fragment no teacher would give a theme; a pair no "of"
// follows is returned as it is.
func withOf(text, pair string) string {
	i := indexWord(text, strings.ToLower(pair))
	if i < 0 {
		return pair
	}
	m := ofRe.FindStringSubmatch(text[i+len(pair):])
	if m == nil {
		return pair
	}
	// What "of" takes must be a name or a noun: "the proper division of
	// local ..." goes on to "local from Federal authority".
	last := strings.Fields(m[1])
	if w := last[len(last)-1]; terms.IsStopword(strings.ToLower(w)) || w == strings.ToLower(w) && !mostlyNoun(w) {
		return pair
	}
	if pair == strings.ToLower(pair) {
		pair = "the " + pair
	}
	return pair + " of " + m[1]
}

// passageIdea returns the weightiest of the text's ideas (see ideas) that
// the passage asking a question uses, else the pair of content words of
// the passage that most passages use, two at least; or "". A question
// that names no idea itself ("what has been the return?") is about what
// its passage argues.
func passageIdea(c *essay.Corpus, ref essay.Ref) string {
	p, ok := c.Passage(ref)
	if !ok {
		return ""
	}
	// An idea keeps a hyphened word apart ("self assertion").
	text := strings.ReplaceAll(p.Text(), "-", " ")
	best, bestW := "", 0.0
	for term, w := range ideas(c) {
		if countWord(text, term) > 0 && (w > bestW || w == bestW && term < best) {
			best, bestW = term, w
		}
	}
	if best != "" {
		return best
	}
	bestN := 1.0
	for _, pair := range contentPairs(p.Text()) {
		if pair != strings.ToLower(pair) || !themePair(pair) {
			// A passage's idea is in lower case: a name it uses more
			// than others ("Negro youth") is no idea of it.
			continue
		}
		n := float64(len(uses(c, pair)))
		if n > bestN {
			best, bestN = pair, n
		}
	}
	return best
}

// namesAThing reports whether a pair of lower-case words reads as a
// thing argued about ("industrial education"): it ends on a noun, as
// WordNet's tagged texts use it, that names no people ("poor wretches"),
// opens on no participle ("taken place"), and counts nothing ("ten
// years").
func namesAThing(pair string) bool {
	ws := strings.Fields(pair)
	if pair != strings.ToLower(pair) || len(ws) != 2 || closedWords[ws[0]] || closedWords[ws[1]] || personNoun(ws[1]) {
		return false
	}
	if strings.HasSuffix(ws[0], "en") || strings.HasSuffix(ws[0], "ed") {
		return false
	}
	nouns, _ := thesaurus.Tagged(terms.Stem(ws[1]))
	return nouns > 0
}

// contentPairs returns the pairs of adjacent content words of text.
func contentPairs(text string) []string {
	var out []string
	// Words a comma or other mark parts are no pair: "negligence,
	// cruelty, or any other defect" lists things, and "negligence
	// cruelty" named a theme.
	for _, clause := range strings.FieldsFunc(text, pairBreak) {
		ws := wordRe.FindAllString(clause, -1)
		for i := 0; i+1 < len(ws); i++ {
			a, z := strings.ToLower(ws[i]), strings.ToLower(ws[i+1])
			if terms.IsStopword(a) || terms.IsStopword(z) || len(a) < 3 || len(z) < 3 {
				continue
			}
			out = append(out, ws[i]+" "+ws[i+1])
		}
	}
	return out
}

// pairBreak reports whether c parts the words beside it into two
// phrases: a mark of punctuation other than the hyphen and apostrophes
// words are written with.
func pairBreak(c rune) bool {
	return unicode.IsPunct(c) && c != '-' && c != '\'' && c != '’'
}

// countWord counts term's whole-word occurrences in text, ignoring case.
func countWord(text, term string) int {
	n := 0
	for {
		i := indexWord(text, strings.ToLower(term))
		if i < 0 {
			return n
		}
		n++
		text = text[i+len(term):]
	}
}

// headingNoteRe is a footnote's marker in a heading: "Chapter XVIII[3]".
var headingNoteRe = lazyregexp.New(`\[\^?\d+\]`)

// quietHeading returns a section title set in capitals ("SPEECH AT THE
// COOPER INSTITUTE, NEW YORK.") in title case, as a theme's name reads in
// a handout: "Speech at the Cooper Institute, New York" (see
// essay.TitleCase). Other titles are returned as they are. A footnote's
// marker is left out: a theme's name is no place to look up a note.
func (b *builder) quietHeading(h string) string {
	h = headingNoteRe.ReplaceAllString(h, "")
	out := essay.TitleCase(h)
	if out == h {
		return h
	}
	return strings.TrimSuffix(strings.TrimSpace(out), ".")
}
