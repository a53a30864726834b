package retrieve

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"studyguide/internal/index"
	"studyguide/internal/terms"
)

// equalPay stands in for each way of asking whether people were paid the
// same.
var equalPay = []string{"equalization", "equality", "inequality", "pay"}

// idioms maps common English idioms and multiword expressions to the
// plain words a written text says the same with: "call the shots" for
// "control", "go bad" for "decay", "behind the scenes" for "secret".
// WordNet lists few of them, and relates those it does list ("call the
// shots") to nothing a text would use, so that a question asked in them
// met no passage by its meaning, only by its literal words ("call",
// "shot").
//
// The list is general English, not any one text's: an expression is here
// for how people talk, and maps only to words of its commonest figurative
// sense. A "*" stands for one to three words of any kind ("keep * in
// line": "keep the regions in line"); a question may put up to two
// determiners or intensifiers between an expression's words ("calling all the shots"), and its
// words match by stem ("calling the shots", "went bad").
var idioms = map[string][]string{
	// power and control
	"call the shots":          {"control", "decide", "power", "command"},
	"call all the shots":      {"control", "decide", "power", "command"},
	"pull the strings":        {"control", "influence", "manipulate"},
	"pull strings":            {"influence", "favour", "connection"},
	"run the show":            {"control", "lead", "command", "manage"},
	"run everything":          {"control", "power", "powerful", "dictator"},
	"ran everything":          {"control", "power", "powerful", "dictator"},
	"run things":              {"control", "rule", "govern", "power", "lead", "command"},
	"ran things":              {"control", "rule", "govern", "power", "lead", "command"},
	"do whatever * wanted":    {"power", "powerful", "control", "dictator"},
	"do whatever * wants":     {"power", "powerful", "control", "dictator"},
	"do whatever * liked":     {"power", "powerful", "control", "dictator"},
	"run in * election":       {"compete", "contest", "candidate", "election"},
	"run in * elections":      {"compete", "contest", "candidate", "elections"},
	"run in elections":        {"compete", "contest", "candidate", "elections"},
	"run against":             {"compete", "contest", "candidate"},
	"run for office":          {"compete", "contest", "candidate", "election"},
	"more than one party":     {"competing", "rival", "multiparty", "opposition"},
	"in charge":               {"control", "command", "lead", "responsible"},
	"in control":              {"control", "power", "command"},
	"in the driver's seat":    {"control", "command"},
	"rule the roost":          {"dominate", "control", "power"},
	"wear the trousers":       {"dominate", "control"},
	"have the upper hand":     {"advantage", "dominate", "control"},
	"upper hand":              {"advantage", "dominance", "control"},
	"top dog":                 {"leader", "chief", "dominant"},
	"final boss":              {"powerful", "all-powerful", "ruler", "dictator"},
	"god mode":                {"all-powerful", "omnipotent", "invincible", "unlimited"},
	"big shot":                {"leader", "official", "important"},
	"head honcho":             {"leader", "chief"},
	"top brass":               {"leaders", "officials", "commanders"},
	"powers that be":          {"authorities", "leaders", "officials", "power"},
	"higher ups":              {"leaders", "officials", "superiors"},
	"old guard":               {"veterans", "leaders", "conservative"},
	"iron fist":               {"authoritarian", "harsh", "dictatorship"},
	"iron hand":               {"authoritarian", "harsh", "dictatorship"},
	"rule with an iron fist":  {"authoritarian", "dictatorship", "harsh"},
	"keep * in line":          {"control", "discipline", "obey"},
	"keep in line":            {"control", "discipline", "obey"},
	"keep in check":           {"control", "restrain", "limit"},
	"rein in":                 {"control", "restrain", "limit"},
	"hold back":               {"restrain", "hinder", "prevent", "thwart", "stymie", "obstruct"},
	"hold * back":             {"restrain", "hinder", "prevent", "thwart", "stymie", "obstruct"},
	"in * fist":               {"control", "power", "all-powerful", "dictator", "authoritarian"},
	"in the palm of * hand":   {"control", "power", "all-powerful", "dictator"},
	"tie * hands":             {"restrict", "constrain", "prevent", "thwart", "stymie"},
	"hands are tied":          {"constrained", "powerless", "unable"},
	"have a say":              {"influence", "voice", "vote"},
	"have the final say":      {"decide", "authority", "control"},
	"the last word":           {"decision", "authority"},
	"free rein":               {"freedom", "power", "unrestricted"},
	"free hand":               {"freedom", "power", "unrestricted"},
	"carte blanche":           {"freedom", "power", "unrestricted"},
	"get * way":               {"succeed", "prevail", "achieve", "attain"},
	"have * way":              {"succeed", "prevail", "achieve", "attain"},
	"throw * weight around":   {"dominate", "bully", "power"},
	"lay down the law":        {"command", "order", "authority"},
	"rubber stamp":            {"approve", "endorse", "formality"},
	"yes men":                 {"loyal", "obedient", "subordinates"},
	"toe the line":            {"obey", "conform", "comply", "discipline"},
	"toe the party line":      {"obey", "conform", "comply", "discipline", "party"},
	"fall in line":            {"obey", "conform", "comply"},
	"step out of line":        {"disobey", "defy"},
	"under * thumb":           {"control", "dominate", "subordinate"},
	"power behind the throne": {"influence", "secret", "control", "power"},
	"pecking order":           {"hierarchy", "rank", "status"},
	"chain of command":        {"hierarchy", "authority", "command"},
	"power grab":              {"seize", "usurp", "power"},
	"seize power":             {"coup", "usurp", "power"},
	"take over":               {"seize", "control", "assume"},
	"step down":               {"resign", "retire"},
	"hand over":               {"transfer", "surrender", "give"},
	"stand up to":             {"oppose", "resist", "defy", "challenge"},
	"talk back":               {"argue", "contradict", "disagree", "oppose"},
	"push back":               {"oppose", "resist", "disagree", "object"},
	"pushed back":             {"opposed", "resisted", "disagreed", "objected"},
	"pushing back":            {"opposing", "resisting", "disagreeing", "objecting"},
	"argue with":              {"disagree", "dispute", "disagreement"},
	"argued with":             {"disagreed", "disputed", "disagreement"},
	"arguing with":            {"disagreeing", "disputing", "disagreement"},
	"speak up":                {"protest", "object", "criticize"},
	"speak out":               {"protest", "object", "criticize", "condemn"},
	"speak out against":       {"condemn", "criticize", "denounce", "oppose"},
	"to * face":               {"directly", "openly"},
	"in the open":             {"openly", "publicly"},
	"out in the open":         {"openly", "publicly"},
	"keep mum":                {"silent", "quiet", "secret"},
	"keep quiet":              {"silent", "quiet", "secret"},
	"hold * tongue":           {"silent", "quiet"},
	"go along with":           {"agree", "accept", "comply", "support"},
	"on board":                {"agree", "support", "accept"},
	"on the same page":        {"agree", "agreement"},
	"see eye to eye":          {"agree", "agreement"},
	"at odds":                 {"disagree", "conflict", "opposed"},
	"at loggerheads":          {"disagree", "conflict", "opposed"},
	"butt heads":              {"disagree", "conflict", "argue"},
	"lock horns":              {"disagree", "conflict", "argue"},
	"gang up on":              {"unite", "oppose", "combine", "attack"},
	"team up":                 {"cooperate", "unite", "ally"},
	"band together":           {"unite", "cooperate", "combine"},
	"join forces":             {"unite", "cooperate", "combine", "ally"},
	"stab in the back":        {"betray", "betrayal", "treachery"},
	"double cross":            {"betray", "betrayal"},
	"turn on":                 {"betray", "attack"},
	"sell out":                {"betray", "betrayal", "compromise"},
	"cross the line":          {"transgress", "excess", "violate"},
	"go too far":              {"excess", "extreme"},
	"bend the rules":          {"violate", "break", "exception"},
	"bend over backwards":     {"effort", "accommodate"},
	"stand in the way":        {"obstruct", "prevent", "block", "oppose", "thwart", "stymie"},
	"get in the way":          {"obstruct", "prevent", "block", "hinder", "thwart", "stymie"},
	"put a stop to":           {"stop", "end", "prevent"},
	"put an end to":           {"stop", "end", "abolish"},
	"nip in the bud":          {"stop", "prevent", "suppress"},
	"shut down":               {"close", "stop", "suppress"},
	"crack down":              {"suppress", "repress", "punish"},
	"crack down on":           {"suppress", "repress", "punish"},
	"clamp down":              {"suppress", "repress", "restrict"},
	"stamp out":               {"suppress", "eliminate", "destroy"},
	"wipe out":                {"destroy", "eliminate", "exterminate"},
	"get rid of":              {"eliminate", "remove", "abolish"},
	"do away with":            {"abolish", "eliminate", "remove", "end"},
	"bump off":                {"kill", "murder", "execute"},
	"bumped off":              {"killed", "murdered", "executed"},
	"take out":                {"kill", "eliminate", "remove"},
	"done away with":          {"killed", "abolished", "eliminated", "ended"},
	"hard done by":            {"disadvantage", "unfair", "wronged"},
	"put to death":            {"execute", "kill", "death"},
	"pass away":               {"die", "death"},
	"passed away":             {"died", "death"},
	"kick the bucket":         {"die", "death"},
	"six feet under":          {"dead", "death"},
	"on * deathbed":           {"dying", "death"},
	"last days":               {"death", "final", "end"},
	"twilight years":          {"old", "age", "late"},
	// rot, failure, decline
	"go bad":                    {"decay", "degenerate", "corrupt", "deteriorate"},
	"go rotten":                 {"decay", "degenerate", "corrupt"},
	"go wrong":                  {"fail", "failure", "error", "problem"},
	"go downhill":               {"decline", "deteriorate", "degenerate"},
	"go south":                  {"decline", "deteriorate", "fail"},
	"go off the rails":          {"fail", "degenerate", "deviate"},
	"off the rails":             {"deviate", "astray", "wrong"},
	"off track":                 {"deviate", "astray", "wrong"},
	"lose * way":                {"deviate", "degenerate", "astray"},
	"lost * way":                {"deviated", "degenerated", "astray"},
	"fall apart":                {"collapse", "disintegrate", "fail"},
	"fall through":              {"fail", "failure"},
	"fall short":                {"fail", "inadequate"},
	"fall flat":                 {"fail", "failure"},
	"come to nothing":           {"fail", "failure"},
	"come to an end":            {"end", "finish"},
	"come undone":               {"collapse", "fail"},
	"go under":                  {"fail", "collapse", "bankrupt"},
	"go belly up":               {"fail", "collapse", "bankrupt"},
	"bite the dust":             {"fail", "die", "defeat"},
	"dead end":                  {"failure", "impasse"},
	"from within":               {"internal", "within"},
	"root cause":                {"cause", "source", "fundamental", "origin"},
	"at the root of":            {"cause", "source", "fundamental"},
	"at the heart of":           {"central", "essence", "fundamental"},
	"heart of the matter":       {"essence", "central", "fundamental"},
	"bottom of":                 {"cause", "source", "origin"},
	"get to the bottom of":      {"investigate", "discover", "cause"},
	"boil down to":              {"essence", "amount", "reduce", "essentially"},
	"boils down to":             {"essence", "amounts", "reduces", "essentially"},
	"in a nutshell":             {"summary", "brief", "essentially"},
	"the long and short of it":  {"summary", "essentially"},
	"in the long run":           {"eventually", "future"},
	"in the end":                {"eventually", "finally"},
	"at the end of the day":     {"ultimately", "finally"},
	"when all is said and done": {"ultimately", "finally"},
	// money and privilege
	"capitalist countries": {"capitalist", "industrial", "world"},
	"pay gap":              {"inequality", "differentials", "pay"},
	"pay gaps":             {"inequalities", "differentials", "pay"},
	"wage gap":             {"inequality", "differentials", "wage"},
	"income gap":           {"inequality", "differentials", "income"},
	"level incomes":        {"equalization", "equality", "income"},
	"level * incomes":      {"equalization", "equality", "income"},
	"income levelling":     {"equalization", "equality", "income"},
	"unequal pay":          {"inequality", "differentials", "pay"},
	"western countries":    {"western", "industrial", "world"},
	"rich countries":       {"wealthy", "industrial", "developed", "world"},
	"pay * more":           {"higher", "pay", "incentive"},
	"paid more":            {"higher", "pay", "incentive"},
	"pay more":             {"higher", "pay", "incentive"},
	"more money":           {"higher", "pay", "incentive"},
	"extra money":          {"higher", "pay", "incentive"},
	"extra cash":           {"higher", "pay", "incentive"},
	"extra pay":            {"higher", "pay", "incentive"},
	"pay extra":            {"higher", "pay", "incentive"},
	"smart people":         {"intellectuals", "skilled", "educated"},
	"engineer":             {"technical", "technician", "skilled"},
	"engineers":            {"technical", "technicians", "skilled"},
	"clever people":        {"intellectuals", "skilled", "educated"},
	"gravy train":          {"privilege", "benefit", "profit"},
	"fat cat":              {"wealthy", "rich", "privileged", "elite"},
	"fat cats":             {"wealthy", "rich", "privileged", "elite"},
	"cushy job":            {"privilege", "comfortable", "easy"},
	"line * pockets":       {"corruption", "profit", "enrich", "bribe"},
	"feather * nest":       {"enrich", "profit", "privilege", "corruption"},
	"on the take":          {"bribe", "corrupt", "corruption"},
	"under the table":      {"secret", "illegal", "bribe"},
	"kick back":            {"bribe", "corruption"},
	"pay off":              {"bribe", "reward", "succeed"},
	"haves and have nots":  {"inequality", "wealth", "poverty"},
	"make ends meet":       {"poverty", "income", "survive"},
	"on the breadline":     {"poverty", "poor"},
	"dirt poor":            {"poverty", "poor"},
	"filthy rich":          {"wealthy", "rich"},
	"well off":             {"wealthy", "rich", "prosperous"},
	"better off":           {"advantage", "prosperous", "benefit"},
	"worse off":            {"disadvantage", "poor", "harm"},
	"top dollar":           {"expensive", "high", "pay"},
	"bang for the buck":    {"value", "efficiency"},
	"carrot and stick":     {"incentive", "reward", "punishment"},
	"sell off":             {"privatize", "sell", "liquidate", "sale"},
	"sold off":             {"privatized", "sold", "liquidated", "sale"},
	"cash in":              {"profit", "exploit"},
	"rip off":              {"cheat", "theft", "steal", "fraud"},
	"daylight robbery":     {"theft", "fraud", "steal"},
	"not equal pay":        {"inequality", "differentials", "pay"},
	// Whether people were paid the same asks of the equality of pay,
	// which a text tells as readily by the inequality it kept.
	"paid the same":  equalPay,
	"pay * the same": equalPay,
	"same pay":       equalPay,
	"equal pay":      equalPay,
	"paid equally":   equalPay,
	"pay equally":    equalPay,
	// secrecy, honesty, truth
	"behind the scenes":               {"secret", "hidden", "private"},
	"behind closed doors":             {"secret", "private", "hidden"},
	"under wraps":                     {"secret", "hidden", "concealed"},
	"hush hush":                       {"secret", "confidential"},
	"cover up":                        {"conceal", "hide", "suppress", "concealment"},
	"hide":                            {"conceal", "disguise", "mask", "obscure", "obfuscate"},
	"hid":                             {"concealed", "disguised", "masked", "obscured", "obfuscated"},
	"hidden":                          {"concealed", "disguised", "masked", "obscured", "obfuscated"},
	"hiding":                          {"concealing", "disguising", "masking", "obscuring", "obfuscating"},
	"sweep under the rug":             {"conceal", "hide", "suppress"},
	"sweep under the carpet":          {"conceal", "hide", "suppress"},
	"keep * in the dark":              {"conceal", "hide", "ignorant", "secret"},
	"in the dark":                     {"ignorant", "unaware", "unknown"},
	"bring to light":                  {"reveal", "discover", "expose"},
	"come to light":                   {"revealed", "discovered", "emerge"},
	"come out":                        {"revealed", "emerge", "published"},
	"pub date":                        {"publication", "published", "date"},
	"let the cat out of the bag":      {"reveal", "disclose"},
	"spill the beans":                 {"reveal", "disclose"},
	"blow the whistle":                {"expose", "reveal", "report"},
	"dig up":                          {"discover", "find", "research"},
	"dig into":                        {"research", "investigate", "study"},
	"dig deeper":                      {"research", "investigate"},
	"look into":                       {"investigate", "research", "examine", "study"},
	"find out":                        {"discover", "learn", "research"},
	"figure out":                      {"understand", "discover", "determine"},
	"track down":                      {"find", "locate", "discover"},
	"turn up":                         {"appear", "discover", "emerge"},
	"fairy tale":                      {"myth", "fiction", "false", "fantasy", "lie"},
	"fairy tales":                     {"myths", "fiction", "false", "fantasy", "lies"},
	"fake news":                       {"false", "lie", "falsehood", "propaganda"},
	"textbook":                        {"canonical", "standard", "history", "histories"},
	"textbooks":                       {"canonical", "standard", "history", "histories"},
	"history books":                   {"canonical", "standard", "history", "histories"},
	"tall tale":                       {"exaggeration", "lie", "fiction"},
	"cock and bull story":             {"lie", "false", "fiction"},
	"made up":                         {"invented", "false", "fabricated", "fiction"},
	"make up":                         {"invent", "fabricate", "falsify"},
	"smoke and mirrors":               {"deception", "illusion", "false"},
	"pull the wool over":              {"deceive", "deception"},
	"take * for a ride":               {"deceive", "cheat"},
	"red herring":                     {"distraction", "misleading"},
	"spin doctor":                     {"propaganda", "publicist"},
	"party line":                      {"doctrine", "official", "orthodoxy", "party"},
	"conventional wisdom":             {"orthodox", "accepted", "standard", "common"},
	"received wisdom":                 {"orthodox", "accepted", "standard", "common"},
	"common knowledge":                {"accepted", "known", "standard"},
	"the real mccoy":                  {"genuine", "real", "authentic"},
	"real deal":                       {"genuine", "real", "authentic"},
	"the whole truth":                 {"truth", "complete"},
	"come clean":                      {"confess", "admit", "honest"},
	"own up":                          {"admit", "confess", "acknowledge"},
	"own up to":                       {"admit", "confess", "acknowledge"},
	"fess up":                         {"admit", "confess"},
	"put * cards on the table":        {"frank", "honest", "open", "admit"},
	"lay * cards on the table":        {"frank", "honest", "open", "admit"},
	"up front":                        {"frank", "honest", "open"},
	"above board":                     {"honest", "legitimate", "open"},
	"on the level":                    {"honest", "genuine"},
	"straight talk":                   {"frank", "honest"},
	"straight shooter":                {"honest", "frank"},
	"tell it like it is":              {"frank", "honest"},
	"axe to grind":                    {"bias", "grievance", "motive", "partisan"},
	"ax to grind":                     {"bias", "grievance", "motive", "partisan"},
	"dog in the fight":                {"interest", "stake", "bias"},
	"skin in the game":                {"interest", "stake", "commitment"},
	"take sides":                      {"partisan", "bias", "support"},
	"on the fence":                    {"undecided", "neutral", "uncertain"},
	"sit on the fence":                {"undecided", "neutral", "uncertain"},
	"middle of the road":              {"moderate", "neutral"},
	"rose tinted":                     {"idealized", "optimistic", "uncritical"},
	"rose colored":                    {"idealized", "optimistic", "uncritical"},
	"through rose tinted glasses":     {"idealized", "uncritical"},
	"with a grain of salt":            {"skeptical", "doubt", "caution"},
	"with a pinch of salt":            {"skeptical", "doubt", "caution"},
	"take with a grain of salt":       {"skeptical", "doubt"},
	"grain of salt":                   {"skeptical", "doubt", "caution"},
	"hard evidence":                   {"proof", "evidence", "documents"},
	"smoking gun":                     {"proof", "evidence"},
	"paper trail":                     {"documents", "records", "evidence", "archives"},
	"in black and white":              {"written", "documented", "explicit"},
	"on paper":                        {"written", "formally", "theoretically"},
	"on record":                       {"documented", "official", "recorded"},
	"on the record":                   {"documented", "official", "public"},
	"off the record":                  {"unofficial", "private", "confidential"},
	"word of mouth":                   {"oral", "hearsay", "rumour"},
	"second hand":                     {"indirect", "secondary", "hearsay"},
	"first hand":                      {"direct", "primary", "personal", "eyewitness"},
	"from the horse's mouth":          {"direct", "primary", "source"},
	"straight from the horse's mouth": {"direct", "primary", "source"},
	"primary source":                  {"document", "original", "evidence"},
	"paper work":                      {"documents", "records", "files"},
	"personal papers":                 {"archive", "documents", "records"},
	"private papers":                  {"archive", "documents", "records", "personal"},
	"personal files":                  {"archive", "documents", "records"},
	"private files":                   {"archive", "documents", "records", "personal"},
	"leg work":                        {"research", "work", "investigation"},
	"do * homework":                   {"research", "study", "prepare"},
	"stand on the shoulders of":       {"rely", "build", "research"},
	"lean on":                         {"rely", "depend", "draw"},
	"rely on":                         {"depend", "draw", "base"},
	"draw on":                         {"rely", "use", "base"},
	"back up":                         {"support", "confirm", "evidence", "prove"},
	"bear out":                        {"confirm", "support", "prove"},
	"hold water":                      {"valid", "convincing", "sound"},
	"hold up":                         {"valid", "survive", "withstand"},
	"stand up":                        {"valid", "survive", "withstand"},
	"fall apart under scrutiny":       {"invalid", "refuted", "false"},
	"shoot down":                      {"refute", "reject", "disprove"},
	"poke holes in":                   {"refute", "criticize", "disprove"},
	"turn the tables":                 {"reverse", "reversal"},
	"turn on its head":                {"reverse", "overturn", "contradict"},
	"turned on its head":              {"reversed", "overturned", "contradicted"},
	"turn upside down":                {"overturn", "reverse", "revolutionize"},
	"rewrite history":                 {"revise", "revision", "reinterpret", "interpret", "history"},
	"set the record straight":         {"correct", "truth", "revise"},
	"shed light on":                   {"explain", "clarify", "reveal"},
	"throw light on":                  {"explain", "clarify", "reveal"},
	"eye opener":                      {"revelation", "surprise", "discovery"},
	// a gamer's and a sports fan's figures: an attack in song, a game
	// fixed in advance, the side one plays against, a record studied
	"diss track":        {"attack", "criticism", "critique", "denunciation"},
	"rigged game":       {"fraud", "sham", "unfair", "manipulated"},
	"enemy team":        {"enemy", "enemies", "opponents", "hostile"},
	"game tape":         {"record", "example", "experience", "lessons"},
	"mission objective": {"purpose", "aim", "goal"},
	// praise, blame, attitude
	"hero worship":        {"adulation", "idolize", "cult", "admiration"},
	"worship":             {"adulation", "idolize", "cult", "admiration"},
	"worship the ground":  {"adore", "idolize", "adulation"},
	"praise * too much":   {"adulation", "idolize", "cult", "flattery"},
	"too much praise":     {"adulation", "idolize", "cult", "flattery"},
	"praise * so much":    {"adulation", "idolize", "cult", "flattery"},
	"so much praise":      {"adulation", "idolize", "cult", "flattery"},
	"all that praise":     {"adulation", "idolize", "cult", "flattery"},
	"all the praise":      {"adulation", "idolize", "cult", "flattery"},
	"over the top praise": {"adulation", "idolize", "cult", "flattery"},
	"excessive praise":    {"adulation", "idolize", "cult", "flattery"},
	"put * on a pedestal": {"idolize", "adulation", "glorify", "praise"},
	"larger than life":    {"legendary", "heroic", "exaggerated"},
	"sing * praises":      {"praise", "glorify", "acclaim"},
	"blow * own trumpet":  {"boast", "brag", "praise"},
	"blow * own horn":     {"boast", "brag", "praise"},
	"suck up":             {"flatter", "flattery", "sycophant"},
	"suck up to":          {"flatter", "flattery", "sycophant"},
	"brown nose":          {"flatter", "flattery", "sycophant"},
	"butter up":           {"flatter", "flattery"},
	"kiss up":             {"flatter", "flattery", "sycophant"},
	"fan club":            {"admirers", "followers", "supporters"},
	"fan base":            {"admirers", "followers", "supporters"},
	"knock off":           {"stop", "cease", "end"},
	"cut it out":          {"stop", "cease"},
	"put down":            {"suppress", "criticize", "belittle"},
	"trash talk":          {"criticize", "insult", "condemn", "disparage"},
	"trash talking":       {"criticizing", "insulting", "condemning", "disparaging"},
	"run down":            {"criticize", "disparage", "decline"},
	"tear apart":          {"criticize", "condemn", "destroy"},
	"rip into":            {"criticize", "attack", "condemn"},
	"lay into":            {"criticize", "attack", "condemn"},
	"have a go at":        {"criticize", "attack"},
	"take to task":        {"criticize", "rebuke", "reprimand"},
	"point the finger":    {"blame", "accuse"},
	"point the finger at": {"blame", "accuse"},
	"pin * on":            {"blame", "accuse", "attribute"},
	"lay the blame":       {"blame", "accuse", "responsibility"},
	"take the blame":      {"responsibility", "blame", "guilt"},
	"take the fall":       {"blame", "scapegoat", "responsibility"},
	"fall guy":            {"scapegoat", "blame"},
	"whipping boy":        {"scapegoat", "blame"},
	"scape goat":          {"scapegoat", "blame"},
	"off the hook":        {"absolve", "excuse", "innocent"},
	"let * off the hook":  {"absolve", "excuse", "exonerate"},
	"bad guy":             {"villain", "culprit", "evil"},
	"bad guys":            {"villains", "culprits", "evil"},
	"good guy":            {"hero", "innocent", "virtuous"},
	"dirty work":          {"crime", "unpleasant", "wrongdoing"},
	"blood on * hands":    {"guilt", "responsibility", "murder", "crime"},
	"hands are clean":     {"innocent", "blameless"},
	"get away with":       {"escape", "impunity", "unpunished"},
	"frame up":            {"falsely", "accuse", "fabricate"},
	"set up":              {"establish", "create", "frame"},
	"witch hunt":          {"persecution", "purge", "repression"},
	"show trial":          {"trial", "propaganda", "purge"},
	"kangaroo court":      {"trial", "unfair", "illegitimate"},
	"cook up":             {"fabricate", "plot", "invent", "conspire", "frameup"},
	"cooked up":           {"fabricated", "plotted", "invented", "conspired", "frameup"},
	"cooking up":          {"fabricating", "plotting", "inventing", "conspiring"},
	"hatch a plot":        {"conspire", "plot", "conspiracy"},
	"up to no good":       {"plot", "conspiracy", "mischief"},
	"in cahoots":          {"conspire", "collude", "conspiracy"},
	"in league with":      {"conspire", "collude", "ally"},
	// change, beginning, direction
	"rewrite * history":             {"reinterpret", "interpret", "revise", "history"},
	"rewriting of * history":        {"reinterpret", "interpret", "revise", "history"},
	"take a fresh look":             {"reinterpret", "reconsider", "reassess"},
	"take a new look":               {"reinterpret", "reconsider", "reassess"},
	"go back to":                    {"return", "revert", "restore"},
	"go back":                       {"return", "revert"},
	"get back to":                   {"return", "revert", "restore"},
	"back to basics":                {"return", "fundamental", "original"},
	"turn back the clock":           {"return", "revert", "restore"},
	"roll back":                     {"reverse", "revert", "undo"},
	"set in motion":                 {"begin", "start", "initiate"},
	"get off the ground":            {"begin", "start", "launch"},
	"kick off":                      {"begin", "start", "launch"},
	"kick start":                    {"begin", "start", "launch"},
	"set the stage":                 {"prepare", "precede", "prelude"},
	"pave the way":                  {"prepare", "enable", "precede"},
	"lay the groundwork":            {"prepare", "foundation", "basis"},
	"open the door to":              {"enable", "allow", "permit"},
	"open the floodgates":           {"unleash", "allow", "release"},
	"slippery slope":                {"escalation", "gradual", "decline"},
	"thin end of the wedge":         {"beginning", "gradual", "precedent"},
	"turning point":                 {"change", "crisis", "decisive"},
	"sea change":                    {"transformation", "change", "shift"},
	"u turn":                        {"reversal", "reverse"},
	"about face":                    {"reversal", "reverse"},
	"change * tune":                 {"reversal", "reverse", "contradict"},
	"flip flop":                     {"reversal", "inconsistent", "contradict"},
	"back track":                    {"retreat", "reverse", "withdraw"},
	"back down":                     {"retreat", "yield", "concede"},
	"give in":                       {"yield", "concede", "surrender"},
	"give up":                       {"abandon", "surrender", "quit"},
	"put up with":                   {"tolerate", "endure", "accept"},
	"cave in":                       {"yield", "concede", "surrender", "collapse"},
	"throw in the towel":            {"surrender", "abandon", "quit"},
	"in the works":                  {"planned", "preparation", "forthcoming"},
	"in the pipeline":               {"planned", "forthcoming", "preparation"},
	"on the cards":                  {"likely", "probable", "expected"},
	"on the horizon":                {"forthcoming", "imminent", "future"},
	"down the road":                 {"future", "later", "eventually"},
	"down the line":                 {"future", "later", "eventually"},
	"later on":                      {"afterwards", "later", "subsequently"},
	"follow up":                     {"sequel", "continuation", "subsequent"},
	"in store":                      {"future", "forthcoming", "ahead"},
	"come up with":                  {"devise", "invent", "propose"},
	"put forward":                   {"propose", "suggest", "advance"},
	"bring up":                      {"raise", "mention", "introduce"},
	"point out":                     {"note", "indicate", "observe", "mention"},
	"touch on":                      {"mention", "discuss", "address"},
	"deal with":                     {"address", "discuss", "handle"},
	"get at":                        {"mean", "suggest", "imply"},
	"drive at":                      {"mean", "suggest", "imply"},
	"driving at":                    {"meaning", "suggesting", "implying"},
	"make out":                      {"portray", "depict", "represent", "claim"},
	"make * out to be":              {"portray", "depict", "represent", "claim"},
	"paint * as":                    {"portray", "depict", "represent"},
	"big picture":                   {"overall", "general", "context"},
	"the bigger picture":            {"overall", "general", "context"},
	"food for thought":              {"question", "reflection", "consider"},
	"open question":                 {"unresolved", "uncertain", "question"},
	"see through":                   {"recognize", "understand", "realize"},
	"saw through":                   {"recognized", "understood", "realized"},
	"seeing through":                {"recognizing", "understanding", "realizing"},
	"up in the air":                 {"uncertain", "unresolved", "undecided"},
	"anyone's guess":                {"uncertain", "unknown"},
	"your guess is as good as mine": {"uncertain", "unknown"},
	"who knows":                     {"uncertain", "unknown"},
	"shot in the dark":              {"guess", "speculation", "uncertain"},
	"educated guess":                {"estimate", "speculation", "suspect"},
	"gut feeling":                   {"intuition", "suspect", "suspicion"},
	"jump to conclusions":           {"assume", "hasty", "premature"},
	"read between the lines":        {"infer", "implicit", "imply"},
	"beat around the bush":          {"evade", "avoid", "indirect"},
	"beat about the bush":           {"evade", "avoid", "indirect"},
	"sit on":                        {"delay", "suppress", "withhold"},
	"drag * feet":                   {"delay", "reluctant", "resist"},
	"put off":                       {"delay", "postpone"},
	"put on hold":                   {"delay", "postpone", "suspend"},
	"put on ice":                    {"delay", "postpone", "suspend"},
	"on the back burner":            {"delay", "postpone", "neglect"},
	"never saw the light of day":    {"unrealized", "never", "abandoned"},
	"see the light of day":          {"realized", "implemented", "published"},
	"come into force":               {"implemented", "effect", "enacted"},
	"come into effect":              {"implemented", "effect", "enacted"},
	"put into practice":             {"implement", "effect", "apply"},
	"put into effect":               {"implement", "effect", "enact"},
	"carry out":                     {"implement", "execute", "perform"},
	"carried out":                   {"implemented", "executed", "performed"},
	"follow through":                {"implement", "complete", "execute"},
	"go ahead":                      {"proceed", "implement", "approve"},
	"went ahead":                    {"proceeded", "implemented"},
	"pull off":                      {"achieve", "succeed", "accomplish"},
	"pan out":                       {"result", "succeed", "happen"},
	"work out":                      {"succeed", "result", "solve"},
	"turn out":                      {"result", "prove", "happen"},
	"play out":                      {"happen", "unfold", "develop"},
	// work and people
	"blue collar":                {"workers", "manual", "working"},
	"white collar":               {"office", "professional", "clerical"},
	"rank and file":              {"ordinary", "members", "members"},
	"ordinary members":           {"rank", "file", "members"},
	"ordinary * members":         {"rank", "file", "members"},
	"normal members":             {"rank", "file", "members"},
	"regular members":            {"rank", "file", "members"},
	"grass roots":                {"ordinary", "members", "popular", "local"},
	"man in the street":          {"ordinary", "people", "public"},
	"ordinary joe":               {"ordinary", "people", "worker"},
	"the little guy":             {"ordinary", "people", "powerless"},
	"the masses":                 {"people", "public", "population"},
	"brain trust":                {"experts", "advisers", "intellectuals"},
	"egg heads":                  {"intellectuals", "experts"},
	"eggheads":                   {"intellectuals", "experts"},
	"brain drain":                {"emigration", "experts"},
	"egg head":                   {"intellectual", "expert"},
	"pen pusher":                 {"bureaucrat", "official", "clerk"},
	"paper pusher":               {"bureaucrat", "official", "clerk"},
	"red tape":                   {"bureaucracy", "regulation"},
	"jobs for the boys":          {"patronage", "nepotism", "favoritism"},
	"old boys network":           {"patronage", "elite", "connections"},
	"old boy network":            {"patronage", "elite", "connections"},
	"ivory tower":                {"academic", "isolated", "detached"},
	"out of touch":               {"isolated", "detached", "remote", "separated"},
	"lose touch":                 {"isolated", "detached", "separated", "alienated"},
	"lost touch":                 {"isolated", "detached", "separated", "alienated"},
	"cut off":                    {"isolated", "separated", "detached", "alienated"},
	"drift apart":                {"separated", "estranged", "alienated"},
	"hand in glove":              {"cooperate", "collusion", "close"},
	"joined at the hip":          {"inseparable", "close", "united"},
	"one and the same":           {"identical", "same", "merged"},
	"two sides of the same coin": {"related", "identical", "connected"},
	"rolled into one":            {"merged", "combined", "united"},
	"lump together":              {"merge", "combine", "conflate"},
	"split hairs":                {"distinction", "quibble", "pedantic"},
	"a world apart":              {"different", "distinct"},
	"worlds apart":               {"different", "distinct"},
	"night and day":              {"different", "contrast"},
	"apples and oranges":         {"different", "incomparable"},
	"bone of contention":         {"dispute", "disagreement", "controversy"},
	"hot potato":                 {"controversy", "controversial", "sensitive"},
	"hot button":                 {"controversial", "sensitive"},
	"can of worms":               {"problem", "complication", "trouble"},
	"elephant in the room":       {"ignored", "problem", "obvious"},
	"at stake":                   {"risk", "importance", "matter"},
	"big deal":                   {"important", "significant", "importance"},
	"no big deal":                {"unimportant", "trivial"},
	"make a difference":          {"matter", "important", "effect"},
	"count for something":        {"matter", "important"},
	"learn from":                 {"lesson", "learn"},
	"lessons learned":            {"lesson", "learn", "experience"},
	"history repeats itself":     {"repeat", "recur", "lesson", "history"},
	// time
	"back then":        {"past", "formerly", "time"},
	"back in the day":  {"past", "formerly"},
	"in those days":    {"past", "formerly", "then"},
	"these days":       {"today", "present", "now", "current"},
	"right away":       {"immediately", "promptly"},
	"straight away":    {"immediately", "promptly"},
	"right after":      {"immediately", "soon"},
	"in no time":       {"quickly", "soon", "immediately"},
	"on the spot":      {"immediately", "instantly"},
	"at once":          {"immediately", "simultaneously"},
	"once and for all": {"finally", "permanently", "definitively"},
	"for good":         {"permanently", "forever"},
	"from scratch":     {"beginning", "new", "original"},
	"the early days":   {"beginning", "early", "first"},
	"at first":         {"initially", "originally", "early", "first"},
	"to begin with":    {"initially", "originally", "first"},
	"early on":         {"initially", "early", "first"},
	"last straw":       {"final", "limit", "provocation"},
}

// idiom is one expression found in a question: the stems of its words
// that the question holds, and the corpus's stems of its plain words.
type idiom struct {
	words, plain []string
	// written are the plain words as written, for the vectors.
	written []string
}

// withIdioms adds to BM25's best chunks, matches, the weight of each
// idiom of the question a chunk says itself, or another of the same
// meaning sharing a word with it ("if the king had had his way" for "got
// his way"), as withPhrases adds a pair's, and sorts them again: its
// words are searched through its plain words only (see figurative),
// for a passage holding one of them means something else by chance,
// but one saying the idiom means what the question does. Chunks past
// phraseDepth keep their scores.
func (s *Search) withIdioms(matches []index.Match, weight float64) []index.Match {
	q, ix := s.Q, s.r.Index
	if weight == 0 || len(q.idioms) == 0 || len(matches) == 0 {
		return matches
	}
	out := slices.Clone(matches)
	n := min(phraseDepth, len(out))
	changed := false
	for k := range out[:n] {
		c := out[k].Chunk
		var said []idiom
		for _, id := range q.idioms {
			if !slices.ContainsFunc(id.words, func(w string) bool { return ix.BM25.Holds(w, c) }) {
				continue
			}
			if said == nil {
				said = idiomsIn(terms.Words(ix.Chunks[c].Text), ix.BM25.Has)
			}
			for _, other := range said {
				if slices.Equal(other.plain, id.plain) && slices.ContainsFunc(other.words, func(w string) bool { return slices.Contains(id.words, w) }) {
					var w float64
					for _, t := range id.words {
						if i := slices.Index(q.Stems, t); i >= 0 {
							w = max(w, ix.BM25.IDF(t)*q.Specificity[i])
						}
					}
					out[k].Score += weight * w * ix.BM25.Saturated(c, 1)
					changed = true
					break
				}
			}
		}
	}
	if !changed {
		return matches
	}
	byScore(out[:n])
	return out
}

// idiomPattern is one of idioms read for matching: its words' stems, ""
// for a "*"; key, those stems joined, and phrase, the expression as
// written, which order it among the others.
type idiomPattern struct {
	stems          []string
	plain, written []string
	key, phrase    string
}

// idiomTable holds idioms grouped by the stem of their first word, read
// in two steps, because each process asks a question or two and reading
// every expression whole on the first (some three thousand words and
// plain words stemmed, then sorted) cost more than answering it: first
// only the expressions' first words are stemmed, about three hundred;
// then, the first time a question holds one of those stems, the
// expressions opening with it are read whole. A match needs the first
// word as written (see matchIdiom), so an expression whose first word a
// question lacks can be left unread.
var idiomTable idiomIndex

type idiomIndex struct {
	once sync.Once
	// phrases are the expressions with plain words by the stem of their
	// first word ("" for one opening with a "*").
	phrases map[string][]string
	mu      sync.Mutex
	// read are the patterns of phrases read so far, by the same stem.
	read map[string][]idiomPattern
}

// indexIdioms fills idiomTable.phrases. Entries with no plain words are
// left out (they keep a word WordNet already relates out of the list on
// purpose).
func indexIdioms() {
	byFirst := make(map[string][]string, len(idioms)/2)
	for phrase, plain := range idioms {
		if len(plain) == 0 {
			continue
		}
		first := strings.TrimLeftFunc(strings.ReplaceAll(phrase, "'s", ""), unicode.IsSpace)
		if i := strings.IndexFunc(first, unicode.IsSpace); i >= 0 {
			first = first[:i]
		}
		if first != "" && first != "*" {
			first = idiomStem(first)
		} else {
			first = ""
		}
		byFirst[first] = append(byFirst[first], phrase)
	}
	idiomTable.phrases = byFirst
	idiomTable.read = make(map[string][]idiomPattern)
}

// readIdiom reads one expression of idioms for matching: the words of it
// stemmed, and its plain words stemmed.
func readIdiom(phrase string) idiomPattern {
	p := idiomPattern{phrase: phrase}
	for _, w := range strings.Fields(strings.ReplaceAll(phrase, "'s", "")) {
		if w == "*" {
			p.stems = append(p.stems, "")
			continue
		}
		p.stems = append(p.stems, idiomStem(w))
	}
	for _, w := range idioms[phrase] {
		if t := terms.Stem(w); !slices.Contains(p.plain, t) {
			p.plain, p.written = append(p.plain, t), append(p.written, w)
		}
	}
	p.key = strings.Join(p.stems, " ")
	return p
}

// idiomPatterns returns the patterns of the expressions that could match
// a question of these stems, those opening with one of them or with a
// "*", in the order they are tried: longest first, so that "speak out
// against" is read before "speak out"; then by their stems and, for two
// expressions that stem alike ("make up", "made up"), as written, so
// that the result is the same on every run.
func idiomPatterns(stems []string) []idiomPattern {
	idiomTable.once.Do(indexIdioms)
	var out []idiomPattern
	seen := make(map[string]bool, len(stems)+1)
	idiomTable.mu.Lock()
	for _, s := range slices.Concat(stems, []string{""}) {
		if seen[s] {
			continue
		}
		seen[s] = true
		phrases, ok := idiomTable.phrases[s]
		if !ok {
			continue
		}
		ps, ok := idiomTable.read[s]
		if !ok {
			for _, phrase := range phrases {
				ps = append(ps, readIdiom(phrase))
			}
			idiomTable.read[s] = ps
		}
		out = append(out, ps...)
	}
	idiomTable.mu.Unlock()
	slices.SortFunc(out, func(a, b idiomPattern) int {
		if len(a.stems) != len(b.stems) {
			return len(b.stems) - len(a.stems)
		}
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return strings.Compare(a.phrase, b.phrase)
	})
	return out
}

// idiomStem stems a word of an expression or of a question for matching.
// terms.Stem already reads most irregular forms ("took", "made", "spoken");
// idiomForms adds those it leaves apart, because outside an idiom they
// are as often another word ("saw", "laid") or a verb the stop words drop
// ("does", "had").
func idiomStem(w string) string {
	if b, ok := idiomForms[w]; ok {
		return b
	}
	return terms.Stem(w)
}

// idiomForms are the irregular forms idioms are read through beyond those
// terms.Stem reads.
var idiomForms = map[string]string{
	"goes": "go", "does": "do", "did": "do", "done": "do", "has": "have",
	"had": "have", "saw": "see", "laid": "lay", "dug": "dig", "swept": "sweep",
}

// idiomGapWords are the words a question may put between two words of
// an idiom: determiners, possessives and intensifiers ("calling all the
// shots", "keep his mouth shut"), not prepositions, which part them
// ("called for more shots").
var idiomGapWords = map[string]bool{
	"the": true, "a": true, "an": true, "all": true, "his": true, "her": true,
	"their": true, "its": true, "my": true, "your": true, "our": true,
	"this": true, "that": true, "these": true, "those": true, "some": true,
	"any": true, "so": true, "really": true, "very": true, "ever": true,
	"even": true, "just": true, "actually": true, "completely": true,
}

// maxIdiomGap is how many of idiomGapWords a question may put between
// two words of an expression ("calling all the shots"); maxIdiomSlot how many
// words of any kind stand for a "*".
const (
	maxIdiomGap  = 2
	maxIdiomSlot = 3
)

// idiomsIn returns the expressions of idioms that words, a question's
// lower-cased words, holds, each at most once, none overlapping one read
// before it; with plain words kept only where has holds their stem.
func idiomsIn(words []string, has func(string) bool) []idiom {
	stems := make([]string, len(words))
	for i, w := range words {
		stems[i] = idiomStem(strings.TrimSuffix(w, "'s"))
	}
	used := make([]bool, len(words))
	var out []idiom
	for _, p := range idiomPatterns(stems) {
		for start := range stems {
			end, ok := matchIdiom(p.stems, stems, words, start)
			if !ok || slices.Contains(used[start:end], true) {
				continue
			}
			var plain, written []string
			for i, t := range p.plain {
				if has(t) {
					plain, written = append(plain, t), append(written, p.written[i])
				}
			}
			var ws []string
			for i := start; i < end; i++ {
				used[i] = true
				if slices.Contains(p.stems, stems[i]) && !terms.IsStopword(words[i]) {
					ws = append(ws, terms.Stem(words[i]))
				}
			}
			if len(plain) > 0 {
				out = append(out, idiom{words: ws, plain: plain, written: written})
			}
			break
		}
	}
	return out
}

// matchIdiom reports whether pattern matches stems from start, and where
// the match ends. A determiner inside an expression may be left out
// ("call shots" for "call the shots"), not a preposition ("get in the
// way"); its first and last words may not ("in charge").
func matchIdiom(pattern, stems, words []string, start int) (int, bool) {
	return matchFrom(pattern, stems, words, start, true)
}

func matchFrom(pattern, stems, words []string, i int, first bool) (int, bool) {
	if len(pattern) == 0 {
		return i, true
	}
	p := pattern[0]
	if p == "" {
		// A slot: one to maxIdiomSlot words, as few as lets the rest match.
		for n := 1; n <= maxIdiomSlot && i+n <= len(stems); n++ {
			if end, ok := matchFrom(pattern[1:], stems, words, i+n, false); ok {
				return end, true
			}
		}
		return 0, false
	}
	k := i
	if !first {
		for k < len(stems) && stems[k] != p && k-i < maxIdiomGap && idiomGapWords[words[k]] {
			k++
		}
	}
	if k < len(stems) && stems[k] == p {
		if end, ok := matchFrom(pattern[1:], stems, words, k+1, false); ok {
			return end, true
		}
	}
	// Only a determiner may be left out ("call shots"): a preposition
	// makes the expression ("get in the way" is not "get his way").
	if !first && len(pattern) > 1 && terms.IsStopword(p) && idiomGapWords[p] {
		return matchFrom(pattern[1:], stems, words, i, false)
	}
	return 0, false
}
