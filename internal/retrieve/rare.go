package retrieve

import (
	"strings"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// commonSlip returns the word a real word w of the dictionary more likely
// misspells (see respellWord), when w has a single sense, never met in
// WordNet's tagged texts, and that word is met at least commonTags times: "stoped" is a
// form of "stope", a miner's word, but "who stoped the king" means
// "stopped". A rare word beside a word only somewhat commoner ("planed"
// and "planned", "taped" and "tapped") is left as typed: both are read
// in running text, and the question may mean either. A form the stemmer
// cuts apart from its word ("referenced" is stemmed "referenc", though
// "reference" is "refer") counts as met when that word is (see
// metAsBase). Or "".
func commonSlip(w string) string {
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		return ""
	}
	stem := terms.Stem(w)
	if thesaurus.Senses(stem) != 1 {
		return ""
	}
	if n, o := thesaurus.Tagged(stem); n+o > 0 || metAsBase(w) {
		return ""
	}
	read := respellWord(w)
	if read == "" {
		return ""
	}
	stem = terms.Stem(read)
	if b := baseForm(read); b != "" {
		stem = terms.Stem(b)
	}
	if n, o := thesaurus.Tagged(stem); n+o < commonTags {
		return ""
	}
	return read
}

// metAsBase reports whether w, ending in "ed" or "ing", is a form of a
// word ending in "e" that WordNet's tagged texts meet: "referenced" of
// "reference".
func metAsBase(w string) bool {
	for _, suffix := range []string{"ed", "ing"} {
		if base, ok := strings.CutSuffix(w, suffix); ok && len(base) > 2 {
			n, o := thesaurus.Tagged(terms.Stem(base + "e"))
			return n+o > 0
		}
	}
	return false
}
