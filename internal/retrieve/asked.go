package retrieve

// asked records which kinds of fact a question asks for (see unasked),
// each read from its words alone. The evidence weighed for a question
// holds it, so that the words are read once: eval's cross-validation
// runs the abstention test on each question under hundreds of settings
// of the thresholds, and reading them afresh each time (nameRe above
// all) was most of its cost.
type asked struct {
	// q is the question read: another question is read afresh.
	q                                                                    *Query
	howTo, amount, date, where, duration, day, when, name, cause, holder bool
}

// asking reads which kinds of fact q asks for.
func asking(q *Query) *asked {
	return &asked{
		q:        q,
		howTo:    asksHowTo(q),
		amount:   asksAmount(q),
		date:     asksDate(q) || asksYears(q),
		where:    asksWhere(q),
		duration: asksDuration(q),
		day:      asksDay(q),
		when:     asksWhen(q),
		name:     asksName(q),
		cause:    asksCause(q),
		holder:   heldOver(q) != "",
	}
}

// asked returns which kinds of fact q asks for: those read when e was
// weighed, if it was weighed for q.
func (e evidence) asked(q *Query) *asked {
	if e.asks != nil && e.asks.q == q {
		return e.asks
	}
	return asking(q)
}
