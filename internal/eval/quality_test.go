package eval

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"studyguide/corpus"
	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/generate"
	"studyguide/internal/retrieve"
	"studyguide/internal/retrieve/retrievetest"
)

// floor is the least a built-in set may score held out: with the weights
// cross-validation chooses on the other sets, as `studyguide eval --cv`
// prints them and README.md reports them, to three places. A change that
// lowers any of them fails here; one that raises them should raise these
// too, so that the gain is kept.
type floor struct {
	at1, at3, mrr                     float64
	wronglyAbstained, wronglyAnswered int
	answerPrecision, partRecall       float64
}

// floors holds the held-out floor of each built-in set and development
// set (devSets). Answer precision was lowered
// on eval12, eval2, eval4 and eval5, and part recall on eval4, when words
// of chat stopped counting against support (README.md, Held-out
// figures): questions declined before are answered, some from a wrong
// passage, and folds chose the stricter support that declines eval4's
// question of two parts on a newspaper and a date. Answer precision was
// lowered again on eval10, eval12, eval4 and eval8 (and on the Goldman
// text), and eval2 allowed one decline, when everyday verbs and
// adjectives the essay lacks began to count as known (common known 0.5)
// and the relation test's share rose to 0.1: nine answerable questions
// declined before are answered, some from a wrong passage (ranking
// misses the declines had hidden), and the fold without eval2 chose
// thresholds that decline one of its questions; pooled, declines fell
// from 25 to 18 and wrong answers from 24 to 21. In the answers' fifth
// round (README.md, Log) part recall rose on eval10, eval12 and eval13;
// answer precision was lowered on eval, eval11, eval5, eval6 and eval7:
// an empty "It is ..." no longer brings the sentence before it, which the
// right passage had counted as precise, and eval11's second part of one
// question is now answered from a wrong passage. When a pair of the
// question's words side by side began to add to a passage's score
// (PhraseWeight 0.6), recall@1 and MRR were lowered on eval13, eval2,
// eval7 and eval9 and answer precision on eval2, eval7 and eval9, while
// pooled recall@1 rose from 0.893 to 0.898 and answer precision from
// 0.854 to 0.861. When eval14 and eval15 joined, each fold had two more
// sets to choose on and the choice moved (stand-ins 0.3, concepts 0.15):
// recall@1 and MRR were lowered on eval, eval10, eval12, eval13, eval4,
// eval8 and eval9, answer precision on eval, eval11, eval12, eval13,
// eval4, eval6 and eval8, eval8 and eval9 allow one more decline each
// and eval10 one more off-topic answer (while eval5's recall@1, eval3's
// and eval10's answer precision rose); pooled over the fifteen, recall@1 is
// 0.874 and 36 of 1206 answerable questions are declined (16 of them in
// the two new sets). When abstention began to read what a question asks
// of time and names (an opening "When ...," clause asks nothing of time;
// "the 1920's" is the corpus's "1920s"; a date the question gives answers
// nothing; a misspelt name two edits off is read as the name), eval14
// declined 4 instead of 6 (answer precision 0.788 to 0.804) and eval15 8
// instead of 10, with one off-topic
// answer fewer; eval15's answer precision was lowered from 0.702 to 0.701
// (a question declined before, on the opposition of the 1920's, is
// answered from a wrong passage) and its part recall rose to 0.964.
// Pooled, 32 of 1206 declined and 33 of 264 answered. When eval16 and
// eval17 joined, the choice moved stand-ins from 0.3 to 0.5: recall@1
// and MRR were lowered on eval10, MRR on eval, part recall on eval12
// (0.833 to 0.750: one part now quoted from a wrong passage), answer
// precision on eval10, eval14 and eval3; eval16's recall@3 and eval17's
// answer precision and part recall are below their first run's. Pooled
// over seventeen, recall@1 0.868, MRR 0.918, 43 of 1362 declined and 47
// of 298 answered. When a question of one part came to be answered from
// its best passage alone and parts pointing back from the passage of the
// part before, answer precision rose on fourteen sets (pooled 0.835 to
// 0.850) and fell on eval5 (0.834 to 0.792: a second passage's sentence
// had been right there), eval7 (0.864 to 0.862) and eval11 (0.845 to
// 0.844); reading given names, names spelt from another alphabet and
// relative clauses took declines to 42 and off-topic answers to 46.
// When eval18 and eval19 joined (nineteen sets), the choice moved the
// vectors from 0.5 to 0.25, the intent weight from 1 to 0.5 and the
// answers' related share from 0.5 to 0.25; with them came naming
// sentences ("called", "termed"), everyday words read through plain ones
// for abstention ("perks", "bigwigs"), the noun a question asks for
// declining it when the text lacks it ("best app ..."), and lower-case
// names read as names in answers. Pooled held out over nineteen: recall@1
// 0.876 to 0.874, declines 58 to 34 of 1522, off-topic answers 59 to 44
// of 333, answer precision 0.850 to 0.845. What fell: eval's MRR (0.902
// to 0.900) and answer precision (0.892 to 0.861, with the vectors at
// 0.25), eval11's
// and eval9's recall@3 (0.990 to 0.980, 0.951 to 0.938), answer precision
// on eval14 (0.838 to 0.820), eval15 (0.743 to 0.712: slangy questions
// answered now, some from a wrong passage) and eval3 (0.910 to 0.908).
// Then a misspelling the corpus offers nothing for came to be read as a
// word of general English, and "upfront", "candid" and "frank" as asking
// of the author's stance: eval17's recall@1 rose (0.823 to 0.835), and
// eval16's answer precision fell from 0.800 to 0.799.
// When eval20 and eval21 joined, the choice was made over the essay's
// twenty-one sets and the two development texts (Civil Disobedience, On
// Liberty): chosen on the essay's sets alone, it moved the vectors to 0.5
// and the related words to 0.2, a lean to the essay's questions; over all
// twenty-three it keeps the weights in use. Pooled held out over
// twenty-three: recall@1 0.863, recall@3 0.957, MRR 0.913, 43 of 1850
// declined, 65 of 403 answered, answer precision 0.837, part recall
// 0.886. With two more sets in every fold's choice, some held-out
// figures fell: eval17's recall@1 (0.835 to 0.810), eval15's (0.778 to
// 0.765), eval6's (0.962 to 0.949), eval10's (0.956 to 0.945) and
// eval13's (0.930 to 0.922), eval11's recall@3 (0.980 to 0.969) and
// answer precision (0.862 to 0.848); eval3's decline went.
// Then idioms came to be read through the plain words they mean ("call
// the shots"), questions of the text as a publication and of what a
// cited source wrote on a topic it is not cited for to be declined, a
// rare word one slip from a common one to be respelled ("stoped"), and a
// later part's passage to need the part's own words (part words 1.2);
// the choice moved the vectors from 0.25 to 0.5. Pooled held out over
// twenty-three: recall@1 0.863 to 0.878, recall@3 0.957 to 0.962, MRR
// 0.913 to 0.923, off-topic answered 65 to 57 of 403, answer precision
// 0.837 to 0.859, but declines 43 to 47 of 1850 and part recall 0.886
// to 0.884. What fell: declines on eval14 (1 to 3), eval17 (3 to 5),
// eval19 (4 to 6), eval4 (1 to 2) and Civil Disobedience (3 to 4: "get
// rid of the goverment", "rid" now standing in as "abolish"), mostly
// idioms' plain words the text lacks at the weights chosen on the other
// sets; eval10 answered one more off-topic question (5); recall@3 on
// eval (0.950 to 0.933), eval14 (0.947 to 0.934) and eval3 (1 to 0.986);
// part recall on eval18 (0.750 to 0.714: a later part that shares only
// "marx" with ¶61 no longer brings it) and eval4 (1 to 0.875); answer
// precision on eval9 (0.902 to 0.887), eval8 (0.856 to 0.854), eval17
// and eval (by 0.001).
// When eval22 and eval23 joined (twenty-five sets with the development
// texts), the folds chose common known 0.25 where 0.5 is in use: pooled
// held out over twenty-five, recall@1 0.877, recall@3 0.962, MRR 0.922,
// 61 of 2046 declined, 67 of 438 answered, answer precision 0.857, part
// recall 0.887. What fell: declines on eval12 (4 to 6), eval21 (1 to 3),
// eval13, eval14, eval15, eval18, eval4 and eval8 (one each); recall@1
// and MRR on eval14 (0.842 to 0.816) and eval5 (0.948 to 0.922); answer
// precision on eval (0.860 to 0.842), eval5 (0.932 to 0.918), eval10,
// eval14, eval8, eval9 and Civil Disobedience (by 0.003 to 0.009).
// Then this round: an idiom's word the corpus holds searched through the
// idiom's plain words alone ("charge" of "in charge"), admission words
// read as stance only of the author's own outlook, questions asking two
// things, titles, quoted words' authors, a year given only as a cited
// work's date, sums of money (abstention), a marker's "he" its note
// names, and cross-validation keeping the setting in use on a near tie.
// The choice moved minimum support to 0.675, common known to 0.25 and
// the answers' related share to 0.5. Pooled held out over twenty-five:
// recall@1 0.877 to 0.890, recall@3 0.962 to 0.965, MRR 0.922 to 0.930,
// declines 61 to 37 of 2046, off-topic answers 67 to 53 of 438, answer
// precision 0.857 to 0.870, part recall 0.887 to 0.902. What fell:
// eval12's recall@1 (0.895 to 0.876), MRR (0.930 to 0.920) and answer
// precision (0.907 to 0.867: its fold no longer picks a setting that
// suited it, for the near tie keeps the one in use); eval21's part recall
// (0.897 to 0.862: "concedes" is no longer searched in a part asking his
// stance); eval5's recall@3 (1 to 0.987: "if Stalin had got his way" is
// read as the idiom "get in the way") and answer precision (0.918 to
// 0.901).
// When eval24 and eval25 joined (twenty-seven sets with the development
// texts), the folds chose the weights in use. Pooled held out over
// twenty-seven: recall@1 0.887, recall@3 0.968, MRR 0.930, 53 of 2266
// declined, 58 of 474 answered, answer precision 0.867, part recall
// 0.890. What fell, as two more sets joined every fold's choice: eval5's
// recall@1 (0.935 to 0.909), MRR (0.960 to 0.943) and answer precision
// (0.901 to 0.888); eval10's part recall (1 to 0.963); eval8's answer
// precision (0.865 to 0.860).
// Then this round: words folded to plain letters (terms), names spelt
// as another language spells them read as the text's (the speller),
// idioms and plain words for "worship", pay and engineers, "run
// things", rewriting history (ranking), noun and verb forms weighed as
// related words (thesaurus), a question asking two things checked
// clause by clause, successors, "Who was X?", "how do I" and scene-setting
// names (abstention), grading and framing words and hedges (answers).
// The folds chose the weights in use. Pooled held out over
// twenty-seven: recall@1 0.887 to 0.903, recall@3 0.968 to 0.978, MRR
// 0.930 to 0.942, declines 53 to 33 of 2266, off-topic answers 58 to 43
// of 474, answer precision 0.867 to 0.881, part recall 0.890 to 0.903.
// What fell: eval11 declined one (0 to 1: "did the big boss actually
// get his way or did the other top guys block him" was answered only
// because "get his way" was misread as "get in the way", stymie);
// eval17's recall@1 (0.886 to 0.873) and answer precision (0.834 to
// 0.817: "Did the big party men ever flat-out argue with Stalin at their
// big meetings" is answered now, from ¶57 before ¶54); eval3's recall@1
// (0.973 to 0.959: "How important does the author think it is to
// uncover the true Soviet history?" ranks ¶52 before ¶63) and MRR;
// eval2's recall@1 (0.944 to 0.926), MRR and answer precision (0.912 to
// 0.882), held out only (its fold's weights); answer precision by 0.001
// to 0.008 on eval, eval13, eval22, eval3 and eval6; eval7's MRR (0.958
// to 0.956).
// When eval26 and eval27 joined, and the development texts came to be
// four (Goldman's and Douglass's sets, the first two test texts, beside
// Thoreau's and Mill's), this round's changes were measured: ranking by
// intent weighed against BM25 and the vectors together, "what year" and
// "where can I find" questions, a name's dictionary kin counted only
// beside the name, every word's other parts of speech in the local
// vectors (version 4), a part of speech the sense-tagged texts never use
// relating nothing ("elect" to "elite"); lower-case names, "US" as an
// acronym, indefinite doers, "At which Congress", an author's work
// published (abstention); a first passage weighed against the part it
// best fits, and a later part pointing back (answers). The folds chose
// the weights in use. Pooled held out over thirty-one: recall@1 0.901,
// recall@3 0.974, MRR 0.938, 51 of 2660 declined, 44 of 550 answered,
// answer precision 0.884, part recall 0.888; over the twenty-nine sets
// of the start of the round (without Goldman and Douglass) recall@1
// 0.904 to 0.915, recall@3 0.979 to 0.981, MRR 0.943 to 0.948, declines
// 43 to 36, off-topic answers 49 to 36. What fell: eval declined one
// ("What do Zhukov and Mukhin think could have kept the party from
// decaying?": its "kept" had met "support" only through the noun sense
// of "keep" now dropped); eval20 declined one ("leningrad afair what
// were those guys accused of", declined as its capitalised form was:
// "accused" does not meet "charges"); eval24's recall@3 (1 to 0.992: a
// two-part question on Western democracy ranks ¶57 fourth); answer
// precision by 0.005 to 0.008 on eval8, eval14, eval15, eval18 and
// eval21; the recall@1 and MRR of Civil Disobedience (0.747 to 0.733,
// 0.816 to 0.809) and On Liberty (0.851 to 0.838, 0.910 to 0.901) in
// their held-out folds only (at the weights in use both are unchanged).
// When eval28 and eval29 joined (thirty-three sets with the four
// development texts), this round's changes were measured: abstention's
// names spelt otherwise (an acronym of words the text writes together, a
// word derived from a name, a name typed by ear or in capitals for
// emphasis, a title before a name, a name in a scene-setting clause, an
// editor or translator a citation gives, a compound name of the text's
// own head word); answers' continuations of a chosen sentence led by a
// pronoun, counted lists read with their items, a later part's evidence
// holding the part's own words; "honestly" and "called back" read as
// they mean. Over the thirty-one sets of the start of the round, at the
// weights in use: declines 51 to 43, answer precision 0.884 to 0.888,
// part recall 0.888 to 0.897 (Douglass 0.400 to 0.650, Goldman 0.588 to
// 0.647), eval13's answer precision 0.949 to 0.948 the only fall. The
// folds chose the weights in use over all thirty-three; held out over
// thirty-three: recall@1 0.896, recall@3 0.974, MRR 0.936, 72 of 2920
// declined, 52 of 591 answered, answer precision 0.884, part recall
// 0.883. What fell is held out only, in folds whose weights, chosen
// with eval28 and eval29 among the other thirty-two, differ from those
// in use: eval's recall@1 and MRR (0.900 to 0.883, 0.940 to 0.933),
// eval17's (0.886 to 0.873, 0.930 to 0.925) with one decline more and
// part recall 0.833 to 0.778, eval19 one decline more, eval27's recall@1
// (0.981 to 0.971), Civil Disobedience's recall@3 and MRR (0.853 to
// 0.840, 0.809 to 0.805).
// Then this round's changes were measured over the thirty-three:
// abstention reading the voice-typed and the librarian's question (words
// split by voice typing joined, or read as the name they sound like; a
// long lower-case name one letter off the text's; "which paragraph says"
// asked of the text; "is he saying"; a kind of thing asked for weighing
// nothing when the text lacks the word; a year inside a name; a
// debater's "con side" as framing), answers (a pointer past an aside,
// informal words held by their plain word, a pronoun's antecedent kept
// when room runs out, "and also" starting a part), ranking ("push back",
// "see through"). The folds chose the weights in use; held out over
// thirty-three: recall@1 0.896 to 0.897, recall@3 0.974, MRR 0.936,
// declines 72 to 52 of 2920, off-topic
// answered 52 to 46 of 591, answer precision 0.884, part recall 0.883 to
// 0.887 (eval28: declines 14 to 6, part recall 0.731 to 0.846; eval29:
// recall@1 0.865 to 0.889, MRR 0.919 to 0.936, declines 13 to 2). What
// fell is answer precision alone, by 0.001 to 0.007, on eval, eval10,
// eval14, eval15, eval18, eval22, eval23, eval24, eval26 (0.876 to
// 0.869), eval4, eval8 and eval9: answers to questions no longer
// declined quote sentences off the gold, and answers that skip an aside
// or keep a pronoun's antecedent quote more or fewer gold sentences.
// When eval30 and eval31 joined (thirty-five sets with the four
// development texts), the folds chose minimum support 0.7 and common
// known 0.5 over all thirty-five (0.675 and 0.25 had been in use), now in
// use; held out over thirty-five: recall@1 0.896, recall@3 0.974, MRR
// 0.936, 62 of 3179 declined, 57 of 641 answered, answer precision 0.883,
// part recall 0.894. What fell is held out only: eval2's recall@1, MRR
// and answer precision (0.981 to 0.944, 0.991 to 0.972, 0.967 to 0.925)
// and eval23's (0.910 to 0.890, 0.943 to 0.935, 0.870 to 0.859), in folds
// whose ranking weights, chosen with eval30 and eval31 among the other
// thirty-four, differ from those in use (at the weights in use both are
// unchanged); eval24's answer precision (0.884 to 0.868: at minimum
// support 0.7 a question on ¶52 is answered from its second passage).
// Then this round's changes were measured over the thirty-five (with one
// gold error of On Liberty's set mended: note 7 names the man its
// question asks for): abstention (a passage holding a plain word for an
// informal one, or a question asking what the text says; an asker's
// premise; a year asked of a thing; a quoted phrase of the text; a tag
// such as ", right?"; "by which congress"; "what happened to X after"),
// answers (a list announced without a count; a connective-led sentence
// not leading; a first part's second passage that adds nothing),
// ranking (a passage named by its place, a country and its adjective, a
// name heard as real words, a quoted phrase; "in this essay" and "to do
// with this essay" as where to look). The folds chose the weights in use;
// held out over thirty-five: recall@1 0.896 to 0.897, recall@3 0.974 to
// 0.976, MRR 0.936 to 0.937, declines 62 to 49 of 3180, off-topic
// answered 57 to 52 of 640, answer precision 0.883 to 0.888,
// part recall 0.894 to 0.896 (eval30: recall@1 0.867 to 0.883, declines
// 9 to 4, off-topic answered 5 to 3). What fell is held out only, in folds
// whose weights, chosen on the other thirty-four, differ from those in
// use (at the weights in use none of these sets lost a question):
// recall@1 and MRR on eval5 (0.961 to 0.935, 0.978 to 0.965), eval13
// (0.957 to 0.948, 0.972 to 0.970), eval20 (0.875 to 0.852, 0.916 to
// 0.901), eval22 (0.979 to 0.969, 0.984 to 0.977), eval24 (0.924 to
// 0.915, 0.957 to 0.954) and On Liberty (0.838 to 0.827, with one
// answerable question more); eval23's MRR (0.935 to 0.933); Civil
// Disobedience's recall@3 and MRR (0.853 to 0.840, 0.809 to 0.805);
// answer precision on eval5, eval11, eval20, eval22, eval24, Civil
// Disobedience (0.737 to 0.717) and On Liberty by 0.002 to 0.020;
// eval12 one decline more; eval26's part recall (0.964 to 0.929, a near
// tie of the answers' settings decided the other way in its fold);
// eval17's answer precision 0.822 to 0.811, the last change ("what does
// china have to do with this essay") moving one answer's sentences.
// When eval32 and eval33 joined (thirty-seven sets with the four
// development texts), the folds chose minimum support 0.675, common known
// 0.25 and an answer's keep fraction 0.6 over all thirty-seven. The keep
// fraction won by less than one part in the pooled score and brought back
// filler the testscripts guard against; a near tie now keeps the default
// (selectionNearTie). With this round's ranking (single digits read as
// words, Latin plurals, "-shun" heard as "-tion"), abstention and answer
// changes, the folds chose minimum support 0.7 and common known 0.5
// again, in use; held out over thirty-seven: recall@1 0.904, recall@3
// 0.977, MRR 0.941, 55 of 3442 declined, 58 of 692 answered, answer
// precision 0.892, part recall 0.902. Against the floors of the round
// before, held out: eval's recall@3 fell 1.000 to 0.983 (one question),
// eval10 answered one off-topic question more (2), answer precision fell
// on eval24 (0.890 to 0.874) and Civil Disobedience (0.737 to 0.728);
// recall@1 rose on eval, eval12, eval14, eval19, eval21, eval23, eval27,
// eval28, eval30 to eval33 and Douglass, and declines fell on eval20,
// eval26, eval29, eval30, eval32 (7 to 6) and eval33 (9 to 6).
// When eval34 and eval35 joined (thirty-nine sets), the folds chose the
// weights in use; held out over thirty-nine: recall@1 0.902, recall@3
// 0.976, MRR 0.940, 74 of 3710 declined, 68 of 743 answered, answer
// precision 0.891, part recall 0.901. eval2 and eval17 rose, their folds
// now choosing the weights in use.
var floors = map[string]floor{
	"eval.tsv":               {0.900, 0.983, 0.940, 1, 0, 0.913, 1.000},
	"eval10.tsv":             {0.978, 1.000, 0.989, 0, 2, 0.977, 1.000},
	"eval11.tsv":             {0.969, 0.980, 0.979, 0, 0, 0.925, 1.000},
	"eval12.tsv":             {0.933, 0.990, 0.959, 2, 3, 0.939, 0.792},
	"eval13.tsv":             {0.957, 0.983, 0.972, 1, 2, 0.952, 0.960},
	"eval14.tsv":             {0.908, 0.987, 0.943, 0, 0, 0.898, 1.000},
	"eval15.tsv":             {0.827, 0.963, 0.899, 3, 0, 0.831, 0.964},
	"eval16.tsv":             {0.896, 0.961, 0.931, 2, 3, 0.904, 0.889},
	"eval17.tsv":             {0.886, 0.975, 0.930, 2, 3, 0.840, 0.833},
	"eval18.tsv":             {0.831, 0.987, 0.905, 1, 4, 0.780, 0.750},
	"eval19.tsv":             {0.867, 0.976, 0.924, 1, 0, 0.854, 1.000},
	"eval2.tsv":              {0.981, 1.000, 0.991, 1, 0, 0.967, 1.000},
	"eval20.tsv":             {0.875, 0.955, 0.916, 1, 0, 0.890, 0.875},
	"eval21.tsv":             {0.956, 1.000, 0.976, 0, 0, 0.925, 0.862},
	"eval22.tsv":             {0.979, 0.990, 0.984, 0, 0, 0.958, 1.000},
	"eval23.tsv":             {0.910, 0.990, 0.943, 0, 0, 0.870, 0.900},
	"eval24.tsv":             {0.924, 0.992, 0.957, 1, 0, 0.874, 0.840},
	"eval25.tsv":             {0.882, 0.980, 0.935, 0, 0, 0.867, 0.897},
	"eval26.tsv":             {0.889, 0.991, 0.939, 1, 1, 0.879, 0.929},
	"eval27.tsv":             {0.981, 1.000, 0.990, 2, 3, 0.972, 0.867},
	"eval28.tsv":             {0.873, 0.993, 0.926, 4, 1, 0.857, 0.846},
	"eval29.tsv":             {0.889, 0.984, 0.937, 1, 1, 0.879, 0.750},
	"eval3.tsv":              {0.973, 1.000, 0.986, 0, 0, 0.949, 1.000},
	"eval30.tsv":             {0.906, 0.961, 0.937, 3, 3, 0.873, 0.952},
	"eval31.tsv":             {0.954, 1.000, 0.977, 0, 5, 0.963, 1.000},
	"eval32.tsv":             {0.915, 0.985, 0.948, 6, 3, 0.935, 0.913},
	"eval33.tsv":             {0.924, 0.977, 0.952, 6, 3, 0.899, 0.940},
	"eval34.tsv":             {0.918, 0.993, 0.951, 12, 5, 0.917, 0.968},
	"eval35.tsv":             {0.813, 0.948, 0.883, 8, 5, 0.807, 0.788},
	"eval4.tsv":              {0.969, 1.000, 0.982, 1, 1, 0.956, 1.000},
	"eval5.tsv":              {0.961, 1.000, 0.978, 0, 0, 0.940, 1.000},
	"eval6.tsv":              {1.000, 1.000, 1.000, 0, 0, 0.958, 1.000},
	"eval7.tsv":              {0.924, 0.985, 0.956, 0, 0, 0.915, 1},
	"eval8.tsv":              {0.918, 1.000, 0.959, 0, 1, 0.893, 1.000},
	"eval9.tsv":              {0.901, 0.975, 0.939, 3, 0, 0.941, 0.880},
	"civil-disobedience.tsv": {0.733, 0.853, 0.809, 3, 6, 0.728, 0.654},
	"on-liberty.tsv":         {0.827, 0.960, 0.897, 1, 5, 0.876, 0.850},
	"goldman-kronstadt.tsv":  {0.802, 0.907, 0.864, 3, 5, 0.810, 0.647},
	"douglass-lynched.tsv":   {0.656, 0.854, 0.762, 4, 3, 0.705, 0.650},
}

// builtInSets returns the built-in question sets, parsed.
func builtInSets(t *testing.T) []*Set {
	t.Helper()
	c := essaytest.Embedded(t)
	names, err := fs.Glob(corpus.EvalSets, "*.tsv")
	if err != nil || len(names) == 0 {
		t.Fatalf("no built-in sets: %v", err)
	}
	var sets []*Set
	for _, name := range names {
		sets = append(sets, parseSet(t, corpus.EvalSets, name, c))
	}
	return sets
}

// testdataSets returns the named sets under testdata, each parsed against
// the text it asks about.
func testdataSets(t *testing.T, names []string) []*Set {
	t.Helper()
	var sets []*Set
	for _, name := range names {
		c, err := setText(t, name)
		if err != nil {
			t.Fatal(err)
		}
		sets = append(sets, parseSet(t, os.DirFS("testdata"), name, c))
	}
	return sets
}

// parseSet reads the set named name from fsys and parses it against c.
func parseSet(t *testing.T, fsys fs.FS, name string, c *essay.Corpus) *Set {
	t.Helper()
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		t.Fatal(err)
	}
	set, err := Parse(name, data, c)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// devSets are the question sets about real texts other than the essay
// that weights may be chosen on: cross-validation runs over them beside
// the built-in sets, so that weights chosen for the essay's questions do
// not lean to the essay. The other sets under testdata are never tuned on.
// Goldman's and Douglass's, the first two test texts, became development
// texts once ten had been measured blind: weights and rules chosen on the
// essay alone kept costing the texts nobody read, and two development
// texts were too few to show it while a change was made.
var devSets = []string{"civil-disobedience.tsv", "on-liberty.tsv", "goldman-kronstadt.tsv", "douglass-lynched.tsv"}

// TestCrossValidation runs `eval --cv --compare` over the built-in sets
// and the development sets (the README's command) and checks what the
// README says of it: the weights in use are the ones cross-validation
// chooses on all the sets; each set keeps its held-out figures; and the
// hybrid, with the vectors' weight it chooses, beats every single method
// on held-out recall@1 or MRR and is no worse on the other.
func TestCrossValidation(t *testing.T) {
	if raceEnabled {
		t.Skip("cross-validation searches every setting in one goroutine; the run without -race checks it")
	}
	sets := append(builtInSets(t), testdataSets(t, devSets)...)
	for _, set := range sets {
		if _, ok := floors[set.Name]; !ok {
			t.Errorf("%s has no floor: run eval --cv and add its figures", set.Name)
		}
	}
	prep, err := PrepareTexts(context.Background(), LocalVariants, sets)
	if err != nil {
		t.Fatal(err)
	}
	variants := prep.Variants
	methods := Methods()
	pooled := map[string]*Report{}
	for _, m := range methods {
		// Answers are written for the hybrid, whose answers ask gives,
		// with their selection chosen as the rest is.
		var a Answerer
		if m.Mode == retrieve.Hybrid {
			a = Extractive{Corpus: essaytest.Embedded(t)}
		}
		cv, err := prep.CrossValidate(context.Background(), m, a, 10)
		if err != nil {
			t.Fatal(err)
		}
		pooled[m.Name] = cv.Pooled
		if m.Mode != retrieve.Hybrid {
			continue
		}
		if cv.All.Params != retrieve.DefaultParams || *variants[cv.All.Variant].Weights != embed.DefaultLocalWeights {
			t.Errorf("the weights in use are not those cross-validation chooses on all the sets:\n in use %+v, %+v\n chosen %+v, %+v",
				retrieve.DefaultParams, embed.DefaultLocalWeights, cv.All.Params, *variants[cv.All.Variant].Weights)
		}
		if *cv.AllSelection != generate.DefaultSelection {
			t.Errorf("the answers' selection in use is not the one cross-validation chooses on all the sets:\n in use %+v\n chosen %+v",
				generate.DefaultSelection, *cv.AllSelection)
		}
		if cv.All.Params.SemanticWeight == 0 {
			t.Error("the hybrid's vectors weigh nothing")
		}
		for _, f := range cv.Folds {
			checkFloor(t, f.Report, floors[f.Report.Set])
		}
	}
	hybrid := pooled["hybrid"]
	for _, m := range methods[:len(methods)-1] {
		other := pooled[m.Name]
		better := hybrid.RecallAt1 > other.RecallAt1 && hybrid.MRR >= other.MRR ||
			hybrid.MRR > other.MRR && hybrid.RecallAt1 >= other.RecallAt1
		if !better {
			t.Errorf("held out, the hybrid (recall@1 %.3f, MRR %.3f) does not beat %s (%.3f, %.3f)",
				hybrid.RecallAt1, hybrid.MRR, m.Name, other.RecallAt1, other.MRR)
		}
	}
}

func checkFloor(t *testing.T, rep *Report, want floor) {
	t.Helper()
	for _, f := range []struct {
		what      string
		got, want float64
	}{
		{"recall@1", rep.RecallAt1, want.at1},
		{"recall@3", rep.RecallAt3, want.at3},
		{"MRR", rep.MRR, want.mrr},
		{"answer precision", rep.Answers.Precision, want.answerPrecision},
		{"part recall", rep.Answers.PartRecall, want.partRecall},
	} {
		// The floors are rounded to three places; half a unit of the
		// last is the rounding, not a loss.
		if f.got < f.want-0.0005 {
			t.Errorf("%s: %s = %.4f held out, below %.3f", rep.Set, f.what, f.got, f.want)
		}
	}
	if rep.WronglyAbstained > want.wronglyAbstained || rep.WronglyAnswered > want.wronglyAnswered {
		t.Errorf("%s: %d answerable questions declined and %d unanswerable answered held out, want at most %d and %d",
			rep.Set, rep.WronglyAbstained, rep.WronglyAnswered, want.wronglyAbstained, want.wronglyAnswered)
	}
}

// textFloors are the least the question sets about real texts other than
// the essay may score, with the weights in use. No weight was chosen on
// these texts or sets: each set was written by a reader shown only the
// text, numbered as the parser numbers it. The test sets were committed
// before their first run; the development sets are read to find faults
// (testdata/README.md). Answer precision fell on every text when the
// answers' fifth round read a passage's sentences best first and cut the
// sentence before an empty "It is ...": Civil Disobedience 0.715 to
// 0.683, the others by at most 0.007; Douglass's part recall rose from
// 0.250 to 0.450. Pairs of words side by side cost Douglass one question
// at rank 1 (0.646 to 0.635) and gained Goldman one (0.779 to 0.791).
// The fifteen sets' weights (stand-ins 0.3, concepts 0.15) cut declines
// on Lincoln (13 to 10), Du Bois (5 to 3) and Civil Disobedience (4 to
// 3) and lowered answer precision on Lincoln, Du Bois and Civil
// Disobedience, recall@3 on Du Bois (0.713 to 0.688) and Civil
// Disobedience (0.867 to 0.840), recall@1 on Du Bois (0.613 to 0.600)
// and On Liberty (0.851 to 0.838); Goldman gained one at rank 1. A
// question asking a name the text never gives ("whats the name of the
// jailer", "the name of rousseaus most famous book") is declined: one
// off-topic answer fewer on each development set.
// When a sentence introducing a list (Du Bois sets each item as a
// paragraph) came to be quoted with the list's items, Du Bois's answer
// precision fell from 0.541 to 0.534: the questions that ask what a list
// holds are answered with all of it, but an answer opening with the
// wrong introduction quotes its wrong list too (checked by the refs
// quoted, the questions unread).
// When eval16 and eval17 joined cross-validation (stand-ins 0.5) and a
// question of one part came to be answered from its best passage alone,
// Goldman's MRR fell from 0.865 to 0.864, Lincoln's from 0.642 to 0.640
// with one more decline (11) and answer precision 0.485 to 0.457, Du
// Bois answered one more off-topic question (7); answer precision rose on
// Douglass, Du Bois, Paine and both development sets.
// When eval18 and eval19 joined cross-validation and the choice above
// was put in use, with this round's naming, abstention and answer
// changes: Goldman fell (recall@1 0.802 to 0.779, MRR 0.864 to 0.843, one
// more decline, answer precision 0.778 to 0.767), Douglass (recall@1
// 0.635 to 0.625, MRR 0.744 to 0.731), Lincoln (MRR 0.640 to 0.633, 14
// declines for 11), Du Bois's answer precision (0.567 to 0.564), Paine
// two more declines and recall@3 (0.847 to 0.835), Civil Disobedience's
// recall@3 and MRR (0.840 to 0.827, 0.815 to 0.812); Paine's recall@1
// rose (0.635 to 0.671), Turner's (0.714 to 0.738) and On Liberty's (0.838
// to 0.878). Most of the falls on Goldman and Douglass came with the
// vectors' weight falling to 0.25: chosen on the essay's sets alone, the
// weights lean to the essay. (Figures read from `eval --compare`, the
// test sets' questions unread.)
// With idioms, publication questions, part words and the vectors back at
// 0.5 (this round): Paine fell (recall@1 0.671 to 0.635, MRR 0.762 to
// 0.743; it had risen as much when the vectors went to 0.25), Turner's
// answer precision (0.759 to 0.754) and part recall (0.690 to 0.655), Du
// Bois's and Beard's answer precision (0.564 to 0.560, 0.682 to 0.679),
// On Liberty's recall@1 (0.878 to 0.851) and MRR (0.918 to 0.905), and
// Civil Disobedience declined one more ("get rid of the goverment": "rid"
// stands in as "abolish"); Goldman, Douglass, Lincoln, Turner's recall
// rose. (Figures read from `eval --compare`, the test sets' questions
// unread.)
// This round (idioms' words read through their plain words, abstention's
// titles, quoted words, cited years and sums, the twenty-five sets'
// weights: common known 0.25, minimum support 0.675): Douglass fell
// (recall@1 0.635 to 0.625, MRR 0.742 to 0.737, answer precision 0.678
// to 0.650), Goldman declined one more (9) and its answer precision fell
// (0.780 to 0.754), Lincoln and Beard declined one more each (15, 7),
// Paine's part recall fell (0.700 to 0.650) and Civil Disobedience's
// answer precision (0.713 to 0.702); off-topic answers fell on every
// text but Paine, Lincoln's, Du Bois's and Paine's recall@1 rose.
// (Figures read from `eval --compare`, the test sets' questions unread.)
// This round (words folded to plain letters, other languages' spellings
// of names, idioms and forms in ranking, abstention's clause-by-clause
// and successor tests, editors' and quoted writers' words attributed,
// citations kept whole as sentences, spaced ellipses and "v." and "z. B."
// ending no sentence): Acton fell (recall@1 0.697 to 0.679, recall@3
// 0.817 to 0.807, MRR 0.760 to 0.751, answer precision 0.656 to 0.644),
// as did Turner's answer precision (0.777 to 0.745) and part recall
// (0.655 to 0.621), Beard's MRR (0.749 to 0.748) and answer precision
// (0.684 to 0.676), Douglass's recall@1 (0.625 to 0.615) and MRR (0.737
// to 0.730), Lincoln's declines (15 to 16), Du Bois's and Paine's
// off-topic answers (7 to 8, 6 to 7) and Du Bois's answer precision
// (0.582 to 0.579). The sentence rules that moved Acton, Turner and
// Beard were first taken out because of these figures, then put back:
// they split correctly, and a test text measures, it does not choose.
// Goldman rose (recall@1 0.791 to 0.802, declines 9 to 7, answer
// precision 0.754 to 0.787), as did Gibbon (0.743 to 0.757, off-topic
// answered 6 to 4) and On Liberty's answers (precision 0.835 to 0.875,
// part recall 0.600 to 0.850). (Figures read from `eval --compare`, the
// test sets' questions unread.)
// This round (ranking by intent against both rankings, year and
// where-to-read questions, a name's dictionary kin only beside it, parts
// of speech in the vectors and in the table, abstention's lower-case
// names, acronyms, indefinite doers and Congresses, answers weighing a
// first passage against the part it fits): Gibbon fell (recall@1 0.757
// to 0.743, recall@3 0.900 to 0.886, MRR 0.836 to 0.827, answer
// precision 0.729 to 0.712), Mahan (recall@1 0.714 to 0.696, MRR 0.826
// to 0.815, 5 declined for 4, part recall 0.702 to 0.681), Turner
// (recall@1 0.750 to 0.738, MRR 0.823 to 0.815, answer precision 0.745
// to 0.717), Paine (recall@3 0.835 to 0.824, answer precision 0.651 to
// 0.624, part recall 0.650 to 0.600), Beard's recall@3 (0.816 to 0.796)
// and part recall (0.560 to 0.520), Du Bois's MRR (0.685 to 0.681) and
// answer precision (0.579 to 0.574), Lincoln's MRR (0.651 to 0.649).
// Acton rose (recall@1 0.679 to 0.688, MRR 0.751 to 0.755, answer
// precision 0.644 to 0.650), as did Beard's recall@1 (0.673 to 0.684);
// Du Bois and Paine answered one off-topic question fewer. Pooled over
// the eight test texts: recall@1 0.669 to 0.667, MRR 0.759 to 0.756,
// answer precision 0.649 to 0.643, 64 declined for 63, 44 off-topic
// answered for 46, while the essay's sets gained (README.md). Goldman's
// and Douglass's sets became development sets this round (devSets):
// held here at the weights in use as the other two are. (Figures read
// from `eval --compare`, the test sets' questions unread.)
// When eval28 and eval29 joined cross-validation, this round's changes
// (abstention's names spelt otherwise, answers' pronoun continuations and
// counted lists) moved the test texts' answer precision only: Du Bois
// 0.574 to 0.571 and Acton 0.650 to 0.649, Turner 0.717 to 0.725,
// Gibbon 0.712 to 0.714, Mahan 0.672 to 0.677; ranking, declines and
// off-topic answers held on all nine.
// Then the round's abstention, answer and ranking changes: Turner's
// recall@1 0.738 to 0.726 and MRR 0.815 to 0.807, answer precision 0.725
// to 0.724; Lincoln answered one off-topic question more (8 of 19);
// Acton's answer precision 0.649 to 0.648; Gibbon declined two fewer (15)
// and rose in answer precision (0.714 to 0.719), as did Beard (0.679 to
// 0.683) and Tolstoy (0.680 to 0.682); Civil Disobedience's answer
// precision fell 0.742 to 0.737. Figures read from eval --compare, the
// test sets' questions unread.
// When eval30 and eval31 joined cross-validation, the folds chose
// minimum support 0.7 and common known 0.5, and with them and this
// round's changes (abstention, answers, ranking: see floors) the ten
// test texts pooled held (recall@1 0.701 to 0.703, MRR 0.784 to 0.785,
// 81 declined for 80, 59 off-topic answered for 58): Lincoln rose
// (recall@1 0.523 to 0.534, MRR 0.649 to 0.659, 15 declined for 16),
// Turner (recall@1 0.726 to 0.738, 3 declined for 4), Acton (recall@1
// 0.688 to 0.697, answer precision 0.648 to 0.661), Gibbon (13 declined
// for 15). What fell: Tolstoy declined three more (11 for 8, from the
// higher minimum support alone; the round's changes left it so); Mahan's
// recall@1 0.696 to 0.688, recall@3 0.938 to 0.929, MRR 0.815 to 0.808,
// answer precision 0.677 to 0.668 and part recall 0.681 to 0.638 (one
// off-topic question fewer answered); answer precision on Paine (0.624
// to 0.622) and Marx (0.834 to 0.833). Figures read from eval --compare,
// the test sets' questions unread.
// When eval32 and eval33 joined cross-validation, this round's ranking
// (single digits read as words, Latin plurals, "-shun" heard as "-tion"),
// abstention and answer changes, at minimum support 0.7 and common known
// 0.5 as the folds chose, moved the ten test texts pooled from recall@1
// 0.703 to 0.701, MRR 0.785 to 0.784, 80 declined to 81, 58 off-topic
// answered to 59. What fell: Marx (recall@1 0.891 to 0.876, MRR 0.929 to
// 0.920, 12 declined for 11; recall@3 rose 0.949 to 0.956), Gibbon
// answered one off-topic question more (5), Beard's answer precision
// 0.683 to 0.679. What rose: answer precision on Gibbon (0.728 to 0.754),
// Acton (0.661 to 0.671) and Tolstoy (0.687 to 0.691), part recall on
// Gibbon and Tolstoy, and Douglass (recall@1 0.646 to 0.656). Figures
// read from eval --compare, the test sets' questions unread.
var textFloors = map[string]floor{
	// Blind at their first run (README.md), then held at the weights in
	// use.
	"lincoln-cooper-union.tsv":            {0.534, 0.795, 0.659, 15, 8, 0.517, 0.525},
	"dubois-washington.tsv":               {0.613, 0.713, 0.681, 3, 7, 0.579, 0.875},
	"paine-common-sense.tsv":              {0.647, 0.824, 0.747, 5, 6, 0.622, 0.600},
	"turner-frontier.tsv":                 {0.738, 0.893, 0.813, 3, 4, 0.724, 0.621},
	"beard-historical-interpretation.tsv": {0.684, 0.796, 0.750, 7, 3, 0.679, 0.520},
	// Blind at its first run (internal/eval/README.md): a sixth text, with
	// 105 notes, most of them in French, German or Latin.
	"acton-study-of-history.tsv": {0.697, 0.817, 0.763, 7, 6, 0.671, 0.708},
	// Blind at its first run (internal/eval/README.md): a seventh text,
	// Gibbon's, with 16 notes citing Latin sources.
	"gibbon-general-observations.tsv": {0.743, 0.886, 0.827, 13, 5, 0.754, 0.565},
	// Blind at its first run (internal/eval/README.md): an eighth text,
	// Mahan's, with 6 notes and a closing note.
	"mahan-sea-power.tsv": {0.688, 0.929, 0.809, 5, 6, 0.668, 0.638},
	// Blind at its first run (internal/eval/README.md): a ninth text,
	// Tolstoy's, with no notes.
	"tolstoy-second-epilogue.tsv": {0.696, 0.887, 0.793, 11, 5, 0.691, 0.645},
	// Blind at its first run (internal/eval/README.md): a tenth text,
	// Marx's, with 3 notes.
	"marx-eighteenth-brumaire.tsv": {0.876, 0.956, 0.920, 12, 9, 0.833, 0.786},
	// Blind at its first run (internal/eval/README.md): an eleventh text,
	// chapters 1 to 23 of Thucydides' first book, with no notes.
	"thucydides-archaeology.tsv": {0.806, 0.977, 0.885, 22, 10, 0.801, 0.667},
	// Development sets.
	"civil-disobedience.tsv": {0.747, 0.853, 0.816, 3, 5, 0.728, 0.654},
	"on-liberty.tsv":         {0.840, 0.960, 0.906, 1, 5, 0.888, 0.850},
	"goldman-kronstadt.tsv":  {0.802, 0.907, 0.864, 3, 5, 0.810, 0.647},
	"douglass-lynched.tsv":   {0.656, 0.854, 0.762, 4, 3, 0.705, 0.650},
}

// TestRealTextSets runs each question set about a real text, under
// testdata/, over that text (internal/essay/testdata/texts) as `studyguide
// eval --corpus` does, and holds it to its floor.
func TestRealTextSets(t *testing.T) {
	if raceEnabled {
		t.Skip("every set about a real text, in one goroutine; the run without -race checks it")
	}
	names, err := filepath.Glob(filepath.Join("testdata", "*.tsv"))
	if err != nil || len(names) < len(textFloors) {
		t.Fatalf("%d sets under testdata, want %d: %v", len(names), len(textFloors), err)
	}
	for _, path := range names {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			want, ok := textFloors[name]
			if !ok {
				t.Fatalf("%s has no floor: run it with eval --corpus and add its figures", name)
			}
			c, err := setText(t, name)
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			set, err := Parse(name, data, c)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := Run(context.Background(), retrievetest.New(t, c), Extractive{Corpus: c}, set, 10)
			if err != nil {
				t.Fatal(err)
			}
			checkFloor(t, rep, want)
		})
	}
}

// setText returns the text a set under testdata asks about: the essay for
// a blind set about it that has not yet joined cross-validation
// ("eval14.tsv"), else the text of internal/essay/testdata/texts named as
// the set, with any extension.
func setText(t *testing.T, name string) (*essay.Corpus, error) {
	if strings.HasPrefix(name, "eval") {
		return essaytest.Embedded(t), nil
	}
	texts, err := filepath.Glob(filepath.Join("..", "essay", "testdata", "texts", strings.TrimSuffix(name, ".tsv")+".*"))
	if err != nil || len(texts) != 1 {
		return nil, fmt.Errorf("want one text named as %s, found %v (%v)", name, texts, err)
	}
	return essay.Load(texts[0])
}
