package guide

import (
	"math"
	"strings"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// A question is about a few things, in a few phrases: "What is the proper
// role of a communist party in such a society?" asks about the role of a
// party, in a kind of society. Evidence speaks to those phrases, the first
// most: a sentence that says something of "the role of the party" answers
// it; one that only names a "socialist" society, or plays "a decisive
// role" in something else, does not. So a question is read as phrases
// (facets), each weighed by its place, and a sentence by how much of each
// phrase it holds, its words close together.

// facet is one phrase of a question: its content stems, each with its
// weight within the phrase, and what the phrase counts for.
type facet struct {
	stems  map[string]float64
	weight float64
	// share is what the text the facet comes from counts for (the
	// question 1, its theme or the question before less), and scale what
	// the facet counts for beside the others of that text, whatever its
	// place (less for a bare "What form").
	share, scale float64
	// placed is false for a facet that takes no place in the order; part
	// is the part of the question it belongs to (see phrase).
	placed bool
	part   int
}

// focus is a question read as facets, with the corpus's stems that match
// each of its stems (see kinOf).
type focus struct {
	facets []facet
	// parts is the last part of the question (see phrase); the theme's
	// facets and the question before's belong to every part.
	parts int
	kin   map[string]map[string]float64
	// claim is true for a focus read from a statement of the author's
	// rather than a question (see claimFocus).
	claim bool
}

// Weights of a question's phrases.
const (
	// placeDecay: the i-th phrase of a question counts 1/(1+placeDecay*i)
	// of the first. What a question asks about comes early; the phrases
	// that qualify it ("in a socialist society", "as an organization of
	// ...") trail after.
	placeDecay = 0.5
	// answerTypeShare weighs the noun a question word asks for ("What
	// form", "what expedient"): it names the kind of answer, not what the
	// question is about.
	answerTypeShare = 0.3
	// modifierShare weighs a word that qualifies the head of its noun
	// phrase: "socialist" in "a socialist society", "communist" in "a
	// communist party".
	modifierShare = 0.5
	// restShare is how much a question's phrases after its first count
	// against a sentence that does not speak to them: one that speaks to
	// the first phrase whole answers much of the question, and one that
	// speaks to the others too answers more.
	restShare = 0.5
	// partShare weighs a sentence that speaks to a later part of a
	// question of several parts: "to restore the party to its role"
	// counts for less than what would have worked, but is answered on its
	// own, not as the question's last words.
	partShare = 0.5
	// pointerShare weighs a phrase that points back ("this object"): what
	// it names is in the sentence before, which the focus takes in.
	pointerShare = 0.3
	// markedShare lifts a phrase holding a term the question quotes.
	markedShare = 1.3
	// themeShare is what the theme's own name, as the text gives it,
	// counts for beside each question of the theme.
	themeShare = 0.3
	// followShare is what a question's own words count for beside the
	// question before, which it follows on from (see followFocus).
	followShare = 0.3
	// anaphorShare is what the sentence before a question counts for
	// when the question points back to it ("this model", "these goals",
	// "Could they work").
	anaphorShare = 0.4
	// proximity is the widest span, in words, in which two stems of one
	// phrase stand together; a sentence that holds them further apart
	// holds scatteredShare of the phrase.
	proximity      = 8
	scatteredShare = 0.7
)

// Words that end a phrase of a question: auxiliaries, prepositions other
// than "of" (which joins "the role of the party"), conjunctions and
// relative words.
var boundaryWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"can": true, "could": true, "would": true, "should": true, "will": true, "shall": true,
	"may": true, "might": true, "must": true, "do": true, "does": true, "did": true,
	"have": true, "has": true, "had": true,
	"in": true, "with": true, "towards": true, "toward": true, "to": true, "as": true, "by": true,
	"for": true, "from": true, "into": true, "among": true, "within": true, "between": true,
	"against": true, "on": true, "at": true, "under": true, "over": true, "through": true,
	"without": true, "about": true, "than": true, "upon": true, "after": true, "before": true,
	"and": true, "or": true, "but": true, "nor": true, "that": true, "which": true, "who": true,
	"whom": true, "whose": true, "whether": true, "if": true, "because": true, "so": true,
	"while": true, "where": true, "when": true, "why": true, "how": true, "what": true,
	"both": true, "either": true, "neither": true, "rather": true,
}

// subjectPronouns stand as the subject before a question's verb.
var subjectPronouns = map[string]bool{"it": true, "they": true, "we": true, "he": true, "she": true, "you": true, "i": true, "one": true}

// pointerWords open a phrase that points back: its words name what the
// sentence before says, and say little themselves.
var pointerWords = map[string]bool{"this": true, "these": true, "those": true, "such": true, "that": true}

// questionWords open a question's phrase that asks for a kind of answer.
var questionWords = map[string]bool{"what": true, "which": true, "whose": true, "how": true}

// anaphorRe finds words that point back to the sentence before: "this
// model", "these goals", "such a society", "Could they work".
var anaphorRe = lazyregexp.New(`(?i)\b(?:this|these|those|such|they|them|their|it|its)\b`)

// phraseRe splits a question into words and the marks that end a phrase.
var phraseRe = lazyregexp.New(`[\p{L}\d][\p{L}\d'’-]*|[,;:()?!]|--|—|–`)

// asideRe finds a bracketed aside in a question: "forms of political (and
// economic) leadership".
var asideRe = lazyregexp.New(`\s*\([^()]*\)`)

// phrase is one phrase of a question: its lower-case words, whether it
// opens with the noun a question word asks for ("What form", "what
// expedient"), and which part of the question it belongs to: a question
// of several parts ("Would it have worked, both to democratize ..., and
// to restore ...?") starts a part at each coordinated clause.
type phrase struct {
	words []string
	asks  bool
	part  int
	// verb is true for a phrase after "to", which opens with a verb: "to
	// democratize the Soviet Union" is about democratizing.
	verb bool
	// acts is true for a phrase that follows a pronoun subject, which
	// opens with its verb: "Does it consist in ...".
	acts bool
	// points is true for a phrase that points back to what came before:
	// "this object", "these goals", "such a society".
	points bool
}

// partRe opens a coordinated part of a question after a comma or
// semicolon.
var partRe = lazyregexp.New(`^(?:and|or|but|both|either|nor)$`)

// phrases splits text into its phrases. A bracketed aside is left out of
// the phrase it stands in and returned apart.
func phrases(text string) (out []phrase, asides []string) {
	asides = asideRe.FindAllString(text, -1)
	text = asideRe.ReplaceAllString(text, "")
	chained := strings.Count(text, "?") >= minChain
	var cur phrase
	afterWh, afterComma, afterTo, afterSubject := false, false, false, false
	part := 0
	flush := func() {
		if len(cur.words) > 0 {
			out = append(out, cur)
		}
		cur = phrase{part: part}
	}
	for _, tok := range phraseRe.FindAllString(text, -1) {
		w := strings.ToLower(tok)
		if afterComma && partRe.MatchString(w) || tok == ";" || tok == "?" && chained {
			// Short questions asked in a row and joined into one (see
			// chain) are its parts, one at each question mark.
			// A question of several questions in a row (see chain)
			// starts a part at each of them.
			part++
		}
		afterComma = tok == ","
		switch {
		case questionWords[w]:
			flush()
			afterWh = true
			continue
		case boundaryWords[w] || !wordRe.MatchString(tok):
			flush()
		default:
			if len(cur.words) == 0 {
				cur.asks, cur.part, cur.verb, cur.acts = afterWh, part, afterTo, afterSubject
				cur.points = pointerWords[w]
			}
			cur.words = append(cur.words, w)
		}
		afterWh, afterTo, afterSubject = false, w == "to", subjectPronouns[w]
	}
	flush()
	return out, asides
}

// quotedWords are the words of text's quoted terms.
func quotedWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, t := range quotedTerms(text) {
		for _, w := range terms.Words(t) {
			out[w] = true
		}
	}
	return out
}

// focusOf reads a question into facets.
//
//   - text: the question.
//   - theme: the theme's name as the text gives it, or "".
//   - before: the sentence just before the question, or "".
func (b *builder) focusOf(text, theme, before string) focus {
	return b.readFocus(focus{}, text, theme, before)
}

// claimFocus reads a claim, a statement of the author's, into facets as
// focusOf reads a question, but each word weighs by how rare it is in the
// text, not by its square root. A claim is long, and holds the text's
// common words beside the few that say what it argues: with square roots,
// a sentence sharing "frontier" (a quarter of Turner's sentences) and
// "good" ("Good soils have been the most continuous attraction to the
// farmer's frontier") stood beside one sharing "democracy" and "Jackson"
// under his claim on the rise of democracy.
func (b *builder) claimFocus(text, theme, before string) focus {
	return b.readFocus(focus{claim: true}, text, theme, before)
}

func (b *builder) readFocus(f focus, text, theme, before string) focus {
	f.add(b, text, 1)
	if theme != "" {
		f.add(b, theme, themeShare)
	}
	if before != "" && anaphorRe.MatchString(text) {
		f.add(b, before, anaphorShare)
	}
	return f.withKin(b)
}

// followFocus reads a question that follows on from the one before it
// (see followsOn): the question before says what it asks about, and its
// own words, which offer answers ("Democracy as in France", "the king
// of England's"), count followShare.
func (b *builder) followFocus(before, text, theme string) focus {
	var f focus
	f.add(b, before, 1)
	f.add(b, text, followShare)
	if theme != "" {
		f.add(b, theme, themeShare)
	}
	return f.withKin(b)
}

// withKin sets the corpus's stems that match each of the focus's stems.
func (f focus) withKin(b *builder) focus {
	all := map[string]float64{}
	for _, fc := range f.facets {
		for s, w := range fc.stems {
			all[s] = max(all[s], w)
		}
	}
	f.kin = b.kinOf(all)
	return f
}

// add adds the facets of text, scaled by share; a bracketed aside counts
// half.
func (f *focus) add(b *builder, text string, share float64) {
	ps, asides := phrases(text)
	quoted := quotedWords(text)
	for _, ph := range ps {
		words := ph.words
		fc := facet{stems: map[string]float64{}}
		marked := false
		heads := headsOf(words)
		if ph.verb {
			heads[0] = true
		}
		for j, w := range words {
			if terms.IsStopword(w) || weakWords[w] || len(w) < 3 {
				continue
			}
			s := terms.Stem(w)
			idf, ok := b.idf[s]
			if !ok {
				if idf, ok = b.familyIDF(s); !ok {
					continue
				}
			}
			v := math.Sqrt(idf) * specificity(s)
			if f.claim {
				v = idf * specificity(s)
			}
			if ph.asks && j == 0 {
				v *= answerTypeShare
			}
			if ph.acts && j == 0 {
				v *= modifierShare
			}
			if !heads[j] {
				v *= modifierShare
			}
			fc.stems[s] = max(fc.stems[s], v)
			marked = marked || quoted[w]
		}
		if len(fc.stems) == 0 || onlyLight(words) {
			// "In most cases", "in that case": an adverbial phrase of a
			// light noun says how often or where, not what about.
			continue
		}
		fc.share, fc.scale, fc.placed, fc.part = share, 1, true, ph.part
		if share == 1 {
			f.parts = max(f.parts, ph.part)
		}
		if marked {
			fc.scale *= markedShare
		}
		if ph.points {
			fc.scale *= pointerShare
		}
		if ph.asks && len(words) == 1 {
			// "What form can ...": the phrase is only the kind of answer.
			fc.scale *= answerTypeShare
			fc.placed = false
		}
		f.facets = append(f.facets, fc)
	}
	for _, a := range asides {
		f.add(b, strings.Trim(strings.TrimSpace(a), "()"), share*asideWeight)
	}
}

// lightNouns name a relation to what follows them rather than a subject
// of their own: in "the role of the party" or "the forms of leadership",
// what a sentence must speak to is the party, or leadership.
var lightNouns = map[string]bool{
	"role": true, "roles": true, "form": true, "forms": true, "kind": true, "kinds": true,
	"type": true, "types": true, "sort": true, "sorts": true, "nature": true, "part": true,
	"parts": true, "aspect": true, "aspects": true, "idea": true, "notion": true,
	"concept": true, "concepts": true, "question": true, "matter": true, "issue": true,
	"case": true, "use": true, "sense": true, "number": true, "degree": true, "level": true,
}

// onlyLight reports whether the content words of a phrase are light nouns
// only, singular or plural ("most cases").
func onlyLight(words []string) bool {
	light := false
	for _, w := range words {
		if terms.IsStopword(w) || weakWords[w] || len(w) < 3 {
			continue
		}
		if !lightNouns[w] && !lightNouns[strings.TrimSuffix(w, "s")] {
			return false
		}
		light = true
	}
	return light
}

// headsOf marks the words of a phrase that head its noun phrases: the
// last word before "of" and the phrase's last; the words before them
// qualify them ("the proper role of a communist party": role, party). A
// light noun before "of" ("role", "forms") heads nothing.
func headsOf(words []string) map[int]bool {
	out := map[int]bool{}
	last := -1
	for j, w := range words {
		if w == "of" {
			if last >= 0 && !lightNouns[words[last]] {
				out[last] = true
			}
			last = -1
			continue
		}
		if !terms.IsStopword(w) {
			last = j
		}
	}
	if last >= 0 {
		out[last] = true
	}
	return out
}

// cover is how much of facet fc sentence s holds: the share of its
// stems' weight, each by how well s matches it (a word of the same family
// or a related word less, one in an aside half), less if the stems stand
// far apart.
func (f *focus) cover(fc facet, s *sentence) float64 {
	var got, total float64
	var at [][]int
	for _, q := range inOrder(fc.stems) {
		w := fc.stems[q]
		total += w
		best := 0.0
		var pos []int
		s.holds(func(t string, in float64, at []int) {
			if m := f.kin[t][q] * in; m > 0 {
				best = max(best, m)
				pos = append(pos, at...)
			}
		})
		if best > 0 {
			got += w * best
			at = append(at, pos)
		}
	}
	if total == 0 {
		return 0
	}
	c := got / total
	if len(at) >= 2 && !near(at) {
		c *= scatteredShare
	}
	return c
}

// near reports whether some two of the stems, each at its positions,
// stand within proximity words of each other.
func near(at [][]int) bool {
	for i := range at {
		for j := i + 1; j < len(at); j++ {
			for _, x := range at[i] {
				for _, y := range at[j] {
					if x-y <= proximity && y-x <= proximity {
						return true
					}
				}
			}
		}
	}
	return false
}

// within leaves out the stems that no sentence of ss holds, itself or in a
// word of its family, and the facets left without stems: a word only the
// question uses cannot be answered by another sentence, and would only
// shrink every sentence's share. The phrases left are weighed by their
// place among those of the same text: a phrase few sentences speak to
// still says what the question is about.
func (f *focus) within(ss []*sentence) {
	held := map[string]bool{}
	for _, s := range ss {
		s.holds(func(t string, _ float64, _ []int) {
			for q, m := range f.kin[t] {
				if m > relatedMatch {
					held[q] = true
				}
			}
		})
	}
	// A phrase of words the text uses everywhere ("as envisaged by X",
	// where X is the text's main figure) says less about which sentences
	// answer than one of rarer words: a phrase counts by its most telling
	// word, against the question's most telling.
	info := map[int]float64{}
	most := 0.0
	for i, fc := range f.facets {
		for q, w := range fc.stems {
			if held[q] {
				info[i] = max(info[i], w)
			}
		}
		most = max(most, info[i])
	}
	var out []facet
	type group struct {
		share float64
		part  int
	}
	place := map[group]int{}
	for i, fc := range f.facets {
		kept := fc
		kept.stems = map[string]float64{}
		for q, w := range fc.stems {
			if held[q] {
				kept.stems[q] = w
			}
		}
		if len(kept.stems) == 0 {
			continue
		}
		g := group{kept.share, kept.part}
		kept.weight = kept.share * kept.scale / (1 + placeDecay*float64(place[g])) * math.Sqrt(info[i]/most)
		if kept.placed {
			place[g]++
		}
		out = append(out, kept)
	}
	f.facets = out
}

// relevance is the share of the question that sentence s speaks to: its
// cover of each facet, weighed by the facets' weights, the phrases after
// the first counting restShare of theirs against it. A question of
// several parts is answered part by part: the sentence's share of the
// part it speaks to most, a later part's counting partShare.
func (f *focus) relevance(s *sentence) float64 {
	best := 0.0
	for p := 0; p <= f.parts; p++ {
		var got, total float64
		first := true
		for _, fc := range f.facets {
			if fc.part != p && fc.share == 1 {
				continue
			}
			if first {
				total += fc.weight
			} else {
				total += fc.weight * restShare
			}
			first = first && !fc.placed
			got += fc.weight * f.cover(fc, s)
		}
		if total == 0 {
			continue
		}
		r := min(1, got/total)
		if p > 0 {
			r *= partShare
		}
		best = max(best, r)
	}
	return best
}
