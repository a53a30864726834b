// Package suggest finds the name a user probably meant when they mistyped
// one, for "did you mean ...?" hints. It imports nothing of studyguide's,
// so that any package may use it.
package suggest

import (
	"fmt"
	"strings"

	"github.com/xrash/smetrics"
)

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

// Unknown is the error for a name that is none of names: it names the
// nearest one, if any is near, and says where the list is.
//
//   - kind: what the name is of ("command").
//   - typed: what the user wrote; compared without regard to case.
//   - names: the names that exist, in order of preference.
//   - list: where the user finds them all ("see 'studyguide --help'").
func Unknown(kind, typed string, names []string, list string) error {
	if best := Nearest(strings.ToLower(typed), names); best != "" {
		return fmt.Errorf("unknown %s %q: did you mean %q? (%s)", kind, typed, best, list)
	}
	return fmt.Errorf("unknown %s %q (%s)", kind, typed, list)
}
