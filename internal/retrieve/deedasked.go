package retrieve

// emphasisAdverbs are the adverbs by which a question stresses what it
// asks without changing it: "What did Jivago actually do?" asks what he
// did.
var emphasisAdverbs = words("actually", "really", "even", "exactly", "ever", "truly", "eventually", "ultimately")

// pastEmphasis returns the index of the first word of ws from i on that
// is not one of emphasisAdverbs.
func pastEmphasis(ws []string, i int) int {
	for i < len(ws) && emphasisAdverbs[ws[i]] {
		i++
	}
	return i
}
