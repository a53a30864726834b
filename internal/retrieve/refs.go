package retrieve

import (
	"slices"
	"strings"
	"unicode"

	"studyguide/internal/essay"
)

// refWords are the words that, before a number, name a passage of the
// text in a question ("note 15", "paragraph 53", "¶ 53", and "section 97"
// or "§ 97" in a text numbered by sections); a plural names the first of
// several ("notes 3 and 5"). Spanish, Italian and Portuguese write a note
// "nota", and a student writing English as his language does may too
// ("according to the nota 3").
var refWords = map[string]string{
	"¶": "¶", "note": "note", "notes": "note", "footnote": "note", "footnotes": "note", "fn": "note",
	"nota": "note", "notas": "note",
	"paragraph": "paragraph", "paragraphs": "paragraph", "para": "paragraph",
	"§": "¶", "§§": "¶", "sect": "paragraph", "section": "paragraph", "sections": "paragraph",
}

// shortRefWords are the ref words written short or in another language
// ("which para admits it?", "fn"), which the stop words hold in full
// ("paragraph"): asked without a number they say where to look, not what
// about, and searched as words the text lacks they declined the question.
var shortRefWords = map[string]bool{"para": true, "paras": true, "fn": true, "sect": true, "nota": true, "notas": true}

// sectionReach is how many words before a passage's ref a question may
// give its section and source in ("reader No. 10 ¶3").
const sectionReach = 3

// namedRefs returns the passages a question names by their refs, as the
// corpus's own ref parsing reads them ("What does note 15 cite?",
// "summarise ¶53", "what does No. 10 ¶3 say?"), and the refs it names
// that the corpus does not have ("note 99"). A ref without its section
// or source, in a text whose numbering restarts ("¶3" among several
// "No. N ¶3"), names every passage it fits.
func (r *Retriever) namedRefs(question string) (named []*essay.Passage, unfound []essay.Ref) {
	fields, _ := r.readNotesSaid(strings.Fields(question))
	for i := range fields {
		local, ok := refAt(fields, i)
		if !ok {
			continue
		}
		found := false
		// The longest reading first: the words before the local ref may
		// give its section and source.
		for back := min(i, sectionReach); back >= 0 && !found; back-- {
			text := strings.Join(append(trimmed(fields[i-back:i]), local), " ")
			ref, err := essay.ParseRef(text)
			if err != nil {
				continue
			}
			if p, ok := r.Corpus.Passage(ref); ok {
				named, found = appendPassage(named, p), true
			}
		}
		ref, err := essay.ParseRef(local)
		if found || err != nil {
			named = r.appendMore(named, fields, i)
			continue
		}
		if i >= 2 && essay.IsSectionLabel(trim(fields[i-2])+" "+trim(fields[i-1])) {
			ref.Section = trim(fields[i-2]) + " " + trim(fields[i-1])
		}
		fits := r.fitting(ref)
		for _, p := range fits {
			named = appendPassage(named, p)
		}
		if len(fits) == 0 && r.pageMeant(local) {
			continue
		}
		if len(fits) == 0 && !slices.Contains(unfound, ref) {
			unfound = append(unfound, ref)
		}
		named = r.appendMore(named, fields, i)
	}
	return named, unfound
}

// refAt returns the local ref ("note 15", "¶53") that the question's
// fields give at i, if any: a ref word and a number, or one word of both
// ("¶53", "n15"). A bare number ("in 1936") names no passage.
func refAt(fields []string, i int) (string, bool) {
	f := strings.ToLower(trim(fields[i]))
	if kind, ok := refWords[strings.TrimSuffix(f, ".")]; ok && i+1 < len(fields) {
		n := strings.TrimRight(trim(fields[i+1]), "-–")
		if cut := strings.IndexAny(n, "-–"); cut > 0 {
			n = n[:cut] // "notes 3–5" names the first
		}
		if isNumber(n) {
			return kind + " " + n, true
		}
		if d, _, ok := spelledNumber(fields[i+1:]); ok && !notingVerb(fields, i) {
			return kind + " " + d, true
		}
	}
	if f == "" || isNumber(f) || strings.IndexAny(f, "0123456789") <= 0 {
		return "", false
	}
	if _, err := essay.ParseRef(f); err != nil {
		return "", false
	}
	// A word and a number run together is a ref only with a ref word's
	// prefix: "n15", "para56", "¶53", not "mp3".
	prefix := strings.TrimRight(f, "0123456789")
	if _, ok := refWords[strings.TrimSuffix(prefix, ".")]; !ok && prefix != "n" && prefix != "p" && prefix != "¶¶" {
		return "", false
	}
	return f, true
}

// notingVerb reports whether the ref word at i is the verb "note" ("Note
// two things", "I note one flaw"): a number spelled in words after it
// counts things, where a note's number is written in digits.
func notingVerb(fields []string, i int) bool {
	f := strings.ToLower(trim(fields[i]))
	if f != "note" && f != "notes" {
		return false
	}
	return i == 0 || noters[strings.ToLower(trim(fields[i-1]))]
}

// noters are the words before "note" that make it a verb.
var noters = map[string]bool{"i": true, "we": true, "you": true, "they": true, "please": true, "to": true, "and": true, "also": true}

// appendMore adds to named the passages that the refs after a plural ref
// word at i name ("notes 3 and 5").
func (r *Retriever) appendMore(named []*essay.Passage, fields []string, i int) []*essay.Passage {
	for _, more := range moreRefs(fields, i) {
		for _, p := range r.fitting(more) {
			named = appendPassage(named, p)
		}
	}
	return named
}

// moreRefs returns the refs after the first that a plural ref word at i
// names: "notes 3 and 5", "paragraphs 53, 54 or 55".
func moreRefs(fields []string, i int) []essay.Ref {
	f := strings.ToLower(trim(fields[i]))
	kind, ok := refWords[f]
	if !ok || !strings.HasSuffix(f, "s") && f != "¶" {
		return nil
	}
	var out []essay.Ref
	j := i + 1 + max(1, numberFields(fields[min(len(fields), i+1):]))
	for j < len(fields) {
		w := trim(fields[j])
		if w == "and" || w == "or" || w == "&" || w == "" {
			j++
			continue
		}
		used := numberFields(fields[j:])
		if used == 0 {
			break
		}
		n := w
		if !isNumber(w) {
			n, _, _ = spelledNumber(fields[j:])
		}
		if ref, err := essay.ParseRef(kind + " " + n); err == nil {
			out = append(out, ref)
		}
		j += used
	}
	return out
}

// numberFields returns how many of fields, from the start, a number takes:
// one for digits, as many as its words for a number spelled out ("fifty
// three"), none if they start with no number.
func numberFields(fields []string) int {
	if len(fields) == 0 {
		return 0
	}
	if isNumber(trim(fields[0])) {
		return 1
	}
	_, used, _ := spelledNumber(fields)
	return used
}

// fitting returns the passages of the corpus with ref's kind and number,
// in any section and source not given.
func (r *Retriever) fitting(ref essay.Ref) []*essay.Passage {
	var out []*essay.Passage
	for _, p := range r.Corpus.Passages {
		if p.Ref.Kind == ref.Kind && p.Ref.N == ref.N &&
			(ref.Section == "" || strings.EqualFold(p.Ref.Section, ref.Section)) &&
			(ref.Source == "" || strings.EqualFold(p.Ref.Source, ref.Source)) {
			out = append(out, p)
		}
	}
	return out
}

func appendPassage(ps []*essay.Passage, p *essay.Passage) []*essay.Passage {
	if slices.Contains(ps, p) {
		return ps
	}
	return append(ps, p)
}

// trim removes the punctuation around a word of a question, keeping a
// period that ends an abbreviation ("No.") and the "¶" sign. A period
// after a digit ends the sentence: "... that he traces in ¶60." names
// ¶60 as "in 60." names 60.
func trim(f string) string {
	f = strings.TrimLeft(f, "\"'“‘([")
	f = strings.TrimRight(f, "\"'”’)],;:?!")
	if rest, ok := strings.CutSuffix(f, "."); ok && rest != "" && unicode.IsDigit(rune(rest[len(rest)-1])) {
		f = rest
	}
	return f
}

func trimmed(fs []string) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = trim(f)
	}
	return out
}

func isNumber(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// refRange describes the refs the corpus has in words, for the hint given
// when a question names one it lacks: "paragraphs 49–63 and notes 1–15".
// It writes no "¶", which a reader of the answer would take for a
// citation.
func (r *Retriever) refRange() string {
	s := r.Corpus.RangeSummary()
	if len(r.Corpus.Sources) == 1 && !strings.Contains(s, " ¶") {
		if rest, ok := strings.CutPrefix(s, "¶"); ok {
			return "paragraphs " + strings.Replace(rest, "–¶", "–", 1)
		}
	}
	return strings.ReplaceAll(s, "¶", "paragraph ")
}

// pageMeant reports whether local, a ref run together with a "p"
// ("p220") that names no passage of the text, names a page of a work the
// text cites instead, as a scholar writes one: "smith p220" asks of
// the note citing page 220, not of a paragraph 220 the text lacks. A
// text that cites no pages has none to mean.
func (r *Retriever) pageMeant(local string) bool {
	rest, ok := strings.CutPrefix(local, "p")
	return ok && isNumber(rest) && r.citesPages()
}
