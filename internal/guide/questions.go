package guide

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// selectQuestions returns the questions the guide is built from and how
// to name what it was built from.
func (b *builder) selectQuestions(opts Options) ([]*Question, string, error) {
	if len(opts.Questions) > 0 {
		qs, err := posed(opts.Questions)
		return qs, Teacher, err
	}
	from := strings.TrimSpace(opts.From)
	open := b.openQuestions()
	switch {
	case from == "":
		// A text that asks more questions than a guide can hold
		// argues by them, even where few are open (see
		// ownQuestions): it is built from its claims.
		if len(open) < minOpen || len(open) > maxOpen || b.ownQuestions() > maxOpen {
			return b.claims(), Claims, nil
		}
		qs := asked(b.chain(open))
		if len(qs) < fewest {
			// Three questions give a class too little to discuss
			// (Turner's guide had three): the text's central claims,
			// away from the passages that ask, fill it out.
			var refs []essay.Ref
			for _, q := range qs {
				refs = append(refs, q.Ref)
			}
			qs = append(qs, b.claimsAvoiding(refs, fewest-len(qs))...)
		}
		return qs, All, nil
	case strings.EqualFold(from, All):
		if len(open) == 0 {
			return nil, "", &fromError{ErrNoQuestions, "the text asks no open questions; leave out --from for a guide built from its central claims, or give your own with --questions"}
		}
		if len(open) > MaxAll {
			return nil, "", &fromError{ErrTooMany, fmt.Sprintf("the text asks %d open questions, more than a guide can hold (%d); leave out --from for a guide built from its central claims, or choose with --from REF or --questions", len(open), MaxAll)}
		}
		return asked(b.chain(open)), All, nil
	case strings.EqualFold(from, Claims):
		qs := b.claims()
		if len(qs) == 0 {
			return nil, "", &fromError{ErrNoQuestions, "the text states no claim a guide can be built on"}
		}
		return qs, Claims, nil
	}
	p, err := b.c.Lookup(from)
	if err != nil {
		return nil, "", &fromError{ErrBadFrom, err.Error()}
	}
	var qs []essay.Question
	for _, q := range open {
		if q.Ref == p.Ref {
			qs = append(qs, q)
		}
	}
	if len(qs) == 0 {
		return nil, "", &fromError{ErrNoQuestions, fmt.Sprintf("%s asks no open questions; %s", p.Ref, askers(open))}
	}
	return asked(b.chain(qs)), p.Ref.String(), nil
}

// minChain is the fewest short questions in a row that a guide asks as
// one, and chainWords the most words they may average.
const (
	minChain   = 3
	chainWords = 8
)

// chain joins a run of short questions that follow one another in one
// block of a passage into one question of several parts: "What does all
// this mean? Why did it happen? What made those people burn houses and
// slay their fellow men? What were the causes of these events? What force
// made men act so?" asks one thing five ways, and the text answers it
// across a chapter, not each part apart. Asked as five questions, each
// drew two weak passages. Longer questions in a row ("Have republics in
// practice been less addicted to war than monarchies? Has commerce
// hitherto done anything more than change the objects of war?") each ask
// their own thing and stay apart.
func (b *builder) chain(qs []essay.Question) []essay.Question {
	var out []essay.Question
	for i := 0; i < len(qs); {
		j := i + 1
		for j < len(qs) && b.follows(qs[j-1], qs[j]) {
			j++
		}
		run := qs[i:j]
		if len(run) >= minChain && averageWords(run) <= chainWords {
			q := run[0]
			var texts []string
			for _, r := range run {
				texts = append(texts, r.Text)
			}
			q.Text = strings.Join(texts, " ")
			out = append(out, q)
		} else {
			out = append(out, run...)
		}
		i = j
	}
	return out
}

// follows reports whether question z is the sentence right after
// question a, in the same block of the same passage.
func (b *builder) follows(a, z essay.Question) bool {
	if a.Ref != z.Ref || a.Block != z.Block {
		return false
	}
	ia, iz := -1, -1
	for _, s := range b.of[a.Ref] {
		switch s.text {
		case a.Text:
			ia = s.i
		case z.Text:
			iz = s.i
		}
	}
	return ia >= 0 && iz == ia+1
}

// averageWords is the mean length of the questions in words.
func averageWords(qs []essay.Question) float64 {
	n := 0
	for _, q := range qs {
		n += len(strings.Fields(q.Text))
	}
	return float64(n) / float64(len(qs))
}

func asked(qs []essay.Question) []*Question {
	out := make([]*Question, len(qs))
	for i, q := range qs {
		out[i] = &Question{Text: q.Text, Ref: q.Ref, Origin: Asked, block: q.Block}
	}
	return out
}

// posed checks a teacher's questions.
func posed(texts []string) ([]*Question, error) {
	if len(texts) > MaxPosed {
		return nil, &fromError{ErrTooMany, fmt.Sprintf("%d questions given, more than a guide can hold (%d)", len(texts), MaxPosed)}
	}
	var out []*Question
	for i, t := range texts {
		t = strings.Join(strings.Fields(t), " ")
		if t == "" {
			continue
		}
		if utf8.RuneCountInString(t) > maxPosedRunes {
			return nil, &fromError{ErrTooMany, fmt.Sprintf("question %d is longer than %d characters", i+1, maxPosedRunes)}
		}
		out = append(out, &Question{Text: t, Origin: Posed})
	}
	if len(out) == 0 {
		return nil, &fromError{ErrNoQuestions, "no questions given"}
	}
	return out, nil
}

// ReadQuestions reads a teacher's questions: one a line, blank lines and
// lines starting with "#" skipped, and a leading "1.", "1)", "-" or "*"
// taken off.
func ReadQuestions(r io.Reader) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 64*1024)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimSpace(listMarkRe.ReplaceAllString(line, ""))
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("questions: line %d is not UTF-8 text", len(out)+1)
		}
		if line != "" {
			out = append(out, line)
		}
		if len(out) > MaxPosed {
			return nil, &fromError{ErrTooMany, fmt.Sprintf("more than %d questions", MaxPosed)}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("questions: %w", err)
	}
	return out, nil
}

// ownQuestions counts the questions a text asks in its own voice that no
// sentence near them answers: open ones, and those it puts to the reader
// to answer for himself (see appeals). A text that asks more than a
// guide can hold argues by its questions, even where few of them are
// open: Common Sense's "Hath your house been burnt?"
func (b *builder) ownQuestions() int {
	n := 0
	for _, p := range b.c.Passages {
		for i, s := range p.Sentences {
			if s.Question && textAsks(p, i) {
				n++
			}
		}
	}
	return n
}

// listMarkRe is a list marker at the start of a line.
var listMarkRe = lazyregexp.New(`^(?:\d{1,3}[.)]|[-*•])\s+`)

// openQuestions returns the questions the text asks in its own voice and
// leaves open: not a line of dialogue, not a rhetorical question.
func (b *builder) openQuestions() []essay.Question {
	var out []essay.Question
	for _, p := range b.c.Passages {
		for i, s := range p.Sentences {
			if s.Question && isOpen(p, i) {
				out = append(out, essay.Question{Ref: p.Ref, Block: s.Block, Text: s.Text})
			}
		}
	}
	return out
}

var (
	// speechRe ends the words before a quotation that is someone's
	// speech: "he asked, “", "Someone asks: “", or, the verb first,
	// "Said the governor to the envoys, “".
	speechRe = lazyregexp.New(`(?i)\b(?:said|says|asked|asks|asking|replied|replies|cried|answered|exclaimed|inquired|enquired|whispered|shouted|demanded|added|continued|went on)(?:\s*[,:]?|\s+[^,"“”]{1,40},)\s*["“‘']$`)
	// speechAfterRe starts the words after a quoted question: “...?”
	// asked Wood.
	speechAfterRe = lazyregexp.New(`(?i)^["”’']?\s*(?:said|says|asked|asks|replied|cried|answered|exclaimed|inquired|whispered|shouted|demanded|added|continued)\b|^["”’']?\s*(?:he|she|they|I|we)\s+(?:said|asked|replied|cried|answered|exclaimed|inquired|whispered|shouted|demanded|added|continued)\b`)
	// rhetoricalRe opens a question that answers itself.
	rhetoricalRe = lazyregexp.New(`^(?:(?:And|But|For|Yet|Or)\s+)?(?:(?:Is|Was|Are|Were|Do|Does|Did|Can|Could|Would|Should|Has|Have|Had|Will|Shall|May|Might|Must)\s+(?:not|\p{L}+\s+not)\b|(?:Isn't|Wasn't|Aren't|Weren't|Don't|Doesn't|Didn't|Can't|Couldn't|Wouldn't|Shouldn't|Haven't|Hasn't|Hadn't|Won't|Isn’t|Wasn’t|Aren’t|Don’t|Doesn’t|Didn’t|Can’t|Couldn’t|Wouldn’t|Shouldn’t|Haven’t|Hasn’t|Won’t)\b|(?:Who|What)\s+(?:can|could|would|will|shall)\s+(?:doubt|deny|say|believe|dispute)\b|How (?:can|could) (?:anyone|we|one) (?:doubt|deny|believe)\b)|^(?:(?:And|But|For|Yet|Or)\s+)?(?:[Ww]hat|[Ww]ho)\b[^?]*\b(?:but|if not)\b[^?]*\?|^(?:What|Who|Where|How) else\b|^(?:(?:And|But|For|Yet|Or)\s+)?(?:Who|What)\s+(?:does|do|did|would|could|can|will|shall)(?:\s+not|n't|n’t)\b|,\s+(?:and|but|or)\s+(?:does|do|did|is|are|was|were|can|will|would|shall)\s+not\s`)
	// whyNotRe asks why, from the argument before, a thing is not so,
	// the negation before the subject: "And why then hath not his son,
	// by the same reason, the same liberty ...?" claims that he has it,
	// and asks nothing a class could answer from the text. Without the
	// "then" ("Why was not this charge made at that time?") the question
	// may open a matter the text goes on to weigh.
	whyNotRe = lazyregexp.New(`^(?:(?:And|But|For|Yet|Or|So)\s+)?(?:[Ww]hy)\s+(?:then|therefore)\s+(?:is|was|are|were|do|does|did|can|could|would|should|has|have|had|hath|doth|will|shall|may|might|must)(?:\s+not|n't|n’t)\b`)
	// notTagRe is a negative question after a statement, its subject
	// between the verb and "not": "We are already greater than the king
	// wishes us to be, and will he not hereafter endeavour to make us
	// less?"
	notTagRe = lazyregexp.New(`,\s+(?:and|but|or)\s+(?:does|do|did|is|are|was|were|can|will|would|shall)\s+(?:he|she|it|they|we|this|that|there)\s+not\s`)
	// tagNotRe is a negative question put after a supposition, which
	// answers itself: "Suppose ... are to be found on one side ...--would
	// it not be pretty conclusively demonstrated that ...?"
	tagNotRe = lazyregexp.New(`(?i)(?:,|;|:|—|–|--)\s*(?:would|could|is|was|are|were|does|do|did|can|will|should|shall|must|has|have)\s+(?:it|this|that|there|they|we|you|he|she|one)\s+not\b`)
	// reportedAskRe is a question someone else asks, reported without
	// quotation marks: "Mr. Sully asked, when the two heads disagree, who
	// must decide?"
	reportedAskRe = lazyregexp.New(`^\p{Lu}[\p{L}.' ]{0,40}?\s(?:asked|inquired|enquired|demanded|wondered|queried),\s`)
	// fewRe is a question whose answer is "few": "how many" standing for
	// people, before a verb of seeing or thinking ("For instance, how many
	// look upon the battle as other than ...?", "How many ask themselves
	// ...?"). "How many ships were lost?" counts things and stays open.
	fewRe = lazyregexp.New(`^(?:[^,?]{1,30},\s+)?(?i:how) many\s+(?:of us\s+|of them\s+|people\s+|men\s+|readers\s+)?(?:ever\s+|really\s+|now\s+|still\s+)?(?:look|looks|ask|asks|realize|realise|realizes|realises|know|knows|think|thinks|remember|remembers|understand|understands|consider|considers|see|sees|stop|stops|reflect|reflects|suspect|suspects|care|cares|recognize|recognise|recognizes|recognises|pause|pauses|regard|regards|believe|believes|appreciate|appreciates|imagine|imagines)\b`)
	// doubtedRe asks whether a thing can be doubted or denied, which
	// answers itself: "Could he have controlled the Channel, can it be
	// doubted that he would have ...?"
	doubtedRe = lazyregexp.New(`(?i)\b(?:can|could)\s+(?:it|this|that|there)\s+be\s+(?:any\s+)?(?:doubted|denied|questioned|disputed|doubt)\b`)
	// answerRe opens a sentence that answers the question before it.
	answerRe = lazyregexp.New(`^(?:No|Yes|Surely|Certainly|Of course|Not at all|By no means|Never|Assuredly|Doubtless|(?:That|This|Such) (?:is|was) (?:just |exactly |precisely )?what)\b`)
	// whAskRe opens a question that asks which or who: "What country ... is
	// prepared to ...?" A next sentence that opens "Yet" answers it by
	// what happened instead ("Yet in Russia ... these slogans became
	// popular"): the question was asked to be answered "none".
	whAskRe = lazyregexp.New(`^(?:What|Which|Who|Where)\b`)
	// readerRe puts a question to the reader ("Hath your house been
	// burnt?", "can ye restore to us the time that is past?", "then tell
	// me, whether you can hereafter love ... the power ...?"): the
	// reader is to answer it from his own heart, as the author has
	// already, and the text does not go on to ask it.
	readerRe = lazyregexp.New(`(?i)\b(?:you|your|ye|thou|thee|thy)\b`)
	// quotedRe is a quotation within a sentence: a question it quotes
	// ("another question: “What do you mean by ‘democracy’?”") asks no
	// reader.
	quotedRe = lazyregexp.New(`"[^"]*"|“[^”]*”`)
	// whyRe asks why; a next sentence that opens "Because" answers it
	// at once ("... not Nelson that won, but England that was saved; and
	// why? Because Napoleon's combinations failed ..."). After another
	// question, "Because these provisions were never put into effect, we
	// can never know ..." opens a sentence of its own.
	whyRe = lazyregexp.New(`(?i)\bwhy\b`)
)

// minOpenWords is the fewest words an open question has: "Why?" and "And
// then?" follow on from what came before.
const minOpenWords = 4

// isOpen reports whether sentence i of p is an open question.
func isOpen(p *essay.Passage, i int) bool {
	return textAsks(p, i) && !appeals(p, i)
}

// appeals reports whether question i of p is put to the reader to
// answer at once for himself, as the author has: "how many" before a
// verb of knowing ("how many look upon the battle as other than ...?",
// answered "few"), "can it be doubted", "and will he not ...?", a
// question addressed to "you", or a "why" the next sentence answers with
// "Because".
func appeals(p *essay.Passage, i int) bool {
	text := strings.TrimSpace(p.Sentences[i].Text)
	if fewRe.MatchString(text) || doubtedRe.MatchString(text) || notTagRe.MatchString(text) || readerRe.MatchString(quotedRe.ReplaceAllString(text, "")) {
		return true
	}
	if i+1 < len(p.Sentences) && p.Sentences[i+1].Block == p.Sentences[i].Block {
		return whyRe.MatchString(text) && strings.HasPrefix(strings.TrimSpace(p.Sentences[i+1].Text), "Because ")
	}
	return false
}

// textAsks reports whether sentence i of p is a question the text asks in its
// own voice and no sentence beside it answers: not a line of dialogue, a
// poem's or a quoted speech's, nor one of the rhetorical kinds
// rhetoricalRe and answerRe know.
func textAsks(p *essay.Passage, i int) bool {
	s := p.Sentences[i]
	text := strings.TrimSpace(s.Text)
	if wordCount(text) < minOpenWords || rhetoricalRe.MatchString(text) || whyNotRe.MatchString(text) || tagNotRe.MatchString(text) || reportedAskRe.MatchString(text) {
		return false
	}
	if s.Credit != "" || s.Quoted {
		// A question inside a quotation the author opened, or credited
		// with a dash, is the quoted writer's: the text quotes it, it
		// does not ask it.
		return false
	}
	if p.Ref.Kind == essay.Note && (closesQuote(text) || foreign(text) || attributed(p, i)) {
		// A note's quoted question is a title it cites ("see the
		// following articles by ...: “Do we need a Philosophy of
		// Law?”"), one in another language the source it quotes, and
		// one a name and work follow ("...?--JOWETT, Plato, i. 414.")
		// a quotation's: none is the text's own.
		return false
	}
	if dialogue(p, s) || verse(p, s) || quotedBlock(p, s) {
		return false
	}
	if i+1 < len(p.Sentences) && p.Sentences[i+1].Block == s.Block {
		next := strings.TrimSpace(p.Sentences[i+1].Text)
		if answerRe.MatchString(next) || whAskRe.MatchString(text) && strings.HasPrefix(next, "Yet ") {
			return false
		}
	}
	if i > 0 && p.Sentences[i-1].Question && p.Sentences[i-1].Block == s.Block && answersBeforeRe.MatchString(text) && !strings.HasPrefix(text, "Not only") {
		return false
	}
	return true
}

// answersBeforeRe opens a question that answers the one before it, and
// asks only to press the answer home: "Whose subject is he? Not the king
// of Jivago's; for he must have leave ...: nor the king of France's; for
// how then ...?" The guide asked it as a question of its own.
var answersBeforeRe = lazyregexp.New(`^(?:Not|No|Neither|Yes)\b`)

// attributionRe credits the quotation before it to its author and work,
// as notes that string quotations together do: "--JOWETT, Plato", "—
// Guizot, Histoire".
var attributionRe = lazyregexp.New(`(?:--|—|–)\s*\p{Lu}[\p{L}.'’ ]{1,40},`)

// attributed reports whether sentence i of a note, or one of the two after
// it, credits what it says to someone: a quotation ends there.
func attributed(p *essay.Passage, i int) bool {
	for j := i; j < len(p.Sentences) && j <= i+2; j++ {
		if attributionRe.MatchString(p.Sentences[j].Text) {
			return true
		}
	}
	return false
}

// dialogue reports whether a question is a line someone speaks: it opens
// with a quotation mark; or it closes a quotation that opened before it,
// in the lines of a speaker; or it quotes a question that a verb of
// speaking introduces or follows. A question the author quotes in the
// course of an argument ("another question: “What do you mean?”") is not
// dialogue.
func dialogue(p *essay.Passage, s essay.Sentence) bool {
	text := strings.TrimSpace(s.Text)
	if opensQuote(text) {
		return true
	}
	for _, open := range []string{`"`, "“", "‘"} {
		if i := strings.LastIndex(text, open); i >= 0 && speechRe.MatchString(text[:i+len(open)]) {
			return true
		}
	}
	if !closesQuote(text) {
		return false
	}
	if !opensWithin(text) {
		return true
	}
	if s.Block >= len(p.Blocks) {
		return false
	}
	block := p.Blocks[s.Block]
	if at := strings.Index(block, text); at >= 0 {
		return speechAfterRe.MatchString(strings.TrimSpace(block[at+len(text):]))
	}
	return false
}

// introducesRe ends a block that introduces someone's words set as the
// next block: "This called out X's splendid protest:", "Y declared:",
// "Z states the situation as follows:".
var introducesRe = lazyregexp.New(`(?i)\b(?:said|says|wrote|writes|declared|declares|protest(?:ed|s)?|asked|asks|replied|exclaimed|as follows|in these words|thus|speech|letter|address)\b[^.?!]{0,40}:$`)

// quotedBlock reports whether a sentence stands in a block that quotes
// someone: the block before it introduces the words that follow. A
// question there is theirs (a block quotation of a speech: "If you
// stopped your grants, what would be the consequence?"), not one the
// text leaves open.
func quotedBlock(p *essay.Passage, s essay.Sentence) bool {
	return s.Block > 0 && s.Block <= len(p.Blocks) && introducesRe.MatchString(strings.TrimSpace(p.Blocks[s.Block-1]))
}

// lineStartRe is where a line of verse, joined to the one before, begins:
// a capitalized function word after a lower-case word with no full stop
// between ("with racks, and fire, and ropes Their loving-kindness").
var lineStartRe = lazyregexp.New(`\p{Ll}[,;:!]?\s+(?:The|Their|Thy|Thou|Thee|Ye|And|Who|Whom|What|To|Of|In|With|From|That|Which|His|Her|Our|Your|Its|But|Or|For|Is|Are|Was|Were|Think|Moved|By|On|As|Like|Against)\s`)

// verse reports whether a question stands in verse, a poem the text
// quotes: its block has at least two lines joined mid-sentence. A poem's
// questions are its poet's, not the text's own.
func verse(p *essay.Passage, s essay.Sentence) bool {
	if s.Block >= len(p.Blocks) {
		return false
	}
	return len(lineStartRe.FindAllStringIndex(p.Blocks[s.Block], -1)) >= 2
}

// opensWithin reports whether the quotation a sentence closes also opens
// in it.
func opensWithin(text string) bool {
	body := strings.TrimRight(text, `"”’'`)
	return strings.ContainsAny(body, "“") || strings.Count(body, `"`)%2 == 1
}

// closesQuote reports whether a question ends inside a quotation: “...?”
func closesQuote(s string) bool {
	return strings.HasSuffix(s, `?"`) || strings.HasSuffix(s, "?”") || strings.HasSuffix(s, "?’") || strings.HasSuffix(s, "?'")
}

func opensQuote(s string) bool {
	return strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "‘") || strings.HasPrefix(s, "'")
}

// foreign reports whether a sentence is mostly in another language than
// the English the guide reads: fewer than half its words are English
// function words or words WordNet knows ("Was ist es, das den innersten
// Grund unserer politischen und socialen Kämpfe bildet?").
func foreign(text string) bool {
	ws := terms.Words(text)
	if len(ws) < minOpenWords {
		return false
	}
	known := 0
	for _, w := range ws {
		lw := strings.ToLower(w)
		if terms.IsStopword(lw) || thesaurus.Senses(terms.Stem(lw)) > 0 {
			known++
		}
	}
	return 2*known < len(ws)
}
