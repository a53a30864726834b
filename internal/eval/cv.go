package eval

import (
	"context"
	"fmt"
	"maps"
	"math"
	"reflect"
	"slices"
	"sort"
	"strconv"

	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/index"
	"studyguide/internal/retrieve"
)

// Grids of the weights and thresholds cross-validation chooses among.
var (
	rrfKs           = []float64{5, 10, 20, 40}
	semanticWeights = []float64{0.25, 0.5, 0.75, 1, 1.5}
	standInWeights  = []float64{0.3, 0.5, 0.7}
	relatedWeights  = []float64{0.2, 0.35, 0.5}
	noteShares      = []float64{0.8, 0.9, 1}
	orphanShares    = []float64{1, 0.9, 0.8, 0.7}
	// phraseWeights starts at 0: a tie keeps the words weighed one by
	// one.
	phraseWeights     = []float64{0, 0.15, 0.3, 0.6, 1, 1.5}
	sourceShares      = []float64{0.7, 0.85, 1}
	sourceVoices      = []float64{4, 2, 0}
	intentWeights     = []float64{0.5, 1, 2}
	minSupports       = steps(0.4, 0.75, 0.025)
	nameCoverages     = steps(0.25, 0.65, 0.05)
	similarityWeights = []float64{0, 1}
	standInKnowns     = []float64{0, 0.25, 0.5}
	commonKnowns      = []float64{0, 0.25, 0.5}
	relationCoverages = []float64{0, 0.05, 0.1}
	conceptWeights    = []float64{0.15, 0.3, 0.6}
	// keepFractions stops at 0.75: answer precision has no counterweight
	// on a question of one part, and 0.9 quotes one sentence where the
	// text gives two of equal weight (README.md, Log).
	keepFractions = []float64{0.6, 0.75}
	keepSames     = []float64{0.4, 0.6, 0.75}
	passagePowers = []float64{3, 10}
	relatedShares = []float64{0.25, 0.5}
	// partWords holds 0 (a later part's sentence needs only to bear on
	// it) and the weight of about one uncommon word of the question.
	partWords    = []float64{0, 1.2}
	ngramWeights = []float64{0.35}
)

// steps returns from, from+step, ... up to to, rounded to three places.
func steps(from, to, step float64) []float64 {
	var out []float64
	for i := 0; ; i++ {
		x := float64(int64((from+float64(i)*step)*1000+0.5)) / 1000
		if x > to+1e-9 {
			return out
		}
		out = append(out, x)
	}
}

// Variant is one index of the corpus to search: built with one setting of
// the local embedder's weights, or with an embedder that has none to
// choose (an API's).
type Variant struct {
	Retriever *retrieve.Retriever
	// Weights are the local embedder's; nil for another embedder.
	Weights *embed.LocalWeights
}

// LocalVariants indexes corpus c in memory once for each setting of the
// local embedder's weights that cross-validation chooses among.
func LocalVariants(ctx context.Context, c *essay.Corpus) ([]Variant, error) {
	var out []Variant
	for _, cw := range conceptWeights {
		for _, nw := range ngramWeights {
			w := embed.LocalWeights{Concept: cw, Ngram: nw}
			ix, err := index.Build(ctx, c, embed.NewLocalWeighted(0, w), nil)
			if err != nil {
				return nil, err
			}
			out = append(out, Variant{Retriever: &retrieve.Retriever{Corpus: c, Index: ix}, Weights: &w})
		}
	}
	return out, nil
}

// Setting is one choice cross-validation makes: an index (by position
// among the variants) and retrieval's weights.
type Setting struct {
	Variant int
	Params  retrieve.Params
}

// Method is one way of ranking, with the stages of its tuning.
type Method struct {
	Name   string
	Mode   retrieve.Mode
	stages []stage
}

// stage is one step of a method's tuning: the settings to choose among,
// given the one chosen before (the defaults with the first variant, for
// the first stage), and the mode they are measured in.
type stage struct {
	mode retrieve.Mode
	grid func(prev Setting, variants int) []Setting
}

// Methods returns the ranking methods `eval --compare` measures, in table
// order, each with its tuning:
//
//   - BM25 alone, over the question's own words: nothing to tune but
//     abstention.
//   - BM25 expanded, as the hybrid searches it: the weights of stand-in
//     and related words, notes' share of their paragraph's score, the
//     weight of the ranking by a question's intent, and RRF's k; then the
//     weight of the question's pairs of words side by side.
//   - The vectors alone: the embedder's weights, notes' share and k.
//   - The hybrid: first what BM25 expanded tunes, as BM25 expanded; then,
//     as the hybrid, the embedder's weights, k and the vectors' weight,
//     never 0 (that would be BM25 expanded).
//
// Every method's abstention thresholds are chosen last.
func Methods() []Method {
	return []Method{
		{Name: "BM25 alone", Mode: retrieve.PlainLexical},
		{Name: "BM25 expanded", Mode: retrieve.LexicalOnly, stages: []stage{{retrieve.LexicalOnly, lexicalStage}, {retrieve.LexicalOnly, phraseStage}, {retrieve.LexicalOnly, orphanStage}}},
		{Name: "vectors alone", Mode: retrieve.SemanticOnly, stages: []stage{{retrieve.SemanticOnly, vectorStage}, {retrieve.SemanticOnly, orphanStage}}},
		{Name: "hybrid", Mode: retrieve.Hybrid, stages: []stage{{retrieve.LexicalOnly, lexicalStage}, {retrieve.LexicalOnly, phraseStage}, {retrieve.Hybrid, fusionStage}, {retrieve.Hybrid, orphanStage}}},
	}
}

func lexicalStage(prev Setting, _ int) []Setting {
	var out []Setting
	for _, k := range rrfKs {
		for _, st := range standInWeights {
			for _, rw := range relatedWeights {
				for _, ns := range noteShares {
					for _, ss := range sourceShares {
						for _, iw := range intentWeights {
							for _, sv := range sourceVoices {
								p := prev.Params
								p.RRFK, p.StandInWeight, p.RelatedWeight, p.NoteShare, p.SourceShare, p.IntentWeight, p.SourceVoice = k, st, rw, ns, ss, iw, sv
								// The words are weighed one by one here;
								// their pairs, on top, in phraseStage.
								p.PhraseWeight = 0
								out = append(out, Setting{Variant: prev.Variant, Params: p})
							}
						}
					}
				}
			}
		}
	}
	return out
}

// phraseStage chooses the weight of a pair of the question's words side
// by side in a chunk, with the rest of the lexical ranking chosen before.
func phraseStage(prev Setting, _ int) []Setting {
	var out []Setting
	for _, w := range phraseWeights {
		p := prev.Params
		p.PhraseWeight = w
		out = append(out, Setting{Variant: prev.Variant, Params: p})
	}
	return out
}

// orphanStage chooses the share of its score a note no paragraph marks
// keeps, with the rest chosen before.
func orphanStage(prev Setting, _ int) []Setting {
	var out []Setting
	for _, share := range orphanShares {
		p := prev.Params
		p.OrphanShare = share
		out = append(out, Setting{Variant: prev.Variant, Params: p})
	}
	return out
}

func vectorStage(prev Setting, variants int) []Setting {
	var out []Setting
	for v := range variants {
		for _, k := range rrfKs {
			for _, ns := range noteShares {
				for _, ss := range sourceShares {
					p := prev.Params
					p.RRFK, p.NoteShare, p.SourceShare = k, ns, ss
					out = append(out, Setting{Variant: v, Params: p})
				}
			}
		}
	}
	return out
}

func fusionStage(prev Setting, variants int) []Setting {
	var out []Setting
	for v := range variants {
		for _, k := range rrfKs {
			for _, sw := range semanticWeights {
				p := prev.Params
				p.RRFK, p.SemanticWeight = k, sw
				out = append(out, Setting{Variant: v, Params: p})
			}
		}
	}
	return out
}

// Prepared holds every question of some sets analysed for searching in
// each variant, so that each setting tried costs only the ranking.
type Prepared struct {
	Sets []*Set
	// Variants are the indexes of the first set's text; a variant's
	// Weights are the same in every text's indexes.
	Variants []Variant
	// searches[v][i][j] is question j of set i in variant v.
	searches [][][]*retrieve.Search
}

// Prepare analyses every question of sets for each variant. Every set
// is about the variants' corpus.
func Prepare(ctx context.Context, variants []Variant, sets []*Set) (*Prepared, error) {
	if len(variants) == 0 {
		return nil, fmt.Errorf("no index to search")
	}
	return PrepareTexts(ctx, func(context.Context, *essay.Corpus) ([]Variant, error) { return variants, nil }, sets)
}

// PrepareTexts analyses every question of sets about several texts, each
// in the variants variantsOf gives for its set's corpus (see
// LocalVariants), so that cross-validation can choose weights that hold
// across texts rather than on one. Every text must have as many variants,
// with the same weights in the same order.
func PrepareTexts(ctx context.Context, variantsOf func(context.Context, *essay.Corpus) ([]Variant, error), sets []*Set) (*Prepared, error) {
	if len(sets) == 0 {
		return nil, fmt.Errorf("no question set")
	}
	byCorpus := map[*essay.Corpus][]Variant{}
	p := &Prepared{Sets: sets}
	for _, set := range sets {
		if _, ok := byCorpus[set.Corpus]; ok {
			continue
		}
		vs, err := variantsOf(ctx, set.Corpus)
		if err != nil {
			return nil, err
		}
		if len(vs) == 0 {
			return nil, fmt.Errorf("%s: no index to search", set.Name)
		}
		if p.Variants == nil {
			p.Variants = vs
		} else if !sameWeights(vs, p.Variants) {
			return nil, fmt.Errorf("%s: its text's indexes are not built with the same weights as the first set's", set.Name)
		}
		byCorpus[set.Corpus] = vs
	}
	for v := range p.Variants {
		var bySet [][]*retrieve.Search
		for _, set := range sets {
			r := byCorpus[set.Corpus][v].Retriever
			var ss []*retrieve.Search
			for _, q := range set.Questions {
				s, err := r.Prepare(ctx, q.Text)
				if err != nil {
					return nil, fmt.Errorf("%s:%d: %w", set.Name, q.Line, err)
				}
				ss = append(ss, s)
			}
			bySet = append(bySet, ss)
		}
		p.searches = append(p.searches, bySet)
	}
	return p, nil
}

// sameWeights reports whether two texts' variants were built with the
// same weights, in the same order.
func sameWeights(a, b []Variant) bool {
	return slices.EqualFunc(a, b, func(x, y Variant) bool {
		return (x.Weights == nil) == (y.Weights == nil) && (x.Weights == nil || *x.Weights == *y.Weights)
	})
}

// Fold is one round of leave-one-set-out cross-validation: the setting
// chosen on every set but one, and what it gives on that one.
type Fold struct {
	Setting Setting
	// Selection is the answers' selection chosen, when the answerer lets
	// it be chosen (see Tunable).
	Selection *generate.Selection
	Report    *Report
}

// Tunable is an answerer whose selection of sentences cross-validation
// can choose.
type Tunable interface {
	Answerer
	With(generate.Selection) Answerer
}

// CV is the outcome of cross-validating one method.
type CV struct {
	Method string
	// Folds holds one fold per set, in the order of the sets: each set's
	// figures with the setting chosen on the others.
	Folds []Fold
	// Pooled scores every set's held-out outcomes together.
	Pooled *Report
	// All is the setting chosen on every set at once: the one to use.
	All Setting
	// AllSelection is the answers' selection chosen on every set, when
	// the answerer lets it be chosen.
	AllSelection *generate.Selection
}

// CrossValidate chooses m's setting by leave-one-set-out cross-validation:
// for each set, the setting that scores best on all the others (see
// choose) answers it. No figure of a set is seen when its setting is
// chosen.
//
//   - a: the answerer; nil measures retrieval alone.
//   - k: passages per question; at least 1.
func (p *Prepared) CrossValidate(ctx context.Context, m Method, a Answerer, k int) (*CV, error) {
	if len(p.Sets) < 2 {
		return nil, fmt.Errorf("cross-validation needs at least two question sets, not %d", len(p.Sets))
	}
	if k < 1 {
		return nil, fmt.Errorf("k must be at least 1, not %d", k)
	}
	t := &table{p: p, m: m, k: k, ranking: map[rankingKey][][2]float64{}, wrong: map[Setting][][][2]int{}, answers: map[answersKey][]answerCounts{}, quoted: map[questionKey]map[string][]answerCounts{}}
	cv := &CV{Method: m.Name}
	var pooled []Outcome
	for held := range p.Sets {
		train := func(set int) bool { return set != held }
		s, err := t.choose(ctx, train)
		if err != nil {
			return nil, err
		}
		aa, sel, err := t.chooseSelection(ctx, s, a, train)
		if err != nil {
			return nil, err
		}
		outcomes, err := p.run(ctx, m.Mode, s, aa, held, k)
		if err != nil {
			return nil, err
		}
		pooled = append(pooled, outcomes...)
		cv.Folds = append(cv.Folds, Fold{Setting: s, Selection: sel, Report: NewReport(p.Sets[held].Name, k, outcomes, a != nil)})
	}
	cv.Pooled = NewReport("all, held out", k, pooled, a != nil)
	all := func(int) bool { return true }
	var err error
	if cv.All, err = t.choose(ctx, all); err != nil {
		return nil, err
	}
	_, cv.AllSelection, err = t.chooseSelection(ctx, cv.All, a, all)
	return cv, err
}

// selections lists the answers' selections to choose among.
func selections() []generate.Selection {
	var out []generate.Selection
	for _, kf := range keepFractions {
		for _, ks := range keepSames {
			for _, pp := range passagePowers {
				for _, rs := range relatedShares {
					for _, pw := range partWords {
						out = append(out, generate.Selection{KeepFraction: kf, KeepSame: ks, PassagePower: pp, RelatedShare: rs, PartWords: pw})
					}
				}
			}
		}
	}
	return out
}

// chooseSelection returns the answerer with the selection of sentences
// that does best, with retrieval setting s, on the sets train admits: by
// answer precision plus part recall, pooled. An answerer that is not
// Tunable is returned as it is.
func (t *table) chooseSelection(ctx context.Context, s Setting, a Answerer, train func(set int) bool) (Answerer, *generate.Selection, error) {
	tun, ok := a.(Tunable)
	if !ok {
		return a, nil, nil
	}
	sels := selections()
	pooled := make([]answerCounts, len(sels))
	for i := range t.p.Sets {
		if !train(i) {
			continue
		}
		per, err := t.answersOf(ctx, s, tun, i)
		if err != nil {
			return nil, nil, err
		}
		for g := range sels {
			pooled[g].add(per[g])
		}
	}
	best := 0
	for g := range sels {
		if pooled[g].score() > pooled[best].score() {
			best = g
		}
	}
	// A near tie keeps the selection in use (see selectionNearTie).
	if u := slices.Index(sels, generate.DefaultSelection); u >= 0 && pooled[best].score()-pooled[u].score() <= pooled[u].selectionNearTie() {
		best = u
	}
	return tun.With(sels[best]), &sels[best], nil
}

// score is what chooseSelection maximises: answer precision plus part
// recall, pooled.
func (c answerCounts) score() float64 {
	return float64(c.fromGold)/float64(max(1, c.quoted)) + float64(c.partsQuoted)/float64(max(1, c.parts))
}

// selectionNearTie is how much better than the selection in use another
// must score to be chosen in its place: one part of part recall, the most
// one question of one part can move it. Without it the keep fraction
// flipped between 0.75 and 0.6 on a margin of 0.0001, three more parts
// quoted bought with 24 more sentences from no gold passage, and a second
// sentence of filler came back into answers that had none.
func (c answerCounts) selectionNearTie() float64 {
	return 1 / float64(max(1, c.parts))
}

// answerCounts are the counts of AnswerFigures, which add up over
// questions and sets; int32, for cross-validation keeps one for each
// question, retrieval of it and selection.
type answerCounts struct {
	quoted, fromGold, parts, partsQuoted int32
}

func (c *answerCounts) add(d answerCounts) {
	c.quoted += d.quoted
	c.fromGold += d.fromGold
	c.parts += d.parts
	c.partsQuoted += d.partsQuoted
}

type answersKey struct {
	s   Setting
	set int
}

// answersOf returns the answer counts of one set with retrieval setting
// s, under each selection in the order of selections. Each question is
// retrieved once for all the selections, and answered under them only
// when its retrieval differs from every one it was answered from before
// (see answered): settings that differ only in what this question's
// retrieval does not read give it the same answers.
func (t *table) answersOf(ctx context.Context, s Setting, a Tunable, set int) ([]answerCounts, error) {
	key := answersKey{s, set}
	if c, ok := t.answers[key]; ok {
		return c, nil
	}
	out := make([]answerCounts, len(selections()))
	for j, q := range t.p.Sets[set].Questions {
		// The counts are of the answers to answerable questions alone.
		if !q.Answerable() {
			continue
		}
		res, err := t.p.searches[s.Variant][set][j].Result(ctx, s.Params, t.m.Mode, t.k)
		if err != nil {
			return nil, err
		}
		per, err := t.answered(ctx, questionKey{s.Variant, set, j}, res, a)
		if err != nil {
			return nil, err
		}
		for g := range out {
			out[g].add(per[g])
		}
	}
	t.answers[key] = out
	return out, nil
}

// questionKey is one question: of one set, searched in one variant.
type questionKey struct {
	variant, set, q int
}

// answered returns the answer counts of question k retrieved as res,
// under each selection: written once for each retrieval of it that the
// answerer could tell apart (see answerInput).
func (t *table) answered(ctx context.Context, k questionKey, res *retrieve.Result, a Tunable) ([]answerCounts, error) {
	in := answerInput(res)
	byInput := t.quoted[k]
	if byInput == nil {
		byInput = map[string][]answerCounts{}
		t.quoted[k] = byInput
	}
	if c, ok := byInput[in]; ok {
		return c, nil
	}
	set := t.p.Sets[k.set]
	q := set.Questions[k.q]
	sels := selections()
	out := make([]answerCounts, len(sels))
	for g, sel := range sels {
		// Each answer is written from a copy, whatever the answerer does
		// with what it is given.
		r := *res
		r.Hits = slices.Clone(res.Hits)
		o, err := outcome(ctx, forCorpus(a.With(sel), set.Corpus), q, &r)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", set.Name, q.Line, err)
		}
		f := answerFigures([]Outcome{o})
		out[g] = answerCounts{int32(f.Quoted), int32(f.FromGold), int32(f.Parts), int32(f.PartsQuoted)}
	}
	byInput[in] = out
	return out, nil
}

// answerInput writes down, exactly, what an answer is written from
// besides the question (whose analysis, Result.Query, is the same for
// every retrieval of it): whether retrieval declined, the passages the
// answer reads (AnswerK of them) with their scores, each part's own best
// passage, the evidence's support and the stand-ins' weights. Two
// retrievals that agree on these give the same answer under every
// selection.
func answerInput(res *retrieve.Result) string {
	var b []byte
	b = strconv.AppendBool(b, res.Abstain)
	b = strconv.AppendFloat(append(b, ' '), res.Coverage, 'x', -1, 64)
	for _, h := range res.Hits[:min(len(res.Hits), AnswerK)] {
		b = append(append(b, ' '), h.Passage.Ref.String()...)
		b = strconv.AppendFloat(append(b, '='), h.Score, 'x', -1, 64)
	}
	// Each part's own best passage decides which hit after the first
	// few the part may quote (see retrieve.Result.PartHits).
	for _, hits := range res.PartHits {
		b = append(b, " /"...)
		for _, h := range hits {
			b = append(append(b, ' '), h.Passage.Ref.String()...)
		}
	}
	b = append(b, " |"...)
	for _, st := range slices.Sorted(maps.Keys(res.StandIns)) {
		b = append(append(b, ' '), st...)
		b = strconv.AppendFloat(append(b, '='), res.StandIns[st], 'x', -1, 64)
	}
	return string(b)
}

// table remembers how each setting tried does on each set, so that every
// fold chooses by adding up the sets it trains on.
type table struct {
	p *Prepared
	m Method
	k int
	// ranking holds, per mode and setting and per set, recall@1 plus
	// reciprocal rank, and recall@3, summed over the answerable questions.
	ranking map[rankingKey][][2]float64
	// wrong holds, per setting, per setting of the thresholds (see
	// thresholds) and per set, how many answerable questions abstention
	// declines and unanswerable ones it answers.
	wrong map[Setting][][][2]int
	// answers holds the answer counts per setting and set, under each
	// selection.
	answers map[answersKey][]answerCounts
	// quoted holds, per question, the answer counts under each selection
	// for each retrieval of it answered (by answerInput).
	quoted map[questionKey]map[string][]answerCounts
}

// choose returns the setting that scores best on the sets train admits,
// pooled: stage by stage, the ranking's, by recall@1 plus MRR (then
// recall@3), a near tie kept to the setting in use (see nearTie); then,
// with those, the thresholds of abstention, by the
// balanced error rate: the share of answerable questions wrongly declined
// plus the share of unanswerable ones wrongly answered, so that the few
// questions off the text's ground count as much as the many on it. Ties
// go to the setting listed first.
func (t *table) choose(ctx context.Context, train func(set int) bool) (Setting, error) {
	chosen := Setting{Params: retrieve.DefaultParams}
	for _, st := range t.m.stages {
		grid := st.grid(chosen, len(t.p.Variants))
		if err := t.rank(ctx, st.mode, grid); err != nil {
			return chosen, err
		}
		best, bestScore := -1, [2]float64{-1, -1}
		scores := make([][2]float64, len(grid))
		for g, s := range grid {
			per, err := t.rankingOf(ctx, st.mode, s)
			if err != nil {
				return chosen, err
			}
			for i, x := range per {
				if train(i) {
					scores[g][0] += x[0]
					scores[g][1] += x[1]
				}
			}
			if score := scores[g]; score[0] > bestScore[0] || score[0] == bestScore[0] && score[1] > bestScore[1] {
				best, bestScore = g, score
			}
		}
		// A near tie keeps the setting in use (see nearTie).
		if u := t.inUse(grid); u >= 0 && scores[best][0]-scores[u][0] <= nearTie {
			best = u
		}
		chosen = grid[best]
	}
	var answerable, unanswerable int
	for i, set := range t.p.Sets {
		if !train(i) {
			continue
		}
		for _, q := range set.Questions {
			if q.Answerable() {
				answerable++
			} else {
				unanswerable++
			}
		}
	}
	errs := t.abstentionErrors(chosen)
	ths := thresholds()
	rates := make([]float64, len(ths))
	fewest := -1.0
	for g := range ths {
		var declined, answered int
		for i, e := range errs[g] {
			if train(i) {
				declined += e[0]
				answered += e[1]
			}
		}
		rates[g] = float64(declined)/float64(max(1, answerable)) + float64(answered)/float64(max(1, unanswerable))
		if fewest < 0 || rates[g] < fewest {
			fewest = rates[g]
		}
	}
	var tied []int
	for g, r := range rates {
		if r <= fewest+1e-12 {
			tied = append(tied, g)
		}
	}
	out := chosen
	out.Params = ths[middle(ths, tied)].apply(out.Params)
	return out, nil
}

// middle returns, of the thresholds tied that do best, the one nearest
// the middle of the tie: the median of each threshold among them. A
// threshold chosen at the edge of a range that does equally well stands
// where the sets trained on happen to have no question, and the next set
// may; the middle of the range is furthest from both edges. Ties go to
// the one listed first.
func middle(ths []threshold, tied []int) int {
	coords := func(th threshold) [6]float64 {
		return [6]float64{th.standInKnown, th.minSupport, th.nameCoverage, th.similarity, th.relation, th.commonKnown}
	}
	var med [6]float64
	for d := range med {
		var xs []float64
		for _, g := range tied {
			xs = append(xs, coords(ths[g])[d])
		}
		slices.Sort(xs)
		med[d] = xs[(len(xs)-1)/2]
	}
	// Each threshold's distance is counted in steps of its grid.
	steps := [6]float64{0.25, 0.025, 0.05, 1, 0.05, 0.25}
	best, bestDist := tied[0], -1.0
	for _, g := range tied {
		c := coords(ths[g])
		var dist float64
		for d := range c {
			dist += math.Abs(c[d]-med[d]) / steps[d]
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = g, dist
		}
	}
	return best
}

// nearTie is how much better than the setting in use, in recall@1 plus
// reciprocal rank summed over the questions trained on, a setting of the
// ranking must do to be chosen in its place: 2, the most one question
// can add (from not found to first). A setting that wins by what one
// question can account for wins by chance: with ties and near ties going
// to the setting listed first, the vectors' weight flipped between 0.25
// and 0.5 from one round of sets to the next, each round moving every
// held-out figure and every default for a question or two. Kept to the
// setting in use unless the sets trained on clearly prefer another, the
// choice moves only when the evidence does. The setting in use was
// itself chosen on every set, the held-out one too; it only breaks near
// ties, which the held-out set's figures cannot decide, so the held-out
// figures stay held out in what they measure.
const nearTie = 2.0

// inUse returns the position in grid of the setting in use (the
// defaults, see retrieve.DefaultParams and embed.DefaultLocalWeights),
// or of the one that differs from it in the fewest weights; -1 for an
// empty grid. Weights no stage of grid varies differ alike in every
// setting of it.
func (t *table) inUse(grid []Setting) int {
	best, fewest := -1, 0
	for g, s := range grid {
		n := differing(s.Params, retrieve.DefaultParams)
		if w := t.p.Variants[s.Variant].Weights; w != nil && *w != embed.DefaultLocalWeights {
			n++
		}
		if best < 0 || n < fewest {
			best, fewest = g, n
		}
	}
	return best
}

// differing counts the fields in which two settings of retrieval's
// weights differ.
func differing(a, b retrieve.Params) int {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	n := 0
	for i := range va.NumField() {
		if !va.Field(i).Equal(vb.Field(i)) {
			n++
		}
	}
	return n
}

type rankingKey struct {
	mode retrieve.Mode
	s    Setting
}

// rankingOf returns, per set, how setting s ranks its answerable
// questions in mode: recall@1 plus reciprocal rank, and recall@3, summed.
func (t *table) rankingOf(ctx context.Context, mode retrieve.Mode, s Setting) ([][2]float64, error) {
	if err := t.rank(ctx, mode, []Setting{s}); err != nil {
		return nil, err
	}
	return t.ranking[rankingKey{mode, s}], nil
}

// rank ranks every answerable question under each setting of grid not
// ranked before in mode, and keeps what rankingOf returns of each. The
// settings of one variant are ranked together, each question once for
// all of them (see retrieve.Search.Ranks), so that the settings that give
// it the same scores share one ranking.
func (t *table) rank(ctx context.Context, mode retrieve.Mode, grid []Setting) error {
	byVariant := map[int][]Setting{}
	var variants []int
	seen := map[Setting]bool{}
	for _, s := range grid {
		if _, ok := t.ranking[rankingKey{mode, s}]; ok || seen[s] {
			continue
		}
		seen[s] = true
		if _, ok := byVariant[s.Variant]; !ok {
			variants = append(variants, s.Variant)
		}
		byVariant[s.Variant] = append(byVariant[s.Variant], s)
	}
	for _, v := range variants {
		settings := byVariant[v]
		params := make([]retrieve.Params, len(settings))
		per := make([][][2]float64, len(settings))
		for g, s := range settings {
			params[g] = s.Params
			per[g] = make([][2]float64, len(t.p.Sets))
		}
		for i, set := range t.p.Sets {
			for j, q := range set.Questions {
				if !q.Answerable() {
					continue
				}
				ranks, err := t.p.searches[v][i][j].Ranks(ctx, params, mode, q.Refs, t.k)
				if err != nil {
					return err
				}
				for g, rank := range ranks {
					if rank > 0 {
						per[g][i][0] += b2f(rank == 1) + 1/float64(rank)
						per[g][i][1] += b2f(rank <= 3)
					}
				}
			}
		}
		for g, s := range settings {
			t.ranking[rankingKey{mode, s}] = per[g]
		}
	}
	return nil
}

// threshold is one setting of abstention's thresholds.
type threshold struct {
	standInKnown, minSupport, nameCoverage, similarity, relation, commonKnown float64
}

func (th threshold) apply(p retrieve.Params) retrieve.Params {
	p.StandInKnown, p.MinSupport, p.NameCoverage, p.SimilarityWeight = th.standInKnown, th.minSupport, th.nameCoverage, th.similarity
	p.RelationCoverage, p.CommonKnown = th.relation, th.commonKnown
	return p
}

// thresholds lists the settings of abstention's thresholds to choose
// among.
func thresholds() []threshold {
	var out []threshold
	for _, sk := range standInKnowns {
		for _, sw := range similarityWeights {
			for _, ms := range minSupports {
				for _, nc := range nameCoverages {
					for _, rc := range relationCoverages {
						for _, ck := range commonKnowns {
							out = append(out, threshold{sk, ms, nc, sw, rc, ck})
						}
					}
				}
			}
		}
	}
	return out
}

// abstentionErrors returns, for setting s, per setting of the thresholds
// (in the order of thresholds) and per set, how many answerable questions
// are declined and how many unanswerable ones answered.
//
// A higher minimum support declines every question a lower one does
// (abstention compares the evidence's support with it, nothing else), so
// each question's lowest declining minimum is found by bisection rather
// than by trying each: the sweep is the slowest part of cross-validation.
// TestMinSupportIsMonotone guards that premise.
func (t *table) abstentionErrors(s Setting) [][][2]int {
	if w, ok := t.wrong[s]; ok {
		return w
	}
	ths := thresholds()
	out := make([][][2]int, len(ths))
	for g := range ths {
		out[g] = make([][2]int, len(t.p.Sets))
	}
	for _, sweep := range minSupportSweeps() {
		for i, set := range t.p.Sets {
			for j, q := range set.Questions {
				search := t.p.searches[s.Variant][i][j]
				first := sort.Search(len(sweep), func(m int) bool {
					return search.Abstains(ths[sweep[m]].apply(s.Params))
				})
				for m, g := range sweep {
					per := out[g]
					switch abstains := m >= first; {
					case abstains && q.Answerable():
						per[i][0]++
					case !abstains && !q.Answerable():
						per[i][1]++
					}
				}
			}
		}
	}
	t.wrong[s] = out
	return out
}

// minSupportSweeps returns, for each setting of the thresholds other
// than the minimum support, the positions in thresholds of its settings
// with each minimum support in turn, lowest first: what
// abstentionErrors bisects, found once rather than by a lookup per
// question.
func minSupportSweeps() [][]int {
	ths := thresholds()
	at := make(map[threshold]int, len(ths))
	for g, th := range ths {
		at[th] = g
	}
	var out [][]int
	for _, th := range ths {
		if th.minSupport != minSupports[0] {
			continue
		}
		sweep := make([]int, len(minSupports))
		for m, ms := range minSupports {
			sweep[m] = at[withMinSupport(th, ms)]
		}
		out = append(out, sweep)
	}
	return out
}

// withMinSupport returns th with its minimum support set to ms.
func withMinSupport(th threshold, ms float64) threshold {
	th.minSupport = ms
	return th
}

// run answers one set's questions with setting s.
func (p *Prepared) run(ctx context.Context, mode retrieve.Mode, s Setting, a Answerer, set, k int) ([]Outcome, error) {
	var out []Outcome
	for j, q := range p.Sets[set].Questions {
		res, err := p.searches[s.Variant][set][j].Result(ctx, s.Params, mode, k)
		if err != nil {
			return nil, err
		}
		o, err := outcome(ctx, forCorpus(a, p.Sets[set].Corpus), q, res)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", p.Sets[set].Name, q.Line, err)
		}
		out = append(out, o)
	}
	return out, nil
}
