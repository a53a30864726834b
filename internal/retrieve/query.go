package retrieve

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/index"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// Query is a question analysed once: its words, its content stems with
// their weights, the misspellings read and the corpus's stems related to
// each stem. Every stage of retrieval, and the answer written from it,
// reads this value rather than splitting the question again.
type Query struct {
	// Asked is the question as asked. Text is the question as searched:
	// misspelt words read as the words they stand for, which Respelled
	// lists.
	Asked, Text string
	Respelled   []Respelling
	// Mixed holds the words of a question asked mostly in another
	// language around English ones (see mixedReading): a decline names
	// the English words it read.
	Mixed Mixed
	// Misnamed lists a person the question names whom the passage that
	// answers it does not (see readWrongName).
	Misnamed []Misnamed
	// Words are Text's lower-cased words, in order.
	Words []string
	// Stems are the distinct stems of Text's content words, in order: stop
	// words, question framing and the author's name left out.
	Stems []string
	// Specificity weighs each of Stems, by index, by how much it narrows
	// the question down (see specificity).
	Specificity []float64
	// unsearched are stems the search leaves out though the tests of
	// whether the text answers weigh them (see unweighWhatBefell).
	unsearched []string
	// Pairs are the pairs of Stems that stand side by side in the
	// question, stop words aside (see pairsOf): a chunk that holds one
	// as the question does weighs more (Params.PhraseWeight).
	Pairs [][2]string
	// Related maps each of Stems to the corpus's stems that may mean the
	// same (see kin); StandIns holds the same for the stems no passage
	// holds, which their related stems stand in for.
	Related, StandIns map[string][]string
	// Missing are the question's content words, as typed but lower-cased,
	// whose stem no passage holds, nor a place's adjective or an
	// adjective's place (see demonyms), nor a word of its family (see
	// familyHeld): a decline saying the text "never mentions “jivagia”"
	// of a text writing "Jivagian" denies a word the reader can find in
	// it. Words of a sentence the asker states beside his question (see
	// statedBeside) are left out: they are not what he asks.
	Missing []string
	// Acronym is set when one of Names is written in capitals ("NEP"): a
	// name of its own, never a common word capitalized.
	Acronym bool
	// AsksWhatIs is set for a question asking what a thing is ("What is
	// the gentry?"): a sentence that names it answers it best.
	AsksWhatIs bool
	// AsksYear is set for a question that asks in what year or on what
	// date something happened: only a passage that gives one answers it.
	// AsksWhen is set for one that opens "When ...?": only a passage that
	// places something in time answers it.
	AsksYear, AsksWhen bool
	// AsksCount is set for a question asking "how many": only a passage
	// that gives a number answers it.
	AsksCount bool
	// Subject are the stems of Stems that say what a question asking for
	// a time or a count asks it of: those that name no one ("die" in
	// "When did X die?") and are not the framing "year" or "date". A
	// time or number must stand in a sentence holding one of them.
	Subject []string
	// Names are the words, capitalized after the question's first, that
	// the corpus never uses: names of things it may not discuss. A run of
	// capitalized common words the corpus never puts together ("the
	// Second World War") is one name too.
	Names []string
	// Years are the years and decades of the question that the corpus
	// never gives, nor their decade ("1964", "the 1990s"): a time the text
	// does not reach.
	Years []string
	// offered holds the stems of the years the question puts forward to
	// be checked (see offeredYears): it asks the year, and they are no
	// words the text must hold.
	offered map[string]bool
	// SameConcept maps each stem no passage holds to the corpus's stems
	// of nearly the same concept (see kin) that WordNet does not list as
	// its synonyms ("pay" for "paycheck", "expert" for "specialist"):
	// searched beside its stand-ins, but neither counted as known nor
	// quoted by an answer as stand-ins are.
	SameConcept map[string][]string
	// throughKin maps each stem no passage holds, with nothing in the
	// corpus standing in for it nor of its concept, to the corpus's stems
	// of the concept of a word WordNet relates to it ("stymied", through
	// "obstruct", for "stopped"; see farKin): searched as its stand-ins
	// are, but counted for nothing in whether the corpus addresses the
	// question, for two steps away a word only may mean the same.
	throughKin map[string][]string
	// Spellings maps each of Stems to the corpus's other stems of the
	// same word in the spelling of English before about 1700 ("warr",
	// of Hobbes's "Warre", for "war"; see oldSpelt): searched as the
	// stem itself. A word the corpus writes only the old way is among
	// Stems by its old stem.
	Spellings map[string][]string
	// modern maps the corpus's words in old spelling to the words they
	// are today (see index.OldSpellings), for the vectors, which read
	// the corpus so: a question typed in the text's own spelling
	// ("Warre") is read so too.
	modern map[string]string
	// spellingWeight scales the weight of each stem of Spellings, keys
	// and values, so that the word's spellings weigh together as one
	// term would (see spellingWeights).
	spellingWeight map[string]float64
	// idiomWords are the plain words of the question's idioms (see
	// idioms), which the vectors read beside its text.
	idiomWords []string
	// asides holds the indices among Words of the words of the asker's
	// asides that clauseAsides tells in Text, and of his similes (see
	// similes), told once by Analyse for the stems it weighs, for Years
	// and for the vectors' text (see semanticText): telling them reads
	// the question clause by clause.
	// A query given other words has none (see withWords).
	asides map[int]bool
	// idioms are the question's idioms a word of which the corpus holds
	// (see withIdioms).
	idioms []idiom
	// figurative maps each word of an idiom the question uses that the
	// corpus holds, and that is none of the idiom's plain words ("charge"
	// in "in charge", "way" in "get his way"), to those plain words: it is
	// searched through them alone (see lexical), for its literal sense
	// is not what is asked, and a passage holding it says so by chance.
	figurative map[string][]string
	// forms maps each of Stems to its related stems that are forms of
	// the same word (see thesaurus.Forms).
	forms map[string]map[string]bool
	// nameKin maps each related stem of a name the text gives (see
	// textNames), other than its forms, to that name: it counts only
	// where the name stands (see besideTheirNames).
	nameKin map[string]string
	// runs holds the stems of the runs among Names: the corpus knows each
	// word, so a passage holding one of them holds none of the name.
	runs [][]string
	// stance holds the stems that only say which stance a question of
	// stance asks of ("political" in "his political bias"; see
	// namesStance): searched, but no subject for the vectors.
	stance []string
	// notesNamed is set when the question names the text's footnotes
	// ("according to the notes"; see namesNotes): they rank ahead of
	// paragraphs of nearly the same score, as for a question asking
	// where a claim can be read.
	notesNamed bool
	// Intent says what the question asks of the text itself, if anything:
	// its sources, its purpose, its author's stance (see intent.go).
	Intent Intent
	// Parts are the questions it asks, one or more (see partsOf).
	Parts []Part
	// Named are the passages the question names by their refs ("What
	// does note 15 cite?", "the last paragraph"; see placedRefs):
	// retrieval puts them first and the question is answered from them.
	// Unfound are the refs it names that the corpus
	// does not have ("note 99"), RefRange the refs it does have
	// ("¶49–¶63 and notes 1–15"), for the hint a decline gives.
	Named    []*essay.Passage
	Unfound  []essay.Ref
	RefRange string
}

// Analyse reads a question into a Query: misspellings read, words split
// and stemmed, framing and the author's name dropped, each stem weighed
// and related to the corpus's words.
//
//   - question: free text; it must contain at least one letter or digit.
func (r *Retriever) Analyse(question string) (*Query, error) {
	if strings.TrimSpace(question) == "" || len(terms.Words(question)) == 0 {
		return nil, ErrEmptyQuestion
	}
	mixed := r.mixedReading(question)
	text, respelled := r.correctKeeping(question, mixed.foreignSet())
	q := &Query{Asked: question, Text: text, Respelled: r.asWritten(respelled),
		Related: map[string][]string{}, StandIns: map[string][]string{}, SameConcept: map[string][]string{},
		Spellings: map[string][]string{}, Mixed: mixed}
	q.Words = terms.Words(text)
	q.Intent = intentOf(q.Words)
	author := r.authorWords()
	if asksTextsPurpose(q.Words, author) {
		// "What purpose does Jivago give for writing ...?", of a text by Jivago.
		q.Intent |= Purpose
	}
	if asksLimits(q.Words, author) {
		// "What can't Jivago be sure of?", of a text by Jivago, names him by name.
		q.Intent |= Limits
	}
	if q.Intent.Has(Limits) && len(quotations(question)) > 0 {
		// "hedged with "seems"" asks of the passage holding the word.
		q.Intent &^= Limits
	}
	if q.Intent.Has(Raised) && len(r.quotedHolders(question)) > 0 {
		// "Paraphrase: "The questions one asks ..."" asks of the words
		// it quotes.
		q.Intent &^= Raised
	}
	if q.Intent.Has(Stance) && stanceOfSubject(q.Words, author, func(w string) bool { return r.Index.BM25.Has(terms.Stem(w)) }) {
		q.Intent &^= Stance
	}
	if r.authorOwnsOutlook(q.Words, author) {
		q.Intent |= Stance
	}
	seen := map[string]bool{}
	var raised map[int]bool
	if q.Intent.Has(Raised) {
		raised = raising(q.Words)
	}
	asides, stated := clauseAsides(text), statedBeside(text)
	figures := r.similes(text, q.Words, asides)
	asides = joined(joined(asides, figures), r.labelAside(text, q.Words))
	q.asides = asides
	q.notesNamed = r.notesNamed(q.Words)
	for i, w := range q.Words {
		if terms.IsStopword(w) || author[w] || raised[i] || asides[i] || r.framing(q, i) {
			continue
		}
		s := stemAsTyped(text, w)
		if !r.Index.BM25.Has(s) && thesaurus.Senses(s) == 0 {
			// "fatter" is searched and weighed as "fat".
			if b := baseForm(w); b != "" {
				s = terms.Stem(b)
			}
		}
		if q.Intent.namesStance(s) {
			q.stance = append(q.stance, s)
		}
		modern, olds := s, r.oldSpelt(s)
		if len(olds) > 0 && !r.Index.BM25.Has(s) {
			// "war" is searched as "warr" where the corpus writes only
			// "Warre", and weighed as "war".
			s, olds = olds[0], olds[1:]
		}
		if seen[s] {
			continue
		}
		seen[s] = true
		q.Stems = append(q.Stems, s)
		q.Specificity = append(q.Specificity, specificity(modern))
		if len(olds) > 0 {
			q.Spellings[s] = olds
		}
		if !r.Index.BM25.Has(s) && len(r.demonyms(s)) == 0 && !r.familyHeld(s) && !stated[i] {
			q.Missing = append(q.Missing, w)
		}
	}
	q.Missing = withoutPlainly(text, q.Missing)
	q.unweighWhatBefell()
	q.dropOwnedWorks(r)
	q.Names, q.Acronym = r.unknownNames(text, author)
	q.Years = r.unknownYears(outsideAsides(q.Words, asides))
	q.offered = r.offeredYears(q)
	for _, run := range r.unknownRuns(text) {
		q.addRun(run)
	}
	for _, run := range r.unknownPhrases(q.Words) {
		q.addRun(run)
	}
	q.dropFigureNames(figures)
	if q.Intent.Has(Raised) {
		q.dropQuestionWords()
	}
	q.AsksYear = asksYear(q.Words)
	q.AsksWhen = len(q.Words) > 0 && q.Words[0] == "when"
	q.AsksCount = asksCount(q.Words)
	q.Subject = subjectOf(q.Stems)
	q.AsksWhatIs = len(q.Words) > 2 && (q.Words[0] == "what" || q.Words[0] == "who") &&
		(q.Words[1] == "is" || q.Words[1] == "was" || q.Words[1] == "are" || q.Words[1] == "were") && len(q.Stems) <= 2
	q.Named, q.Unfound = r.namedRefs(question)
	for _, p := range r.placedRefs(q.Words) {
		q.Named = appendPassage(q.Named, p)
	}
	if len(q.Named)+len(q.Unfound) > 0 {
		q.dropRefWords()
	}
	if len(q.Unfound) > 0 {
		q.RefRange = r.refRange()
	}
	q.spellingWeight = r.spellingWeights(q.Spellings)
	q.modern = r.oldSpellings().words
	q.Parts = partsOf(text, q.Stems)
	q.Intent = partsRely(q.Intent, q.Words, len(q.Parts))
	q.Pairs = pairsOf(text, q.Stems)
	q.relate(r)
	return q, nil
}

// authorOwnsOutlook reports whether a question says that "he" or "she",
// with no one but the author named before, has an outlook of his own
// (see ownerOfOutlook): it asks where the author owns his politics,
// which a text does in words of its own ("mine are no exception"), not
// where it says "political" most. "Did X say he had his own views?"
// asks of X.
func (r *Retriever) authorOwnsOutlook(ws []string, author map[string]bool) bool {
	i := ownerOfOutlook(ws)
	return i >= 0 && !slices.ContainsFunc(ws[:i], func(w string) bool { return !author[w] && r.named(terms.Stem(w)) })
}

// onlyStance reports whether every stem of the question only says which
// stance it asks of (see Intent.namesStance), or it has none.
func (q *Query) onlyStance() bool {
	return !slices.ContainsFunc(q.Stems, func(s string) bool { return !slices.Contains(q.stance, s) })
}

// casualWords frame a question in conversation ("what's the deal with
// ...", "this guy", "folks", "basically", "roughly") and say nothing of what it asks:
// neither searched for nor counted against a question's support. A text
// rarely uses them, so each would weigh as a word it does not know.
var casualWords = map[string]bool{
	"guy": true, "guys": true, "deal": true, "folks": true, "stuff": true,
	"thing": true, "things": true, "basically": true, "just": true, "simply": true,
	"ok": true, "okay": true, "bit": true, "lot": true, "lots": true,
	"kinda": true, "sorta": true, "gonna": true, "wanna": true,
	"yeah": true, "hey": true, "pretty": true, "totally": true,
	"literally": true, "seriously": true, "honestly": true,
	"tho": true, "lol": true, "imo": true, "tbh": true, "btw": true,
	"idk": true, "smh": true, "omg": true, "ngl": true,
	// How closely the asker wants it ("roughly when", "exactly how
	// many") frames the question too.
	"roughly": true, "approximately": true, "approx": true,
	"exactly": true, "precisely": true,
	// The asker's register: "whilst" joins clauses as "while", a stop
	// word, does; "plainly" and "obviously" say how sure he is of what
	// he states ("Whilst the author plainly admires ..."), not what he
	// asks.
	"whilst": true, "plainly": true, "obviously": true,
}

// asksWh reports whether w is a question word. "when" is one here,
// though whWords leaves it out: "when" after a comma rarely opens a
// question of its own, but "when the heck did ..." asks when.
func asksWh(w string) bool {
	return whWords[w] || w == "when"
}

// casual reports whether words[i] is a casual word (see casualWords).
// "Deal" is casual only after "the" ("what's the deal"): "a deal" may be
// what is asked about; so are the words of "bottom line", of a debater's
// "pro side" and "con side", the "place" of "in the first place" and
// the "eyes" of "in his eyes" only there.
func casual(words []string, i int) bool {
	w := words[i]
	switch w {
	case "deal":
		return i > 0 && words[i-1] == "the"
	case "bottom":
		// "Bottom line, ..." frames what follows.
		return i+1 < len(words) && words[i+1] == "line"
	case "eyes":
		// "in his eyes", "in the author's eyes", "in the eyes of X" say
		// whose view is asked, as "in his view" does.
		return i >= 2 && words[i-2] == "in" || i >= 3 && words[i-3] == "in" && words[i-2] == "the" ||
			i >= 2 && words[i-1] == "the" && words[i-2] == "in" && i+1 < len(words) && words[i+1] == "of"
	case "line":
		return i > 0 && words[i-1] == "bottom"
	case "pro", "con":
		// "Con side: ..." labels a debater's question, as "bottom line"
		// frames one.
		return i+1 < len(words) && (words[i+1] == "side" || words[i+1] == "sides")
	case "side", "sides":
		return i > 0 && (words[i-1] == "pro" || words[i-1] == "con")
	case "others":
		// "X and others" before a work ("Smith and others book") or
		// closing the question is a citation's "et al.", which the text
		// writes in Latin if at all: one of the authors, not another
		// thing asked of.
		return i >= 2 && words[i-1] == "and" && (i+1 == len(words) || citedWorks[strings.TrimSuffix(words[i+1], "'s")])
	case "place":
		// "in the first place" asks why at all, not of a place.
		return i >= 2 && words[i-1] == "first" && words[i-2] == "the"
	case "essay", "text", "article", "reading", "book", "passage":
		// "according to the essay", "in this text", "to do with this
		// essay" say where to look, not what to look for: a passage
		// naming "this essay" says nothing of the question. "the
		// purpose of this essay" asks about the text itself.
		// "why does the essay say X", "the text argues X" give the
		// text as the one saying X, as "why does the author say X"
		// does: X is what to look for. (A book may be one the text
		// cites, and says what it says.) "Does the essay say this?"
		// asks whether the text says a thing at all, and stays a
		// question of the text.
		this := i >= 1 && (words[i-1] == "the" || words[i-1] == "this")
		return this && i >= 2 && textPlacing[words[i-2]] ||
			this && words[i] != "book" && i+2 < len(words) && textSaying[words[i+1]] && !saidThing[words[i+2]]
	case "kind", "kinds", "sort", "sorts", "type", "types":
		// "What kind of documents ...?" asks for documents.
		return i > 0 && (words[i-1] == "what" || words[i-1] == "which") && i+1 < len(words) && words[i+1] == "of"
	case "give", "show":
		// "give me the bit about X" asks for X, as "tell me about X" does.
		return i+1 < len(words) && (words[i+1] == "me" || words[i+1] == "us")
	case "per":
		// "Per X, ..." frames the question as "according to X" does,
		// and "per year" says no more than "a year": a preposition the
		// stop lists lack, weighed as a word the text does not know.
		return i+1 < len(words)
	case "por":
		// A Spanish speaker's "por qué" asks why.
		return i+1 < len(words) && words[i+1] == "que"
	case "que":
		return i > 0 && words[i-1] == "por"
	case "el", "la", "los", "las", "del":
		// A Spanish article ("el autor", "la constitución") says no more
		// than "the".
		return i+1 < len(words)
	case "heck", "hell":
		// "what the heck is ...", "why the hell did ...": an oath
		// after the question word.
		return i >= 2 && words[i-1] == "the" && asksWh(words[i-2])
	case "earth":
		// "why on earth did ..." asks why.
		return i >= 2 && words[i-1] == "on" && asksWh(words[i-2])
	case "wait":
		// "wait, who actually ...": an interjection opening the question.
		return i == 0 && len(words) > 2
	case "pray":
		// "Pray, what is ...", "What, pray, is ...": an old-fashioned
		// courtesy beside the question word, where "pray" is no prayer.
		return i == 0 && i+1 < len(words) && (asksWh(words[i+1]) || words[i+1] == "tell") || i > 0 && asksWh(words[i-1])
	case "compare", "contrast":
		// "Compare what Jivago and his son each said" asks what each
		// said: the asker's instruction opening the question.
		return i == 0 && len(words) > 2
	case "sum", "gloss":
		// "How would I sum up ...", "How should I gloss X?" ask what the
		// text says, put shortly; "How does Jivago sum up his reply?"
		// asks what Jivago concludes.
		return askersRetelling(words, i)
	}
	return casualWords[w] || statedForm(words, i) || askersCandour(words, i) || askersAside(words, i) || salient(words, i) || salient(words, i-1)
}

// salienceWords ask for the part of a text that stands out ("the
// juiciest bit", "the weirdest thing", "the most surprising claim"):
// said of a piece of the text (see pieceWords), they frame what the
// question asks about. Said of anything else ("Was he crazy?") they are
// what is asked, and a text that never says so does not answer it.
var salienceWords = words("juicy", "juiciest", "spicy", "spiciest", "crazy", "craziest",
	"wild", "wildest", "weird", "weirdest", "cool", "coolest", "surprising",
	"shocking", "interesting", "fascinating", "striking", "memorable", "notable")

// pieceWords name a piece of a text or a story that a salience word may
// pick out.
var pieceWords = words("bit", "bits", "thing", "things", "stuff", "part", "parts",
	"detail", "details", "moment", "moments", "story", "stories", "fact", "facts",
	"point", "points", "claim", "claims", "quote", "quotes")

// salient reports whether words[i] is a salience word said of a piece of
// the text, or such a piece; words[i+1] must be the piece.
func salient(words []string, i int) bool {
	if i < 0 || i+1 >= len(words) {
		return false
	}
	return salienceWords[words[i]] && pieceWords[words[i+1]]
}

// firstPlace reports whether words[i] is the "first" of "in the first
// place". Asked of why a text was written ("Why did he write this in the
// first place?") it asks why at all, and a passage naming a "First
// Secretary" says nothing of it. Asked of the subject ("Why did they pay
// experts more in the first place?") it asks for the first reason, which
// a passage giving reasons in order ("first, to recruit ...") answers, so
// it is searched there.
func firstPlace(words []string, i int) bool {
	return words[i] == "first" && i >= 2 && words[i-1] == "the" && words[i-2] == "in" && i+1 < len(words) && words[i+1] == "place"
}

// textPlacing holds the words before "the essay" or "this text" that make
// it say where to look: "according to", "in", "with" ("to do with"),
// "from", "throughout".
var textPlacing = map[string]bool{"to": true, "in": true, "with": true, "from": true, "throughout": true}

// saidThing after a verb of saying stand for what is said.
var saidThing = words("this", "so", "it", "anything", "something", "nothing")

// textSaying are verbs of saying whose subject, the text itself, says
// where to look, not what to look for (see casual).
var textSaying = words("say", "says", "said", "argue", "argues", "argued", "claim", "claims", "claimed", "state", "states", "suggest", "suggests", "contend", "contends", "assert", "asserts")

// dropRefWords leaves out of Stems and Missing the words of the refs a
// question names ("note", "15"): they say where to look, not what about.
func (q *Query) dropRefWords() {
	drop := func(w string) bool {
		if isNumber(w) || refWords[w] != "" || refWords[terms.Stem(w)] != "" || spelledStems[w] {
			return true
		}
		for k := range refWords {
			if terms.Stem(k) == w {
				return true
			}
		}
		_, ref := refAt([]string{w}, 0)
		return ref
	}
	var stems []string
	var spec []float64
	for i, s := range q.Stems {
		if !drop(s) {
			stems, spec = append(stems, s), append(spec, q.Specificity[i])
		}
	}
	q.Stems, q.Specificity = stems, spec
	q.Missing = slices.DeleteFunc(q.Missing, drop)
}

// relate fills Related and StandIns. Stand-ins are found first: a stem
// related to two question words is searched once, and as a stand-in it
// weighs more.
//
// A word of an idiom the question uses ("shots" in "calling the shots")
// is related to the idiom's plain words ("control", "decide"; see
// idioms), in place of its kin, for its literal sense is not what is
// asked. When the corpus has the word, it is searched through them alone
// too (see figurative): "charge" in "who was in charge?" would find "the
// charges against them". A word of the idiom that is one of its plain
// words ("power" in "seize power") is searched as itself.
func (q *Query) relate(r *Retriever) {
	searched := slices.Clone(q.Stems)
	plain := map[string][]string{}
	for _, id := range idiomsIn(q.Words, r.Index.BM25.Has) {
		q.idiomWords = append(q.idiomWords, id.written...)
		if slices.ContainsFunc(id.words, r.Index.BM25.Has) {
			q.idioms = append(q.idioms, id)
		}
		for _, w := range id.words {
			for _, t := range id.plain {
				if !slices.Contains(plain[w], t) {
					plain[w] = append(plain[w], t)
				}
			}
		}
	}
	fresh := func(ts []string) []string {
		var out []string
		for _, t := range ts {
			if !slices.Contains(searched, t) && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
		return out
	}
	for _, s := range q.Stems {
		if p := plain[s]; len(p) > 0 && !r.Index.BM25.Has(s) {
			// Two words of one idiom the corpus lacks ("hero worship")
			// share its plain words, searched once (see lexical).
			kin := slices.DeleteFunc(slices.Clone(p), func(t string) bool { return slices.Contains(q.Stems, t) })
			q.StandIns[s] = kin
			searched = append(searched, fresh(kin)...)
			// Its kin are not searched, but a passage holding one is
			// near the word as its stand-ins are.
			q.Related[s] = append(slices.Clone(kin), r.kin(s, searched)...)
		}
	}
	for _, s := range q.Stems {
		if _, done := q.StandIns[s]; done {
			continue
		}
		if !r.Index.BM25.Has(s) {
			kin := r.kin(s, searched)
			kin = append(kin, r.groupKin(q, s, slices.Concat(searched, kin))...)
			q.Related[s], q.StandIns[s] = kin, kin
			searched = append(searched, kin...)
			if same := r.sameConcept(s, searched); len(same) > 0 {
				q.SameConcept[s] = same
				searched = append(searched, same...)
			} else if far := r.farKin(s, searched); len(kin) == 0 && len(far) > 0 && slices.Contains(agentVerbs(q.Words), s) {
				if q.throughKin == nil {
					q.throughKin = map[string][]string{}
				}
				q.throughKin[s] = far
				searched = append(searched, far...)
			}
		}
	}
	for _, s := range q.Stems {
		if p := plain[s]; len(p) > 0 && r.Index.BM25.Has(s) && !slices.Contains(p, s) {
			if q.figurative == nil {
				q.figurative = map[string][]string{}
			}
			q.figurative[s] = slices.DeleteFunc(slices.Clone(p), func(t string) bool { return slices.Contains(q.Stems, t) })
		}
	}
	for _, s := range q.Stems {
		if r.Index.BM25.Has(s) {
			kin := r.kin(s, searched)
			for _, f := range thesaurus.Forms(s) {
				if slices.Contains(kin, f) {
					if q.forms == nil {
						q.forms = map[string]map[string]bool{}
					}
					if q.forms[s] == nil {
						q.forms[s] = map[string]bool{}
					}
					q.forms[s][f] = true
				}
			}
			if names := r.textNames(); names[s] {
				for _, t := range kin {
					// A name of the same thing ("England" for "English",
					// "Russia" for "Russians") counts anywhere.
					if !q.forms[s][t] && !names[t] {
						if q.nameKin == nil {
							q.nameKin = map[string]string{}
						}
						q.nameKin[t] = s
					}
				}
			}
			for _, t := range fresh(plain[s]) {
				if !slices.Contains(kin, t) {
					kin = append(kin, t)
				}
			}
			q.Related[s] = kin
			searched = append(searched, kin...)
		}
	}
}

// lexical returns the terms BM25 searches for the query, with their
// weights: each stem at its specificity, then its related stems, which
// share p.StandInWeight when they stand in for a stem no passage holds
// and p.RelatedWeight when they only say the stem in other words. A stem
// the corpus uses finds its passages itself; its kin only break ties among
// them in favour of one that also says it in other words ("distinction"
// for "separation").
func (q *Query) lexical(p Params) (ts []string, ws []float64) {
	return q.searched(p, true)
}

// literal returns the terms BM25 searches for the query, as lexical does,
// but with the words of its idioms searched as any other word, and the
// forms of its words (see forms) weighed as other related words: for the
// evidence that the corpus addresses the question, which asks whether it
// holds the question's words, not whether it means what they mean.
func (q *Query) literal(p Params) (ts []string, ws []float64) {
	return q.searched(p, false)
}

// nearOnly returns q without the stems searched two steps from its words
// (see throughKin), for the evidence that the corpus addresses it: q
// itself when it has none.
func (q *Query) nearOnly() *Query {
	if len(q.throughKin) == 0 {
		return q
	}
	cp := *q
	cp.throughKin = nil
	return &cp
}

// searched returns the terms lexical returns; with figurative false, as
// literal does, without the stems searched two steps from its words.
func (q *Query) searched(p Params, figurative bool) (ts []string, ws []float64) {
	forms := q.forms
	if !figurative {
		forms = nil
	}
	fig := q.figurative
	if !figurative {
		fig = nil
	}
	for i, s := range q.Stems {
		if slices.Contains(q.unsearched, s) {
			continue
		}
		if _, ok := fig[s]; !ok {
			ts, ws = append(ts, s), append(ws, q.Specificity[i]*q.spelling(s))
			for _, t := range q.Spellings[s] {
				ts, ws = append(ts, t), append(ws, q.Specificity[i]*q.spelling(t))
			}
		}
	}
	add := func(kin []string, weight float64) {
		for _, t := range kin {
			// Words of one idiom share its plain words: searched once.
			if !slices.Contains(ts, t) {
				ts, ws = append(ts, t), append(ws, weight/float64(len(kin)))
			}
		}
	}
	for _, s := range q.Stems {
		if kin, ok := q.StandIns[s]; ok {
			far := q.throughKin[s]
			if !figurative {
				far = nil
			}
			add(slices.Concat(kin, q.SameConcept[s], far), p.StandInWeight)
		} else if plain, ok := fig[s]; ok {
			// An idiom's word read figuratively is searched as a word the
			// corpus lacks: through the idiom's plain words alone.
			add(plain, p.StandInWeight)
		}
	}
	for _, s := range q.Stems {
		_, standIn := q.StandIns[s]
		_, read := fig[s]
		if standIn || read || slices.Contains(q.unsearched, s) {
			continue
		}
		// A form of the word itself as another part of speech ("death"
		// for "die") says what it says: it weighs the whole of
		// p.RelatedWeight, not a share of it beside words only near the
		// word ("perish", "expire"). Weighed as the word itself, forms
		// put passages that hold them ahead of passages holding the
		// word on the question sets.
		var near []string
		for _, t := range q.Related[s] {
			if forms[s][t] && !slices.Contains(ts, t) {
				ts, ws = append(ts, t), append(ws, p.RelatedWeight)
			} else {
				near = append(near, t)
			}
		}
		add(near, p.RelatedWeight)
	}
	return ts, ws
}

// semanticText returns the text the vectors embed for the question: its
// own, the asker's asides left out (see withoutAside), its words in the
// corpus's old spelling written as today, as the
// vectors read the corpus (see index.ModernText), and the plain words of
// its idioms.
func (q *Query) semanticText() string {
	text := withoutAside(q.Text, q.Words, q.asides)
	if q.modern != nil {
		text = index.ModernText(text, q.modern)
	}
	if len(q.idiomWords) == 0 {
		return text
	}
	return text + " (" + strings.Join(q.idiomWords, " ") + ")"
}

// only returns the query as if it asked only about stems, a subset of
// its own: the same question, its other words left out.
func (q *Query) only(stems []string) *Query {
	sub := *q
	sub.Stems, sub.Specificity = nil, nil
	for i, s := range q.Stems {
		if slices.Contains(stems, s) {
			sub.Stems = append(sub.Stems, s)
			sub.Specificity = append(sub.Specificity, q.Specificity[i])
		}
	}
	return &sub
}

// framing reports whether the question's i-th word says how or of what
// the question asks rather than what it asks about: a word of its
// intent, the asker's manner or instruction ("List ..."), the text's
// own parts and kinds ("the notes", "a primary source"), a pro-form.
// Such a word is not searched; one more kind is one more line here.
func (r *Retriever) framing(q *Query, i int) bool {
	ws, w := q.Words, q.Words[i]
	purpose := q.Intent.Has(Purpose)
	return q.Intent.frames(w) ||
		casual(ws, i) ||
		purpose && (firstPlace(ws, i) || statesPurposeAt(ws, i)) ||
		r.kindHeld(w) ||
		shortRefWords[w] ||
		proFormStems()[terms.Stem(w)] ||
		r.namesNotes(ws, i) ||
		listOpener(ws, i) ||
		r.webLink(ws, i) ||
		framesClaimStatus(ws, i) ||
		conflictOfInterest(ws, i) ||
		r.comingHeld(w) ||
		namesSourceKind(ws, i) ||
		usesSources(ws, i) ||
		r.offeredAt(ws, i)
}

// withWords returns the query as if it asked in words alone, its text
// those words joined: a part of it, read in the part's own words (see
// partUndefined). The rest of its analysis is the whole question's,
// but the asker's asides are dropped: told as indices among the old
// words, they would mark other words of the new.
func (q *Query) withWords(words []string) *Query {
	sub := *q
	sub.Text, sub.Words, sub.asides = strings.Join(words, " "), words, nil
	return &sub
}

// standInWeights returns the weight of each stand-in, as searched with p,
// and of each old spelling of the question's words (see Spellings), at
// the weight of the word.
func (q *Query) standInWeights(p Params) map[string]float64 {
	out := map[string]float64{}
	for _, kin := range q.StandIns {
		for _, t := range kin {
			out[t] = p.StandInWeight / float64(len(kin))
		}
	}
	// A word's old spellings are searched as the word itself.
	for i, s := range q.Stems {
		for _, t := range q.Spellings[s] {
			out[t] = q.Specificity[i]
		}
	}
	return out
}

// specificity weighs a stem by how much it narrows a question down, from
// the number of senses WordNet gives its words: 1 for a word of one sense,
// or of none WordNet knows (a name); about 0.5 for a word of twenty ("form",
// "way"). The corpus's own IDF cannot tell these apart in a short text,
// where "way" is as rare as "volcano" is absent; without it, "How do
// volcanoes form?" looked half answered.
func specificity(stem string) float64 {
	n := max(1, thesaurus.Senses(stem))
	return 1 / math.Sqrt(1+math.Log(float64(n)))
}

// kin returns the corpus's stems related to stem by the thesaurus, by
// spelling (see sameWord) or as a place and its adjective (see
// demonyms), leaving out those already searched.
func (r *Retriever) kin(stem string, searched []string) []string {
	var out []string
	for _, t := range slices.Concat(thesaurus.Related(r.modernStem(stem)), r.sameWord(stem), r.demonyms(stem), numberWord(stem), latinForms(stem)) {
		if r.Index.BM25.Has(t) && !slices.Contains(searched, t) && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// agentVerbs returns the stems of the verbs a question asks the agent of,
// right after "who" or "who was" ("who stopped him?", "who was stopping
// Jivago?"): the verb is all the question asks, and the text may say it
// in a word two steps from it ("He was stymied by ..."), where a word
// two steps from a noun or an adjective ("smart", "choices") seldom
// means it still.
func agentVerbs(ws []string) []string {
	var out []string
	for i, w := range ws {
		if w != "who" || i+1 >= len(ws) {
			continue
		}
		v := ws[i+1]
		if (v == "was" || v == "were" || v == "is") && i+2 < len(ws) {
			v = ws[i+2]
		}
		if !terms.IsStopword(v) {
			out = append(out, terms.Stem(v))
		}
	}
	return out
}

// farKin returns the corpus's stems two steps from stem in the
// thesaurus, leaving out those already searched: "stop" and "obstruct"
// are related each to the other, and so are "obstruct" and "stymie",
// whose commonest sense is the commonest sense of "obstruct". Two steps
// from the word, only a chain related both ways, ending in the commonest
// senses of the middle word and the corpus's, says the same thing.
func (r *Retriever) farKin(stem string, searched []string) []string {
	var out []string
	from := r.modernStem(stem)
	for _, t := range thesaurus.Related(from) {
		back := thesaurus.Related(t)
		if !slices.Contains(back, from) {
			continue
		}
		for _, c := range r.concepts(t) {
			if c.Weight < 1 {
				break
			}
			r.Index.ConceptStems(c.ID, func(u string, weight float64) {
				if weight >= 1 && u != stem && slices.Contains(back, u) && slices.Contains(thesaurus.Related(u), t) &&
					!slices.Contains(searched, u) && !slices.Contains(out, u) {
					out = append(out, u)
				}
			})
		}
	}
	slices.Sort(out)
	return out
}

// sameWord returns the corpus's stems that are likely forms of the same
// word as stem where the stemmer parts them ("publish" and "public"): those
// sharing at least prefixMatch letters and all but the last letter of the
// shorter.
func (r *Retriever) sameWord(stem string) []string {
	if len(stem) < prefixMatch {
		return nil
	}
	var out []string
	for _, t := range r.Index.BM25.WithPrefix(stem[:prefixMatch]) {
		if terms.CommonPrefix(stem, t) >= max(prefixMatch, min(len(stem), len(t))-1) {
			out = append(out, t)
		}
	}
	return out
}

// textNames returns the stems of the words the corpus writes capitalized
// and never in lower case, a sentence's first word aside: the names it
// gives ("Napoleon", "Mill"), as the index found them (see
// index.Index.Names).
func (r *Retriever) textNames() map[string]bool {
	r.namesOnce.Do(func() {
		names := r.Index.Names()
		r.onlyNames = make(map[string]bool, len(names))
		for _, s := range names {
			r.onlyNames[s] = true
		}
	})
	return r.onlyNames
}

// authorWords returns the lower-cased words of the corpus's authors'
// names. A question naming the author ("What does Ørsted claim?") frames
// what it asks as "the author" does; the name is no subject of the text,
// and one the text never uses is no sign that it is off its ground.
func (r *Retriever) authorWords() map[string]bool {
	r.authorOnce.Do(func() {
		r.author = map[string]bool{}
		for _, src := range r.Corpus.Sources {
			for _, w := range terms.Words(src.Meta.Author) {
				r.author[w] = true
			}
		}
	})
	return r.author
}

// unknownNames returns the capitalized words of the question, after its
// first word, that the corpus never uses and the dictionary knows only as
// names, if at all: names of things it does not discuss ("Hastings",
// "Australia"); and whether one of them is written in capitals ("NEP").
// A question typed in lower case has none: a word no dictionary knows is
// as often a typo or a term of art as a name.
func (r *Retriever) unknownNames(question string, author map[string]bool) (names []string, acronym bool) {
	for i, f := range strings.Fields(question) {
		words := terms.Words(f)
		if i == 0 || len(words) == 0 {
			continue
		}
		trimmed := strings.TrimLeft(f, "\"'“‘([")
		first, _ := utf8.DecodeRuneInString(trimmed)
		// A capitalized stop word ("I") or the author's name names nothing
		// the question is about.
		if !unicode.IsUpper(first) || terms.IsStopword(words[0]) || author[words[0]] {
			continue
		}
		// A word the dictionary knows in lower case ("Western", "Middle")
		// may be a common word capitalized; one it knows only as a name,
		// or not at all, names something.
		stem := stemAsTyped(question, words[0])
		if !r.Index.BM25.Has(stem) && (thesaurus.Senses(stem) == 0 || thesaurus.Proper(stem)) {
			names = append(names, words[0])
			word := trimmed[:min(len(trimmed), len(words[0]))]
			acronym = acronym || len(words[0]) > 1 && word == strings.ToUpper(word)
		}
	}
	return names, acronym
}

// unknownRuns returns the runs of two or more capitalized words of the
// question, after its first word, no two neighbours of which stand
// together in the corpus: a name of its own made of common words ("the
// Second World War", "the New Economic Policy"), which a text that uses
// "war" and "world" apart does not discuss. A run the corpus holds a part
// of ("the Russian Communist Party" beside "the Communist Party of the
// Ukraine") is one of its own names, or near enough.
func (r *Retriever) unknownRuns(question string) [][]string {
	var runs [][]string
	var run []string
	flush := func() {
		if len(run) >= 2 && !r.holdsAPair(run) && !r.namesItsOwn(run) {
			runs = append(runs, run)
		}
		run = nil
	}
	for i, f := range strings.Fields(question) {
		words := terms.Words(f)
		trimmed := strings.TrimLeft(f, "\"'“‘([")
		first, _ := utf8.DecodeRuneInString(trimmed)
		// A possessive owns the name after it ("Caesar's Gallic War"):
		// it is no part of it.
		bare := strings.TrimRight(f, "\"'”’)],;:.?!")
		possessive := strings.HasSuffix(bare, "'s") || strings.HasSuffix(bare, "’s") || strings.HasSuffix(bare, "s'")
		if i == 0 || len(words) != 1 || !unicode.IsUpper(first) || terms.IsStopword(words[0]) || possessive {
			flush()
			continue
		}
		run = append(run, words[0])
		// A run ends at punctuation ("the Cold War, and ...").
		if strings.ContainsAny(strings.TrimRight(f, "\"'”’)]"), ",;:.?!") {
			flush()
		}
	}
	flush()
	return runs
}

// namesItsOwn reports whether run holds a name the corpus uses: a word
// it holds that the dictionary knows only as a name, or not at all. Such
// a run is the question's keywords about the text's own people ("Vienna
// Congress Castlereagh" in a text naming them), not a name of something
// else.
func (r *Retriever) namesItsOwn(run []string) bool {
	return slices.ContainsFunc(run, func(w string) bool {
		s := terms.Stem(w)
		return r.Index.BM25.Has(s) && (thesaurus.Senses(s) == 0 || thesaurus.Proper(s))
	})
}

// addRun adds run, a name made of common words, to Names and its stems to
// runs, unless a run already there holds them all.
func (q *Query) addRun(run []string) {
	var stems []string
	for _, w := range run {
		stems = append(stems, terms.Stem(w))
	}
	for _, had := range q.runs {
		if !slices.ContainsFunc(stems, func(s string) bool { return !slices.Contains(had, s) }) {
			return
		}
	}
	q.Names = append(q.Names, strings.Join(run, " "))
	q.runs = append(q.runs, stems)
}

// unknownPhrases returns the runs of two or three content words of the
// question, in any case, that WordNet knows only as a name ("world cup",
// "john paul jones"), one word of which the corpus never uses (see
// lacksAWord) and no two neighbours of which stand together in it: as a
// run of capitalized words (see unknownRuns), a name of its own that the
// text does not discuss. A question typed in lower case names things
// too. Stop words between them are skipped, as the thesaurus keys them
// ("cult of personality" as "cult person").
func (r *Retriever) unknownPhrases(words []string) [][]string {
	var content []string
	for _, w := range words {
		if !terms.IsStopword(w) {
			content = append(content, w)
		}
	}
	var runs [][]string
	for i := 0; i+1 < len(content); i++ {
		for n := min(3, len(content)-i); n >= 2; n-- {
			run := content[i : i+n]
			if r.phrase(run) && !r.holdsAPair(run) && r.lacksAWord(run) {
				runs = append(runs, run)
				i += n - 1
				break
			}
		}
	}
	return runs
}

// lacksAWord reports whether the corpus never uses some word of run. A
// name typed in lower case whose every word the text uses is as likely
// those words in their common sense ("the new look at Soviet history",
// not the New Look of fashion).
func (r *Retriever) lacksAWord(run []string) bool {
	return slices.ContainsFunc(run, func(w string) bool { return !r.Index.BM25.Has(terms.Stem(w)) })
}

// phrase reports whether WordNet knows words, as the thesaurus keys its
// collocations, only as a name ("World Cup"). A common expression ("party
// boss", "go back", "red tape") is no name: the text may say it in other
// words.
func (r *Retriever) phrase(words []string) bool {
	stems := make([]string, len(words))
	for i, w := range words {
		stems[i] = terms.Stem(w)
	}
	return thesaurus.Proper(strings.Join(stems, " "))
}

// holdsAPair reports whether the corpus has two neighbouring words of run
// side by side somewhere, stop words aside.
func (r *Retriever) holdsAPair(run []string) bool {
	for i := 1; i < len(run); i++ {
		if r.adjacent(terms.Stem(run[i-1]), terms.Stem(run[i])) {
			return true
		}
	}
	return false
}

// unknownYears returns the years and decades of the question's words
// that the corpus never gives ("1964", "the 1990s"): a question about a
// time the text does not reach is off its ground as one naming a thing it
// never mentions. A year whose decade the corpus names, or a decade one
// of whose years it gives, is known.
func (r *Retriever) unknownYears(words []string) []string {
	var out []string
	for _, w := range words {
		// A decade the text writes as the question does ("the '30s")
		// is known, whatever century its years are of.
		if d := decadeWords[w]; d != "" && !r.Index.BM25.Has(terms.Stem(w)) {
			w = d
		}
		if !yearWordRe.MatchString(w) || r.Index.BM25.Has(terms.Stem(w)) {
			continue
		}
		// A decade reached only by the date of a work cited ("Oxford,
		// 1971") is no time the text speaks of.
		decade := w[:3]
		known := r.Index.BM25.Has(terms.Stem(decade + "0s"))
		for d := '0'; d <= '9' && !known; d++ {
			y := decade + string(d)
			known = r.Index.BM25.Has(terms.Stem(y)) && !r.yearCited(y, func(*essay.Passage) {})
		}
		if !known {
			out = append(out, w)
		}
	}
	return out
}

// decadeWords are the decades a question names in words or by their
// last two figures, read as the last century's ("in the nineties",
// "the '90s": "1990s"), as a reader means them.
var decadeWords = map[string]string{
	"twenties": "1920s", "thirties": "1930s", "forties": "1940s", "fifties": "1950s",
	"sixties": "1960s", "seventies": "1970s", "eighties": "1980s", "nineties": "1990s",
	"20s": "1920s", "30s": "1930s", "40s": "1940s", "50s": "1950s",
	"60s": "1960s", "70s": "1970s", "80s": "1980s", "90s": "1990s",
}

// decadeStems maps the stem of each of decadeWords to its decade, so that
// the support test, run for every stem of every question, stems them
// once.
var decadeStems = func() map[string]string {
	out := make(map[string]string, len(decadeWords))
	for w, d := range decadeWords {
		out[terms.Stem(w)] = d
	}
	return out
}()

// yearWordRe matches a word that is a year or a decade of the last two
// millennia.
var yearWordRe = lazyregexp.New(`^(?:1[0-9]|20)[0-9]{2}s?$`)

// asksCount reports whether a question, given as its words, asks how
// many. "How much" is left out: it asks as often how far ("how much
// power did he have?") as how many.
func asksCount(words []string) bool {
	for i := 1; i < len(words); i++ {
		if words[i-1] == "how" && words[i] == "many" {
			return true
		}
	}
	return false
}

// subjectOf returns the stems that name no one, by the dictionary (it
// knows them in lower case), and are not "year" or "date": what a
// question asking when or how many asks it of.
func subjectOf(stems []string) []string {
	var out []string
	for _, s := range stems {
		if s == "year" || s == "date" || thesaurus.Senses(s) == 0 || thesaurus.Proper(s) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// asksYear reports whether a question, given as its words, asks in what
// year or on what date.
func asksYear(words []string) bool {
	for i, w := range words {
		if (w == "year" || w == "date") && i > 0 && (words[i-1] == "what" || words[i-1] == "which") {
			return true
		}
	}
	return false
}

// unweighWhatBefell gives no weight in the search to the verb of "what
// happened to X?" ("what will happen", "what has occurred"): it asks
// what befell X, and a passage saying that something "happened" is no
// nearer X ("If that happened, ..." ranked first for what happened to
// someone's papers, beside the passage saying they were destroyed). The
// stem stays, for the relation test (see befell); a question with no
// other word keeps its weight.
//
// Only the search drops it, and only where the text holds it: the tests
// of whether the text answers weigh the verb as before, and a text
// lacking it is still searched through the words standing in for it
// ("pass"), since a question with few words of its own ("What happened
// to X among the Y?") would otherwise rest on a word such as "among",
// and be declined.
func (q *Query) unweighWhatBefell() {
	if len(q.Stems) < 2 {
		return
	}
	for _, s := range q.Stems {
		if befell[s] && s != "becom" && askedWhatOf(q.Words, s) {
			q.unsearched = append(q.unsearched, s)
		}
	}
}

// askedWhatOf reports whether "what" comes shortly before a word of
// stem s in words ("what happened", "what would have happened").
func askedWhatOf(words []string, s string) bool {
	for i, w := range words {
		if terms.Stem(w) == s && slices.Contains(words[max(0, i-whatReach):i], "what") {
			return true
		}
	}
	return false
}

// whatReach is how many words before the verb "what" may stand: "what
// would have happened".
const whatReach = 3
