// Command gen writes the thesaurus table from a WordNet 3.0 database (the
// Debian package wordnet-base installs one in /usr/share/wordnet):
//
//	go generate ./internal/thesaurus
//
// The first line of the table is a header that records its inputs (see
// thesaurus.Header): the terms pipeline's Version, a hash of this
// command's source, a hash of the WordNet files read, and a hash of the
// lines that follow. Each of those lines is a stem, a tab, the number of
// senses WordNet gives the stem's words (the most of any of them), a tab,
// the stems of the words WordNet relates to it, space-separated, those
// that are its noun or verb forms marked "+" (see relatedWords), a tab,
// the concepts its words stand for (see concepts.go), and, when WordNet's
// sense-tagged texts use its words at all, a tab and how often, as nouns
// and otherwise (see tagCounts). A pair of stems
// that WordNet names one thing by ("middl age", "red tape"), or three
// that it names one thing by in capitals ("new econom polici"), has a
// line of its own, with concepts only, its count followed by "p" when
// WordNet writes it capitalized. Keys and values are stemmed with the stemmer
// retrieval uses, so the table must be written again when the stemmer or
// the stop words change; the thesaurus package's tests say so, with or
// without WordNet installed.
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// followed are the pointers whose targets count as related: similar
// adjectives ("&") and derivationally related forms ("+"). Hypernyms and
// "also see" were measured with the eval command and pulled in more
// wrong passages than right ones.
var followed = map[string]bool{"&": true, "+": true}

var posFiles = []string{"noun", "verb", "adj", "adv"}

type synset struct {
	words []string
	// capital marks the words WordNet writes capitalized in this synset
	// ("Berlin" the city, not "berlin" the carriage).
	capital []bool
	ptrs    []pointer
}

type pointer struct {
	symbol       string
	key          string
	source, dest int // 0 for a pointer between whole synsets
}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "read the WordNet database in `DIR`")
	out := flag.String("o", "", "write the table to `FILE` instead of standard output")
	peopleOut := flag.String("people", "", "write the words for people to `FILE` too")
	src := flag.String("src", "gen", "find this command's source in `DIR`, to record its hash")
	flag.Parse()
	if err := generate(*dir, *src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if *peopleOut != "" {
		var buf strings.Builder
		if err := people(*dir, &buf); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(*peopleOut, []byte(buf.String()), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}

func generate(dir, src, out string) error {
	if out == "" {
		return run(dir, src, os.Stdout)
	}
	var buf strings.Builder
	if err := run(dir, src, &buf); err != nil {
		return err
	}
	return os.WriteFile(out, []byte(buf.String()), 0o644)
}

// run writes the table from the WordNet database in dir, its header
// naming the source of this command found in src.
func run(dir, src string, w io.Writer) error {
	var body strings.Builder
	if err := table(dir, &body); err != nil {
		return err
	}
	wordnet, err := hashFiles(dir, wordnetFiles())
	if err != nil {
		return err
	}
	gen, err := thesaurus.SourceHash(src)
	if err != nil {
		return err
	}
	h := thesaurus.Header{Terms: terms.Version(), Gen: gen, WordNet: wordnet, Body: thesaurus.BodyHash(body.String())}
	if _, err := io.WriteString(w, h.String()+"\n"); err != nil {
		return err
	}
	_, err = io.WriteString(w, body.String())
	return err
}

// wordnetFiles are the files of the WordNet database that table reads.
func wordnetFiles() []string {
	var out []string
	for _, pos := range posFiles {
		out = append(out, "data."+pos, "index."+pos)
	}
	return append(out, "cntlist.rev", "noun.exc")
}

// hashFiles hashes the named files of dir, in order.
func hashFiles(dir string, names []string) (string, error) {
	h := sha256.New()
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)[:12]), nil
}

// table writes the table's lines, without the header.
func table(dir string, w io.Writer) error {
	synsets := map[string]*synset{}
	senses := map[string][]string{} // lemma -> synset keys, commonest first per part of speech
	for _, pos := range posFiles {
		if err := readData(filepath.Join(dir, "data."+pos), synsets); err != nil {
			return err
		}
		if err := readIndex(filepath.Join(dir, "index."+pos), senses); err != nil {
			return err
		}
	}
	perPos, err := posTags(filepath.Join(dir, "cntlist.rev"))
	if err != nil {
		return err
	}
	table := map[string]map[string]bool{}
	counts := map[string]int{}
	common := map[string]bool{}
	for lemma, keys := range senses {
		if !plainWord(lemma) {
			continue
		}
		key := terms.Stem(lemma)
		counts[key] = max(counts[key], len(keys))
		if table[key] == nil {
			table[key] = map[string]bool{}
		}
		for _, k := range firstSenses(keys) {
			common[key] = common[key] || !writtenCapital(lemma, synsets[k])
		}
		for _, k := range firstSenses(keys) {
			if unusedPos(perPos[lemma], k[len(k)-1]) {
				continue
			}
			words, forms := relatedWords(lemma, k, synsets)
			for i, rel := range words {
				s := terms.Stem(rel)
				if plainWord(rel) && !terms.IsStopword(rel) && s != key {
					table[key][s] = table[key][s] || forms[i]
				}
			}
		}
	}
	concepts, names := conceptTable(synsets, senses)
	for k := range names {
		common[k] = !names[k]
	}
	tags, err := tagCounts(filepath.Join(dir, "cntlist.rev"))
	if err != nil {
		return err
	}
	return write(w, table, counts, common, concepts, tags)
}

// writtenCapital reports whether synset s writes lemma capitalized: a
// sense that names one thing ("Berlin", "Stalin").
func writtenCapital(lemma string, s *synset) bool {
	if s == nil {
		return false
	}
	i := slices.Index(s.words, lemma)
	return i >= 0 && s.capital[i]
}

// firstSenses returns the commonest sense of each part of speech. WordNet
// orders senses by frequency within one part of speech only ("keep" as a
// verb is commoner than any "keep" as a noun), and a word's rarer senses
// ("cut" as a way of shuffling cards) relate it to much it seldom means.
func firstSenses(keys []string) []string {
	var out []string
	taken := map[byte]bool{}
	for _, k := range keys {
		if pos := k[len(k)-1]; !taken[pos] {
			taken[pos] = true
			out = append(out, k)
		}
	}
	return out
}

// plainWord reports whether a lemma is one lower-case word of letters, at
// least three long: collocations and names do not stand in for a word.
func plainWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// relatedWords returns the other words of synset key and the words its
// followed pointers reach from it or from lemma; forms marks, by index,
// those that are lemma's own derivationally related forms as a noun for
// a verb or a verb for a noun ("death" for "die", "decide" for
// "decision"): the same event or act said as the other part of speech,
// which a question may use where the text uses the other. An adjective's
// form ("historical" for "history") or a noun's for its agent
// ("historian") says something else of it.
func relatedWords(lemma, key string, all map[string]*synset) (out []string, forms []bool) {
	s := all[key]
	if s == nil {
		return nil, nil
	}
	out = slices.Clone(s.words)
	forms = make([]bool, len(out))
	self := slices.Index(s.words, lemma) + 1
	for _, p := range s.ptrs {
		t := all[p.key]
		if !followed[p.symbol] || t == nil {
			continue
		}
		switch {
		case p.source == 0:
			out = append(out, t.words...)
			for range t.words {
				forms = append(forms, false)
			}
		case p.source == self && p.dest <= len(t.words):
			out = append(out, t.words[p.dest-1])
			forms = append(forms, p.symbol == "+" && nounAndVerb(key, p.key) && !agent(t.words[p.dest-1]))
		}
	}
	return out, forms
}

// nounAndVerb reports whether synset keys a and b are a noun and a verb,
// in either order.
func nounAndVerb(a, b string) bool {
	pa, pb := a[len(a)-1], b[len(b)-1]
	return pa == 'n' && pb == 'v' || pa == 'v' && pb == 'n'
}

// agent reports whether a noun form names the one who does the act
// ("elector", "runner", "governor") rather than the act.
func agent(w string) bool {
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "ee"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// write writes the table's lines: a stem's sense count is followed by "p"
// when WordNet knows its words only as names (see thesaurus.Proper), and
// so is a collocation's ("world cup" for "World Cup").
//
//   - common: the stems a word of which has a commonest sense, in some part
//     of speech, written in lower case, and the collocations WordNet
//     writes in lower case ("red tape").
//   - tags: how often WordNet's sense-tagged texts use the stem's words
//     as nouns and otherwise (see tagCounts); written only when either is
//     above 0, so that most lines keep four fields.
func write(w io.Writer, table map[string]map[string]bool, counts map[string]int, common map[string]bool, concepts map[string]map[int]float64, tags map[string][2]int) error {
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	for k := range concepts {
		if table[k] == nil {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	bw := bufio.NewWriter(w)
	for _, k := range keys {
		vals := make([]string, 0, len(table[k]))
		for v := range table[k] {
			vals = append(vals, v)
		}
		sort.Strings(vals)
		for i, v := range vals {
			if table[k][v] {
				// A derivationally related form (see relatedWords).
				vals[i] = "+" + v
			}
		}
		proper := ""
		if !common[k] {
			proper = "p"
		}
		fmt.Fprintf(bw, "%s\t%d%s\t%s\t%s", k, counts[k], proper, strings.Join(vals, " "), conceptList(concepts[k]))
		if n := tags[k]; n != [2]int{} && table[k] != nil {
			fmt.Fprintf(bw, "\t%d %d", n[0], n[1])
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// tagCounts reads cntlist.rev, how many times each sense of a word is
// tagged in the texts WordNet's senses were counted on (SemCor, part of
// the Brown Corpus): lines of a sense key ("money%1:21:00::", whose digit
// after "%" is the part of speech, 1 for a noun), its sense number and
// its count. It returns, per stem of a plain word (see plainWord), the
// most that any word of the stem is tagged as a noun, and as any other
// part of speech: how common the word is in general English, and in
// which use ("hate" 9 and 50, "money" 92 and 0, "recipe" 0 and 0).
func tagCounts(path string) (map[string][2]int, error) {
	perLemma := map[string][2]int{}
	err := eachLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return fmt.Errorf("bad count line %q", line)
		}
		n, err := strconv.Atoi(f[2])
		lemma, key, _ := strings.Cut(f[0], "%")
		if err != nil || key == "" {
			return fmt.Errorf("bad count line %q", line)
		}
		c := perLemma[lemma]
		if key[0] == '1' {
			c[0] += n
		} else {
			c[1] += n
		}
		perLemma[lemma] = c
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := map[string][2]int{}
	for lemma, n := range perLemma {
		if plainWord(lemma) {
			s := terms.Stem(lemma)
			c := out[s]
			out[s] = [2]int{max(c[0], n[0]), max(c[1], n[1])}
		}
	}
	return out, nil
}

// minTaggedElsewhere is how often the sense-tagged texts must use a word
// in one part of speech for its never-used parts of speech to relate
// nothing (see unusedPos).
const minTaggedElsewhere = 10

// unusedPos reports whether the sense-tagged texts never use a word as
// part of speech pos (a data file's letter) while they use it often as
// another: the adjective "elect" ({elect, elite}) and the noun ("the
// elect") are not what a text means by "elect", a verb 24 times out of
// 24, and must not relate "election" to "elite".
func unusedPos(tags map[byte]int, pos byte) bool {
	if tags[pos] > 0 {
		return false
	}
	for _, n := range tags {
		if n >= minTaggedElsewhere {
			return true
		}
	}
	return false
}

// posTags reads cntlist.rev (see tagCounts) into how often each lemma is
// tagged in each part of speech, keyed by the data file's letter.
func posTags(path string) (map[string]map[byte]int, error) {
	out := map[string]map[byte]int{}
	err := eachLine(path, func(line string) error {
		f := strings.Fields(line)
		lemma, key, _ := strings.Cut(f[0], "%")
		n, err := strconv.Atoi(f[len(f)-1])
		if err != nil || key == "" {
			return fmt.Errorf("bad count line %q", line)
		}
		pos := map[byte]byte{'1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a'}[key[0]]
		if out[lemma] == nil {
			out[lemma] = map[byte]int{}
		}
		out[lemma][pos] += n
		return nil
	})
	return out, err
}

// readData reads one data.POS file: each line not starting with a space is
// a synset: offset, lexicographer file, type, word count (hex), words with
// their lex ids, pointer count, pointers, then a gloss after "|".
func readData(path string, synsets map[string]*synset) error {
	return eachLine(path, func(line string) error {
		f := strings.Fields(strings.SplitN(line, " | ", 2)[0])
		if len(f) < 4 {
			return fmt.Errorf("short synset line %q", line)
		}
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil || len(f) < 5+2*int(n) {
			return fmt.Errorf("bad word count in %q", line)
		}
		s := &synset{}
		for i := range int(n) {
			w := f[4+2*i]
			if j := strings.IndexByte(w, '('); j >= 0 {
				w = w[:j] // adjective markers such as "(a)"
			}
			s.words = append(s.words, strings.ToLower(w))
			s.capital = append(s.capital, w != strings.ToLower(w))
		}
		i := 4 + 2*int(n)
		pc, err := strconv.Atoi(f[i])
		if err != nil || len(f) < i+1+4*pc {
			return fmt.Errorf("bad pointer count in %q", line)
		}
		for j := range pc {
			p := f[i+1+4*j : i+5+4*j]
			src, _ := strconv.ParseInt(p[3][:2], 16, 32)
			dst, _ := strconv.ParseInt(p[3][2:], 16, 32)
			s.ptrs = append(s.ptrs, pointer{symbol: p[0], key: p[1] + posOf(p[2]), source: int(src), dest: int(dst)})
		}
		synsets[f[0]+posOf(f[2])] = s
		return nil
	})
}

// readIndex reads one index.POS file: lemma, part of speech, synset count,
// pointer count, pointer symbols, sense count, tagged sense count, then
// the synset offsets, commonest sense first.
func readIndex(path string, senses map[string][]string) error {
	return eachLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) < 6 {
			return fmt.Errorf("short index line %q", line)
		}
		n, err := strconv.Atoi(f[2])
		if err != nil || len(f) < n {
			return fmt.Errorf("bad synset count in %q", line)
		}
		for _, off := range f[len(f)-n:] {
			senses[f[0]] = append(senses[f[0]], off+posOf(f[1]))
		}
		return nil
	})
}

// posOf maps a part-of-speech letter to the data file it points into:
// adjective satellites ("s") live among the adjectives.
func posOf(p string) string {
	if p == "s" {
		return "a"
	}
	return p
}

// eachLine calls fn on each line of the file that is not blank and does
// not start with a space (WordNet's licence header).
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<20)
	for sc.Scan() {
		if line := sc.Text(); line != "" && line[0] != ' ' {
			if err := fn(line); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
		}
	}
	return sc.Err()
}
