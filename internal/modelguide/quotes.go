package modelguide

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/guide"
)

// span is one quotation in a text: text[from:to] is all of it, with its
// marks, and text[start:end] what it quotes.
type span struct {
	from, start, end, to int
	// double is true for “...” and "...", false for ‘...’.
	double bool
}

var errUnpaired = errors.New("its quotation marks do not pair up")

// quoteSpans finds the quotations of a text, in order: outermost curly
// double quotes (quotes nested inside belong to them, as the essay's own
// straight quotes do), straight double quotes outside them, and curly
// single quotes, which close at a ’ that no letter follows (so that
// "Stalin’s" keeps its apostrophe). A mark that opens or closes nothing is
// an error: the text cannot be read safely.
func quoteSpans(text string) ([]span, error) {
	var out []span
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		var sp span
		var err error
		switch r {
		case '“':
			sp, err = curlyDouble(text, i)
		case '"':
			sp, err = straight(text, i)
		case '‘':
			sp, err = curlySingle(text, i)
		case '”':
			err = errUnpaired
		default:
			i += size
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, sp)
		i = sp.to
	}
	return out, nil
}

func curlyDouble(text string, from int) (span, error) {
	depth := 0
	for i, r := range text[from:] {
		switch r {
		case '“':
			depth++
		case '”':
			depth--
			if depth == 0 {
				end := from + i
				return span{from: from, start: from + len("“"), end: end, to: end + len("”"), double: true}, nil
			}
		}
	}
	return span{}, errUnpaired
}

func straight(text string, from int) (span, error) {
	n := strings.IndexByte(text[from+1:], '"')
	if n < 0 {
		return span{}, errUnpaired
	}
	end := from + 1 + n
	return span{from: from, start: from + 1, end: end, to: end + 1, double: true}, nil
}

func curlySingle(text string, from int) (span, error) {
	start := from + len("‘")
	for i, r := range text[start:] {
		if r != '’' {
			continue
		}
		end := start + i
		next, _ := utf8.DecodeRuneInString(text[end+len("’"):])
		if !unicode.IsLetter(next) {
			return span{from: from, start: start, end: end, to: end + len("’")}, nil
		}
	}
	return span{}, errUnpaired
}

// checkQuotes checks that every quotation of a prompt stands verbatim in
// one of the passages it cites, and returns the prompt with each
// quotation in the passage's own words: double quotations in curly
// quotes, which the guide keeps for verbatim words, single ones as they
// were (a term, such as ‘nomenklatura’).
func checkQuotes(text string, cited []*essay.Passage) (string, []guide.Quote, string) {
	spans, err := quoteSpans(text)
	if err != nil {
		return "", nil, err.Error()
	}
	var b strings.Builder
	var quotes []guide.Quote
	last := 0
	for _, sp := range spans {
		inner := strings.TrimSpace(text[sp.start:sp.end])
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
		b.WriteString(text[last:sp.from])
		if sp.double {
			b.WriteString("“" + q.Text + "”")
			quotes = append(quotes, q)
		} else {
			b.WriteString("‘" + q.Text + "’")
		}
		last = sp.to
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
