package retrieve

import (
	"strconv"
	"strings"

	"studyguide/internal/essay"
)

// noteSaid are the words voice typing may write for "note", heard as two
// ("no it fifteen", "know it 5"): the first of each pair, then "it".
var noteSaid = words("no", "know", "noe")

// readNotesSaid returns fields with "note" for each pair of words voice
// typing wrote for it (see noteSaid) before the number of a note the
// corpus has, and the readings made: "what does no it fifteen say" was
// declined as never mentioning "fifteen", and "know it 5" named no
// passage. Before a number no note has, or another word, the words are
// meant as typed ("I know it 100 percent").
func (r *Retriever) readNotesSaid(fields []string) ([]string, []Respelling) {
	var made []Respelling
	for i := 0; i+2 < len(fields); i++ {
		if !noteSaid[strings.ToLower(fields[i])] || strings.ToLower(fields[i+1]) != "it" || !r.hasNote(fields[i+2:]) {
			continue
		}
		made = append(made, Respelling{Typed: fields[i] + " " + fields[i+1], Read: "note"})
		fields = append(append(append([]string(nil), fields[:i]...), "note"), fields[i+2:]...)
	}
	return fields, made
}

// hasNote reports whether fields open with the number, in digits or
// spelled, of a note the corpus has.
func (r *Retriever) hasNote(fields []string) bool {
	n := trim(fields[0])
	if !isNumber(n) {
		d, _, ok := spelledNumber(fields)
		if !ok {
			return false
		}
		n = d
	}
	v, err := strconv.Atoi(n)
	return err == nil && len(r.fitting(essay.Ref{Kind: essay.Note, N: v})) > 0
}
