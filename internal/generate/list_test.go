package generate

import (
	"context"
	"strings"
	"testing"

	"studyguide/internal/citation"
	"studyguide/internal/retrieve/retrievetest"
	"studyguide/internal/terms"
)

// TestExtractiveQuotesTheListASentenceIntroduces checks, on Du Bois's
// chapter on Booker T. Washington, whose lists set each item as a
// paragraph of its own, that a question about what a paragraph names
// before its list is answered with the introduction and every item, in
// order, each cited to its own paragraph and every citation holding.
func TestExtractiveQuotesTheListASentenceIntroduces(t *testing.T) {
	c := realText(t, "dubois-washington.md")
	r := retrievetest.New(t, c)
	cases := map[string][]string{
		"What is the triple paradox of Washington's career?": {
			"the triple paradox of his career:” [¶23]", "“1 - He is striving nobly", "[¶24] “2 - He insists on thrift", "[¶25] “3 - He advocates common-school", "[¶26]"},
		"What three things do these men ask of the nation?": {
			"three things:” [¶28] “1 - The right to vote.” [¶29] “2 - Civic equality.” [¶30] “3 - The education of youth according to ability.” [¶31]"},
	}
	for q, want := range cases {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Extractive{}.Generate(context.Background(), Request{Question: q, Retrieval: res, Author: "W.E.B. Du Bois"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		at := 0
		for _, w := range want {
			i := strings.Index(d.Text[at:], w)
			if i < 0 {
				t.Errorf("%q: answer\n%s\nwants, in order, %q", q, d.Text, w)
				break
			}
			at += i + len(w)
		}
		rep := citation.Check(d.Text, c, res.Refs())
		if len(rep.Invalid) != 0 || len(rep.Uncited) != 0 {
			t.Errorf("%q: invalid citations %+v, uncited %q in\n%s", q, rep.Invalid, rep.Uncited, d.Text)
		}
		for _, ci := range rep.Citations {
			if !ci.Supported {
				t.Errorf("%q: unsupported citation %+v", q, ci)
			}
		}
	}
}

// TestSurnameKeepsItsParticle checks that an author is named by a whole
// surname: "Du Bois", not "Bois".
func TestSurnameKeepsItsParticle(t *testing.T) {
	for name, want := range map[string]string{"W.E.B. Du Bois": "Du Bois", "Grover Furr": "Furr", "Alexis de Tocqueville": "de Tocqueville", "Voltaire": "Voltaire", "Ludwig van Beethoven": "van Beethoven"} {
		if got := surname(name); got != want {
			t.Errorf("surname(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestExtractiveQuotesAListSetInItsPassage checks that a list set inside
// the passage that introduces it (bullets continue their paragraph) is
// quoted after its introduction too.
func TestExtractiveQuotesAListSetInItsPassage(t *testing.T) {
	c, r := textCorpus(t, "town.md", "# Town Reform\n\nby A. Writer\n\n## The Demands\n\n"+
		"The reformers of the town met in the spring of that year and resolved to press the council for change. They made three demands of the council:\n\n"+
		"- a public library open to every citizen of the town\n- a night school for the workers of the mills\n- a free clinic for the poor of the river wards\n\n"+
		"The council refused them all, and the reformers turned to the voters.\n\n## The Election\n\n"+
		"In the autumn the voters removed half of the council, and the new members granted the library at once.\n")
	q := "What demands did the reformers make of the council?"
	res, err := r.Retrieve(context.Background(), q, 4)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Extractive{}.Generate(context.Background(), Request{Question: q, Retrieval: res}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "demands of the council:” [¶1] “a public library open to every citizen of the town” [¶1] “a night school for the workers of the mills” [¶1] “a free clinic for the poor of the river wards” [¶1]"
	if !strings.Contains(d.Text, want) {
		t.Errorf("answer\n%s\nwants %q", d.Text, want)
	}
	if rep := citation.Check(d.Text, c, res.Refs()); len(rep.Invalid) != 0 {
		t.Errorf("invalid citations %+v", rep.Invalid)
	}
}

// TestListItemOpeningWithItsCountAlone checks, on Lincoln's Cooper Union
// Address, that items set "First. That no slave ...", whose first sentence
// is their count alone, are quoted by the sentence that says them.
func TestListItemOpeningWithItsCountAlone(t *testing.T) {
	c := realText(t, "lincoln-cooper-union.txt")
	r := retrievetest.New(t, c)
	q := "What was the substance of the provision made in relation to slaves?"
	res, err := r.Retrieve(context.Background(), q, 4)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Extractive{}.Generate(context.Background(), Request{Question: q, Retrieval: res}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "in relation to slaves was:” [¶21] “That no slave should be imported into the Territory from foreign parts.” [¶22]"
	if !strings.Contains(d.Text, want) || strings.Contains(d.Text, "“First.”") {
		t.Errorf("answer\n%s\nwants %q", d.Text, want)
	}
}

// TestExtractiveQuotesWhatASentenceAnnounces checks, on the essay, that
// a sentence announcing "a few important areas for further exploration",
// asked for the areas, is followed by the blocks after it, which are the
// areas: each question of a block of questions names one; asked only
// what the conclusions rest on, it is quoted alone.
func TestExtractiveQuotesWhatASentenceAnnounces(t *testing.T) {
	got := answer(t, "list the areas he says need more research")
	for _, want := range []string{
		`for further exploration.” [¶56] “What form can "democracy" take in a socialist society with a goal of developing towards a classless society?” [¶56] “Would the implementation of the 1936 Constitution`,
		`“Or did this model already incorporate`,
		`“What is the proper role of a communist party in such a society?” [¶56] “What are the specific forms of political leadership`,
		`“What forms of political (and economic) leadership are in contradiction with these goals?” [¶56]`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("answer\n%s\nwants %q", got, want)
		}
	}
	if got := answer(t, "What does the author say his conclusions are based on?"); strings.Contains(got, "What form can") {
		t.Errorf("asked for no areas, the answer lists them:\n%s", got)
	}
}

func TestAnnounces(t *testing.T) {
	for _, c := range []struct {
		text, question string
		want           bool
	}{
		{"The conclusions reached here suggest a few important areas for further exploration.", "which areas need research?", true},
		{"The conclusions reached here suggest a few important areas for further exploration.", "what do his conclusions rest on?", false},
		{"He raised several objections to the plan.", "what objections did he raise?", true},
		{"He raised objections to the plan.", "what objections did he raise?", false},
		{"Some historians believe the plan was never his.", "what do historians believe?", false},
	} {
		if got := announces(c.text, terms.Stems(c.question)); got != c.want {
			t.Errorf("announces(%q, %q) = %v, want %v", c.text, c.question, got, c.want)
		}
	}
}
