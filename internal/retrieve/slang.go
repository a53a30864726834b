package retrieve

// A young reader asks in the words of games and sports ("Did he get
// benched?", "Was the plan nerfed?", "what loot did they get?", "does he
// think that strat was the fix?"), which a written text says in plain
// words: removed, weakened, privileges, strategy. The question looked
// like one about something the text never names and was declined.
// readRegisterMeant reads such a word as the plain word the text says it
// with, as it reads a specialist's, where that is the only way the
// question is answered, and the answer says so.

// slangWords maps words of games and sports, used of anything else, to
// the plain words of general English that say the same, closest first,
// as registerWords does for the scholarly register: the text's own
// wording chooses among them. A word with an everyday sense as common
// ("boss" of a firm, "track" of a road, "mode" of travel) is read only
// beside the words that mark the gamer's (see registerSense). General
// English, the same for every text: a question about a game itself ("Who
// was benched in the final?") still finds nothing in a text that is not
// about one.
var slangWords = map[string]registerSense{
	"benched": plainly("removed", "sidelined", "dismissed", "demoted"),
	"subbed":  plainly("replaced", "substituted", "reinstated", "restored"),
	"nerf":    plainly("weaken", "limit", "reduce"),
	"nerfed":  plainly("weakened", "limited", "reduced"),
	"buff":    {plain: []string{"strengthen", "boost", "improve"}, prev: []string{"to", "would", "will", "could", "did"}},
	"buffed":  plainly("strengthened", "boosted", "improved", "reinforced"),
	"loot":    plainly("privileges", "rewards", "benefits", "spoils"),
	"strat":   plainly("strategy", "plan", "tactic"),
	"strats":  plainly("strategies", "plans", "tactics"),
	"hype":    plainly("adulation", "praise", "publicity", "glorification"),
	"meta":    plainly("trend", "approach", "fashion"),
	"mvp":     plainly("leader", "principal", "foremost", "leading"),
	"clutch":  {plain: []string{"decisive", "crucial"}, prev: []string{"so", "really", "pretty", "was", "is", "a"}, next: []string{"move", "play", "moment", "decision"}},
	"diss":    plainly("criticism", "attack", "criticize"),
	"disses":  plainly("criticizes", "attacks", "criticism"),
	"dissed":  plainly("criticized", "attacked", "condemned"),
	"track":   {plain: []string{"article", "piece", "work"}, prev: []string{"diss"}},
	"boss":    {plain: []string{"all-powerful", "ruler", "dictator"}, prev: []string{"final"}},
	"god":     {plain: []string{"all-powerful", "omnipotent", "unlimited"}, next: []string{"mode"}},
	"mode":    {plain: []string{"power", "powers"}, prev: []string{"god"}},
	"op":      {plain: []string{"powerful", "overpowered", "strong"}, prev: []string{"so", "too", "was", "is", "really", "totally"}},
	"goat":    {plain: []string{"greatest", "best"}, prev: []string{"the"}, next: []string{"of"}},
	// Everyday talk's "fix" for a remedy: as a noun after a determiner,
	// not the verb ("fix a car"), which WordNet reads as "repair".
	"fix":        {plain: []string{"solution", "remedy", "answer"}, prev: []string{"the", "a", "actual", "real", "only", "best"}},
	"relegate":   plainly("demote", "remove", "replace"),
	"relegating": plainly("removing", "demoting", "replacing"),
}

// slangAlone reports whether w is a word of slangWords read as its plain
// word wherever it stands, not only beside the words marking the
// gamer's sense.
func slangAlone(w string) bool {
	e, ok := slangWords[w]
	return ok && len(e.prev) == 0 && len(e.next) == 0
}
