package essay_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/retrieve"
	"studyguide/internal/retrieve/retrievetest"
)

// TestNamingTheAuthorChangesNothing asks each real text's questions again
// with its author named ("According to Paine, ..."): a reader who names the
// author asks the same question, so the text is not declined and the
// passage that answers it is found as the plain question finds it.
func TestNamingTheAuthorChangesNothing(t *testing.T) {
	for _, tc := range texts {
		surname := firstSurname(tc.author)
		if surname == "" {
			continue
		}
		t.Run(tc.file, func(t *testing.T) {
			r := retrievetest.New(t, loadText(t, tc.file))
			for q, want := range tc.questions {
				if want == "" {
					continue
				}
				named := "According to " + surname + ", " + lowerFirst(q)
				res, err := r.Retrieve(context.Background(), named, 3)
				if err != nil {
					t.Fatal(err)
				}
				if res.Abstain {
					t.Errorf("%q is declined", named)
					continue
				}
				if !holdsAmongBest(res.Hits, want) {
					t.Errorf("%q: the passage holding %q is not among the best", named, want)
				}
			}
		})
	}
}

// firstSurname is the last word of the first name in an author line such as
// "Alexander Hamilton, John Jay and James Madison".
func firstSurname(author string) string {
	first, _, _ := strings.Cut(author, ",")
	first, _, _ = strings.Cut(first, " and ")
	words := strings.Fields(first)
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// holdsAmongBest reports whether one of the two best hits holds want, as
// TestRealTextsAnswerFromTheRightPassage asks of the plain question.
func holdsAmongBest(hits []retrieve.Hit, want string) bool {
	return slices.ContainsFunc(hits[:min(2, len(hits))], func(h retrieve.Hit) bool { return strings.Contains(h.Passage.Text(), want) })
}
