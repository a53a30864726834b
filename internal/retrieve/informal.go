package retrieve

import (
	"slices"
	"sync"

	"studyguide/internal/terms"
)

// informalWords maps everyday, informal English words to the plain words
// a written text says the same with: "perks" for "privileges", "bigwigs"
// for "leaders", "beef" for a complaint. WordNet relates few of them to
// their plain words (it knows "perk" as "perquisite", "bigwig" as
// "kingpin"), and a text rarely uses them, so that a question asked in
// them looked like a question about something else and was declined
// though its best passage answered it. The abstention test weighs an
// informal word whose plain words the corpus holds as it weighs a word
// with stand-ins, and a passage holding one of them as holding the word
// near (see evidence, heldNear). They are not searched: as stand-ins
// they moved passages naming "leaders" ahead of the one the question's
// other words found for "party bosses".
//
// The list is general English, not any one text's: a word is here for
// how people talk, and each maps only to words of its commonest
// informal sense.
var informalWords = map[string][]string{
	"ppl":         {"people"},
	"ppls":        {"people"},
	"dig":         {"research", "investigate"},
	"digging":     {"research", "investigation"},
	"flag":        {"note", "mention", "identify", "point"},
	"flags":       {"notes", "mentions", "identifies", "points"},
	"flagged":     {"noted", "mentioned", "identified", "pointed"},
	"hash":        {"settle", "resolve", "discuss"},
	"peeps":       {"people"},
	"perk":        {"privilege", "benefit", "advantage"},
	"perks":       {"privileges", "benefits", "advantages"},
	"bigwig":      {"leader", "official", "elite"},
	"bigwigs":     {"leaders", "officials", "elite"},
	"boss":        {"leader", "chief", "head"},
	"bosses":      {"leaders", "chiefs", "heads"},
	"honcho":      {"leader", "chief"},
	"honchos":     {"leaders", "chiefs"},
	"higherup":    {"leader", "official"},
	"beef":        {"complaint", "objection", "criticism", "critic"},
	"gripe":       {"complaint", "objection", "criticism", "critic"},
	"gripes":      {"complaints", "objections", "criticism", "critic"},
	"trash":       {"condemn", "criticize", "destroy", "attack"},
	"trashed":     {"condemned", "criticized", "destroyed", "attacked"},
	"trashing":    {"condemning", "criticizing", "destroying", "attacking"},
	"slam":        {"condemn", "criticize", "attack"},
	"slammed":     {"condemned", "criticized", "attacked"},
	"cop":         {"police"},
	"cops":        {"police"},
	"cash":        {"money", "pay", "wage"},
	"paycheck":    {"pay", "wage", "salary"},
	"paychecks":   {"pay", "wages", "salaries"},
	"fake":        {"false", "lie", "falsify"},
	"bogus":       {"false", "lie"},
	"hung":        {"obsessed", "concerned", "preoccupied"},
	"stressing":   {"worrying", "worried", "anxious", "concerned"},
	"stop":        {"prevent", "halt", "block"},
	"stopped":     {"prevented", "halted", "blocked"},
	"stressed":    {"worried", "anxious", "concerned"},
	"freaking":    {"worrying", "panicking", "alarmed"},
	"twig":        {"realize", "understand"},
	"rot":         {"corrupt", "degenerate", "decay"},
	"rotted":      {"corrupted", "degenerated", "decayed"},
	"rotten":      {"corrupt", "degenerate"},
	"flop":        {"fail", "failure"},
	"flopped":     {"failed", "failure"},
	"legit":       {"legitimate", "genuine"},
	"gap":         {"difference", "inequality"},
	"gaps":        {"differences", "inequalities"},
	"worship":     {"adulation", "cult", "praise"},
	"worshipped":  {"adulation", "cult", "praised"},
	"worshiping":  {"adulation", "cult", "praising"},
	"worshipping": {"adulation", "cult", "praising"},
	"shoot":       {"kill", "murder", "execute"},
	"shooting":    {"killing", "murder", "execution"},
	"whacked":     {"killed", "murdered"},
	"fan":         {"supporter", "admirer", "defender"},
	"fans":        {"supporters", "admirers", "defenders"},
	"villain":     {"culprit", "blame", "guilty"},
	"villains":    {"culprits", "blame", "guilty"},
	"outvote":     {"defeat", "overrule"},
	"outvoted":    {"defeated", "overruled"},
	"fib":         {"lie", "falsehood"},
	"fibs":        {"lies", "falsehoods"},
	"fibbed":      {"lied"},
	"outro":       {"conclusion", "ending"},
}

var informalOnce sync.Once

// informalStems holds informalWords by stem, the plain words stemmed.
var informalStems map[string][]string

// plainWords returns the stems of the plain words for the informal word
// whose stem is s (see informalWords), or nil.
func plainWords(s string) []string {
	informalOnce.Do(func() {
		informalStems = map[string][]string{}
		for w, plain := range informalWords {
			k := terms.Stem(w)
			for _, p := range plain {
				t := terms.Stem(p)
				if !slices.Contains(informalStems[k], t) {
					informalStems[k] = append(informalStems[k], t)
				}
			}
		}
	})
	return informalStems[s]
}

// PlainWords returns the stems of the plain words a written text says
// the informal word whose stem is s with ("privilege" for "perk"), or
// nil: an answer reads a sentence saying them as saying the word.
func PlainWords(s string) []string { return plainWords(s) }

// plainIn reports whether has holds the stem of a plain word for the
// informal word whose stem is s, or for a word of general English whose
// plain words WordNet does not relate to it (see wordGroups).
func (r *Retriever) plainIn(s string, has func(string) bool) bool {
	return slices.ContainsFunc(plainWords(s), has) || slices.ContainsFunc(groupWords(s), has)
}
