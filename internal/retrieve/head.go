package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// headStem returns the stem of the noun a question asks for: the last
// word, casual words aside (see casualWords), of the first run of content
// words after "what" or "which" and the verb and determiners that follow
// it ("whats a good opening line for a debate": "line"), or of the run of
// two or more words a question with no question word or verb opens with
// ("best app to learn russian fast?": "app"); "" when it asks otherwise
// ("why", "how", "did ..."), or when that word is none of the question's
// stems: a word framing what it asks of the text ("Which sources ...?").
func headStem(q *Query) string {
	ws := q.Words
	if len(ws) == 0 {
		return ""
	}
	i := 0
	switch {
	case headAskers[ws[0]]:
		i = 1
		for i < len(ws) && terms.IsStopword(ws[i]) && !headStops[ws[i]] {
			i++
		}
	case slices.ContainsFunc(ws, func(w string) bool { return askers[w] || terms.IsStopword(w) && auxiliaries[w] }):
		return ""
	}
	start := i
	// "Which note addresses X?" asks where the text speaks of X, not
	// for a thing: the word after the part named is its verb. Some
	// parts are stop words ("paragraph"), skipped above.
	if start > 1 && textParts[ws[start-1]] || start > 0 && start < len(ws) && textParts[ws[start]] {
		return ""
	}
	for i < len(ws) && !terms.IsStopword(ws[i]) {
		i++
	}
	// The noun ends the run: a verb or an adjective after it ("which
	// newspaper printed that", "what was X afraid of") says what is
	// asked of the thing, and is no thing asked for.
	end := i
	for end > start+1 && !nounWord(ws[end-1]) {
		end--
	}
	if agentAfter(ws, start, end) || verbBeforeObject(ws, start, end) {
		end--
	}
	// A number says how many things are asked for, not what they are:
	// "What three things does he say X never did?" asks for things.
	head := ""
	for j := start; j < end; j++ {
		if !casual(ws, j) && numberWord(terms.Stem(ws[j])) == nil {
			head = ws[j]
		}
	}
	if head == "" || start == 0 && i < 2 {
		return ""
	}
	// One word straight after "what" and not followed by an auxiliary
	// is the question's verb: "What happened to X?", "What caused Y?".
	if start == 1 && i == 2 && i < len(ws) && !auxiliaries[ws[i]] {
		return ""
	}
	if predicative(ws, start, i) {
		return ""
	}
	s := terms.Stem(head)
	if !slices.Contains(q.Stems, s) {
		return ""
	}
	return s
}

// agentAfter reports whether the last word of the run ws[start:end] is
// a participle whose agent follows: a word the dictionary uses more as
// a verb than as a noun, before "by". "What was the salary ceiling set
// by the Jivago Rule?" asks for a ceiling, which the rule set; "set" is
// no thing asked for.
func agentAfter(ws []string, start, end int) bool {
	if end < start+2 || end >= len(ws) || ws[end] != "by" {
		return false
	}
	nouns, others := thesaurus.Tagged(terms.Stem(ws[end-1]))
	return nouns < others
}

// predicative reports whether the run ws[start:end] after "what" or
// "which" is one word straight after a copula that the dictionary uses
// more as an adjective or an adverb than as a noun: "which is worse to
// him, X or Y?" asks which of two things is worse, not for a thing
// called "worse".
func predicative(ws []string, start, end int) bool {
	if end != start+1 || start != 2 || !copulas[ws[1]] {
		return false
	}
	nouns, others := thesaurus.Tagged(terms.Stem(ws[start]))
	return nouns < others
}

// copulas link a subject to what is said of it.
var copulas = words("is", "was", "are", "were")

// nounWord reports whether w may be a noun: the dictionary's tagged
// texts use it as one, or it is a word they do not know (a name); a
// form in "-ed" only when they use it more as a noun than otherwise
// ("printed", "scared" are verbs and adjectives; "red" too short to
// read so).
func nounWord(w string) bool {
	nouns, others := thesaurus.Tagged(terms.Stem(w))
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		return nouns >= others
	}
	return nouns > 0 || others == 0
}

// textParts name the parts of a text a question may ask which of:
// "Which note addresses X?", "What paragraph mentions Y?".
var textParts = words("note", "notes", "footnote", "footnotes", "endnote", "endnotes", "paragraph", "paragraphs",
	"passage", "passages", "section", "sections", "chapter", "chapters", "page", "pages")

// headAskers open a question asking for a thing by its noun.
var headAskers = words("what", "which", "whats", "what's")

// headStops end the words skipped after "what" before the noun asked
// for: past a preposition or a question's own verb, what follows is no
// longer the thing asked for ("what did he think of ...").
var headStops = words("of", "in", "on", "for", "with", "about", "to", "from", "by", "at",
	"did", "does", "do", "can", "could", "would", "should", "will", "has", "have", "had")

// strangeHead reports whether the noun q asks for (see headStem) is a
// word the corpus lacks, that nothing stands in for: no related word, no
// word of the same concept, no plain word for it (see plainWordTable).
// A word the dictionary knows only as a name, a word of two letters
// ("yr") and one typed without its final g ("stressin") are left to the
// other tests: a name, chat, or a typo.
func (r *Retriever) strangeHead(q *Query) bool {
	return r.strange(q, headStem(q)) || r.strangeAbout(q)
}

// strangeAbout reports whether the noun a question asks about is strange
// (see aboutStem), and so is every noun joined to it by "and" or "or"
// ("about the Communist squads in the army and the Communist guards in
// factories"): a text may call one of them by another word, and still
// speak of the other.
func (r *Retriever) strangeAbout(q *Query) bool {
	if !r.strange(q, aboutStem(q)) {
		return false
	}
	return !slices.ContainsFunc(joinedAbout(q), func(s string) bool { return !r.strange(q, s) })
}

// joinedAbout returns the stems of the nouns joined by "and" or "or"
// after the one a question asks about (see aboutStem): the last word of
// each run of content words after the joining word and its determiners.
func joinedAbout(q *Query) []string {
	i := slices.IndexFunc(q.Words, func(w string) bool { return abouts[w] })
	if i < 0 {
		return nil
	}
	var out []string
	ws := q.Words
	for j := i + 1; j < len(ws); j++ {
		if ws[j] != "and" && ws[j] != "or" {
			continue
		}
		k := j + 1
		for k < len(ws) && determiners[ws[k]] {
			k++
		}
		head := ""
		for ; k < len(ws) && !terms.IsStopword(ws[k]); k++ {
			if !casual(ws, k) {
				head = ws[k]
			}
		}
		if head != "" && slices.Contains(q.Stems, terms.Stem(head)) {
			out = append(out, terms.Stem(head))
		}
	}
	return out
}

// aboutStem returns the stem of the noun a question asks about after
// "about" or "concerning" ("what did X write about Y's childhood":
// "childhood"): the last
// word of the run of content words after it, when it is one of the
// question's stems; or "".
func aboutStem(q *Query) string {
	i := slices.IndexFunc(q.Words, func(w string) bool { return abouts[w] })
	if i < 0 {
		return ""
	}
	// Only a determiner may stand between: "fretting about when he
	// was ..." asks about no noun.
	i++
	for i < len(q.Words) && determiners[q.Words[i]] {
		i++
	}
	head := ""
	for ; i < len(q.Words) && !terms.IsStopword(q.Words[i]); i++ {
		if !casual(q.Words, i) {
			head = q.Words[i]
		}
	}
	if head == "" || !slices.Contains(q.Stems, terms.Stem(head)) {
		return ""
	}
	return terms.Stem(head)
}

// strange reports whether h, a stem of q, is a word the corpus lacks
// that nothing stands in for (see strangeHead).
func (r *Retriever) strange(q *Query, h string) bool {
	if h == "" || len(h) < 3 || thesaurus.Proper(h) || r.Index.BM25.Has(h) || r.reaches(h) ||
		len(q.StandIns[h]) > 0 || len(q.SameConcept[h]) > 0 || r.plainIn(h, r.Index.BM25.Has) {
		return false
	}
	if strings.HasSuffix(h, "in") && thesaurus.Senses(terms.Stem(h+"g")) > 0 {
		return false
	}
	return true
}

// abouts say what a question asks about.
var abouts = words("about", "concerning", "regarding")
