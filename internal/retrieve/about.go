package retrieve

import (
	"slices"

	"studyguide/internal/terms"
)

// unsaidAbout reports whether q asks what someone or something the corpus
// names said, wrote or held about a topic ("what did X write in his diary
// about the war?", "What did X conclude about Y in his book?") and no
// sentence naming it, nor those going on about it by a pronoun (see
// window), holds the topic or holds it near. A text that cites X's
// diary for one thing does not say what the diary says of another: the
// words the question shares with the citation ("diary") are its title,
// not its content. Nor does a text that names X in passing, and
// speaks of the topic elsewhere, say what X thought of it ("What did
// X write about tariffs?" of a text quoting X on the courts):
// what a person held the text tells beside his name, or goes on to by a
// pronoun, or, in a citation of his work, in the sentence it cites the
// work for (see citedFor): "the numbers might be 6, 6 and 5. See X,
// ..." says what X found about the numbers. Pitfall: read only for
// names the text cites, the test let such questions through on the
// words they share with other passages.
//
// Only a question opening with "what" asks for what was said: "How does
// X interpret Y's answer about Z?" asks of X's reading, which the text
// may give in sentences naming neither. The topic is what follows
// "about" (see aboutPhrase); a topic that is
// itself a name the corpus names ("What did X say about Y?", "... about
// General Y?") is left to the relation test, which reads sentences
// naming both. A question
// naming the text or its author, or no one, is left to the other tests;
// so is one of several parts, whose other parts the text may answer.
// Asking what someone's book says ("What does X's book say about Y?")
// reads as asking where a claim can be read (Reading), but asks what
// the book holds of Y, as "What did X write about Y?" does; the text's
// sources, stance or purpose are left to the passages of that voice.
func (r *Retriever) unsaidAbout(q *Query) bool {
	if len(q.Words) == 0 || !headAskers[q.Words[0]] || len(q.Parts) > 1 || hasAny(q.Words, ownTextNouns) || hasAny(q.Words, roleWords) || q.Intent&^Reading != 0 || namesFigure(q) {
		return false
	}
	at := slices.IndexFunc(q.Words, func(w string) bool { return abouts[w] })
	if at < 0 {
		return false
	}
	// The topic and the names asked of stand in one part of the question
	// ("Where does X come from, and what did Y think about Z?").
	part := slices.IndexFunc(q.Parts, func(p Part) bool {
		return slices.ContainsFunc(aboutPhrase(q.Words[at+1:]), func(s string) bool { return slices.Contains(p.Stems, s) })
	})
	if part < 0 {
		return false
	}
	runs := settingsOut(q, r.nameRuns(q, q.Parts[part].Stems))
	author := r.authorWords()
	var topic []string
	phrase := aboutPhrase(q.Words[at+1:])
	isName := func(s string) bool { return runs[s] > 0 || r.writesName(s) || nameStem(s) }
	for i, s := range phrase {
		// A word just before a name is its title ("General X", "Senator
		// X"): the topic is X, whom the relation test reads. A word for
		// people after a place's name ("the X people") is its people,
		// where the text names them by a word of their own ("Xers").
		if !isName(s) && (i+1 >= len(phrase) || !isName(phrase[i+1])) && (i == 0 || !peopleNouns[s] || !r.namesPeopleOf(phrase[i-1])) {
			topic = append(topic, s)
		}
	}
	for s := range runs {
		if author[s] || slices.Contains(aboutPhrase(q.Words[at+1:]), s) {
			delete(runs, s)
		}
	}
	if len(topic) == 0 || len(runs) == 0 {
		return false
	}
	// The name must stand before "about": "What did the council say about
	// X?" asks of X, and any passage may hold it.
	if !slices.ContainsFunc(q.Words[:at], func(w string) bool { return runs[terms.Stem(w)] > 0 }) {
		return false
	}
	for n := range runs {
		for _, a := range r.name(n).at {
			window := r.window(a)
			if !namesWhole(runs, runs[n], window) || !r.holdsOwned(q, window) {
				continue
			}
			claim := claimed(q, citedFor(a))
			if slices.ContainsFunc(topic, func(t string) bool { return r.heldNear(q, t, window) || claim[t] }) {
				return false
			}
		}
	}
	return true
}

// namesFigure reports whether q names a way of speaking (see
// speechWords): "What is the comparison with X supposed to show about
// Y?" asks what the text does with X, which it says in sentences of its
// own, not beside X's name.
func namesFigure(q *Query) bool {
	return slices.ContainsFunc(q.Words, func(w string) bool { return speechStems()[terms.Stem(w)] })
}

// aboutPhrase returns the stems of the content words of ws, the words
// after "about", up to a preposition or a clause of its own: "the war
// with Germany" gives "war", "strengthening the navy relative to the
// army" gives "strengthen", "navi", "relat".
func aboutPhrase(ws []string) []string {
	var out []string
	for _, w := range ws {
		if phraseEnds[w] || subordinators[w] || askers[w] {
			break
		}
		if !terms.IsStopword(w) {
			out = append(out, terms.Stem(w))
		}
	}
	return out
}

// peopleNouns are the stems of the words for the people of a place
// named before them ("the X people", "X folk").
var peopleNouns = words(terms.Stems("people folk folks men residents inhabitants citizens")...)

// namesPeopleOf reports whether the corpus writes a word for the people
// of the place whose stem is s: s with an ending of peopleEndings.
func (r *Retriever) namesPeopleOf(s string) bool {
	return slices.ContainsFunc(peopleEndings, func(end string) bool { return r.usesWord(s + end) })
}

// peopleEndings make a word for a place's people from its name
// ("Xers", "Xians", "Xites").
var peopleEndings = []string{"ers", "er", "ians", "ian", "ites", "ite"}

// phraseEnds end the phrase a question asks about.
var phraseEnds = words("in", "with", "to", "for", "from", "by", "at", "on", "during", "and", "or", "than", "as", "into")
