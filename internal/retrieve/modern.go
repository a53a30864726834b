package retrieve

// A reader of today asks of an older text in the words of today's public
// life ("Was the cult basically PR spin?", "Did he scapegoat his
// rival?", "Is the new material from declassified files?"), which a text
// written before them, or for another reader, says in plain words:
// propaganda, blame, released papers. The question looked like one
// about something the text never names and was declined.
// readRegisterMeant reads such a word as the plain word the text says it
// with, as it reads a specialist's, where that is the only way the
// question is answered, and the answer says so.

// modernWords maps words of today's politics and media to the plain
// words of general English that say the same, closest first, as
// registerWords does for the scholarly register: the text's own wording
// chooses among them. A word with an everyday sense ("spin" of a wheel,
// a "file" of a clerk) is read only beside the words that mark the
// other one (see registerSense). General English, the same for every
// text.
var modernWords = map[string]registerSense{
	"scapegoat":    plainly("blame"),
	"scapegoats":   plainly("blames", "blame"),
	"scapegoated":  plainly("blamed", "blame"),
	"scapegoating": plainly("blaming", "blame"),
	"spin":         {plain: []string{"propaganda", "publicity"}, prev: []string{"pr", "media", "political", "government", "official"}},
	"pr":           {plain: []string{"publicity", "propaganda"}, next: []string{"spin", "campaign", "stunt", "machine", "exercise", "department"}},
	"lobbyist":     plainly("interests", "influence"),
	"lobbyists":    plainly("interests", "influence"),
	"declassified": plainly("formerly secret", "released", "published"),
	"mayor":        plainly("official", "leader"),
	"mayors":       plainly("officials", "leaders"),
	"corrupt":      plainly("corruption", "dishonest"),
}
