// Package retrieve finds the passages that bear on a question: BM25 and the
// embedder's vectors each rank the chunks, reciprocal-rank fusion joins the
// two rankings per passage, and a coverage test decides whether the corpus
// addresses the question at all. A question is analysed once into a Query;
// words of it that the corpus lacks are searched through the corpus's words
// that WordNet relates to them (package thesaurus), and every word is
// weighed by how much it narrows the question down.
//
// It imports essay, index, bm25, terms, thesaurus and lazyregexp;
// generation, answering, guides and the command build on it, and it
// imports none of them.
package retrieve

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"

	"studyguide/internal/bm25"
	"studyguide/internal/essay"
	"studyguide/internal/index"
)

// Mode selects which rankings are fused.
type Mode int

const (
	// Hybrid fuses BM25 and vectors; the default.
	Hybrid Mode = iota
	// LexicalOnly ranks by BM25 alone, as the hybrid searches it: with
	// stand-ins and specificity weights, notes beside their paragraphs.
	LexicalOnly
	// SemanticOnly ranks by the embedder's vectors alone.
	SemanticOnly
	// PlainLexical ranks by plain BM25 over the question's own stems: the
	// baseline the other modes have to beat. It only ranks; whether the
	// corpus addresses the question is decided as in the other modes.
	PlainLexical
)

// Params are retrieval's weights and thresholds. DefaultParams holds the
// ones chosen by cross-validation over the question sets (see
// internal/eval/README.md); eval tries others.
type Params struct {
	// RRFK damps the weight of lower ranks in reciprocal-rank fusion.
	RRFK float64 `json:"rrf_k"`
	// SemanticWeight scales the vectors' votes against BM25's, which
	// count 1.
	SemanticWeight float64 `json:"semantic_weight"`
	// StandInWeight is what the corpus's words standing in for one
	// question word it lacks weigh together, against the word itself.
	StandInWeight float64 `json:"stand_in_weight"`
	// RelatedWeight is what the corpus's words related to a question word
	// it uses weigh together: enough to break ties among passages that
	// hold the word, not to outrank one that holds more of the question.
	RelatedWeight float64 `json:"related_weight"`
	// PhraseWeight is what a pair of the question's words standing side
	// by side in a chunk weighs, against the mean of the two words'
	// weights (see withPhrases); 0 for words weighed only one by one.
	PhraseWeight float64 `json:"phrase_weight"`
	// NoteShare is the part of a paragraph's score lent to the footnotes
	// it marks (see lendToNotes).
	NoteShare float64 `json:"note_share"`
	// OrphanShare is the part of its score a footnote keeps when no
	// paragraph of the corpus marks it (an excerpt's notes to passages
	// left out) and the question does not ask for sources: such a note
	// speaks of a topic the corpus does not hold, and its words match a
	// question about the corpus's own paragraphs by chance.
	OrphanShare float64 `json:"orphan_share"`
	// SourceShare is the part of its score a paragraph keeps when the
	// question asks for sources (see favourNotes).
	SourceShare float64 `json:"source_share"`
	// SourceVoice is how strongly a paragraph must speak of the text's
	// sources in the author's own voice (see Intent.weigh: "the
	// conclusions reached here, on the basis of others' research") to keep
	// its whole score when the question asks for sources, as notes do; 0
	// for never.
	SourceVoice float64 `json:"source_voice"`
	// IntentWeight scales the votes of the ranking of passages by their
	// voice (see Intent), for a question asked of the text itself.
	IntentWeight float64 `json:"intent_weight"`
	// MinSupport is the evidence (see evidence.support) the best passage
	// must give for the corpus to count as addressing the question.
	MinSupport float64 `json:"min_support"`
	// StandInKnown is the share of its weight a question word the corpus
	// lacks counts as known when the corpus holds words standing in for
	// it ("pay" for "salaries"): a question in other words than the
	// text's is not off its ground for that.
	StandInKnown float64 `json:"stand_in_known"`
	// CommonKnown is the share of its weight a question word the corpus
	// lacks, with nothing standing in for it, counts as known for each
	// part of it that is common English (see commonness): "money" or
	// "hate" is no sign that a question is about something else.
	CommonKnown float64 `json:"common_known"`
	// NameCoverage is the share of the question's word weight the best
	// passage must hold when the question names something the corpus
	// never mentions ("the Battle of Hastings").
	NameCoverage float64 `json:"name_coverage"`
	// SimilarityWeight is how much the vectors' nearest chunk (its cosine
	// similarity to the question) adds to the evidence: a question worded
	// unlike the text may still mean what one of its passages says.
	SimilarityWeight float64 `json:"similarity_weight"`
	// RelationCoverage is the share of what a question asks of a thing it
	// names that a sentence naming it must hold (see relation); 0 for
	// no such test.
	RelationCoverage float64 `json:"relation_coverage"`
}

// DefaultParams are the weights and thresholds retrieval uses unless told
// otherwise.
var DefaultParams = Params{
	RRFK:             5,
	SemanticWeight:   0.5,
	StandInWeight:    0.7,
	RelatedWeight:    0.35,
	PhraseWeight:     0.6,
	NoteShare:        0.9,
	OrphanShare:      0.9,
	SourceShare:      0.85,
	SourceVoice:      4,
	IntentWeight:     2,
	MinSupport:       0.725,
	StandInKnown:     0.5,
	CommonKnown:      0.5,
	NameCoverage:     0.65,
	SimilarityWeight: 0,
	RelationCoverage: 0.1,
}

// Fixed settings, not tuned.
const (
	// coverageDepth is how many of BM25's best passages the abstention
	// test looks at: one, because words scattered over two passages
	// ("best" in one, "way" in another) are no sign that either addresses
	// the question.
	coverageDepth = 1
	// durationDepth is how many of BM25's best passages are read for the
	// length of time a question asks (see asksDuration).
	durationDepth = 5
	// prefixMatch is how many leading letters make two stems the same word
	// for the support test, where the stemmer parts forms of one word
	// ("publish" and "public" from "published" and "publication").
	prefixMatch = 5
	// depth bounds how many chunks each ranking contributes.
	depth = 200
	// nameWeight is what a question word a chunk gives as a name weighs
	// again, against the word itself (see withNames).
	nameWeight = 1.0
	// yearlessShare is the part of its score a passage giving no year
	// keeps for a question asking in what year (see favourYears).
	yearlessShare = 0.5
)

// Hit is one passage found for a question.
type Hit struct {
	Passage *essay.Passage
	// Score is the fused score, from 0 to 1: 1 when every ranking put the
	// passage first.
	Score float64
}

// Result is the outcome of one retrieval.
type Result struct {
	// Query is the question as analysed and searched.
	Query *Query
	Hits  []Hit
	// Abstain is true when the corpus does not address the question.
	Abstain bool
	// DeclinedBy says why the question was declined, when it was: the
	// name of the test that declined it (see groundTests), for a reader
	// asking why.
	DeclinedBy string
	// Coverage is the evidence that the corpus addresses the question,
	// from 0 to 1.5 (see evidence.support); below Params.MinSupport the
	// retriever abstains.
	Coverage float64
	// StandIns are the stems searched in place of the question's stems that
	// no passage holds, each with its weight against one of the question's
	// own stems.
	StandIns map[string]float64
	// PartHits holds, for a question of several parts, each part's best
	// passage ranked as a question of its own (see Search.partHits), none
	// for a part asking nothing to rank for: the question's ranking as a
	// whole can leave the passage answering one part below the few an
	// answer quotes from.
	PartHits [][]Hit
	// PartsUnanswered holds, for a question of several parts, the kind
	// of fact each part asks that the text does not give (see
	// Search.unanswered), "" for a part it may answer: "..., and how many
	// envoys did they send?" asks a number no passage gives, and the
	// answer says so of that part rather than quoting a sentence sharing
	// its words.
	PartsUnanswered []string
	// Chronology holds, for a question asking the order of events or
	// the time between them, the sentences dating each (see
	// Search.timeline); nil for another question, or when the text
	// dates none of its events.
	Chronology *Chronology
	// Overview holds, for a question asking what the whole text argues,
	// the sentences stating its claims (see Retriever.overview); nil for
	// another question, or when the author states none.
	Overview *Overview
	// Citations holds, for a question asking what a citation gives of a
	// work it names (its pages, publisher or year), the citations that
	// give it, which an answer quotes; nil for another question.
	Citations []Citation
}

// Refs returns the refs of the passages found, best first: the passages
// an answer written from them may cite.
func (r *Result) Refs() []essay.Ref {
	refs := make([]essay.Ref, len(r.Hits))
	for i, h := range r.Hits {
		refs[i] = h.Passage.Ref
	}
	return refs
}

// Retriever searches one index of one corpus.
type Retriever struct {
	Corpus *essay.Corpus
	Index  *index.Index
	Mode   Mode
	// Params overrides DefaultParams when not nil.
	Params *Params

	authorOnce sync.Once
	author     map[string]bool
	namesOnce  sync.Once
	onlyNames  map[string]bool
	posOnce    sync.Once
	pos        *passagePositions
	// pairsOnce guards pairs, the names the corpus joins by "and" (see
	// namePairs).
	pairsOnce sync.Once
	pairs     [][2]string
	// fullOnce guards full, the names the corpus writes as a given name
	// and a surname (see fullNames).
	fullOnce sync.Once
	full     [][2]string
	// overviewOnce guards claims, the claims of the whole text (see
	// overview).
	overviewOnce sync.Once
	claims       *Overview
	voice        voices
	vocab        vocabulary
	old          spellingTable
	// conceptCache holds the concepts of stems the abstention test met.
	conceptCache conceptCache
	// kinStems holds the corpus's stems kin to stems asked of (see
	// corpusKin).
	kinStems kinStems
	// sentenceIndex holds the corpus's sentences' stems (see relation).
	sentenceIndex sentenceIndex
	// quotedText holds the corpus's text as the tests of a quoted
	// phrase read it (see quotations).
	quotedText quotedText
	// stemSounds holds the corpus's stems by how they sound (see
	// soundsAlike).
	stemSounds stemSounds
	// years holds which passages give a year (see favourYears).
	years passageYears
	// capitals holds whether the corpus writes the capitalized words of
	// an acronym (see capitalsOf).
	capitals capitalRuns
	// cited holds which passages cite a periodical or give a link (see
	// favourCited).
	cited citedKinds
	// kinds holds the corpus's sentences of the kinds some questions
	// favour or lower (see sentenceKinds).
	kinds sentenceKinds
	// chunkNames holds the stems each chunk read gives as names (see
	// names).
	chunkNamesMu sync.Mutex
	chunkNames   map[int][]string
	// chunkWords is the slice names splits each chunk into, reused.
	chunkWords []string
}

// ErrEmptyQuestion is returned for a question with no words to search for.
var ErrEmptyQuestion = errors.New("the question is empty")

// Retrieve returns up to k passages for the question, best first, ties
// broken by ref.
//
//   - question: free text; it must contain at least one letter or digit.
//   - k: how many passages to return; clamped to at least 1 and at most
//     the number of passages.
func (r *Retriever) Retrieve(ctx context.Context, question string, k int) (*Result, error) {
	s, err := r.Prepare(ctx, question)
	if err != nil {
		return nil, err
	}
	return s.Result(ctx, r.params(), r.Mode, k)
}

// params returns r.Params, or DefaultParams when it is nil.
func (r *Retriever) params() Params {
	if r.Params != nil {
		return *r.Params
	}
	return DefaultParams
}

// rereadDeclined returns s, or, when s is declined under the retriever's
// weights, the search for text, the question with the words of read
// read another way, if that one is answered and fits (when not nil)
// accepts its query. The reading is kept among the question's
// respellings as shown, so that the answer says how it read the
// question.
func (r *Retriever) rereadDeclined(ctx context.Context, s *Search, text string, shown []Respelling, fits func(*Query) bool) (*Search, error) {
	p := r.params()
	if !s.Abstains(p) {
		return s, nil
	}
	alt, err := r.prepare(ctx, text)
	if err != nil || fits != nil && !fits(alt.Q) || alt.Abstains(p) {
		return s, nil
	}
	alt.Q.Asked = s.Q.Asked
	alt.Q.Respelled = append(slices.Clone(s.Q.Respelled), shown...)
	return alt, nil
}

// Search is an analysed question ready to be ranked under any Params and
// Mode. The rankings that do not depend on them are computed once, so
// that eval can try many settings on one question cheaply.
type Search struct {
	r *Retriever
	Q *Query
	// semantic is the vectors' ranking of passages, by position in the
	// corpus, and similarity the cosine of the nearest chunk; plain is
	// BM25's over the question's own stems, once computed.
	semantic   []int32
	similarity float64
	plain      []int32
	plainSet   bool
	// lexical holds BM25's rankings of passages by the weights of related
	// words and of pairs, with the evidence its best passage gives.
	lexical map[[3]float64]lexicalRanking
	// intent ranks passages by the question's intent (see Intent).
	intent []int32
	// parts holds the evidence each part of a question of several parts
	// gives on its own (see partsAbstain).
	parts map[partKey]evidence
	// evidences holds the evidence of the best passages by the words
	// alone, by those passages (see evidenceOf).
	evidences map[[coverageDepth]*essay.Passage]evidence
	// quoted holds the passages that hold a phrase the question quotes
	// (see quotedHolders).
	quoted []int32
	// partSearches holds each part of a question of several analysed as a
	// question of its own, once prepared (see partHits); a part's search
	// has none.
	partSearches []*Search
	// citations holds the citations giving what the question asks of a
	// work it names (see Retriever.citations), and citing their passages.
	citations []Citation
	citing    []*essay.Passage
	// isPart is set on a part's own search, which ranks no parts of its
	// own.
	isPart bool
	// hedged and chapters hold the passages favourVerdicts and
	// favourChapters weigh (see hedgedPassages, chapterPassages).
	hedged, chapters []int
	// owners holds the passages naming the owners of the works the
	// question asks of, once read (see ownersHeld).
	owners     map[int]bool
	ownersRead bool
	// chronology holds the events the question asks the order of or
	// the time between, with the sentences dating them, once read (see
	// Search.timeline).
	chronologyOnce sync.Once
	chronology     *Chronology
}

type lexicalRanking struct {
	order []int32
	ev    evidence
}

// Prepare analyses a question for searching and ranks the chunks by the
// vectors, which every mode's abstention reads. A word a phone made of a
// name is read as the name where that answers the question (see
// readNamesMeant), a word a foreign reader means otherwise as he
// means it (see readForeignMeant), a question asked mostly in another
// language by its English words (see readEnglishMeant), and a specialist's word as the plain
// word the text says it with (see readRegisterMeant).
func (r *Retriever) Prepare(ctx context.Context, question string) (*Search, error) {
	s, err := r.prepare(ctx, question)
	if err != nil {
		return nil, err
	}
	if s, err = r.readNamesMeant(ctx, s); err != nil {
		return nil, err
	}
	if s, err = r.readForeignMeant(ctx, s); err != nil {
		return nil, err
	}
	if s, err = r.readEnglishMeant(ctx, s); err != nil {
		return nil, err
	}
	if s, err = r.readRegisterMeant(ctx, s); err != nil {
		return nil, err
	}
	return r.readWrongName(ctx, s)
}

// prepare analyses a question and ranks the chunks by the vectors.
func (r *Retriever) prepare(ctx context.Context, question string) (*Search, error) {
	q, err := r.Analyse(question)
	if err != nil {
		return nil, err
	}
	s := &Search{r: r, Q: q, lexical: map[[3]float64]lexicalRanking{}, intent: r.intentRanking(q.Intent), parts: map[partKey]evidence{},
		quoted: r.quotedHolders(q.Asked)}
	s.hedged, s.chapters = r.hedgedPassages(q), r.chapterPassages(q)
	s.citations = r.citations(q)
	s.citing = citingPassages(s.citations)
	m, err := r.Index.Semantic(ctx, q.semanticText(), depth)
	if err != nil {
		return nil, err
	}
	s.semantic = r.byPassage(m)
	if len(m) > 0 {
		s.similarity = m[0].Score
	}
	return s, nil
}

// Result ranks the passages for the question under p and mode and decides
// whether the corpus addresses it; see Retrieve.
func (s *Search) Result(ctx context.Context, p Params, mode Mode, k int) (*Result, error) {
	r, q := s.r, s.Q
	k = max(1, min(k, len(r.Corpus.Passages)))
	scores, err := s.scores(ctx, p, mode)
	if err != nil {
		return nil, err
	}
	res := &Result{Query: q, StandIns: q.standInWeights(p), Hits: s.best(scores, topScore(mode, p, s.ranksByIntent()), k)}
	ev := s.lexicalRanking(p).ev
	res.Coverage = ev.support(p)
	// With no passage to hold them, the evidence finds none of the
	// question's words: a question nothing ranks is always declined.
	res.Abstain = s.abstains(ev, p)
	if res.Abstain {
		res.DeclinedBy = s.declinedBy(ev, p)
	} else if c := s.timeline(); c != nil && slices.ContainsFunc(c.Events, func(e DatedEvent) bool { return e.Passage != nil }) &&
		(!c.Single || s.abstainsByWords(ev, p)) {
		// A question asking when one thing happened is answered as
		// before where its words find the date.
		res.Chronology = c
		res.Hits = withDated(res.Hits, c)
	}
	if o, err := s.overviewAsked(ctx, p, mode, k); err != nil {
		return nil, err
	} else if o != nil {
		// Its words rank passages by chance and may decline it: the
		// claims answer it, and the rest of the question its own
		// passages.
		res.Abstain, res.DeclinedBy, res.Chronology = false, "", nil
		res.Overview, res.Hits = o, withClaims(res.Hits, o)
		if o.Rest != nil {
			res.Hits = withRest(res.Hits, o, o.Rest)
		}
		return res, nil
	}
	if !res.Abstain {
		res.Citations = s.citations
	}
	if !res.Abstain && len(q.Parts) > 1 && !s.isPart {
		lacking := s.declinedBy(ev, p)
		if !givesNoFact(lacking) {
			lacking = ""
		}
		if res.PartHits, res.PartsUnanswered, err = s.partHits(ctx, p, mode, res.Hits, lacking); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// partDepth is how many of each part's own best passages a Result keeps:
// an answer reads only which passage a part ranks first.
const partDepth = 1

// partHits ranks the passages for each part of a question of several as
// if it were asked alone, under p and mode: "What does the leader's plan
// say of rival parties, and what note backs it?" ranks the passages on
// the plan and the notes on it together, and the note may fall below
// the few an answer quotes from. A part pointing back ("... and what note
// backs it?") is asked with the words of the part it points to after its
// own. A part retrieval would decline, or one not opening as a question
// does, has none; it also returns the kind of fact each part asks that
// neither its own best passage nor any of hits, the question's, gives
// (see unanswered). Where the question's words ask a kind of fact the
// text does not give (lacking names the decline, see partsAbstain), a
// part asking it in its own words is declined so, the first too, as the
// question's own passages declined the question; the others are judged
// as ever, and one asking after talk around it too ("The league, how
// many envoys did it send?").
func (s *Search) partHits(ctx context.Context, p Params, mode Mode, hits []Hit, lacking string) ([][]Hit, []string, error) {
	if s.partSearches == nil {
		s.partSearches = make([]*Search, len(s.Q.Parts))
	}
	out := make([][]Hit, len(s.Q.Parts))
	declined := make([]string, len(s.Q.Parts))
	whole := s.lexicalRanking(p).ev
	for i, part := range s.Q.Parts {
		if lacking != "" && whole.offGroundBy(ownAsking(s.Q, part), p) == lacking {
			declined[i] = lacking
			continue
		}
		// Talk around the question ("I have read conflicting accounts.")
		// asks nothing to rank for.
		opens := len(part.Words) > 0 && openers[part.Words[0]]
		if !opens && !(lacking != "" && slices.ContainsFunc(part.Words, asksWh)) {
			continue
		}
		sub, err := s.partSearch(ctx, i)
		if err != nil {
			return nil, nil, err
		}
		if sub == nil {
			continue
		}
		// An answer reads only whether a part is declined and its first
		// passage: not the part's coverage, its stand-ins or the rest of
		// its ranking (see Result), and a declined part is not ranked.
		if ev := sub.lexicalRanking(p).ev; sub.abstains(ev, p) {
			if lacking != "" || i > 0 && !part.Thing {
				declined[i] = sub.unanswered(ev, p, hits, part)
			}
			continue
		}
		if !opens {
			continue
		}
		scores, err := sub.scores(ctx, p, mode)
		if err != nil {
			return nil, nil, err
		}
		out[i] = sub.best(scores, topScore(mode, p, sub.ranksByIntent()), partDepth)
	}
	return out, declined, nil
}

// partSearch returns part i of the question analysed as a question of
// its own, prepared once; nil for a part of no words to search.
func (s *Search) partSearch(ctx context.Context, i int) (*Search, error) {
	if s.partSearches[i] != nil {
		return s.partSearches[i], nil
	}
	sub, err := s.r.Prepare(ctx, partText(s.Q.Parts, i))
	if errors.Is(err, ErrEmptyQuestion) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	sub.isPart = true
	s.partSearches[i] = sub
	return sub, nil
}

// best returns the k passages of highest score, best first, ties broken
// by ref, each scored against top (see topScore); none for a passage
// scored 0. It keeps only the k best as it reads scores, rather than
// sorting every passage found, of which Result keeps a few and partHits
// one.
func (s *Search) best(scores []float64, top float64, k int) []Hit {
	passages := s.r.Corpus.Passages
	var out []Hit
	for i, sc := range scores {
		if sc <= 0 {
			continue
		}
		h := Hit{Passage: passages[i], Score: sc / top}
		if len(out) == k && !ahead(h.Score, h.Passage.Ref, out[k-1].Score, out[k-1].Passage.Ref) {
			continue
		}
		at := len(out)
		for at > 0 && ahead(h.Score, h.Passage.Ref, out[at-1].Score, out[at-1].Passage.Ref) {
			at--
		}
		if len(out) < k {
			out = append(out, Hit{})
		}
		copy(out[at+1:], out[at:len(out)-1])
		out[at] = h
	}
	return out
}

// partText is the text of part i of parts, searched as a question of its
// own: its words, and those of the first part when it points back to it.
func partText(parts []Part, i int) string {
	text := strings.Join(parts[i].Words, " ")
	if i > 0 && len(parts[i].Leans) > 0 && parts[i].Thing {
		text += " " + strings.Join(parts[0].Words, " ")
	}
	return text
}

// Rank returns the 1-based rank that Result would give the first of refs
// under p and mode, or 0 when none of them is among its first k hits.
// It ranks no other passage, so that eval can try many settings quickly.
func (s *Search) Rank(ctx context.Context, p Params, mode Mode, refs []essay.Ref, k int) (int, error) {
	scores, err := s.scores(ctx, p, mode)
	if err != nil {
		return 0, err
	}
	passages := s.r.Corpus.Passages
	best := -1
	for _, ref := range refs {
		i, ok := s.r.positions().of[ref]
		if ok && scores[i] > 0 && (best < 0 || ahead(scores[i], passages[i].Ref, scores[best], passages[best].Ref)) {
			best = i
		}
	}
	if best < 0 {
		return 0, nil
	}
	rank := 1
	for i, sc := range scores {
		if sc > 0 && i != best && ahead(sc, passages[i].Ref, scores[best], passages[best].Ref) {
			rank++
		}
	}
	if rank > max(1, min(k, len(passages))) {
		return 0, nil
	}
	return rank, nil
}

// Abstains reports whether Result would decline the question under p,
// without ranking it.
func (s *Search) Abstains(p Params) bool {
	return s.abstains(s.lexicalRanking(p).ev, p)
}

// abstains decides on the evidence of BM25's best passage (see
// abstainsByWords), but answers a question asking the order of events
// or the time between them when the text dates one of them, and what
// declines it is only that the passages its words find date neither
// (see timelineAnswers).
func (s *Search) abstains(ev evidence, p Params) bool {
	return s.abstainsByWords(ev, p) && !s.timelineAnswers(ev, p)
}

// abstainsByWords decides on the evidence of BM25's best passage. A question
// asked of the text itself is weighed against the passage whose voice
// fits it best too ("Does he admit his own political bias?" against the
// author owning his politics), and one with no words of a subject ("What
// sources does he rely on?") is answered when some passage has that voice.
func (s *Search) abstainsByWords(ev evidence, p Params) bool {
	// A question naming a passage by its ref is answered from it; one
	// naming only refs the text lacks is declined, with a hint.
	switch {
	case len(s.Q.Named) > 0:
		return false
	case len(s.Q.Unfound) > 0:
		return true
	case len(s.citing) > 0:
		// A question asking what a citation gives of a work it names is
		// answered by the citation (see citingPassages).
		return false
	}
	intent := s.intent
	switch {
	case len(intent) == 0:
		return ev.abstains(s.Q, p, s.similarity) && s.partsAbstain(p)
	case !slices.ContainsFunc(s.Q.Stems, func(t string) bool { return !s.r.chatWord(s.Q, t) }):
		// Words of chat alone ("does the guy admit hes biased lol") are
		// no subject: the question asks of the text itself.
		return false
	case s.Q.Intent.Has(Reliance):
		// How much the text rests on others' work is asked of the text
		// itself, whatever words the asker adds ("rest mostly"), and a
		// passage says what it rests on.
		return false
	}
	return ev.abstains(s.Q, p, s.similarity) && s.evidenceOf([]*essay.Passage{s.r.Corpus.Passages[intent[0]]}).abstains(s.Q, p, s.similarity) &&
		s.partsAbstain(p)
}

// declinedBy names why abstains declined the question: it
// names only refs the text lacks, or the evidence of BM25's best passage
// declines it (see evidence.declinedBy), as abstains requires of every
// other question it declines.
func (s *Search) declinedBy(ev evidence, p Params) string {
	if len(s.Q.Unfound) > 0 {
		return "names only refs the text lacks"
	}
	return ev.declinedBy(s.Q, p, s.similarity)
}

// partsAbstain reports whether every part of a question of several parts
// would be declined asked on its own, each weighed against its own best
// passage: "What was the cap on party members' salaries and when was it
// dropped?" is addressed though the text never says "dropped", and the
// answer says what it holds for each part. A question of one part has
// been weighed whole.
func (s *Search) partsAbstain(p Params) bool {
	if len(s.Q.Parts) < 2 {
		return true
	}
	// A name the text never mentions is weighed on the question as a
	// whole. What it asks of a named thing is not, when another part asks
	// nothing of one, nor a kind of fact the text does not give (a year,
	// a number), which one part may ask and another not: each part is
	// weighed on its own below, asking only what it asks itself (see
	// askedAlone).
	whole := s.lexicalRanking(p).ev
	if whole.mixed {
		whole.relates = false
	}
	by := whole.offGroundBy(s.Q, p)
	// "When and how did he die?" asks both of one clause: a part of no
	// words of its own weighs on the other. A part searched on its own
	// with the words of the part it points back to asks only its own
	// fact (see partHits).
	alone := givesNoFact(by) && !s.isPart && !slices.ContainsFunc(s.Q.Parts, func(part Part) bool { return len(part.Stems) == 0 })
	if by != "" && !alone {
		return true
	}
	for i, part := range s.Q.Parts {
		if len(part.Stems) == 0 {
			// A part all framing asked of the text itself ("why did he
			// write this, and is he upfront about his bias?") is answered
			// by the passage whose voice fits, as a whole question of
			// that kind is (see abstains).
			if len(s.intent) > 0 {
				return false
			}
			continue
		}
		sub := s.Q.only(part.Stems)
		if alone {
			sub = askedAlone(s.Q, part)
		}
		key := partKey{i, p.StandInWeight, p.RelatedWeight, alone}
		ev, ok := s.parts[key]
		if !ok {
			ts, ws := sub.nearOnly().lexical(p)
			order := s.r.byPassage(s.r.Index.Lexical(ts, ws, coverageDepth))
			var best []*essay.Passage
			for _, j := range order[:min(coverageDepth, len(order))] {
				best = append(best, s.r.Corpus.Passages[j])
			}
			ev = s.r.evidence(sub, best)
			ev.undefined = ev.undefined || s.r.partUndefined(sub, part)
			s.parts[key] = ev
		}
		if !ev.abstains(sub, p, s.similarity) && (!alone || s.r.standsAlone(sub, part, whole, by, p)) {
			return false
		}
	}
	return true
}

type partKey struct {
	part                   int
	standIn, relatedWeight float64
	// alone is set when the part asks only what it asks itself (see
	// askedAlone).
	alone bool
}

// ranksByIntent reports whether passages are ranked by their voice too
// (see Intent): for a question asked of the text itself, but not for one
// asking the sources of a claim it names ("What sources show he condemned
// the cult?"), whose notes are found beside the claim rather than among
// the passages that name sources in general.
func (s *Search) ranksByIntent() bool {
	return len(s.intent) > 0 && (len(s.Q.Stems) == 0 || s.Q.Intent.Has(Stance) || s.Q.Intent.Has(Purpose) || s.Q.Intent.Has(Reliance) || s.Q.Intent.Has(Further) || s.Q.Intent.Has(Limits))
}

// ahead reports whether a passage scored a with ref ra ranks before one
// scored b with ref rb: by score, then by ref.
func ahead(a float64, ra essay.Ref, b float64, rb essay.Ref) bool {
	if a != b {
		return a > b
	}
	return ra.Less(rb)
}

// scores returns the fused score of every passage, by position in the
// corpus; 0 for a passage no ranking found.
func (s *Search) scores(ctx context.Context, p Params, mode Mode) ([]float64, error) {
	scores := make([]float64, len(s.r.Corpus.Passages))
	switch mode {
	case PlainLexical:
		fuse(s.plainRanking(), 1, p.RRFK, scores)
	case LexicalOnly, Hybrid:
		fuse(s.lexicalRanking(p).order, 1, p.RRFK, scores)
	}
	// A question all of whose words frame what it asks of the text
	// ("Is he biased?", "his political bias") has no subject for the
	// vectors to find.
	framing := len(s.intent) > 0 && s.Q.onlyStance()
	if mode == SemanticOnly || mode == Hybrid && !framing {
		fuse(s.semantic, p.SemanticWeight, p.RRFK, scores)
	}
	if mode == LexicalOnly || mode == Hybrid {
		if s.ranksByIntent() {
			s.r.fuseIntent(s.Q.Intent, s.intent, intentWeight(mode, p)*s.Q.intentShare(), p.RRFK, scores)
		}
	}
	if mode != PlainLexical {
		s.r.lendToNotes(scores, p.NoteShare)
		if s.weighsSources() {
			s.r.favourNotes(scores, p.SourceShare, s.Q.Intent.Has(Sources), p.SourceVoice)
		} else if p.OrphanShare < 1 {
			for _, i := range s.r.positions().orphans {
				scores[i] *= p.OrphanShare
			}
		}
	}
	if mode == LexicalOnly || mode == Hybrid {
		favourQuoted(scores, s.quoted)
	}
	if mode != PlainLexical && asksDate(s.Q) {
		s.r.favourYears(scores)
	}
	if mode != PlainLexical {
		s.r.favourCited(s.Q, scores)
		s.r.favourViews(s.Q, scores)
		s.favourVerdicts(scores)
		s.favourChapters(scores)
		s.favourOwnersWork(scores)
	}
	s.r.putFirst(scores, append(slices.Clone(s.Q.Named), s.citing...), topScore(mode, p, s.ranksByIntent()))
	return scores, nil
}

// lexicalRanking returns BM25's ranking of the passages for the query as
// searched with p's weights of related words and of pairs of words, and
// the evidence its best passage by the words alone gives. Coverage is a lexical test, so it looks at these
// passages whatever the mode: the decision to abstain is then the same
// for every ranking.
func (s *Search) lexicalRanking(p Params) lexicalRanking {
	key := lexicalWeights(p)
	if l, ok := s.lexical[key]; ok {
		return l
	}
	ts, ws := s.Q.lexical(p)
	matches := s.r.Index.Lexical(ts, ws, depth)
	words := s.r.byPassage(matches)
	// The evidence is read from the best passage by the words alone (see
	// evidencePassages), and without the words that cast what the
	// question asks when that passage tells what they cast (see
	// unframed).
	best := s.evidencePassages(s.Q, p, words)
	if eq := s.unframed(); eq != s.Q {
		if unframed := s.evidencePassages(eq, p, words); s.framesHeld(unframed) {
			best = unframed
		}
	}
	matches = s.besideTheirNames(matches, ts, ws)
	order := s.r.byPassage(matches)
	// The words a question's intent looks for ("purpose") rank the
	// passages, but are no words of its subject for the evidence.
	if its, iws := s.Q.Intent.search(ts, ws, p); !slices.Equal(iws, ws) {
		matches = s.besideTheirNames(s.r.Index.Lexical(its, iws, depth), its, iws)
		order = s.r.byPassage(matches)
	}
	if p.PhraseWeight > 0 && s.pairsWeigh() {
		matches = s.withPhrases(matches, p.PhraseWeight)
		order = s.r.byPassage(matches)
	}
	if p.PhraseWeight > 0 && len(s.Q.idioms) > 0 && s.pairsWeigh() {
		matches = s.withIdioms(matches, p.PhraseWeight)
		order = s.r.byPassage(matches)
	}
	// A name given is no pair: asked in one part of several what a thing
	// is, the passage naming it answers that part, and the others find
	// their own.
	if !s.Q.Intent.Has(Sources) && !s.Q.Intent.Has(Reading) {
		if named, ok := s.withNames(matches, nameWeight); ok {
			order = s.r.byPassage(named)
		}
	}
	ev := s.evidenceOf(best)
	// A length of time is looked for a little deeper: the passage that
	// gives it ("for one night") need not hold the question's words most.
	if asksDuration(s.Q) {
		for _, i := range words[:min(durationDepth, len(words))] {
			ev.duration = ev.duration || durationRe.MatchString(s.r.Corpus.Passages[i].Text())
		}
	}
	s.datesBeside(&ev)
	s.datesFirstPublished(&ev)
	s.datesNamed(&ev, words)
	l := lexicalRanking{order: order, ev: ev}
	s.lexical[key] = l
	return l
}

// evidencePassages returns the passages the evidence that the corpus
// addresses q is read from, words being the passages q's search ranks
// first: read by the words alone, a pair of them side by side says which
// passage speaks of the question, not whether the text holds its words;
// nor does an idiom's meaning, nor a word's other form (see
// Query.literal).
func (s *Search) evidencePassages(q *Query, p Params, words []int32) []*essay.Passage {
	evidenceOrder := words
	if q != s.Q {
		uts, uws := q.lexical(p)
		evidenceOrder = s.r.byPassage(s.r.Index.Lexical(uts, uws, depth))
	}
	if len(q.figurative) > 0 || len(q.forms) > 0 {
		lts, lws := q.literal(p)
		evidenceOrder = s.r.byPassage(s.r.Index.Lexical(lts, lws, coverageDepth))
	} else if near := q.nearOnly(); near != q {
		// Nor does a word two steps from the question's (see
		// Query.throughKin): it may rank passages, not vouch for them.
		nts, nws := near.lexical(p)
		evidenceOrder = s.r.byPassage(s.r.Index.Lexical(nts, nws, coverageDepth))
	}
	var best []*essay.Passage
	for _, i := range evidenceOrder[:min(coverageDepth, len(evidenceOrder))] {
		best = append(best, s.r.Corpus.Passages[i])
	}
	return best
}

// lexicalWeights are the weights of p that lexicalRanking reads: those
// of stand-ins, of related words and of pairs.
func lexicalWeights(p Params) [3]float64 {
	return [3]float64{p.StandInWeight, p.RelatedWeight, p.PhraseWeight}
}

// weighsSources reports whether scores weighs the passages as sources
// (see favourNotes): for a question asking for sources or for further
// reading, or naming the text's notes.
func (s *Search) weighsSources() bool {
	return s.Q.Intent.Has(Sources) || s.Q.Intent.Has(Reading) || s.Q.notesNamed
}

// besideTheirNames takes from each chunk's score what the words related
// to a name the question gives (see Query.nameKin) gave it where the name
// does not stand. What the dictionary relates to a name's stem is what a
// common word spelt like it means ("factory" for "Mill", or what a
// dictionary relates to an "-ism" named after someone): beside the name it
// may still say something of him, but a passage holding it without him is
// no nearer him ("Who could X not control?" found a paragraph calling
// other parties by a word related to X's "-ism", and never naming him,
// before the one saying what he could not control). ts and ws are the
// terms searched and their weights.
func (s *Search) besideTheirNames(matches []index.Match, ts []string, ws []float64) []index.Match {
	if len(s.Q.nameKin) == 0 {
		return matches
	}
	bm := s.r.Index.BM25
	out := slices.Clone(matches)
	changed := false
	for k, m := range out {
		for i, t := range ts {
			name, ok := s.Q.nameKin[t]
			if !ok || bm.Holds(name, m.Chunk) {
				continue
			}
			if tf := termFreq(bm, t, m.Chunk); tf > 0 {
				out[k].Score -= ws[i] * bm.IDF(t) * bm.Saturated(m.Chunk, tf)
				changed = true
			}
		}
	}
	if !changed {
		return matches
	}
	out = slices.DeleteFunc(out, func(m index.Match) bool { return m.Score <= 1e-12 })
	byScore(out)
	return out
}

// termFreq returns how many times chunk holds term.
func termFreq(ix *bm25.Index, term string, chunk int) float64 {
	ps := ix.Postings[term]
	i, ok := slices.BinarySearchFunc(ps, int32(chunk), func(p bm25.Posting, d int32) int { return int(p.Doc) - int(d) })
	if !ok {
		return 0
	}
	return float64(ps[i].TF)
}

// plainRanking returns plain BM25's ranking of the passages.
func (s *Search) plainRanking() []int32 {
	if !s.plainSet {
		s.plain, s.plainSet = s.r.byPassage(s.r.Index.Lexical(s.Q.Stems, nil, depth)), true
	}
	return s.plain
}

// passagePositions finds passages by ref and a paragraph's notes by
// position in the corpus, for ranking without maps.
type passagePositions struct {
	of map[essay.Ref]int
	// notes lists, for each paragraph, the positions of the notes it marks;
	// orphans the notes no paragraph marks.
	notes   [][]int
	orphans []int
}

// positions returns the corpus's passage positions, computed once.
func (r *Retriever) positions() *passagePositions {
	r.posOnce.Do(func() {
		n := len(r.Corpus.Passages)
		ps := &passagePositions{of: make(map[essay.Ref]int, n), notes: make([][]int, n)}
		for i, p := range r.Corpus.Passages {
			ps.of[p.Ref] = i
		}
		for i, p := range r.Corpus.Passages {
			if p.Ref.Kind != essay.Paragraph {
				continue
			}
			for _, n := range p.Notes {
				if j, ok := ps.of[p.NoteRef(n)]; ok {
					ps.notes[i] = append(ps.notes[i], j)
				}
			}
		}
		marked := make([]bool, n)
		for _, ns := range ps.notes {
			for _, j := range ns {
				marked[j] = true
			}
		}
		for i, p := range r.Corpus.Passages {
			if p.Ref.Kind == essay.Note && !marked[i] {
				ps.orphans = append(ps.orphans, i)
			}
		}
		r.pos = ps
	})
	return r.pos
}

// lendToNotes raises each footnote's score to share of the best paragraph
// that marks it, if that is higher. A note often names only its sources
// and leaves its topic to the sentence it hangs from ("... quotes a number
// of passages in which he does this"), so a question on that topic should
// find the note next to the paragraph.
func (r *Retriever) lendToNotes(scores []float64, share float64) {
	notes := r.positions().notes
	for i, s := range scores {
		for _, j := range notes[i] {
			scores[j] = max(scores[j], share*s)
		}
	}
}

// favourNotes puts footnotes ahead of paragraphs of nearly the same score,
// for a question that asks for sources: a text keeps its sources in its
// notes. Paragraphs keep share of their score rather than notes gaining,
// so that scores stay within 0 to 1.
//
//   - sources: whether the question asks what the text rests on (Sources),
//     not only where a claim can be read (Reading).
//   - least: for such a question, a paragraph whose own voice names what
//     the text rests on at least this strongly (see Intent.weigh) keeps
//     its whole score, as a note does; 0 for none.
func (r *Retriever) favourNotes(scores []float64, share float64, sources bool, least float64) {
	var vs []voice
	if sources && least > 0 {
		vs = r.voices()
	}
	for i, p := range r.Corpus.Passages {
		if p.Ref.Kind != essay.Paragraph || vs != nil && Sources.weigh(vs[i]) >= least {
			continue
		}
		scores[i] *= share
	}
}

// favourYears puts the passages that give a year ahead of those of
// nearly the same score that give none, for a question asking in what
// year: only a year answers it ("What year was the speech?" is answered by
// the note dating its anniversary, not the one that only names the
// speech). Passages giving none keep yearlessShare of their score, so that
// scores stay within 0 to 1.
func (r *Retriever) favourYears(scores []float64) {
	for i := range r.Corpus.Passages {
		if scores[i] > 0 && !r.givesYear(i) {
			scores[i] *= yearlessShare
		}
	}
}

// putFirst ranks the passages a question names by their refs first, at
// the top score, in the order named; the others keep half their score, so
// that an answer weighs them well below the passage asked about.
func (r *Retriever) putFirst(scores []float64, named []*essay.Passage, top float64) {
	if len(named) == 0 {
		return
	}
	for i := range scores {
		scores[i] /= 2
	}
	of := r.positions().of
	for k, p := range named {
		if i, ok := of[p.Ref]; ok {
			// A hair apart, so that they read in the order named.
			scores[i] = top * (1 - 1e-9*float64(k))
		}
	}
}

// topScore is the fused score of a passage ranked first by every ranking
// in use; scores are divided by it so that they run from 0 to 1.
//
//   - intent: whether passages were ranked by the question's intent.
func topScore(mode Mode, p Params, intent bool) float64 {
	var w float64
	switch mode {
	case PlainLexical:
		w = 1
	case SemanticOnly:
		w = p.SemanticWeight
	case LexicalOnly:
		w = 1
	default:
		w = 1 + p.SemanticWeight
	}
	if intent && (mode == LexicalOnly || mode == Hybrid) {
		w += intentWeight(mode, p)
	}
	return w / (p.RRFK + 1)
}

// intentWeight is the weight of the ranking by a question's intent in
// mode. It is chosen against BM25's ranking alone; in the hybrid the
// subject is found by BM25 and the vectors together, which mostly agree,
// so the voice weighs against both: otherwise the vectors, counting the
// same words again, outvote it ("Does the author admit his political
// bias?" found the paragraph saying "political" most, not the one where
// he owns his politics).
func intentWeight(mode Mode, p Params) float64 {
	if mode == Hybrid {
		return p.IntentWeight * (1 + p.SemanticWeight)
	}
	return p.IntentWeight
}

// byPassage turns a ranking of chunks into one of passages: each
// passage's position in the corpus, in the order of its best chunk.
func (r *Retriever) byPassage(matches []index.Match) []int32 {
	of := r.positions().of
	out := []int32{}
	seen := make(map[int]bool, len(matches))
	for _, m := range matches {
		i, ok := of[r.Index.Chunks[m.Chunk].Ref]
		if ok && !seen[i] {
			seen[i] = true
			out = append(out, int32(i))
		}
	}
	return out
}

// fuse adds one ranking's reciprocal-rank votes.
func fuse(order []int32, weight, k float64, scores []float64) {
	for rank, i := range order {
		scores[i] += weight / (k + float64(rank+1))
	}
}
