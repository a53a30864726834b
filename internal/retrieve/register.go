package retrieve

import (
	"context"
	"slices"
	"strings"
)

// A specialist asks in his field's words ("Is the town/country
// dichotomy sound?", "What was the driver of urban growth?", "Which
// lacuna in the records does he flag?"), which a text written for a
// wider reader never uses: it says "distinction", "cause", "gap". The
// question looked like one about something the text never names and was
// declined. readRegisterMeant reads such a word as the plain word the
// text says it with, where that is the only way the question is
// answered, and the answer says so, as readForeignMeant does.

// registerWords maps words of the academic and scholarly register to the
// plain words of general English that say the same, closest first: the
// text's own wording chooses among them (see registerMeant). General
// English, the same for every text. WordNet, which relates a word to
// others of its commonest sense, relates few of these to a plain word
// ("lacuna" to "blank", "adduce" to "abduct"), so they are listed here.
// A word with an everyday sense its plain words do not say is read only
// beside the words that mark its scholarly one (see registerSense): "the
// driver of" a change is its cause, but "the driver" of a car is none.
// One whose everyday sense no neighbour tells apart ("a thesis" a
// student writes, "a verdict" a jury gives, "a formation" of troops, "a
// genealogy" of a family) is not here.
var registerWords = map[string]registerSense{
	"dichotomy":      plainly("distinction", "division", "split", "contrast"),
	"dichotomies":    plainly("distinctions", "divisions", "splits", "contrasts"),
	"lacuna":         plainly("gap", "missing", "unavailable", "lack"),
	"lacunae":        plainly("gaps", "missing", "unavailable", "lack"),
	"lacunas":        plainly("gaps", "missing", "unavailable", "lack"),
	"historiography": plainly("histories", "historians", "history"),
	"rationale":      plainly("justification", "reason", "argument"),
	"rationales":     plainly("justifications", "reasons", "arguments"),
	"underpin":       plainly("support", "base", "basis"),
	"underpins":      plainly("supports", "bases", "basis"),
	"adduce":         plainly("cite", "give", "offer"),
	"adduces":        plainly("cites", "gives", "offers"),
	"envisage":       plainly("plan", "intend", "foresee"),
	"envisaged":      plainly("planned", "intended", "foreseen"),
	"envision":       plainly("plan", "intend", "foresee"),
	"disavowal":      plainly("condemnation", "rejection", "denial"),
	"disavowed":      plainly("condemned", "rejected", "denied"),
	"critique":       plainly("criticism", "criticize", "critic"),
	"emergence":      plainly("development", "rise", "growth", "appearance"),
	"implicated":     plainly("involved", "responsible", "blamed"),
	"abolition":      plainly("ending", "end", "abolishing"),
	"scheme":         plainly("plan", "system"),
	"weight":         {plain: []string{"role", "importance"}, prev: []string{"causal", "explanatory"}},
	"driver":         {plain: []string{"cause", "reason", "role"}, next: []string{"of", "behind"}},
	"drivers":        {plain: []string{"causes", "reasons", "role"}, next: []string{"of", "behind"}},
	"factor":         {plain: []string{"cause", "role", "reason"}, next: []string{"in", "behind"}},
	"factors":        {plain: []string{"causes", "role", "reasons"}, next: []string{"in", "behind"}},
	// The words of method a scientist weighs an argument in: a text for
	// a wider reader argues, suggests and causes; it does not state a
	// hypothesis or a causal chain, nor weigh a downside.
	"hypothesis":   plainly("argument", "claim", "suggest", "view"),
	"hypotheses":   plainly("arguments", "claims", "suggest", "views"),
	"hypothesize":  plainly("suggest", "argue", "suppose"),
	"hypothesizes": plainly("suggests", "argues", "supposes"),
	"hypothesized": plainly("suggested", "argued", "supposed"),
	"premise":      plainly("assumption", "basis", "argument"),
	"premises":     plainly("assumptions", "basis", "arguments"),
	"causal":       plainly("cause", "causes", "reason"),
	"causation":    plainly("cause", "causes", "reason"),
	"chain":        {plain: []string{"process", "sequence", "steps"}, prev: []string{"causal"}},
	"downside":     plainly("disadvantage", "drawback", "cost", "risk", "danger"),
	"downsides":    plainly("disadvantages", "drawbacks", "costs", "risks", "dangers"),
	"upside":       plainly("advantage", "benefit", "gain"),
	"upsides":      plainly("advantages", "benefits", "gains"),
	"literature": {plain: []string{"research", "studies", "scholarship"}, next: []string{"on", "about", "regarding", "concerning", "underpins", "underpinning", "supports"},
		prev: []string{"secondary", "scholarly", "academic", "critical", "existing", "recent", "relevant", "specialist", "in the"}},
}

// registerSense is an entry of registerWords: the plain words, and the
// words one of which must stand just before (prev, one or two words) or
// just after (next) the word for its scholarly sense, when it has an
// everyday one too; none when it has not.
type registerSense struct {
	plain, prev, next []string
}

// plainly makes an entry for a word of the scholarly register only.
func plainly(plain ...string) registerSense { return registerSense{plain: plain} }

// scholarly reports whether the word at toks[k] stands where e reads it
// in its scholarly sense (see registerSense).
func (e registerSense) scholarly(toks []token, k int) bool {
	if len(e.prev) == 0 && len(e.next) == 0 {
		return true
	}
	if k+1 < len(toks) && slices.Contains(e.next, toks[k+1].word) {
		return true
	}
	return slices.ContainsFunc(e.prev, func(p string) bool {
		ws := strings.Fields(p)
		if k < len(ws) {
			return false
		}
		for i, w := range ws {
			if toks[k-len(ws)+i].word != w {
				return false
			}
		}
		return true
	})
}

// readRegisterMeant returns s, or, when s is declined under the
// retriever's weights, the search for its question with each word of the
// scholarly register the text lacks read as the plain word the text uses
// (see registerReadings), if that one is answered.
func (r *Retriever) readRegisterMeant(ctx context.Context, s *Search) (*Search, error) {
	text, read := r.registerReadings(s.Q)
	if len(read) == 0 {
		return s, nil
	}
	return r.rereadDeclined(ctx, s, text, read, nil)
}

// registerReadings returns q's text with each word the text lacks (see
// Query.Missing) that a table of another register holds (see
// registerSenseOf) read as the plain word the text uses, and the
// readings made; or q's text and none.
func (r *Retriever) registerReadings(q *Query) (string, []Respelling) {
	return readMissing(q, func(toks []token, k int) string {
		e, ok := registerSenseOf(toks[k].word)
		if !ok || !e.scholarly(toks, k) {
			return ""
		}
		return r.registerMeant(e)
	})
}

// hasPlainReading reports whether a table of words said in another
// register (scholarly, modern, metaphor, games, informal) gives w plain
// words, whatever its case: such a word typed in capitals ("MVP") is the
// asker's talk, which registerReadings reads, not a name the text lacks.
func hasPlainReading(w string) bool {
	w = strings.ToLower(w)
	if _, ok := registerSenseOf(w); ok {
		return true
	}
	_, ok := plainWordTable[w]
	return ok
}

// registerSenseOf returns the entry for w of the first table of words
// said in another register that holds it: scholarly, modern, metaphor,
// then games.
func registerSenseOf(w string) (registerSense, bool) {
	for _, table := range []map[string]registerSense{registerWords, modernWords, metaphorWords, slangWords} {
		if e, ok := table[w]; ok {
			return e, true
		}
	}
	return registerSense{}, false
}

// registerMeant returns the first of e's plain words whose stem or a
// form of it the text holds, each word of a plain phrase's ("formerly
// secret"), or "".
func (r *Retriever) registerMeant(e registerSense) string {
	return r.firstHeld(e.plain...)
}
