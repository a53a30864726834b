package render

import "studyguide/internal/guide"

// GuideJSON is a study guide as `guide --format json` prints it.
type GuideJSON struct {
	Source    GuideSourceJSON     `json:"source"`
	From      string              `json:"from"`
	Caveat    string              `json:"caveat"`
	Basis     *GuideQuoteJSON     `json:"basis"`
	Themes    []GuideThemeJSON    `json:"themes"`
	Questions []GuideQuestionJSON `json:"questions"`
	KeyTerms  []GuideTermJSON     `json:"key_terms"`
	Plan      GuidePlanJSON       `json:"plan"`
}

// GuideSourceJSON names the essay.
type GuideSourceJSON struct {
	Title  string `json:"title"`
	Author string `json:"author"`
	Year   int    `json:"year,omitempty"`
}

// GuideQuoteJSON is words quoted verbatim from the passage with the ref.
type GuideQuoteJSON struct {
	Ref   string `json:"ref"`
	Quote string `json:"quote"`
}

// GuideThemeJSON is one theme; Named is where the essay names it, if it
// does.
type GuideThemeJSON struct {
	Name  string          `json:"name"`
	Named *GuideQuoteJSON `json:"named"`
}

// GuideQuestionJSON is one open question of the essay with its evidence and
// prompts.
type GuideQuestionJSON struct {
	Theme      string            `json:"theme"`
	Question   string            `json:"question"`
	Ref        string            `json:"ref"`
	Evidence   []GuideQuoteJSON  `json:"evidence"`
	Discussion []GuidePromptJSON `json:"discussion"`
	Historian  []GuidePromptJSON `json:"historian"`
}

// GuidePromptJSON is one prompt: Level is a Bloom level for discussion
// questions and sourcing, corroboration or counterpoint for a historian's.
type GuidePromptJSON struct {
	Level  string   `json:"level"`
	Prompt string   `json:"prompt"`
	Refs   []string `json:"refs"`
}

// GuideTermJSON is a key term or person with a passage that uses it.
type GuideTermJSON struct {
	Term  string `json:"term"`
	Ref   string `json:"ref"`
	Quote string `json:"quote"`
}

// GuidePlanJSON is the discussion plan.
type GuidePlanJSON struct {
	Protocol string            `json:"protocol"`
	About    string            `json:"about"`
	Focus    *GuideQuestionRef `json:"focus"`
	Minutes  int               `json:"minutes"`
	Steps    []GuideStepJSON   `json:"steps"`
	Starters GuideStartersJSON `json:"sentence_starters"`
}

// GuideQuestionRef is a question with its ref.
type GuideQuestionRef struct {
	Ref      string `json:"ref"`
	Question string `json:"question"`
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
		Caveat:    guide.Caveat,
		Basis:     quoteJSON(g.Basis),
		Themes:    []GuideThemeJSON{},
		Questions: []GuideQuestionJSON{},
		KeyTerms:  []GuideTermJSON{},
		Plan:      planJSON(g.Plan),
	}
	for _, th := range g.Themes {
		out.Themes = append(out.Themes, GuideThemeJSON{Name: Clean(th.Name), Named: quoteJSON(th.Named)})
		for _, q := range th.Questions {
			out.Questions = append(out.Questions, questionJSON(th, q))
		}
	}
	for _, t := range g.Terms {
		out.KeyTerms = append(out.KeyTerms, GuideTermJSON{Term: Clean(t.Term), Ref: t.Quote.Ref.String(), Quote: Clean(t.Quote.Text)})
	}
	return out
}

func questionJSON(th *guide.Theme, q *guide.Question) GuideQuestionJSON {
	out := GuideQuestionJSON{Theme: Clean(th.Name), Question: Clean(q.Text), Ref: q.Ref.String(),
		Evidence: []GuideQuoteJSON{}, Discussion: prompts(q.Discussion), Historian: prompts(q.Historian)}
	for _, e := range q.Evidence {
		out.Evidence = append(out.Evidence, GuideQuoteJSON{Ref: e.Ref.String(), Quote: Clean(e.Text)})
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
	return &GuideQuoteJSON{Ref: q.Ref.String(), Quote: Clean(q.Text)}
}

func planJSON(p guide.Plan) GuidePlanJSON {
	out := GuidePlanJSON{Protocol: p.Protocol, About: p.About, Minutes: p.Minutes, Steps: []GuideStepJSON{},
		Starters: GuideStartersJSON{Agree: append([]string{}, p.Agree...), Disagree: append([]string{}, p.Disagree...)}}
	if p.Focus != nil {
		out.Focus = &GuideQuestionRef{Ref: p.Focus.Ref.String(), Question: Clean(p.Focus.Text)}
	}
	for _, s := range p.Steps {
		out.Steps = append(out.Steps, GuideStepJSON{Minutes: s.Minutes, Activity: Clean(s.Activity), Refs: RefStrings(s.Refs)})
	}
	return out
}
