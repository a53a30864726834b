package retrieve

import (
	"strings"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// silentOpenings are the letters English writes at a word's opening
// and does not sound, as a speller by ear leaves them out: "wr" is heard
// as "r" ("rong" for "wrong", "rite" for "write"), "kn" as "n"
// ("nowledge" for "knowledge").
var silentOpenings = [][2]string{{"r", "wr"}, {"n", "kn"}}

// soundedAs returns the spellings that w, a word typed as it sounds, may
// stand for: w with the silent letter of its opening written (see
// silentOpenings), with "ph" for its "f", each or all of them
// ("paragraf" for "paragraph", "filosofy" for "philosophy"), and with
// "-or" for its ending "-er", which sounds the same ("sailers" for
// "sailors"). The sound key cannot find these: it reads a final "f" as
// the "-ov" of a name, and keeps vowels.
func soundedAs(w string) []string {
	var out []string
	for _, o := range silentOpenings {
		if rest, ok := strings.CutPrefix(w, o[0]); ok {
			out = append(out, o[1]+rest)
		}
	}
	for _, end := range [][2]string{{"er", "or"}, {"ers", "ors"}} {
		if base, ok := strings.CutSuffix(w, end[0]); ok && len(base) >= minShortTypoLen {
			out = append(out, base+end[1])
		}
	}
	if strings.Count(w, "f") > 1 {
		out = append(out, strings.ReplaceAll(w, "f", "ph"))
	}
	for i := range len(w) {
		if w[i] == 'f' {
			out = append(out, w[:i]+"ph"+w[i+1:])
		}
	}
	return out
}

// heardSpelling returns the common word of general English that w, a
// misspelt word, is typed as it sounds (see soundedAs), or "" when none
// is or two are: "wat was rong with the local party bosses" and "wich
// paragraf talks about the secret police" were declined as never
// mentioning the word, which no slip of one letter reaches.
func heardSpelling(w string) string {
	if len(w) < minShortTypoLen {
		return ""
	}
	read := ""
	for _, c := range soundedAs(w) {
		if !commonWord(c) || c == read {
			continue
		}
		if read != "" {
			return ""
		}
		read = c
	}
	return read
}

// writingHeard returns the word of writing (see writeWords) that w, a
// real word the corpus lacks, is typed as it sounds, its silent opening
// left out ("rite" for "write", "rote" for "wrote"), where no noun
// stands (after no article, possessive or "of", see nounOpeners); or "".
// Every text was written, and a question asks why or what its author
// wrote whether or not the text says "write": "y did he rite this" was
// declined as never mentioning "rite". "the rite of spring" is meant as
// typed, as is "rite" in a text that speaks of rites.
func (r *Retriever) writingHeard(w, prev string) string {
	if nounOpeners[prev] || !thesaurus.Word(w) || r.inCorpus(w) {
		return ""
	}
	for _, o := range silentOpenings {
		if rest, ok := strings.CutPrefix(w, o[0]); ok && writeWords[o[1]+rest] {
			return o[1] + rest
		}
	}
	return ""
}

// nounOpeners are the articles, possessives and demonstratives, and
// "of": the word after one is a noun.
var nounOpeners = words("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "of")

// inCorpus reports whether the corpus uses w as written or its stem.
func (r *Retriever) inCorpus(w string) bool {
	return r.usesWord(w) || r.Index.BM25.Has(terms.Stem(w))
}

// frameSlip returns the auxiliary that w, a real word the corpus lacks,
// is with two letters swapped, when it stands where a question's
// auxiliary does (see opensFrame), or "": "dose the author agree with
// him" and "wat dose he want ppl to reserch next" were declined as never
// mentioning "dose", which is a word, so no slip. Where no auxiliary
// stands ("the dose of"), the word is meant as typed.
func (r *Retriever) frameSlip(w string) string {
	if !isLetters(w) || terms.IsStopword(w) || !thesaurus.Word(w) || r.inCorpus(w) {
		return ""
	}
	for i := range len(w) - 1 {
		if c := w[:i] + w[i+1:i+2] + w[i:i+1] + w[i+2:]; auxiliaries[c] {
			return c
		}
	}
	return ""
}

// opensFrame reports whether a word between prev and next, the words
// either side of it as read (prev "" for none), stands where a
// question's auxiliary does: first, or after a question word or a
// conjunction ("what does", "and does"), and before its subject: a word
// of content, a pronoun or a determiner ("does smith", "does he"), not a
// function word ("what dose of").
func opensFrame(prev, next string) bool {
	return (prev == "" || askers[prev] || conjunctions[prev]) && (next != "" && !terms.IsStopword(next) || subjectOpeners[next])
}

// subjectOpeners are the function words a question's subject opens
// with after its auxiliary.
var subjectOpeners = words("the", "a", "an", "he", "she", "it", "they", "we", "you", "i", "this", "that", "these", "those",
	"his", "her", "its", "their", "our", "my", "your", "there")

// subjectPronouns are the pronouns a question's subject may be, with
// texting's "u".
var subjectPronouns = words("he", "she", "we", "they", "i", "you", "u", "ppl", "people")

// noAfter are the words after which "no" is meant as typed, though an
// auxiliary and a pronoun stand before it: "does he no longer believe".
var noAfter = words("longer", "more", "one", "doubt", "such", "other", "less", "way", "idea")

// heardInPlace returns the word that w, a real word, stands for where a
// speaker's homophone was typed (voice typing writes the one it hears
// first) and w makes no sense in its place, when the corpus uses the
// word meant; or "". prev2 and prev are the two words before w, as
// read, next the word after it. "no" after an auxiliary and its subject
// is "know" ("dose he no for sure", "how do we no"), where "does he no
// longer" is meant as typed; "weather" before a clause is "whether"
// ("he asks weather the plan worked"), where "the weather" is meant as
// typed, and so is it in a corpus that speaks of the weather.
func (r *Retriever) heardInPlace(w, prev2, prev, next string) string {
	switch {
	case w == "no" && subjectPronouns[prev] && (auxiliaries[prev2] || prev2 == "how") && !noAfter[next] && r.usesWord("know"):
		return "know"
	case w == "weather" && !nounOpeners[prev] && (subjectOpeners[next] || next == "or") && !r.inCorpus(w) && r.usesWord("whether"):
		return "whether"
	}
	return ""
}
