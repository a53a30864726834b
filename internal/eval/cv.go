package eval

import (
	"context"
	"fmt"
	"studyguide/internal/retrieve"
)

// Method is one way of ranking, with the settings cross-validation may
// choose among for it.
type Method struct {
	Name string
	Mode retrieve.Mode
	// Ranking lists the settings of the weights that shape the ranking;
	// the thresholds of abstention are chosen after them, from
	// abstentionGrid.
	Ranking []retrieve.Params
}

// Grids of the weights and thresholds cross-validation chooses among. A
// value is tried only where it changes the method's ranking; the others
// keep DefaultParams's.
var (
	rrfKs           = []float64{5, 10, 20, 40}
	semanticWeights = []float64{0.25, 0.5, 0.75, 1, 1.5}
	standInWeights  = []float64{0.3, 0.5, 0.7}
	relatedWeights  = []float64{0.2, 0.35, 0.5}
	noteShares      = []float64{0.8, 0.9, 1}
	sourceShares    = []float64{0.7, 0.8, 0.9, 1}
	minSupports     = steps(0.4, 0.75, 0.025)
	nameCoverages   = steps(0.25, 0.65, 0.05)
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

// Methods returns the ranking methods `eval --compare` measures, in table
// order: plain BM25 over the question's own words, BM25 as the hybrid
// searches it, the vectors alone, and the hybrid of the last two. The
// hybrid's grid has no vector weight of 0: it would be BM25 expanded. RRF's
// k matters to a single ranking too, through the share of a paragraph's
// score its notes borrow.
func Methods() []Method {
	return []Method{
		{Name: "BM25 alone", Mode: retrieve.PlainLexical, Ranking: grid(nil, nil, nil, nil, nil, nil)},
		{Name: "BM25 expanded", Mode: retrieve.LexicalOnly, Ranking: grid(rrfKs, nil, standInWeights, relatedWeights, noteShares, sourceShares)},
		{Name: "vectors alone", Mode: retrieve.SemanticOnly, Ranking: grid(rrfKs, nil, nil, nil, noteShares, sourceShares)},
		{Name: "hybrid", Mode: retrieve.Hybrid, Ranking: grid(rrfKs, semanticWeights, standInWeights, relatedWeights, noteShares, sourceShares)},
	}
}

// grid returns every combination of the values given, the others as
// DefaultParams has them; a nil list keeps the default.
func grid(ks, sem, stand, rel, note, source []float64) []retrieve.Params {
	or := func(vs []float64, d float64) []float64 {
		if vs == nil {
			return []float64{d}
		}
		return vs
	}
	d := retrieve.DefaultParams
	var out []retrieve.Params
	for _, k := range or(ks, d.RRFK) {
		for _, sw := range or(sem, d.SemanticWeight) {
			for _, st := range or(stand, d.StandInWeight) {
				for _, rw := range or(rel, d.RelatedWeight) {
					for _, ns := range or(note, d.NoteShare) {
						for _, ss := range or(source, d.SourceShare) {
							p := d
							p.RRFK, p.SemanticWeight, p.StandInWeight, p.RelatedWeight, p.NoteShare, p.SourceShare = k, sw, st, rw, ns, ss
							out = append(out, p)
						}
					}
				}
			}
		}
	}
	return out
}

// Prepared holds every question of some sets analysed for searching, so
// that each setting tried costs only the ranking.
type Prepared struct {
	Sets     []*Set
	searches [][]*retrieve.Search
}

// Prepare analyses every question of sets with r.
func Prepare(r *retrieve.Retriever, sets []*Set) (*Prepared, error) {
	p := &Prepared{Sets: sets}
	for _, set := range sets {
		var ss []*retrieve.Search
		for _, q := range set.Questions {
			s, err := r.Prepare(q.Text)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", set.Name, q.Line, err)
			}
			ss = append(ss, s)
		}
		p.searches = append(p.searches, ss)
	}
	return p, nil
}

// Fold is one round of leave-one-set-out cross-validation: the settings
// chosen on every set but one, and what they give on that one.
type Fold struct {
	Params retrieve.Params
	Report *Report
}

// CV is the outcome of cross-validating one method.
type CV struct {
	Method string
	// Folds holds one fold per set, in the order of the sets: each set's
	// figures with the settings chosen on the others.
	Folds []Fold
	// Pooled scores every set's held-out outcomes together.
	Pooled *Report
	// All is the setting chosen on every set at once: the one to use.
	All retrieve.Params
}

// CrossValidate chooses m's settings by leave-one-set-out
// cross-validation: for each set, the settings that score best on all the
// others (see choose) are used to answer it. No figure of a set is seen
// when its settings are chosen.
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
	t, err := p.tabulate(ctx, m, k)
	if err != nil {
		return nil, err
	}
	cv := &CV{Method: m.Name}
	var pooled []Outcome
	for held := range p.Sets {
		params := t.choose(func(set int) bool { return set != held })
		outcomes, err := p.run(ctx, m.Mode, params, a, held, k)
		if err != nil {
			return nil, err
		}
		pooled = append(pooled, outcomes...)
		cv.Folds = append(cv.Folds, Fold{Params: params, Report: NewReport(p.Sets[held].Name, k, outcomes, a != nil)})
	}
	cv.Pooled = NewReport("all, held out", k, pooled, a != nil)
	cv.All = t.choose(func(int) bool { return true })
	return cv, nil
}

// table holds how each setting of a method does on each set, so that
// every fold chooses by adding up the sets it trains on.
type table struct {
	m Method
	// ranking holds, per setting of m.Ranking and per set, recall@1 plus
	// reciprocal rank, and recall@3, summed over the answerable questions.
	ranking [][][2]float64
	// wrong holds, per setting of m.Ranking, per threshold pair (by
	// position in minSupports and nameCoverages) and per set, how many
	// answerable questions abstention declines and unanswerable ones it
	// answers; computed for the settings a fold chooses.
	wrong map[int][][][2]int
	p     *Prepared
}

// tabulate scores every setting of m's ranking on every set.
func (p *Prepared) tabulate(ctx context.Context, m Method, k int) (*table, error) {
	t := &table{m: m, wrong: map[int][][][2]int{}, p: p}
	for _, params := range m.Ranking {
		per := make([][2]float64, len(p.Sets))
		for i, set := range p.Sets {
			for j, q := range set.Questions {
				if !q.Answerable() {
					continue
				}
				rank, err := p.searches[i][j].Rank(ctx, params, m.Mode, q.Refs, k)
				if err != nil {
					return nil, err
				}
				if rank > 0 {
					per[i][0] += b2f(rank == 1) + 1/float64(rank)
					per[i][1] += b2f(rank <= 3)
				}
			}
		}
		t.ranking = append(t.ranking, per)
	}
	return t, nil
}

// choose returns the settings that score best on the sets train admits,
// pooled: first the ranking's weights, by recall@1 plus MRR (then
// recall@3); then, with those, the thresholds of abstention, by the
// balanced error rate: the share of answerable questions wrongly declined
// plus the share of unanswerable ones wrongly answered, so that the few
// questions off the text's ground count as much as the many on it. Ties
// go to the setting listed first.
func (t *table) choose(train func(set int) bool) retrieve.Params {
	best, bestScore := 0, [2]float64{-1, -1}
	for g, per := range t.ranking {
		var score [2]float64
		for i, s := range per {
			if train(i) {
				score[0] += s[0]
				score[1] += s[1]
			}
		}
		if score[0] > bestScore[0] || score[0] == bestScore[0] && score[1] > bestScore[1] {
			best, bestScore = g, score
		}
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
	errs := t.abstentionErrors(best)
	chosen, fewest := t.m.Ranking[best], -1.0
	for a, ms := range minSupports {
		for b, nc := range nameCoverages {
			var declined, answered int
			for i, e := range errs[a*len(nameCoverages)+b] {
				if train(i) {
					declined += e[0]
					answered += e[1]
				}
			}
			rate := float64(declined)/float64(max(1, answerable)) + float64(answered)/float64(max(1, unanswerable))
			if fewest < 0 || rate < fewest {
				fewest = rate
				chosen.MinSupport, chosen.NameCoverage = ms, nc
			}
		}
	}
	return chosen
}

// abstentionErrors returns, for the ranking setting g, per threshold pair
// and per set, how many answerable questions are declined and how many
// unanswerable ones answered.
func (t *table) abstentionErrors(g int) [][][2]int {
	if w, ok := t.wrong[g]; ok {
		return w
	}
	var out [][][2]int
	for _, ms := range minSupports {
		for _, nc := range nameCoverages {
			params := t.m.Ranking[g]
			params.MinSupport, params.NameCoverage = ms, nc
			per := make([][2]int, len(t.p.Sets))
			for i, set := range t.p.Sets {
				for j, q := range set.Questions {
					abstains := t.p.searches[i][j].Abstains(params)
					switch {
					case abstains && q.Answerable():
						per[i][0]++
					case !abstains && !q.Answerable():
						per[i][1]++
					}
				}
			}
			out = append(out, per)
		}
	}
	t.wrong[g] = out
	return out
}

// run answers one set's questions with params.
func (p *Prepared) run(ctx context.Context, mode retrieve.Mode, params retrieve.Params, a Answerer, set, k int) ([]Outcome, error) {
	var out []Outcome
	for j, q := range p.Sets[set].Questions {
		res, err := p.searches[set][j].Result(ctx, params, mode, k)
		if err != nil {
			return nil, err
		}
		o, err := outcome(ctx, a, q, res)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", p.Sets[set].Name, q.Line, err)
		}
		out = append(out, o)
	}
	return out, nil
}
