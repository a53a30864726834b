package guide

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/retrieve"
	"studyguide/internal/retrieve/retrievetest"
)

func retriever(t testing.TB, c *essay.Corpus) *retrieve.Retriever {
	t.Helper()
	return retrievetest.New(t, c)
}

// build returns the built-in essay's guide from from, and the corpus it
// was built from. Each is built once and kept for every test after the
// first: the tests only read them, and a dozen built the same guide.
func build(t testing.TB, from string) (*Guide, *essay.Corpus) {
	t.Helper()
	builtEssay.Lock()
	defer builtEssay.Unlock()
	if b, ok := builtEssay.m[from]; ok {
		return b.g, b.c
	}
	g, c := buildFresh(t, from)
	builtEssay.m[from] = essayGuide{g, c}
	return g, c
}

// buildFresh builds the built-in essay's guide from from anew.
func buildFresh(t testing.TB, from string) (*Guide, *essay.Corpus) {
	t.Helper()
	c := essaytest.Embedded(t)
	g, err := Build(context.Background(), c, retriever(t, c), from)
	if err != nil {
		t.Fatal(err)
	}
	return g, c
}

// essayGuide is a guide of the built-in essay and the corpus it came from.
type essayGuide struct {
	g *Guide
	c *essay.Corpus
}

// builtEssay keeps the essay's guides that build has built, by from.
var builtEssay = struct {
	sync.Mutex
	m map[string]essayGuide
}{m: map[string]essayGuide{}}

func TestGuideCoversEveryQuestionOfParagraph56(t *testing.T) {
	g, c := build(t, "¶56")
	p56, _ := c.Lookup("¶56")
	want := p56.Questions()
	got := g.Questions()
	if len(got) != 6 || len(want) != 6 {
		t.Fatalf("guide has %d questions, ¶56 asks %d; want 6", len(got), len(want))
	}
	for i, q := range got {
		if q.Text != want[i].Text || q.Ref != p56.Ref || q.Origin != Asked {
			t.Errorf("question %d = %q %s %s, want %q ¶56 asked", i+1, q.Text, q.Ref, q.Origin, want[i].Text)
		}
		levels := map[string]bool{}
		for _, p := range q.Discussion {
			levels[p.Level] = true
			if len(p.Refs) == 0 {
				t.Errorf("prompt %q cites nothing", p.Text)
			}
		}
		if len(levels) < 3 || len(levels) != len(q.Discussion) {
			t.Errorf("%q has discussion levels %v, want at least three, each once", q.Text, levels)
		}
		if n := len(q.Historian); n < 2 || q.Historian[n-1].Level != Counterpoint {
			t.Errorf("%q has historian's prompts %+v, want two or more ending on a counterpoint", q.Text, q.Historian)
		}
	}
}

func TestThemesOfParagraph56AreNamedByTheEssay(t *testing.T) {
	g, _ := build(t, "56")
	if len(g.Themes) != 2 {
		t.Fatalf("got %d themes, want 2", len(g.Themes))
	}
	for i, want := range []string{"democracy", "the role of the party"} {
		th := g.Themes[i]
		if th.Name != want || th.Named == nil || th.Named.Ref.String() != "¶57" {
			t.Errorf("theme %d = %q named by %+v, want %q named in ¶57", i+1, th.Name, th.Named, want)
		}
		if len(th.Questions) != 3 {
			t.Errorf("theme %q has %d questions, want 3", th.Name, len(th.Questions))
		}
	}
	if g.Basis == nil || !strings.Contains(g.Basis.Text, "almost entirely on the basis of others' research") {
		t.Errorf("basis = %+v, want the author's own account of his sources in ¶56", g.Basis)
	}
}

func TestThemesOfEveryQuestionHaveDistinctNames(t *testing.T) {
	g, _ := build(t, All)
	seen := map[string]bool{}
	for _, th := range g.Themes {
		if seen[strings.ToLower(th.Name)] {
			t.Errorf("two themes are called %q", th.Name)
		}
		seen[strings.ToLower(th.Name)] = true
	}
}

func TestEveryRefIsValid(t *testing.T) {
	g, c := build(t, "all")
	check := func(where string, refs []essay.Ref) {
		for _, r := range refs {
			if _, ok := c.Passage(r); !ok {
				t.Errorf("%s cites %s, which is not in the corpus", where, r)
			}
		}
	}
	for _, q := range g.Questions() {
		for _, p := range append(append([]Prompt{}, q.Discussion...), q.Historian...) {
			check(p.Text, p.Refs)
			for _, m := range regexp.MustCompile(`\[([^\]]+)\]`).FindAllStringSubmatch(p.Text, -1) {
				r, err := essay.ParseRef(m[1])
				if err != nil {
					continue
				}
				if !containsRef(p.Refs, r) {
					t.Errorf("prompt %q marks %s but does not list it in its refs %v", p.Text, r, p.Refs)
				}
			}
		}
	}
	for _, s := range g.Plan.Steps {
		check(s.Activity, s.Refs)
	}
	for _, s := range g.Plan.Sides {
		check(s.Position, s.Refs)
	}
}

func containsRef(refs []essay.Ref, r essay.Ref) bool {
	for _, x := range refs {
		if x == r {
			return true
		}
	}
	return false
}

func TestBuildIsDeterministic(t *testing.T) {
	a, _ := build(t, "all")
	b, _ := buildFresh(t, "all")
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Error("two builds from the same corpus differ")
	}
}

func TestFromAPassageWithoutQuestions(t *testing.T) {
	c := essaytest.Embedded(t)
	_, err := Build(context.Background(), c, retriever(t, c), "¶53")
	if !errors.Is(err, ErrNoQuestions) {
		t.Fatalf("error = %v, want ErrNoQuestions", err)
	}
	if !strings.Contains(err.Error(), "¶51, ¶56, ¶57, ¶58") {
		t.Errorf("error %q does not list the passages that ask questions", err)
	}
	if _, err := Build(context.Background(), c, retriever(t, c), "¶99"); !errors.Is(err, ErrBadFrom) {
		t.Errorf("¶99: error = %v, want ErrBadFrom", err)
	}
}

func TestStudentsEditionHasNoAnswersAndNoPlan(t *testing.T) {
	g, _ := build(t, "¶56")
	s := g.ForStudents()
	if s.Edition != StudentEdition || len(s.Plan.Steps) != 0 || len(s.Check) != len(g.Check) {
		t.Fatalf("students' edition: %s, %d plan steps, %d of %d check questions", s.Edition, len(s.Plan.Steps), len(s.Check), len(g.Check))
	}
	for i, k := range s.Check {
		if k.Answer != nil || k.Question != g.Check[i].Question {
			t.Errorf("check %d = %+v", i, k)
		}
	}
	if g.Check[0].Answer == nil || len(g.Plan.Steps) == 0 {
		t.Error("making the students' edition changed the teacher's")
	}
}

func TestVoiceComesFromMetadata(t *testing.T) {
	g, _ := build(t, "¶56")
	if g.Voice.Caveat == "" || g.Voice.His() != "his" || !g.Voice.Argues() {
		t.Errorf("the built-in essay's voice = %+v", g.Voice)
	}
	c := load(t, "plain.txt", rivers)
	if v := voiceOf(c); v != (Voice{}) || v.His() != "the author's" || v.Him() != "the author" || v.Says() != "writes" {
		t.Errorf("a text without metadata speaks as %+v", v)
	}
	neutral, err := Build(context.Background(), c, retriever(t, c), All)
	if err != nil {
		t.Fatal(err)
	}
	his := regexp.MustCompile(`\b(?:his|he|him|her|she)\b`)
	for _, q := range neutral.Questions() {
		for _, p := range append(append([]Prompt{}, q.Discussion...), q.Historian...) {
			if his.MatchString(curlyRe.ReplaceAllString(p.Text, "")) {
				t.Errorf("a prompt on a text without metadata guesses the author's pronoun: %q", p.Text)
			}
		}
	}
}

// rivers is a small text in numbered paragraphs that asks two questions.
const rivers = `1. Rivers shaped the first cities. Farmers settled along the Nile because the floods left rich silt behind.

2. Did the floods make the pharaohs powerful? Could a kingdom have grown without them?

3. Herodotus called Egypt "the gift of the river." Priests kept records of every flood, and scribes taxed the harvest by them.

4. Later historians doubt Herodotus. They argue that irrigation, not the floods alone, made the harvests reliable.
`

func load(t testing.TB, name, text string) *essay.Corpus {
	t.Helper()
	return essaytest.Text(t, name, text)
}

func TestGuideFromAnotherEssay(t *testing.T) {
	c := load(t, "rivers.txt", rivers)
	g, err := Build(context.Background(), c, retriever(t, c), "")
	if err != nil {
		t.Fatal(err)
	}
	if g.From != All || len(g.Questions()) != 2 || len(g.Themes) != 1 {
		t.Fatalf("from %s: %d questions in %d themes, want 2 in 1", g.From, len(g.Questions()), len(g.Themes))
	}
	if g.Themes[0].Named != nil || g.Themes[0].Name == "" {
		t.Errorf("theme = %+v, want a name of its own", g.Themes[0])
	}
}

// claimsText asks no questions: a guide is built from what it argues.
const claimsText = `1. The canal changed the town. Before it opened, the mills stood idle for half the year because the river ran too low to turn their wheels.

2. The merchants who paid for the canal argued that it would double the town's trade. They were right about the trade, but wrong about who would gain from it.

3. In fact, the mill owners gained most. Their costs fell because coal came cheaply by barge, while the wages they paid did not rise.

4. The workers gained least. Rents rose as new families arrived, so that a weaver in 1840 kept less of his pay than his father had in 1820.

5. Historians still dispute the canal's legacy. Some call it the making of the town; others say it made the town's poor poorer.
`

func TestGuideFromClaimsWhenTheTextAsksNoQuestions(t *testing.T) {
	c := load(t, "canal.txt", claimsText)
	r := retriever(t, c)
	g, err := Build(context.Background(), c, r, "")
	if err != nil {
		t.Fatal(err)
	}
	qs := g.Questions()
	if g.From != Claims || len(qs) == 0 || len(qs) > MaxClaims {
		t.Fatalf("from %s with %d questions, want the text's claims", g.From, len(qs))
	}
	for _, q := range qs {
		p, _ := c.Passage(q.Ref)
		if q.Origin != Claim || p == nil || !strings.Contains(p.Text(), q.Text) || strings.HasSuffix(q.Text, "?") {
			t.Errorf("claim %q [%s] is not a statement of its passage", q.Text, q.Ref)
		}
	}
	if _, err := Build(context.Background(), c, r, All); !errors.Is(err, ErrNoQuestions) {
		t.Errorf("--from all on a text without questions: %v, want ErrNoQuestions", err)
	}
}

func TestGuideFromATeachersQuestions(t *testing.T) {
	c := load(t, "canal.txt", claimsText)
	qs, err := ReadQuestions(strings.NewReader("# for Tuesday\n1. Who gained most from the canal?\n\n- Why did rents rise?\n"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := New(context.Background(), c, retriever(t, c), Options{Questions: qs})
	if err != nil {
		t.Fatal(err)
	}
	got := g.Questions()
	if g.From != Teacher || len(got) != 2 || got[0].Text != "Who gained most from the canal?" || got[0].HasRef() {
		t.Fatalf("from %s: %+v", g.From, got)
	}
	for _, q := range got {
		if len(q.Evidence) == 0 {
			t.Errorf("%q has no evidence", q.Text)
		}
	}
	if _, err := New(context.Background(), c, retriever(t, c), Options{Questions: make([]string, MaxPosed+1)}); !errors.Is(err, ErrTooMany) {
		t.Errorf("too many questions: %v", err)
	}
}

func TestOpenQuestionsLeaveOutDialogueAndRhetoric(t *testing.T) {
	text := `1. "Where are you going?" asked Wood. She did not answer.

2. Is it not plain that the war was lost? Who could doubt it?

3. Why did the harvest fail in 1816? The summer was cold across Europe.

4. "Will you come?" he said. What caused the cold summer of that year?

5. Who does not see the injustice of it? Mr. Hale asked, when the crops failed, who must pay?

7. Shall that climax reverse the process, turn against it, betray it? That is what happened in the city.

8. What country in Europe is prepared to take up such mottoes? Yet in the city these slogans became popular.

9. For instance, how many look upon the flood as other than an accident? How many ships were lost in the flood of 1816?

10. The mill closed, and why? Because the river ran dry. What is the role of the mill in a town? Because the mill never ran, we cannot know. Could he have held the bridge, can it be doubted that he would have won?

6. Was it thus with those, your fathers,
    Who sealed with fire and ropes
    Their loving-kindness to the poor?
`
	c := load(t, "mixed.txt", text)
	b := newBuilder(c, retriever(t, c))
	var got []string
	for _, q := range b.openQuestions() {
		got = append(got, q.Text)
	}
	want := []string{"Why did the harvest fail in 1816?", "What caused the cold summer of that year?", "How many ships were lost in the flood of 1816?", "What is the role of the mill in a town?"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("open questions = %q, want %q", got, want)
	}
}

func TestRolesOfSentences(t *testing.T) {
	for _, c := range []struct {
		text      string
		has, lack role
	}{
		{"The material benefits of high office must have played a decisive role.", flat, hedges},
		// Paine's charter holds "such other matter as is necessary for a
		// charter to contain": a clause of scope, no judgment.
		{"Let them frame a charter, securing freedom to all men, with such other matter as is necessary for a charter to contain.", 0, judges},
		{"A charter is necessary to secure freedom.", judges, 0},
		{"This might suggest that the solution is not to make the state stronger -- as it appears X and Y thought.", hedges, reports},
		{"Maybe Smith and Jones believed that the plan could have prevented its failure.", reports | supposes, 0},
		{"But I suspect that the issue of wages is the fundamental one.", owns | hedges, reports},
		{"Because the provisions were never put into effect, we can never know what would have happened.", uncertain | explains, 0},
		{"The term \"bureaucracy\" points to one kind of problem.", defines, 0},
		{"They never dealt with the contradiction between theory and practice.", contrasts, 0},
		// Common Sense: "state" is a noun after "The", not a verb of saying.
		{"The state of a king shuts him from the world, yet the business of a king requires him to know it thoroughly.", 0, reports},
		{"It will be said that the charges against the Negro are specific and positive.", reports, 0},
		// Mill's "(be it what it may)" concedes; it hedges nothing.
		{"But I must be permitted to observe, that it is not the feeling sure of a doctrine (be it what it may) which I call an assumption of infallibility.", 0, hedges},
		// Paine gives a view he has heard, to answer it.
		{"I have heard it asserted by some, that as America hath flourished under her former connexion with Great-Britain, that the same connexion is necessary towards her future happiness, and will always have the same effect.", reports, 0},
		// Du Bois: "thought" after "in Negro" is a noun, not Negroes
		// thinking; the sentence is his own view.
		{"Mr. Washington represents in Negro thought the old attitude of adjustment and submission; but adjustment at such a peculiar time as to make his programme unique.", 0, reports},
		// Beard: a modal in a relative clause qualifies the noun before
		// it, not the claim.
		{"Nevertheless, Bancroft constantly recurs in his writings to that higher power which is operating in human affairs, although he avoids citing specific events which may be attributed to it.", 0, hedges},
		// Turner points out a list: "may be mentioned" hedges nothing.
		{"Among the important centers of attraction may be mentioned the following: fertile and favorably situated soils, salt springs, mines, and army posts.", 0, hedges},
		{"It may be noted that the plan might fail.", hedges, 0},
		// Thucydides's ¶22 lists portents: a "fatal visitation, the
		// plague" is a deadly one, not a judgment; Paine's "a thought so
		// fatal and unmanly" and a "fatal mistake" judge.
		{"Old stories of occurrences handed down by tradition, but scantily confirmed by experience, suddenly ceased to be incredible; there were earthquakes of unparalleled extent and violence; eclipses of the sun occurred with a frequency unrecorded in previous history; there were great droughts in sundry places and consequent famines, and that most calamitous and awfully fatal visitation, the plague.", 0, judges},
		{"Should a thought so fatal and unmanly possess the colonies in the present contest, the name of ancestors will be remembered by future generations with detestation.", judges, 0},
		{"Mukhin believes this was a fatal mistake.", judges, 0},
		// Thucydides's ¶6 tells what the rich did: "doing their best"
		// judges nothing.
		{"On the contrary, a modest style of dressing, more in conformity with modern ideas, was first adopted by the Lacedaemonians, the rich doing their best to assimilate their way of life to that of the common people.", 0, judges},
	} {
		r := roles(c.text)
		if c.has != 0 && (!r.has(c.has) || r&c.has != c.has) || c.lack != 0 && r.has(c.lack) {
			t.Errorf("roles(%q) = %b, want %b and not %b", c.text, r, c.has, c.lack)
		}
	}
}

func TestLeaning(t *testing.T) {
	for text, want := range map[string]int{
		"He was stymied by the combined efforts of other leaders.":            leansHard,
		"Nor was he able to control the First Secretaries.":                   leansHard,
		"Mukhin believes this was a fatal mistake.":                           leansHard,
		"It will soon take hold elsewhere.":                                   leansHard,
		"It is a tragedy that we do not have a parallel experience.":          standsAlone,
		"In conversations with Chuev the aged Molotov mused, as he saw it.":   standsAlone,
		"The post of First Secretary was only created after the war.":         standsAlone,
		"Perhaps the real cause is the defense of their own privileges.":      leansLight,
		"A primary purpose of this essay is to introduce others to the work.": standsAlone,
		// Lincoln's ¶44: which fact, the sentence before says; a fact
		// its own sentence states, before or after, leans no harder
		// than any "this".
		"And if there be fault in that fact, that fault is primarily yours.":     leansHard,
		"This circumstance, if duly attended to, will furnish a lesson.":         leansHard,
		"The court was silent, and this fact did not escape the press.":          leansLight,
		"This fact that the court was silent did not escape anyone in the room.": leansLight,
		// Beard's ¶25: "it" is what the sentence before spoke of, though
		// a "that" follows.
		"It is based in the first instance on the doctrine advanced by Jhering that law does not grow.": leansHard,
		// Goldman's ¶66 and ¶39: what "it" stands for is the sentence
		// before's ("The main cause of the defeat ... lies much deeper.").
		"It is to be found in the whole Socialist conception of revolution itself.": leansHard,
		// Goldman's ¶67: "it" after "And" and an opening phrase is the
		// idea the sentence before names; "And in that case it is
		// clear that ..." is the empty "it".
		"And with a few minor alterations it is also the idea of revolution held by all other parties.": leansHard,
		"And in that case it is clear that the plan failed.":                                            standsAlone,
		"It was necessary for it to advance and broaden, to develop into economic reconstruction.":      leansHard,
		"It is necessary to advance and broaden.":                                                       standsAlone,
		// Mahan's ¶18: "the two" are the squadrons named before.
		"The two together numbered two hundred and twenty ships.": leansHard,
		"The two armies met at the river.":                        standsAlone,
		// Douglass's Narrative ¶21: the conception is the one the
		// sentence before names.
		// Thucydides's ¶3: "he" is Homer, named the sentence before;
		// the war in the opening phrase is no one.
		"Born long after the Trojan War, he nowhere calls all of them by that name.": leansHard,
		"I can never get rid of that conception.":                                    leansHard,
		"I can never get rid of the conception of slavery.":                          standsAlone,
		// Locke's ¶119 and ¶114: the pronoun stands for the anyone its
		// own sentence names; "an ordinary man" need not be whom "him"
		// means (Douglass's Narrative ¶15).
		"No body doubts but an express consent, of any man entering into any society, makes him a perfect member of that society.": standsAlone,
		"Every one is born a subject to his father, or his prince.":                                                                standsAlone,
		"A man who does not know what has been thought before him is sure to set an undue value upon his own ideas.":               standsAlone,
		"It was enough to chill the blood of an ordinary man to hear him talk.":                                                    leansLight,
		"The fatal tendency of mankind to leave off thinking about a thing is the cause of half their errors.":                     standsAlone,
	} {
		if got := leaning(text); got != want {
			t.Errorf("leaning(%q) = %d, want %d", text, got, want)
		}
	}
}

func TestDefinesTerm(t *testing.T) {
	for _, c := range []struct {
		text, term string
		want       bool
	}{
		{`But I suspect that the issue of "material incentives," i.e. economic inequality, is the fundamental one.`, "material incentives", true},
		{`The stratum called the nomenklatura grew.`, "nomenklatura", true},
		{`The term "bureaucratism" / "bureaucracy," while it points to one kind of problem, conceals others.`, "bureaucratism", true},
		{`Nor does "democracy" mean that capitalism could ever be voted out.`, "democracy", true},
		{`They never dealt with the contradiction between "Red" and "expert," as this dilemma was termed in China.`, "Red vs expert", true},
		{`What is the role of "representative democracy," that is, of elections?`, "democracy", false},
		{`The democracy of the town was short-lived.`, "democracy", false},
		// Thucydides's ¶6 tells what the Athenians did first.
		{`The Athenians were the first to lay aside their weapons, and to adopt an easier and more luxurious mode of life.`, "Athenians", false},
		{`The Commune was the first workers' government.`, "Commune", true},
	} {
		if got, _ := definesTerm(c.text, c.term); got != c.want {
			t.Errorf("definesTerm(%q, %q) = %v, want %v", c.text, c.term, got, c.want)
		}
	}
}

func TestCutLongSentences(t *testing.T) {
	short := "A short sentence stays whole."
	if cut(short) != short {
		t.Errorf("cut(%q) = %q", short, cut(short))
	}
	long := strings.Repeat("word ", 30) + "and more words; " + strings.Repeat("tail ", 40) + "end."
	got := cut(long)
	if !strings.HasSuffix(got, " "+Ellipsis) || !strings.HasPrefix(long, strings.TrimSuffix(got, " "+Ellipsis)) {
		t.Fatalf("cut = %q", got)
	}
	if rest := long[len(strings.TrimSuffix(got, " "+Ellipsis)):]; !strings.HasPrefix(rest, "; ") {
		t.Errorf("cut not at the clause boundary: goes on %q", rest[:10])
	}
}

func TestExcerptKeepsWholeClauses(t *testing.T) {
	text := "Once we question the idea that elections are sufficient, it follows that the plan, even if implemented, would not have accomplished this either."
	locs := supposesRe.FindAllStringIndex(text, -1)
	got := excerpt(text, locs[len(locs)-1])
	bare := bareQuote(got)
	if got == "" || !strings.Contains(text, bare) || !strings.Contains(got, "would not have") || conjunctionRe.MatchString(bare) {
		t.Errorf("excerpt = %q", got)
	}
	// The clause starts mid-sentence and ends the sentence: the cut is
	// shown before it and nowhere else.
	if !strings.HasPrefix(got, Ellipsis+" ") || strings.HasSuffix(got, Ellipsis) {
		t.Errorf("excerpt %q does not show where it was cut", got)
	}
	// A clause cut from the middle shows both cuts.
	text = "Zhukov and Mukhin seem to believe that the tactic they perceive, and attribute to Stalin and Beria -- that of getting the party leaders out of the business of running the state -- was indeed the best chance of preventing the Party from degenerating."
	locs = reportsRe.FindAllStringIndex(text, -1)
	if got := excerpt(text, locs[len(locs)-1]); got != "" && !strings.HasSuffix(got, " "+Ellipsis) {
		t.Errorf("excerpt %q ends mid-sentence with no ellipsis", got)
	}
	// A cut never leaves a phrase open: not before the noun an adjective
	// qualifies, nor after a word set off by commas, nor on "that".
	for text, re := range map[string]*lazyregexp.Regexp{
		"The material benefits of high Party office must have played an important, even a decisive, role in the development of the stratum called the nomenklatura.":                                             flatRe,
		"Of course, material incentives had been thought necessary, first, to recruit skilled but bourgeois, anti-communist and anti-working-class intellectuals into helping build the USSR's industrial base.": reportsRe,
	} {
		locs := re.FindAllStringIndex(text, -1)
		if got := excerpt(text, locs[len(locs)-1]); strings.HasSuffix(got, "decisive "+Ellipsis) || strings.HasSuffix(got, "important "+Ellipsis) || strings.HasSuffix(got, "first "+Ellipsis) || strings.HasSuffix(got, "bourgeois "+Ellipsis) {
			t.Errorf("excerpt %q leaves a phrase open", got)
		}
	}
}

// TestCutStartsAtAClause holds the cuts prompts once opened mid-clause
// on, from real texts: after "and," or inside an aside (Thoreau, Mill),
// on an apposition or a list's next item (Douglass, Goldman), each
// against a cut that does open a clause.
// TestCutKeepsANoteMarkerWhole checks that a cut after a note's marker
// keeps the marker's closing bracket: "increases[41] …", not
// "increases[41 …".
func TestCutKeepsANoteMarkerWhole(t *testing.T) {
	long := strings.Repeat("word ", 20) + "and it increases[41]; " + strings.Repeat("tail ", 40) + "end."
	if got := cut(long); !strings.HasSuffix(got, "increases[41] "+Ellipsis) {
		t.Errorf("cut = %q, want it to end with the whole marker", got)
	}
}

// TestNoteQuotationAsksNoOpenQuestion checks that a question in a note
// that strings quotations together, each credited to its author and work,
// is the quoted author's, not an open question of the text.
func TestNoteQuotationAsksNoOpenQuestion(t *testing.T) {
	c := essaytest.Text(t, "lecture.md", "# A Lecture\n\nHistory teaches.[^1]\n\n"+
		"[^1]: Our knowledge grows. May we be allowed to imagine the minds of men working together for it? "+
		"May not the increase of knowledge transfigure the world?--JOWETT, Plato, i. 414.\n")
	note, ok := c.Passage(essay.Ref{Kind: essay.Note, N: 1})
	if !ok {
		t.Fatal("no note 1")
	}
	for i, s := range note.Sentences {
		if s.Question && isOpen(note, i) {
			t.Errorf("%q is read as an open question of the text", s.Text)
		}
	}
}

func TestCutStartsAtAClause(t *testing.T) {
	for _, c := range []struct {
		text, at string
		opens    bool
	}{
		{"who even postpone the question of freedom to the question of free-trade, and quietly read the prices-current along with the latest advices from Mexico, after dinner, and, it may be, fall asleep over them both.", "it may be, fall", false},
		{"Upon these charges the tribunal, there is every ground for believing, honestly found him guilty, and condemned the man who probably of all then born had deserved best of mankind, to be put to death as a criminal.", "there is every", false},
		{"All voting is a sort of gaming, like checkers or backgammon, with a slight moral tinge to it, a playing with right and wrong, with moral questions; and betting naturally accompanies it.", "a playing", false},
		{"I not only reject it because it bears upon its face the marks of being a fraud, a make-shift for a malignant purpose, but because it has sprung upon the country simultaneously.", "a make-shift", false},
		{"It is surely not worth all the struggle and sacrifice, the stupendous loss in human life and cultural values that result from every revolution.", "the stupendous", false},
		{"Europe is too thickly planted with kingdoms to be long at peace, and whenever a war breaks out between England and any foreign power, the trade of America goes to ruin, because of her connection with Britain.", "the trade", true},
		// The clause holds only on the condition before it: quoted
		// alone, "the fault is ours" is what Lincoln grants of one case.
		{"If we do repel you by any wrong principle or practice, the fault is ours; but this brings you to where you ought to have started.", "the fault is ours", false},
		{"Once we question the idea that elections are sufficient, it follows that the plan would not have accomplished this either.", "it follows", true},
	} {
		at := strings.Index(c.text, c.at)
		if got := clauseOpens(c.text, at); got != c.opens {
			t.Errorf("clauseOpens(%q) = %v, want %v", c.text[at:], got, c.opens)
		}
	}
}

func TestCheckQuestionsFromStatements(t *testing.T) {
	c := essaytest.Embedded(t)
	b := newBuilder(c, retriever(t, c))
	for text, want := range map[string]string{
		"The material benefits of high Party office must have played an important, even a decisive, role in the development of the stratum called the nomenklatura.": "What must have played an important, even a decisive, role in the development of the stratum called the nomenklatura?",
		"Transcripts of Central Committee Plena show that, though at times leaders did disagree, this occurred rarely.":                                              "What do transcripts of Central Committee Plena show?",
		"In fact, Stalin was never \"all-powerful.\"":                                        "Was Stalin ever \"all-powerful\"?",
		"Whatever the mechanism, the effect of the \"cult\" was authoritarian.":              "How does the author describe the effect of the \"cult\"?",
		"The post of \"First Secretary\" was only created after Stalin's death.":             "When was the post of \"First Secretary\" created?",
		"At the same time, local Party leaders developed dictatorial habits.":                "Who developed dictatorial habits?",
		"The questions one asks inevitably reflect and expose one's own political concerns.": "",
	} {
		wantAsked(t, b, text, want)
	}
}

func TestReadQuestions(t *testing.T) {
	qs, err := ReadQuestions(strings.NewReader("# a comment\n\n 1) What changed?\n* Why?\nWho gained?\n"))
	if err != nil || strings.Join(qs, "|") != "What changed?|Why?|Who gained?" {
		t.Errorf("ReadQuestions = %q, %v", qs, err)
	}
	if _, err := ReadQuestions(strings.NewReader(strings.Repeat("Why?\n", MaxPosed+1))); !errors.Is(err, ErrTooMany) {
		t.Errorf("too many questions: %v", err)
	}
}

var curlyRe = regexp.MustCompile(`“[^“”]*”`)

func BenchmarkBuild(b *testing.B) {
	c := essaytest.Embedded(b)
	r := retriever(b, c)
	for b.Loop() {
		if _, err := Build(context.Background(), c, r, "¶56"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestAroundQuotesWholeSentences(t *testing.T) {
	long := "The council met in the spring of that year to settle the boundary between the two towns, which had quarrelled over the river meadows for a generation; " +
		"it heard the elders of both towns, the surveyors who had walked the line, and the widows whose fields lay on either side of it, " +
		"and it ruled at last that the river itself should be the boundary."
	text := "The towns were old rivals.\n\n" + long + " Nobody was pleased. The quarrel went on. Their children kept it."
	path := filepath.Join(t.TempDir(), "towns.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := essay.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	p := c.Passages[1]
	around := func(words string) Quote {
		t.Helper()
		at := strings.Index(p.Text(), words)
		if at < 0 {
			t.Fatalf("%q is not in %s", words, p.Ref)
		}
		q, ok := Around(c, p, at, at+len(words))
		if !ok {
			t.Fatalf("no quote around %q", words)
		}
		return q
	}
	if q := around("settle the boundary between the two towns"); q.Text != cut(long) || !strings.HasSuffix(q.Text, Ellipsis) {
		t.Errorf("words in a long sentence's opening: %q, want its cut %q", q.Text, cut(long))
	}
	if q := around("the river itself should be the boundary"); q.Text != long {
		t.Errorf("words past a long sentence's cut: %q, want it whole", q.Text)
	}
	if q := around("Nobody was pleased. The quarrel"); q.Text != "Nobody was pleased. The quarrel went on." {
		t.Errorf("words across two sentences: %q, want both whole", q.Text)
	}
	if _, ok := Around(c, p, 0, len(p.Text())); ok {
		t.Error("a passage of four sentences was quoted as one")
	}
}

func TestAroundQuotesTheNoteASentenceMarks(t *testing.T) {
	c := essaytest.Embedded(t)
	for _, p := range c.Passages {
		for _, s := range p.Sentences {
			if s.Note == 0 {
				continue
			}
			note, ok := c.Passage(p.NoteRef(s.Note))
			if !ok {
				continue
			}
			at := strings.Index(p.Text(), s.Text)
			q, ok := Around(c, p, at, at+len(s.Text))
			if !ok || q.Text != s.Text || q.Note == nil || q.Note.Ref != note.Ref || q.Note.Text != note.Sentences[0].Text {
				t.Errorf("around %s %q: %+v, want it with %s", p.Ref, s.Text, q, note.Ref)
			}
			return
		}
	}
	t.Fatal("the essay marks no note the corpus holds")
}

// TestFocusQuestionIsAQuestionWithWords builds the guide of Douglass's
// "Why Is the Negro Lynched?", whose discussion plan stands on one of its
// claims, and reads the plan as a teacher does: the focus question is a
// whole question, not the claim's sentence, and each side of the debate
// starts from the words of a passage it cites, not a bare ref.
func TestFocusQuestionIsAQuestionWithWords(t *testing.T) {
	g := textGuide(t, "douglass-lynched.md")
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "douglass-lynched.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := map[essay.Ref]string{}
	for _, p := range c.Passages {
		text[p.Ref] = p.Text()
	}
	p := g.Plan
	if p.Focus == nil || p.Focus.Origin != Claim || p.Ask == "" {
		t.Fatalf("plan %q has focus %v and ask %q, want a claim put as a question", p.Protocol, p.Focus, p.Ask)
	}
	ask := p.Focus.Text
	if p.Ask != "" {
		ask = p.Ask
	}
	if !strings.HasSuffix(ask, "?") || strings.Contains(ask, Ellipsis) {
		t.Errorf("focus question %q is not a whole question", ask)
	}
	for _, s := range p.Sides {
		if s.Quote == nil {
			t.Errorf("side %q cites %v without words", s.Position, s.Refs)
			continue
		}
		if s.Quote.Ref != s.Refs[0] || !strings.Contains(text[s.Quote.Ref], strings.TrimSuffix(s.Quote.Parts()[0], " "+Ellipsis)) {
			t.Errorf("side %q quotes %q, not words of %s", s.Position, s.Quote.Text, s.Refs[0])
		}
	}
}

// TestDebateSidesBearOnTheClaim reads the discussion plans of texts built
// from their claims as a teacher does. Douglass's plan once staged "the
// claim does not hold" on ¶67, "The proposition to disfranchise the
// coloured voter ... I therefore denounce as a false and cowardly
// proposition", against a claim about calling it a "Negro problem": the
// author's own "false" said of something else. A side's quote must share
// the claim's words, and only a view the text gives as someone else's
// says that the author's claim does not hold. The seminar that stands in
// for a debate turns on a claim the author argues, not a scene.
func TestDebateSidesBearOnTheClaim(t *testing.T) {
	for _, name := range []string{"douglass-lynched.md", "civil-disobedience.md", "on-liberty.txt", "common-sense.txt"} {
		g := textGuide(t, name)
		p := g.Plan
		if p.Focus == nil || p.Focus.Origin != Claim {
			continue
		}
		claim := newSentence(&essay.Passage{}, 0, essay.Sentence{Text: p.Focus.Text})
		for i, side := range p.Sides {
			if side.Quote == nil || strings.Contains(side.Quote.Text, Ellipsis) {
				// A cut quote holds less than the sentence weighed.
				continue
			}
			s := newSentence(&essay.Passage{}, 0, essay.Sentence{Text: side.Quote.Text})
			if n := sharedStems(side.Quote.Text, claim); n < claimShared {
				t.Errorf("%s: side %q quotes %q, which shares %d words with the claim %q", name, side.Position, side.Quote.Text, n, p.Focus.Text)
			}
			if i == 1 && !s.roles.has(reports) {
				t.Errorf("%s: side %q quotes the author's own %q against his claim %q", name, side.Position, side.Quote.Text, p.Focus.Text)
			}
		}
		if name == "douglass-lynched.md" && len(p.Sides) == 0 && !thesisRe.MatchString(p.Focus.Text) {
			t.Errorf("%s: the seminar turns on %q, no claim the author argues", name, p.Focus.Text)
		}
	}
}

// TestClaimEvidenceSharesMoreThanAWord reads the claims of Civil
// Disobedience as a teacher does: "In most cases there is no free
// exercise whatever of the judgment ..." once drew "I should feel as if I
// were worth less in that case." and "But in this case the State has
// provided no way", which share only "case" with it, and "Law never made
// men a whit more just" drew sentences that share only "never". Evidence
// from another paragraph shares two of a claim's words at least, unless
// the claim would have too little without it.
func TestClaimEvidenceSharesMoreThanAWord(t *testing.T) {
	g := textGuide(t, "civil-disobedience.md")
	for _, q := range g.Questions() {
		if q.Origin != Claim || len(q.Evidence) <= MinEvidence {
			// A claim with no more than the least evidence may have
			// needed a quote that shares one word.
			continue
		}
		for _, e := range q.Evidence {
			if e.Ref == q.Ref || strings.Contains(e.Text, Ellipsis) {
				// A cut quote holds less than the sentence weighed.
				continue
			}
			s := newSentence(&essay.Passage{}, 0, essay.Sentence{Text: e.Parts()[0]})
			if n := sharedStems(q.Text, s); n < claimShared {
				t.Errorf("claim %q quotes %s %q, which shares %d of its words", q.Text, e.Ref, e.Text, n)
			}
		}
	}
}

// canals is a small text whose question is answered by the list after it,
// which shares no word with the question.
const canals = `The canal company promised the valley towns cheap freight and steady trade for twenty years. Its directors asked the towns for land, for labour and for a share of their taxes. The towns gave all three. What did they receive in exchange? In those years there came:

1 - A toll doubled twice in a decade.

2 - Floods on the farms beside the locks.

3 - The closing of the old river wharves.

Historians of the valley still argue over whether the canal was worth its price. Some point to the mills that grew up beside it; others to the farms it ruined.
`

// TestListAfterAQuestionAnswersIt builds the guide of a text that asks a
// question at the end of a paragraph and answers it with a list, and
// checks that the list is the question's evidence, first: retrieval, which
// matches words, finds the sentences before the question instead.
func TestListAfterAQuestionAnswersIt(t *testing.T) {
	c := load(t, "canals.md", canals)
	g, err := Build(context.Background(), c, retriever(t, c), "¶1")
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range g.Themes {
		for _, q := range th.Questions {
			if !strings.HasPrefix(q.Text, "What did they receive") {
				continue
			}
			var got []string
			for _, e := range q.Evidence {
				got = append(got, e.Ref.String())
			}
			if len(got) < 3 || strings.Join(got[:3], " ") != "¶2 ¶3 ¶4" {
				t.Errorf("evidence of %q is %q, want the list ¶2 ¶3 ¶4 first", q.Text, got)
			}
			return
		}
	}
	t.Fatal("the guide does not ask the text's question")
}

// TestSourcingSaysWhatThePassagesRestOn reads the ¶56 guide's sourcing
// prompts as a teacher does: none is the template "The text cites no
// source for ...", a prompt that finds passages naming no source asks
// what record would test them, and one that finds a passage naming its
// source quotes it (¶59's Zhukov and Mukhin, ¶61's conversations with
// Felix Chuev).
func TestSourcingSaysWhatThePassagesRestOn(t *testing.T) {
	g, _ := build(t, "")
	named := 0
	for _, q := range g.Questions() {
		for _, p := range q.Historian {
			if p.Level != Sourcing {
				continue
			}
			if strings.Contains(p.Text, "cites no source") {
				t.Errorf("sourcing prompt is the old template: %s", p.Text)
			}
			if strings.Contains(p.Text, "name no record") || strings.Contains(p.Text, "names a record") {
				if !strings.Contains(p.Text, "record (a document") && !strings.Contains(p.Text, "whose records") {
					t.Errorf("sourcing prompt finds passages without support but asks for nothing: %s", p.Text)
				}
			}
			if strings.Contains(p.Text, "names its source: “") {
				named++
				if len(p.Quotes) == 0 {
					t.Errorf("sourcing prompt names a source but quotes none: %s", p.Text)
				}
			}
		}
	}
	if named == 0 {
		t.Errorf("no sourcing prompt quotes the source a passage names")
	}
}

// TestClaimsGuideOfASpeechTurnsOnItsSumming reads Lincoln's Cooper Union
// Address, which states no list of open questions: its seminar turns on
// ¶33, where the speech sums its inquiry up ("The sum of the whole is,
// that ..."), not on ¶16, a step on the way; and the guide says atop
// that its claims are the author's, not settled fact.
func TestClaimsGuideOfASpeechTurnsOnItsSumming(t *testing.T) {
	g := textGuide(t, "lincoln-cooper-union.txt")
	if g.Plan.Focus == nil || g.Plan.Focus.Ref.String() != "¶33" {
		t.Errorf("focus %v, want ¶33", g.Plan.Focus)
	}
	if !strings.Contains(g.Caveat(), "not settled fact") {
		t.Errorf("caveat %q does not say the claims are the author's", g.Caveat())
	}
	// ¶72 answers "what will convince them?" with the demands Lincoln
	// puts in his opponents' mouths ("Senator Douglas's new sedition law
	// must be enacted ..."): none of them is his claim.
	for _, q := range g.Questions() {
		if q.Ref.String() == "¶72" {
			t.Errorf("claim %q is a demand Lincoln gives as his opponents'", q.Text)
		}
	}
	// Nor is it his evidence, his summary or an answer to look up,
	// unless the guide says whose demand it is: claim 1.8 once listed
	// the sedition law as evidence, bare.
	const sedition = "sedition law must be enacted"
	for _, q := range g.Questions() {
		for _, e := range q.Evidence {
			if strings.Contains(e.Text, sedition) && !strings.Contains(e.Says, "what others demand") {
				t.Errorf("evidence for %q gives the opponents' demand as Lincoln's: %q", q.Text, e.Text)
			}
			if e.Says != "" && e.Ref.String() != "¶72" {
				t.Errorf("evidence %s %q is said to be others' demand", e.Ref, e.Text)
			}
		}
	}
	for _, s := range g.Summary {
		if strings.Contains(s.Text, sedition) {
			t.Errorf("the summary gives the opponents' demand as Lincoln's: %q", s.Text)
		}
	}
	for _, k := range g.Terms {
		if strings.Contains(k.Quote.Text, sedition) {
			t.Errorf("key term %q is glossed by the opponents' demand", k.Term)
		}
	}
	for _, k := range g.Check {
		if strings.Contains(k.Answer.Text, sedition) {
			t.Errorf("check question %q is answered by the opponents' demand", k.Question)
		}
	}
}

// TestQuestionsGuideSaysItIsTheAuthorsArgument reads Turner's frontier
// essay, built from its own open questions rather than from claims: its
// evidence is still what the author argues, and the guide must say so
// atop and ask students to weigh it. Its summary, of 15 of its 48
// paragraphs, sums ¶1 up in Turner's words.
func TestQuestionsGuideSaysItIsTheAuthorsArgument(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "turner-frontier.md"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Build(context.Background(), c, retriever(t, c), "")
	if err != nil {
		t.Fatal(err)
	}
	if qs := g.Questions(); len(qs) == 0 || qs[0].Origin != Asked {
		t.Fatalf("Turner's guide is no longer built from its questions")
	}
	if cv := g.Caveat(); !strings.Contains(cv, "not settled fact") || !strings.Contains(cv, "Weigh") {
		t.Errorf("caveat %q does not say the evidence is the author's argument to weigh", cv)
	}
	// The text in brief keeps the first paragraph, and gives it Turner's
	// own thesis rather than the last sentence of the census he quotes.
	if len(g.Summary) == 0 || g.Summary[0].Ref.String() != "¶1" {
		t.Fatalf("the summary leaves out ¶1")
	}
	if s := g.Summary[0].Text; strings.Contains(s, `"`) || !strings.Contains(s, "explain American development") {
		t.Errorf("¶1 is summed up by %q", s)
	}
	if g.Paragraphs <= len(g.Summary) {
		t.Errorf("%d paragraphs for %d summary entries: the summary should cover only the weightiest", g.Paragraphs, len(g.Summary))
	}
	// Turner asks three open questions, too few to discuss for a period:
	// his central claims fill the guide out, after his questions, from
	// paragraphs away from those that ask.
	qs := g.Questions()
	if len(qs) < 5 {
		t.Errorf("Turner's guide has %d questions, too few to discuss", len(qs))
	}
	asking := map[string]bool{}
	claims := 0
	for i, q := range qs {
		switch q.Origin {
		case Asked:
			asking[q.Ref.String()] = true
			if claims > 0 {
				t.Errorf("question %d %q comes after a claim", i+1, q.Text)
			}
		case Claim:
			claims++
			if asking[q.Ref.String()] {
				t.Errorf("claim %q stands in a paragraph that asks a question", q.Text)
			}
		}
	}
	if claims == 0 {
		t.Errorf("no claim fills out Turner's three questions")
	}
	// His glossary once listed "out Burke" ("This called out Burke's
	// splendid protest:"), glossed Virginia by a sentence that only
	// introduces a quotation ("A representative from western Virginia
	// declared:") and England by "What is true for New England ...".
	for _, k := range g.Terms {
		if strings.HasPrefix(k.Term, "out ") || strings.HasSuffix(strings.TrimSpace(k.Quote.Text), ":") {
			t.Errorf("key term %q glossed by %q", k.Term, k.Quote.Text)
		}
		if k.Term == "England" && strings.Contains(k.Quote.Text, "New England") && !strings.Contains(strings.ReplaceAll(k.Quote.Text, "New England", ""), "England") {
			t.Errorf("England is glossed by a sentence about New England: %q", k.Quote.Text)
		}
	}
}

// TestBeardsGuideIsBuiltFromHisClaims reads Beard's "Historical
// Interpretation in the United States", which asks one question of its
// own: the rest were a supposition that answers itself ("...--would it
// not be pretty conclusively demonstrated that ...?"), an article's
// title his notes cite (“Do we need a Philosophy of Law?”) and a German
// source they quote. Its guide is built from his claims, none of which
// leans on the sentence before ("It is based ..."); it quotes no note in
// German, glosses no title of a cited work, sums up no paragraph with
// half a sentence ("... in the case of McCulloch v."), and puts its
// seminar's claim without "in fact".
func TestBeardsGuideIsBuiltFromHisClaims(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "beard-historical-interpretation.md"))
	if err != nil {
		t.Fatal(err)
	}
	b := newBuilder(c, retriever(t, c))
	var open []string
	for _, q := range b.openQuestions() {
		open = append(open, q.Ref.String())
	}
	if strings.Join(open, " ") != "¶15" {
		t.Errorf("open questions in %v, want only ¶15's", open)
	}
	g, err := Build(context.Background(), c, retriever(t, c), "")
	if err != nil {
		t.Fatal(err)
	}
	if g.From != Claims {
		t.Fatalf("Beard's guide is built from %q, not his claims", g.From)
	}
	for _, q := range g.Questions() {
		if leaning(q.Text) != standsAlone {
			t.Errorf("claim %s %q leans on the sentence before it", q.Ref, q.Text)
		}
		for _, e := range q.Evidence {
			if e.Note != nil && foreign(e.Note.Text) {
				t.Errorf("evidence %s quotes its note in another language: %q", e.Ref, e.Note.Text)
			}
		}
	}
	for _, k := range g.Terms {
		if k.Term == "Mechanical Jurisprudence" || k.Term == "Modern Legal Philosophy Series" || k.Term == "ordained and established" {
			t.Errorf("the glossary lists %q, no term of the text's", k.Term)
		}
	}
	// Bancroft, the first school's historian, "constantly recurs in his
	// writings to that “higher power”": the glossary says so.
	if !slices.ContainsFunc(g.Terms, func(k Term) bool { return k.Term == "Bancroft" && k.Person }) {
		t.Errorf("the glossary leaves out Bancroft")
	}
	for _, s := range g.Summary {
		if strings.HasSuffix(s.Text, " v.") || strings.HasSuffix(s.Text, " v. Maryland") {
			t.Errorf("the summary gives half a sentence for %s: %q", s.Ref, s.Text)
		}
	}
	if strings.Contains(g.Plan.Ask, "that in fact") {
		t.Errorf("the seminar asks %q", g.Plan.Ask)
	}
}

// TestClaimEvidenceIsNotSharedByChance builds Turner's guide, whose claim
// on the rise of democracy once drew "Good soils have been the most
// continuous attraction to the farmer's frontier." and "The German and
// Scotch-Irish elements in the frontier of the South were only less
// great.": each shares "frontier", a quarter of the text's sentences, and
// one word the claim uses of something else ("all of its good", "evil
// elements").
func TestClaimEvidenceIsNotSharedByChance(t *testing.T) {
	g := textGuide(t, "turner-frontier.md")
	found := false
	for _, q := range g.Questions() {
		if q.Origin != Claim || !strings.Contains(q.Text, "rise of democracy") {
			continue
		}
		found = true
		for _, e := range q.Evidence {
			if strings.HasPrefix(e.Text, "Good soils") || strings.Contains(e.Text, "Scotch-Irish elements") {
				t.Errorf("claim %q quotes %s %q, which shares only common words with it", q.Text, e.Ref, e.Text)
			}
		}
	}
	if !found {
		t.Fatal("Turner's guide has no claim on the rise of democracy")
	}
}

// TestSeveralAuthorsWrite reads the metadata of a real text of three
// authors, whose theme was named "what Elizabeth Cady Stanton, Susan B.
// Anthony, and Matilda Joslyn Gage writes", and the essay's, of one.
func TestSeveralAuthorsWrite(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "woman-suffrage.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if v := voiceOf(c); v.Says() != "write" && v.Says() != "argue" {
		t.Errorf("the voice of %q says %q", v.Author, v.Says())
	}
	if v := voiceOf(essaytest.Embedded(t)); v.Says() != "argues" {
		t.Errorf("the essay's voice says %q", v.Says())
	}
}

// TestSeminarAsksTheClaimNotItsConnectives builds three guides whose
// focus claim opened the seminar's question on words that join it to
// the sentence before or hedge it: "Does the text show that therefore if
// any two men ..." (Leviathan), "... that plainly enough, it is not the
// ignorance ..." (Douglass's "Lynched"), "... that perhaps the
// sentiments ..." (Common Sense), which asks whether the text shows a
// doubt; a hedged claim is quoted whole instead.
func TestSeminarAsksTheClaimNotItsConnectives(t *testing.T) {
	for name, want := range map[string]string{
		"hobbes-leviathan.md": "Does the text show that if any two men desire the same thing",
		"douglass-lynched.md": "Does the text show that it is not the ignorance of the Negro",
		"common-sense.txt":    "Does the text bear out the claim “Perhaps the sentiments contained in the following pages",
	} {
		if ask := textGuide(t, name).Plan.Ask; !strings.HasPrefix(ask, want) {
			t.Errorf("%s: the seminar asks %q, want it to open %q", name, ask, want)
		}
	}
}

// TestSeminarAsksWhatANarratedClaimIsFor builds the guides of two
// stories, whose seminars asked a class to prove what the story only
// tells: "Does the text show that three times the oars thus pushed and
// pulled against each other?" (Ben-Hur), "... that the Baron was one of
// the most powerful lords in Westphalia, for his castle had not only a
// gate, but windows?" (Candide). A told event is asked what the story
// makes of it, and so is every scene of a story, though its sentence
// reads as no told event: the Scandal in Bohemia's seminar asked "Does
// the story bear out the claim “I caught a glimpse of rushing figures
// ...”?". An argued claim is still asked whether the text shows it
// (TestSeminarAsksTheClaimNotItsConnectives).
func TestSeminarAsksWhatANarratedClaimIsFor(t *testing.T) {
	for name, want := range map[string]string{
		"ben-hur.md":          "What does the story lead its reader to make of “Three times the oars thus pushed and pulled against each other”?",
		"candide.md":          "What does the story lead its reader to make of “In a castle of Westphalia, belonging to the Baron of Thunder-ten-Tronckh, lived a youth, whom nature had endowed with the most gentle manners”?",
		"sherlock-holmes.txt": "What does the story lead its reader to make of “I caught a glimpse of rushing figures, and a moment later the voice of Holmes from within assuring them that it was a false alarm”?",
	} {
		if ask := textGuide(t, name).Plan.Ask; ask != want {
			t.Errorf("%s: the seminar asks %q, want %q", name, ask, want)
		}
	}
	for text, want := range map[string]bool{
		"An able surgeon cured Candide in three weeks by means of emollients taught by Dioscorides.":              true,
		"Therefore it is unnecessary for a prince to have all the good qualities I have enumerated.":              false,
		"The State idea killed the Russian Revolution and it must have the same result in all other revolutions.": false,
	} {
		if got := narrated(text); got != want {
			t.Errorf("narrated(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestAnAnswerPutAsAQuestionIsNotAsked builds Locke's guide, whose
// "If a subject of England have a child ..., whose subject is he?" the
// text answers at once with a question: "Not the king of England's; for
// he must have leave ...: nor the king of France's; for how then ...?".
// The guide asked that answer as a question of its own.
func TestAnAnswerPutAsAQuestionIsNotAsked(t *testing.T) {
	g := textGuide(t, "locke-second-treatise.md")
	asked := false
	for _, q := range g.Questions() {
		if strings.HasPrefix(q.Text, "Not the king") {
			t.Errorf("%s asks an answer: %.60q", q.Ref.Marker(), q.Text)
		}
		asked = asked || strings.HasSuffix(q.Text, "whose subject is he?")
	}
	if !asked {
		t.Error("the question it answers is no longer asked")
	}
}

// TestContextTakesItsTimeFromTheSentenceBefore builds the essay's guide,
// whose question on "the specific forms of political leadership" quotes
// ¶57's "At the same time, local Party leaders developed dictatorial
// habits ...": the sentence before it names the 1920s, and
// the context prompt fell back to the year the essay was written.
func TestContextTakesItsTimeFromTheSentenceBefore(t *testing.T) {
	g, _ := build(t, "¶56")
	found := false
	for _, q := range g.Questions() {
		if !strings.Contains(q.Text, "specific forms of political leadership") {
			continue
		}
		found = true
		for _, p := range q.Historian {
			if p.Level != Contextualization {
				continue
			}
			if !strings.Contains(p.Text, "names the 1920s") || !strings.Contains(p.Text, "“At the same time") {
				t.Errorf("the context prompt does not take ¶57's 1920s: %s", p.Text)
			}
			if len(p.Quotes) != 2 {
				t.Errorf("the context prompt's quotations are not both cited: %+v", p.Quotes)
			}
			return
		}
		t.Errorf("%q has no context prompt: %+v", q.Text, q.Historian)
	}
	if !found {
		t.Error("the question on political leadership is no longer asked; the test reads nothing")
	}
}

// TestTimeLinkNeedsADateBefore reads the openings that take a sentence's
// time from the one before it, and one that does not.
func TestTimeLinkNeedsADateBefore(t *testing.T) {
	for text, want := range map[string]bool{
		"At the same time, local leaders developed dictatorial habits.": true,
		"Meanwhile, Jivago's army crossed the river.":                   true,
		"That time the roads were closed.":                              false,
		"But at the same time, the army was loyal.":                     true,
		"The same time was set for both meetings.":                      false,
	} {
		if got := timeLinkRe.MatchString(text); got != want {
			t.Errorf("timeLinkRe on %q = %v, want %v", text, got, want)
		}
	}
}

// TestWhyThenNotIsNoOpenQuestion builds Locke's guide, which asked §118's
// "And why then hath not his son, by the same reason, the same liberty
// ...?", a question whose "then ... not" claims what it asks; Douglass's
// "Why was not this charge made at that time as now?", with no "then",
// is still among the questions his text asks.
func TestWhyThenNotIsNoOpenQuestion(t *testing.T) {
	for _, q := range textGuide(t, "locke-second-treatise.md").Questions() {
		if strings.HasPrefix(q.Text, "And why then hath not") {
			t.Errorf("%s asks a question that claims its answer: %.60q", q.Ref.Marker(), q.Text)
		}
	}
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "douglass-lynched.md"))
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for _, p := range c.Passages {
		for i, s := range p.Sentences {
			if strings.HasPrefix(s.Text, "Why was not this charge made") {
				asked = isOpen(p, i)
			}
		}
	}
	if !asked {
		t.Error("Douglass's \"Why was not this charge made ...?\" is no longer an open question")
	}
}
