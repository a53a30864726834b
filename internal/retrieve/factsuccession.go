package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

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
