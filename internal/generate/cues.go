package generate

import (
	"slices"
	"strings"
	"unicode"

	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// A question about a person often asks what the person did or suffered
// in words the text does not use: "Who stopped him?" is answered by "He
// was thwarted by the council", "What did she want to do?" by "... she
// believed that a new charter would end the feud". Sharing the person's
// name is not enough: a sentence saying she was exiled holds the name as
// often as one saying what she proposed. A cue reads what the sentence
// does with the person instead, and a sentence that matches it is read
// as holding the question's word.

// cue is one way a sentence answers a part of the question without its
// word.
type cue struct {
	// stem is the part's stem a matching sentence is read as holding.
	stem string
	part int
	// persons are the stems of the people the question asks about.
	persons []string
	// kind says what the question asks of the person, and so what a
	// sentence must do to match.
	kind cueKind
}

// cueKind is what a cue's question asks: the kinds exclude one another,
// so a new kind is one more constant and one more case in matches.
type cueKind int

const (
	// cueActed: the question asks who acted on the person ("Who stopped
	// him?").
	cueActed cueKind = iota
	// cueMind: the question asks what the person wanted or thought.
	cueMind
	// cueWould: the question asks what something would have done ("Would
	// the treaty have held?"); persons then holds the stems of that thing.
	cueWould
	// cueDeath: the question asks how the person died or what became of
	// them ("How did she die?", "What happened to him?").
	cueDeath
	// cueReason: the part asks why ("Why were incentives brought in?");
	// persons then holds the part's own stems, one of which a sentence
	// giving a reason must hold.
	cueReason
	// cueComing: the part asks for the author's work still to come ("Is
	// he writing anything else?"); persons then holds the part's own
	// stems, which weigh the cue (see comingCue).
	cueComing
	// cueDated: as cueComing, but the part asks when the text was
	// written: the sentence dating the author's writing answers it.
	cueDated
)

// standsIn reports whether the cue's stem is one no word has (mindStem,
// reasonStem, comingStem), which is added to its part and weighed as the
// heaviest of the cue's persons.
func (c cue) standsIn() bool {
	switch c.kind {
	case cueMind, cueReason, cueComing, cueDated:
		return true
	}
	return false
}

// mindStem stands, among a part's stems, for a question's verb of
// wanting or thinking, which is a stop word ("want") and no stem: it can
// never be a word's stem.
const mindStem = "\x00mind"

// reasonStem stands, among a part's stems, for the "why" of a part
// asking for a reason: like mindStem, it can never be a word's stem.
const reasonStem = "\x00why"

// mindWords ask or tell what someone wanted, meant or thought. A verb
// stating a view ("He argues that ...") tells what its subject thought
// as plainly as "believes" does, and a verb
// judging a thing ("he condemned the cult", "she opposed the treaty")
// tells what its subject thought of it as plainly as "believed" does.
var mindWords = stemSet("want", "wish", "hope", "plan", "intend", "aim", "try", "seek", "believe", "think",
	"propose", "expect", "desire", "strive", "mean",
	"condemn", "oppose", "support", "favor", "favour", "reject", "criticize", "criticise", "praise", "approve",
	"disapprove", "denounce", "fear", "worry", "doubt", "insist", "urge",
	"argue", "claim", "contend", "conclude", "suspect", "assume")

// aimWords name what someone wanted, after the person's possessive
// ("his evident goal of ...").
var aimWords = stemSet("goal", "plan", "aim", "intention", "purpose", "proposal", "wish")

// beWords form a passive with a participle ("was thwarted by").
var beWords = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "be": true}

// auxiliaries follow "who" when it is the object, not the subject, of the
// verb: "Who did he blame?" asks whom he acted on, not who acted on him.
var auxiliaries = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "did": true, "does": true, "do": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "could": true, "can": true, "should": true,
	"might": true, "may": true, "must": true,
}

// stemSet returns the set of the stems of words.
func stemSet(words ...string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words {
		out[terms.Stem(w)] = true
	}
	return out
}

// cuesOf returns the cues of question q: "Who <verb> <person>?" is
// answered by a sentence in which the person is the subject of a passive
// with an agent ("He was thwarted by ..."), read as holding the verb;
// "What did <person> want (hope, plan, think ...)?" by a sentence in
// which the person is the subject of such a verb, or whose possessive
// names an aim ("his goal of ..."), read as holding mindStem, which is
// added to the part that names the person.
//
//   - q: the question as read (see followUp): its parts and what they
//     lean on.
//   - written: the stems the passages retrieved write only capitalized,
//     inside a sentence (see writtenNames): a student typing "lincoln" asks
//     about the same man as one typing "Lincoln".
func cuesOf(q *retrieve.Query, written map[string]bool) []cue {
	ws := q.Words
	persons := namesIn(q.Text, written)
	var out []cue
	if c, ok := wouldCue(q); ok {
		out = append(out, c)
	}
	if c, ok := reasonCue(q); ok {
		out = append(out, c)
	}
	if c, ok := comingCue(q); ok {
		out = append(out, c)
	}
	if len(ws) < 2 || len(persons) == 0 {
		return out
	}
	if ws[0] == "who" && !auxiliaries[ws[1]] && !terms.IsStopword(ws[1]) {
		verb := terms.Stem(ws[1])
		for i, p := range q.Parts {
			if slices.Contains(p.Stems, verb) {
				out = append(out, cue{stem: verb, part: i, persons: persons, kind: cueActed})
			}
		}
	}
	if c, ok := deathCue(q, persons); ok {
		out = append(out, c)
	}
	if asksMind(q) {
		// A thinker the passages never name (misspelt: "Mukin") leaves
		// the names after the verb to find him by.
		thinkers := thinkersIn(q.Text, written)
		if !slices.ContainsFunc(thinkers, func(st string) bool { return written[st] }) {
			thinkers = persons
		}
		if i := mindPart(q.Parts, thinkers); i >= 0 {
			out = append(out, cue{stem: mindStem, part: i, persons: thinkers, kind: cueMind})
		}
	}
	return out
}

// mindPart returns the part of a question asking what someone wanted or
// thought, -1 if none names a person. Asked one thing, that is the
// question. Asked several, it is the part that itself opens with "what",
// "which" or "how" and holds the verb of wanting, when it names a person
// or points back at one by a person's pronoun ("... and what did he
// think?"): a capitalized common noun ("Party") reads as a name, and in
// "What privileges did Party leaders get, and what did the Premier think
// of them?" the second part asks what someone thought. Failing such a
// part, it is the first part naming a person.
func mindPart(parts []retrieve.Part, persons []string) int {
	holds := func(sts []string) bool {
		return slices.ContainsFunc(persons, func(st string) bool { return slices.Contains(sts, st) })
	}
	if len(parts) == 1 || slices.ContainsFunc(parts, func(p retrieve.Part) bool { return len(p.Words) == 0 }) {
		return slices.IndexFunc(parts, func(p retrieve.Part) bool { return holds(p.Stems) || holds(p.Leans) })
	}
	if i := slices.IndexFunc(parts, func(p retrieve.Part) bool {
		he := slices.ContainsFunc(p.Words, func(w string) bool { return personal[w] && w != "they" && w != "their" })
		return asksMindIn(p.Words) && (holds(p.Stems) || he && holds(p.Leans))
	}); i >= 0 {
		return i
	}
	return slices.IndexFunc(parts, func(p retrieve.Part) bool { return holds(p.Stems) || holds(p.Leans) })
}

// thinkersIn returns the stems of the names a question asking what
// someone thought names before its first verb of thinking: the ones
// thinking. "What did Ilse think about the Lindau sailors?" asks for
// Ilse's view, not for a sentence in which the sailors opposed
// something; the names after the verb are what the view is of. It
// returns nil when the question names no one before such a verb.
func thinkersIn(text string, written map[string]bool) []string {
	fields := strings.Fields(text)
	for i, f := range fields {
		if mindWords[terms.Stem(strings.ToLower(strings.Trim(f, "\"“”'‘’(),;:.!?")))] {
			return namesIn(strings.Join(fields[:i], " "), written)
		}
	}
	return nil
}

// asksMindIn reports whether words, a part of a question, open with
// "what", "which" or "how" and hold a verb of wanting or thinking.
func asksMindIn(words []string) bool {
	return len(words) > 1 && (words[0] == "what" || words[0] == "which" || words[0] == "how") &&
		slices.ContainsFunc(words[1:], func(w string) bool { return mindWords[terms.Stem(w)] })
}

// namesIn returns the stems of the names a question asks about: its
// capitalized words after its first, and its words the text writes only
// as names (written).
func namesIn(text string, written map[string]bool) []string {
	var out []string
	for i, f := range strings.Fields(text) {
		f = strings.Trim(f, "\"“”'‘’(),;:.!?")
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		if f == "" || f == "I" {
			continue
		}
		capital := i > 0 && unicode.IsUpper([]rune(f)[0])
		if !capital && !slices.ContainsFunc(terms.Stems(f), func(st string) bool { return written[st] }) {
			continue
		}
		for _, st := range terms.Stems(f) {
			if !slices.Contains(out, st) {
				out = append(out, st)
			}
		}
	}
	return out
}

// withCues returns q with the stem of each mind cue added to its part,
// and the cues.
func withCues(q *retrieve.Query, hits []retrieve.Hit) (*retrieve.Query, []cue) {
	cues := cuesOf(q, writtenNames(hits))
	if !slices.ContainsFunc(cues, cue.standsIn) {
		return q, cues
	}
	cp := *q
	cp.Parts = slices.Clone(q.Parts)
	for _, c := range cues {
		if c.standsIn() {
			p := &cp.Parts[c.part]
			p.Stems = append(slices.Clone(p.Stems), c.stem)
		}
	}
	return &cp, cues
}

// applyCues marks each sentence that matches a cue as holding its stem,
// and weighs mindStem as the heaviest of the names it goes with, and
// reasonStem and comingStem as the heaviest of their part's own words.
func applyCues(sents []sentence, cues []cue, weights map[string]float64) {
	for _, c := range cues {
		if c.standsIn() {
			for _, p := range c.persons {
				weights[c.stem] = max(weights[c.stem], weights[p])
			}
		}
		for i := range sents {
			s := &sents[i]
			if s.stems[c.stem] || !c.matches(*s) {
				continue
			}
			st := make(map[string]bool, len(s.stems)+1)
			for k := range s.stems {
				st[k] = true
			}
			st[c.stem] = true
			s.stems = st
		}
	}
}

// matches reports whether sentence s does with the cue's person what the
// question asks.
func (c cue) matches(s sentence) bool {
	fields := strings.Fields(s.text)
	words := make([]string, len(fields))
	for i, f := range fields {
		words[i] = strings.ToLower(strings.Trim(f, "\"“”'‘’()"))
	}
	switch c.kind {
	case cueMind:
		return c.wants(s, fields, words)
	case cueWould:
		return c.wouldHave(s, words)
	case cueDeath:
		return c.died(s, fields, words)
	case cueReason:
		return c.givesReason(s, words)
	case cueDated:
		return retrieve.DatesWriting(s.text)
	case cueComing:
		return retrieve.AnnouncesWork(s.text)
	}
	return c.actedOn(s, words)
}

// person reports whether a word names one of the cue's persons, itself
// or through the pronoun opening the sentence (see referent).
func (c cue) person(s sentence, w string) bool {
	w = strings.TrimRight(w, ",;:.!?")
	base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if personal[w] || personal[base] {
		return slices.ContainsFunc(s.refers, func(st string) bool { return slices.Contains(c.persons, st) })
	}
	return slices.Contains(c.persons, terms.Stem(base))
}

// actedOn reports whether a person of the cue is the subject of a passive
// with an agent: "He was thwarted by ...".
func (c cue) actedOn(s sentence, words []string) bool {
	for i := 2; i+1 < len(words); i++ {
		if strings.TrimRight(words[i+1], ",;:") != "by" || !participle(words[i]) {
			continue
		}
		be := i - 1
		if !beWords[words[be]] && be > 0 && beWords[words[be-1]] {
			be-- // "was never thwarted by"
		}
		if !beWords[words[be]] {
			continue
		}
		for j := max(0, be-passiveReach); j < be; j++ {
			if c.person(s, words[j]) {
				return true
			}
		}
	}
	return false
}

// passiveReach is how many words before a passive's "was" its subject is
// looked for.
const passiveReach = 4

// participle reports whether a word may be a past participle.
func participle(w string) bool {
	for _, suf := range []string{"ed", "en", "wn", "ght", "ne"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// wants reports whether a person of the cue is the subject of a verb of
// wanting or thinking within a few words ("Marcus and Livia believed"),
// or names through a possessive what was aimed at ("his evident goal").
func (c cue) wants(s sentence, fields, words []string) bool {
	for i, w := range words {
		if !c.person(s, w) {
			continue
		}
		possessive := strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || w == "his" || w == "her" || w == "their"
		reach := mindReach
		for j := i + 1; j < min(len(words), i+1+reach); j++ {
			if strings.ContainsAny(fields[j-1][len(fields[j-1])-1:], ",;:.!?") {
				break // the clause ends
			}
			if hedging[words[j]] {
				reach++ // "Marcus and Livia seem to believe"
				continue
			}
			st := terms.Stem(strings.TrimRight(words[j], ",;:.!?"))
			if mindWords[st] && !possessive || aimWords[st] && possessive {
				return true
			}
		}
	}
	return false
}

// deathWords tell how someone died: asked "How did he die?", the
// sentence saying he "was in fact murdered" answers, though it holds no
// form of "die", while one that only names him beside "death" does not.
var deathWords = stemSet("die", "died", "dead", "death", "murder", "kill", "execute", "assassinate", "shoot", "shot",
	"hang", "hanged", "poison", "slay", "slain", "lynch", "behead", "strangle", "drown", "perish", "suicide")

// deathCue returns the cue of a question asking how a person died
// ("How did X die?", "How was X killed?") or what became of a person
// ("What happened to X?"). A death named inside another question ("What
// did he think would have happened if X had died?", "What evidence is
// there that X was killed?") asks something else.
func deathCue(q *retrieve.Query, persons []string) (cue, bool) {
	ws := q.Words
	if len(ws) < 3 || len(q.Parts) != 1 {
		return cue{}, false
	}
	p := q.Parts[0]
	if ws[0] == "how" && auxiliaries[ws[1]] {
		for _, st := range p.Stems {
			if deathWords[st] {
				return cue{stem: st, persons: persons, kind: cueDeath}, true
			}
		}
	}
	// "What happened to the general's papers?" asks of the papers, not
	// of him.
	happen := terms.Stem("happened")
	if len(ws) >= 4 && ws[0] == "what" && terms.Stem(ws[1]) == happen && ws[2] == "to" &&
		slices.Contains(persons, ws[3]) && slices.Contains(p.Stems, happen) {
		return cue{stem: happen, persons: persons, kind: cueDeath}, true
	}
	return cue{}, false
}

// died reports whether a person of the cue is the subject of a word of
// deathWords within a few words, in the same clause: "Socrates was put
// to death", "he was in fact murdered", "he died in exile".
func (c cue) died(s sentence, fields, words []string) bool {
	for i, w := range words {
		if !c.person(s, w) {
			continue
		}
		for j := i + 1; j < min(len(words), i+1+deathReach); j++ {
			if strings.ContainsAny(fields[j-1][len(fields[j-1])-1:], ",;:.!?") {
				break // the clause ends
			}
			if deathWords[terms.Stem(strings.TrimRight(words[j], ",;:.!?"))] {
				return true
			}
		}
	}
	return false
}

// deathReach is how many words after a person a word of dying is looked
// for: "the minister was in fact murdered".
const deathReach = 5

// mindReach is how many words after a person a verb of wanting is looked
// for: "Marcus and Livia believed".
const mindReach = 3

// hedging words between a person and a verb of thinking do not count
// toward mindReach: "Marcus and Livia seem to believe" says what they
// believe as plainly as "Marcus and Livia believed", and a reach long
// enough for it would reach past other clauses' verbs.
var hedging = map[string]bool{"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true,
	"appeared": true, "to": true}

// cueStems returns the stems the cues read into sentences for a part.
func cueStems(cues []cue, part int) []string {
	var out []string
	for _, c := range cues {
		if c.part == part {
			out = append(out, c.stem)
		}
	}
	return out
}

// asksMind reports whether q asks what someone wanted or thought ("What
// did he want to do?"): it opens with "what", "which" or "how" and holds a
// verb of wanting or thinking. When that verb is one of its stems
// ("believe"), the sentences holding it are found without a cue; asked
// why ("Why does he think ...?"), the question asks for a reason, not
// for what was thought.
func asksMind(q *retrieve.Query) bool {
	ws := q.Words
	if ws[0] != "what" && ws[0] != "which" && ws[0] != "how" {
		return false
	}
	found := false
	for _, w := range ws[1:] {
		st := terms.Stem(w)
		if !mindWords[st] {
			continue
		}
		if slices.Contains(q.Stems, st) {
			return false
		}
		found = true
	}
	return found
}

// modals open a question asking what would have been ("Would the
// treaty have held?"), and a sentence saying what would have been.
var modals = map[string]bool{"would": true, "could": true}

// wouldCue returns the cue of a question asking what a thing would have
// done, "Would <thing> have <verb>?": a sentence saying what the thing
// would (not) have done ("the treaty, even if signed, would not have
// ended the war") answers it, in whatever verb, and is read as holding
// the question's verb. It reports false for any other question.
func wouldCue(q *retrieve.Query) (cue, bool) {
	thing, verb, ok := wouldShape(q.Words, func(string) bool { return true })
	if !ok {
		return cue{}, false
	}
	for i, p := range q.Parts {
		if slices.Contains(p.Stems, verb) {
			return cue{stem: verb, part: i, persons: thing, kind: cueWould}, true
		}
	}
	return cue{}, false
}

// wouldShape reads words shaped "Would <thing> have <verb> ...?" (or
// "Could"): it returns the thing's stems that keep holds, and the verb's
// one stem. It reports false for words of another shape, a verb of more
// than one stem, or a thing with no stem kept.
func wouldShape(ws []string, keep func(stem string) bool) (thing []string, verb string, ok bool) {
	if len(ws) < 4 || !modals[ws[0]] {
		return nil, "", false
	}
	have := slices.Index(ws, "have")
	if have < 2 || have+1 >= len(ws) {
		return nil, "", false
	}
	for _, w := range ws[1:have] {
		for _, st := range terms.Stems(w) {
			if keep(st) {
				thing = append(thing, st)
			}
		}
	}
	vs := terms.Stems(ws[have+1])
	if len(thing) == 0 || len(vs) != 1 {
		return nil, "", false
	}
	return thing, vs[0], true
}

// haveAfter returns the index of the "have" that follows the modal at
// words[i], past a "not" or "never" between them ("would never have"),
// or -1 when no "have" follows.
func haveAfter(words []string, i int) int {
	j := i + 1
	if j < len(words) && (words[j] == "not" || words[j] == "never") {
		j++
	}
	if j >= len(words) || words[j] != "have" {
		return -1
	}
	return j
}

// wouldHave reports whether s says what a thing of the cue would (not)
// have done: "would" or "could", perhaps "not" or "never", then "have",
// with a word of the thing among the few words before the modal.
func (c cue) wouldHave(s sentence, words []string) bool {
	for i, w := range words {
		if !modals[w] {
			continue
		}
		if haveAfter(words, i) < 0 {
			continue
		}
		for _, v := range words[max(0, i-wouldReach):i] {
			if slices.ContainsFunc(terms.Stems(strings.TrimRight(v, ",;:")), func(st string) bool { return slices.Contains(c.persons, st) }) {
				return true
			}
		}
	}
	return false
}

// wouldReach is how many words before "would" the thing said to have
// done something is looked for: "the charter, even if signed, would".
const wouldReach = 5

// writtenNames returns the stems of the words the passages of hits write
// capitalized inside a sentence and never in lower case: names. A word
// opening a sentence is capitalized whatever it is, so it counts for
// neither.
func writtenNames(hits []retrieve.Hit) map[string]bool {
	cs := make([]casing, len(hits))
	for i, h := range hits {
		cs[i] = casingOf(h.Passage)
	}
	out := map[string]bool{}
	for _, c := range cs {
		for st := range c.upper {
			if !slices.ContainsFunc(cs, func(o casing) bool { return o.lower[st] }) {
				out[st] = true
			}
		}
	}
	return out
}

// whyWords open a part asking for a reason, as written and as texted.
var whyWords = map[string]bool{"why": true, "why's": true, "y": true, "wy": true}

// reasonNouns ask for a reason as "why" does ("What reason is given
// for ...?", "the reasons behind ...").
var reasonNouns = map[string]bool{"reason": true, "reasons": true, "motive": true, "motives": true, "rationale": true}

// reasonNounStems are the stems of reasonNouns.
var reasonNounStems = stemSet("reason", "reasons", "motive", "motives", "rationale")

// reasonCue returns the cue of a question part asking why something was
// done ("Why were incentives brought in?"): a sentence holding a word of
// the part that gives a reason ("thought necessary to recruit")
// answers it better than one that only names the thing, and
// is read as holding reasonStem. A question asked of the text itself
// ("Why did he write this?") is answered by the text's voice, not by a
// reason given inside it. It reports false when no part asks why.
func reasonCue(q *retrieve.Query) (cue, bool) {
	if q.Intent.Has(retrieve.Sources) || q.Intent.Has(retrieve.Stance) || q.Intent.Has(retrieve.Purpose) {
		return cue{}, false
	}
	for i, p := range q.Parts {
		ws := p.Words
		if len(q.Parts) == 1 {
			ws = q.Words
		}
		if len(ws) == 0 || len(p.Stems) == 0 {
			continue
		}
		if slices.ContainsFunc(ws, func(w string) bool { return whyWords[w] && (w == ws[0] || w == "why") }) {
			return cue{stem: reasonStem, part: i, persons: slices.Clone(p.Stems), kind: cueReason}, true
		}
		// "What reason is given for ...?" asks why as plainly as "why"
		// does; the noun names no subject of its own.
		if slices.ContainsFunc(ws, func(w string) bool { return reasonNouns[w] }) {
			persons := slices.DeleteFunc(slices.Clone(p.Stems), func(st string) bool { return reasonNounStems[st] })
			if len(persons) > 0 {
				return cue{stem: reasonStem, part: i, persons: persons, kind: cueReason}, true
			}
		}
	}
	return cue{}, false
}

// needWords give a reason when "to" or "for" follows within needReach
// words ("thought necessary, first, to recruit"), not alone ("any
// necessary connection"); purposePhrases do so as a run of words. A bare
// "because" or "reason" is left out: "reason" often names the faculty,
// and a "because" gives the reason for anything the sentence says,
// which on the texts tried was more often something other than what was
// asked. So is "so that", which as often tells a result ("The world was
// shocked by these murders, so that the press found it necessary to
// invent ...").
var (
	needWords      = map[string]bool{"necessary": true, "needed": true, "essential": true, "required": true}
	purposePhrases = [][]string{{"so", "as", "to"}}
)

// needReach is how many words after a word of need "to" or "for" is
// looked for; reasonReach how far from a word of the part a reason is.
const (
	needReach   = 3
	reasonReach = 8
)

// givesReason reports whether sentence s gives a reason for what the
// cue's part names: a word or phrase giving a reason stands within
// reasonReach words of one of the part's own words ("incentives had been
// thought necessary, first, to recruit"); one far from them gives the
// reason for something else ("the matter the committee, meeting after
// the long strike, found it necessary to settle", asked why pay rose). The part's own word ("why do we need ...?" beside "needed")
// is counted as such, and gives no reason besides. The author's own
// question ("were pay differentials essential to stimulate ...?") gives
// none.
func (c cue) givesReason(s sentence, words []string) bool {
	if s.question || !slices.ContainsFunc(c.persons, s.holds) {
		return false
	}
	plain := make([]string, len(words))
	own := make([]bool, len(words))
	for i, w := range words {
		plain[i] = strings.TrimRight(w, ",;:.!?")
		own[i] = slices.ContainsFunc(terms.Stems(plain[i]), func(st string) bool { return slices.Contains(c.persons, st) })
	}
	near := func(i int) bool {
		return slices.Contains(own[max(0, i-reasonReach):min(len(own), i+reasonReach+1)], true)
	}
	for i := range plain {
		if !own[i] && reasonAt(plain, i) && near(i) {
			return true
		}
	}
	return false
}

// reasonAt reports whether a word or phrase giving a reason starts at
// words[i].
func reasonAt(words []string, i int) bool {
	if needWords[words[i]] && slices.ContainsFunc(words[i+1:min(len(words), i+1+needReach)], func(v string) bool { return v == "to" || v == "for" }) {
		return true
	}
	return slices.ContainsFunc(purposePhrases, func(ph []string) bool {
		return i+len(ph) <= len(words) && slices.Equal(words[i:i+len(ph)], ph)
	})
}

// withoutUnheld returns q without reasonStem in a part when no sentence
// gives a reason: the part then asks what it asks in its own words, and
// a stem nothing holds would only raise the share of its words a
// sentence needs to answer it (see mirrors).
func withoutUnheld(q *retrieve.Query, sents []sentence) *retrieve.Query {
	if slices.ContainsFunc(sents, func(s sentence) bool { return s.stems[reasonStem] }) {
		return q
	}
	i := slices.IndexFunc(q.Parts, func(p retrieve.Part) bool { return slices.Contains(p.Stems, reasonStem) })
	if i < 0 {
		return q
	}
	cp := *q
	cp.Parts = slices.Clone(q.Parts)
	cp.Parts[i].Stems = slices.DeleteFunc(slices.Clone(q.Parts[i].Stems), func(st string) bool { return st == reasonStem })
	return &cp
}
