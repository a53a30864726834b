// Package suggest finds the name a user probably meant when they mistyped
// one, for "did you mean ...?" hints.
package suggest

import "github.com/xrash/smetrics"

// maxEdits is the most single-letter edits a typo may be from its name;
// further than that, a guess helps less than the list of names.
const maxEdits = 2

// Nearest returns the name closest to typed by edit distance, if it is at
// most two edits away, or "". Ties go to the earlier name.
//
//   - typed: what the user wrote.
//   - names: the names that exist, in order of preference.
func Nearest(typed string, names []string) string {
	best, bestDist := "", maxEdits+1
	for _, n := range names {
		if d := smetrics.WagnerFischer(typed, n, 1, 1, 1); d < bestDist {
			best, bestDist = n, d
		}
	}
	return best
}
