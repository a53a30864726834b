package retrieve

// fateVerbs ask, after "what", what became of something ("What happened to
// the opposition?", "What became of his papers?").
var fateVerbs = map[string]bool{
	"happen": true, "happens": true, "happened": true, "happening": true,
	"become": true, "becomes": true, "became": true,
}

// asksFate reports whether words[i] is the verb of a question asking
// what became of something: "happened" in "What happened to X?", "became"
// in "What became of X?". It frames the question as "what is" does: the
// answer tells what was done to X, and a passage saying "if that
// happened" of something else is no nearer it.
func asksFate(words []string, i int) bool {
	if !fateVerbs[words[i]] || i == 0 || words[i-1] != "what" {
		return false
	}
	return i+1 < len(words) && (words[i+1] == "to" || words[i+1] == "of" || words[i+1] == "with")
}
