package retrieve

import "studyguide/internal/essay"

// evidenceOf returns the evidence passages give of the question, weighed
// once for each set of passages: the evidence reads no weight, and eval
// ranks each question under dozens of settings of the weights of related
// words and of pairs (see lexicalRanking), most of which find the same
// best passage, and tests abstention under hundreds of thresholds
// against the passage whose voice fits the question (see abstains).
func (s *Search) evidenceOf(passages []*essay.Passage) evidence {
	if len(passages) > coverageDepth {
		return s.r.evidence(s.Q, passages)
	}
	var key [coverageDepth]*essay.Passage
	copy(key[:], passages)
	if ev, ok := s.evidences[key]; ok {
		return ev
	}
	ev := s.r.evidence(s.Q, passages)
	if s.evidences == nil {
		s.evidences = map[[coverageDepth]*essay.Passage]evidence{}
	}
	s.evidences[key] = ev
	return ev
}
