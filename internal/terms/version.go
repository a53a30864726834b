package terms

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Version identifies the terms pipeline as it stands in this build: how
// text is split into words, which words are stop words, and how words are
// stemmed. It is computed, never kept by hand: a hash of the stop-word
// lists and the table of irregular forms, and of what the pipeline makes
// of a fixed probe text (the stemmer's own stop words and rules are known
// only by what they do). Whatever stores
// stems (the saved index, the thesaurus table) records it, and is rebuilt
// when it changes.
func Version() string { return version() }

var version = sync.OnceValue(computeVersion)

func computeVersion() string {
	h := sha256.New()
	h.Write([]byte("terms\x00"))
	writeSet(h, questionWords)
	writeSet(h, moreStopwords)
	for _, form := range slices.Sorted(maps.Keys(baseForms)) {
		fmt.Fprintf(h, "%s=%s\x00", form, baseForms[form])
	}
	// The probe covers what the lists cannot: the splitter, and the
	// stemmer's rules and built-in stop words as this build has them.
	for _, w := range Words(probe + " " + functionWords) {
		if IsStopword(w) {
			h.Write([]byte(w + "\x00"))
		} else {
			h.Write([]byte(w + "=" + Stem(w) + "\x00"))
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// probe exercises the splitter (hyphens, apostrophes, digits, accents,
// capitals) and the stemmer's suffix rules, with common stop words among
// them.
const probe = "The all-powerful leaders' nationalization of industries was " +
	"generously, hopefully and relationally argued: running, ran, runs; " +
	"abilities, possibly, conditional, controlled, happiness, hopping, " +
	"agreed, feed, plastered, sized, tanned, falling, fizzed, failing, " +
	"filing, cried, ties, gaps, gas, caresses, ponies, cats, emotional, " +
	"rationalism, formality, sensitivity, electrical, adjustment, adoption, " +
	"dependent, communism, effective, bowdlerize, Ørsted's 1936 über-café, 6 and 5, " +
	"and then they would not have been able to do it, could they? " +
	"Couldn't we? Isn't it? Whoever did so, however, might yet say."

// functionWords are the English function words a stop list may hold: the
// Snowball list and more, so that a word added to or dropped from the
// stemmer's built-in list changes the probe.
const functionWords = "a about above across after afterwards again against all almost alone " +
	"along already also although always am among amongst an and another any anyhow anyone " +
	"anything anyway anywhere are around as at back be became because become becomes been " +
	"before beforehand behind being below beside besides between beyond both but by can " +
	"cannot could did do does doing don done down during each either else elsewhere enough " +
	"etc even ever every everyone everything everywhere except few first for former " +
	"formerly from further had has have having he hence her here hereafter hereby herein " +
	"hers herself him himself his how however i if in indeed into is it its itself just " +
	"last latter least less many may me meanwhile might mine more moreover most mostly " +
	"much must my myself namely neither never nevertheless next no nobody none noone nor " +
	"not nothing now nowhere of off often on once one only onto or other others otherwise " +
	"our ours ourselves out over own per perhaps rather s same seem seemed seeming seems " +
	"several she should since so some somehow someone something sometime sometimes " +
	"somewhere still such t than that the their theirs them themselves then thence there " +
	"thereafter thereby therefore therein these they this those though through throughout " +
	"thru thus to together too toward towards under until up upon us very via was we well " +
	"were what whatever when whence whenever where whereafter whereas whereby wherein " +
	"whereupon wherever whether which while whither who whoever whole whom whose why will " +
	"with within without would yet you your yours yourself yourselves"

func writeSet(h hash.Hash, set map[string]bool) {
	h.Write([]byte(strings.Join(slices.Sorted(maps.Keys(set)), " ") + "\x00"))
}
