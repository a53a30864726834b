package essay

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func parsed(t *testing.T, text string) *Source {
	t.Helper()
	src, err := Parse("x", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// refs lists a source's passages as "ref text".
func refs(src *Source) []string {
	var out []string
	for _, p := range src.Passages {
		out = append(out, p.Ref.String()+" "+p.Text())
	}
	return out
}

func wantRefs(t *testing.T, src *Source, want ...string) {
	t.Helper()
	if got := refs(src); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("passages:\n got  %q\n want %q", got, want)
	}
}

func TestParseWrappedNumberDoesNotSwitchToNumbering(t *testing.T) {
	src := parsed(t, "The war ended in\n1858. That ill-judged peace held.\n\nThen came another paragraph.\n")
	wantRefs(t, src, "¶1 The war ended in 1858. That ill-judged peace held.", "¶2 Then came another paragraph.")
}

func TestParseIndentedHardWrappedListContinuesItsParagraph(t *testing.T) {
	src := parsed(t, "To prove this, let Facts be submitted to a candid world.\n\n"+
		"    He has refused his Assent to Laws, the most wholesome and\n    necessary for the public good.\n\n"+
		"    He has forbidden his Governors to pass Laws of immediate\n    and pressing importance.\n\n"+
		"We, therefore, declare.\n")
	wantRefs(t, src,
		"¶1 To prove this, let Facts be submitted to a candid world.\n\nHe has refused his Assent to Laws, the most wholesome and necessary for the public good.\n\nHe has forbidden his Governors to pass Laws of immediate and pressing importance.",
		"¶2 We, therefore, declare.")
}

func TestParseNumberingThatRestartsUnderHeadings(t *testing.T) {
	src := parsed(t, "ARTICLE I\n\nSection 1. All legislative Powers.\n\nSection 2. The House.\n\nARTICLE II\n\nSection 1. The executive Power.\n")
	wantRefs(t, src, "Article I ¶1 All legislative Powers.", "Article I ¶2 The House.", "Article II ¶1 The executive Power.")
	if _, err := Parse("x", []byte("1. One.\n\n2. Two.\n\n2. Again.\n")); err == nil || !strings.Contains(err.Error(), "¶2 appears twice") {
		t.Errorf("a number repeated under one heading: %v", err)
	}
}

func TestParseMarkdown(t *testing.T) {
	src, err := ParseMarkdown("x", []byte("---\ntitle: Front Title\nauthor: A. Writer\nyear: 1850\n---\n"+
		"# The Essay\n\nIt *begins* here, with a [link](http://x) and a note.[^1]\n\n---\n\n"+
		"## Part Two\n\nThe second paragraph:\n\n- first point\n- second point\n\n> A quotation.\n\n"+
		"[^1]: The note, with *emphasis*.\n\n    Its second paragraph.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if src.Meta.Title != "Front Title" || src.Meta.Author != "A. Writer" || src.Meta.Year != 1850 {
		t.Errorf("meta = %+v", src.Meta)
	}
	wantRefs(t, src,
		"¶1 It begins here, with a link and a note.[1]",
		"¶2 The second paragraph:\n\nfirst point\n\nsecond point\n\nA quotation.",
		"note 1 The note, with emphasis.\n\nIts second paragraph.")
	if strings.Join(src.Sections, "|") != "The Essay|Part Two" {
		t.Errorf("sections = %q", src.Sections)
	}
	if p := src.Passages[0]; len(p.Notes) != 1 || p.Notes[0] != 1 || p.Sentences[0].Note != 1 {
		t.Errorf("¶1 marks notes %v", p.Notes)
	}
}

func TestParsePlainNoteStyles(t *testing.T) {
	for name, text := range map[string]string{
		"brackets":       "The claim holds.[1] Another claim.[2]\n\n[1] First source.\n\n[2] Second source.\n",
		"parentheses":    "The claim holds.(1) Another claim.(2)\n\n(1) First source.\n\n(2) Second source.\n",
		"superscript":    "The claim holds.¹ Another claim.²\n\n¹ First source.\n\n² Second source.\n",
		"notes heading":  "The claim holds.[1] Another claim.[2]\n\nNotes\n\n1. First source.\n\n2. Second source.\n",
		"after the body": "The claim holds.1 Another claim.2\n\n1 First source.\n\n2 Second source.\n",
	} {
		t.Run(name, func(t *testing.T) {
			src := parsed(t, text)
			if len(src.Passages) != 3 || src.Passages[1].Text() != "First source." || src.Passages[2].Ref.String() != "note 2" {
				t.Fatalf("passages = %q", refs(src))
			}
			if p := src.Passages[0]; fmt.Sprint(p.Notes) != "[1 2]" {
				t.Errorf("¶1 marks %v, want notes 1 and 2", p.Notes)
			}
			if c := src.Passages[1].CitedBy; len(c) != 1 || c[0].String() != "¶1" {
				t.Errorf("note 1 is cited by %v", c)
			}
		})
	}
}

func TestParseGutenbergFrameAndMetadata(t *testing.T) {
	src := parsed(t, "The Project Gutenberg EBook of Essays\r\n\r\nTitle: Essays\r\n\r\nAuthor: Ann Writer\r\n        Bo Writer\r\n\r\n"+
		"*** START OF THIS PROJECT GUTENBERG EBOOK ESSAYS ***\r\n\r\nProduced by a volunteer\r\n\r\n"+
		"The text itself, which is long enough to be read as the opening paragraph of the essay proper, and more.\r\n\r\n"+
		"*** END OF THIS PROJECT GUTENBERG EBOOK ESSAYS ***\r\n\r\nSection 1. General Terms of Use of the License.\r\n")
	if src.Meta.Title != "Essays" || src.Meta.Author != "Ann Writer and Bo Writer" {
		t.Errorf("meta = %+v", src.Meta)
	}
	wantRefs(t, src, "¶1 The text itself, which is long enough to be read as the opening paragraph of the essay proper, and more.")
	if len(src.Omitted) != 3 || !strings.Contains(src.Omitted[0], "header") || !strings.Contains(src.Omitted[2], "license") {
		t.Errorf("omitted = %q", src.Omitted)
	}
}

func TestParseByLine(t *testing.T) {
	src := parsed(t, "On Walking\n\nby Henry Thoreau\n\nI wish to speak a word for Nature.\n")
	if src.Meta.Author != "Henry Thoreau" {
		t.Errorf("meta = %+v", src.Meta)
	}
	wantRefs(t, src, "¶1 I wish to speak a word for Nature.")
}

// TestParseAuthorAndYearUnderTitle reads a Markdown line of name and year
// under the title, as teachers type it, as the byline, not as ¶1; the
// same words further down stay text.
func TestParseAuthorAndYearUnderTitle(t *testing.T) {
	src := parsed(t, "# The Frontier\n\n*Ann Writer, 1893*[^1]\n\nThe census of 1890 marks an end.\n\nSaid Calhoun, 1817\n\n[^1]: Read in Chicago.\n")
	if src.Meta.Author != "Ann Writer" || src.Meta.Year != 1893 {
		t.Errorf("meta = %+v, want Ann Writer, 1893", src.Meta)
	}
	wantRefs(t, src, "¶1 The census of 1890 marks an end.", "¶2 Said Calhoun, 1817", "note 1 Read in Chicago.")
}

func TestParseWarnsWhenTheParseLooksWrong(t *testing.T) {
	long := strings.Repeat("a word of the text ", 80)
	tests := map[string]struct{ text, want string }{
		"one passage holds most": {"Short one.\n\nShort two.\n\n" + long + "\n\nShort three.\n", "holds 9"},
		"one-line passages":      {strings.Repeat("A line of verse, the wind,\n\n", 12), "are one short line"},
		"numbering gaps":         {"1. One.\n\n2. Two.\n\n5. Five.\n", "jump from ¶2 to ¶5"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			src := parsed(t, tt.text)
			if len(src.Warnings) != 1 || !strings.Contains(src.Warnings[0], tt.want) {
				t.Errorf("warnings = %q, want one holding %q", src.Warnings, tt.want)
			}
		})
	}
}

func TestParseDoubleSpacedProse(t *testing.T) {
	// Set with a blank line after every line, as some transcriptions
	// are: a paragraph ends with a short line, and a line may start with
	// a capital mid-sentence.
	src := parsed(t, "FEDERALIST No. 51\n\n\n\nThe Structure of the Government Must Furnish the Proper Checks\n\n"+
		"and Balances Between the Different Departments\n\n\n\nTo the People of the State of New York:\n\n"+
		"TO WHAT expedient, then, shall we finally resort, for maintaining\n\n"+
		"in practice the necessary partition of power among the several\n\n"+
		"departments, as laid down in the Constitution? Without presuming\n\n"+
		"to undertake a full development of this important idea, I will\n\n"+
		"hazard a few general observations on it.\n\n"+
		"It can be little doubted that if the State of Rhode Island was\n\n"+
		"separated from the Union, the insecurity of rights under the\n\n"+
		"popular form of government within such narrow limits would be\n\n"+
		"displayed by such reiterated oppressions of factious majorities\n\n"+
		"that some power altogether independent of the people would soon\n\n"+
		"be called for by the voice of the very factions whose misrule had\n\n"+
		"proved the necessity of it. In the extended republic of the\n\n"+
		"United States, a coalition could seldom take place on any other\n\n"+
		"principles than those of justice and the general good.\n\nPUBLIUS.\n")
	wantRefs(t, src,
		"¶1 TO WHAT expedient, then, shall we finally resort, for maintaining in practice the necessary partition of power among the several departments, as laid down in the Constitution? Without presuming to undertake a full development of this important idea, I will hazard a few general observations on it.",
		"¶2 It can be little doubted that if the State of Rhode Island was separated from the Union, the insecurity of rights under the popular form of government within such narrow limits would be displayed by such reiterated oppressions of factious majorities that some power altogether independent of the people would soon be called for by the voice of the very factions whose misrule had proved the necessity of it. In the extended republic of the United States, a coalition could seldom take place on any other principles than those of justice and the general good.")
	if want := "The Structure of the Government Must Furnish the Proper Checks and Balances Between the Different Departments"; !slices.Contains(src.Sections, want) {
		t.Errorf("sections = %q, want the subtitle %q", src.Sections, want)
	}
	// Verse set double-spaced stays a line a block: its lines start with
	// capitals.
	verse := parsed(t, "Tyger Tyger, burning bright, in the forests of the night,\n\n"+
		"What immortal hand or eye, could frame thy fearful symmetry,\n\n"+
		"In what distant deeps or skies, burnt the fire of thine eyes,\n\n"+
		"On what wings dare he aspire, what the hand dare seize the fire?\n")
	if len(verse.Passages) != 4 {
		t.Errorf("verse: %q, want a passage a line", refs(verse))
	}
}

func TestParseWrappedSubtitleAfterAHeading(t *testing.T) {
	src := parsed(t, "FEDERALIST No. 11\n\nThe Utility of the Union in Respect to Commercial Relations and a\nNavy\n\n"+
		"The importance of the Union, in a commercial light, is one of those points.\n\n"+
		"Lucretia Mott Martha Wright Mary Ann McClintock\nJane Hunt Elizabeth Cady Stanton\n")
	wantRefs(t, src, "¶1 The importance of the Union, in a commercial light, is one of those points.",
		"¶2 Lucretia Mott Martha Wright Mary Ann McClintock Jane Hunt Elizabeth Cady Stanton")
}

func TestParseWarnsOfAParagraphFarLongerThanTheOthers(t *testing.T) {
	para := strings.Repeat("word ", 129) + "end."
	text := strings.Repeat(para+"\n\n", 10) + strings.Repeat("more ", 1199) + "end.\n"
	src := parsed(t, text)
	if len(src.Warnings) != 1 || !strings.Contains(src.Warnings[0], "¶11 (line 21) runs 1200 words without a break, where the text's usual paragraph has 130") {
		t.Errorf("warnings = %q", src.Warnings)
	}
	// Every paragraph a run-on, as when each chapter of a file runs
	// together: the usual paragraph is itself one.
	runOn := strings.Repeat(strings.Repeat("word ", 1599)+"end.\n\n", 4)
	if src := parsed(t, runOn); len(src.Warnings) != 1 || !strings.Contains(src.Warnings[0], "4 paragraphs run on for over 1000 words without a break (the first, ¶1 at line 1, has 1600") {
		t.Errorf("all run-ons: warnings = %q", src.Warnings)
	}
	if src := parsed(t, strings.Repeat(para+"\n\n", 10)); len(src.Warnings) != 0 {
		t.Errorf("paragraphs alike: warnings = %q", src.Warnings)
	}
}

func TestParseTextAllInCapitals(t *testing.T) {
	src := parsed(t, "THE DECLARATION\n\nWHEN IN THE COURSE OF HUMAN EVENTS IT BECOMES NECESSARY.\n\nWE HOLD THESE TRUTHS TO BE SELF-EVIDENT.\n\nHE HAS REFUSED HIS ASSENT TO LAWS.\n")
	if len(src.Passages) != 4 {
		t.Errorf("passages = %q, want every block of a text in capitals", refs(src))
	}
}

func TestRefAnchors(t *testing.T) {
	for ref, want := range map[string]string{
		"¶53": "p53", "note 15": "n15", "No. 10 ¶3": "no-10-p3", "[No. 70 (2) note 1]": "no-70-2-n1",
		"reader No. 70 (12) ¶3":                    "reader-no-70-12-p3",
		"my reader, part [1] Amendment XIV note 2": "my-reader-part-1-amendment-xiv-n2",
	} {
		r, err := ParseRef(ref)
		if err != nil || r.Anchor() != want {
			t.Errorf("%q anchors as %q (%v), want %q", ref, r.Anchor(), err, want)
		}
	}
}

func TestParseVerseStaysOneBlock(t *testing.T) {
	prose := strings.Repeat("A line of prose that is wrapped at the width of the page as most are\n", 4)
	src := parsed(t, prose+"\n    So, this is all--the utmost reach\n      Of priestly power the mind to fetter!\n    When laymen think--when women preach--\n      A war of words--a \"Pastoral Letter!\"\n\n"+prose)
	if len(src.Sections) != 0 {
		t.Errorf("sections = %q, want none: a stanza's first line is no title", src.Sections)
	}
	if p := src.Passages[0]; len(p.Blocks) != 2 || !strings.HasPrefix(p.Blocks[1], "So, this is all--the utmost reach Of priestly power") {
		t.Errorf("¶1 blocks = %q, want the stanza as one block", p.Blocks)
	}
}

func TestParseChapterHeadingIsNoSignature(t *testing.T) {
	long := strings.Repeat("The text of the chapter goes on at length here. ", 8)
	src := parsed(t, long+"\n\nPlease reply.\n\n          Very respectfully,\n                       GEO. GEDDES.\n\n"+long+"\n\nCHAPTER IV.\n\nNEW YORK.\n\n"+long+"\n\n"+long+"\n")
	if strings.Join(src.Sections, "|") != "CHAPTER IV.|NEW YORK." {
		t.Errorf("sections = %q, want the chapter's headings and no signature", src.Sections)
	}
	if p := src.Passages[len(src.Passages)-1]; p.Section != "CHAPTER IV." {
		t.Errorf("the last passage is under %q", p.Section)
	}
}

func TestParseTitlePageEndsAtABreak(t *testing.T) {
	long := strings.Repeat("The text of the preface goes on at length here. ", 8)
	src := parsed(t, "HISTORY OF A MOVEMENT.\n\nCopyright, 1887, by Ann Writer.\n\n\n\n\nPREFACE.\n\n"+long+"\n\n"+long+"\n")
	if strings.Join(src.Sections, "|") != "PREFACE." || src.Passages[0].Section != "PREFACE." {
		t.Errorf("sections = %q, ¶1 under %q; want the title page left out", src.Sections, src.Passages[0].Section)
	}
}

func TestParseSentenceMarkingTwoNotes(t *testing.T) {
	src := parsed(t, "Two persons,[8] and a third, a foreigner,[9] were refused.\n\nFOOTNOTES:\n\n[8] Holyoake.\n\n[9] Gleichen.\n")
	if p := src.Passages[0]; fmt.Sprint(p.Notes) != "[8 9]" {
		t.Errorf("¶1 marks notes %v, want 8 and 9", p.Notes)
	}
	for _, n := range src.Passages[1:] {
		if len(n.CitedBy) != 1 {
			t.Errorf("%s is cited by %v", n.Ref, n.CitedBy)
		}
	}
}

func TestParseNoteMarkAloneOnItsLine(t *testing.T) {
	// "[2]" alone, its text an indented list: note 2, not the end of
	// note 1.
	src := parsed(t, "A committee was named.[1] Its officers were chosen.[2]\n\nFOOTNOTES:\n\n"+
		"[1] The Committee were: Lucretia Mott, Lucy Stone.\n\n"+
		"[2]\n  Elizabeth Cady Stanton, Seneca Falls;   Amy Post, Rochester;\n  Samuel J. May, Syracuse;          Hiram Corliss, Greenwich.\n")
	wantRefs(t, src, "¶1 A committee was named.[1] Its officers were chosen.[2]",
		"note 1 The Committee were: Lucretia Mott, Lucy Stone.",
		"note 2 Elizabeth Cady Stanton, Seneca Falls; Amy Post, Rochester; Samuel J. May, Syracuse; Hiram Corliss, Greenwich.")
	if len(src.Warnings) != 0 {
		t.Errorf("warnings = %q", src.Warnings)
	}
	if p := src.Passages[2]; len(p.CitedBy) != 1 || p.Line != 7 {
		t.Errorf("note 2 at line %d cited by %v, want line 7 and ¶1", p.Line, p.CitedBy)
	}
}

func TestParseDecimalCommaIsNoMarker(t *testing.T) {
	src := parsed(t, "Uranoxyd 2,3 und Thoroxyd 0,5 wirken stark. So wurde gemessen.[1]\n\n[1] Die Messung.\n\n[3] Eine andere.\n\n[5] Noch eine.\n")
	if p := src.Passages[0]; fmt.Sprint(p.Notes) != "[1]" {
		t.Errorf("¶1 marks notes %v, want only note 1", p.Notes)
	}
}

func TestParseGutenbergEditors(t *testing.T) {
	src := parsed(t, "Title: Essays\n\nEditor: Ann Writer and Bo Writer\n\n*** START OF THE PROJECT GUTENBERG EBOOK ESSAYS ***\n\nThe text itself.\n")
	if src.Meta.Author != "Ann Writer and Bo Writer" {
		t.Errorf("author = %q, want the editors of a book with no author", src.Meta.Author)
	}
}

func TestParseMarkdownPandoc(t *testing.T) {
	src, err := ParseMarkdown("x", []byte("% Untersuchungen\n% Marie Curie\n% 1904\n\n## Einleitung.\n\n"+
		"Siehe Fig.&nbsp;2 und \\[. . .\\] hier.[^a]\n\n![Fig. 2](fig02.png)\n\n# Erstes Kapitel.\n\nMehr.\n\n[^a]: Die Note.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if src.Meta.Title != "Untersuchungen" || src.Meta.Author != "Marie Curie" || src.Meta.Year != 1904 {
		t.Errorf("meta = %+v, want the title block's, not the chapter's", src.Meta)
	}
	wantRefs(t, src, "¶1 Siehe Fig. 2 und [. . .] hier.[1]", "¶2 Mehr.", "note 1 Die Note.")
}

// TestParseMarkdownNoteWhoseMarkerWasLost checks that a note no marker
// points to (its edition lost the marker) stays in the text, in its place
// among the notes, rather than vanishing as goldmark would drop it.
func TestParseMarkdownNoteWhoseMarkerWasLost(t *testing.T) {
	src, err := ParseMarkdown("x", []byte("# The Lecture\n\nFirst.[^1]\n\nSecond.[^3]\n\n"+
		"[^1]: One.\n\n[^2]: Two, unmarked.\n\n[^3]: Three.\n"))
	if err != nil {
		t.Fatal(err)
	}
	wantRefs(t, src, "¶1 First.[1]", "¶2 Second.[3]", "note 1 One.", "note 2 Two, unmarked.", "note 3 Three.")
}

func TestParseNumberedClausesInsideANote(t *testing.T) {
	src := parsed(t, "The act passed.[1] The resolutions followed.[2]\n\nFOOTNOTES:\n\n[1] AN ACT:\n\n1. Any married woman may keep her earnings.\n\n2. No indenture binds without the mother.\n\n[2] 1. _Resolved_, That the time has come.\n\n2. _Resolved_, That the party is pledged.\n")
	wantRefs(t, src,
		"¶1 The act passed.[1] The resolutions followed.[2]",
		"note 1 AN ACT:\n\n1. Any married woman may keep her earnings.\n\n2. No indenture binds without the mother.",
		"note 2 1. _Resolved_, That the time has come.\n\n2. _Resolved_, That the party is pledged.")
}

func TestParseNotesSectionsOfEachStyle(t *testing.T) {
	src := parsed(t, "FIRST\n\nOne claim.[1]\n\nNOTES\n\n[1] Bracketed.\n\nSECOND\n\nAnother claim.[2]\n\nNOTES\n\n1. Dotted.\n\n2. Dotted too.\n")
	if n := len(src.Passages); n != 5 || src.Passages[3].Text() != "Dotted." {
		t.Errorf("passages = %q, want the second notes section's notes read as notes", refs(src))
	}
}

func TestParseWrappedSubtitleInParentheses(t *testing.T) {
	long := strings.Repeat("The body of the paper goes on at length here. ", 8)
	src := parsed(t, "FEDERALIST No. 10\n\nThe Same Subject Continued\n\n(The Union as a Safeguard Against Domestic Faction and\nInsurrection)\n\n"+long+"\n")
	if len(src.Passages) != 1 || len(src.Sections) != 3 {
		t.Errorf("passages = %q, sections = %q; want the subtitle a section title", refs(src), src.Sections)
	}
}

// paper is a paper of a collection as EBook #18 of Project Gutenberg sets
// it: heading, title, dateline, author, salutation, a body that marks
// note 1, the signature and the paper's own notes.
func paper(heading, body string) string {
	long := strings.Repeat("The body of the paper goes on at length here. ", 8)
	return heading + "\n\n\n\nThe Executive Department Further Considered\n\nFrom the New York Packet.\n\nTuesday, March 18, 1788.\n\n\n\nHAMILTON\n\n\n\n" +
		"To the People of the State of New York:\n\n" + body + " " + strings.TrimSpace(long) + "1\n\n" + long + "\n\nPUBLIUS.\n\n1 " + body + " a note.\n\n\n\n"
}

func TestParseHeadingThatRepeats(t *testing.T) {
	// A collection may print two versions of one paper under the same
	// heading: both read, the second qualified by its count.
	text := paper("FEDERALIST No. 69", "First.") + paper("FEDERALIST No. 70", "Second.") + paper("FEDERALIST No. 70", "Third.") + paper("FEDERALIST No. 71", "Fourth.")
	src := parsed(t, text)
	var notes []string
	for _, p := range src.Passages {
		if p.Ref.Kind == Note {
			notes = append(notes, p.Ref.String()+" "+p.Text()+" cited by "+fmt.Sprint(p.CitedBy))
		}
	}
	want := []string{"No. 69 note 1 First. a note. cited by [¶1]", "No. 70 note 1 Second. a note. cited by [¶3]",
		"No. 70 (2) note 1 Third. a note. cited by [¶5]", "No. 71 note 1 Fourth. a note. cited by [¶7]"}
	if strings.Join(notes, "|") != strings.Join(want, "|") {
		t.Errorf("notes:\n got  %q\n want %q", notes, want)
	}
	if want := `the heading "FEDERALIST No. 70" at line 57 repeats the one at line 29: its section is cited as "No. 70 (2)" (No. 70 (2) note 1)`; !slices.Contains(src.Warnings, want) {
		t.Errorf("warnings = %q, want %q", src.Warnings, want)
	}
	// Numbering that restarts under a heading that repeats.
	src = parsed(t, "ARTICLE I\n\nSection 1. One.\n\nSection 2. Two.\n\nARTICLE I\n\nSection 1. Again.\n")
	wantRefs(t, src, "Article I ¶1 One.", "Article I ¶2 Two.", "Article I (2) ¶1 Again.")
	// A number used twice under one heading is still an error.
	for text, want := range map[string]string{
		"ARTICLE I\n\nSection 1. One.\n\nARTICLE II\n\nSection 1. Two.\n\nSection 1. Again.\n": "line 9: Article II ¶1 appears twice (first at line 7)",
		"FEDERALIST No. 70\n\nA claim.1 Another.2\n\n1 One.\n\n2 Two.\n\n2 Again.\n":           "line 9: note 2 appears twice (first at line 7)",
	} {
		if _, err := Parse("x", []byte(text)); err == nil || err.Error() != want {
			t.Errorf("error = %v, want %q", err, want)
		}
	}
}

func TestParseNotesHeadingNamingItsSection(t *testing.T) {
	long := strings.Repeat("The body of the chapter goes on at length here. ", 8)
	src := parsed(t, "CHAPTER 1\n\n"+long+"It marks a note.1\n\nNOTES TO CHAPTER 1\n\n1 A note.\n\nCHAPTER 2\n\n"+long+"Marks again.1\n\nNOTES TO CHAPTER 2\n\n1 Another note.\n")
	for _, p := range src.Passages {
		if p.Ref.Kind == Note && len(p.CitedBy) != 1 {
			t.Errorf("%s is cited by %v, want the paragraph of its chapter", p.Ref, p.CitedBy)
		}
	}
	if len(src.Warnings) != 0 {
		t.Errorf("warnings = %q", src.Warnings)
	}
}

func TestParseLetterHeadIsNoSection(t *testing.T) {
	// A paper's dateline, author and salutation are neither passages nor
	// section titles; its title and subtitle are section titles.
	src := parsed(t, paper("FEDERALIST No. 70", "First.")+paper("FEDERALIST No. 71", "Second."))
	want := "FEDERALIST No. 70|The Executive Department Further Considered|FEDERALIST No. 71|The Executive Department Further Considered"
	if strings.Join(src.Sections, "|") != want {
		t.Errorf("sections = %q, want %q", src.Sections, want)
	}
	long := strings.Repeat("The body of the paper goes on at length here. ", 8)
	for text, want := range map[string]string{
		// A dateline that does not read as a title, a paper with no
		// author line, a date and signature under a title printed as
		// a paragraph (a comma in it).
		"FEDERALIST No. 33\n\nFrom the Daily Advertiser.\n\nJanuary 3, 1788.\n\nHAMILTON\n\nTo the People of the State of New York:\n\n" + long: "FEDERALIST No. 33",
		"LETTER I\n\nGeneral Remarks\n\nTo the Members of the Society:\n\n" + long:                                                              "LETTER I|General Remarks",
		"ESSAYS\n\n" + long + "\n\nA title, and wrapped over\ntwo lines\n\nFrom the Daily Advertiser.\n\nMADISON\n\nTo the Editor:\n\n" + long:  "ESSAYS",
		// A date alone heads a diary's entry; a title in capitals and a
		// notes heading keep their colons.
		"Monday, March 3, 1788.\n\n" + long + "\n\nTuesday, March 4, 1788.\n\n" + long: "Monday, March 3, 1788.|Tuesday, March 4, 1788.",
		"PREFACE:\n\n" + long + "1\n\nFOOTNOTES:\n\n1 A note.\n":                       "PREFACE:|FOOTNOTES:",
		// A signature before the paper's first note.
		"FEDERALIST No. 70\n\n" + long + "1\n\n" + long + "\n\nPUBLIUS.\n\n1 " + long + "\n": "FEDERALIST No. 70",
	} {
		src := parsed(t, text)
		if got := strings.Join(src.Sections, "|"); got != want {
			t.Errorf("sections = %q, want %q, of\n%s", got, want, text)
		}
		for _, p := range src.Passages {
			if strings.HasPrefix(p.Text(), "January") || strings.HasSuffix(p.Text(), ":") {
				t.Errorf("%s %q is a passage", p.Ref, p.Text())
			}
		}
	}
}

// An epigraph's verse and its poet's name, and the name signing a letter
// quoted inside a Markdown text (Goldman's "Anarchism and Other Essays"
// sets both so), are no passages: the verse is not the author's voice, and
// a name in capitals is no paragraph.
func TestParseMarkdownEpigraphAndQuotedSignature(t *testing.T) {
	long := strings.Repeat("The history of human growth is at the same time the history of the struggle of every new idea against the old. ", 2)
	text := "# Essays\n\n## ANARCHY\n\n_Ever reviled, accursed, ne'er understood,_\n_Thou art the grisly terror of our age._\n_\"Wreck of all order,\" cry the multitude,_\n\nJOHN HENRY MACKAY.\n\n" +
		long + "\n\nOn October fourth he sent this letter:\n\nNotwithstanding my innocence, the prosecutor demands the death penalty, based on the denunciations of the police. With such infamous lies they are trying to kill me.\n\nFERRER.\n\n" + long + "\n"
	src := parsed(t, text)
	for _, p := range src.Passages {
		if strings.Contains(p.Text(), "grisly") || strings.Contains(p.Text(), "MACKAY") || p.Text() == "FERRER." {
			t.Errorf("%s %q is a passage", p.Ref, p.Text())
		}
	}
	if len(src.Passages) != 4 {
		t.Errorf("passages = %q, want the four paragraphs of prose", refs(src))
	}
	if !slices.ContainsFunc(src.Omitted, func(s string) bool { return strings.Contains(s, "epigraph, credited to JOHN HENRY MACKAY") }) {
		t.Errorf("omitted = %q, want the epigraph said", src.Omitted)
	}
}

// A Markdown paper credited to two authors ("_MADISON_, with _HAMILTON_",
// as the full Federalist sets Nos. 18–20) has no passage of their names.
func TestParseMarkdownAuthorLineOfTwoNames(t *testing.T) {
	long := strings.Repeat("Among the confederacies of antiquity, the most considerable was that of the Grecian republics. ", 4)
	src := parsed(t, "# Papers\n\n## No. 18. The Same Subject Continued\n\n### For the New York Packet. Friday, December 7, 1787\n\n_MADISON_, with _HAMILTON_\n\nTo the People of the State of New York:\n\n"+long+"\n\n_PUBLIUS_\n")
	if len(src.Passages) != 1 || !strings.HasPrefix(src.Passages[0].Text(), "Among") {
		t.Errorf("passages = %q, want the paper's one paragraph", refs(src))
	}
}

// A list set as paragraphs numbered "1 - ", restarting at 1 further on, is
// part of the text: read as notes, the second list was a duplicate note
// and the whole file was refused (Du Bois, The Souls of Black Folk, ch. III).
func TestParseDashedListsAreParagraphsNotNotes(t *testing.T) {
	text := "He asks the Negro to give up three things.\n\n" +
		"1 - The disfranchisement of the Negro.\n\n2 - The legal creation of a distinct status.\n\n" +
		"These movements are not direct results of his teachings.\n\n" +
		"1 - The right to vote.\n\n2 - Civic equality.\n"
	for name, parse := range map[string]func(string, []byte) (*Source, error){"text": Parse, "markdown": ParseMarkdown} {
		src, err := parse("x", []byte(text))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		wantRefs(t, src,
			"¶1 He asks the Negro to give up three things.",
			"¶2 1 - The disfranchisement of the Negro.",
			"¶3 2 - The legal creation of a distinct status.",
			"¶4 These movements are not direct results of his teachings.",
			"¶5 1 - The right to vote.",
			"¶6 2 - Civic equality.")
	}
}

// A collection of papers sets a year alone above each paper's title: the
// year is no passage, and the title after it, though it ends with a date,
// is the section's name rather than a dateline (Lincoln's papers, Project
// Gutenberg #2657).
func TestParseYearAloneAboveATitle(t *testing.T) {
	src := parsed(t, "THE WRITINGS OF ABRAHAM LINCOLN, Volume Five, 1858-1862\n\n\n\n1860\n\n\n"+
		"SPEECH AT THE COOPER INSTITUTE, NEW YORK FEBRUARY 27, 1860\n\n"+
		"MR. PRESIDENT AND FELLOW-CITIZENS OF NEW YORK:--The facts with which I shall deal this evening are mainly old and familiar.\n\n"+
		"In his speech last autumn at Columbus, Ohio, Senator Douglas said so.\n")
	wantRefs(t, src,
		"¶1 MR. PRESIDENT AND FELLOW-CITIZENS OF NEW YORK:--The facts with which I shall deal this evening are mainly old and familiar.",
		"¶2 In his speech last autumn at Columbus, Ohio, Senator Douglas said so.")
	if got := src.Passages[0].Section; got != "SPEECH AT THE COOPER INSTITUTE, NEW YORK FEBRUARY 27, 1860" {
		t.Errorf("section %q", got)
	}
}

// A period a heading sets after the author's name is no part of it; one
// after an initial or "Jr." is.
func TestTrimNameStop(t *testing.T) {
	for in, want := range map[string]string{
		"W.E.B. Du Bois.":         "W.E.B. Du Bois",
		"Frederick Douglass":      "Frederick Douglass",
		"Martin Luther King, Jr.": "Martin Luther King, Jr.",
		"John Q.":                 "John Q.",
		"Henry David Thoreau.":    "Henry David Thoreau",
		"Elizabeth Cady Stanton, Susan B. Anthony and Matilda J. Gage.": "Elizabeth Cady Stanton, Susan B. Anthony and Matilda J. Gage",
	} {
		if got := trimNameStop(in); got != want {
			t.Errorf("trimNameStop(%q) = %q, want %q", in, got, want)
		}
	}
}

// A Markdown ordered list is notes under a heading that names notes, or
// at the end of a section when the text marks every item's number;
// otherwise it is text. Before, a list under "## Notes" vanished: goldmark
// drops an item's number, so the note read as a block no note held, and
// was skipped without a word.
func TestParseMarkdownOrderedListAsNotesOrText(t *testing.T) {
	body := "# A Title\n\n## Part\n\nFirst paragraph says a thing.[1] It goes on.\n\nSecond paragraph says another thing.[2]\n\n"
	md := func(t *testing.T, text string) *Source {
		t.Helper()
		src, err := ParseMarkdown("x", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return src
	}
	for heading, notes := range map[string]string{"## Notes": "", "## Endnotes": "", "## Footnotes": "", "": "no heading, the markers match"} {
		t.Run(heading+notes, func(t *testing.T) {
			src := md(t, body+heading+"\n\n1. The note text that explains the thing.\n\n2. A second note,\n   on two lines.\n")
			wantRefs(t, src,
				"¶1 First paragraph says a thing.[1] It goes on.",
				"¶2 Second paragraph says another thing.[2]",
				"note 1 The note text that explains the thing.",
				"note 2 A second note, on two lines.")
			if p := src.Passages[2]; len(p.CitedBy) != 1 || p.CitedBy[0].N != 1 {
				t.Errorf("note 1 is cited by %v, want ¶1", p.CitedBy)
			}
		})
	}
	t.Run("a list whose numbers the text does not mark", func(t *testing.T) {
		src := md(t, "# A Title\n\n## Part\n\nHe asks for three things:\n\n1. The right to vote.\n2. Civic equality.\n3. Education.\n\n## Next\n\nThe last paragraph.\n")
		wantRefs(t, src,
			"¶1 He asks for three things:\n\nThe right to vote.\n\nCivic equality.\n\nEducation.",
			"¶2 The last paragraph.")
	})
	t.Run("a list in the body before the notes", func(t *testing.T) {
		src := md(t, body+"1. An item of the text.\n2. Another.\n\nThe body goes on.\n\n## Notes\n\n1. The first note.\n2. The second note.\n")
		wantRefs(t, src,
			"¶1 First paragraph says a thing.[1] It goes on.",
			"¶2 Second paragraph says another thing.[2]\n\nAn item of the text.\n\nAnother.",
			"¶3 The body goes on.",
			"note 1 The first note.",
			"note 2 The second note.")
	})
	t.Run("a line under the notes heading before its notes", func(t *testing.T) {
		src := md(t, body+"## Notes\n\nThe editor added these notes.\n\n1. The first note.\n2. The second note.\n")
		wantRefs(t, src,
			"¶1 First paragraph says a thing.[1] It goes on.",
			"¶2 Second paragraph says another thing.[2]",
			"¶3 The editor added these notes.",
			"note 1 The first note.",
			"note 2 The second note.")
	})
	t.Run("notes marked [N] keep their numbered clauses", func(t *testing.T) {
		src := md(t, body+"## Notes\n\n[1] An act:\n\n1. Any married woman may keep her earnings.\n2. No indenture binds.\n\n[2] The second note.\n")
		wantRefs(t, src,
			"¶1 First paragraph says a thing.[1] It goes on.",
			"¶2 Second paragraph says another thing.[2]",
			"note 1 An act:\n\nAny married woman may keep her earnings.\n\nNo indenture binds.",
			"note 2 The second note.")
	})
}

// A paragraph whose last sentence introduces a list ("three things:")
// holds the paragraphs that make the list, counted "1 - ", "2. " or
// "First,": an answer quoting it reads them with it. A sentence that
// ends with a period, or paragraphs that count no list, make none.
func TestParseListAParagraphIntroduces(t *testing.T) {
	src := parsed(t, "Such men ask of this nation three things:\n\n1 - The right to vote.\n\n2 - Civic equality.\n\n"+
		"In answer, he asks that black people give up, at least for the present, three things,--\n\nFirst, political power,\n\nSecond, civil rights,\n\nThe policy went on.\n\n"+
		"Then came the war.\n\n1 - Not a list its paragraph introduces.\n\n2 - Nor this.\n\nIt ends thus:\n\nOne paragraph.\n")
	lists := map[string][]string{}
	for _, p := range src.Passages {
		for _, q := range p.List {
			lists[p.Ref.String()] = append(lists[p.Ref.String()], q.Ref.String())
		}
	}
	want := map[string][]string{"¶1": {"¶2", "¶3"}, "¶4": {"¶5", "¶6"}}
	if fmt.Sprint(lists) != fmt.Sprint(want) {
		t.Errorf("lists = %v, want %v", lists, want)
	}
}
