package retrieve

import (
	"slices"
	"sync"

	"studyguide/internal/terms"
)

// plainWordTable maps words a question may put a thing in that a written
// text rarely uses, and WordNet does not relate to the words it uses, to
// the plain words of their commonest sense: a question asked in them
// looked like a question about something else and was declined though
// its best passage answered it. An entry is of one of two kinds, which
// the text reading its plain words treats apart:
//
//   - an informal word (see informal): "perks" for "privileges",
//     "bigwigs" for "leaders", "beef" for a complaint. WordNet knows
//     few of them, or in another sense ("perk" as "perquisite",
//     "bigwig" as "kingpin"). Their plain words are not searched: as
//     stand-ins they moved passages naming "leaders" ahead of the one
//     the question's other words found for "party bosses". An answer
//     reads a sentence saying them as saying the word (see PlainWords).
//   - a word of general English (see general) whose plain words WordNet
//     files apart, most often as another part of speech ("enemy" and
//     "hostile") or another sense ("the West" and the capitalist
//     countries). In a text lacking the word they are searched as
//     stand-ins for it (see groupKin). An answer does not read them:
//     fed to PlainWords, they moved its quotes.
//
// Both weigh as the word in the abstention test, and a passage holding
// one as holding the word near (see plainIn, evidence, heldNear).
//
// The table is general English, not any one text's: a word is here for
// how people talk, and each maps only to words of its commonest sense,
// as any text might say it. "industrial" is no word for "the West"
// ("industrial base"), nor "skilled" for "clever" ("skilled" workers are
// not clever ones).
var plainWordTable = map[string]plainSense{
	// Informal words: read by an answer, not searched.
	"ppl":         informal("people"),
	"ppls":        informal("people"),
	"dig":         informal("research", "investigate"),
	"digging":     informal("research", "investigation"),
	"flag":        informal("note", "mention", "identify", "point"),
	"flags":       informal("notes", "mentions", "identifies", "points"),
	"flagged":     informal("noted", "mentioned", "identified", "pointed"),
	"hash":        informal("settle", "resolve", "discuss"),
	"peeps":       informal("people"),
	"perk":        informal("privilege", "benefit", "advantage"),
	"perks":       informal("privileges", "benefits", "advantages"),
	"bigwig":      informal("leader", "official", "elite"),
	"bigwigs":     informal("leaders", "officials", "elite"),
	"boss":        informal("leader", "chief", "head"),
	"bosses":      informal("leaders", "chiefs", "heads"),
	"honcho":      informal("leader", "chief"),
	"honchos":     informal("leaders", "chiefs"),
	"higherup":    informal("leader", "official"),
	"beef":        informal("complaint", "objection", "criticism", "critic"),
	"gripe":       informal("complaint", "objection", "criticism", "critic"),
	"gripes":      informal("complaints", "objections", "criticism", "critic"),
	"trash":       informal("condemn", "criticize", "destroy", "attack"),
	"trashed":     informal("condemned", "criticized", "destroyed", "attacked"),
	"trashing":    informal("condemning", "criticizing", "destroying", "attacking"),
	"slam":        informal("condemn", "criticize", "attack"),
	"slammed":     informal("condemned", "criticized", "attacked"),
	"cop":         informal("police"),
	"cops":        informal("police"),
	"cash":        informal("money", "pay", "wage"),
	"paycheck":    informal("pay", "wage", "salary"),
	"paychecks":   informal("pay", "wages", "salaries"),
	"fake":        informal("false", "lie", "falsify"),
	"bogus":       informal("false", "lie"),
	"hung":        informal("obsessed", "concerned", "preoccupied"),
	"stressing":   informal("worrying", "worried", "anxious", "concerned"),
	"stop":        informal("prevent", "halt", "block"),
	"stopped":     informal("prevented", "halted", "blocked"),
	"stressed":    informal("worried", "anxious", "concerned"),
	"freaking":    informal("worrying", "panicking", "alarmed"),
	"twig":        informal("realize", "understand"),
	"rot":         informal("corrupt", "degenerate", "decay"),
	"rotted":      informal("corrupted", "degenerated", "decayed"),
	"rotten":      informal("corrupt", "degenerate"),
	"flop":        informal("fail", "failure"),
	"flopped":     informal("failed", "failure"),
	"legit":       informal("legitimate", "genuine"),
	"gap":         informal("difference", "inequality"),
	"gaps":        informal("differences", "inequalities"),
	"worship":     informal("adulation", "cult", "praise"),
	"worshipped":  informal("adulation", "cult", "praised"),
	"worshiping":  informal("adulation", "cult", "praising"),
	"worshipping": informal("adulation", "cult", "praising"),
	"shoot":       informal("kill", "murder", "execute"),
	"shooting":    informal("killing", "murder", "execution"),
	"whacked":     informal("killed", "murdered"),
	"fan":         informal("supporter", "admirer", "defender"),
	"fans":        informal("supporters", "admirers", "defenders"),
	"villain":     informal("culprit", "blame", "guilty"),
	"villains":    informal("culprits", "blame", "guilty"),
	"outvote":     informal("defeat", "overrule"),
	"outvoted":    informal("defeated", "overruled"),
	"fib":         informal("lie", "falsehood"),
	"fibs":        informal("lies", "falsehoods"),
	"fibbed":      informal("lied"),
	"outro":       informal("conclusion", "ending"),
	// A reader's word for leaders who get the better of another, and for
	// what office brings them.
	"outmaneuvered": informal("stymied", "defeated", "outvoted", "outwitted"),
	"outmanoeuvred": informal("stymied", "defeated", "outvoted", "outwitted"),
	"goodies":       informal("privileges", "benefits", "advantages"),
	"nicer":         informal("better", "finer"),
	"fatter":        informal("higher", "larger", "bigger"),
	"hunch":         informal("suspect", "suspicion", "guess", "believe"),
	// An apartment is housing: WordNet files it apart from the words a
	// text says it with.
	"apartment":  informal("housing", "flat", "home", "dwelling"),
	"apartments": informal("housing", "flats", "homes", "dwellings"),
	"homes":      informal("housing", "houses", "dwellings"),

	// Words of general English: searched, not read by an answer.
	"enemy":     general("hostile", "hostility", "foe", "opponent"),
	"enemies":   general("hostile", "hostility", "foes", "opponents"),
	"west":      general("capitalist", "europe", "america"),
	"western":   general("capitalist", "european", "american"),
	"clever":    general("intelligent", "intellectual", "educated"),
	"smart":     general("intelligent", "intellectual", "educated"),
	"engineer":  general("technical", "technician", "skilled", "specialist", "expert"),
	"engineers": general("technical", "technicians", "skilled", "specialists", "experts"),
	"money":     general("pay", "wage", "income", "salary", "wealth"),
	"dotage":    general("old", "aged", "elderly"),
	// Whether someone was honest is answered where a text says he lied
	// or told the truth: it seldom calls anyone honest in so many words,
	// and WordNet files "honest" apart from "lie".
	"honest":    general("truth", "truthful", "lie", "lies", "liar", "falsehood"),
	"dishonest": general("lie", "lies", "liar", "falsehood", "deceit"),
	"honesty":   general("truth", "truthfulness", "lie", "lies", "falsehood"),
	// Whether an account is reliable is answered where a text calls it
	// true or false, as whether someone is honest is.
	"reliable":   general("accurate", "trustworthy", "true", "false"),
	"unreliable": general("inaccurate", "untrustworthy", "false", "mistaken"),
	// Words WordNet files under another sense or a rarer synonym than the
	// one a text uses: a tyrant is a dictator, to thwart is to stymie.
	"tyrant":      general("dictator", "dictatorial", "despot", "tyranny"),
	"tyrants":     general("dictators", "dictatorial", "despots", "tyranny"),
	"autocrat":    general("dictator", "dictatorial", "despot", "tyrant"),
	"thwart":      general("stymie", "block", "prevent", "frustrate", "foil"),
	"thwarted":    general("stymied", "blocked", "prevented", "frustrated", "foiled"),
	"label":       general("term", "name"),
	"timeframe":   general("period", "time", "years"),
	"technocrat":  general("technical", "expert", "specialist", "technician"),
	"technocrats": general("technical", "experts", "specialists", "technicians"),
	"ideologue":   general("ideology", "ideological", "doctrinaire", "dogmatic"),
	"ideologues":  general("ideology", "ideological", "doctrinaire", "dogmatic"),
	"livestock":   general("cattle", "animals", "horses", "cows"),
	"literacy":    general("illiterate", "illiteracy", "educated", "education", "read"),
}

// plainSense is an entry of plainWordTable: the plain words, and whether
// they are searched for the word rather than read by an answer.
type plainSense struct {
	words    []string
	searched bool
}

// informal makes an entry for an informal word (see plainWordTable).
func informal(plain ...string) plainSense { return plainSense{words: plain} }

// general makes an entry for a word of general English (see
// plainWordTable).
func general(plain ...string) plainSense { return plainSense{words: plain, searched: true} }

// plainStems holds plainWordTable by stem, the plain words stemmed.
var plainStems = sync.OnceValue(func() map[string]plainSense {
	out := map[string]plainSense{}
	for w, e := range plainWordTable {
		k := terms.Stem(w)
		st := out[k]
		st.searched = e.searched
		for _, p := range e.words {
			if t := terms.Stem(p); !slices.Contains(st.words, t) {
				st.words = append(st.words, t)
			}
		}
		out[k] = st
	}
	return out
})

// plainWords returns the stems of the plain words for the informal word
// whose stem is s (see plainWordTable), or nil.
func plainWords(s string) []string {
	if e := plainStems()[s]; !e.searched {
		return e.words
	}
	return nil
}

// groupWords returns the stems of the plain words for the word of
// general English whose stem is s (see plainWordTable), or nil.
func groupWords(s string) []string {
	if e := plainStems()[s]; e.searched {
		return e.words
	}
	return nil
}

// PlainWords returns the stems of the plain words a written text says
// the informal word whose stem is s with ("privilege" for "perk"), or
// nil: an answer reads a sentence saying them as saying the word.
func PlainWords(s string) []string { return plainWords(s) }

// plainIn reports whether has holds the stem of a plain word for the
// word whose stem is s, of either kind (see plainWordTable).
func (r *Retriever) plainIn(s string, has func(string) bool) bool {
	return slices.ContainsFunc(plainStems()[s].words, has)
}
