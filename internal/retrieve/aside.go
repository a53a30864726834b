package retrieve

import "strings"

// askersAside reports whether words[i] belongs to an aside about the
// asker or the people he asks for ("my son wants to know", "my teacher
// at the night class said", "For my class: ...", "as I once read
// somewhere", "someone told me"): it says why or for whom a question is
// asked, not what it asks, and a passage sharing "son" or "class" with
// it says nothing of the question. "What did Jivago's son write?" asks
// of a son; only "my" or "our" before the person makes him the asker's.
func askersAside(words []string, i int) bool {
	return ownPeopleAside(words, i) || hearsayAside(words, i)
}

// asideReach is how many words may stand between the person of an aside
// and its verb ("my teacher at the evening class always said").
const asideReach = 6

// ownPeopleAside reports whether words[i] is in an aside naming one of
// the asker's own people (see asidePeople): the person, and the words
// from "my" to a verb of asking or saying after him (see asideVerbs),
// with "know" or "find out" after "wants to"; or the person the
// question is asked for ("For my class: ..."). With neither, the person
// may be what is asked of ("can my dad sign me up to be ruled by a
// king", "holding our kids' hands").
func ownPeopleAside(words []string, i int) bool {
	for j := max(0, i-asideReach-ownerReach-1); j < i; j++ {
		p := ownedPerson(words, j)
		if p < 0 {
			continue
		}
		v := asideVerb(words, p)
		if i == p && j > 0 && words[j-1] == "for" || v > 0 && i <= v {
			return true
		}
		if v > 0 && i == v+2 && words[v+1] == "to" && asideAfterTo[words[i]] {
			return true
		}
		if v > 0 && i == v+3 && words[v+1] == "to" && words[v+2] == "find" && words[i] == "out" {
			return true
		}
	}
	return false
}

// ownedPerson returns the index of the person (see asidePeople) that
// words[j], "my" or "our", makes the asker's own, with up to ownerReach
// words between ("my late husband", "our history teacher"), or -1.
func ownedPerson(words []string, j int) int {
	if !asideOwners[words[j]] {
		return -1
	}
	for p := j + 1; p <= min(len(words)-1, j+ownerReach+1); p++ {
		if asidePeople[words[p]] {
			return p
		}
	}
	return -1
}

// ownerReach is how many words may stand between "my" and the person
// ("my late husband", "my old history teacher").
const ownerReach = 2

// asideVerb returns the index of the first verb of asking or saying
// (see asideVerbs) within asideReach words after words[p], the person
// of an aside, or -1.
func asideVerb(words []string, p int) int {
	for k := p + 1; k <= min(len(words)-1, p+asideReach); k++ {
		if asideVerbs[words[k]] {
			return k
		}
	}
	return -1
}

// hearsayAside reports whether words[i] says the asker came upon a claim
// somewhere ("as I once read somewhere", "I heard somewhere", "someone
// told me"): where he met it, not what it is.
func hearsayAside(words []string, i int) bool {
	w := words[i]
	next := func(k int) string {
		if k < len(words) {
			return words[k]
		}
		return ""
	}
	switch {
	case hearsayVerbs[w]:
		return next(i+1) == "somewhere" || i > 0 && words[i-1] == "once" || w == "told" && next(i+1) == "me"
	case w == "somewhere":
		return i > 0 && hearsayVerbs[words[i-1]]
	case w == "once":
		return hearsayVerbs[next(i+1)]
	}
	return false
}

var (
	// asideOwners make the person after them the asker's own.
	asideOwners = words("my", "our")
	// asidePeople are the people a question may be asked for or be told
	// by.
	asidePeople = words("son", "sons", "daughter", "daughters", "kid", "kids", "child", "children",
		"teacher", "teachers", "professor", "prof", "tutor", "instructor", "lecturer",
		"friend", "friends", "mom", "mum", "mother", "dad", "father", "parents",
		"brother", "sister", "wife", "husband", "partner", "boyfriend", "girlfriend",
		"grandson", "granddaughter", "grandpa", "grandma", "grandfather", "grandmother",
		"uncle", "aunt", "cousin", "boss", "colleague", "coworker", "roommate",
		"student", "students", "pupil", "pupils", "class", "classmate", "classmates")
	// asideVerbs are the verbs by which the asker's people ask, want or
	// say something.
	asideVerbs = words("want", "wants", "wanted", "ask", "asks", "asked", "asking",
		"say", "says", "said", "tell", "tells", "told", "think", "thinks", "thought",
		"wonder", "wonders", "wondered", "wondering", "need", "needs", "needed",
		"claims", "claimed", "insists", "insisted", "reckons", "keeps", "mentioned",
		"know", "understand")
	// asideAfterTo are the verbs after "wants to" that ask nothing
	// themselves ("my son wants to know if ...").
	asideAfterTo = words("know", "find", "ask", "check", "understand", "learn")
	// hearsayVerbs say the asker met a claim.
	hearsayVerbs = words("read", "heard", "told")
)

// withoutAside returns text, whose words are ws, with the words of the
// asker's asides left out (see outsideAsides), for the vectors to weigh:
// "my son wants to know" brings a passage speaking of someone's son
// nearer. Text with no aside is returned as it is.
//
//   - clauses: clauseAsides(text), which the caller reads once.
func withoutAside(text string, ws []string, clauses map[int]bool) string {
	kept := outsideAsides(ws, clauses)
	if len(kept) == len(ws) {
		return text
	}
	return strings.Join(kept, " ")
}

// outsideAsides returns ws, the words of a question, without those of
// the asker's asides (see askersAside, and clauses, the question's
// clauseAsides); ws itself when it has none. A year in an aside ("in my
// student days in the seventies") is no time the question asks of.
func outsideAsides(ws []string, clauses map[int]bool) []string {
	var kept []string
	aside := false
	for i, w := range ws {
		if askersAside(ws, i) || clauses[i] {
			aside = true
			continue
		}
		kept = append(kept, w)
	}
	if !aside {
		return ws
	}
	return kept
}
