package guide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// fullName returns the one full name the text gives a person it names
// otherwise only after a title, or by his surname no more often than in
// full ("Mr. King", and "Rufus King" three times): the glossary heads
// him by it, for "King" alone reads as a monarch's title. A surname the
// text mostly writes bare keeps it: the one full name may be a
// relative's ("Anna Smith" beside a father always called "Smith").
// Two full names ("John Adams", "Samuel Adams") name two people, and
// the surname stays as it is; so does a name of more than one word.
func (b *builder) fullName(cd *candidate) string {
	if !cd.Person || strings.Contains(cd.Term, " ") {
		return ""
	}
	full, inFull, bare := "", 0, 0
	for _, p := range cd.Uses {
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			first := b.firstNamesBefore(text[:at])
			switch {
			case first == "":
				if nameTitleRe.MatchString(text[:at]) || titledBefore(text[:at]) {
					continue
				}
				bare++
			case full != "" && full != first:
				return ""
			default:
				full = first
				inFull++
			}
		}
	}
	if full == "" || bare > inFull {
		return ""
	}
	return full + " " + cd.Term
}

// titledBefore reports whether a title stands just before a name:
// "Senator Douglas", "General Grant".
func titledBefore(before string) bool {
	ws := strings.Fields(before)
	return len(ws) > 0 && strings.HasSuffix(before, " ") && personTitle(strings.TrimRight(ws[len(ws)-1], ".,"))
}

// maxFirstNames is the most given names before a surname: "John Quincy
// Adams", "Elizabeth Cady Stanton".
const maxFirstNames = 3

// firstNamesBefore returns the given names that end before, a single
// space before the surname, or "": capitalized words the text never
// writes in lower case, no title ("Senator", "General") and not abbreviated
// ("Mr."). A common word that opens a sentence ("Maybe Smith ...",
// "Facing Jones, ...") is none.
func (b *builder) firstNamesBefore(before string) string {
	var names []string
	for len(names) < maxFirstNames {
		rest, ok := strings.CutSuffix(before, " ")
		if !ok {
			break
		}
		i := strings.LastIndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
		w := rest[i+1:]
		if i >= 0 {
			// "Mr. King" and "King's" are no first names; a space, a
			// quotation mark or a dash may open one.
			if r, _ := utf8.DecodeLastRuneInString(rest[:i+1]); !strings.ContainsRune(" \"“-—(", r) {
				break
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		if utf8.RuneCountInString(w) < 2 || !unicode.IsUpper(r) || strings.ToUpper(w) == w || b.lower[lw] || personTitle(w) {
			break
		}
		if opensSentence(rest[:i+1]) && thesaurus.Word(lw) && !thesaurus.Proper(terms.Stem(lw)) {
			break
		}
		names = append([]string{w}, names...)
		before = rest[:i+1]
	}
	return strings.Join(names, " ")
}

// opensSentence reports whether what stands before a word ends a
// sentence, or is nothing.
func opensSentence(before string) bool {
	t := strings.TrimRight(before, " \"“(")
	return t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:")
}
