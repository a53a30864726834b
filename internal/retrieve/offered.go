package retrieve

// offerVerbs are the verbs of a writer putting something forward: "What
// evidence does the author give that ...?", "What reasons does he
// offer?".
var offerVerbs = words("give", "offer", "provide", "present", "supply", "cite", "adduce", "produce")

// textSubjects are the words a question names a writer or the text by,
// besides the author's own name.
var textSubjects = words("he", "she", "they", "the", "author", "writer", "essay", "text", "article", "book", "it", "this", "historian", "scholar", "professor")

// offeredAt reports whether ws[i] is the verb by which a question asks
// what the writer puts forward: "What evidence does the author give that X?"
// asks the evidence for X, and "give" is no more a word of X than
// "does" is. Searched, it matched "Given that ..." of a paragraph about
// another thing. The question opens on what it asks for ("What
// evidence", "Which reasons") and names the writer or the text between
// the auxiliary and the verb; "What rights did the constitution give
// citizens?" asks what was given, and keeps it.
func (r *Retriever) offeredAt(ws []string, i int) bool {
	if !offerVerbs[ws[i]] || len(ws) == 0 || ws[0] != "what" && ws[0] != "which" {
		return false
	}
	author := r.authorWords()
	for j := i - 1; j >= 2 && j >= i-4; j-- {
		if ws[j] != "does" && ws[j] != "do" && ws[j] != "did" {
			continue
		}
		for _, w := range ws[j+1 : i] {
			if !textSubjects[w] && !author[w] {
				return false
			}
		}
		return j+1 < i
	}
	return false
}
