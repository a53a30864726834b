package essay

import (
	"strings"
	"testing"
)

func TestCredit(t *testing.T) {
	note := []string{
		"What have men to do with interests? There is a right way and a wrong way. That is all we need think about.--CARLYLE to FROUDE, Longman's Magazine, December 1892, 151. " +
			"Admirons la sagesse de nos peres.-GALIANI, Dialogues, 40. " +
			"It is not only morality teaching by examples.--B. ST. HILAIRE, Victor Cousin, i. 302.",
	}
	paragraph := []string{
		"He distrusted the alliance—NATO, as it was called in the papers of the day, seemed to him a trap. Why did he?",
		"The three powers—France, England and Spain—agreed. Liberty is the right man in the right place.—J. S. MILL.",
	}
	n := &Passage{Ref: Ref{Kind: Note, N: 1}, Blocks: note, Sentences: splitSentences(note)}
	p := &Passage{Ref: Ref{Kind: Paragraph, N: 1}, Blocks: paragraph, Sentences: splitSentences(paragraph)}
	credit(n)
	credit(p)
	want := map[string]string{
		"What have men to do with interests?":                     "CARLYLE",
		"That is all we need think about.--CARLYLE":               "CARLYLE",
		"Admirons la sagesse de nos peres.-GALIANI":               "GALIANI",
		"It is not only morality teaching":                        "B. ST. HILAIRE",
		"He distrusted the alliance":                              "",
		"Why did he?":                                             "",
		"The three powers":                                        "",
		"Liberty is the right man in the right place.—J. S. MILL": "J. S. MILL",
	}
	for start, name := range want {
		found := false
		for _, s := range append(n.Sentences, p.Sentences...) {
			if strings.HasPrefix(s.Text, start) {
				found = true
				if s.Credit != name {
					t.Errorf("%q is credited to %q, want %q", s.Text, s.Credit, name)
				}
			}
		}
		if !found {
			t.Errorf("no sentence starts %q", start)
		}
	}
	var asked []string
	for _, q := range append(n.Questions(), p.Questions()...) {
		asked = append(asked, q.Text)
	}
	if len(asked) != 1 || asked[0] != "Why did he?" {
		t.Errorf("the passage asks %q; want only \"Why did he?\": Carlyle's question is quoted", asked)
	}
}

// TestQuotedQuestionsAreNotTheAuthors reads Acton's lecture, whose notes
// are quotations each credited with a dash ("--JOWETT, Plato, i. 414."):
// the questions they hold are Jowett's and Carlyle's, not Acton's, so the
// questions the text asks are his lecture's own.
func TestQuotedQuestionsAreNotTheAuthors(t *testing.T) {
	c, err := Load("testdata/texts/acton-study-of-history.md")
	if err != nil {
		t.Fatal(err)
	}
	qs := c.Questions()
	if len(qs) == 0 {
		t.Fatal("Acton's lecture asks no question; want ¶18's")
	}
	for _, q := range qs {
		if q.Ref.Kind != Paragraph {
			t.Errorf("%s: %q is listed as a question the text asks", q.Ref, q.Text)
		}
	}
	for ref, name := range map[string]string{"note 13": "JOWETT", "note 102": "CARLYLE"} {
		p, err := c.Lookup(ref)
		if err != nil {
			t.Fatal(err)
		}
		credited := false
		for _, s := range p.Sentences {
			if s.Question {
				credited = true
				if s.Credit != name {
					t.Errorf("%s: %q is credited to %q, want %s", ref, s.Text, s.Credit, name)
				}
			}
		}
		if !credited {
			t.Errorf("%s holds no question", ref)
		}
	}
}

func TestQuote(t *testing.T) {
	blocks := []string{
		`He wrote as follows: “The diversity is an obstacle. The protection of faculties is the first object. It is all.” Here we have a statement. When the cry swept over Russia, "All power to the Soviets! " Lenin swam with the tide. He said "never." Then he left.`,
		`The second block is the author's again.`,
		// A stray closing mark the text never opened (Goldman's ¶70,
		// 'Reasons of State,"') opens no quotation.
		`It fell to the Reasons of State," as it must. Her own words follow. They are hers.`,
	}
	p := &Passage{Blocks: blocks, Sentences: splitSentences(blocks)}
	quote(p)
	want := map[string]bool{
		"He wrote as follows: “The diversity is an obstacle.": false,
		"The protection of faculties is the first object.":    true,
		"It is all.”":                             true,
		"Here we have a statement.":               false,
		`" Lenin swam with the tide.`:             true,
		`He said "never."`:                        false,
		"Then he left.":                           false,
		"The second block is the author's again.": false,
		"Her own words follow.":                   false,
		"They are hers.":                          false,
	}
	for _, s := range p.Sentences {
		w, ok := want[s.Text]
		if !ok {
			continue
		}
		delete(want, s.Text)
		if s.Quoted != w {
			t.Errorf("%q: quoted %v, want %v", s.Text, s.Quoted, w)
		}
	}
	for s := range want {
		if s != `" Lenin swam with the tide.` {
			t.Errorf("no sentence %q", s)
		}
	}
}

// TestQuotationsAreTheQuotedWriters reads Beard's ¶26, which quotes
// Madison's Federalist No. 10 for seven sentences after its own words
// open the quotation ("... as follows: “The diversity ..."): those
// sentences are Madison's, and the one that opens the quotation and the
// paragraph after it are Beard's.
func TestQuotationsAreTheQuotedWriters(t *testing.T) {
	c, err := Load("testdata/texts/beard-historical-interpretation.md")
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.Lookup("¶26")
	if err != nil {
		t.Fatal(err)
	}
	quoted := 0
	for _, s := range p.Sentences {
		opens := strings.Contains(s.Text, "as follows: “")
		if s.Quoted == (opens || strings.HasPrefix(s.Text, "In fact, the inquiry")) {
			t.Errorf("¶26: %q is quoted: %v", s.Text, s.Quoted)
		}
		if s.Quoted {
			quoted++
		}
	}
	if quoted != 7 {
		t.Errorf("¶26 quotes %d sentences, want 7", quoted)
	}
	next, _ := c.Lookup("¶27")
	for _, s := range next.Sentences {
		if s.Quoted {
			t.Errorf("¶27: %q is quoted", s.Text)
		}
	}
}

// TestCreditName checks that a credit set in capitals reads as a name.
func TestCreditName(t *testing.T) {
	for in, want := range map[string]string{"STUBBS": "Stubbs", "E. NAVILLE": "E. Naville", "NAPOLEON III": "Napoleon III", "D'AGUESSEAU": "D'Aguesseau", "A. SIDGWICK": "A. Sidgwick", "": ""} {
		if got := (Sentence{Credit: in}).CreditName(); got != want {
			t.Errorf("CreditName of %q = %q, want %q", in, got, want)
		}
	}
}
