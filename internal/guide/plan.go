package guide

import (
	"fmt"
	"strings"

	"studyguide/internal/essay"
)

// Protocols a plan may follow.
const (
	// StructuredAcademicControversy suits a yes-or-no question: pairs argue
	// each side from the evidence, then drop their sides and look for what
	// the evidence supports.
	StructuredAcademicControversy = "Structured Academic Controversy"
	// SocraticSeminar suits an open question: the class reasons it through
	// together from the text.
	SocraticSeminar = "Socratic seminar"
)

// yesNoOpeners start a question that can be argued for and against.
var yesNoOpeners = map[string]bool{
	"would": true, "could": true, "did": true, "does": true, "do": true, "is": true,
	"was": true, "were": true, "can": true, "should": true, "has": true, "have": true,
	"will": true, "or": true, "are": true,
}

// Sentence starters for discussion. They carry a place for a ref, so that
// students cite as they speak.
var (
	agreeStarters = []string{
		"I agree with [name], and the author makes the same point in [¶…] when he writes …",
		"Building on what [name] said, [¶…] adds that …",
		"The strongest evidence for that reading is in [¶…], where …",
	}
	disagreeStarters = []string{
		"I read [¶…] differently: the author says … but that does not show …",
		"I'm not convinced, because the author's source for that is …, and …",
		"A historian who disagrees with the author would point out that …",
		"Where in the essay does it say that? I find [¶…] saying instead that …",
	}
)

// PlanFor writes a discussion plan for one class period from a guide's
// questions and their evidence: a Structured Academic Controversy on the
// guide's best yes-or-no question, or else a Socratic seminar on its first
// question. A guide whose evidence changed after Build needs a new plan.
func PlanFor(g *Guide) Plan {
	var all []*Question
	for _, th := range g.Themes {
		all = append(all, th.Questions...)
	}
	if len(all) == 0 {
		return Plan{}
	}
	if q := controversial(all); q != nil {
		return sacPlan(q)
	}
	return seminarPlan(all[0])
}

// controversial returns the yes-or-no question with the most evidence, the
// first among equals, or nil.
func controversial(qs []*Question) *Question {
	var best *Question
	for _, q := range qs {
		first := strings.ToLower(strings.Fields(q.Text + " x")[0])
		if !yesNoOpeners[first] || len(q.Evidence) < 2 {
			continue
		}
		if best == nil || len(q.Evidence) > len(best.Evidence) {
			best = q
		}
	}
	return best
}

func sacPlan(q *Question) Plan {
	ev := markersOf(q.Evidence)
	steps := []Step{
		{5, "Read the focus question aloud with the passage that asks it. Remind the class that the essay is contested: " +
			"both sides argue from what the author writes, not from what is settled. Form groups of four, two pairs each.", []essay.Ref{q.Ref}},
		{8, fmt.Sprintf("Pairs prepare. Pair A argues yes, Pair B argues no. Both work only from the passages quoted for this question (%s) and the key terms, "+
			"and each picks the two quotations that best support its side.", ev), refsOf(q.Evidence...)},
		{5, "Pair A presents its case; Pair B listens, takes notes, then restates it to Pair A's satisfaction.", nil},
		{5, "Pair B presents its case; Pair A restates it.", nil},
		{5, "Pairs swap sides and argue the other position, adding one piece of evidence the first pair did not use.", nil},
		{10, "Drop the sides. The four look for what the evidence does and does not support, and write one sentence they all accept, " +
			"with its refs. Then name what a historian who disagrees with the author would say, using the counterpoint prompt.", nil},
		{7, "Whole class: each group reads its sentence; the class notes where the groups differ and which passages each leaned on.", nil},
		{5, "Exit ticket: the create question of this guide's focus question, begun in class and finished as homework.", nil},
	}
	return newPlan(StructuredAcademicControversy,
		"Pairs argue each side of a contested question from the essay's own words, switch sides, then drop them and look for what the evidence supports.",
		q, steps)
}

func seminarPlan(q *Question) Plan {
	steps := []Step{
		{5, "Read the opening question aloud with the passage that asks it, and the caveat: the essay is contested.", []essay.Ref{q.Ref}},
		{10, fmt.Sprintf("Students read the passages quoted for it (%s) and mark one line they agree with and one they doubt.", markersOf(q.Evidence)), refsOf(q.Evidence...)},
		{25, "Seminar: start from the opening question, then take the analyze and evaluate questions in turn. Every claim cites a passage; " +
			"the facilitator asks for the ref when it is missing.", nil},
		{5, "Close: name what a historian who disagrees with the author would say, using the counterpoint prompt.", nil},
		{5, "Exit ticket: the create question of the opening question.", nil},
	}
	return newPlan(SocraticSeminar,
		"The class reasons through an open question together, from the essay's own words, with the teacher as facilitator.",
		q, steps)
}

// newPlan is a plan of steps that turns on question q, as long as its
// steps together.
func newPlan(protocol, about string, q *Question, steps []Step) Plan {
	n := 0
	for _, s := range steps {
		n += s.Minutes
	}
	return Plan{Protocol: protocol, About: about, Focus: &Quote{Ref: q.Ref, Text: q.Text},
		Minutes: n, Steps: steps, Agree: agreeStarters, Disagree: disagreeStarters}
}

// markersOf writes the refs of quotes as citation markers, without
// repeats, in the order quoted: "[¶50], [¶53] and [note 7]".
func markersOf(qs []Quote) string {
	var out []string
	for _, r := range refsOf(qs...) {
		out = append(out, r.Marker())
	}
	return joinList(out)
}
