package essay_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"studyguide/internal/citation"
	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/retrieve/retrievetest"
)

// textCase says what a real text in testdata/texts must parse into.
type textCase struct {
	file string
	// title and author are what the text states of itself.
	title, author string
	passages      int
	first, last   string
	// refs are refs the text must hold, each starting with the words given.
	refs map[string]string
	// sections are headings that must be section titles, not passages;
	// allSections, when given, is every section title of the text.
	sections, allSections []string
	// notes pairs a note with a paragraph that marks it.
	notes map[string]string
	// questions pairs a question with words of the passage that answers it.
	questions map[string]string
	// warnings are words of each warning the parse gives, in order.
	warnings []string
}

var texts = []textCase{
	{
		file: "federalist.txt", title: "The Federalist Papers", author: "Alexander Hamilton, John Jay and James Madison",
		// No. 51 is one paragraph, ¶53, with a warning: the file sets it
		// double-spaced and its paragraph breaks are lost (no line ends a
		// sentence short of the margin), so there is no real paragraph
		// end to find; splitting it where a line starts with a capital
		// cut sentences in two.
		passages: 65, first: "¶1", last: "¶53",
		refs: map[string]string{
			"¶1":            "AFTER an unequivocal experience of the inefficacy",
			"¶53":           "TO WHAT expedient, then, shall we finally resort",
			"No. 6 note 1":  "Aspasia, vide",
			"No. 6 note 11": `Vide "Principes des Negociations"`,
			"No. 1 note 1":  "The same idea, tracing the arguments",
			"¶32":           "There are two methods of curing the mischiefs of faction",
		},
		// Each paper's dateline, author and salutation are neither.
		allSections: []string{"FEDERALIST. No. 1", "General Introduction", "THE UTILITY OF THE UNION TO YOUR POLITICAL PROSPERITY",
			"FEDERALIST No. 6", "Concerning Dangers from Dissensions Between the States",
			"FEDERALIST No. 10", "The Same Subject Continued", "(The Union as a Safeguard Against Domestic Faction and Insurrection)",
			"FEDERALIST No. 51", "The Structure of the Government Must Furnish the Proper Checks and Balances Between the Different Departments"},
		sections: []string{"FEDERALIST. No. 1", "FEDERALIST No. 10", "(The Union as a Safeguard Against Domestic Faction and Insurrection)", "FEDERALIST No. 51",
			"The Structure of the Government Must Furnish the Proper Checks and Balances Between the Different Departments"},
		notes:    map[string]string{"No. 1 note 1": "¶10", "No. 6 note 11": "¶29"},
		warnings: []string{"¶53 (line 836) runs 1911 words without a break"},
		questions: map[string]string{
			"What are the two methods of curing the mischiefs of faction?":             "There are two methods of curing the mischiefs of faction",
			"Who was the prostitute for whom Pericles went to war?":                    "in compliance with the resentment of a prostitute",
			"Why does a large republic guard better against faction than a small one?": "however small the republic may be",
		},
	},
	{
		file: "federalist-notes.txt", title: "The Federalist Papers", author: "Alexander Hamilton, John Jay and James Madison",
		// Nos. 50 and 56 are one paragraph each, as No. 51 above: the
		// file lost their paragraph breaks, and glued No. 56's signature
		// and note to its last line. A blank line after "for ENFORCING
		// the" is no break: "Constitution, by keeping ..." goes on ¶34.
		passages: 44, first: "¶1", last: "¶39",
		refs: map[string]string{
			"¶1":            "IN THE course of the preceding papers",
			"¶34":           "IT MAY be contended, perhaps, that instead of OCCASIONAL appeals",
			"¶35":           "THE SECOND charge against the House of Representatives",
			"¶36":           "THE President of the United States is to be",
			"No. 15 note 1": `"I mean for the Union."`,
			"No. 22 note 2": `Encyclopedia, article "Empire."`,
		},
		// No. 15's salutation ends with a period, not a colon; No. 56's
		// subtitle is split from its last word by a blank line; No. 74's
		// wraps after a comma.
		allSections: []string{"FEDERALIST No. 15", "The Insufficiency of the Present Confederation to Preserve the Union",
			"FEDERALIST No. 22", "The Same Subject Continued", "(Other Defects of the Present Confederation)",
			"FEDERALIST No. 50", "Periodical Appeals to the People Considered",
			"FEDERALIST No. 56", "The Same Subject Continued (The Total Number of the House of Representatives)",
			"FEDERALIST No. 74", "The Command of the Military and Naval Forces, and the Pardoning Power of the Executive"},
		// No. 22's notes are set "FNA1-@1 text", marked "[1]".
		notes:    map[string]string{"No. 15 note 1": "¶3", "No. 22 note 1": "¶17", "No. 22 note 2": "¶19", "No. 22 note 4": "¶23"},
		warnings: []string{"¶35 (line 1006) runs 1561 words without a break"},
		questions: map[string]string{
			"What is the great and radical vice of the Confederation?": "The great and radical vice in the construction of the existing Confederation",
			"Why is equal suffrage among the States exceptionable?":    "The right of equal suffrage among the States is another exceptionable part",
			"Why does Congress need a power to regulate commerce?":     "The want of a power to regulate commerce",
		},
	},
	{
		file: "federalist-1404.txt", title: "The Federalist Papers", author: "Alexander Hamilton, John Jay, and James Madison",
		// Each paper is signed "PUBLIUS", no period, and its notes follow
		// as "1. text", marked "(1)": before, the notes made the file read
		// as numbered paragraphs, and it was refused ("No. 1 ¶1 appears
		// twice").
		passages: 54, first: "¶1", last: "No. 7 note 2",
		refs: map[string]string{
			"¶1":            "AFTER an unequivocal experience of the inefficacy",
			"¶11":           "THE three last numbers of this paper",
			"No. 6 note 11": `Vide "Principes des Negociations"`,
			"No. 7 note 1":  "Divide and command.",
		},
		allSections: []string{"FEDERALIST No. 1", "General Introduction",
			"FEDERALIST No. 6", "Concerning Dangers from Dissensions Between the States",
			"FEDERALIST No. 7", "The Same Subject Continued (Concerning Dangers from Dissensions Between the States)"},
		notes: map[string]string{"No. 1 note 1": "¶10", "No. 6 note 1": "¶14", "No. 6 note 11": "¶30", "No. 7 note 1": "¶40"},
		questions: map[string]string{
			"Who was the prostitute for whom Pericles went to war?":               "in compliance with the resentment of a prostitute",
			"Would the public debt of the Union cause collisions between States?": "The public debt of the Union would be a further cause of collision",
			"Why are territorial disputes a source of hostility?":                 "Territorial disputes have at all times been found one of the most fertile sources of hostility",
		},
	},
	{
		file: "federalist.md", title: "The Federalist Papers", author: "Publius",
		// Each paper's author ("_HAMILTON_"), salutation and signature
		// ("_PUBLIUS_") are Markdown paragraphs, but no passages.
		passages: 47, first: "¶1", last: "¶47",
		refs: map[string]string{
			"¶1":  "After an unequivocal experience of the inefficacy",
			"¶11": "When the people of America reflect",
			"¶47": "In the extent and proper structure of the Union",
		},
		allSections: []string{"FEDERALIST No. 1. General Introduction", "For the Independent Journal. Saturday, October 27, 1787",
			"FEDERALIST No. 2. Concerning Dangers from Foreign Force and Influence", "For the Independent Journal. Wednesday, October 31, 1787",
			"FEDERALIST No. 10. The Same Subject Continued (The Union as a Safeguard Against Domestic Faction and Insurrection)",
			"From the Daily Advertiser. Thursday, November 22, 1787."},
		// The file marks a note "(1)" but lost the note.
		warnings: []string{"¶10 marks note 1, which the file does not have"},
		questions: map[string]string{
			"What are the two methods of curing the mischiefs of faction?": "There are two methods of curing the mischiefs of faction",
			"Why did the people institute a federal government so early?":  "A strong sense of the value and blessings of union induced the people",
			"What obstacles will the new Constitution have to encounter?":  "Among the most formidable of the obstacles",
		},
	},
	{
		file: "common-sense.txt", title: "Common Sense", author: "Thomas Paine",
		passages: 111, first: "¶1", last: "¶110",
		refs: map[string]string{
			"¶1":     "Perhaps the sentiments contained in the following pages",
			"note 1": "Thomas Anello, otherwise Massanello",
		},
		sections: []string{"INTRODUCTION.", "OF MONARCHY AND HEREDITARY SUCCESSION."},
		notes:    map[string]string{"note 1": "¶"},
		questions: map[string]string{
			"How does Paine distinguish society from government?":  "Society is produced by our wants, and government by our wickedness",
			"Why is hereditary succession an insult to posterity?": "To the evil of monarchy we have added that of hereditary succession",
			"Who was Massanello?": "Thomas Anello, otherwise Massanello",
		},
	},
	{
		file: "sherlock-holmes.txt", title: "The Adventures of Sherlock Holmes", author: "Arthur Conan Doyle",
		passages: 257, first: "¶1", last: "¶257",
		refs:     map[string]string{"¶1": "To Sherlock Holmes she is always THE woman."},
		sections: []string{"ADVENTURE I. A SCANDAL IN BOHEMIA"},
		questions: map[string]string{
			"Who did Irene Adler marry?":                "Irene Adler",
			"What did the King want Holmes to recover?": "recovered",
			"What did Pangloss teach?":                  "",
		},
	},
	{
		file: "amendments.md", title: "Amendments to the Constitution of the United States of America",
		passages: 39, first: "Amendment XI ¶1", last: "Amendment XXVII ¶1",
		refs: map[string]string{
			"Amendment XIV ¶1": "All persons born or naturalized in the United States",
			"Amendment XIV ¶5": "The Congress shall have power to enforce",
			"Amendment XIX ¶1": "The right of citizens of the United States to vote shall not be denied or abridged by the United States or by any State on account of sex.",
		},
		sections: []string{"Amendment XIV.", "Amendment XXVII."},
		questions: map[string]string{
			"Can the right to vote be denied on account of sex?":             "on account of sex",
			"Can the right to vote be denied for failure to pay a poll tax?": "poll tax",
			"When do the terms of the President and Vice President end?":     "noon on the 20th day of January",
		},
	},
	{
		file: "ben-hur.md", title: "Ben-Hur", author: "Lew Wallace",
		passages: 103, first: "¶1", last: "¶101",
		refs: map[string]string{
			"note 1": "The Roman government, it will be remembered, had two harbors",
			"note 2": "Called rector.",
		},
		sections: []string{"BOOK THIRD", "CHAPTER I", "CHAPTER II"},
		notes:    map[string]string{"note 1": "¶3", "note 2": "¶69"},
		questions: map[string]string{
			"In which harbors did the Roman government keep its fleets?": "two harbors",
			"What was the chief pilot called?":                           "chief pilot",
			"Who was Quintus Arrius?":                                    "Quintus Arrius",
		},
	},
	{
		file: "civil-disobedience.md", title: "Civil Disobedience", author: "Henry David Thoreau",
		passages: 51, first: "¶1", last: "¶51",
		refs: map[string]string{"¶1": `I heartily accept the motto,--"That government is best which governs least"`},
		questions: map[string]string{
			"What does Thoreau say about voting?":     "All voting is a sort of gaming",
			"Which government is best?":               "That government is best which governs least",
			"How did Thoreau regard the Mexican war?": "the present Mexican war",
		},
	},
	{
		// A year alone above the speech's title is no passage, and the
		// title, though it ends with a date, names the section. The file
		// holds one speech of a collected volume: the speech's heading,
		// not the volume's name from the header, titles it.
		file: "lincoln-cooper-union.txt", title: "Speech at the Cooper Institute, New York February 27, 1860", author: "Abraham Lincoln",
		passages: 76, first: "¶1", last: "¶76",
		refs: map[string]string{
			"¶1":  "MR. PRESIDENT AND FELLOW-CITIZENS OF NEW YORK:--The facts with which I shall deal",
			"¶76": "Neither let us be slandered from our duty by false accusations",
		},
		sections: []string{"SPEECH AT THE COOPER INSTITUTE, NEW YORK FEBRUARY 27, 1860"},
	},
	{
		// Three lists set as paragraphs "1 - ...", each restarting at 1,
		// are paragraphs, not notes; the period after the author's name
		// in the metadata is no part of it.
		file: "dubois-washington.md", title: "The Souls of Black Folk", author: "W.E.B. Du Bois",
		passages: 39, first: "¶1", last: "¶39",
		refs: map[string]string{
			"¶1":  "Easily the most striking thing in the history of the American Negro since 1876",
			"¶20": "1 - The disfranchisement of the Negro.",
			"¶29": "1 - The right to vote.",
		},
	},
	{
		file: "douglass-narrative.md", title: "Narrative of the Life of Frederick Douglass", author: "Frederick Douglass",
		passages: 22, first: "¶1", last: "¶22",
		refs:     map[string]string{"¶1": "I was born in Tuckahoe"},
		sections: []string{"CHAPTER I", "CHAPTER II"},
		questions: map[string]string{
			"Where was Douglass born?":       "I was born in Tuckahoe",
			"Did Douglass know his own age?": "I have no accurate knowledge of my age",
			"Who was Captain Anthony?":       "My first master's name was Anthony",
		},
	},
	{
		file: "woman-suffrage.txt", title: "History of Woman Suffrage, Volume I", author: "Elizabeth Cady Stanton, Susan B. Anthony, and Matilda Joslyn Gage",
		passages: 157, first: "¶1", last: "note 11",
		refs: map[string]string{
			"¶1":      "In preparing this work, our object has been",
			"¶57":     "Having deprived her of this first right of a citizen",
			"note 8":  "The antique mahogany center-table",
			"note 11": "See Appendix.",
		},
		sections: []string{"PREFACE.", "CHAPTER IV.", "DECLARATION OF SENTIMENTS.", "FOOTNOTES:"},
		notes:    map[string]string{"note 8": "¶46", "note 11": "¶117"},
		questions: map[string]string{
			"What did the Declaration of Sentiments say about the elective franchise?": "He has never permitted her to exercise her inalienable right to the elective franchise.",
			"Which resolution was not adopted unanimously?":                            "The only resolution that was not unanimously adopted was the ninth",
			"Who issued the call for the Seneca Falls convention?":                     "This call, without signature, was issued by Lucretia Mott",
		},
	},
	{
		file: "on-liberty.txt", title: "On Liberty", author: "John Stuart Mill",
		passages: 49, first: "¶1", last: "note 10",
		refs: map[string]string{
			"¶1":     "The time, it is to be hoped, is gone by",
			"note 7": "Thomas Pooley, Bodmin Assizes",
		},
		sections: []string{"CHAPTER II.", "OF THE LIBERTY OF THOUGHT AND DISCUSSION.", "FOOTNOTES:"},
		// ¶18's sentence "two persons, on two separate occasions,[8] ...
		// and a third, a foreigner,[9] ..." marks two notes.
		notes: map[string]string{"note 6": "¶1", "note 8": "¶18", "note 9": "¶18", "note 10": "¶19"},
		questions: map[string]string{
			"Why is it wrong to silence an opinion, even a false one?":        "the peculiar evil of silencing the expression of an opinion",
			"Who was imprisoned for writing offensive words on a gate?":       "an unfortunate man",
			"What is the difference between a dead dogma and a living truth?": "dead dogma, not a living truth",
		},
	},
	{
		file: "curie-radioactivity.md", title: "Untersuchungen über die radioaktiven Substanzen", author: "Marie Curie",
		passages: 78, first: "¶1", last: "note 5",
		refs: map[string]string{
			"¶1":     "Die vorliegende Arbeit bezweckt",
			"note 1": "Man erreicht dieses Resultat leicht",
			"note 5": "Wir haben zahlreiche Verpflichtungen",
		},
		sections: []string{"Einleitung.", "Erstes Kapitel. Radioaktivität des Uraniums und Thoriums. Radioaktive Mineralien.", "b) Polonium, Radium, Aktinium."},
		// Note 5 is "[^longnote]": a named note is numbered in order.
		notes: map[string]string{"note 1": "¶23", "note 4": "¶59", "note 5": "¶72"},
		questions: map[string]string{
			"Welche Mineralien sind radioaktiv?":                         "Alle Mineralien, die sich radioaktiv zeigen, enthalten Uran oder Thor",
			"Wer hat die erste Tonne Rückstände zur Verfügung gestellt?": "die erste Tonne vorbehandelter Rückstände",
			"Welche Substanzen senden Becquerelstrahlen aus?":            "Das Uran, das Thor und ihre Verbindungen emittiren also Becquerelstrahlen.",
		},
	},
	{
		// Paragraphs that open with roman numerals ("I. The Romans ...")
		// are paragraphs, not headings; the third item of a run-in list
		// ("1. ... 2. ..." inside ¶9), set as a paragraph of its own and
		// escaped ("3\. Fortunately"), is ¶10; note 6 is the editor's,
		// signed "—M.", numbered in order among Gibbon's.
		file: "gibbon-general-observations.md", title: "General Observations On The Fall Of The Roman Empire In The West", author: "Edward Gibbon",
		passages: 27, first: "¶1", last: "note 16",
		refs: map[string]string{
			"¶1":      "The Greeks, after their country had been reduced into a province",
			"¶2":      "The rise of a city, which swelled into an empire",
			"¶6":      "I. The Romans were ignorant of the extent of their danger",
			"¶8":      "III. Cold, poverty, and a life of danger and fatigue",
			"¶10":     "3. Fortunately for mankind",
			"¶11":     "Since the first discovery of the arts",
			"note 6":  "It might be a curious speculation",
			"note 10": "On avoit fait venir (for the siege of Turin)",
			"note 16": "The merit of discovery has too often been stained",
		},
		allSections: []string{"General Observations On The Fall Of The Roman Empire In The West"},
		notes:       map[string]string{"note 1": "¶1", "note 5": "¶1", "note 6": "¶4", "note 7": "¶6", "note 10": "¶8", "note 12": "¶9", "note 13": "¶10", "note 16": "¶11"},
	},
	{
		// The book's title, a byline and the chapter's "## Introductory";
		// a rule ("* * *") before the author's closing note, which is two
		// paragraphs of the text (¶36, ¶37), not a footnote: note 4 only
		// points to it ("See note at end of Introductory Chapter").
		file: "mahan-sea-power.md", title: "The Influence of Sea Power upon History, 1660-1783", author: "A. T. Mahan",
		passages: 43, first: "¶1", last: "note 6",
		refs: map[string]string{
			"¶1":     "The history of Sea Power is largely",
			"¶2":     "A study of the military history of the past",
			"¶16":    "At the beginning of the war, Mommsen says",
			"¶35":    "The general conditions that either are essential",
			"¶36":    "NOTE.--The brilliancy of Nelson's fame",
			"¶37":    "This interesting series of strategic movements",
			"note 1": "Thus Hermocrates of Syracuse",
			"note 4": "See note at end of Introductory Chapter, page 23.",
			"note 6": `A "containing" force`,
		},
		allSections: []string{"Introductory"},
		notes:       map[string]string{"note 1": "¶3", "note 2": "¶3", "note 3": "¶6", "note 4": "¶12", "note 5": "¶14", "note 6": "¶29"},
	},
	{
		// The novel's title, a byline, "## Second Epilogue" and three
		// "### Chapter" headings: a paragraph of one question (¶25, "What
		// force moves the nations?") opens chapter II, a mock history set
		// as one quoted paragraph of 25 sentences (¶18), italics set with
		// underscores ("one _A_ gave ... _A_—the"); no notes.
		file: "tolstoy-second-epilogue.md", title: "War and Peace", author: "Leo Tolstoy",
		passages: 46, first: "¶1", last: "¶46",
		refs: map[string]string{
			"¶1":  "History is the life of nations and of humanity.",
			"¶18": "“Louis XIV was a very proud and self-confident man",
			"¶24": "History seems to assume that this force is self-evident",
			"¶25": "What force moves the nations?",
			"¶31": "Specialist historians describing the campaign of 1813",
			"¶38": "A locomotive is moving.",
			"¶46": "The writers of universal histories and of the history of culture",
		},
		allSections: []string{"Second Epilogue", "Chapter I", "Chapter II", "Chapter III"},
	},
	{
		// A title, a byline and "## I", a chapter heading of a roman
		// numeral alone; a paragraph of one quoted line that marks a note
		// (¶9, "Hic Rhodus, hic salta!"); three periods set as paragraphs
		// "First--", "Second--", "Third--" (¶15-¶17), each its own
		// passage; three translator's notes collected at the end,
		// passages 24-26.
		file: "marx-eighteenth-brumaire.md", title: "The Eighteenth Brumaire of Louis Bonaparte", author: "Karl Marx",
		passages: 26, first: "¶1", last: "note 3",
		refs: map[string]string{
			"¶1":     "Hegel says somewhere that that great historic facts",
			"¶2":     "Man makes his own history, but he does not make it out of the whole cloth",
			"¶8":     "Bourgeois revolutions, like those of the eighteenth century",
			"¶9":     `"Hic Rhodus, hic salta!"`,
			"¶15":    "First--The February period;",
			"¶21":    "Upon the bourgeois monarchy of Louis Philippe",
			"¶23":    "All classes and parties joined hands in the June days",
			"note 2": "Here is Rhodes, leap here!",
		},
		allSections: []string{"I"},
		notes:       map[string]string{"note 1": "¶5", "note 2": "¶9", "note 3": "¶22"},
	},
	{
		// The book's title, a "By" line and a translator's line from the
		// title page (a one-word name with a year, "Thucydides, 431 BC", is
		// no by-line the parser reads), "## Book I", "### Chapter I" and
		// the chapter's subtitle as "####": 22 paragraphs and no notes,
		// "--" dashes and straight quotes; a line of Homer set as a block
		// quote closes the paragraph that introduces it (¶9, "he calls
		// him").
		file: "thucydides-archaeology.md", title: "The History of the Peloponnesian War", author: "Thucydides",
		passages: 22, first: "¶1", last: "¶22",
		refs: map[string]string{
			"¶1":  "Thucydides, an Athenian, wrote the history of the war",
			"¶4":  "Indeed, they could not unite for this expedition",
			"¶9":  "What enabled Agamemnon to raise the armament",
			"¶11": "And from this expedition we may infer the character of earlier enterprises.",
			"¶19": "Having now given the result of my inquiries into early times",
			"¶21": "With reference to the speeches in this history",
			"¶22": "The Median War, the greatest achievement of past times",
		},
		allSections: []string{"Book I", "Chapter I", "The State of Greece from the earliest Times to the Commencement of the Peloponnesian War"},
	},
	{
		// The book's title, the author and year in italics and a
		// translator's line under it, four "## Chapter" headings with the
		// edition's "--"; 21 paragraphs and 7 translator's notes collected
		// at the end. A line of Virgil set as a block quote closes the
		// paragraph that introduces it and marks note 2 (¶9, "saying:");
		// note 3 is marked in a heading ("Chapter XVIII[3]"), which keeps
		// its marker, so no passage cites it; notes 2 and 5 run to more
		// than one paragraph (a verse translation signed "Christopher
		// Pitt.", an "Italian Proverb.").
		file: "machiavelli-prince.md", title: "The Prince", author: "Nicolo Machiavelli",
		passages: 28, first: "¶1", last: "note 7",
		refs: map[string]string{
			"¶1":     "It remains now to see what ought to be the rules of conduct for a prince",
			"¶4":     "Therefore, a prince, not being able to exercise this virtue of liberality",
			"¶9":     "And of all princes, it is impossible for the new prince to avoid the imputation of cruelty",
			"¶11":    "Upon this a question arises: whether it be better to be loved than feared",
			"¶15":    "Every one admits how praiseworthy it is in a prince to keep faith",
			"¶21":    "One prince[7] of the present time, whom it is not well to name",
			"note 3": `"The present chapter has given greater offence`,
			"note 5": `"Nondimanco sempre gli succederono gli inganni`,
		},
		allSections: []string{
			"Chapter XV -- Concerning things for which men, and especially princes, are praised or blamed",
			"Chapter XVI -- Concerning liberality and meanness",
			"Chapter XVII -- Concerning cruelty and clemency, and whether it is better to be loved than feared",
			"Chapter XVIII[3] -- Concerning the way in which princes should keep faith",
		},
		notes: map[string]string{"note 1": "¶8", "note 2": "¶9", "note 4": "¶15", "note 5": "¶16", "note 6": "¶18", "note 7": "¶21"},
	},
	{
		// The book's title, the author and year in italics under it and
		// one "##" chapter heading; 33 paragraphs and one note collected
		// at the end. The edition labels its sections ("Sect. 95." to
		// "Sect. 122."), so the passages are numbered by them, ¶95–¶122,
		// the label removed from the text, and the five paragraphs
		// without a label continue the section before them: ¶100
		// ("Secondly, ..."), ¶102 (Acosta's words on Peru and the answer
		// after them), ¶112 ("The other objection I find urged ...",
		// which introduces Sect. 113) and ¶113 ("If this argument be
		// good ..."). The note is marked mid-sentence ("future ages[1]",
		// ¶111).
		file: "locke-second-treatise.md", title: "Second Treatise of Government", author: "John Locke",
		passages: 29, first: "¶95", last: "note 1",
		refs: map[string]string{
			"¶95":    "MEN being, as has been said, by nature, all free, equal, and independent",
			"¶97":    "And thus every man, by consenting with others to make one body politic",
			"¶100":   "To this I find two objections made. First, That there are no instances",
			"¶102":   "He must shew a strange inclination to deny evident matter of fact",
			"¶113":   "That all men being born under government, some or other",
			"¶119":   "Every man being, as has been shewed, naturally free",
			"¶122":   "But submitting to the laws of any country, living quietly",
			"note 1": "At first, when some certain kind of regiment was once approved",
		},
		allSections: []string{"Chapter VIII. Of the Beginning of Political Societies"},
		notes:       map[string]string{"note 1": "¶111"},
	},
	{
		// The book's title and the author and year in italics under it,
		// two "##" chapter headings and the edition's 36 side headings
		// (its margin notes) as "###" headings, each a section title and
		// no passage: a passage's section is its chapter's title, and the
		// paragraphs are numbered through both chapters, ¶1–¶48, and not
		// by side heading. The old spelling is kept ("Warre", "Naturall",
		// "selfe"); no notes. Two side headings the e-text runs into the
		// paragraph after them are headings here, so that ¶8 opens
		// "Hereby it is manifest" and ¶31 "In Contracts".
		file: "hobbes-leviathan.md", title: "Leviathan", author: "Thomas Hobbes",
		passages: 48, first: "¶1", last: "¶48",
		refs: map[string]string{
			"¶1":  "Nature hath made men so equall, in the faculties of body, and mind",
			"¶6":  "So that in the nature of man, we find three principall causes of quarrel.",
			"¶8":  "Hereby it is manifest, that during the time men live without a common Power",
			"¶9":  "Whatsoever therefore is consequent to a time of Warre, where every man is Enemy to every man",
			"¶17": "A LAW OF NATURE, (Lex Naturalis,) is a Precept, or generall Rule",
			"¶31": "In Contracts, the right passeth, not onely where the words are of the time",
			"¶48": "It appears also, that the Oath addes nothing to the Obligation.",
		},
		allSections: []string{
			"Chapter XIII. Of the Naturall Condition of Mankind, as Concerning Their Felicity, and Misery",
			"From Equality Proceeds Diffidence",
			"From Diffidence Warre",
			"Out Of Civil States, There Is Alwayes Warre Of Every One Against Every One",
			"The Incommodites Of Such A War",
			"In Such A Warre, Nothing Is Unjust",
			"The Passions That Incline Men To Peace",
			"Chapter XIV. Of the First and Second Naturall Lawes, and of Contracts",
			"Right Of Nature What",
			"Liberty What",
			"A Law Of Nature What",
			"Naturally Every Man Has Right To Everything",
			"The Fundamental Law Of Nature",
			"The Second Law Of Nature",
			"What it is to lay down a Right",
			"Renouncing (or) Transferring Right What; Obligation Duty Justice",
			"Not All Rights Are Alienable",
			"Contract What",
			"Covenant What",
			"Free-gift",
			"Signes Of Contract Expresse",
			"Signes Of Contract By Inference",
			"Free Gift Passeth By Words Of The Present Or Past",
			"Signes Of Contract Are Words Both Of The Past, Present, and Future",
			"Merit What",
			"Covenants Of Mutuall Trust, When Invalid",
			"Right To The End, Containeth Right To The Means",
			"No Covenant With Beasts",
			"Nor With God Without Speciall Revelation",
			"No Covenant, But Of Possible And Future",
			"Covenants How Made Voyd",
			"Covenants Extorted By Feare Are Valide",
			"The Former Covenant To One, Makes Voyd The Later To Another",
			"A Mans Covenant Not To Defend Himselfe, Is Voyd",
			"No Man Obliged To Accuse Himselfe",
			"The End Of An Oath; The Forme Of As Oath",
			"No Oath, But By God",
			"An Oath Addes Nothing To The Obligation",
		},
	},
	{
		file: "candide.md", title: "Candide", author: "Voltaire",
		passages: 41, first: "¶1", last: "¶41",
		refs:     map[string]string{"¶1": "In a castle of Westphalia"},
		sections: []string{"I - HOW CANDIDE WAS BROUGHT UP IN A MAGNIFICENT CASTLE, AND HOW HE WAS EXPELLED THENCE."},
		questions: map[string]string{
			"Why was Candide chased from the castle?":                        "chased Candide from the castle",
			"What did Pangloss prove about the best of all possible worlds?": "in this best of all possible worlds",
			"What happened to Candide among the Bulgarians?":                 "Bulgarians",
		},
	},
}

func loadText(t *testing.T, file string) *essay.Corpus {
	t.Helper()
	c, err := essay.Load(filepath.Join("testdata", "texts", file))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestRealTexts reads each real text and checks its passages, refs,
// sections and notes, and that nothing of a Project Gutenberg frame or a
// heading became a passage.
func TestRealTexts(t *testing.T) {
	for _, tc := range texts {
		t.Run(tc.file, func(t *testing.T) {
			c := loadText(t, tc.file)
			src := c.Sources[0]
			if src.Meta.Title != tc.title || src.Meta.Author != tc.author {
				t.Errorf("meta = %q by %q, want %q by %q", src.Meta.Title, src.Meta.Author, tc.title, tc.author)
			}
			if n := len(c.Passages); n != tc.passages || c.Passages[0].Ref.String() != tc.first || c.Passages[n-1].Ref.String() != tc.last {
				t.Errorf("%d passages from %s to %s, want %d from %s to %s", n, c.Passages[0].Ref, c.Passages[n-1].Ref, tc.passages, tc.first, tc.last)
			}
			for ref, start := range tc.refs {
				if p, err := c.Lookup(ref); err != nil || !strings.HasPrefix(p.Text(), start) {
					t.Errorf("%s = %v, %v; want a passage starting %q", ref, p, err, start)
				}
			}
			checkNoFrameOrHeading(t, c, tc.sections)
			if tc.allSections != nil && !slices.Equal(src.Sections, tc.allSections) {
				t.Errorf("sections = %q, want %q", src.Sections, tc.allSections)
			}
			if len(src.Warnings) != len(tc.warnings) {
				t.Errorf("warnings %q, want %d", src.Warnings, len(tc.warnings))
			}
			for i, w := range src.Warnings {
				if i < len(tc.warnings) && !strings.Contains(w, tc.warnings[i]) {
					t.Errorf("warning %q, want one holding %q", w, tc.warnings[i])
				}
			}
			for note, para := range tc.notes {
				p, err := c.Lookup(note)
				if err != nil || len(p.CitedBy) == 0 || !strings.HasPrefix(p.CitedBy[0].String(), para) {
					t.Errorf("%s is cited by %v (%v), want %s", note, citedBy(p), err, para)
				}
			}
		})
	}
}

func citedBy(p *essay.Passage) []essay.Ref {
	if p == nil {
		return nil
	}
	return p.CitedBy
}

// checkNoFrameOrHeading checks that no passage holds Project Gutenberg's
// words or a heading, and that the given headings are section titles.
func checkNoFrameOrHeading(t *testing.T, c *essay.Corpus, sections []string) {
	t.Helper()
	src := c.Sources[0]
	for _, p := range c.Passages {
		if strings.Contains(strings.ToLower(p.Text()), "gutenberg") {
			t.Errorf("%s holds Project Gutenberg's words: %.80q", p.Ref, p.Text())
		}
		for _, s := range src.Sections {
			if p.Blocks[0] == s {
				t.Errorf("%s is the heading %q", p.Ref, s)
			}
		}
	}
	have := map[string]bool{}
	for _, s := range src.Sections {
		have[s] = true
	}
	for _, s := range sections {
		if !have[s] {
			t.Errorf("%q is not a section title; sections are %q", s, src.Sections)
		}
	}
}

// TestRealTextsAnswerFromTheRightPassage asks three questions of each text
// as ask does offline (four passages, the extractive answer) and checks
// that the answer quotes the passage holding the answer, and that every
// citation in it checks out. The answers listed in knownMisses do not yet:
// each is checked to fail still, so that a fix moves it out of the list.
func TestRealTextsAnswerFromTheRightPassage(t *testing.T) {
	for _, tc := range texts {
		t.Run(tc.file, func(t *testing.T) {
			c := loadText(t, tc.file)
			r := retrievetest.New(t, c)
			for q, want := range tc.questions {
				if want == "" {
					continue
				}
				res, err := r.Retrieve(context.Background(), q, 4)
				if err != nil {
					t.Fatal(err)
				}
				d, err := generate.Extractive{}.Generate(context.Background(), generate.Request{Question: q, Retrieval: res, Author: c.Sources[0].Meta.Author, Kind: c.Sources[0].Meta.Kind}, nil)
				if err != nil {
					t.Fatal(err)
				}
				right := slices.ContainsFunc(d.Quoted, func(ref essay.Ref) bool {
					p, err := c.Lookup(ref.String())
					return err == nil && strings.Contains(p.Text(), want)
				})
				if why, known := knownMisses[q]; known {
					if right {
						t.Errorf("%q is answered from the right passage now: take it out of knownMisses (%s)", q, why)
					}
					continue
				}
				if !right {
					var got []string
					for _, h := range res.Hits {
						got = append(got, h.Passage.Ref.String()+" "+firstWords(h.Passage.Text()))
					}
					t.Errorf("%q: the answer does not quote the passage holding %q:\n%s\nbest passages %q", q, want, d.Text, got)
				}
				rep := citation.Check(d.Text, c, res.Refs())
				if len(rep.Invalid) != 0 {
					t.Errorf("%q: invalid citations %+v in %s", q, rep.Invalid, d.Text)
				}
			}
		})
	}
}

// knownMisses are questions of the real texts whose offline answer does
// not quote the passage that answers them, with the reason.
var knownMisses = map[string]string{
	// At the embedder concepts' weight the fifteen essay sets chose
	// (0.15, from 0.6) ¶53 scores 0.92 and ¶18 0.90, and the answer
	// quotes ¶53 alone; at 0.6 the order was the other way.
	"Welche Substanzen senden Becquerelstrahlen aus?": "¶53 just ahead of ¶18 at concepts 0.15",
	// A question of one part came to be answered from its best passage
	// alone (answer precision 0.835 to 0.850 held out over the essay's
	// sets): ¶3's "All silencing of discussion is an assumption of
	// infallibility" answers why, but ¶1, which answers "even a false
	// one", no longer adds its sentence.
	"Why is it wrong to silence an opinion, even a false one?": "one-part questions quote one passage; ¶1 just behind ¶3",
}

func firstWords(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// TestOldMacLineEndings reads a novel whose lines end in CR alone as it
// reads the same novel with LF.
func TestOldMacLineEndings(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "texts", "sherlock-holmes.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lf, err := essay.Parse("novel", data)
	if err != nil {
		t.Fatal(err)
	}
	cr, err := essay.Parse("novel", bytes.ReplaceAll(data, []byte("\n"), []byte("\r")))
	if err != nil {
		t.Fatal(err)
	}
	if len(cr.Passages) != len(lf.Passages) || len(cr.Passages) < 200 {
		t.Fatalf("CR-only: %d passages, LF: %d", len(cr.Passages), len(lf.Passages))
	}
	for i := range cr.Passages {
		if cr.Passages[i].Text() != lf.Passages[i].Text() || cr.Passages[i].Line != lf.Passages[i].Line {
			t.Fatalf("passage %d differs: %q at line %d, %q at line %d", i, cr.Passages[i].Text(), cr.Passages[i].Line, lf.Passages[i].Text(), lf.Passages[i].Line)
		}
	}
}

// TestTitlePageGivesTitleAndAuthor reads real Gutenberg texts with their
// header and license cut off, as a teacher who copies the text itself
// brings them: the title and author come from the title page ("THE
// FEDERALIST PAPERS", "By Alexander Hamilton, ..."; "by" on a line of its
// own above the name), and the passages are those of the whole file.
func TestTitlePageGivesTitleAndAuthor(t *testing.T) {
	for file, want := range map[string][2]string{
		"federalist-1404.txt": {"The Federalist Papers", "Alexander Hamilton, John Jay, and James Madison"},
		"on-liberty.txt":      {"On Liberty", "John Stuart Mill"},
		"sherlock-holmes.txt": {"The Adventures of Sherlock Holmes", "Sir Arthur Conan Doyle"},
	} {
		data, err := os.ReadFile(filepath.Join("testdata", "texts", file))
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		from := strings.Index(text, "*** START OF")
		from += strings.IndexByte(text[from:], '\n')
		to := strings.Index(text, "End of the Project Gutenberg")
		src, err := essay.Parse("text", []byte(text[from:to]))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if got := [2]string{src.Meta.Title, src.Meta.Author}; got != want {
			t.Errorf("%s: title and author %q, want %q", file, got, want)
		}
		if whole := loadText(t, file); len(src.Passages) != len(whole.Passages) {
			t.Errorf("%s: %d passages, the whole file %d", file, len(src.Passages), len(whole.Passages))
		}
	}
}

// TestSignatureRunIntoParagraph reads a paper whose file ran its
// signature and its note into its last line ("... confided to it.
// PUBLIUS. Burgh's ..."): the paragraph ends where the paper does, and
// what was cut is said.
func TestSignatureRunIntoParagraph(t *testing.T) {
	c := loadText(t, "federalist-notes.txt")
	p, err := c.Lookup("¶35")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(p.Text(), "the interests which will be confided to it.") {
		t.Errorf("¶35 ends %q, want it to end with the paper's last sentence", p.Text()[len(p.Text())-80:])
	}
	said := strings.Join(c.Sources[0].Omitted, "\n")
	if !strings.Contains(said, `the signature "PUBLIUS." run into`) || !strings.Contains(said, `Burgh's`) {
		t.Errorf("omitted %q, want the signature and the note after it", c.Sources[0].Omitted)
	}
}
