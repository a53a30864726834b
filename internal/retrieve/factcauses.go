package retrieve

import (
	"slices"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// causeRe finds a cause of death: a way of dying or of being killed
// ("murdered", "shot", "a stroke", "illness"), or a sentence saying what
// someone died of ("died of", "died from").
var causeRe = lazyregexp.New(`(?i)\b(?:murder(?:s|ed)?|kill(?:s|ed|ing)?|poison(?:s|ed|ing)?|execut(?:ed|ion|ions)|shot|shooting|hanged|hanging|lynch(?:ed|ing)?|stroke|heart (?:attack|failure)|illness|disease|cancer|fever|tuberculosis|consumption|pneumonia|suicide|assassin(?:s|ated|ation)?|drown(?:ed|ing)?|beheaded|guillotined|strangled|stabbed|starv(?:ed|ation)|wound(?:s|ed)|accident|slain|old age|natural causes|crucified|(?:fell|falling|fallen|killed) in (?:the )?(?:battle|action|combat|war|fight)|burned|burnt|(?:put|stoned|beaten|burned|burnt|sentenced|condemned) to death|(?:die[ds]?|dying|death) (?:of|from)\b)`)

// causeOfDeathRe finds a question asking what someone died of: "What
// was the cause of X's death?", "what did X die from", "How did X die?",
// "what killed him?".
var causeOfDeathRe = lazyregexp.New(`(?i)\bcause of (?:\S+ ){0,2}death\b|\bdie[ds]? (?:of|from)\b|\bwhat killed\b|\bhow did (?:\S+ ){1,4}die\b`)

// asksCause reports whether q asks what someone died of: a sentence
// naming him and a death, with no cause beside it, does not answer it
// ("the king's papers were burnt immediately after his death").
func asksCause(q *Query) bool {
	return causeOfDeathRe.MatchString(q.Text)
}

// causes reports whether a sentence gives a cause of death (see
// causeRe) of whom q asks it of: a sentence naming him, or the sentence
// after it when that goes on of him by a pronoun ("Socrates was put to
// death" answers "How did Socrates die?"; "Socrates was put to death"
// does not answer "What did Plato die of?", nor does a sentence naming
// Plato's death without its cause). The sentences are those of passage p and,
// for a question naming someone, of every passage naming him: a text
// may tell his death where the question's other words are scarce ("the
// two brothers were killed"). A question naming no one asks it of its
// subject, in p.
func (r *Retriever) causes(q *Query, p *essay.Passage) bool {
	names := slices.DeleteFunc(slices.Clone(q.Stems), func(s string) bool { return !nameStem(s) && !r.named(s) })
	of := names
	if len(of) == 0 {
		of = askedOf(q)
	}
	for _, ps := range append([]*essay.Passage{p}, r.passagesNaming(names)...) {
		if r.causeIn(q, ps, of) {
			return true
		}
	}
	return false
}

// causeIn reports whether a sentence of p naming one of of (or the
// sentence after it, opening with a pronoun) gives a cause of death.
func (r *Retriever) causeIn(q *Query, p *essay.Passage, of []string) bool {
	naming := false
	for _, sn := range p.Sentences {
		held := words(terms.Stems(sn.Text)...)
		names := slices.ContainsFunc(of, func(s string) bool { return r.heldNear(q, s, held) })
		if (names || naming && opensWithPronoun(sn.Text)) && causeRe.MatchString(sn.Text) {
			return true
		}
		naming = names
	}
	return false
}

// opensWithPronoun reports whether a sentence opens with a pronoun that
// points back to someone ("He was shot ...").
func opensWithPronoun(text string) bool {
	ws := terms.Words(text)
	return len(ws) > 0 && backPronouns[ws[0]]
}
