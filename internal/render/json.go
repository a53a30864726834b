package render

import "studyguide/internal/essay"

// PassageJSON is a passage as `show --json` prints it.
type PassageJSON struct {
	Ref       string   `json:"ref"`
	Section   string   `json:"section"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
	Notes     []string `json:"notes"`
	CitedBy   []string `json:"cited_by"`
}

// NewPassageJSON converts a passage for JSON output.
func NewPassageJSON(p *essay.Passage) PassageJSON {
	out := PassageJSON{Ref: p.Ref.String(), Section: p.Section, Text: p.Text(),
		Sentences: []string{}, Notes: []string{}, CitedBy: []string{}}
	for _, s := range p.Sentences {
		out.Sentences = append(out.Sentences, s.Text)
	}
	for _, n := range p.Notes {
		out.Notes = append(out.Notes, p.NoteRef(n).String())
	}
	for _, r := range p.CitedBy {
		out.CitedBy = append(out.CitedBy, r.String())
	}
	return out
}

// QuestionJSON is one open question as `questions --json` prints it.
type QuestionJSON struct {
	Ref  string `json:"ref"`
	Text string `json:"text"`
}

// NewQuestionsJSON converts questions for JSON output; never nil.
func NewQuestionsJSON(qs []essay.Question) []QuestionJSON {
	out := []QuestionJSON{}
	for _, q := range qs {
		out = append(out, QuestionJSON{Ref: q.Ref.String(), Text: q.Text})
	}
	return out
}

// RefStrings writes refs as strings, never nil.
func RefStrings(refs []essay.Ref) []string {
	out := []string{}
	for _, r := range refs {
		out = append(out, r.String())
	}
	return out
}
