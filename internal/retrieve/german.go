package retrieve

// A German-speaking student writes a German noun for the thing he
// means, capitalized as German writes every noun ("the Verfassung of
// 1936", "the day of his Verhaftung", "which Verlag"), where he does not
// know, or does not recall, the English word: no slip of an English
// word, nor sounding as one. The question looked like one about
// something the text never names and was declined. germanMeant reads
// such a word as the English word it translates, where the text holds
// that word, and readForeignMeant keeps the reading only where it
// answers the question, saying so.

// germanWords maps common German nouns of politics, history, law and
// study, in lower case and with "ae", "oe" and "ue" for the letters
// with marks, to the English words that translate them, closest first:
// the text's own wording chooses among them (see tableWord). A word is
// read with any of germanEndings after it ("Wahl", "Wahlen"). General
// German, the same for every text. A word English writes as German does
// ("Reform", "Diktator" as it sounds) is read without it (see
// cognateWord).
var germanWords = map[string][]string{
	// the state and its laws
	"verfassung":       {"constitution"},
	"regierung":        {"government"},
	"staat":            {"state"},
	"partei":           {"party"},
	"wahl":             {"election", "vote"},
	"abstimmung":       {"vote", "ballot"},
	"gesetz":           {"law"},
	"macht":            {"power"},
	"herrschaft":       {"rule", "power"},
	"fuehrung":         {"leadership"},
	"anfuehrer":        {"leader"},
	"nachfolger":       {"successor"},
	"vorsitzend":       {"chairman"},
	"generalsekretaer": {"general secretary"},
	"sekretaer":        {"secretary"},
	"freiheit":         {"freedom", "liberty"},
	"gleichheit":       {"equality"},
	"ungleichheit":     {"inequality"},
	"steuer":           {"tax"},
	"krieg":            {"war"},
	"volk":             {"people", "nation"},
	"arbeiter":         {"workers", "worker"},
	"bauer":            {"peasants", "peasant", "farmer"},
	"sklaverei":        {"slavery"},
	"kirche":           {"church"},
	"koenig":           {"king"},
	// arrest, trial and death
	"verhaftung":    {"arrest"},
	"festnahme":     {"arrest"},
	"gefaengnis":    {"prison", "jail"},
	"prozess":       {"trial"},
	"schauprozess":  {"trial"},
	"gericht":       {"court", "trial"},
	"urteil":        {"verdict", "sentence"},
	"hinrichtung":   {"execution"},
	"ermordung":     {"murder", "killing"},
	"mord":          {"murder"},
	"verschwoerung": {"plot", "conspiracy"},
	"saeuberung":    {"purge", "purges"},
	"aerzt":         {"doctors", "doctor"},
	// pay
	"lohn":      {"wages", "wage", "pay"},
	"loehn":     {"wages", "wage", "pay"},
	"gehaelter": {"salaries", "salary", "wages"},
	// books and study
	"verlag":       {"publisher", "press"},
	"herausgeber":  {"editor"},
	"zeitschrift":  {"journal", "review"},
	"zeitung":      {"newspaper"},
	"aufsatz":      {"essay", "article"},
	"tagebuch":     {"diary"},
	"buch":         {"book"},
	"rede":         {"speech"},
	"geheimrede":   {"secret speech"},
	"quelle":       {"source"},
	"beweis":       {"evidence", "proof"},
	"forschung":    {"research", "scholarship"},
	"geschichte":   {"history"},
	"entscheidung": {"decision"},
}

// germanEndings are the endings German puts on a noun for its plural
// and cases ("Wahlen", "Gesetzes", "Bauern", "Gefaengnisse").
var germanEndings = []string{"", "e", "en", "n", "es", "s", "se", "er", "ern", "em"}

// minGermanWord is the fewest letters of a word germanMeant reads: a
// shorter one ("mord") is one of too many languages' words.
const minGermanWord = 4

// germanMeant returns the English the text writes that w, a lower-case
// word the text lacks and general English does not know, says as a
// German noun (see germanWords): of its senses the text holds, the
// sense-th, or the last when it holds fewer. Or "".
func (r *Retriever) germanMeant(w string, sense int) string {
	if len(w) < minGermanWord || !isLetters(w) || commonWord(w) || r.usesWord(w) {
		return ""
	}
	return r.tableWord(germanWords, germanEndings, w, sense)
}
