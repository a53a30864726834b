package retrieve

// The kinds of fact a question asks for (a year, a time, a count, a day,
// a length of time, a place, a name, a title, a sum of money, whose words
// it quotes, what a citation's year stands for) and whether the sentences
// of a passage holding what it asks about give one: a passage that names
// what is asked of but gives no such fact does not answer it (see
// evidence.unasked).
//
// This file holds what every kind shares and the kinds of time (years,
// days, lengths of time); each other kind has its own fact*.go file:
// factnames.go, factplaces.go, facttitles.go (and whose words),
// factcitations.go, factamounts.go, factcauses.go, factsuccession.go,
// facthowto.go and factdoers.go.

import (
	"slices"
	"strings"
	"sync"
	"unicode"

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
