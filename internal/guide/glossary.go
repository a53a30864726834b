package guide

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// Patterns around a term that show a sentence defining or explaining it.
var (
	// appositionAfterRe follows a term glossed in apposition: "“material
	// incentives,” i.e. economic inequality"; "representative democracy,”
	// that is, of elections".
	appositionAfterRe = lazyregexp.New(`^["”’']?\s*,?\s*["”’']?\s*(?:that is\b|i\.\s?e\.|in other words\b|namely\b|meaning\b|or rather\b)`)
	// meansAfterRe follows a term whose meaning the sentence gives: "X
	// means", "X refers to".
	meansAfterRe = lazyregexp.New(`^["”’']?,?\s+(?:means|mean|meant|refers to|referred to|is defined as|was defined as|denotes|stands for|signifies)\b`)
	// copulaAfterRe follows a term the sentence opens with and says what
	// it is: "The Commune was a ...".
	copulaAfterRe = lazyregexp.New(`^["”’']?\s+(?:is|are|was|were)\s+(?:a|an|the|one of|only)\s`)
	// firstToAfterRe follows a term the sentence ranks by what it did:
	// "X were the first to ...", "the only one to ...".
	firstToAfterRe = lazyregexp.New(`^["”’']?\s+(?:is|are|was|were)\s+the\s+(?:first|last|only|\p{L}+est)(?:\s+(?:one|ones|man|men|people|nation|state|states|city|cities))?\s+to\s`)
	// appositeAfterRe follows a name or term set beside a description:
	// "Kruglov, the NKVD head in charge of this frameup,".
	appositeAfterRe = lazyregexp.New(`^["”’']?,\s+(?:a|an|the)\s+[^,;.()"“”]{3,80}[,;.]`)
	// termedAfterRe follows a term named afterwards: "“Red” and “expert,” as
	// this dilemma was termed".
	termedAfterRe = lazyregexp.New(`^["”’']?,?["”’']?\s+as\s+(?:this|the|it|these)\b[^.;]{0,40}\b(?:termed|called|known|named)\b`)
	// namedBeforeRe comes before a term the sentence names: "the stratum
	// called the yeomanry", "The term “feudalism”".
	namedBeforeRe = lazyregexp.New(`(?i)(?:\bcalled|\btermed|\bknown as|\bnamed|\bthe term|\bthe word|\bthe phrase|\bthe so-called|\bthe idea of)\s+(?:the\s+)?["“‘']?$`)
	// objectNamedRe follows the object of "called", before the name it
	// is given: "called the slaves "domestic servants"".
	objectNamedRe = lazyregexp.New(`^\s+["“‘]`)
	// byBeforeRe and understandAfterRe frame a term the author says what
	// he means by: "By a faction, I understand a number of citizens".
	byBeforeRe        = lazyregexp.New(`(?i)\bby\s+(?:(?:a|an|the)\s+)?["“]?$`)
	understandAfterRe = lazyregexp.New(`^["”]?,?\s+(?:I|we)\s+(?:understand|mean)\b`)
	// subjectCopulaRe follows a term that is the subject of "is": what
	// the sentence says it is ("Colonization is no solution, but an
	// evasion") shows what it means, though it may not define it.
	subjectCopulaRe = lazyregexp.New(`^["”’']?\s+(?:is|are|was|were)\s`)
	// introClauseRe is the opening of a sentence's subordinate clause,
	// with no comma yet: a comma after a term there ends the clause.
	// finiteVerbRe is an auxiliary or a form of "be", which no
	// apposite ("Kruglov, the NKVD head in charge of this frameup,")
	// holds.
	finiteVerbRe  = lazyregexp.New(`\b(?:is|are|was|were|has|have|had|shall|will|would|should|can|could|may|might|must|did|does)\b`)
	introClauseRe = lazyregexp.New(`(?i)^["“]?(?:(?:but|and|yet|so|now)\s+)?(?:when|whenever|if|as|since|although|though|while|because|unless|after|before|where|wherever|once|until)\b[^,;:]*$`)
	// longerNameRe follows a name that a longer name holds: "Negro" in
	// "Negro Problem".
	longerNameRe = lazyregexp.New(`^\s+\p{Lu}`)
)

// definesTerm reports whether sentence text defines or explains term,
// and whether it does so by apposition, which a question may do too.
func definesTerm(text, term string) (defines, apposition bool) {
	for _, at := range termSpans(text, term) {
		before, after := text[:at[0]], text[at[1]:]
		if insideLongerQuote(before) {
			// "“representative democracy,” that is" explains the phrase,
			// not its last word.
			continue
		}
		if isUpper(term) && longerNameRe.MatchString(after) {
			// "Negro" in "so-called "Negro Problem"": the longer name is
			// the one explained.
			continue
		}
		if partApposite(after) {
			// "small Families, the concord whereof dependeth on naturall
			// lust,": the words after the comma speak of a part of the
			// term, in a clause of their own, not of what it is.
			continue
		}
		if namedApposite(after) {
			// "The Ohio, the Great Lakes, the Mississippi, the
			// Missouri, and the Platte, the lines of western advance,
			// were ascended": a name after the comma is the list's next
			// item, not what the name before it is. Turner's glossary
			// gave five places as defined so, and they filled it.
			continue
		}
		if appositeAfterRe.MatchString(after) && appositeOfOther(before, after) {
			// "... of the Kanawha, and Kentucky, and central New
			// York, the West began ...", "... away from the influence
			// of Europe, a steady growth of independence": the words
			// after the comma speak of the list the term ends, or
			// restate an earlier phrase; Turner's glossary defined
			// "New York", "Europe" and "the Platte" so.
			continue
		}
		if listed(after) {
			// "organs of government, the suffrage, administration": an
			// item of a list, not a term and its description.
			continue
		}
		switch {
		case appositionAfterRe.MatchString(after):
			return true, true
		case inCapitals(text, at[0], term):
			defines = true
		case namedBeforeRe.MatchString(before) && objectNamedRe.MatchString(after):
			// "called the slaves "domestic servants"" names the servants.
		case appositeAfterRe.MatchString(after) && (introClauseRe.MatchString(before) || inOpeningPhrase(before) || finiteVerbRe.MatchString(appositeAfterRe.FindString(after)) || countedApposite(after)):
			// "When a majority is included in a faction, the form of
			// popular government ...": the comma ends a clause; "by the
			// first Congress which sat under the Constitution, an act
			// was passed": what follows the comma is the main clause.
		case meansAfterRe.MatchString(after), appositeAfterRe.MatchString(after),
			termedAfterRe.MatchString(after), namedBeforeRe.MatchString(before),
			byBeforeRe.MatchString(before) && understandAfterRe.MatchString(after):
			defines = true
		case firstToAfterRe.MatchString(after):
			// "The people were the first to lay down their arms":
			// what they did first, not what they are.
		case copulaAfterRe.MatchString(after) && opensWith(before):
			defines = true
		}
	}
	return defines, false
}

// inOpeningPhrase reports whether a term ends the phrases that open a
// sentence or a clause ("that", "until", "and"), each opening on a
// preposition and holding no verb: "In the year 1857, at the summer
// assizes of the county of Cornwall, an unfortunate man ... was
// sentenced", "that in an imperfect state of the human mind, the
// interests of truth require ...", "until, in the Renaissance, the art
// of exposing falsehood dawned". The comma after it closes the phrase,
// and what follows is the clause's subject, not a description of the
// term: a glossary gave the county and "human mind" as defined by those
// sentences. A phrase set off inside a clause ("we
// hail, in Elizabeth Blackwell, a pioneer") is left alone.
func inOpeningPhrase(before string) bool {
	if loc := clauseOpenerRe.FindAllStringIndex(before, -1); loc != nil {
		before = before[loc[len(loc)-1][1]:]
	}
	for _, seg := range strings.Split(strings.TrimLeft(before, ", "), ",") {
		ws := strings.Fields(seg)
		if len(ws) == 0 || !openingPrepositions[strings.ToLower(strings.Trim(ws[0], `"“`))] {
			return false
		}
		for _, w := range ws[1:] {
			if lw := strings.ToLower(w); auxRe.MatchString(lw) || verbRe.MatchString(lw) || len(lw) > 4 && strings.HasSuffix(lw, "ed") {
				return false
			}
		}
	}
	return true
}

// clauseOpenerRe opens a clause that a phrase may open in turn.
var clauseOpenerRe = lazyregexp.New(`(?i)\b(?:that|until|when|while|and)[\s,]`)

// openingPrepositions open a phrase that can open a sentence.
var openingPrepositions = map[string]bool{"in": true, "at": true, "on": true, "during": true, "under": true, "after": true, "before": true, "from": true, "with": true, "without": true, "among": true, "for": true, "through": true, "throughout": true, "of": true}

// listed reports whether the words after a term go on a list it stands
// in: what follows a comma and an article is another item when no verb
// comes before the list ends ("government, the suffrage,
// administration.", "Athenian government, the origin of the epistle to
// Diognetus, the date of ...;"), not a description of the term
// ("Kruglov, the NKVD head in charge of this frameup, was ...").
// Gibbon's "to the Euphrates, the Danube, the Rhine, and the Ocean" once
// glossed "Euphrates" as defined, and a prompt asked students to put
// "this account of 'Euphrates'" in their own words.
func listed(after string) bool {
	ap := appositeAfterRe.FindString(after)
	if ap == "" || !strings.HasSuffix(ap, ",") {
		return false
	}
	rest := after[len(ap):]
	if i := strings.IndexAny(rest, ".;:?!"); i >= 0 {
		rest = rest[:i]
	}
	rest, dashed := beforeDash(rest)
	rest = strings.TrimSpace(rest)
	if rest == "" || wordCount(rest) > 12 || finiteVerbRe.MatchString(rest) {
		return false
	}
	if !strings.Contains(rest, ",") {
		return true
	}
	// A longer list goes on in short items to one that "and" or "or"
	// opens: "to the Euphrates, the Danube, the Rhine, and the Ocean";
	// or to a dash that closes it: "—the buffalo following the trail to
	// the salt springs, the Indian, the fur-trader and hunter, the
	// cattle-raiser, the pioneer farmer—and the frontier has passed by".
	items := strings.Split(rest, ",")
	for _, it := range items {
		if wordCount(it) > 4 {
			return false
		}
	}
	last := strings.Fields(items[len(items)-1])
	return dashed || len(last) > 0 && (last[0] == "and" || last[0] == "or")
}

// namedApposite reports whether the words after a term are another name
// set after a comma and an article ("the Missouri,", "a New York,"):
// every word after the article is capitalized, as no description of a
// name is ("the NKVD head in charge"), unless it is one word after "a"
// or one for a kind of person ("a Bonapartist").
func namedApposite(after string) bool {
	ap := appositeAfterRe.FindString(after)
	if ap == "" {
		return false
	}
	ws := strings.Fields(strings.TrimRight(ap, ",;."))
	if len(ws) < 3 || len(ws) == 3 && (!strings.EqualFold(ws[1], "the") || thesaurus.Person(ws[2])) {
		// "Thiers, a Bonapartist, says": one word after "a", or one
		// for a kind of person, describes the name before it.
		return false
	}
	for _, w := range ws[2:] {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, `"“'‘`)); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// beforeDash returns the words of text before its first dash, and
// whether it has one.
func beforeDash(text string) (string, bool) {
	i := -1
	for _, d := range []string{"—", "--", "–"} {
		if j := strings.Index(text, d); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	if i < 0 {
		return text, false
	}
	return text[:i], true
}

// partOfRe follows a term with a description of one of its parts, in a
// relative clause: ", the concord whereof", ", the members of which".
// ", the man of whom" and ", the officer whose" still describe a person.
var partOfRe = lazyregexp.New(`^["”’']?,\s+(?:a|an|the)\s+\p{L}+\s+(?:whereof|thereof|of which)\b`)

// partApposite reports whether the words after a term speak of a part of
// it rather than describe it.
func partApposite(after string) bool { return partOfRe.MatchString(after) }

// appositeOfOther reports whether a description after a term's comma
// belongs to something else: the term ends a list ("..., and the Platte,
// the lines of western advance, were ascended"), whose whole the
// description speaks of or whose clause it ends; or the description
// opens as an earlier phrase of the sentence did ("a steady movement
// away from the influence of Europe, a steady growth of independence"),
// and restates that phrase; or the term and the description both follow
// "a" or "an", items of one list ("a Pennsylvania, a New York, an Ohio,
// or a western Virginia statesman").
func appositeOfOther(before, after string) bool {
	if lastListItemRe.MatchString(before) {
		return true
	}
	ws := wordRe.FindAllString(after, 2)
	if len(ws) < 2 {
		return false
	}
	if indefiniteEndRe.MatchString(before) && (strings.EqualFold(ws[0], "a") || strings.EqualFold(ws[0], "an")) {
		return true
	}
	return indexWord(strings.ToLower(before), strings.ToLower(ws[0]+" "+ws[1])) >= 0
}

// indefiniteEndRe ends the words before a term that "a" or "an" opens.
var indefiniteEndRe = lazyregexp.New(`(?i)(?:^|\s)an?\s+$`)

// lastListItemRe ends the words before the last item of a list: a comma,
// "and" or "or", and at most two words that qualify the item.
var lastListItemRe = lazyregexp.New(`,\s+(?:and|or)\s+(?:[\p{L}'’-]+\s+){0,2}$`)

// countedApposite reports whether the words after a comma open on a
// count, the subject of the next clause rather than a description:
// "... in Federal Territories, the sixteen, if they had acted at all,
// would probably have acted ...".
func countedApposite(after string) bool {
	ws := wordRe.FindAllString(after, 2)
	return len(ws) == 2 && numberWord(strings.ToLower(ws[1]))
}

// insideLongerQuote reports whether a term starts inside a quotation that
// opened words before it.
func insideLongerQuote(before string) bool {
	open := strings.LastIndexAny(before, `"“`)
	if open < 0 || strings.Count(before, `"`)%2 == 0 && strings.Count(before, "“") <= strings.Count(before, "”") {
		return false
	}
	return strings.TrimSpace(before[open+1:]) != "" && !strings.HasSuffix(before[open:], "“") && !strings.HasSuffix(before[open:], `"`)
}

// opensWith reports whether the words before a term are only the
// sentence's opening: an article or a quotation mark.
func opensWith(before string) bool {
	t := strings.TrimSpace(strings.Trim(before, `"“‘' `))
	switch strings.ToLower(t) {
	case "", "the", "a", "an":
		return true
	}
	return false
}

// termSpans returns where term stands in text: as whole words, or for a
// pair joined by "vs" ("Red vs expert"), from its first part to its last
// where the text quotes them apart ("“Red” and “expert,”").
func termSpans(text, term string) [][2]int {
	var out [][2]int
	for _, at := range occurrences(text, term) {
		out = append(out, [2]int{at, at + len(term)})
	}
	for _, sep := range []string{" vs ", " vs. ", " versus "} {
		a, z, ok := strings.Cut(term, sep)
		if !ok {
			continue
		}
		i, j := indexWord(text, a), indexWord(text, z)
		if i >= 0 && j > i {
			out = append(out, [2]int{i, j + len(z)})
		}
	}
	return out
}

// setOff reports whether text sets term off in quotation marks, as a
// writer marks a term of his own ("in short, of "lack of democracy""):
// only then does a sentence that uses a term without defining it show
// what the writer means by it.
func setOff(text, term string) bool {
	for _, at := range termSpans(text, term) {
		before := strings.TrimRight(text[:at[0]], "_*")
		after := strings.TrimLeft(text[at[1]:], "_*,.;:!?")
		if strings.HasSuffix(before, `"`) || strings.HasSuffix(before, "“") || strings.HasSuffix(before, "‘") {
			if strings.HasPrefix(after, `"`) || strings.HasPrefix(after, "”") || strings.HasPrefix(after, "’") {
				return true
			}
		}
	}
	return false
}

// glossing is a sentence that may gloss a term: whether it defines the
// term or only uses it, and how well it explains it.
type glossing struct {
	q     Quote
	kind  string
	score float64
}

// glosses returns the sentences that may gloss a term, best first: those
// that define it (a definitional pattern, an apposition, a term it names);
// for a person, those that say what they did or believed; then the
// weightiest statements that use it. Statements a student can read alone
// come first.
func (b *builder) glosses(cd *candidate, weight func(*essay.Passage) float64) []glossing {
	var out []glossing
	ps := cd.Uses
	if strings.Contains(cd.Term, " vs") || strings.Contains(cd.Term, " versus ") {
		// "Red vs expert" may be defined where its parts stand apart.
		ps = b.c.Passages
	}
	for _, p := range ps {
		for _, s := range b.of[p.Ref] {
			if len(termSpans(s.text, cd.Term)) == 0 || bibRe.MatchString(s.text) || s.leans == leansHard && s.run == nil || cd.Name && (onlyInLonger(s.text, cd.Term) || b.inLongerName(s.text, cd.Term) || b.opensLongerTerm(s.text, cd.Term)) || introducesNext(s.text) || s.voiced {
				// A sentence that leans on a pronoun and has no run to
				// name whom it stands for cannot be read alone, nor can
				// one that only introduces the words that follow it ("A
				// representative from western Virginia declared:"); and
				// "England" in "New England" is not England (though
				// "the Emperor Marcus Aurelius" is Marcus Aurelius); nor
				// does a demand the author gives as others' say what he
				// holds of anyone.
				continue
			}
			if s.run == nil && echoes(s.text) {
				// "Ex-Governor Chamberlain has already virtually done as
				// much." says only that he did what the sentence before
				// says; "That this is done ... is notorious", that what
				// it told is known.
				continue
			}
			if s.run == nil && fragmentary(s.text) {
				// Cut to fit, the sentence leaves a fragment: Douglass's
				// ¶126 glossed Godwin with "... and Dr. Godwin, a
				// celebrated divine of his time …", the cut before what
				// Godwin did.
				continue
			}
			if !cd.Name && pointedTo(s.text, cd.Term) {
				// "This policy has been courageously ... advocated": the
				// sentence speaks of the policy named before, and says
				// nothing of what a policy is.
				continue
			}
			if (cd.Person || cd.Name) && inNameList(s.text, cd.Term) || foreign(s.text) {
				// "led by Remond, Nell, Wells-Brown, and Douglass": one
				// of a list of names says nothing of him (nor
				// "Sicily" of "between Italy, Sicily, and Spain"), nor
				// of a name the text does not know for a person's
				// ("the martyrdom of Attucks, the fighting of Salem and
				// Poor, ..."); a note in
				// another language says nothing to a student.
				continue
			}
			if citesPages(s.text) {
				// "Columbia Law Review, Vol. V, p. 339; ..." lists
				// where to read more: a term it names is a title, and
				// the note says nothing of what it means.
				continue
			}
			if s.p.Ref.Kind == essay.Note && citedTitle(s.text, cd.Term) {
				// "Hale, "Daniel Boone" (pamphlet).", "Vide "Principes
				// des Negociations" par l'Abbe de Mably.": the term is
				// the title of a work the note cites, and the note says
				// nothing of it. Turner's glossary glossed Daniel Boone
				// by a pamphlet's citation.
				continue
			}
			if editorialMention(s.text, cd.Term) {
				// "The words "ad votum" are omitted in the Testina
				// addition, 1550.": a note on the text's editions
				// speaks of the words, not of what they mean.
				continue
			}
			q, ok := glossQuote(s, cd.Term)
			if defines, _ := definesTerm(s.text, cd.Term); ok && defines && s.run == nil {
				// A definition is the gloss worth a longer quote;
				// a sentence that only uses the term is not.
				q = keepingTerm(q, s.text, cd.Term)
			}
			if ok && (cd.Person || cd.Name) && (someoneElseFirst(q.Text, cd.Term) || onlyQuoted(q.Text, cd.Term)) {
				// "..., he followed so vigorously as to reach Cadiz a
				// week before Villeneuve entered Ferrol": the gloss is
				// about another man, and names this one in passing;
				// and ""Of course Kozlovsky is old ...," he said" is
				// what someone says of him, not the author.
				continue
			}
			if ok && !balanced(q.Text) && introduced(b.c, p, s.i) {
				// A sentence that opens a quotation the next one closes,
				// after a colon, is the first line of a voice the author
				// brings in ("... Then listen:"): no gloss of his, and
				// one that opens a quotation it never closes.
				continue
			}
			if !ok || len(termSpans(q.Text, cd.Term)) == 0 {
				// The cut left the term out: "There are thousands who
				// ... …" shows nothing of a name further on.
				continue
			}
			if kind, v := b.glossScore(cd, s, weight(p)); v > 0 {
				out = append(out, glossing{q, kind, v})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// introduced reports whether sentence i of p follows a colon: the
// words the sentence before announced ("... Then listen:").
func introduced(c *essay.Corpus, p *essay.Passage, i int) bool {
	before := ""
	if i > 0 {
		before = p.Sentences[i-1].Text
	} else if at := slices.Index(c.Passages, p); at > 0 && len(c.Passages[at-1].Sentences) > 0 {
		prev := c.Passages[at-1].Sentences
		before = prev[len(prev)-1].Text
	}
	return strings.HasSuffix(strings.TrimSpace(before), ":")
}

// volumePageRe is a volume or a page a reference gives: "Vol. V", "p. 339",
// "vol. iii".
var volumePageRe = lazyregexp.New(`\b(?:[Vv]ol|pp?)\.\s*(?:[0-9]+|[ivxlcIVXLC]+\b)`)

// citesPages reports whether a sentence gives volumes or pages more than
// once: it is a list of references, not a statement.
func citesPages(text string) bool {
	return len(volumePageRe.FindAllStringIndex(text, 3)) >= 2
}

// editorialRe is a word of how a text was printed or handed down.
var editorialRe = lazyregexp.New(`(?i)\b(?:omitted|printed|misprinted|misprint|editions?|manuscripts?|suffered to stand)\b`)

// editorialMention reports whether a sentence speaks of a term as words
// of the text, quoted, in telling how the text was printed or handed
// down.
func editorialMention(text, term string) bool {
	if !editorialRe.MatchString(text) {
		return false
	}
	for _, q := range quotedSpanRe.FindAllString(text, -1) {
		if strings.Contains(strings.ToLower(q), strings.ToLower(term)) {
			return true
		}
	}
	return false
}

// citedTitleRe ends the words before a work's title a citation quotes:
// its author's name and a comma ("Hale, "), or a word that points to
// it ("Vide ", "See ").
var citedTitleRe = lazyregexp.New(`(?:\b\p{Lu}[\p{L}'’.-]+,\s*|\b(?:Vide|See|Cf\.)\s+)$`)

// maxTitleWords is the longest quotation citedTitle reads as a title: a
// longer one is someone's words ("says Bancroft, "they had prepared a
// Constitution which ..."").
const maxTitleWords = 12

// citedTitle reports whether text writes term only inside quoted titles
// of works it cites: short quotations after an author's name and a
// comma, or after "Vide" or "See".
func citedTitle(text, term string) bool {
	spans := termSpans(text, term)
	quotes := quotedSpanRe.FindAllStringIndex(text, -1)
	for _, at := range spans {
		if !slices.ContainsFunc(quotes, func(q []int) bool {
			return q[0] <= at[0] && at[1] <= q[1] && wordCount(text[q[0]:q[1]]) <= maxTitleWords && citedTitleRe.MatchString(text[:q[0]])
		}) {
			return false
		}
	}
	return len(spans) > 0
}

// someoneElseFirst reports whether "he" or "she" stands in text before
// its first use of a person's name: the sentence speaks first of someone
// else, whom it does not name.
func someoneElseFirst(text, term string) bool {
	spans := termSpans(text, term)
	if len(spans) == 0 {
		return false
	}
	at := heSheRe.FindStringIndex(text)
	if at == nil || at[0] > spans[0][0] {
		return false
	}
	// "But when he had not arrived, Zinoviev opened the meeting": the
	// pronoun stands in a clause of its own, and the name is the
	// subject of the main one.
	return !strings.ContainsAny(text[at[1]:spans[0][0]], ",;:")
}

// onlyQuoted reports whether text names term only inside quotation
// marks that hold more than the term: in someone's spoken or written
// words, not a name set apart (""Atlanta Compromise"").
func onlyQuoted(text, term string) bool {
	spans := termSpans(text, term)
	quotes := quotedSpanRe.FindAllStringIndex(text, -1)
	for _, at := range spans {
		if !slices.ContainsFunc(quotes, func(q []int) bool {
			return q[0] <= at[0] && at[1] <= q[1] && wordCount(text[q[0]:q[1]]) > wordCount(term)+2
		}) {
			return false
		}
	}
	return len(spans) > 0
}

// heSheRe is a pronoun that stands for one person.
var heSheRe = lazyregexp.New(`\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is)\b`)

// pointedTo reports whether every time text uses term, "this", "these",
// "those" or "such" stands before it: "This policy", "this new charge".
// ("that" may open a clause: "believes that policy ...".)
func pointedTo(text, term string) bool {
	spans := termSpans(text, term)
	for _, at := range spans {
		ws := strings.Fields(text[:at[0]])
		if len(ws) == 0 || !pointedRe.MatchString(strings.Trim(ws[len(ws)-1], `"“‘'(`)) {
			return false
		}
	}
	return len(spans) > 0
}

// pointedRe is a demonstrative that points back to what is named before.
var pointedRe = lazyregexp.New(`^(?i:this|these|those|such)$`)

// nameListRe is a list of three names or more: "Remond, Nell,
// Wells-Brown, and Douglass", "Jhering, Menger, and Stammler"; its items
// may be what each is remembered for ("in the martyrdom of Attucks, the
// fighting of Salem and Poor, the intellectual accomplishments of
// Banneker and Derham"), which says no more of one of them.
var nameListRe = lazyregexp.New(`` + nameItem + `(?:,\s+(?:and\s+|or\s+)?` + nameItem + `){2,}`)

// nameItem is an item of a list of names: a name, or two joined by
// "and", after what the list gives of them ("the fighting of"), or a
// title with its article and realm ("the Emperor, the King of France,
// the King of Aragon", which glossed "Emperor" in the Federalist).
const nameItem = `(?:(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,3}of\s+(?:the\s+)?|the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s+of\s+\p{Lu}[\p{L}'’-]+)?(?:\s+and\s+\p{Lu}[\p{L}'’-]+)?`

// inNameList reports whether every time text names term, it names it as
// an item of a list of three names or more, which says nothing of that
// one person; "Lewis and Clark were the first to explore" says it of both.
func inNameList(text, term string) bool {
	spans := termSpans(text, term)
	if len(spans) == 0 {
		return false
	}
	lists := nameListRe.FindAllStringIndex(text, -1)
	for _, at := range spans {
		if !slices.ContainsFunc(lists, func(l []int) bool { return l[0] <= at[0] && at[1] <= l[1] }) {
			return false
		}
	}
	return true
}

// onlyInLonger reports whether a name stands in a sentence only as part of
// a longer name: "Negro" in "the so-called "Negro Problem"" says what the
// problem is called, not what "Negro" means.
func onlyInLonger(text, term string) bool {
	for _, at := range termSpans(text, term) {
		if !longerNameRe.MatchString(text[at[1]:]) {
			return false
		}
	}
	return true
}

// inLongerName reports whether a name stands in a sentence only at the
// end of a longer name the text uses as a term: "England" in "What is
// true for New England is ...".
func (b *builder) inLongerName(text, term string) bool {
	spans := termSpans(text, term)
	for _, at := range spans {
		ws := strings.Fields(text[:at[0]])
		if len(ws) < 2 {
			return false
		}
		prev := ws[len(ws)-1]
		if r, _ := utf8.DecodeRuneInString(prev); !unicode.IsUpper(r) || personTitle(prev) || !b.isCand(prev+" "+term) {
			// A title ("the Emperor Marcus Aurelius") names the
			// same person.
			return false
		}
	}
	return len(spans) > 0
}

// personTitle reports whether a capitalized word before a name is a
// title that names the same person ("the Emperor Marcus Aurelius"): a
// title the guide knows, or a word for a person WordNet's tagged texts
// use mostly as a noun. "Great" is a person's word too ("the greats"),
// but an adjective nearly always, and "the Great Lakes" are no lakes
// of a man called Lakes: Turner's glossary glossed "Lakes" by every
// sentence naming the Great Lakes.
func personTitle(w string) bool {
	if titleRe.MatchString(w + " X") {
		return true
	}
	if !thesaurus.Person(strings.ToLower(w)) {
		return false
	}
	nouns, others := thesaurus.Tagged(terms.Stem(strings.ToLower(w)))
	return nouns >= others
}

// opensLongerTerm reports whether a name stands in a sentence only as the
// first word of a longer term the text uses, in whatever case: "Negro"
// in "the so-called Negro problem" says what the problem is called.
func (b *builder) opensLongerTerm(text, term string) bool {
	spans := termSpans(text, term)
	for _, at := range spans {
		next := wordRe.FindString(text[at[1]:])
		if next == "" || !strings.HasPrefix(strings.TrimLeft(text[at[1]:], " "), next) || !b.isCand(term+" "+next) {
			return false
		}
	}
	return len(spans) > 0
}

// isCand reports whether term is one of the glossary's candidates.
func (b *builder) isCand(term string) bool {
	for _, cd := range b.cands {
		if strings.EqualFold(cd.Term, term) {
			return true
		}
	}
	return false
}

// glossQuote quotes sentence s as the gloss of term: the term must stand
// in the quote's first sentence, for a gloss that opens on sentences which
// do not name it ("Among those who take this view ... … Though they are
// both Johns, ...") reads as a gloss of something else. A run that opens
// elsewhere gives way to s alone, if s reads alone; ok is false if not.
func glossQuote(s *sentence, term string) (Quote, bool) {
	if s.run == nil || len(termSpans(s.run[0].text, term)) > 0 {
		return quoteOf(s), true
	}
	if defines, _ := definesTerm(s.text, term); defines {
		// A definition may lean on the sentence before for its subject:
		// "But they never dealt with ... "Red" and "expert," as this
		// dilemma was termed".
		return quoteOf(s), true
	}
	if s.leans != standsAlone {
		return Quote{}, false
	}
	return sentenceQuote(s), true
}

// keepingTerm cuts a long sentence that defines term after the clause
// that holds it, when the usual cut ends before it: "Again, one of the
// Contractors, may deliver the Thing ... and then the Contract on his
// part, is called PACT, or COVENANT: Or both parts may ..." glossed
// neither term, for its cut stopped at "be trusted …". It returns q
// unchanged if q holds the term, or if the clause that does runs past
// cutWords.
func keepingTerm(q Quote, text, term string) Quote {
	if len(termSpans(q.Text, term)) > 0 || q.Text != cut(text) {
		return q
	}
	spans := termSpans(text, term)
	if len(spans) == 0 {
		return q
	}
	end := spans[0][1]
	at := -1
	for _, sep := range []string{"; ", ": "} {
		if i := strings.Index(text[end:], sep); i >= 0 && (at < 0 || end+i < at) {
			at = end + i
		}
	}
	if at < 0 || wordCount(text[:at]) > cutWords || !balanced(text[:at]) {
		return q
	}
	return Quote{Ref: q.Ref, Text: strings.TrimRight(text[:at], ",;: ") + " " + Ellipsis}
}

// glossScore rates sentence s as the gloss of a term.
func (b *builder) glossScore(cd *candidate, s *sentence, passageWeight float64) (string, float64) {
	defines, apposition := definesTerm(s.text, cd.Term)
	if s.question && !apposition {
		// A question asks what a term means, or uses it to ask: it
		// explains nothing.
		return Uses, 0
	}
	v := passageWeight
	kind := Uses
	switch {
	case defines:
		kind = Defines
		v += 10
	case cd.Person && actsIn(s.text, cd.Term):
		// What the text says the person did or believed.
		v += 4
	case cd.Name && actsIn(s.text, cd.Term):
		// What the text says of a place or a body, not where it only
		// mentions it: "America would not long retain her rank", not
		// "has appeared in America".
		v += 2
	case !cd.Person && isSubject(s.text, cd.Term):
		// What the text says a term is: "Colonization is no solution,
		// but an evasion."
		v += 4
	}
	if thesisRe.MatchString(s.text) {
		v += 1
	}
	switch {
	case s.question:
		v *= 0.3
	case s.leans == leansHard:
		v *= 0.2
	case s.leans == leansLight:
		v *= 0.6
	}
	if s.n > 45 {
		v *= 0.7
	}
	if s.p.Ref.Kind == essay.Note {
		// The body says what a term means in the argument; a note
		// mostly cites.
		v *= 0.5
	}
	return kind, v
}

// isSubject reports whether a term opens a sentence, or its main clause
// after an opening phrase, as the subject of "is" or "are".
func isSubject(text, term string) bool {
	for _, at := range termSpans(text, term) {
		before := text[:at[0]]
		if i := strings.LastIndex(before, ", "); i >= 0 && i+2 == len(before) {
			before = ""
		}
		if opensWith(strings.TrimSpace(before)) && subjectCopulaRe.MatchString(text[at[1]:]) {
			return true
		}
	}
	return false
}

// actsIn reports whether a sentence makes a person the subject of a verb:
// "Lincoln was never", "Douglas also denounced".
func actsIn(text, term string) bool {
	for _, at := range occurrences(text, term) {
		if rest := text[at+len(term):]; subjectVerbRe.MatchString(rest) || adverbVerbRe.MatchString(rest) {
			return true
		}
	}
	return false
}

// subjectVerbRe follows a name that is the subject of a verb: perhaps
// another name, an adverb, then a verb in the past or the third person.
var subjectVerbRe = lazyregexp.New(`^(?:\s+and\s+\p{Lu}\p{L}+)?(?:,\s+like\s+\p{Lu}\p{L}+,)?(?:\s+(?:also|never|himself|herself|themselves|later|then|still|even|only|once|twice|often|always|alone))*\s+(?:seems?|seemed|appears?|believes?|believed|thinks?|thought|says|said|argues|argued|attributes|reports|mused|worried|did|does|made|was|is|were|are|had|has|have|condemned|stated|denounced|wrote|writes|led|ruled|won|lost|claimed|held|gave|took|became|began|would|will|shall|may|must|can|could|should|might|[a-z]{3,}ed)\b`)

// adverbVerbRe follows a name that an adverb in -ly and a verb in the
// third person follow: "Bancroft constantly recurs in his writings".
var adverbVerbRe = lazyregexp.New(`^\s+\p{Ll}{3,}ly\s+\p{Ll}{3,}s\b`)

// saysOf reports whether some sentence of a gloss says something of a
// name, not only mentions it: the name is a verb's subject ("Massachusetts
// has provided ...", "America would not long retain ...") or the sentence
// defines it. "war on Mexico" and "thank Heaven" only mention.
func saysOf(cd *candidate, gs []glossing) bool {
	for _, g := range gs {
		if g.kind == Defines || actsIn(g.q.Text, cd.Term) {
			return true
		}
	}
	return false
}

// speechAfterQuoteRe follows a quoted span that is a speaker's words:
// ""Pay," it said", ""Show me the tribute-money," said he".
var speechAfterQuoteRe = lazyregexp.New(`^[,.!?]?["”’']\s*,?\s*(?:(?:he|she|it|they|I|we)\s+)?(?:said|says|asked|cried|replied|answered|exclaimed|remarked|continued|observed|added|returned|whispered|muttered|murmured|shouted|began|interrupted|protested|declares|declared|writes|wrote|insists|insisted)\b`)

// speechBeforeQuoteRe opens a quoted span that is someone's words:
// "pleads "not guilty"", "the answer was "Quit stealing"".
var speechBeforeQuoteRe = lazyregexp.New(`(?i)\b(?:said|says|plead|pleads|pleaded|cried|replied|answered|asked|answer was|reply was)\s*,?\s*["“‘']$`)

// spokenTerm reports whether every quoted use of a term is a speaker's
// words rather than a word the text sets apart. A use in no quotation
// marks says nothing either way: Douglass's "of which he is not guilty"
// kept his plea, "pleads "not guilty."", in the glossary.
func spokenTerm(cd *candidate) bool {
	if cd.Quoted == 0 || cd.Name && !strings.ContainsAny(cd.Term, " ") && cd.Quoted < len(cd.Uses) {
		return false
	}
	spoken := 0
	for _, p := range cd.Uses {
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			if !openQuoteRe.MatchString(text[:at]) {
				continue
			}
			if !speechAfterQuoteRe.MatchString(text[at+len(cd.Term):]) && !speechBeforeQuoteRe.MatchString(text[:at]) {
				return false
			}
			spoken++
		}
	}
	return spoken > 0
}

// openQuoteRe ends the text before a quoted use of a term: a quotation
// mark that opens it.
var openQuoteRe = lazyregexp.New(`["“‘']$`)

// echoRe finds words that stand for what was said before: a clause that
// opens on "that this", a verb done "as much" or "the same".
var echoRe = lazyregexp.New(`(?i)^(?:but |and |yet )?that (?:this|these|that|those|such)\b|\b(?:done|do|did|does|doing) (?:as much|so|likewise|the same|the like)\b`)

// echoes reports whether a sentence says again, by a word standing for
// it, what the sentence before it said: read alone it glosses nothing.
func echoes(text string) bool { return echoRe.MatchString(text) }
