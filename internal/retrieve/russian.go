package retrieve

import (
	"strings"

	"studyguide/internal/terms"
)

// A Russian-speaking student names a thing by its Russian name in Latin
// letters ("delo vrachey" for "the doctors' case", "Moskovskiy protsess"
// for "the Moscow trial", "plenum TsK" for "a plenum of the Central
// Committee"), which no English text writes and no speller reads: the
// words are no slips of English ones, nor sound like them. The question
// looked like one about something the text never names and was
// declined. russianMeant reads such a word as the English word it
// translates, where the text holds that word, and readForeignMeant keeps
// the reading only where it answers the question, saying so.

// russianWords maps the stems of common Russian words of politics,
// history and everyday speech, in the Latin letters a Russian writes
// them with, to the English words that translate them, closest first:
// the text's own wording chooses among them (see russianMeant). A stem
// is read with any of russianEndings after it ("delo", "dela", "delu").
// General Russian, the same for every text; a place is written as a
// name, capitalized. A word English writes as
// Russian does ("plenum", "kulak") or as it sounds (see soundKey:
// "kommunizm", "revolyutsiya") is read without it.
var russianWords = map[string][]string{
	// the state, the party and their offices
	"partiyn":      {"party"},
	"parti":        {"party"},
	"tsk":          {"central committee"},
	"sssr":         {"USSR", "Soviet Union"},
	"rsfsr":        {"Russian Republic", "Russia"},
	"kpss":         {"Communist Party"},
	"tsentraln":    {"central"},
	"komitet":      {"committee"},
	"sekretar":     {"secretary"},
	"gensek":       {"general secretary"},
	"generaln":     {"general"},
	"pervy":        {"first"},
	"perv":         {"first"},
	"vtor":         {"second"},
	"chlen":        {"member"},
	"vozhd":        {"leader"},
	"rukovoditel":  {"leader"},
	"rukovodstv":   {"leadership", "leaders"},
	"chinovnik":    {"official", "bureaucrat"},
	"nachalnik":    {"chief", "boss"},
	"apparat":      {"apparatus"},
	"ministr":      {"minister"},
	"ministerstv":  {"ministry"},
	"narkom":       {"commissar"},
	"pravitelstv":  {"government"},
	"gosudarstv":   {"state"},
	"vlast":        {"power", "authority"},
	"sovet":        {"soviet", "council"},
	"soyuz":        {"union"},
	"sezd":         {"congress"},
	"syezd":        {"congress"},
	"postanovleni": {"resolution", "decree"},
	"ukaz":         {"decree"},
	"prikaz":       {"order"},
	"vybor":        {"election", "elections", "choice"},
	"golosovani":   {"vote", "voting"},
	"kandidat":     {"candidate"},
	"konstitutsi":  {"constitution"},
	"demokrati":    {"democracy"},
	"kommun":       {"commune"},
	"kommunist":    {"communist"},
	"sotsializm":   {"socialism"},
	"sotsialist":   {"socialist"},
	"sotsialn":     {"social"},
	"byurokrat":    {"bureaucrat", "bureaucrats"},
	"byurokrati":   {"bureaucracy"},
	"byurokratizm": {"bureaucratism", "bureaucracy"},
	"programm":     {"programme", "program"},
	"kritik":       {"critique", "criticism", "critic"},
	"spets":        {"experts", "specialists"},
	"svobod":       {"freedom", "liberty"},
	"ravenstv":     {"equality"},
	"neravenstv":   {"inequality"},
	"privilegi":    {"privileges"},
	"zarplat":      {"wage", "pay", "salary"},
	"zarabotn":     {"wage", "pay"},
	"sobstvennost": {"property"},
	"rabochi":      {"workers", "working"},
	"raboch":       {"workers", "working"},
	"krestyan":     {"peasants"},
	"narod":        {"people"},
	// courts, police and repression
	"del":        {"case", "affair", "matter"},
	"sud":        {"court", "trial"},
	"protsess":   {"trial"},
	"zagovor":    {"plot", "conspiracy"},
	"obvineni":   {"accusation", "charge"},
	"rasstrel":   {"execution", "shooting"},
	"repressi":   {"repression"},
	"chistk":     {"purge"},
	"vrag":       {"enemy"},
	"predatel":   {"traitor"},
	"shpion":     {"spy"},
	"sledstvi":   {"investigation"},
	"zaklyuchen": {"prisoner", "imprisonment"},
	// people and their work
	"vrach":    {"doctor", "doctors", "physician"},
	"vrachey":  {"doctors"},
	"uchen":    {"scholar", "scientist"},
	"istorik":  {"historian"},
	"istori":   {"history"},
	"pisatel":  {"writer"},
	"kult":     {"cult"},
	"lichnost": {"personality"},
	// records and writings
	"arkhiv":     {"archive", "archives"},
	"dokument":   {"document"},
	"stenogramm": {"transcript", "record"},
	"stenogram":  {"transcript", "record"},
	"gazet":      {"newspaper"},
	"zhurnal":    {"journal"},
	"knig":       {"book"},
	"statya":     {"article"},
	"stati":      {"article"},
	"pism":       {"letter"},
	"dnevnik":    {"diary"},
	"rech":       {"speech"},
	"doklad":     {"report", "speech"},
	"sekretn":    {"secret"},
	"zakryt":     {"closed", "secret"},
	// war, land and places
	"voyn":      {"war"},
	"voin":      {"war"},
	"armi":      {"army"},
	"gorod":     {"city", "town"},
	"derevn":    {"village"},
	"zeml":      {"land"},
	"khleb":     {"bread", "grain"},
	"golod":     {"famine", "hunger"},
	"parizh":    {"Paris"},
	"moskv":     {"Moscow"},
	"moskov":    {"Moscow"},
	"peterburg": {"Petersburg"},
	"rossi":     {"Russia"},
	"russk":     {"russian"},
	"germani":   {"Germany"},
	"angli":     {"England", "Britain"},
	"frantsi":   {"France"},
	"amerik":    {"America"},
	"kitay":     {"China"},
	"kitai":     {"China"},
	"yaponi":    {"Japan"},
	"polsh":     {"Poland"},
	"ukrain":    {"Ukraine"},
	"gruzi":     {"Georgia"},
	"kreml":     {"Kremlin"},
	"sibir":     {"Siberia"},
}

// russianEndings are the case and number endings of Russian nouns and
// adjectives in Latin letters, and the English plural "-s" a Russian
// puts on a Russian noun ("stenogramms"): a stem of russianWords is read
// with any of them.
var russianEndings = []string{
	"", "a", "u", "e", "o", "y", "i", "s",
	"om", "oy", "oi", "ey", "ei", "ov", "ev", "am", "ami", "akh", "ah", "ym", "ykh", "yh", "ikh",
	"ya", "yu", "ye", "ie", "yi", "iy", "ii", "ij", "yy", "yj",
	"iya", "iyu", "iey", "iyakh", "iyam", "yam", "yakh", "yami",
	"aya", "oe", "oye", "ogo", "omu", "uyu", "yaya", "ee",
}

// russianAdjectives are the endings of a Russian adjective made of a
// noun, a place's above all ("Moskovskiy" of "Moskva"), in Latin letters:
// English puts the noun before the thing instead ("the Moscow trial").
var russianAdjectives = []string{
	"skaya", "skaja", "skoe", "skoye", "skiy", "skii", "skij", "skoy", "skoi", "skogo", "skom", "skuyu", "skie", "skikh", "skim",
}

// russianDemonyms are the endings of a Russian word for the people of a
// place ("Moskvichi" aside): "-tsy" of many, "-ets" of one.
var russianDemonyms = []string{"tsy", "tsev", "tsam", "tsami", "tsakh", "ets", "tsa"}

// russianCompounds are the openings Soviet Russian shortens a word to and
// joins to the next ("partkom", a party committee; "gosplan", the state
// plan), with the English word each stands for.
var russianCompounds = [][2]string{{"part", "party"}, {"gos", "state"}}

// minRussianStem is the fewest letters of a stem read without a word of
// russianWords: a shorter one is a prefix of too many words.
const minRussianStem = 3

// russianMeant returns the English the text writes that w, a lower-case
// word the text lacks and general English does not know, says as a
// Russian writes it in Latin letters: a word of russianWords, an
// adjective of a place as the place, the people of a place as the text
// calls them, or a Soviet compound as its two words: of a word's senses
// the text holds, the sense-th, or the last when it holds fewer. Or "".
func (r *Retriever) russianMeant(w string, sense int) string {
	if len(w) < minRussianStem || !isLetters(w) || commonWord(w) || r.usesWord(w) {
		return ""
	}
	if m := r.russianWord(w, sense); m != "" {
		return m
	}
	for _, end := range russianAdjectives {
		if stem, ok := strings.CutSuffix(w, end); ok && len(stem) >= minRussianStem {
			return r.russianNoun(stem, true, sense)
		}
	}
	for _, end := range russianDemonyms {
		if stem, ok := strings.CutSuffix(w, end); ok && len(stem) >= minRussianStem {
			if place := r.russianNoun(stem, true, sense); place != "" {
				return r.firstHeld(place+"ers", place+"ians", place+"ites", place)
			}
		}
	}
	for _, c := range russianCompounds {
		if rest, ok := strings.CutPrefix(w, c[0]); ok && len(rest) >= minRussianStem {
			if head := r.russianNoun(rest, false, sense); head != "" && r.firstHeld(c[1]) != "" {
				return c[1] + " " + head
			}
		}
	}
	return ""
}

// russianWord returns the sense-th English word, or the last, that
// russianWords gives the longest stem w opens with, one of
// russianEndings after it, of those the text holds; or "".
func (r *Retriever) russianWord(w string, sense int) string {
	return r.tableWord(russianWords, russianEndings, w, sense)
}

// tableWord returns the sense-th English word, or the last, that words,
// a table of another language's stems, gives the longest stem w opens
// with, one of endings after it, of those the text holds; or "".
func (r *Retriever) tableWord(words map[string][]string, endings []string, w string, sense int) string {
	best := ""
	for _, end := range endings {
		stem, ok := strings.CutSuffix(w, end)
		if _, known := words[stem]; ok && known && len(stem) > len(best) {
			best = stem
		}
	}
	if best == "" {
		return ""
	}
	var held []string
	for _, m := range words[best] {
		if r.firstHeld(m) != "" {
			held = append(held, m)
		}
	}
	if len(held) == 0 {
		return ""
	}
	return held[min(sense, len(held)-1)]
}

// russianNoun returns the word of the text that stem, a Russian noun's
// stem, is: a word of russianWords, the stem itself as the text writes
// it, or a word of the text it sounds as (see respellSound), with the
// last vowel an adjective drops ("Tula", "Tulskiy") or without; only
// a name, unless any word is asked for. Or "".
func (r *Retriever) russianNoun(stem string, names bool, sense int) string {
	if m := r.russianWord(stem, sense); m != "" {
		return m
	}
	if r.usesWord(stem) {
		return stem
	}
	for _, v := range []string{"", "a"} {
		if read := r.respellSound(stem+v, names); read != "" {
			return read
		}
	}
	return ""
}

// firstHeld returns the first of words whose every word's stem, or a
// form of it, the text holds; or "".
func (r *Retriever) firstHeld(words ...string) string {
	for _, p := range words {
		held := true
		for _, w := range strings.Fields(p) {
			s := terms.Stem(strings.ToLower(w))
			held = held && (r.df(s) > 0 || r.familyHeld(s))
		}
		if held {
			return p
		}
	}
	return ""
}
