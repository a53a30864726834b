package retrieve

// The kinds of fact a question asks for (a year, a time, a count, a day,
// a length of time, a place, a name, a title, a sum of money, whose words
// it quotes, what a citation's year stands for) and whether the sentences
// of a passage holding what it asks about give one: a passage that names
// what is asked of but gives no such fact does not answer it (see
// evidence.unasked).

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// yearRe finds a year of the last two millennia.
var yearRe = lazyregexp.New(`\b(?:1[0-9]|20)[0-9]{2}\b`)

// timeRe finds a time: a year, a decade ("the '30s", "the 1920s"), a
// month, or a word placing something in time against something else
// ("after his death", "during the Revolution").
var timeRe = lazyregexp.New(`\b(?:1[0-9]|20)[0-9]{2}s?\b|'[0-9]0s\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|[Cc]entury|[Aa]fter|[Bb]efore|[Dd]uring|[Uu]ntil|[Ss]ince)\b`)

// countRe finds a count: a number in digits or in words.
var countRe = lazyregexp.New(`\b[0-9]+\b|\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Hh]undreds?|[Tt]housands?|[Mm]illions?|[Dd]ozens?|[Hh]alf|[Tt]wice|[Oo]nce|[Pp]ercent)\b`)

// asksWhen reports whether q asks when: it opens with "When", and that is
// no clause placing the question asked after it in time ("When the old
// minister was talking to a journalist, what was he worried about?": see
// openingClause).
func asksWhen(q *Query) bool {
	return q.AsksWhen && openingClause(q.Text) == ""
}

// openingClause returns the clause a question opens with before a comma
// or a dash, when a question word or an auxiliary follows it ("When X did Y, how was
// Z treated?", "If X, why Y?"): a clause that sets the scene for what is
// asked; or "". A clause asking itself ("When did X die, what killed
// him?") sets no scene: an auxiliary follows its first word.
func openingClause(text string) string {
	before, after, ok := cutAt(text, clauseEndRe)
	if !ok {
		return unmarkedClause(text)
	}
	// The opening clause is read word for word, "I" and all: "When I
	// was young, ..." sets a scene, "When was X, ..." asks.
	ws, opening := terms.Words(after), strings.Fields(strings.ToLower(before))
	if len(ws) == 0 || !askers[ws[0]] && !statedAsked(after) || len(opening) < 2 || askers[opening[1]] {
		return ""
	}
	return before
}

// statedAsked reports whether text, what follows a question's opening
// clause, is a statement asked as a question: a subject pronoun opens
// it and a question mark ends it ("When X died, he was still its head?"):
// it asks yes or no of the statement, as "was he ...?" does, and the
// clause before it sets the scene.
func statedAsked(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	return len(ws) >= unmarkedRest && statedSubjects[strings.Trim(ws[0], ",;:")] && strings.HasSuffix(strings.TrimSpace(text), "?")
}

// statedSubjects are the pronouns that open a statement as its subject.
var statedSubjects = words("he", "she", "it", "they", "we", "you", "i", "there")

// unmarkedClause returns the clause a question opens with when no comma
// ends it: "when" and a clause of its own, then "did", "does" or "do"
// after a word of that clause, asking the question ("when Jivago died did
// the committee even know"); or "". An auxiliary right after "when" asks
// when ("when did Jivago die"), and one with too few words after it to
// ask a question of its own ends no clause.
func unmarkedClause(text string) string {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) < 2 || ws[0] != "when" || askers[ws[1]] {
		return ""
	}
	for i := 3; i+unmarkedRest <= len(ws); i++ {
		if doWords[ws[i]] && !terms.IsStopword(ws[i-1]) {
			return strings.Join(strings.Fields(text)[:i], " ")
		}
	}
	return ""
}

// unmarkedRest is the fewest words from the auxiliary on that ask a
// question of their own: the auxiliary, a subject and a verb.
const unmarkedRest = 3

// clauseEndRe finds where an opening clause ends: a comma, or a dash
// set between spaces ("When I was young we read of X - does the text say
// ...?").
var clauseEndRe = lazyregexp.New(`,|\s[-–—]+\s`)

// askers open a question: question words and the auxiliaries that open
// one asking yes or no.
var askers = words("what", "who", "whom", "whose", "which", "why", "how", "where", "when",
	"did", "does", "do", "is", "was", "were", "are", "can", "could", "would", "should", "has", "had", "have")

// asksDate reports whether q asks in what year or on what date: as
// Query.AsksYear, or with a word between ("On what exact date ...?",
// "In which calendar year ...?"), or by offering a year to be checked
// (see offeredYears).
func asksDate(q *Query) bool {
	if q.AsksYear || len(q.offered) > 0 {
		return true
	}
	ws := q.Words
	for i := 2; i < len(ws); i++ {
		if (ws[i] == "year" || ws[i] == "date") && (ws[i-2] == "what" || ws[i-2] == "which") && !terms.IsStopword(ws[i-1]) {
			return true
		}
	}
	return false
}

// dayRe finds a day of a month: "March 17", "17 March", "the 5th of
// March".
var dayRe = lazyregexp.New(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\.? [0-3]?[0-9]\b|\b[0-3]?[0-9](?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`)

// asksDay reports whether q asks on what day or date something happened
// ("What day did he die?", "On which exact day ...?", "what is the exact
// date he died?"): a year does not answer it, nor a month alone. A date
// is a day of a month; "in what year" asks no date.
func asksDay(q *Query) bool {
	ws := q.Words
	for i := 1; i < len(ws); i++ {
		if ws[i] != "day" && ws[i] != "date" {
			continue
		}
		// "what", "which" before, with at most one word of content
		// between ("what is the exact date").
		content := 0
		for j := i - 1; j >= 0 && i-j <= dayGap; j-- {
			if ws[j] == "what" || ws[j] == "which" {
				return true
			}
			if !terms.IsStopword(ws[j]) {
				if content++; content > 1 {
					break
				}
			}
		}
	}
	return false
}

// asksYears reports whether q asks in what years ("In what years was X
// governor?"), as "in what year" asks one: a decade answers it too (see
// decadeRe). Read by abstention only: ranking passages that give years
// first (see favourYears) for it moved answerable questions down.
func asksYears(q *Query) bool {
	ws := q.Words
	for i := 1; i < len(ws); i++ {
		if (ws[i] == "years" || ws[i] == "dates") && (ws[i-1] == "what" || ws[i-1] == "which") {
			return true
		}
	}
	return false
}

// decadeRe finds a decade: "the 1920s", "the late '20s".
var decadeRe = lazyregexp.New(`\b(?:1[0-9]|20)[0-9]0s\b|'[0-9]0s\b`)

// dayGap is how far before "day" or "date" the word asking it may stand
// ("what is the exact date").
const dayGap = 4

// nameRe finds a question asking a name: "What was the name of X?",
// "What's the author's name?".
var nameRe = lazyregexp.New(`(?i)\bthe name of\b|['’]s name\b`)

// asksName reports whether q asks the name of someone or something, or
// the name it goes by today (see presentNameRe).
func asksName(q *Query) bool {
	return nameRe.MatchString(q.Text) || presentNameRe.MatchString(q.Text)
}

// presentNameRe finds a question asking the name something goes by
// today: "What is the city of X called today?", "What is X's modern
// name?".
var presentNameRe = lazyregexp.New(`(?i)\bcalled (?:today|now|nowadays)\b|\b(?:today|now|nowadays) called\b|\bknown as (?:today|now)\b|\b(?:modern|present|current|present-day) name\b`)

// renamingRe finds a sentence telling what something is called at
// another time: "the country now called Hellas", "later renamed".
var renamingRe = lazyregexp.New(`(?i)\b(?:now|today|nowadays|renamed|present-day|modern-day|formerly|later called|later known)\b`)

// namesOther reports whether a sentence of passage p holds, or holds
// near, a word of what q asks the name of (see dates) and a word
// capitalized after its first that q does not hold: a name it gives. A
// text that tells of "the jailer" and never names him does not answer
// "What was the jailer's name?".
func (r *Retriever) namesOther(q *Query, p *essay.Passage) bool {
	subject := askedOf(q)
	subject = slices.DeleteFunc(slices.Clone(subject), func(s string) bool { return s == "name" })
	// The name of someone's thing ("the name of X's book") is that
	// thing's: a sentence naming X beside others, with no book in it,
	// gives the name of no book. The name of a person is left to the
	// question's subject: a text may name the man it tells of in a note.
	if n := possessed(q.Text); n != "" && !thesaurus.Person(n) {
		subject = []string{n}
	}
	// The name of a person ("the man", "the jailer") is a person's:
	// "Christianity" in the sentence does not give it.
	asked, person := map[string]bool{}, false
	for _, w := range q.Words {
		asked[terms.Stem(w)] = true
		person = person || !terms.IsStopword(w) && thesaurus.Person(w)
	}
	for _, s := range q.Stems {
		asked[s] = true
	}
	// The name a thing goes by today is given only where the text tells
	// of its renaming: a sentence naming a city beside people names
	// no name the city goes by today.
	present := presentNameRe.MatchString(q.Text)
	for _, sn := range p.Sentences {
		held := words(terms.Stems(sn.Text)...)
		if len(subject) > 0 && !slices.ContainsFunc(subject, func(s string) bool { return r.heldNear(q, s, held) }) ||
			present && !renamingRe.MatchString(sn.Text) {
			continue
		}
		for _, w := range givenNames(sn.Text) {
			s := terms.Stem(strings.ToLower(w))
			if !asked[s] && !terms.IsStopword(s) && (!person || thesaurus.Person(w) || thesaurus.Senses(s) == 0) {
				return true
			}
		}
	}
	return false
}

// holderRe finds a question asking who held an office over a thing
// ("Who chaired the commission that drafted X?", "Who was the head of
// the secret police?"); its group is the first word of the thing. "Who
// led X?" is left out: a text answers it of a movement or a people in
// many other words than an office's.
var holderRe = lazyregexp.New(`(?i)^\W*who(?:\s+was|\s+is|'s|’s)?\s+(?:the\s+)?(?:chaired|headed|presided\s+over|directed|commanded|head|chair|chairman|director|president|chief|commander)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|this\s+|that\s+|his\s+|her\s+|their\s+)?([\p{L}-]+)`)

// heldOver returns the stem of the thing q asks who held an office
// over (see holderRe), or "".
func heldOver(q *Query) string {
	m := holderRe.FindStringSubmatch(q.Text)
	if m == nil {
		return ""
	}
	return terms.Stem(strings.ToLower(m[1]))
}

// namesHolder reports whether a sentence of p holds the thing q asks
// who held an office over, a word of office ("head", "Commander") and
// a name q does not give: "the Commander of the Fortress, K." answers
// "Who commanded the Fortress?"; a sentence saying only that someone
// could not control the thing, or naming none, does not.
func (r *Retriever) namesHolder(q *Query, p *essay.Passage) bool {
	over := heldOver(q)
	asked := words(terms.Stems(q.Text)...)
	for _, sn := range p.Sentences {
		stems := terms.Stems(sn.Text)
		held := words(stems...)
		if !r.heldNear(q, over, held) || !slices.ContainsFunc(stems, func(s string) bool { return officeStems[s] }) {
			continue
		}
		for _, w := range givenNames(sn.Text) {
			if s := terms.Stem(strings.ToLower(w)); !asked[s] && !terms.IsStopword(s) && !officeStems[s] && s != over {
				return true
			}
		}
	}
	return false
}

// officeStems are the stems of the words naming an office or holding it.
var officeStems = words(terms.Stems("chaired chair chairman chairmen headed head heads led lead leader leaders ran run directed director commanded commander commanders presided president chief secretary minister")...)

// givenNames returns the words of a sentence capitalized after its first
// word, leaving out those that open a quotation or a clause after a colon
// ("the jailer said, \"Come, boys\""): capitalized as its first word, not
// as a name.
func givenNames(text string) []string {
	var out []string
	prev := '.'
	start := -1
	for i, c := range text + " " {
		if unicode.IsLetter(c) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := text[start:i]
			first, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(first) && !strings.ContainsRune("\"“‘'(:;.!?[", prev) {
				out = append(out, w)
			}
			start = -1
			prev = 'a'
		}
		if !unicode.IsSpace(c) {
			prev = c
		}
	}
	return out
}

// durationRe finds a length of time: a number or a count word, and a
// unit of time ("one night", "3 years", "a few months", "half an hour").
var durationRe = lazyregexp.New(`(?i)\b(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a|an|few|several|many|some)\s+(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|decades?|centuries)\b`)

// asksDuration reports whether q asks how long something lasted or how
// old someone was: a year or a count of other things does not answer it
// ("How long did the speech last?" of a text giving only the year it
// was made).
func asksDuration(q *Query) bool {
	for i := 1; i < len(q.Words); i++ {
		if q.Words[i-1] == "how" && (q.Words[i] == "long" || q.Words[i] == "old") {
			return true
		}
	}
	return false
}

// asksWhere reports whether q asks where someone was born, lived, worked
// or died, or where a thing is kept (see placedVerbs): only a passage naming a place beside it
// answers it. Other questions asking where ("Where can I read the full
// text?", "Where does the phrase come from?") are answered by a source
// or a cause as well as by a place.
//
// The verb must follow "where" with at most placedGap content words
// between, as its own verb: "Where does he get the idea that X's papers
// were destroyed after he died?" asks for a source, not a place of death.
func asksWhere(q *Query) bool {
	if asksSchool(q.Words) {
		return true
	}
	if len(q.Words) < 2 || q.Words[0] != "where" || openingClause(q.Text) != "" {
		return false
	}
	between := 0
	for _, w := range q.Words[1:] {
		switch {
		case placedVerbs[w]:
			return true
		case !terms.IsStopword(w):
			between++
		}
		if between > placedGap {
			return false
		}
	}
	return false
}

// asksSchool reports whether ws ask at what school someone teaches,
// works or studies: "what university does X teach at", "which college
// did he study at". It asks a place as "where" does.
func asksSchool(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if schools[ws[i]] && (ws[i-1] == "what" || ws[i-1] == "which") {
			return slices.ContainsFunc(ws[i+1:], func(w string) bool { return placedVerbs[w] })
		}
	}
	return false
}

// placedGap is how many content words may stand between "where" and the
// verb it asks of ("Where was the author of this essay born?").
const placedGap = 3

// placedVerbs say where a person is: born, living, working, teaching,
// studying, dying, buried; or where a thing is kept: held, kept, stored,
// housed ("Where is the manuscript of X held?"), which a text citing X's
// publisher does not say.
var placedVerbs = words("born", "live", "lives", "lived", "living", "work", "works", "worked", "working",
	"teach", "teaches", "taught", "teaching", "study", "studies", "studied", "die", "died", "buried", "grew", "raised",
	"held", "kept", "stored", "housed")

// places reports whether a sentence of passage p holds, or holds near, a
// placed verb of q (see asksWhere) and names a place: a capitalized word
// after its first whose commonest sense is a place ("Moscow", "New
// Jersey"), or a school ("University"). "... has a lot to teach future
// generations" does not say where its author teaches.
func (r *Retriever) places(q *Query, p *essay.Passage) bool {
	var verbs []string
	for _, w := range q.Words {
		if placedVerbs[w] {
			verbs = append(verbs, terms.Stem(w))
		}
	}
	for _, sn := range p.Sentences {
		held := words(terms.Stems(sn.Text)...)
		if !slices.ContainsFunc(verbs, func(s string) bool { return r.heldNear(q, s, held) }) {
			continue
		}
		for _, w := range givenNames(sn.Text) {
			lower := strings.ToLower(w)
			if schools[lower] || thesaurus.Place(terms.Stem(lower)) {
				return true
			}
		}
	}
	return false
}

// schools name a place of teaching or study.
var schools = words("university", "uni", "college", "school", "institute", "academy", "seminary")

// dates reports whether a sentence of passage p both gives what re finds
// (a year, a time, a count: see gives) and holds, or holds near, a word
// of what q asks it of: one of q.Subject, or of its stems when it has
// none. A time in another sentence is not the time asked for: "When did
// X die?" is not answered by a passage that names X and, elsewhere, a
// year. Nor is the time of the other end of a thing's life (see
// otherPhase).
func (r *Retriever) dates(q *Query, p *essay.Passage, re *lazyregexp.Regexp) bool {
	subject := askedOf(q)
	// A count of what a name the corpus gives is made of ("How many
	// people were executed in the Night of the Long Knives?") is a count
	// of its other words: a citation of the name gives pages, not people.
	// So is one typed in lower case, of words the corpus writes only as
	// a name ("how many people executed dreyfus affair").
	if re == countRe {
		names := r.nameRuns(q, subject)
		if own := slices.DeleteFunc(slices.Clone(subject), func(s string) bool { return names[s] > 0 || r.named(s) }); len(own) > 0 {
			subject = own
		}
	}
	about := func(held map[string]bool) bool {
		return slices.ContainsFunc(subject, func(s string) bool { return r.heldNear(q, s, held) })
	}
	owned := possessed(q.Text)
	own := map[string]bool{}
	for _, w := range q.Words {
		own[w] = true
	}
	// A count is read without the days of months, a sum with the
	// currencies the question names (see factReading).
	reading := factReading{dayless: re == countRe, sums: re == moneyRe}
	// The phase asked matters for a time, not for a count or a sum.
	asked := noPhase
	if re == yearRe || re == timeRe || re == dayRe || re == decadeRe {
		asked = askedPhase(q)
	}
	firstAsked := asksFirstPublished(q.Words)
	for _, sn := range p.Sentences {
		if !re.MatchString(sn.Text) {
			continue
		}
		held := words(terms.Stems(sn.Text)...)
		if owned != "" && !r.heldNear(q, owned, held) {
			continue
		}
		if otherPhase(asked, sn.Text) {
			continue
		}
		// The sentence telling a first publication is about what a
		// question asking where or when something was first published
		// asks of, in whatever words (see firstPublishedRe).
		told := about(held) || firstAsked && firstPublishedRe.MatchString(sn.Text)
		if told && gives(re, sn.Text, own, func(w string) bool { return about(map[string]bool{terms.Stem(w): true}) }, reading) {
			return true
		}
	}
	return false
}

// phase is the end of a thing's life a question asks the time of, or a
// sentence dates: its beginning or its end.
type phase int

const (
	noPhase phase = iota
	beginning
	ending
)

// phases maps the words of a thing's beginning and of its end to that
// phase, word by word rather than by stem: "the end of your government"
// is its purpose, and "found" is more often of finding than of
// founding. A question may ask "when did X end?" (see askedPhase).
var phases = sync.OnceValue(func() map[string]phase {
	out := map[string]phase{}
	for _, w := range strings.Fields("introduce introduced introduces introduction create created creates creation establish established establishes establishment founded founding start started starts begin begins began begun beginning inception launch launched launches instituted adopt adopted") {
		out[w] = beginning
	}
	for _, w := range strings.Fields("ended ending abolish abolished abolishes abolition dropped abandoned scrapped repealed dissolved") {
		out[w] = ending
	}
	return out
})

// askedPhase returns the one phase q asks the time of (see phases), or
// noPhase when it names none or both.
func askedPhase(q *Query) phase {
	found := noPhase
	for _, w := range q.Words {
		ph := phases()[w]
		if w == "end" || w == "ends" {
			ph = ending
		}
		if ph == noPhase {
			continue
		}
		if found != noPhase && found != ph {
			return noPhase
		}
		found = ph
	}
	return found
}

// otherPhase reports whether a sentence names only the other end of a
// thing's life than the one asked the time of: "When was the Party
// Maximum first introduced?" is not answered by "the discussions around
// ending the Party Maximum wage sometime in the early '30s", which dates
// its end.
func otherPhase(asked phase, sentence string) bool {
	if asked == noPhase {
		return false
	}
	other := beginning
	if asked == beginning {
		other = ending
	}
	has := map[phase]bool{}
	for _, w := range terms.Words(sentence) {
		has[phases()[w]] = true
	}
	return !has[asked] && has[other]
}

// possessed returns the stem of the common noun a question asks a fact
// of as someone's ("When was X's book published?"), or "": a sentence
// naming X and a year, with no book in it (nor a word near one: "killed"
// for "Y's death"), dates something else of his.
func possessed(text string) string {
	fs := strings.Fields(text)
	for i, f := range fs[:max(0, len(fs)-1)] {
		base, ok := strings.CutSuffix(f, "'s")
		if !ok {
			base, ok = strings.CutSuffix(f, "’s")
		}
		// "what's" and "it's" own nothing.
		if !ok || terms.IsStopword(strings.ToLower(base)) {
			continue
		}
		n := strings.ToLower(strings.TrimFunc(fs[i+1], notLetter))
		if terms.IsStopword(n) || !nounWord(n) || thesaurus.Senses(terms.Stem(n)) == 0 || thesaurus.Proper(terms.Stem(n)) {
			return ""
		}
		return terms.Stem(n)
	}
	return ""
}

// askedOf returns the stems of what q asks a fact of: its Subject, but
// for a verb of the text's stating ("What year is given for X?", "What
// name is given for Y?"), which says how the text gives the fact, not
// what it is a fact of; or all its stems when that leaves none.
func askedOf(q *Query) []string {
	subject := slices.DeleteFunc(slices.Clone(q.Subject), func(s string) bool { return statingStems[s] })
	if len(subject) == 0 {
		return q.Stems
	}
	return subject
}

// statingStems are the stems of the verbs by which a text gives a fact:
// "What year is given for X?", "What month is mentioned for Y?".
var statingStems = words(terms.Stems("given mentioned cited listed stated noted recorded")...)

// gives reports whether text holds a match of re that gives a time or a
// count, read as how says (see factReading), about telling whether a
// word is of what is asked. A match the question itself holds, own, gives nothing it
// did not know: "On what date was the 1936 Constitution adopted?" is not
// answered by a sentence whose only year is the 1936 of the
// Constitution's name; a currency it names is given by a sum in it when
// how says so (see factReading). Two matches give none either:
//
//   - a word placing something against what is asked ("after his death",
//     "during the Revolution"): it dates something else by it, and "When
//     did he die?" is not answered by "created after his death";
//   - "one" as a pronoun ("one of the charges", "the one that had no
//     Party", "one's"): no count;
//
// and a number inside a day of a month gives none when how says so.
func gives(re *lazyregexp.Regexp, text string, own map[string]bool, about func(word string) bool, how factReading) bool {
	var days [][]int
	if how.dayless {
		days = dayRe.FindAllStringIndex(text, -1)
	}
	for _, m := range re.FindAllStringIndex(text, -1) {
		if inDay(m, days) {
			continue
		}
		after := terms.Words(text[m[1]:])
		before := terms.Words(text[:m[0]])
		if own[strings.ToLower(text[m[0]:m[1]])] && !(how.sums && counted(before)) {
			continue
		}
		switch strings.ToLower(text[m[0]:m[1]]) {
		case "after", "before", "during", "until", "since":
			if slices.ContainsFunc(after[:min(anchorWords, len(after))], about) || adverbialSince(before, text[m[0]:m[1]]) {
				continue
			}
		case "one":
			if len(after) > 0 && pronounAfter[after[0]] || len(before) > 0 && before[len(before)-1] == "the" || possessiveAt(text[m[1]:]) {
				continue
			}
		}
		return true
	}
	return false
}

// factReading says how gives reads the matches of the pattern it is
// handed, so that it need not know which pattern that is.
type factReading struct {
	// dayless is set for a count: a number inside a day of a month ("of
	// January 13, 1900") dates something and counts nothing (see inDay).
	dayless bool
	// sums is set for a sum of money: a currency the question names is
	// given all the same after a number ("nine shillings"; see counted).
	sums bool
}

// inDay reports whether match m lies inside one of days, the spans of
// a text giving a day of a month: "How many issues did the Jivago
// Gazette put out a week?" is not answered by a citation of its issue
// "of January 13, 1900", whose 13 is a date.
func inDay(m []int, days [][]int) bool {
	return slices.ContainsFunc(days, func(d []int) bool { return d[0] <= m[0] && m[1] <= d[1] })
}

// counted reports whether the last of the words before a match is a
// number ("nine shillings", "300 rubles"): a sum in the currency a
// question names ("How much was it in shillings?") is given, though
// the currency's name is the question's own word.
func counted(before []string) bool {
	return len(before) > 0 && countRe.MatchString(before[len(before)-1])
}

// adverbialSince reports whether match, after the words before, is the
// "since" of "long since" or "ever since": it says that something
// happened a while ago, not when. "The work has long since begun" does
// not answer "When did X collapse?".
func adverbialSince(before []string, match string) bool {
	return strings.EqualFold(match, "since") && len(before) > 0 && (before[len(before)-1] == "long" || before[len(before)-1] == "ever")
}

// anchorWords is how many words after "after", "before" and the like may
// name what they place something against.
const anchorWords = 4

// possessiveAt reports whether text opens with a possessive ending
// ("'s health"): "one's" is a pronoun, and "at danger to one's health"
// counts nothing.
func possessiveAt(text string) bool {
	return strings.HasPrefix(text, "'s") || strings.HasPrefix(text, "’s")
}

// notLetter reports whether c is no letter.
func notLetter(c rune) bool { return !unicode.IsLetter(c) }

// pronounAfter are the words after which "one" is a pronoun.
var pronounAfter = words("of", "that", "who", "which")

// titleRe finds a question asking the title of a work: "What is the
// title of X's book?", "What's X's book called?", "What is X's memoir
// titled?", "What book did X write?", "What's the name of X's book?";
// and one put as a note's heading: "Title and year of X's memoir?", "X
// book title?" (and as keywords in any order: see keywordAsksTitle).
var titleRe = lazyregexp.New(`(?i)\b(?:what|which)(?:'s| is| was)? (?:the )?(?:exact |full )?title\b|\btitle of\b|\bname of (?:\S+ ){1,3}(?:book|article|memoir|study|biography|diary)s?\b|['’]s (?:\w+ )?title\b|\b(?:what|which) (?:book|article|memoir|study|biography)s? (?:did|does|has|had) (?:\w+ ){1,3}(?:write|wrote|written|publish|published|author|edit|edited)\b|['’]s (?:book|article|memoir|study|biography|diary)s? (?:is |was |are |were )?(?:called|titled|named)\b|^\W*title (?:and \w+ )?of\b|\b(?:book|article|memoir|study|biography|diary)s? title\W*$`)

// untitled reports whether q asks the title of a work of someone the
// corpus names (see titleRe) and no sentence naming him gives a title
// beside his name (see givesTitle). A text that cites "Smith, p. 220"
// or tells of "conversations with X" names the author, not the work.
// A question naming no one ("What is the title of the essay?") is left
// to the other tests.
func (r *Retriever) untitled(q *Query) bool {
	if !titleRe.MatchString(q.Text) && !keywordAsksTitle(q.Text, q.Words) {
		return false
	}
	runs := r.nameRuns(q, q.Stems)
	if len(runs) == 0 {
		runs = r.namesTyped(q)
	}
	if len(runs) == 0 {
		return r.authorsWork(q) && !r.titlesOwnWork()
	}
	for n := range runs {
		for _, at := range r.name(n).at {
			if givesTitle(at.passage.Sentences[at.sentence].Text, n) {
				return false
			}
		}
	}
	return true
}

// namesTyped returns the stems of q that the corpus writes only as
// names, however q types them: a question asking a title names whose
// work it asks of, in lower case too ("what's the title of amy knight's
// book"), though "knight" is a word of the dictionary as well.
func (r *Retriever) namesTyped(q *Query) map[string]int {
	out := map[string]int{}
	for _, s := range q.Stems {
		if r.named(s) {
			out[s] = 1
		}
	}
	return out
}

// authorsWork reports whether q asks of a work of the text's author by
// his name ("Smith's article"): the text speaks of it in the first
// person, if at all, and never by his name.
func (r *Retriever) authorsWork(q *Query) bool {
	author := r.authorWords()
	for _, f := range strings.Fields(q.Text) {
		w, ok := strings.CutSuffix(strings.ReplaceAll(f, "’", "'"), "'s")
		if ws := terms.Words(w); ok && len(ws) == 1 && author[ws[0]] {
			return true
		}
	}
	return false
}

// titlesOwnWork reports whether a sentence of the corpus gives the title
// of a work of its author's own: "my" or "an" before a word for a work,
// then its title in quotation marks or after "entitled" ("my article
// \"Title\"", "a book entitled ..."). "I am writing an article on
// the \"Y\" affair" names what the article is about, not its title.
func (r *Retriever) titlesOwnWork() bool {
	for _, p := range r.Corpus.Passages {
		for _, sn := range p.Sentences {
			if ownTitleRe.MatchString(sn.Text) {
				return true
			}
		}
	}
	return false
}

// ownTitleRe finds the author giving the title of a work of his own.
var ownTitleRe = lazyregexp.New(`(?i)\b(?:my|an?)\s+(?:article|book|essay|study|paper|chapter|monograph)s?,?\s+(?:["“'‘]|(?:entitled|titled|called)\b)`)

// givesTitle reports whether sentence text gives the title of a work of
// the name whose stem is n: the name followed by a comma or a colon and
// a capitalized word or a quotation ("John Smith, Times of Trouble",
// "Jones, \"Kings and Courts ...\""), by "'s" and a quotation, or
// standing in a title itself ("The Letters of Anna Smith"). A page
// ("Smith, p. 220") or a clause ("Smith, and Jones") is no title.
func givesTitle(text, n string) bool {
	ws := strings.Fields(text)
	for i, w := range ws {
		word := strings.TrimRightFunc(w, func(c rune) bool { return !unicode.IsLetter(c) })
		word = strings.TrimLeftFunc(word, func(c rune) bool { return !unicode.IsLetter(c) })
		if word == "" || !unicode.IsUpper([]rune(word)[0]) || terms.Stem(strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "’s"))) != n {
			continue
		}
		// "The Letters of Anna Smith": the name, given names and
		// all, after "of" in a run of capitalized words.
		j := i - 1
		for j >= 0 && startsUpper(ws[j]) && !strings.ContainsAny(ws[j], ",;:") {
			j--
		}
		if j >= 1 && ws[j] == "of" && startsUpper(ws[j-1]) {
			return true
		}
		if i+1 >= len(ws) {
			continue
		}
		next := ws[i+1]
		switch {
		case strings.HasSuffix(w, ",") || strings.HasSuffix(w, ":"):
			if startsQuote(next) || startsUpper(next) && !strings.HasSuffix(next, ".") {
				return true
			}
		case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			if startsQuote(next) {
				return true
			}
		}
	}
	return false
}

// startsUpper reports whether w opens with a capital letter.
func startsUpper(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c)
}

// startsQuote reports whether w opens a quotation.
func startsQuote(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune("\"“‘", c)
}

// quoteRe finds a quotation.
var quoteRe = lazyregexp.New(`["“]([^"”]+)["”]`)

// whoWroteRe finds a question asking who wrote, said or edited
// something.
var whoWroteRe = lazyregexp.New(`(?i)^\W*who\b.*\b(?:wrote|writes|write|written|authored|said|says|say|spoke|coined|edited|penned|published)\b`)

// unauthored reports whether q asks who wrote or said the words it
// quotes ("Who wrote the article \"Welcome to ...\"?"), and a sentence
// of passages quotes them with no name standing just before the
// quotation (see authorGap) nor after it by "by": "A contemporary author
// has well spoken of \"...\"" and "see \"...\", The Weekly" quote
// without saying whose the words are.
func unauthored(q *Query, passages []*essay.Passage) bool {
	m := quoteRe.FindStringSubmatch(q.Text)
	if m == nil || !whoWroteRe.MatchString(q.Text) {
		return false
	}
	want := terms.Stems(m[1])
	if len(want) == 0 {
		return false
	}
	asked := map[string]bool{}
	for _, w := range q.Words {
		asked[w] = true
	}
	quoted := false
	for _, p := range passages {
		for _, sn := range p.Sentences {
			for _, at := range quoteRe.FindAllStringSubmatchIndex(sn.Text, -1) {
				held := words(terms.Stems(sn.Text[at[2]:at[3]])...)
				n := 0
				for _, t := range want {
					if held[t] {
						n++
					}
				}
				if 2*n < len(want)+1 {
					continue
				}
				quoted = true
				before := givenNames(sn.Text[:at[0]])
				words := terms.Words(sn.Text[:at[0]])
				near := words[max(0, len(words)-authorGap):]
				for _, w := range before {
					lw := strings.ToLower(w)
					if slices.Contains(near, lw) && !asked[lw] && !terms.IsStopword(lw) {
						return false
					}
				}
				after := terms.Words(sn.Text[at[1]:])
				if len(after) > 1 && after[0] == "by" {
					return false
				}
			}
		}
	}
	return quoted
}

// authorGap is how many words before a quotation may name whose it is
// ("Raymond Baker, Centre for International Policy, \"...\"").
const authorGap = 6

// citedYear reports whether q names a year that the corpus gives only in
// citations (see citeRe: "Historical Review 63 (2004)"), none of whose
// passages holds citedShare of q's other words. A year a text gives only as the date of a work
// it cites is a time it does not reach: "Who won the 2004 election?" is
// off its ground; "What does the 2004 Historical Review article argue?"
// asks of the citation.
func (r *Retriever) citedYear(q *Query) bool {
	for _, w := range q.Words {
		if !yearWordRe.MatchString(w) || !r.Index.BM25.Has(terms.Stem(w)) {
			continue
		}
		other := false
		cited := r.yearCited(w, func(p *essay.Passage) {
			other = other || r.asksCitation(q, terms.Stem(w), words(terms.Stems(p.Text())...))
		})
		if cited && !other {
			return true
		}
	}
	return false
}

// yearCited reports whether the corpus gives year w, and only in
// citations (see citeRe), calling each for every passage citing it.
func (r *Retriever) yearCited(w string, each func(*essay.Passage)) bool {
	ps := r.passagesNaming([]string{terms.Stem(w)})
	for _, p := range ps {
		for _, sn := range p.Sentences {
			if !strings.Contains(sn.Text, w) {
				continue
			}
			if !citeRe.MatchString(sn.Text) {
				return false
			}
			each(p)
		}
	}
	return len(ps) > 0
}

// asksCitation reports whether q, naming year, asks of a citation whose
// passage's stems are held: the passage holds one of q's other stems
// that few passages hold (at most citedRare chunks: "Clarendon"),
// or citedShare of their weight (IDF times specificity). "What did the
// 1990 American Historical Review article say?" asks of "American
// Historical Review 12 (1990)"; "Who won the 1990 American election?",
// sharing only "American" with it, a word of many passages, does not.
func (r *Retriever) asksCitation(q *Query, year string, held map[string]bool) bool {
	var in, total float64
	for i, s := range q.Stems {
		if s == year {
			continue
		}
		w := r.Index.BM25.IDF(s) * q.Specificity[i]
		total += w
		if held[s] {
			if len(r.Index.BM25.Postings[s]) <= citedRare {
				return true
			}
			in += w
		}
	}
	return total > 0 && in/total >= citedShare
}

// citedRare is how many chunks may hold a word that, held by a citation,
// ties a question to it (see asksCitation).
const citedRare = 2

// citedShare is the least share of a question's weight, its year aside,
// that the passage of a citation giving the year must hold for the
// question to ask of it (see asksCitation).
const citedShare = 0.5

// moneyRe finds a sum of money: a figure with a currency's sign or name
// ("$40", "300 rubles", "a thousand pounds"), or a currency named.
var moneyRe = lazyregexp.New(`[$£€¥]\s?[0-9]|(?i)\b(?:rubles?|roubles?|kopecks?|dollars?|cents?|pounds?|shillings?|pence|francs?|marks|euros?|yuan|guineas?|crowns?|dimes?|nickels?|sterling)\b`)

// asksAmount reports whether q asks how much something cost, how much
// someone earned or was paid, how much something was in a currency, or
// how many of a currency: a sum of money answers it, not a count
// ("pp. 66-67") nor a year.
func asksAmount(q *Query) bool {
	if asksSum(q) || asksSumIn(q) {
		return true
	}
	ws := q.Words
	for i := 1; i < len(ws); i++ {
		if ws[i-1] != "how" {
			continue
		}
		// "How many dollars", "how many billions of dollars": a count
		// of money is a sum.
		if ws[i] == "many" && moneyRe.MatchString(strings.Join(ws[i+1:min(len(ws), i+1+countedGap)], " ")) {
			return true
		}
		if ws[i] != "much" {
			continue
		}
		// "How much was X in rubles?" names the currency it asks a sum
		// in, whatever its verb.
		after := ws[i+1 : min(len(ws), i+1+amountGap)]
		if moneyRe.MatchString(strings.Join(after, " ")) {
			return true
		}
		for _, w := range after {
			if moneyWords[w] {
				return true
			}
		}
	}
	return false
}

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

// passagesNaming returns the passages whose chunks BM25 lists for any of
// stems.
func (r *Retriever) passagesNaming(stems []string) []*essay.Passage {
	var out []*essay.Passage
	seen := map[*essay.Passage]bool{}
	for _, s := range stems {
		for _, post := range r.Index.BM25.Postings[s] {
			p, ok := r.Corpus.Passage(r.Index.Chunks[post.Doc].Ref)
			if ok && !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// asksSum reports whether the noun q asks for (see headStem) is a sum
// of money: "What salaries did X pay its officials?" is answered by a
// sum, not by a sentence saying that X paid them. A noun that may be a
// sum of anything ("amount", "sum", "price") asks one only beside a
// currency's name ("What was the ruble amount of X?"): "What price did
// they pay for it?" may ask what it cost them in other ways.
func asksSum(q *Query) bool {
	switch h := headStem(q); {
	case payHeads[h]:
		// "What was the X wage?" asks what a wage the text names was;
		// "What wages did X pay?" asks how much.
		return firstAsked(q) == h
	case sumHeads[h]:
		return moneyRe.MatchString(q.Text)
	}
	return false
}

// firstAsked returns the stem of the first word after "what" or
// "which" and the stop words that follow it, or "".
func firstAsked(q *Query) string {
	ws := q.Words
	if len(ws) == 0 || !headAskers[ws[0]] {
		return ""
	}
	for _, w := range ws[1:] {
		if !terms.IsStopword(w) {
			return terms.Stem(w)
		}
	}
	return ""
}

// payHeads are the stems of the nouns naming what someone is paid.
var payHeads = words(terms.Stems("salary salaries wage wages fee fees")...)

// paysTold reports whether a sentence of p tells what someone was paid,
// in a word naming pay ("high salaries", "better pay") beside a word of
// what q asks it of: "What salaries did the engineers receive?" is
// answered by "engineers received high salaries", though no sum is
// given. A question asking pay by a noun of pay (see asksSum) is
// answered by that or by a sum.
func (r *Retriever) paysTold(q *Query, p *essay.Passage) bool {
	// "What was the salary limit in rubles?" asks a limit of pay, which
	// a sum gives (see sumHeads), not a word naming pay.
	if !payHeads[firstAsked(q)] || sumHeads[headStem(q)] {
		return false
	}
	subject := slices.DeleteFunc(slices.Clone(askedOf(q)), func(s string) bool { return payStems[s] })
	for _, sn := range p.Sentences {
		stems := terms.Stems(sn.Text)
		held := words(stems...)
		if slices.ContainsFunc(stems, func(s string) bool { return payStems[s] }) &&
			slices.ContainsFunc(subject, func(s string) bool { return r.heldNear(q, s, held) }) {
			return true
		}
	}
	return false
}

// payStems are the stems of the words naming what someone is paid.
var payStems = words(terms.Stems("salary salaries wage wages fee fees pay paid earnings income")...)

// sumHeads are the stems of the nouns that name a sum of money beside a
// currency's name: "What was the salary limit in rubles?" asks for a
// sum, which a sentence saying only that pay was capped does not give.
var sumHeads = words(terms.Stems("amount sum price cost figure limit ceiling cap")...)

// countedGap is how many words after "how many" may name a currency
// ("how many billions of dollars").
const countedGap = 3

// amountGap is how many words after "how much" may name what a sum of
// money is asked of ("How much does the new edition of his diary cost?").
const amountGap = 10

// moneyWords ask a sum of money after "how much".
var moneyWords = words("cost", "costs", "costed", "price", "priced", "pay", "pays", "paid", "earn", "earns", "earned", "money",
	"salary", "salaries", "wage", "wages", "charge", "charged", "charges", "spend", "spent", "make", "made", "income", "worth", "sell", "sold")

// successionRe finds a question asking who came after someone: who
// replaced or succeeded him, who took over from him, or who held a post
// after him ("Who led the country after X?", "Who became chairman right
// after X's death?"). Only a name may follow "after": "Who is the source
// for the claim that X's papers were destroyed right after he died?"
// asks who tells of a time, not who came after.
var successionRe = lazyregexp.New(`^\W*(?i:who(?:m|'s|’s)?)\s.*(?:\b(?i:replac\w*|succe(?:ed|eded|eeds|eding)|took over|take over|taken over|takes over|came after|comes after|come after|followed)\b|\b(?i:after)\s+(?:(?i:immediately|right|shortly|soon|just)\s+)?(?:(?i:the\s+)?(?i:death|fall|end|downfall|ouster|removal)\s+of\s+)?\p{Lu})`)

// opensWithWho reports whether text's first word starts with "who" in
// any case, as every question successionRe matches does: the others
// need not compile it, and most questions are of the others.
func opensWithWho(text string) bool {
	text = strings.TrimLeftFunc(text, func(c rune) bool { return !isASCIIWordRune(c) })
	return len(text) >= 3 && strings.EqualFold(text[:3], "who")
}

// isASCIIWordRune reports whether c is what a regexp's \w matches: an
// ASCII letter, digit or underscore.
func isASCIIWordRune(c rune) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// successionWords are the stems a sentence tells who came after someone
// by: "his successor", "succeeded", "replaced by", "took over", "in his
// place".
var successionWords = words("successor", "successors", "succeeded", "succeeds", "succeed", "succession", "replaced", "replace",
	"replaces", "replacing", "replacement", "heir", "heirs", "took", "place")

// unsucceeded reports whether q asks who came after someone the text
// names (see successionRe) and no sentence naming him tells who did: a
// word of succession (see successionWords) in a sentence holding one of
// the question's names. A text that names X often, and never his
// successor, does not answer "Who replaced X?", however many sentences
// beside X speak of leading.
func (r *Retriever) unsucceeded(q *Query) bool {
	if !opensWithWho(q.Text) || !successionRe.MatchString(q.Text) {
		return false
	}
	var names []string
	for _, s := range q.Stems {
		if r.named(s) {
			names = append(names, s)
		}
	}
	if len(names) == 0 {
		return false
	}
	stems := map[string]bool{}
	for w := range successionWords {
		stems[terms.Stem(w)] = true
	}
	for st := range stems {
		for _, post := range r.Index.BM25.Postings[st] {
			p, ok := r.Corpus.Passage(r.Index.Chunks[post.Doc].Ref)
			if !ok {
				continue
			}
			for _, sn := range p.Sentences {
				ws := terms.Words(sn.Text)
				if !slices.ContainsFunc(ws, func(w string) bool { return successionWords[w] && (w != "took" && w != "place" || tellsSuccession(ws)) }) {
					continue
				}
				held := words(terms.Stems(sn.Text)...)
				if slices.ContainsFunc(names, func(n string) bool { return held[n] }) {
					return false
				}
			}
		}
	}
	return true
}

// tellsSuccession reports whether ws say that one took over from
// another, or stood in his place: "took over", "in his place".
func tellsSuccession(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "took" && ws[i+1] == "over" || i+2 < len(ws) && ws[i] == "in" && ws[i+2] == "place" {
			return true
		}
	}
	return false
}

// asksHowTo reports whether q asks how the asker is to do something:
// "How do I cite a website?", "how can you tell ...", "how to fix ...".
// It asks for instructions, not for what a text says of a thing.
func asksHowTo(q *Query) bool {
	// Read word for word: terms drops "I", a word of one letter.
	ws := strings.FieldsFunc(strings.ToLower(q.Text), func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' })
	if len(ws) < 3 {
		return false
	}
	if ws[0] != "how" {
		return asksBestWay(ws)
	}
	return ws[1] == "to" || howToAuxiliaries[ws[1]] && askers2nd[ws[2]] && !asksRetelling(ws)
}

// articles are the articles that may open a noun phrase.
var articles = words("the", "a", "an")

// asksBestWay reports whether ws open by asking the best way to do
// something, of the asker ("whats the best way to study for the exam",
// "best way to learn russian fast"), which asks for instructions as "how
// do I" does. Asked of someone ("What did X think was the best way to
// stop Y?"), it asks what he thought, and opens otherwise.
func asksBestWay(ws []string) bool {
	switch {
	case len(ws) > 1 && (ws[0] == "what's" || ws[0] == "whats" || ws[0] == "wats") && articles[ws[1]]:
		ws = ws[2:]
	case len(ws) > 2 && ws[0] == "what" && ws[1] == "is" && articles[ws[2]]:
		ws = ws[3:]
	case articles[ws[0]]:
		ws = ws[1:]
	}
	return len(ws) > 2 && bestWays[ws[0]] && ws[1] == "way" && ws[2] == "to"
}

// bestWays are the adjectives that ask for the way to do something.
var bestWays = words("best", "good", "easiest", "quickest", "fastest", "simplest")

// howToAuxiliaries and askers2nd make "how do I", "how can you", "how
// should one".
var (
	howToAuxiliaries = words("do", "can", "could", "should", "would", "shall")
	askers2nd        = words("i", "you", "we", "one")
)

// instructs reports whether a sentence of passage p speaks to its reader,
// as instructions do: in the second person ("you", "your"), or of what
// "one" must or should do. A text that argues in the third person gives
// no instructions, whatever words it shares with "How do I write a good
// thesis statement?".
func instructs(p *essay.Passage) bool {
	for _, sn := range p.Sentences {
		ws := terms.Words(sn.Text)
		for i, w := range ws {
			if w == "you" || w == "your" || w == "yourself" || w == "yourselves" ||
				w == "one" && i+1 < len(ws) && (ws[i+1] == "must" || ws[i+1] == "should" || ws[i+1] == "ought" || ws[i+1] == "can" || ws[i+1] == "may") {
				return true
			}
		}
	}
	return false
}

// unnamedDoer reports whether q asks who did something ("Who paid the
// tax?", see askedDoing) and every sentence of passages holding its verb
// gives the doer as an indefinite pronoun just before it ("some one
// interfered, and paid that tax", "If others pay the tax"), or as a
// personal one going back to it ("If they pay the tax"): an indefinite
// pronoun names no one, and a who-question asks for someone.
// A passage with no sentence holding the verb is left to the other
// tests.
func unnamedDoer(q *Query, passages []*essay.Passage) bool {
	verb := askedDoing(q)
	if verb == "" {
		return false
	}
	held := false
	for _, p := range passages {
		for _, sn := range p.Sentences {
			ws := terms.Words(sn.Text)
			for i, w := range ws {
				if terms.IsStopword(w) || terms.Stem(w) != verb {
					continue
				}
				switch {
				case indefiniteBefore(ws, i):
					held = true
				case !pronounBefore(ws, i):
					return false
				}
			}
		}
	}
	return held
}

// askedDoing returns the stem of the verb a question opening "Who" asks
// the doer of: its first word after "who" that is no stop word and no
// adverb in -ly ("Who actually paid ...?" asks of "paid"); or "" for
// another question.
func askedDoing(q *Query) string {
	if len(q.Words) < 2 || q.Words[0] != "who" {
		return ""
	}
	for _, w := range q.Words[1:] {
		if terms.IsStopword(w) || strings.HasSuffix(w, "ly") {
			continue
		}
		return terms.Stem(w)
	}
	return ""
}

// indefiniteBefore reports whether an indefinite pronoun stands at most
// doerGap words before ws[i]: "some one interfered, and paid".
func indefiniteBefore(ws []string, i int) bool {
	for j := i - 1; j >= 0 && i-j <= doerGap; j-- {
		if indefinites[ws[j]] || ws[j] == "one" && j > 0 && ws[j-1] == "some" {
			return true
		}
	}
	return false
}

// pronounBefore reports whether a personal pronoun stands just before
// ws[i], as its subject ("they pay"): it names the doer named before it.
func pronounBefore(ws []string, i int) bool {
	return i > 0 && personal[ws[i-1]]
}

// personal are the personal pronouns that stand for a doer named before.
var personal = words("he", "she", "they", "we")

// doerGap is how many words before a verb its subject may stand ("some
// one interfered, and paid").
const doerGap = 4

// indefinites are the pronouns that stand for someone without naming
// him.
var indefinites = words("someone", "somebody", "others", "anyone", "anybody")

// datesBeside reads the year a question asks for in the passage its
// meaning finds nearest too, when the best passage by its words does not
// give it: "What year was X's speech?" finds by its words a note
// telling what the speech denounced, and by its meaning the note that
// dates it by an anniversary. A count is not looked for there: a number
// in the passage nearest in meaning counts something else more often
// than not ("How many delegates attended?" of a note giving pages). Nor
// is a time for a question asking when: "when" opens clauses that ask
// no time ("when party people disagree, did they argue openly?"), and
// the questions it answered were answered from other passages.
func (s *Search) datesBeside(ev *evidence) {
	if len(s.semantic) == 0 || !asksDate(s.Q) || !ev.unasked(s.Q) {
		return
	}
	ev.year = ev.year || s.r.dates(s.Q, s.r.Corpus.Passages[s.semantic[0]], yearRe)
}
