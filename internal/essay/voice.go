package essay

import (
	"strings"
	"unicode"

	"studyguide/internal/lazyregexp"
)

// Voice says whose words a passage holds.
type Voice string

// The voices a passage may be in. A note an editor or a translator added
// to the author's text is theirs, not the author's: an answer quoting it
// says "the editor notes", never "the author adds".
const (
	// AuthorVoice is the author's own text: every passage but those below.
	AuthorVoice Voice = ""
	// EditorVoice is a note an editor added and signed ("—Ed.", "—M.",
	// "[Editor]") or headed ("Editor's note: ...").
	EditorVoice Voice = "editor"
	// TranslatorVoice is a note the translator added ("—Tr.",
	// "[Translator's note]").
	TranslatorVoice Voice = "translator"
)

// Speaker names the voice for a reader: "the editor", "the translator",
// or "" for the author's own words.
func (v Voice) Speaker() string {
	if v == AuthorVoice {
		return ""
	}
	return "the " + string(v)
}

// dashSignedRe and bracketSignedRe match a signature that ends a note:
// a dash and a signer ("—M.", "— Ed.", "--H. H. M."), or a signer in
// brackets after the note's last stop ("[Ed.]", "(M.)", "[Editor's
// note]"). The signer is a word for an editor or a translator, or
// initials alone: a name with a surname after a dash credits a
// quotation to its author ("—J. S. Mill."); it does not sign the note.
// A note the edition sets in brackets keeps its closing one ("—Ed.]").
var (
	dashSignedRe    = lazyregexp.New(`(?:—|–|--)\s?(` + signer + `)[\])]?$`)
	bracketSignedRe = lazyregexp.New(`[.!?"'”’)]\s*([\[(](` + signer + `)[\])])$`)
)

const signer = `(?i:eds?\.|edd\.|editors?(?:'s? note)?\.?|tr\.|trans\.|translators?(?:'s? note)?\.?)|(?:\p{Lu}\.\s?){0,2}\p{Lu}\.`

// dashSigned and bracketSigned are dashSignedRe's and bracketSignedRe's
// FindStringSubmatchIndex, run only on a block that has what every
// match has: a dash, or a closing bracket at its end. Searching for a
// match that must end the text tries it from every place in it, and
// every passage of every text is read so when it is parsed. (Each dash
// is looked for alone: strings.ContainsAny reads a text rune by rune
// for runes outside ASCII, slower than the search it saves.)
func dashSigned(s string) []int {
	if !strings.Contains(s, "—") && !strings.Contains(s, "–") && !strings.Contains(s, "--") {
		return nil
	}
	return dashSignedRe.FindStringSubmatchIndex(s)
}

func bracketSigned(s string) []int {
	if !strings.HasSuffix(s, "]") && !strings.HasSuffix(s, ")") {
		return nil
	}
	return bracketSignedRe.FindStringSubmatchIndex(s)
}

// headedRe matches a note that opens by saying whose it is: "Editor's
// note:", "[Ed. note:", "Note by the translator:".
var headedRe = lazyregexp.New(`^[\[(]?(?i:(editor|translator)(?:'s|s')? note|(ed|tr)\. note|note (?:by|of) the (editor|translator))\s*[:.—-]`)

// voiceOf reads whose a passage is from its text: its voice, and the
// signature that ends its last block as the text writes it ("—M."), or
// "" when it is not signed. kind is the passage's kind: initials alone
// sign only a note (in a paragraph they may close a letter the text
// quotes), and initials that are the author's ("—E. G." under Edward
// Gibbon) sign the author's own note.
func voiceOf(blocks []string, kind Kind, author string) (Voice, string) {
	if len(blocks) == 0 {
		return AuthorVoice, ""
	}
	if m := headedRe.FindStringSubmatch(blocks[0]); m != nil {
		who := strings.ToLower(m[1] + m[2] + m[3])
		if strings.HasPrefix(who, "tr") {
			return TranslatorVoice, ""
		}
		return EditorVoice, ""
	}
	last := strings.TrimRightFunc(blocks[len(blocks)-1], unicode.IsSpace)
	var sig, who string
	if m := dashSigned(last); m != nil {
		sig, who = last[m[0]:], last[m[2]:m[3]]
	} else if m := bracketSigned(last); m != nil {
		sig, who = last[m[2]:], last[m[4]:m[5]]
	} else {
		return AuthorVoice, ""
	}
	// The signature must follow the note's own words: a note that is
	// only a signature is no note of anyone's.
	if len(blocks) == 1 && strings.TrimSpace(strings.TrimSuffix(last, sig)) == "" {
		return AuthorVoice, ""
	}
	lower := strings.ToLower(who)
	switch {
	case strings.HasPrefix(lower, "tr"):
		return TranslatorVoice, sig
	case strings.HasPrefix(lower, "ed"):
		return EditorVoice, sig
	}
	if kind != Note {
		return AuthorVoice, ""
	}
	if initials(who) == initials(author) && author != "" {
		return AuthorVoice, sig
	}
	return EditorVoice, sig
}

// initials returns the capital letters that open the words of a name:
// "EG" for "Edward Gibbon" and for "E. G.".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '.' }) {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Unsigned returns a sentence of the passage without the signature that
// ends it ("... celibacy.—M." gives "... celibacy."), for an answer that
// says whose note it quotes; any other sentence is returned as it is.
// The result stands verbatim in the passage, as the sentence does.
func (p *Passage) Unsigned(sentence string) string {
	if p.Signature == "" {
		return sentence
	}
	text, ok := strings.CutSuffix(strings.TrimRightFunc(sentence, unicode.IsSpace), p.Signature)
	if !ok {
		return sentence
	}
	return strings.TrimRightFunc(text, unicode.IsSpace)
}
