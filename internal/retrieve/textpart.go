package retrieve

import "studyguide/internal/terms"

// partOfNamed reports whether ws[i], a word for a text ("article",
// "chapter", "text"), names a part or the wording of another thing the
// question names after it: "Which article of the Jivago Charter
// guaranteed X?" asks of the constitution's article, not of the essay,
// so the relation test weighs what it asks of the constitution. Only a
// word followed by "of the" and a name the corpus names within a few
// words counts: "what article of Jivago is cited" asks which of his
// articles the text cites, a question of the text.
func (r *Retriever) partOfNamed(q *Query, i int) bool {
	ws := q.Words
	if i+3 >= len(ws) || ws[i+1] != "of" || ws[i+2] != "the" {
		return false
	}
	runs := r.nameRuns(q, q.Stems)
	for j := i + 3; j < len(ws) && j <= i+3+partOfReach; j++ {
		if runs[terms.Stem(ws[j])] > 0 {
			return true
		}
	}
	return false
}

// partOfReach is how many words may stand between "of the" and the name
// a text word is part of ("the 1921 Jivago Charter").
const partOfReach = 2
