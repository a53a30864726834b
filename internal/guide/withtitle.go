package guide

import "studyguide/internal/lazyregexp"

// withTitle writes a person's name with the title the text always gives
// it: Holmes's landlady is "Mrs. Turner" every time, and the glossary
// headed her "Turner", a name the story never uses alone and that reads
// as someone else's. A name the text also writes bare, or after
// different titles, stays as it is.
func withTitle(cd *candidate) string {
	title := ""
	for _, p := range cd.Uses {
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			m := nameTitleRe.FindString(text[:at])
			if m == "" || title != "" && m != title {
				return cd.Term
			}
			title = m
		}
	}
	return title + cd.Term
}

// nameTitleRe is a short title just before a name: "Mrs. ", "Dr. ".
var nameTitleRe = lazyregexp.New(`\b(?:Mr|Mrs|Ms|Dr|Messrs)\.? $`)
