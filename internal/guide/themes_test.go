package guide

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"studyguide/internal/essay"
)

// TestThemesThatWouldShareANameTakeTheirOwn names two blocks of
// questions that the text's weightiest idea would both name
// ("revolution, as ¶36 asks", "revolution, as ¶74 asks") by their own
// words.
func TestThemesThatWouldShareANameTakeTheirOwn(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "goldman-kronstadt.md"))
	if err != nil {
		t.Fatal(err)
	}
	themes := []*Theme{
		{Name: "revolution", Questions: []*Question{{Text: "What country in Europe or America is prepared to interpret such revolutionary mottoes into life?"}}},
		{Name: "revolution", Questions: []*Question{{Text: "Shall that climax reverse the process of transvaluation, turn against it, betray it?"}}},
	}
	distinguish(c, themes)
	if themes[0].Name != "revolutionary mottoes" || themes[1].Name != "transvaluation" {
		t.Errorf("themes named %q and %q, want \"revolutionary mottoes\" and \"transvaluation\"", themes[0].Name, themes[1].Name)
	}
}

// TestThemeNamesAreNounPhrases names Du Bois's unnamed blocks of
// questions as a teacher would: not by a count ("nine millions") nor by
// an adjective and a light noun cut from what it is of ("recent course"),
// but by a noun phrase with what its "of" adds.
func TestThemeNamesAreNounPhrases(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "dubois-washington.md"))
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"And yet, by the irony of fate, nothing has more effectually made this programme seem hopeless than the recent course of the United States toward weaker and darker peoples in the West Indies, Hawaii, and the Philippines,--for where in the world may we go and be safe from lying and brute force?": "the recent course of the United States",
		"If worse come to worst, can the moral fibre of this country survive the slow throttling and murder of nine millions of men?":                                                                                                                                                                           "the moral fibre of this country",
	} {
		ref := essay.Ref{Kind: essay.Paragraph, N: 38}
		if got := fallbackName(c, []*Question{{Text: q, Ref: ref}}); got != want {
			t.Errorf("%q named %q, want %q", q[:40], got, want)
		}
	}
	for pair, want := range map[string]bool{"nine millions": false, "good men": false, "feel sure": false, "one side": false, "continent hath": false, "Presidency made": false, "moral fibre": true, "New Jersey": true, "American government": true} {
		if got := themePair(pair); got != want {
			t.Errorf("themePair(%q) = %v, want %v", pair, got, want)
		}
	}
}

// TestOneGroupOfClaimsIsNamedByTheTextsIdea builds On Liberty's guide,
// whose claims all stand under "CHAPTER II." and share none of the
// text's ideas: their one theme was "what John Stuart Mill writes",
// which names no theme; it is now the text's weightiest idea.
func TestOneGroupOfClaimsIsNamedByTheTextsIdea(t *testing.T) {
	g := textGuide(t, "on-liberty.txt")
	if len(g.Themes) != 1 || g.Themes[0].Name != "discussion" {
		var names []string
		for _, th := range g.Themes {
			names = append(names, th.Name)
		}
		t.Errorf("On Liberty's themes are %q, want one, \"discussion\"", names)
	}
}

// TestChapterNumbersSplitNoThemes builds the guides of Candide and
// Douglass's Narrative, whose claims stood under headings that only
// number chapters: each gave two themes named "what ... writes".
func TestChapterNumbersSplitNoThemes(t *testing.T) {
	for _, name := range []string{"candide.md", "douglass-narrative.md"} {
		g := textGuide(t, name)
		seen := map[string]bool{}
		for _, th := range g.Themes {
			if seen[th.Name] {
				t.Errorf("%s: two themes named %q", name, th.Name)
			}
			seen[th.Name] = true
		}
	}
}

// TestClaimsBesideQuestionsTakeTheirOwnName builds Tolstoy's guide, whose
// questions' first theme was "humanity, as ¶13 asks" and whose claim,
// filling the guide out, was named "humanity" again: the text's
// weightiest idea, taken already.
func TestClaimsBesideQuestionsTakeTheirOwnName(t *testing.T) {
	g := textGuide(t, "tolstoy-second-epilogue.md")
	seen := map[string]string{}
	for _, th := range g.Themes {
		if other, ok := seen[baseName(th.Name)]; ok {
			t.Errorf("themes %q and %q share a name", other, th.Name)
		}
		seen[baseName(th.Name)] = th.Name
	}
	if got := baseName("humanity, as ¶13 asks"); got != "humanity" {
		t.Errorf("baseName = %q, want humanity", got)
	}
}

// TestThemeNamesHoldNoNoteMarker builds the guide of Machiavelli's
// chapters (a text whose guide is read, never its question set), whose
// third theme was named "Chapter XVIII[3] -- Concerning the way in which
// princes should keep faith": the heading's footnote marker, which no
// theme name needs.
func TestThemeNamesHoldNoNoteMarker(t *testing.T) {
	for _, th := range textGuide(t, "machiavelli-prince.md").Themes {
		if strings.Contains(th.Name, "[") {
			t.Errorf("theme named %q", th.Name)
		}
	}
}

// TestThemeNamesJoinNoListedWords checks that two words a comma parts
// name no theme: Locke's question on who should rule "unless negligence,
// cruelty, or any other defect of mind or body made him unfit" was themed
// "negligence cruelty".
func TestThemeNamesJoinNoListedWords(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "locke-second-treatise.md"))
	if err != nil {
		t.Fatal(err)
	}
	q := &Question{Ref: essay.Ref{Kind: essay.Paragraph, N: 105}, Text: "If therefore they must have one to rule them, as government is hardly to be avoided amongst men that live together; who so likely to be the man as he that was their common father; unless negligence, cruelty, or any other defect of mind or body made him unfit for it?"}
	if name := ownName(c, []*Question{q}, map[string]bool{}, 1); strings.Contains(name, "negligence cruelty") {
		t.Errorf("the question's theme is named %q, joining words its commas part", name)
	}
	for _, pair := range contentPairs("unless negligence, cruelty, or any other defect") {
		if pair == "negligence cruelty" {
			t.Errorf("contentPairs joined %q across a comma", pair)
		}
	}
}

// TestThemeKeepsANameNoOtherShares builds the guide of Locke's chapter
// (a text whose guide is read, never its question set), whose second
// theme was "government, as ¶105 asks": it was renamed by its ref because
// a later theme also named "government" had not yet taken its own name
// ("liberty"), and it then shared its name with none.
func TestThemeKeepsANameNoOtherShares(t *testing.T) {
	themes := textGuide(t, "locke-second-treatise.md").Themes
	for _, th := range themes {
		if !distinctRe.MatchString(th.Name) {
			continue
		}
		shared := false
		for _, o := range themes {
			shared = shared || o != th && baseName(o.Name) == baseName(th.Name)
		}
		if !shared {
			t.Errorf("theme %q is told apart from no other theme of its name", th.Name)
		}
	}
}

// TestClaimsWithNoIdeaAreNamedByTheirNoun names groups of claims that
// share none of the text's ideas: Woman Suffrage's second theme was
// "what Elizabeth Cady Stanton, Susan B. Anthony, and Matilda Joslyn
// Gage write", where five of its seven claims speak of women. Claims of
// the Narrative that speak of slaves are "slaves"; a noun only one of
// them uses, or a name, names none.
func TestClaimsWithNoIdeaAreNamedByTheirNoun(t *testing.T) {
	g := textGuide(t, "woman-suffrage.txt")
	names := []string{}
	for _, th := range g.Themes {
		names = append(names, th.Name)
		if strings.HasPrefix(th.Name, "what ") {
			t.Errorf("woman-suffrage.txt: theme %q", th.Name)
		}
	}
	if !slices.Contains(names, "women") {
		t.Errorf("woman-suffrage.txt: themes %q, want one named \"women\"", names)
	}
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "douglass-narrative.md"))
	if err != nil {
		t.Fatal(err)
	}
	claims := func(texts ...string) []*Question {
		var qs []*Question
		for _, s := range texts {
			qs = append(qs, &Question{Text: s, Origin: Claim})
		}
		return qs
	}
	for _, tc := range []struct {
		qs   []*Question
		want string
	}{
		{claims("By far the larger part of the slaves know as little of their ages as horses know of theirs, and it is the wish of most masters within my knowledge to keep their slaves thus ignorant.",
			"The same traits of character might be seen in Colonel Lloyd's slaves, as are seen in the slaves of the political parties.",
			"Mr. Severe was rightly named: he was a cruel man."), "slaves"},
		{claims("Mr. Severe was rightly named: he was a cruel man.",
			"Mr. Plummer was a miserable drunkard, a profane swearer, and a savage monster.",
			"The home plantation of Colonel Lloyd wore the appearance of a country village."), ""},
	} {
		if got := sharedNoun(c, tc.qs, map[string]bool{}); got != tc.want {
			t.Errorf("sharedNoun(%.40q, ...) = %q, want %q", tc.qs[0].Text, got, tc.want)
		}
	}
}
