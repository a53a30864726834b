package thesaurus

// WordNet's grinder writes each lexicographer file's synsets together,
// so the concepts of one noun file are a run of numbers, and past every
// verb's, adjective's and adverb's offset nothing else falls among them.
// The bounds are the concept numbers of the table this package embeds;
// gen's TestLexnameBounds checks them against WordNet.
const (
	firstPlace, lastPlace   = 81666, 84874 // noun.location
	firstPerson, lastPerson = 86462, 97548 // noun.person
)

// Lexname returns the lexicographer file WordNet files a concept in, for
// the two a reader of names needs: "noun.person" or "noun.location"; ""
// for any other.
func Lexname(id int) string {
	switch {
	case id >= firstPerson && id <= lastPerson:
		return "noun.person"
	case id >= firstPlace && id <= lastPlace:
		return "noun.location"
	}
	return ""
}

// Person reports whether the commonest sense of a word of this stem (or
// collocation, keyed as Concepts keys it) in some part of speech names a
// person or a kind of people: "leader", "minor", "lincoln", "negro". A
// text's word list of people ("scholars", "framers", "overseers") need
// not be written by hand.
func Person(key string) bool { return commonestIn(key, "noun.person") }

// Place reports whether the commonest sense of a word of this stem in
// some part of speech names a place: "south", "north", "massachusett".
func Place(key string) bool { return commonestIn(key, "noun.location") }

// commonestIn reports whether one of a key's commonest senses, the
// concepts of full weight, is filed in lexname.
func commonestIn(key, lexname string) bool {
	for _, c := range Concepts(key) {
		if c.Weight < 1 {
			break
		}
		if Lexname(c.ID) == lexname {
			return true
		}
	}
	return false
}
