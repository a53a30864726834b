package retrieve

// An asker may put a plain claim in a figure of speech the text does not
// use ("Did the cult veil the quarrels?", "Could it have sped up the
// slide to capitalism?", "a step toward schism"), where the text says
// the same in plain words: disguised, hastened, evolution, split. The
// question looked like one about something the text never names and was
// declined. readRegisterMeant reads such a word as the plain word the
// text says it with, as it reads a specialist's, where that is the only
// way the question is answered, and the answer says so.

// metaphorWords maps words used as figures of speech for a plain claim
// to the plain words of general English that say the same, closest
// first, as registerWords does for the scholarly register: the text's
// own wording chooses among them. A word whose literal sense is as
// common ("slide" of a playground, "speed" of a car) is read only
// beside the words that mark the figure (see registerSense). General
// English, the same for every text.
var metaphorWords = map[string]registerSense{
	"veil":         plainly("disguise", "conceal", "hide", "obscure"),
	"veils":        plainly("disguises", "conceals", "hides", "obscures"),
	"veiled":       plainly("disguised", "concealed", "hidden", "obscured"),
	"cloaked":      plainly("disguised", "concealed", "hidden"),
	"obscured":     plainly("obfuscated", "concealed", "hidden", "disguised"),
	"whitewash":    plainly("conceal", "excuse", "justify"),
	"whitewashed":  plainly("concealed", "excused", "justified"),
	"smokescreen":  plainly("disguise", "pretext", "cover"),
	"facade":       plainly("pretence", "pretense", "disguise", "appearance"),
	"sped":         {plain: []string{"hastened", "accelerated", "quickened"}, next: []string{"up"}},
	"speed":        {plain: []string{"hasten", "accelerate", "quicken"}, next: []string{"up"}},
	"slide":        {plain: []string{"evolution", "decline", "drift", "return"}, next: []string{"to", "into", "towards", "toward", "back"}},
	"slid":         {plain: []string{"evolved", "declined", "drifted", "returned"}, next: []string{"to", "into", "towards", "toward", "back"}},
	"schism":       plainly("split", "division", "disunity", "separation"),
	"schisms":      plainly("splits", "divisions", "disunity", "separation"),
	"rift":         plainly("split", "division", "disagreement"),
	"comforts":     plainly("privileges", "benefits", "luxuries"),
	"worldly":      plainly("material", "materialist"),
	"fuelled":      plainly("caused", "stimulated", "increased"),
	"fueled":       plainly("caused", "stimulated", "increased"),
	"sparked":      plainly("caused", "provoked", "started"),
	"eroded":       plainly("weakened", "undermined"),
	"shackles":     plainly("restrictions", "constraints", "oppression"),
	"straitjacket": plainly("restriction", "constraint"),
	"blueprint":    plainly("plan", "model", "design"),
	"cornerstone":  plainly("basis", "foundation"),
	"bedrock":      plainly("basis", "foundation"),
	"watershed":    plainly("turning", "decisive"),
	// A contest's figures for being blocked or beaten by others, which a
	// text may say as "stymied" or "prevented".
	"thwart":        plainly("stymie", "block", "prevent", "frustrate"),
	"thwarted":      plainly("stymied", "blocked", "prevented", "frustrated"),
	"thwarting":     plainly("stymying", "blocking", "preventing", "frustrating"),
	"outmaneuvered": plainly("stymied", "defeated", "outvoted", "outwitted"),
	"outmanoeuvred": plainly("stymied", "defeated", "outvoted", "outwitted"),
	"outmaneuvred":  plainly("stymied", "defeated", "outvoted", "outwitted"),
	"outfoxed":      plainly("stymied", "defeated", "outwitted"),
}
