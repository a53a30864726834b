package retrieve

import (
	"context"
	"slices"
	"testing"
)

// TestMixedQuestionsAreReadByTheirEnglish checks, on the essay, that a
// question asked mostly in another language around English terms (here
// Indonesian and Spanish, written for this test) is answered from the
// passage its English words ask of, and the reading noted: each was
// declined as never mentioning the asker's own words ("siapa", "quien").
func TestMixedQuestionsAreReadByTheirEnglish(t *testing.T) {
	checkReadings(t, []readingCase{
		{"Apa itu nomenklatura menurut penulis?", "¶58", Respelling{"Apa itu nomenklatura menurut penulis?", "nomenklatura"}},
		{"Siapa yang menghalangi Stalin dengan constitutional reforms?", "¶53",
			Respelling{"Siapa yang menghalangi Stalin dengan constitutional reforms?", "Stalin constitutional reforms"}},
		{"¿Quién bloqueó las constitutional reforms de Stalin?", "¶53",
			Respelling{"¿Quién bloqueó las constitutional reforms de Stalin?", "constitutional reforms Stalin"}},
		{"Kenapa Stalin ingin contested elections dalam konstitusi?", "¶49",
			Respelling{"Kenapa Stalin ingin contested elections dalam konstitusi?", "Stalin contested elections"}},
	})
}

// TestMixedQuestionsOfNamesAloneStayDeclined checks that a question in
// another language whose English is names alone, or a word the text
// lacks, is still declined: its own words ask what the names do not
// ("has Stalin twins?", "how many children had Stalin with his wife?").
func TestMixedQuestionsOfNamesAloneStayDeclined(t *testing.T) {
	checkStillDeclined(t, []textQuestions{
		{"", []string{
			"Apakah Stalin punya anak kembar?",
			"¿Cuántos hijos tenía Stalin con su esposa?",
			"Kya Khrushchev ne football khela tha?",
		}},
		{"civil-disobedience.md", []string{
			"¿Cuántos hijos tenía Thoreau con su esposa?",
			"Apakah Thoreau punya anak kembar?",
		}},
	})
}

// TestMixedQuestionsOnAnotherText checks the reading on a development
// text: a Spanish and an Indonesian question around Thoreau's terms are
// answered from the paragraph on the tax he did not pay.
func TestMixedQuestionsOnAnotherText(t *testing.T) {
	r := textRetriever(t, "../essay/testdata/texts/civil-disobedience.md")
	for _, q := range []string{
		"¿Por qué el autor no pagó el poll-tax durante seis años?",
		"Kenapa penulis tidak bayar poll-tax selama enam tahun?",
	} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain {
			t.Errorf("%q: declined by %s", q, res.DeclinedBy)
			continue
		}
		if !slices.ContainsFunc(res.Query.Respelled, func(rs Respelling) bool { return rs.Typed == q }) {
			t.Errorf("%q: not read by its English: %v", q, res.Query.Respelled)
		}
		if got := res.Hits[0].Passage.Ref.String(); got != "¶30" {
			t.Errorf("%q: first passage %s", q, got)
		}
	}
}

// TestEnglishWithSlipsIsNotMixed checks that an English question full of
// slips, text speech or names the text lacks keeps its English reading:
// its function words are English.
func TestEnglishWithSlipsIsNotMixed(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{
		"wht did stln want w/ the elections & who blockd him",
		"y wer peple payd more and wat did it lead to",
		"what did navalny and zelensky discuss of the nomenklatura",
		"was the nomenklatura realy all powerfull?",
	} {
		if m := r.mixedReading(q); len(m.Foreign) > 0 {
			t.Errorf("%q: read as mixed, foreign %v", q, m.Foreign)
		}
	}
}

// TestMixedWordsAreNotRespelt checks that the speller leaves the words
// of the asker's own language as typed in a mixed question: "hai" was
// read as "hay", "con su" as "Chinese".
func TestMixedWordsAreNotRespelt(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{"Nomenklatura kya hai is essay mein?", "¿Cuántos hijos tenía Stalin con su esposa?"} {
		q, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if len(q.Mixed.Foreign) == 0 {
			t.Errorf("%q: not read as mixed", q.Asked)
		}
		if i := slices.IndexFunc(q.Respelled, func(rs Respelling) bool { return rs.Typed != q.Asked }); i >= 0 {
			t.Errorf("%q: respelt %q as %q", q.Asked, q.Respelled[i].Typed, q.Respelled[i].Read)
		}
	}
}
