package render

import "studyguide/internal/guide"

// GuideJSON is a study guide as `guide --format json` prints it. The
// students' edition leaves out the answers of "check" and the "plan".
type GuideJSON struct {
	Source    GuideSourceJSON     `json:"source"`
	From      string              `json:"from"`
	Edition   string              `json:"edition"`
	Caveat    string              `json:"caveat"`
	Basis     *GuideQuoteJSON     `json:"basis"`
	Summary   []GuideQuoteJSON    `json:"summary"`
	Themes    []GuideThemeJSON    `json:"themes"`
	Questions []GuideQuestionJSON `json:"questions"`
	Check     []GuideCheckJSON    `json:"check"`
	KeyTerms  []GuideTermJSON     `json:"key_terms"`
	Plan      *GuidePlanJSON      `json:"plan,omitempty"`
}

// GuideSourceJSON names the text.
type GuideSourceJSON struct {
	Title  string `json:"title"`
	Author string `json:"author"`
	Year   int    `json:"year,omitempty"`
}

// GuideQuoteJSON is a sentence quoted verbatim from the passage with the
// ref (a sentence cut for length is marked with "…"), and the footnote it
// marks, if the guide quotes that too.
type GuideQuoteJSON struct {
	Ref   string          `json:"ref"`
	Quote string          `json:"quote"`
	Note  *GuideQuoteJSON `json:"note,omitempty"`
	// Says introduces a quote that gives others' words, not the
	// author's view.
	Says string `json:"says,omitempty"`
}

// GuideThemeJSON is one theme; Named is where the text names it, if it
// does.
type GuideThemeJSON struct {
	Name  string          `json:"name"`
	Named *GuideQuoteJSON `json:"named"`
}

// GuideQuestionJSON is one question of the guide with its evidence and
// prompts. Origin says whether the text asks it ("asked"), states it as a
// claim ("claim") or a teacher gave it ("teacher", without a ref).
type GuideQuestionJSON struct {
	Theme      string            `json:"theme"`
	Question   string            `json:"question"`
	Ref        string            `json:"ref,omitempty"`
	Origin     string            `json:"origin"`
	Evidence   []GuideQuoteJSON  `json:"evidence"`
	Discussion []GuidePromptJSON `json:"discussion"`
	Historian  []GuidePromptJSON `json:"historian"`
}

// GuidePromptJSON is one prompt: Level is a Bloom level for discussion
// questions and sourcing, corroboration, contextualization or
// counterpoint for a historian's.
type GuidePromptJSON struct {
	Level  string   `json:"level"`
	Prompt string   `json:"prompt"`
	Refs   []string `json:"refs"`
}

// GuideCheckJSON is a short-answer question and, in the teacher's
// edition, the sentence that answers it.
type GuideCheckJSON struct {
	Question string          `json:"question"`
	Answer   *GuideQuoteJSON `json:"answer,omitempty"`
}

// GuideTermJSON is a key term or person with the sentence that defines it
// ("defines") or only uses it ("uses").
type GuideTermJSON struct {
	Term   string `json:"term"`
	Kind   string `json:"kind"`
	Person bool   `json:"person,omitempty"`
	Ref    string `json:"ref"`
	Quote  string `json:"quote"`
}

// GuidePlanJSON is the discussion plan.
type GuidePlanJSON struct {
	Protocol string            `json:"protocol"`
	About    string            `json:"about"`
	Focus    *GuideQuestionRef `json:"focus"`
	Minutes  int               `json:"minutes"`
	Sides    []GuideSideJSON   `json:"sides"`
	Steps    []GuideStepJSON   `json:"steps"`
	Starters GuideStartersJSON `json:"sentence_starters"`
}

// GuideQuestionRef is a question with its ref.
type GuideQuestionRef struct {
	Ref      string `json:"ref,omitempty"`
	Question string `json:"question"`
	// Ask is a claim put as the question the class argues.
	Ask string `json:"ask,omitempty"`
}

// GuideSideJSON is one position of the debate and the passages for it.
type GuideSideJSON struct {
	Position string   `json:"position"`
	Refs     []string `json:"refs"`
	// Quote is the words of its first passage that take the side.
	Quote string `json:"quote,omitempty"`
}

// GuideStepJSON is one timed step of the plan.
type GuideStepJSON struct {
	Minutes  int      `json:"minutes"`
	Activity string   `json:"activity"`
	Refs     []string `json:"refs"`
}

// GuideStartersJSON holds sentence starters.
type GuideStartersJSON struct {
	Agree    []string `json:"agree"`
	Disagree []string `json:"disagree"`
}

// NewGuideJSON converts a guide for JSON output; its lists are never nil.
func NewGuideJSON(g *guide.Guide) GuideJSON {
	out := GuideJSON{
		Source:    GuideSourceJSON{Title: Clean(g.Title), Author: Clean(g.Author), Year: g.Year},
		From:      g.From,
		Edition:   g.Edition,
		Caveat:    Clean(g.Caveat()),
		Basis:     quoteJSON(g.Basis),
		Summary:   []GuideQuoteJSON{},
		Themes:    []GuideThemeJSON{},
		Questions: []GuideQuestionJSON{},
		Check:     []GuideCheckJSON{},
		KeyTerms:  []GuideTermJSON{},
	}
	if out.Edition == "" {
		out.Edition = guide.TeacherEdition
	}
	for _, q := range g.Summary {
		out.Summary = append(out.Summary, *quoteJSON(&q))
	}
	for _, th := range g.Themes {
		out.Themes = append(out.Themes, GuideThemeJSON{Name: Clean(th.Name), Named: quoteJSON(th.Named)})
		for _, q := range th.Questions {
			out.Questions = append(out.Questions, questionJSON(th, q))
		}
	}
	for _, k := range g.Check {
		out.Check = append(out.Check, GuideCheckJSON{Question: Clean(k.Question), Answer: quoteJSON(k.Answer)})
	}
	for _, t := range g.Terms {
		out.KeyTerms = append(out.KeyTerms, GuideTermJSON{Term: Clean(t.Heading()), Kind: t.Kind, Person: t.Person, Ref: t.Quote.Ref.String(), Quote: Clean(t.Quote.Text)})
	}
	if g.Edition != guide.StudentEdition {
		p := planJSON(g.Plan)
		out.Plan = &p
	}
	return out
}

func questionJSON(th *guide.Theme, q *guide.Question) GuideQuestionJSON {
	out := GuideQuestionJSON{Theme: Clean(th.Name), Question: Clean(q.Text), Origin: q.Origin,
		Evidence: []GuideQuoteJSON{}, Discussion: prompts(q.Discussion), Historian: prompts(q.Historian)}
	if q.HasRef() {
		out.Ref = q.Ref.String()
	}
	for _, e := range q.Evidence {
		out.Evidence = append(out.Evidence, *quoteJSON(&e))
	}
	return out
}

func prompts(ps []guide.Prompt) []GuidePromptJSON {
	out := []GuidePromptJSON{}
	for _, p := range ps {
		out = append(out, GuidePromptJSON{Level: p.Level, Prompt: Clean(p.Text), Refs: RefStrings(p.Refs)})
	}
	return out
}

func quoteJSON(q *guide.Quote) *GuideQuoteJSON {
	if q == nil {
		return nil
	}
	return &GuideQuoteJSON{Ref: q.Ref.String(), Quote: Clean(q.Text), Note: quoteJSON(q.Note), Says: q.Says}
}

func planJSON(p guide.Plan) GuidePlanJSON {
	out := GuidePlanJSON{Protocol: p.Protocol, About: p.About, Minutes: p.Minutes, Sides: []GuideSideJSON{}, Steps: []GuideStepJSON{},
		Starters: GuideStartersJSON{Agree: append([]string{}, p.Agree...), Disagree: append([]string{}, p.Disagree...)}}
	if q := p.Focus; q != nil {
		out.Focus = &GuideQuestionRef{Question: Clean(q.Text), Ask: Clean(p.Ask)}
		if q.HasRef() {
			out.Focus.Ref = q.Ref.String()
		}
	}
	for _, s := range p.Sides {
		side := GuideSideJSON{Position: s.Position, Refs: RefStrings(s.Refs)}
		if s.Quote != nil {
			side.Quote = Clean(s.Quote.Text)
		}
		out.Sides = append(out.Sides, side)
	}
	for _, s := range p.Steps {
		out.Steps = append(out.Steps, GuideStepJSON{Minutes: s.Minutes, Activity: Clean(s.Activity), Refs: RefStrings(s.Refs)})
	}
	return out
}
