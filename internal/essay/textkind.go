package essay

// The kinds of text Meta.Kind names. A guide reads a speech from the
// text itself (its opening address, its "you"), so KindSpeech is seldom
// stated; the others come from metadata or from what the text does.
const (
	// KindArgument is an essay or a paper making a case: its sentences
	// are introduced as what the author argues.
	KindArgument = "argument"
	// KindNarrative is a story, fiction or memoir: its narrator and
	// characters speak, not its author.
	KindNarrative = "narrative"
	// KindDocument is a charter, a law or a declaration: it provides,
	// and no author argues for what it provides.
	KindDocument = "document"
	// KindSpeech is a speech: a speaker addresses an audience.
	KindSpeech = "speech"
)
