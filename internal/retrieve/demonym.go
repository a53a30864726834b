package retrieve

import (
	"slices"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// demonymPrefix is how many leading letters a place's name and its
// adjective must share at least ("japa" of "Japan" and "Japanese"): with
// fewer, a short name would meet any capitalized word that starts alike.
const demonymPrefix = 4

// demonyms returns the names the corpus gives (see textNames) that are a
// place's name and its adjective with stem, or the other way round:
// "Japanese" for "Japan", "Japan" for "Japanese". WordNet relates many
// such pairs ("Mexico" and "Mexican") but not all, and the stemmer parts
// them. One of the two must be a place, and the other must begin with
// all but the last letter of the place's stem and be no shorter than
// that ("German" for "Germany", whose stem is "germani") nor more than
// three letters longer than it: a country and its
// adjective, not a place named after someone ("Jacksonville" is no
// adjective of "Jackson") nor two words that happen to start alike.
func (r *Retriever) demonyms(stem string) []string {
	var out []string
	for t := range r.textNames() {
		// The shared prefix first: it rules out almost every name
		// without a look-up in the thesaurus, for each stem of each
		// question.
		if t != stem && terms.CommonPrefix(stem, t) >= demonymPrefix && placeAndAdjective(stem, t) {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return out
}

// placeAndAdjective reports whether stems a and b are a place's name and
// the adjective made from it, in either order (see demonyms).
func placeAndAdjective(a, b string) bool {
	pa, pb := thesaurus.Place(a), thesaurus.Place(b)
	if pa == pb {
		return false
	}
	place, other := a, b
	if pb {
		place, other = b, a
	}
	if !thesaurus.Proper(place) {
		// A common word for a place ("village") has no adjective of it.
		return false
	}
	shared := terms.CommonPrefix(place, other)
	return shared >= demonymPrefix && shared >= len(place)-1 && len(other) >= len(place)-1 && len(other) <= len(place)+3
}
