package modelguide

import (
	"errors"
	"fmt"
	"strings"

	"studyguide/internal/citation"
	"studyguide/internal/essay"
	"studyguide/internal/guide"
)

var errUnpaired = errors.New("its quotation marks do not pair up")

// quotations finds the quotations of a prompt, as every check of the
// tool finds them (citation.Quotations). A double mark that opens or
// closes nothing is an error: the text cannot be read safely.
func quotations(text string) ([]citation.Quote, error) {
	qs := citation.Quotations(text)
	for _, q := range qs {
		if !q.Closed {
			return nil, errUnpaired
		}
	}
	last := 0
	for _, q := range append(qs, citation.Quote{From: len(text)}) {
		if strings.ContainsAny(text[last:q.From], `"“”„«»`) {
			return nil, errUnpaired
		}
		last = q.To
	}
	return qs, nil
}

// checkQuotes checks that every quotation of a prompt, in whatever marks,
// stands verbatim in one of the passages it cites, and returns the prompt
// with each quotation in the passage's own words: double quotations
// (and guillemets, backticks) in curly double quotes, which the guide
// keeps for verbatim words, single ones in curly single quotes (a term,
// as in ‘class rule’).
func checkQuotes(text string, cited []*essay.Passage) (string, []guide.Quote, string) {
	spans, err := quotations(text)
	if err != nil {
		return "", nil, err.Error()
	}
	var b strings.Builder
	var quotes []guide.Quote
	last := 0
	for _, sp := range spans {
		inner := strings.TrimSpace(text[sp.Start:sp.End])
		if inner == "" {
			return "", nil, "it has empty quotation marks"
		}
		if hasEllipsis(inner) {
			return "", nil, "a quotation in it leaves words out"
		}
		q, ok := findIn(cited, inner)
		if !ok {
			// The words are not repeated: a misquote is shown nowhere.
			return "", nil, fmt.Sprintf("it quotes words that are not verbatim in %s", refNames(cited))
		}
		b.WriteString(text[last:sp.From])
		if !sp.Single {
			b.WriteString("“" + q.Text + "”")
			quotes = append(quotes, q)
		} else {
			b.WriteString("‘" + q.Text + "’")
		}
		last = sp.To
	}
	b.WriteString(text[last:])
	return b.String(), quotes, ""
}

// findIn finds words in the first passage that holds them.
func findIn(ps []*essay.Passage, words string) (guide.Quote, bool) {
	for _, p := range ps {
		if found, why := verbatimIn(p, words); why == "" {
			return guide.Quote{Ref: p.Ref, Text: found}, true
		}
	}
	return guide.Quote{}, false
}

func refNames(ps []*essay.Passage) string {
	var refs []string
	for _, p := range ps {
		refs = append(refs, p.Ref.String())
	}
	return strings.Join(refs, ", ")
}
