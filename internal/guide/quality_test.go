package guide_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"studyguide/internal/answer"
	"studyguide/internal/citation"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/generate"
	"studyguide/internal/guide"
	"studyguide/internal/render"
	"studyguide/internal/retrieve"
	"studyguide/internal/retrieve/retrievetest"
)

// The classroom-guide quality test reads a guide as its users' programs
// do, from its JSON, and fails on what a teacher would have to fix by
// hand: a quote that is not a whole sentence of its passage, evidence that
// leans on one paragraph, a summary that skips paragraphs, a check
// question that the text's own search does not answer from its key, the
// same prompt with other quotes dropped in, people staged together whom
// the text never names together, too few terms or check questions.

// quality is a guide's JSON, read back as a user's program would.
type quality struct {
	From    string  `json:"from"`
	Edition string  `json:"edition"`
	Caveat  string  `json:"caveat"`
	Basis   *qQuote `json:"basis"`
	Summary []qQuote
	Themes  []struct {
		Name  string  `json:"name"`
		Named *qQuote `json:"named"`
	} `json:"themes"`
	Questions []struct {
		Question   string    `json:"question"`
		Ref        string    `json:"ref"`
		Origin     string    `json:"origin"`
		Evidence   []qQuote  `json:"evidence"`
		Discussion []qPrompt `json:"discussion"`
		Historian  []qPrompt `json:"historian"`
	} `json:"questions"`
	Check []struct {
		Question string  `json:"question"`
		Answer   *qQuote `json:"answer"`
	} `json:"check"`
	KeyTerms []struct {
		Term   string `json:"term"`
		Kind   string `json:"kind"`
		Person bool   `json:"person"`
		Ref    string `json:"ref"`
		Quote  string `json:"quote"`
	} `json:"key_terms"`
	Plan *struct {
		Protocol string `json:"protocol"`
		Sides    []struct {
			Position string   `json:"position"`
			Refs     []string `json:"refs"`
		} `json:"sides"`
	} `json:"plan"`
}

type qQuote struct {
	Ref   string  `json:"ref"`
	Quote string  `json:"quote"`
	Note  *qQuote `json:"note"`
}

type qPrompt struct {
	Level  string   `json:"level"`
	Prompt string   `json:"prompt"`
	Refs   []string `json:"refs"`
}

// readJSON renders g as `guide --format json` does and reads it back.
func readJSON(t *testing.T, g *guide.Guide) quality {
	t.Helper()
	var buf bytes.Buffer
	if err := render.JSON(&buf, render.NewGuideJSON(g)); err != nil {
		t.Fatal(err)
	}
	var q quality
	if err := json.Unmarshal(buf.Bytes(), &q); err != nil {
		t.Fatal(err)
	}
	return q
}

// Minimums a guide a class can use meets.
const (
	// minTerms is eight: a glossary holds the terms, ideas and people a
	// text says something of, never a name it only mentions to reach a
	// count (Candide's first chapters have eleven).
	minTerms       = 8
	minChecks      = 8
	minParagraphs  = 9
	maxQuestionUse = 2
	// longSentence is the length past which a sentence may be cut.
	longSentence = 50
)

// checker holds what the checks of one guide share.
type checker struct {
	t    *testing.T
	name string
	c    *essay.Corpus
	r    *retrieve.Retriever
	// minChecks is the fewest check questions the guide may have.
	minChecks int
	// minParagraphs is the fewest paragraphs its evidence may draw on,
	// or 0 for the package's minParagraphs.
	minParagraphs int
	// lower and midCaps are the words the text writes in lower case, and
	// capitalized inside a sentence (see namesSomeone).
	lower, midCaps map[string]bool
	// part is the part of the guide being checked, for errors.
	part string
	// pronounsRead is set where a quote may open on a pronoun.
	pronounsRead bool
}

func (k *checker) errorf(format string, args ...any) {
	k.t.Helper()
	k.t.Errorf("%s: %s: %s", k.name, k.part, fmt.Sprintf(format, args...))
}

func (k *checker) passage(ref string) *essay.Passage {
	r, err := essay.ParseRef(ref)
	if err != nil {
		return nil
	}
	p, _ := k.c.Passage(r)
	return p
}

// sentenceOf returns the splitter's sentence of ref that quote is, whole,
// or that it cuts: a cut keeps the opening of a sentence of more than
// longSentence words, ends at a clause boundary and is marked "…".
func (k *checker) sentenceOf(ref, quote string) (essay.Sentence, bool) {
	s, ok := k.single(ref, quote)
	if !ok {
		k.errorf("%s: %q is not one of the passage's sentences, whole", ref, quote)
	}
	return s, ok
}

// single is sentenceOf without the error for a quote that is no sentence.
func (k *checker) single(ref, quote string) (essay.Sentence, bool) {
	p := k.passage(ref)
	if p == nil {
		k.errorf("%q cites %s, which is not in the corpus", quote, ref)
		return essay.Sentence{}, false
	}
	for _, s := range p.Sentences {
		// A summary entry may leave off a quotation mark its sentence
		// does not close or open.
		if s.Text == quote || k.part == "summary" && (s.Text == `"`+quote || s.Text == quote+`"` || s.Text == "“"+quote || s.Text == quote+"”") {
			k.readsAlone(ref, quote)
			return s, true
		}
	}
	cutAt, isCut := strings.CutSuffix(quote, " "+guide.Ellipsis)
	if isCut {
		for _, s := range p.Sentences {
			rest, ok := strings.CutPrefix(s.Text, cutAt)
			if !ok {
				continue
			}
			if n := len(strings.Fields(s.Text)); n <= longSentence {
				k.errorf("%s: %q cuts a sentence of only %d words", ref, quote, n)
			}
			if !regexp.MustCompile(`^(?:[,;:]|\s+--|\s+—|\s+–)`).MatchString(rest) {
				k.errorf("%s: %q is not cut at a clause boundary (it goes on %q)", ref, quote, first(rest, 20))
			}
			k.readsAlone(ref, quote)
			return s, true
		}
	}
	return essay.Sentence{}, false
}

// pronounOpenRe finds a personal pronoun among a quote's first words.
var pronounOpenRe = regexp.MustCompile(`(?i)^(?:\S+\s+){0,3}?(?:he|she|they|him|her|them)\b`)

// readsAlone fails on a quote that opens on a pronoun for someone it does
// not name before it: "He was stymied ...", but not "Hannibal had carried
// her arms", "Scholars ... they", "He who knows" or "he that would save
// his life".
func (k *checker) readsAlone(ref, quote string) {
	if k.pronounsRead {
		return
	}
	m := pronounOpenRe.FindString(quote)
	if rest := strings.TrimLeft(quote[len(m):], " "); m == "" || strings.HasPrefix(rest, "who ") || strings.HasPrefix(rest, "that ") {
		return
	}
	ws := wordsRe.FindAllString(m, -1)
	pronoun := strings.ToLower(ws[len(ws)-1])
	for _, w := range ws[:len(ws)-1] {
		if k.isName(w) || (pronoun == "they" || pronoun == "them") && len(w) > 3 && strings.HasSuffix(w, "s") {
			return
		}
	}
	k.errorf("%s: %q opens on a pronoun and names no one it stands for", ref, quote)
}

// quoted returns the splitter's sentences of ref that quote holds: one,
// whole or cut (see sentenceOf), or a run of whole sentences in order,
// neighbours joined by a space and an ellipsis where sentences are left
// out, whose first sentence names whom the pronouns of the rest stand for.
func (k *checker) quoted(ref, quote string) ([]essay.Sentence, bool) {
	if s, ok := k.single(ref, quote); ok {
		return []essay.Sentence{s}, true
	}
	p := k.passage(ref)
	if p == nil {
		return nil, false
	}
	var run []essay.Sentence
	at := 0
	for i, seg := range strings.Split(quote, " "+guide.Ellipsis+" ") {
		start := -1
		for j := at; j < len(p.Sentences); j++ {
			if strings.HasPrefix(seg, p.Sentences[j].Text) && (i == 0 || j > at) {
				start = j
				break
			}
		}
		if start < 0 {
			k.errorf("%s: %q is neither one of the passage's sentences nor a run of them in order", ref, quote)
			return nil, false
		}
		j, rest := start, seg
		for {
			s := p.Sentences[j]
			var ok bool
			if rest, ok = strings.CutPrefix(rest, s.Text); !ok {
				k.errorf("%s: %q is neither one of the passage's sentences nor a run of them in order", ref, quote)
				return nil, false
			}
			run = append(run, s)
			if rest == "" {
				break
			}
			if rest, ok = strings.CutPrefix(rest, " "); !ok || j+1 >= len(p.Sentences) || p.Sentences[j+1].Block != s.Block {
				k.errorf("%s: %q is neither one of the passage's sentences nor a run of them in order", ref, quote)
				return nil, false
			}
			j++
		}
		at = j + 1
	}
	if len(run) < 2 {
		k.errorf("%s: %q is not one of the passage's sentences, whole", ref, quote)
		return nil, false
	}
	k.verbatim("run", ref, quote)
	k.cited(ref, quote)
	k.readsAlone(ref, run[0].Text)
	names := k.namesSomeone(run[0].Text)
	for _, s := range run[1:] {
		if personOpenRe.MatchString(s.Text) && !names {
			k.errorf("%s: the run %q names no one its %q can stand for", ref, quote, first(s.Text, 20))
		}
	}
	return run, true
}

// personOpenRe finds a pronoun for one person among a sentence's first
// words.
var personOpenRe = regexp.MustCompile(`(?i)^(?:\S+\s+){0,3}(?:he|she|him|her|his)\b`)

// namesSomeone reports whether a sentence gives a name: a capitalized word
// that the text never writes in lower case, after the sentence's first
// word, or first where the text capitalizes it inside a sentence too.
func (k *checker) namesSomeone(sentence string) bool {
	for i, w := range wordsRe.FindAllString(sentence, -1) {
		if k.isName(w) && (i > 0 || k.midCaps[w]) {
			return true
		}
	}
	return false
}

// isName reports whether a word is capitalized and the text never writes
// it in lower case.
func (k *checker) isName(w string) bool {
	if k.lower == nil {
		k.lower, k.midCaps = map[string]bool{}, map[string]bool{}
		for _, p := range k.c.Passages {
			for _, s := range p.Sentences {
				for i, w := range wordsRe.FindAllString(s.Text, -1) {
					switch {
					case unicode.IsLower([]rune(w)[0]):
						k.lower[w] = true
					case i > 0:
						k.midCaps[w] = true
					}
				}
			}
		}
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return unicode.IsUpper([]rune(w)[0]) && len(w) > 2 && !k.lower[strings.ToLower(w)]
}

var wordsRe = regexp.MustCompile(`\p{L}[\p{L}'’-]*`)

func first(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// cited checks a run as the citation checker checks a model's answer:
// quoted with its ref, it is one valid, supported citation and flags
// nothing, its ellipsis and all.
func (k *checker) cited(ref, quote string) {
	k.t.Helper()
	p := k.passage(ref)
	if p == nil {
		return
	}
	rep := citation.Check("The text says “"+quote+"” ["+ref+"].", k.c, []essay.Ref{p.Ref})
	if len(rep.Citations) != 1 || !rep.Citations[0].Supported || len(rep.Invalid) > 0 || len(rep.Unverified) > 0 {
		k.errorf("%s: the run %q does not pass the citation check: %+v", ref, quote, rep)
	}
}

// verbatim checks that every run of quote stands in the passage.
func (k *checker) verbatim(where, ref, quote string) {
	k.t.Helper()
	p := k.passage(ref)
	if p == nil {
		k.errorf("%s: %q cites %s, which is not in the corpus", where, quote, ref)
		return
	}
	for _, part := range strings.Split(quote, guide.Ellipsis) {
		if part = strings.TrimSpace(part); part != "" && !strings.Contains(p.Text(), part) {
			k.errorf("%s: %q is not verbatim in %s", where, part, ref)
		}
	}
}

// Words a standalone footnote sentence may not lean on.
var leansRe = regexp.MustCompile(`(?i)^(?:\S+\s+){0,3}(?:he|she|they|it|this|these|those|his|her|their|its)\b|^That\b|\b(?:this|these|those)\b`)

// evidence checks the evidence of every question: whole sentences, a note
// after the sentence that marks it or alone only when it names its own
// subject, no sentence for more than two questions, and most of the
// text's paragraphs drawn on.
func (k *checker) evidence(g quality) {
	uses := map[string]int{}
	paragraphs := map[string]bool{}
	for _, q := range g.Questions {
		if n := len(q.Evidence); n < guide.MinEvidence || n > guide.MaxEvidence {
			k.errorf("%q has %d pieces of evidence", q.Question, n)
		}
		for _, e := range q.Evidence {
			run, ok := k.quoted(e.Ref, e.Quote)
			if !ok {
				continue
			}
			for _, s := range run {
				uses[e.Ref+"\x00"+s.Text]++
			}
			s := run[len(run)-1]
			p := k.passage(e.Ref)
			if p.Ref.Kind == essay.Paragraph {
				paragraphs[e.Ref] = true
			} else if len(p.CitedBy) > 0 {
				k.errorf("%s is quoted alone, though %v marks it", e.Ref, p.CitedBy)
			} else if leansRe.MatchString(e.Quote) {
				k.errorf("%s is quoted alone and leans on what the reader cannot see: %q", e.Ref, e.Quote)
			}
			if e.Note != nil {
				note := k.passage(e.Note.Ref)
				if note == nil || note.Ref.Kind != essay.Note || s.Note != note.Ref.N {
					k.errorf("%s's note %s is not the note its sentence marks", e.Ref, e.Note.Ref)
				}
				k.sentenceOf(e.Note.Ref, e.Note.Quote)
			}
		}
	}
	for key, n := range uses {
		if n > maxQuestionUse {
			k.errorf("%q is evidence for %d questions", strings.ReplaceAll(key, "\x00", ": "), n)
		}
	}
	least := minParagraphs
	if k.minParagraphs > 0 {
		least = k.minParagraphs
	}
	want := min(least, len(k.paragraphs()))
	if len(paragraphs) < want {
		k.errorf("evidence draws on %d paragraphs, want at least %d", len(paragraphs), want)
	}
}

func (k *checker) paragraphs() []*essay.Passage {
	var out []*essay.Passage
	for _, p := range k.c.Passages {
		if p.Ref.Kind == essay.Paragraph && len(p.Sentences) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// summary checks one whole sentence per paragraph, in order (for a long
// text, of its weightiest paragraphs).
func (k *checker) summary(g quality) {
	paras := k.paragraphs()
	want := len(paras)
	if want > 15 {
		// A brief stays under a page: 15 entries at most.
		want = 15
	}
	if len(g.Summary) != want {
		k.errorf("the summary has %d entries for %d paragraphs", len(g.Summary), len(paras))
	}
	order := map[essay.Ref]int{}
	for i, p := range paras {
		order[p.Ref] = i
	}
	last := -1
	for _, s := range g.Summary {
		// Entries are read in order, one after another: one may open on
		// a pronoun for someone the entry before names, where its
		// paragraph names no one.
		k.pronounsRead = true
		k.quoted(s.Ref, s.Quote)
		k.pronounsRead = false
		// A summary entry is the author's sentence, not a fragment of a
		// quotation: Turner's ¶1 once gave the census's words with a
		// stray closing mark (`... census reports."”`).
		if strings.Count(s.Quote, `"`) == 1 && (strings.HasPrefix(s.Quote, `"`) || strings.HasSuffix(s.Quote, `"`)) || strings.ContainsAny(s.Quote[:1], `)]}”’,;:.-`) {
			k.errorf("summary entry %s is a fragment of a quotation: %q", s.Ref, first(s.Quote, 60))
		}
		p := k.passage(s.Ref)
		if p == nil {
			continue
		}
		i, ok := order[p.Ref]
		if !ok || i <= last {
			k.errorf("summary entry %s is not a paragraph in order", s.Ref)
		}
		last = i
	}
}

// checks asks every check question through the text's own search and
// answer, as `ask` does, and wants its keyed passage cited first.
func (k *checker) checks(g quality, teacher bool) {
	if len(g.Check) < k.minChecks {
		k.errorf("%d check questions, want at least %d", len(g.Check), k.minChecks)
	}
	svc := &answer.Service{Corpus: k.c, Retriever: k.r, Generator: generate.Extractive{}}
	for _, c := range g.Check {
		if !teacher {
			if c.Answer != nil {
				k.errorf("the students' edition gives the answer to %q", c.Question)
			}
			continue
		}
		if c.Answer == nil {
			k.errorf("%q has no answer key", c.Question)
			continue
		}
		if regexp.MustCompile(`(?i)what does the (?:author|text) mean by|_{2,}`).MatchString(c.Question) {
			k.errorf("%q is not a short-answer question on the content", c.Question)
		}
		k.quoted(c.Answer.Ref, c.Answer.Quote)
		ans, err := svc.Ask(context.Background(), answer.Request{Question: c.Question})
		if err != nil {
			k.errorf("ask %q: %v", c.Question, err)
			continue
		}
		if len(ans.Citations) == 0 || ans.Citations[0].Ref != c.Answer.Ref {
			got := "nothing"
			if len(ans.Citations) > 0 {
				got = ans.Citations[0].Ref
			}
			k.errorf("ask %q answers first from %s, not its key %s", c.Question, got, c.Answer.Ref)
		}
	}
}

var (
	curlyRe   = regexp.MustCompile(`“[^“”]*”`)
	singleRe  = regexp.MustCompile(`‘[^‘’]*’`)
	markerRe  = regexp.MustCompile(`\[[^\[\]]*\]`)
	capWordRe = regexp.MustCompile(`\b\p{Lu}[\p{L}'’-]*`)
	digitsRe  = regexp.MustCompile(`\d+`)
)

// skeleton is a prompt with its quotations, refs, terms, names and
// numbers taken out: what is left is its template.
func skeleton(prompt string) string {
	s := curlyRe.ReplaceAllString(prompt, "Q")
	s = singleRe.ReplaceAllString(s, "T")
	s = markerRe.ReplaceAllString(s, "R")
	s = capWordRe.ReplaceAllString(s, "N")
	s = digitsRe.ReplaceAllString(s, "D")
	return strings.Join(strings.Fields(s), " ")
}

// prompts checks that no template writes more than its share of the
// guide's prompts, that every quotation is verbatim in a passage the
// prompt cites, and that people are staged together only where one
// sentence of the text names them both.
func (k *checker) prompts(g quality) {
	limit := 2
	if n := len(g.Questions); n > 6 {
		limit = max(2, n/3)
	}
	skeletons := map[string]int{}
	var people []string
	for _, t := range g.KeyTerms {
		if t.Person {
			people = append(people, t.Term)
		}
	}
	for _, q := range g.Questions {
		if len(q.Discussion) < 3 {
			k.errorf("%q has %d discussion prompts", q.Question, len(q.Discussion))
		}
		var quoted []string
		for _, p := range append(append([]qPrompt{}, q.Discussion...), q.Historian...) {
			skeletons[skeleton(p.Prompt)]++
			for _, m := range curlyRe.FindAllString(p.Prompt, -1) {
				k.readsAlone("a prompt", strings.Trim(m, "“”"))
				for _, e := range quoted {
					if t := strings.Trim(m, "“”"); strings.Contains(e, t) || strings.Contains(t, e) {
						k.errorf("%q quotes %q twice in its prompts", q.Question, first(t, 40))
					}
				}
				quoted = append(quoted, strings.Trim(m, "“”"))
				for _, quote := range strings.Split(strings.Trim(m, "“”"), guide.Ellipsis) {
					quote = strings.TrimSpace(quote)
					found := quote == ""
					for _, ref := range p.Refs {
						if pp := k.passage(ref); pp != nil && strings.Contains(pp.Text(), quote) {
							found = true
						}
					}
					if !found {
						k.errorf("prompt %q quotes %q, which is in none of %v", p.Prompt, quote, p.Refs)
					}
				}
			}
			k.staged(p.Prompt, people)
		}
	}
	for s, n := range skeletons {
		if n > limit {
			k.errorf("%d prompts of %d questions share the template %q (at most %d)", n, len(g.Questions), s, limit)
		}
	}
}

// staged checks that the people a prompt names outside its quotations
// are named together in one sentence of the text.
func (k *checker) staged(prompt string, people []string) {
	bare := curlyRe.ReplaceAllString(prompt, "")
	var named []string
	for _, p := range people {
		if regexp.MustCompile(`\b` + regexp.QuoteMeta(p) + `\b`).MatchString(bare) {
			named = append(named, p)
		}
	}
	if len(named) < 2 {
		return
	}
	for _, p := range k.c.Passages {
		for _, s := range p.Sentences {
			all := true
			for _, n := range named {
				all = all && strings.Contains(s.Text, n)
			}
			if all {
				return
			}
		}
	}
	k.errorf("prompt %q stages %v, whom no sentence of the text names together", prompt, named)
}

// terms checks the glossary: enough terms, each glossed verbatim by a
// sentence that holds it, each marked as defining or using it.
func (k *checker) terms(g quality) {
	if len(g.KeyTerms) < minTerms {
		k.errorf("%d key terms, want at least %d", len(g.KeyTerms), minTerms)
	}
	for _, t := range g.KeyTerms {
		if t.Kind != guide.Defines && t.Kind != guide.Uses {
			k.errorf("key term %q has kind %q", t.Term, t.Kind)
		}
		k.quoted(t.Ref, t.Quote)
	}
}

// quotes checks every other quotation of the guide.
func (k *checker) quotes(g quality) {
	if g.Basis != nil {
		k.verbatim("basis", g.Basis.Ref, g.Basis.Quote)
	}
	for _, th := range g.Themes {
		if th.Named != nil {
			k.verbatim("theme "+th.Name, th.Named.Ref, th.Named.Quote)
		}
	}
	for _, q := range g.Questions {
		if q.Origin != guide.Posed {
			k.verbatim("question", q.Ref, q.Question)
		}
	}
}

// checkGuide runs every check on one guide.
//
//   - least: the fewest check questions the guide may have.
func checkGuide(t *testing.T, name string, c *essay.Corpus, r *retrieve.Retriever, g *guide.Guide, least int) quality {
	t.Helper()
	return checkGuideWith(t, name, c, r, g, &checker{minChecks: least})
}

// checkGuideWith runs every check on one guide, held to k's counts.
func checkGuideWith(t *testing.T, name string, c *essay.Corpus, r *retrieve.Retriever, g *guide.Guide, k *checker) quality {
	t.Helper()
	q := readJSON(t, g)
	k.t, k.name, k.c, k.r = t, name, c, r
	k.part = "evidence"
	k.evidence(q)
	k.part = "summary"
	k.summary(q)
	k.part = "check questions"
	k.checks(q, true)
	k.part = "prompts"
	k.prompts(q)
	k.part = "key terms"
	k.terms(q)
	k.part = "quotes"
	k.quotes(q)
	return q
}

func TestQualityOfTheDefaultGuide(t *testing.T) {
	c := essaytest.Embedded(t)
	r := retrievetest.New(t, c)
	g, err := guide.Build(context.Background(), c, r, "¶56")
	if err != nil {
		t.Fatal(err)
	}
	q := checkGuide(t, "¶56", c, r, g, minChecks)
	if q.Plan == nil || len(q.Plan.Sides) != 2 {
		t.Fatalf("the plan stages no debate with two sides: %+v", q.Plan)
	}
	for _, s := range q.Plan.Sides {
		if s.Position == "" || len(s.Refs) == 0 {
			t.Errorf("side %+v has no position or no passages", s)
		}
	}
	students := readJSON(t, g.ForStudents())
	if students.Edition != guide.StudentEdition || students.Plan != nil {
		t.Errorf("the students' edition is %q with plan %v", students.Edition, students.Plan)
	}
	k := &checker{t: t, name: "¶56 students", c: c, r: r, minChecks: minChecks}
	k.checks(students, false)
}

func TestQualityOfTheGuideFromEveryQuestion(t *testing.T) {
	c := essaytest.Embedded(t)
	r := retrievetest.New(t, c)
	g, err := guide.Build(context.Background(), c, r, guide.All)
	if err != nil {
		t.Fatal(err)
	}
	q := checkGuide(t, "all", c, r, g, minChecks)
	if len(q.Questions) <= 6 {
		t.Errorf("--from all has %d questions", len(q.Questions))
	}
}

// realTexts are texts of other shapes than the built-in essay, from the
// parser's testdata, with the fewest check questions their guides must
// have: a collection of papers that asks its questions, a pamphlet that
// argues with rhetorical ones, an essay, a memoir, a novel's chapters and
// a constitution's amendments meet the whole test. A story told in the
// first person and largely in dialogue meets it all but the count of
// check questions: most of its statements are spoken lines or lean on a
// pronoun ("He was at work again."), and the transformations find six
// that the text's search answers from their key. Nor does it meet the
// count of paragraphs its evidence draws on: the questions it asks are
// Holmes's, inside his quoted words, so its guide is built from its
// claims, and a story in dialogue gives two, whose evidence draws on
// seven paragraphs.
var realTexts = []struct {
	name          string
	minChecks     int
	minParagraphs int
}{
	{"federalist.txt", minChecks, 0},
	{"common-sense.txt", minChecks, 0},
	{"civil-disobedience.md", minChecks, 0},
	{"douglass-narrative.md", minChecks, 0},
	{"candide.md", minChecks, 0},
	{"amendments.md", minChecks, 0},
	{"sherlock-holmes.txt", 6, 7},
}

func TestQualityOfGuidesForOtherTexts(t *testing.T) {
	for _, text := range realTexts {
		name := text.name
		t.Run(name, func(t *testing.T) {
			c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", name))
			if err != nil {
				t.Fatal(err)
			}
			r := retrievetest.New(t, c)
			g, err := guide.Build(context.Background(), c, r, "")
			if err != nil {
				t.Fatal(err)
			}
			q := checkGuideWith(t, name, c, r, g, &checker{minChecks: text.minChecks, minParagraphs: text.minParagraphs})
			if n := len(q.Questions); n == 0 || n > guide.MaxAll {
				t.Errorf("%d questions", n)
			}
			if q.From == guide.Claims && len(q.Questions) > guide.MaxClaims {
				t.Errorf("a guide from claims has %d questions", len(q.Questions))
			}
		})
	}
}
