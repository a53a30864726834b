package retrieve

import "slices"

// A question may state a claim and ask how the text puts it: as fact or
// hedged ("Does the author state as fact that Jivago wanted a weaker
// council, or is that hedged?", "Is the burning of the archive presented
// as established fact or as a conditional?"). The claim's own passage
// answers it, where the text says it and with what hedge ("If so, ...",
// "as it appears"), not the passages granting what cannot be known at
// all: such a question asks of its claim, not of the author's limits,
// and its words of status ("fact", "hedged", "conditional") are no words
// of the claim. Searched, "fact" found a note's "was in fact murdered".

// statusWords name how a claim is put.
var statusWords = words("fact", "facts", "factual", "established", "hedged", "hedge", "hedges", "hedging",
	"conditional", "conditionally", "conjecture", "conjectural", "speculation", "speculative",
	"inference", "inferred", "tentative", "tentatively", "certain", "certainty", "assertion", "asserted")

// puttingVerbs before "as" say how a claim is put: "state it as fact",
// "presented as established fact", "treat it as conjecture".
var puttingVerbs = words("state", "states", "stated", "present", "presents", "presented", "treat", "treats",
	"treated", "give", "gives", "given", "offer", "offers", "offered", "put", "puts", "assert", "asserts")

// asReach is how many words may stand between "as" and "fact": "as an
// established fact".
const asReach = 3

// asksClaimStatus reports whether a question, given as its words, asks
// how a claim it states is put: "fact" after "as", at most asReach words
// between ("state as fact", "presented as established fact"), or a
// hedge word right after a pointer at the claim ("or is that hedged?",
// "or is it hedged").
func asksClaimStatus(ws []string) bool {
	for i, w := range ws {
		if (w == "fact" || w == "facts") && slices.Contains(ws[max(0, i-asReach):i], "as") {
			return true
		}
		if hedgeWords[w] && i > 0 && claimPointers[ws[i-1]] {
			return true
		}
	}
	return false
}

// framesClaimStatus reports whether ws[i], in a question asking how a
// claim is put (see asksClaimStatus), only says so: a word of status, or
// a verb of putting before "as" ("state as fact"), no article before it:
// "the Party's role in the state as established fact" names the state.
func framesClaimStatus(ws []string, i int) bool {
	if !asksClaimStatus(ws) {
		return false
	}
	return statusWords[ws[i]] || puttingVerbs[ws[i]] && (i == 0 || !articles[ws[i-1]]) && slices.Contains(ws[i+1:min(len(ws), i+asReach+1)], "as")
}
