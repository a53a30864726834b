package terms

// baseForms maps irregular past tenses, past participles and plurals to the
// word the Snowball stemmer would otherwise never reach: it strips suffixes,
// so "paid" stays apart from "pay" and "written" from "write". A question
// in the past tense ("what became of ...") then meets a passage in the
// present, and the other way round. Forms that are more often another word
// ("left", "lay", "ground", "saw", "born") are left out.
var baseForms = map[string]string{
	"arose": "arise", "arisen": "arise", "became": "become", "began": "begin",
	"begun": "begin", "bent": "bend", "bought": "buy", "brought": "bring",
	"broke": "break", "broken": "break", "built": "build", "caught": "catch",
	"chose": "choose", "chosen": "choose", "came": "come", "dealt": "deal",
	"drew": "draw", "drawn": "draw", "driven": "drive", "drove": "drive",
	"eaten": "eat", "fell": "fall", "fallen": "fall", "fed": "feed",
	"felt": "feel", "fought": "fight", "fled": "flee", "forbade": "forbid",
	"forbidden": "forbid", "foresaw": "foresee", "foreseen": "foresee",
	"forgot": "forget", "forgotten": "forget", "froze": "freeze",
	"frozen": "freeze", "gave": "give", "given": "give", "gone": "go", "goes": "go",
	"went": "go", "got": "get", "gotten": "get", "grew": "grow",
	"grown": "grow", "heard": "hear", "held": "hold", "hid": "hide",
	"hidden": "hide", "kept": "keep", "knew": "know", "known": "know",
	"led": "lead", "lent": "lend", "lost": "lose", "made": "make",
	"meant": "mean", "met": "meet", "overthrew": "overthrow",
	"overthrown": "overthrow", "paid": "pay", "ran": "run", "rode": "ride",
	"risen": "rise", "rose": "rise", "sat": "sit", "seen": "see",
	"sold": "sell", "sent": "send", "shaken": "shake", "shook": "shake",
	"shot": "shoot", "shown": "show", "slain": "slay", "sought": "seek",
	"spent": "spend", "spoke": "speak", "spoken": "speak", "stood": "stand",
	"stole": "steal", "stolen": "steal", "struck": "strike", "swore": "swear",
	"sworn": "swear", "taken": "take", "took": "take", "taught": "teach",
	"thought": "think", "threw": "throw", "thrown": "throw", "told": "tell",
	"understood": "understand", "undertook": "undertake",
	"undertaken": "undertake", "withdrew": "withdraw", "withdrawn": "withdraw",
	"won": "win", "wore": "wear", "worn": "wear", "wrote": "write", "rewrote": "rewrite", "rewritten": "rewrite",
	"written": "write", "children": "child", "men": "man", "women": "woman",
}
