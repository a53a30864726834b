package guide

import (
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// Voice is how the guide speaks of the text and its author, taken from the
// corpus's metadata: a text whose metadata is silent gets neutral words
// ("the author", "writes") and no caveat.
type Voice struct {
	// Author is the author's name, or "".
	Author string
	// Pronoun is "he", "she", "they" or "" (then "the author" throughout).
	Pronoun string
	// Kind is essay.Meta's (essay.KindArgument, KindNarrative,
	// KindDocument or ""), or one read from the text: a story, a law or
	// a speech (see tellsStory, enacts, speaks).
	Kind string
	// Caveat is the note shown atop the guide, or "".
	Caveat string
}

// voiceOf reads the voice of a corpus: one source's metadata, or neutral
// words for several sources, whose authors may differ.
func voiceOf(c *essay.Corpus) Voice {
	if len(c.Sources) != 1 {
		return Voice{}
	}
	m := c.Sources[0].Meta
	v := Voice{Author: strings.TrimSpace(m.Author), Kind: strings.ToLower(strings.TrimSpace(m.Kind)), Caveat: strings.TrimSpace(m.Caveat)}
	if v.Kind == "" && (tellsStory(c) || tellsOwnStory(c)) {
		// A story whose metadata is silent is still a story: its
		// narrator and characters speak, not its author. So is a
		// memoir that tells more than it argues.
		v.Kind = essay.KindNarrative
	}
	if v.Kind == "" && enacts(c) {
		// A law whose metadata is silent still has no arguing
		// author: its sentences are what the document provides.
		v.Kind = essay.KindDocument
	}
	if v.Kind == "" && speaks(c) {
		// A speech whose metadata is silent has a speaker who
		// addresses an audience, not an author who writes for
		// readers.
		v.Kind = essay.KindSpeech
	}
	switch p := strings.ToLower(strings.TrimSpace(m.Pronoun)); p {
	case "he", "she", "they":
		v.Pronoun = p
	}
	return v
}

// Argues reports whether the text makes a case: only then are its
// sentences introduced as what the author argues.
func (v Voice) Argues() bool { return v.Kind == essay.KindArgument }

// Narrates reports whether the text tells a story: its metadata says
// so, or its sentences tag speakers as a story's do (see tellsStory).
// Its characters are the teller's, not evidence the author gathered, so
// a sourcing prompt asks what the narrator could know.
func (v Voice) Narrates() bool { return v.Kind == essay.KindNarrative }

// Speaks reports whether the text is a speech (see speaks): a speaker
// addresses an audience in it.
func (v Voice) Speaks() bool { return v.Kind == essay.KindSpeech }

// Maker names who made the text, where a prompt or a plan names no one
// by pronoun: "the speaker" of a speech, "the author" otherwise. Lincoln's
// Cooper Union address once asked "What could the author have known of
// that example" of a man speaking to a hall.
func (v Voice) Maker() string {
	if v.Speaks() {
		return "the speaker"
	}
	return "the author"
}

// Reader names whom the text was made for, without an article: a
// speech's "listener", a written text's "reader" ("Would a reader of
// the time have taken it as proof?").
func (v Voice) Reader() string {
	if v.Speaks() {
		return "listener"
	}
	return "reader"
}

// dissenter is who a counterpoint gives voice to: "someone who
// disagrees with the author" (the speaker), or, of a law or a story,
// in which no author argues, "someone who reads the provision (the
// scene) differently": the Amendments' plan once asked what "someone
// who disagrees with the author" would say.
func (v Voice) dissenter() string {
	if v.Enacts() || v.Narrates() {
		return "someone who reads the " + v.Claim() + " differently"
	}
	return "someone who disagrees with " + v.Maker()
}

// His is the author's possessive: "his", "her", "their", or "the
// author's" (the speaker's).
func (v Voice) His() string {
	switch v.Pronoun {
	case "he":
		return "his"
	case "she":
		return "her"
	case "they":
		return "their"
	}
	return possessive(v.Maker())
}

// He is the author as a subject: "he", "she", "they", or "the author".
func (v Voice) He() string {
	if v.Pronoun != "" {
		return v.Pronoun
	}
	return v.Maker()
}

// Him is the author as an object: "him", "her", "them", or "the author".
func (v Voice) Him() string {
	switch v.Pronoun {
	case "he":
		return "him"
	case "she":
		return "her"
	case "they":
		return "them"
	}
	return v.Maker()
}

// Says is the verb that introduces the author's words: "argues" for an
// argument, "says" for a speech, "writes" otherwise, and "argue" or "write" for several
// authors: a theme of Woman Suffrage was named "what Elizabeth Cady
// Stanton, Susan B. Anthony, and Matilda Joslyn Gage writes".
func (v Voice) Says() string {
	verb := "write"
	if v.Argues() {
		verb = "argue"
	} else if v.Speaks() {
		verb = "say"
	}
	if v.several() {
		return verb
	}
	return verb + "s"
}

// several reports whether the text has more than one author: a name list
// joined by "and", or "they" for a named author.
func (v Voice) several() bool {
	return v.Author != "" && (v.Pronoun == "they" || strings.Contains(v.Author, " and "))
}

// Text names the work: "the document" for a document, "the speech"
// for a speech, "the story" for a story, "the text" otherwise. A prompt
// says it wherever it names the work: a speech's guide asked "say
// whether the text defends it anywhere" under "The speech in brief".
func (v Voice) Text() string {
	switch {
	case v.Enacts():
		return "the document"
	case v.Speaks():
		return "the speech"
	case v.Narrates():
		return "the story"
	}
	return "the text"
}

// TheText is Text capitalized, to open a prompt: "The speech places
// this in 1804: ...".
func (v Voice) TheText() string { return terms.Capitalize(v.Text()) }

// Enacts reports whether the text is a law or a charter: it provides,
// and no author argues for what it provides.
func (v Voice) Enacts() bool { return v.Kind == essay.KindDocument }

// Claim is what the guide calls a central sentence of the text put to
// the class: a "provision" of a law (the Amendments' guide headed its
// sections "Claim 1.1" over "The Electors shall meet ..."), a "scene"
// of a story, which tells and claims nothing (a narrator's "I was
// returning from a journey to a patient" was "Claim 1.1"), a "claim"
// otherwise.
func (v Voice) Claim() string {
	switch {
	case v.Enacts():
		return "provision"
	case v.Narrates():
		return "scene"
	}
	return "claim"
}

// othersDemand introduces a sentence in which the author gives what
// others demand, in his words and without naming them: a student must
// not read it as the author's own claim.
func (v Voice) othersDemand() string { return v.others("what others demand", " own view") }

// othersView introduces a sentence in which the author goes on giving a
// view he has said is others' ("All men, say they, ... Every one is born
// a subject ..."), without naming them again.
func (v Voice) othersView() string { return v.others("others' view", " own") }

// others introduces a sentence that gives what others hold as what: "The
// author gives this as others' view, not as his own:".
func (v Voice) others(what, own string) string {
	who := terms.Capitalize(v.Maker())
	if v.Author != "" {
		who = v.Author
	}
	if v.Pronoun == "" {
		return who + " gives this as " + what + ":"
	}
	return who + " gives this as " + what + ", not as " + v.His() + own + ":"
}
