package generate

import (
	"slices"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// withSourced adds to the answer, for a later part asking for the
// evidence of what an earlier part asked ("Did he condemn the cult, and
// where does the writer get his proof?", "... and which note backs it?"),
// the footnote a sentence quoted for an earlier part marks, when it was
// retrieved and nothing quoted for the later part is a note: the note is
// where the claim comes from, whatever words it shares with the part.
// When no sentence quoted for an earlier part marks a retrieved note, the
// earlier part's best sentence that does, scoring as a sentence kept
// beside the part's best (see withMarked), is quoted for it with its note:
// asked for the source of a claim, the claim the author gives a source
// for is the one meant.
//
//   - sents, ps: the sentences weighed and each part's scores of them.
func withSourced(chosen []candidate, res *retrieve.Result, sents []sentence, ps partScores, keep float64) []candidate {
	for part, p := range res.Query.Parts {
		if part == 0 || !asksSource(p) {
			continue
		}
		// A part asking only for the source, in no word of its own
		// ("what's his source for that?"), is answered by the claim's
		// note alone: a sentence chosen for it otherwise only speaks of
		// sources in general.
		if len(p.Stems) == 0 {
			chosen = slices.DeleteFunc(slices.Clone(chosen), func(c candidate) bool { return c.part == part })
		}
		if len(chosen) >= maxSentences || slices.ContainsFunc(chosen, func(c candidate) bool { return c.part == part && c.passage.Ref.Kind == essay.Note }) {
			continue
		}
		// A part naming the claim it asks the source of ("... and which
		// note backs up his statements against the cult?") makes it
		// itself; one pointing back ("... and what's his source for
		// that?") asks of the part before.
		claim := part - 1
		if slices.ContainsFunc(p.Stems, func(st string) bool { return !sourcing[st] && !slices.Contains(p.Leans, st) }) {
			claim = part
		}
		note, ok := sourceOf(chosen, res.Hits, claim)
		if !ok {
			if chosen, ok = withMarked(chosen, res.Hits, sents, ps, keep, claim); !ok {
				continue
			}
			// The marked sentence's note may be quoted already, for
			// another part: then there is no note to add.
			if note, ok = sourceOf(chosen, res.Hits, claim); !ok {
				continue
			}
		}
		note.part = part
		chosen = append(chosen, note)
		chosen[len(chosen)-1].part, chosen[len(chosen)-1].pick = part, len(chosen)
	}
	return chosen
}

// asksSource reports whether part p asks for the source of a claim, in its
// content stems or its words ("source" may ask of the text itself, and be
// read as its intent rather than a stem).
func asksSource(p retrieve.Part) bool {
	return slices.ContainsFunc(p.Stems, func(st string) bool { return sourcing[st] }) ||
		slices.ContainsFunc(p.Words, func(w string) bool { return sourcing[terms.Stem(w)] })
}

// sourceOf returns the first quotable sentence of the retrieved footnote
// that a sentence chosen for part claim or one before it marks, when no
// sentence of that note is chosen yet.
func sourceOf(chosen []candidate, hits []retrieve.Hit, claim int) (candidate, bool) {
	for _, c := range chosen {
		n := c.passage.Sentences[c.index].Note
		if c.part > claim || c.passage.Ref.Kind != essay.Paragraph || n == 0 {
			continue
		}
		ref := c.passage.NoteRef(n)
		for rank, h := range hits {
			if h.Passage.Ref != ref || slices.ContainsFunc(chosen, func(o candidate) bool { return o.passage == h.Passage }) {
				continue
			}
			for i, st := range h.Passage.Sentences {
				if quotable(st) {
					return candidate{passage: h.Passage, rank: rank, index: i, text: st.Text, question: st.Question}, true
				}
			}
		}
	}
	return candidate{}, false
}

// withMarked adds to chosen, for part claim, its best-scoring sentence
// marking a retrieved footnote, when it scores at least keep of that
// part's best; it reports whether it added one.
func withMarked(chosen []candidate, hits []retrieve.Hit, sents []sentence, ps partScores, keep float64, claim int) ([]candidate, bool) {
	scores, best := ps.of[claim], ps.best[claim]
	at := -1
	for i, s := range sents {
		n := s.passage.Sentences[s.index].Note
		if s.passage.Ref.Kind != essay.Paragraph || n == 0 || scores[i] < keep*best ||
			!slices.ContainsFunc(hits, func(h retrieve.Hit) bool { return h.Passage.Ref == s.passage.NoteRef(n) }) {
			continue
		}
		if at < 0 || scores[i] > scores[at] {
			at = i
		}
	}
	if at < 0 || slices.ContainsFunc(chosen, func(c candidate) bool { return c.passage == sents[at].passage && c.index == sents[at].index }) {
		return chosen, false
	}
	c := sents[at].candidate
	c.score, c.part, c.pick = scores[at], claim, len(chosen)+1
	return append(chosen, c), true
}

// sourcing holds the stems of the words asking for a claim's evidence.
var sourcing = stemSet("proof", "prove", "evidence", "source", "sources", "cite", "cites", "documented", "reference", "note", "footnote")
