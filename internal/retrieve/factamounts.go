package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// moneyRe finds a sum of money: a figure with a currency's sign or name
// ("$40", "300 rubles", "a thousand pounds"), or a currency named.
var moneyRe = lazyregexp.New(`[$£€¥]\s?[0-9]|(?i)\b(?:rubles?|roubles?|kopecks?|dollars?|cents?|pounds?|shillings?|pence|francs?|marks|euros?|yuan|guineas?|crowns?|dimes?|nickels?|sterling)\b`)

// asksAmount reports whether q asks how much something cost, how much
// someone earned or was paid, how much something was in a currency, or
// how many of a currency: a sum of money answers it, not a count
// ("pp. 66-67") nor a year.
func asksAmount(q *Query) bool {
	if asksSum(q) || asksSumIn(q) {
		return true
	}
	ws := q.Words
	for i := 1; i < len(ws); i++ {
		if ws[i-1] != "how" {
			continue
		}
		// "How many dollars", "how many billions of dollars": a count
		// of money is a sum.
		if ws[i] == "many" && moneyRe.MatchString(strings.Join(ws[i+1:min(len(ws), i+1+countedGap)], " ")) {
			return true
		}
		if ws[i] != "much" {
			continue
		}
		// "How much was X in rubles?" names the currency it asks a sum
		// in, whatever its verb.
		after := ws[i+1 : min(len(ws), i+1+amountGap)]
		if moneyRe.MatchString(strings.Join(after, " ")) {
			return true
		}
		for _, w := range after {
			if moneyWords[w] {
				return true
			}
		}
	}
	return false
}

// asksSum reports whether the noun q asks for (see headStem) is a sum
// of money: "What salaries did X pay its officials?" is answered by a
// sum, not by a sentence saying that X paid them. A noun that may be a
// sum of anything ("amount", "sum", "price") asks one only beside a
// currency's name ("What was the ruble amount of X?"): "What price did
// they pay for it?" may ask what it cost them in other ways.
func asksSum(q *Query) bool {
	switch h := headStem(q); {
	case payHeads[h]:
		// "What was the X wage?" asks what a wage the text names was;
		// "What wages did X pay?" asks how much.
		return firstAsked(q) == h
	case sumHeads[h]:
		return moneyRe.MatchString(q.Text)
	}
	return false
}

// firstAsked returns the stem of the first word after "what" or
// "which" and the stop words that follow it, or "".
func firstAsked(q *Query) string {
	ws := q.Words
	if len(ws) == 0 || !headAskers[ws[0]] {
		return ""
	}
	for _, w := range ws[1:] {
		if !terms.IsStopword(w) {
			return terms.Stem(w)
		}
	}
	return ""
}

// payHeads are the stems of the nouns naming what someone is paid.
var payHeads = words(terms.Stems("salary salaries wage wages fee fees")...)

// paysTold reports whether a sentence of p tells what someone was paid,
// in a word naming pay ("high salaries", "better pay") beside a word of
// what q asks it of: "What salaries did the engineers receive?" is
// answered by "engineers received high salaries", though no sum is
// given. A question asking pay by a noun of pay (see asksSum) is
// answered by that or by a sum.
func (r *Retriever) paysTold(q *Query, p *essay.Passage) bool {
	// "What was the salary limit in rubles?" asks a limit of pay, which
	// a sum gives (see sumHeads), not a word naming pay.
	if !payHeads[firstAsked(q)] || sumHeads[headStem(q)] {
		return false
	}
	subject := slices.DeleteFunc(slices.Clone(askedOf(q)), func(s string) bool { return payStems[s] })
	for _, sn := range p.Sentences {
		stems := terms.Stems(sn.Text)
		held := words(stems...)
		if slices.ContainsFunc(stems, func(s string) bool { return payStems[s] }) &&
			slices.ContainsFunc(subject, func(s string) bool { return r.heldNear(q, s, held) }) {
			return true
		}
	}
	return false
}

// payStems are the stems of the words naming what someone is paid.
var payStems = words(terms.Stems("salary salaries wage wages fee fees pay paid earnings income")...)

// sumHeads are the stems of the nouns that name a sum of money beside a
// currency's name: "What was the salary limit in rubles?" asks for a
// sum, which a sentence saying only that pay was capped does not give.
var sumHeads = words(terms.Stems("amount sum price cost figure limit ceiling cap")...)

// countedGap is how many words after "how many" may name a currency
// ("how many billions of dollars").
const countedGap = 3

// amountGap is how many words after "how much" may name what a sum of
// money is asked of ("How much does the new edition of his diary cost?").
const amountGap = 10

// moneyWords ask a sum of money after "how much".
var moneyWords = words("cost", "costs", "costed", "price", "priced", "pay", "pays", "paid", "earn", "earns", "earned", "money",
	"salary", "salaries", "wage", "wages", "charge", "charged", "charges", "spend", "spent", "make", "made", "income", "worth", "sell", "sold")
