// Package essay reads a text as people write it (plain text, hard-wrapped
// or not, or Markdown) into cited passages: paragraphs with the blocks that
// continue them, footnotes, their sentences and the questions the text
// asks. It leaves out what is not the text (a Project Gutenberg header and
// license) and says what it left out and why.
//
// It imports only corpus, control and sentence: every later step imports it,
// and it imports none of them.
package essay

import (
	"strings"
)

// Passage is one citable unit: a numbered paragraph or a footnote.
type Passage struct {
	Ref Ref
	// Section is the heading the passage appears under, if any: a title,
	// never quoted as a claim.
	Section string
	// Blocks are the passage's blocks of text in order, whitespace-normalized;
	// a paragraph's first block has its number removed.
	Blocks []string
	// Sentences are the passage's sentences, each verbatim from one block.
	Sentences []Sentence
	// Notes are the footnotes this passage marks inline, in order.
	Notes []int
	// CitedBy lists the paragraphs that mark this note inline.
	CitedBy []Ref
	// Line is the 1-based line of the file where the passage begins.
	Line int
	// Voice says whose words the passage holds: the author's (empty), or
	// an editor's or a translator's note, signed or headed as such
	// ("—M.", "[Ed.]", "Editor's note: ..."). Say "the editor's note"
	// of such a passage (Voice.Speaker), never "the author adds".
	Voice Voice
	// Signature is the signature that ends the passage as the text
	// writes it ("—M.", "[Ed.]"), or "". It stays in Blocks and in the
	// last sentence; Unsigned quotes that sentence without it.
	Signature string
	// List holds the paragraphs after this one that make the list its
	// last sentence introduces ("... three things:", then "1 - ...",
	// "2 - ..."), each a paragraph of its own: what the paragraph names,
	// it names there. An answer quoting the introduction reads them with
	// it.
	List []*Passage
	// prefix is the number the first block started with ("12.",
	// "Section 3."), removed from Blocks[0].
	prefix string
	// mark is a note's number as the text marks it, before notes whose
	// marks repeat are numbered in order.
	mark int
	// noteSection is the section of the notes this passage marks, when
	// note numbers restart under headings.
	noteSection string
	// scope is the group (see parser) whose notes are this passage's.
	scope int
}

// NoteRef returns the ref of note n as this passage marks it: in the
// passage's source, and in its section when note numbers restart.
func (p *Passage) NoteRef(n int) Ref {
	return Ref{Source: p.Ref.Source, Section: p.noteSection, Kind: Note, N: n}
}

// Sentence is one sentence of a passage.
type Sentence struct {
	Text     string
	Block    int
	Question bool
	// Note is the footnote marked right after the sentence, or 0.
	Note int
	// Credit is the writer a dash credits the sentence's words to, as
	// the text writes the name ("CARLYLE", "E. NAVILLE"), or "": the
	// passage quotes them, they are not its author's ("In a footnote,
	// the author quotes Carlyle: ..."). A question so credited is not
	// one the text asks (see Questions).
	Credit string
	// Quoted says the sentence lies inside a quotation that an earlier
	// sentence of its block opened: the words are the quoted writer's,
	// whom the sentence that opened it names ("Madison ... as follows:
	// “..."), not the author's.
	Quoted bool
}

// Text returns the passage's blocks separated by blank lines.
func (p *Passage) Text() string { return strings.Join(p.Blocks, "\n\n") }

// Questions returns the passage's question sentences, but for those it
// credits to another writer (Sentence.Credit): those are the questions
// the text asks.
func (p *Passage) Questions() []Sentence {
	var qs []Sentence
	for _, s := range p.Sentences {
		if s.Question && s.Credit == "" {
			qs = append(qs, s)
		}
	}
	return qs
}

// Meta is a source's bibliographic data and how the tool should speak of
// it. Every field may be empty; code that reads it falls back to neutral
// wording ("the author", no caveat) rather than to words of one text.
//
// ⚠️ Fields here shape guides and answers; Meta is hashed into the
// corpus's Hash, so a saved index is rebuilt when it changes.
type Meta struct {
	Title  string `json:"title"`
	Author string `json:"author"`
	Year   int    `json:"year,omitempty"`
	// Pronoun is how to refer to the author: "he", "she" or "they".
	// Empty means "the author" is used throughout.
	Pronoun string `json:"pronoun,omitempty"`
	// Kind says what sort of text this is: "argument" (an essay or a
	// paper making a case: its sentences are introduced as what the author
	// argues), "narrative" (fiction, memoir), "document" (a charter, a
	// law, a declaration), or "" for unknown, which is treated as a
	// neutral "writes".
	Kind string `json:"kind,omitempty"`
	// Caveat is a short note for readers shown atop guides and after
	// answers, such as that the text is contested; empty shows none.
	Caveat string `json:"caveat,omitempty"`
}

// Source is one parsed text file.
type Source struct {
	// Name identifies the source in refs when a corpus has several; it is
	// the file name without its extension.
	Name string
	// File is the path or name the text was read from.
	File string
	Meta Meta
	// MetaFile names the file Meta was read from over what the text
	// states (a name.json), or is empty.
	MetaFile string
	Sections []string
	Passages []*Passage
	// Skipped lists blocks that belong to no passage (front and back
	// matter), as "line N: text".
	Skipped []string
	// Omitted says, one line each, what was left out and why ("lines
	// 1-24: the Project Gutenberg header").
	Omitted []string
	// Warnings lists problems that did not stop the parse, each with what
	// to try.
	Warnings []string
	// Markdown says whether the text was read as Markdown.
	Markdown bool
}

// Question is one open question the author asks, with where it stands.
type Question struct {
	Ref   Ref
	Block int
	Text  string
}
