package citation

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote is one quotation in a text: text[From:To] is all of it, with its
// marks, and text[Start:End] what it quotes.
type Quote struct {
	From, Start, End, To int
	// Single is true for single marks ('…', ‘…’, ‚…‘, ‹…›), which also
	// set off terms and scare quotes; false for double marks, guillemets
	// and backticks.
	Single bool
	// Closed is false for a double quotation that no mark ends: it runs
	// to the end of its line, and End and To are that end.
	Closed bool
}

// Quotations finds the outermost quotations of text, in order, in every
// style a writer or a model uses: straight and curly double and single
// quotes, guillemets (« », » «, ‹ ›), low-high quotes („ “, „ ”, ‚ ‘)
// and backticks, each also doubled (""…"", ”…”). Quotes nested inside a
// quotation belong to it.
//
// A single quote is read from the letters around it. Between letters
// (don't, the author's) it is an apostrophe. Before a word ('30s, 'tis, 'n')
// it opens a quotation unless the word is an elision. After a word it
// closes one, if one is open; after an s followed by a word (others'
// views) it closes one only when no later mark can. A quotation never
// runs past the end of a line: an open single quote left there was an
// apostrophe; an open double quote is returned unclosed, so that a
// caller can check or refuse what follows it.
func Quotations(text string) []Quote {
	q := quoteScanner{text: text}
	q.scan()
	q.endLine(len(text))
	return outermost(q.out)
}

// openFrom returns where the outermost quotation still open at the end of
// text begins, single quotes and backticks included, or -1: for a stream,
// the point from which the text may yet turn out to be quoted.
func openFrom(text string) int {
	q := quoteScanner{text: text}
	q.scan()
	if len(q.stack) == 0 {
		return -1
	}
	return q.stack[0].from
}

// outermost drops the quotations that lie inside another. Every closed
// quotation is found, not only those closed at the outside, because an
// open quote that turns out to be an apostrophe contains nothing.
func outermost(qs []Quote) []Quote {
	slices.SortFunc(qs, func(a, b Quote) int {
		if a.From != b.From {
			return a.From - b.From
		}
		return b.To - a.To
	})
	out := qs[:0]
	end := -1
	for _, q := range qs {
		if q.From >= end {
			out = append(out, q)
			end = q.To
		}
	}
	return out
}

// open is a quotation begun but not yet ended.
type open struct {
	mark  rune
	ticks int // the length of a backtick run
	from  int
	start int
}

type quoteScanner struct {
	text  string
	stack []open
	out   []Quote
}

func (q *quoteScanner) scan() {
	for i := 0; i < len(q.text); {
		r, size := utf8.DecodeRuneInString(q.text[i:])
		switch {
		case r == '\n':
			q.endLine(i)
		case r == '`':
			size = q.backticks(i)
		case len(q.stack) > 0 && q.stack[len(q.stack)-1].mark == '`':
			// Inside backticks every other mark is text.
		case r == '\'' && strings.HasPrefix(q.text[i:], "''"):
			// Two straight single quotes stand for a double one.
			size = 2
			q.double('"', i, size)
		case isSingle(r):
			q.single(r, i, size)
		case isDouble(r):
			// A doubled mark (""…"") is one mark.
			for strings.HasPrefix(q.text[i+size:], string(r)) {
				size += len(string(r))
			}
			q.double(r, i, size)
		}
		i += size
	}
}

// backticks handles a run of backticks at i, which closes an open run of
// the same length or opens one, and returns the run's length.
func (q *quoteScanner) backticks(i int) int {
	n := 0
	for i+n < len(q.text) && q.text[i+n] == '`' {
		n++
	}
	if k := len(q.stack) - 1; k >= 0 && q.stack[k].mark == '`' {
		if q.stack[k].ticks == n {
			q.close(k, i, i+n)
		}
		return n
	}
	q.stack = append(q.stack, open{mark: '`', ticks: n, from: i, start: i + n})
	return n
}

func (q *quoteScanner) double(r rune, i, size int) {
	if k := q.closes(r); k >= 0 {
		q.close(k, i, i+size)
		return
	}
	if r != '”' {
		q.stack = append(q.stack, open{mark: r, from: i, start: i + size})
	}
}

func (q *quoteScanner) single(r rune, i, size int) {
	switch q.role(r, i, size) {
	case opener:
		q.stack = append(q.stack, open{mark: r, from: i, start: i + size})
	case closer:
		if k := q.closes(r); k >= 0 {
			q.close(k, i, i+size)
		}
	case weakCloser:
		if k := q.closes(r); k >= 0 && !q.laterCloser(i+size) {
			q.close(k, i, i+size)
		}
	case either:
		// ‹ and › open or close by what is open.
		if k := q.closes(r); k >= 0 {
			q.close(k, i, i+size)
		} else {
			q.stack = append(q.stack, open{mark: r, from: i, start: i + size})
		}
	}
}

// closes returns the depth of the innermost open quotation that mark r
// closes, or -1.
func (q *quoteScanner) closes(r rune) int {
	for k := len(q.stack) - 1; k >= 0; k-- {
		if closesMark(q.stack[k].mark, r) {
			return k
		}
	}
	return -1
}

// closesMark reports whether r ends a quotation that open began.
func closesMark(open, r rune) bool {
	switch open {
	case '"':
		return r == '"'
	case '“':
		return r == '”'
	case '„':
		return r == '“' || r == '”'
	case '«':
		return r == '»'
	case '»':
		return r == '«'
	case '‹':
		return r == '›'
	case '›':
		return r == '‹'
	case '\'', '‘':
		return r == '\'' || r == '’'
	case '‚':
		return r == '‘' || r == '’'
	}
	return false
}

// close ends the quotation open at depth k with the mark text[at:to]; any
// opened inside it and still open were not quotations.
func (q *quoteScanner) close(k, at, to int) {
	o := q.stack[k]
	q.stack = q.stack[:k]
	q.out = append(q.out, Quote{From: o.from, Start: o.start, End: at, To: to, Single: isSingle(o.mark), Closed: true})
}

// endLine ends the line at i: the outermost double quotation still open
// is returned unclosed; open single quotes were apostrophes.
func (q *quoteScanner) endLine(i int) {
	for _, o := range q.stack {
		if !isSingle(o.mark) && o.mark != '`' {
			q.out = append(q.out, Quote{From: o.from, Start: o.start, End: i, To: i})
			break
		}
	}
	q.stack = q.stack[:0]
}

// lookahead bounds how far laterCloser looks, so that a long line full
// of possessives is not read again at each of them.
const lookahead = 1000

// laterCloser reports whether a mark after i on the same line, before the
// next single quote that opens, closes a single quotation for certain.
func (q *quoteScanner) laterCloser(i int) bool {
	for j := i; j < len(q.text) && j < i+lookahead; {
		r, size := utf8.DecodeRuneInString(q.text[j:])
		if r == '\n' {
			return false
		}
		if isSingle(r) {
			switch q.role(r, j, size) {
			case opener:
				return false
			case closer:
				return true
			}
		}
		j += size
	}
	return false
}

// Roles of a single quote.
const (
	apostrophe = iota
	opener
	closer
	// weakCloser is a possessive's apostrophe in the shape of a closing
	// quote: "the others' views".
	weakCloser
	either
)

// role reads the single quote r at text[i:i+size] from its neighbours.
func (q *quoteScanner) role(r rune, i, size int) int {
	switch r {
	case '‹', '›':
		return either
	case '‚':
		return opener
	}
	prev, _ := utf8.DecodeLastRuneInString(q.text[:i])
	next, _ := utf8.DecodeRuneInString(q.text[i+size:])
	before, after := wordy(prev), wordy(next)
	switch {
	case before && after:
		// don't, the author's; but ‘ never stands inside a word.
		if r == '‘' {
			return opener
		}
		return apostrophe
	case !before && after:
		if r == '’' || elision(q.text[i+size:]) {
			return apostrophe
		}
		return opener
	case before || strings.ContainsRune(".,;:!?)]", prev) || isDouble(prev) || prev == '…':
		if r == '‘' {
			// ‘ closes only a ‚ (German ‚…‘).
			if k := q.closes(r); k >= 0 && q.stack[k].mark == '‚' {
				return closer
			}
			return apostrophe
		}
		if strings.ContainsRune("sSxzZ", prev) && next == ' ' {
			return weakCloser
		}
		return closer
	}
	if r == '‘' && next != ' ' && next != utf8.RuneError {
		return opener
	}
	return apostrophe
}

// elisions are words whose first letters an apostrophe stands for.
var elisions = map[string]bool{
	"tis": true, "twas": true, "em": true, "n": true, "til": true, "cause": true, "bout": true,
}

// elision reports whether s, the text after an apostrophe, begins with an
// elided word: '30s, '05, 'tis, rock 'n' roll.
func elision(s string) bool {
	end := strings.IndexFunc(s, func(r rune) bool { return !wordy(r) })
	if end < 0 {
		end = len(s)
	}
	word := strings.ToLower(s[:end])
	if word == "" {
		return false
	}
	if word[0] >= '0' && word[0] <= '9' {
		digits := strings.TrimRight(strings.TrimSuffix(word, "s"), "0123456789")
		return digits == ""
	}
	return elisions[word]
}

func wordy(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isSingle(r rune) bool {
	switch r {
	case '\'', '‘', '’', '‚', '‹', '›':
		return true
	}
	return false
}

func isDouble(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}
