package retrieve

import "slices"

// doneThen reports whether part asks only what someone did at a time a
// later clause names ("What did X do before he kept his diary?"): "do"
// and no other word of its own in the main clause, whose stems are main,
// and words outside it. Of a name the corpus only cites, a citation
// holding the later clause's words ("The Diary of X") tells what work it
// cites, not what he did then.
func doneThen(q *Query, part Part, main map[string]bool) bool {
	return hasAny(q.Words, doWords) && slices.ContainsFunc(part.Stems, func(s string) bool { return !main[s] })
}
