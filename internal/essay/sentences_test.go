package essay_test

import (
	"slices"
	"testing"

	"studyguide/internal/essay"
)

// TestRealTextSentences reads the notes and paragraphs of the real texts
// where sentence splitting once went wrong: at the periods of shortened
// names and titles in references ("Plutarch. Quaest. Rom."), between a
// volume and its page ("vii. 97"), at each dot of a spaced ellipsis, and
// after the numeral of a numbered part ("II. The empire ...").
func TestRealTextSentences(t *testing.T) {
	tests := []struct {
		file, ref string
		// want are sentences the passage must hold, each whole.
		want []string
	}{
		{"gibbon-general-observations.md", "note 14", []string{
			"Plutarch. Quaest. Rom. in tom. ii. p. 275.",
			"Macrob. Saturnal. l. i. c. 8, p. 152, edit. London.",
			"The arrival of Saturn (of his religious worship) in a ship, may indicate, that the savage coast of Latium was first discovered and civilized by the Phoenicians.",
		}},
		{"gibbon-general-observations.md", "note 1", []string{
			"Such are the figurative expressions of Plutarch, (Opera, tom. ii. p. 318, edit. Wechel,) to whom, on the faith of his son Lamprias, (Fabricius, Bibliot. Graec. tom. iii. p. 341,) I shall boldly impute the malicious declamation.",
			"The same opinions had prevailed among the Greeks two hundred and fifty years before Plutarch; and to confute them is the professed intention of Polybius, (Hist. l. i. p. 90, edit. Gronov. Amstel. 1670.)",
		}},
		{"gibbon-general-observations.md", "note 3", []string{
			"Sallust, de Bell. Jugurthin. c. 4.",
			"Such were the generous professions of P. Scipio and Q. Maximus.",
		}},
		{"gibbon-general-observations.md", "¶7", []string{
			"II. The empire of Rome was firmly established by the singular and perfect coalition of its members.",
		}},
		{"gibbon-general-observations.md", "¶8", []string{
			"III. Cold, poverty, and a life of danger and fatigue, fortify the strength and courage of Barbarians.",
		}},
		{"acton-study-of-history.md", "note 20", []string{
			"Tout ce qui releve de nos jours l'idee de l'individu est sain.--TOCQUEVILLE, 3rd January 1840, OEuvres, vii. 97.",
			"En France, il n'y a plus d'hommes.",
		}},
		{"acton-study-of-history.md", "note 6", []string{
			"Ils ne savent pas que c'est a ce sentiment, et par son moyen, que la science historique doit d'avoir pu sortir de l'enfence. . . .",
		}},
		{"turner-frontier.md", "note 7", []string{
			`Wis. Hist. Cols., xi, p. 50; Hinsdale, "Old Northwest," p. 121; Burke, "Oration on Conciliation," Works (1872 ed.), i, p. 473.`,
		}},
		{"turner-frontier.md", "note 3", []string{
			`Bancroft (1860 ed.), iii, pp. 344, 345, citing Logan MSS.; [Mitchell] "Contest in America," etc. (1752), p. 237.`,
		}},
	}
	loaded := map[string]*essay.Corpus{}
	for _, tt := range tests {
		c := loaded[tt.file]
		if c == nil {
			c = loadText(t, tt.file)
			loaded[tt.file] = c
		}
		p, err := c.Lookup(tt.ref)
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		var got []string
		for _, s := range p.Sentences {
			got = append(got, s.Text)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s %s: no sentence %q; the sentences are\n%q", tt.file, tt.ref, w, got)
			}
		}
	}
	// No sentence of these texts is only dots, nor only a shortened word.
	for _, file := range []string{"gibbon-general-observations.md", "acton-study-of-history.md", "turner-frontier.md", "beard-historical-interpretation.md"} {
		c := loaded[file]
		if c == nil {
			c = loadText(t, file)
		}
		for _, p := range c.Passages {
			for _, s := range p.Sentences {
				if s.Text == "." || s.Text == "Plutarch." || s.Text == "Mme." || s.Text == "II." {
					t.Errorf("%s %s: a sentence %q", file, p.Ref, s.Text)
				}
			}
		}
	}
}
