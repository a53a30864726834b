package chat

import "studyguide/internal/generate"

// DefaultHistoryTokens is the default budget for the conversation history
// sent with each question: enough for several turns of quoted answers,
// small beside any model's context window.
const DefaultHistoryTokens = 2000

// turnOverhead is a turn's cost beyond its text: the role markers a chat
// API wraps each message in.
const turnOverhead = 8

// EstimateTokens estimates how many tokens a model counts in s. English
// averages about four bytes a token; the estimate rounds up, so that a
// budget is not exceeded by text it underrates.
func EstimateTokens(s string) int {
	return (len(s) + 3) / 4
}

// turnTokens is the estimated cost of one turn in a request.
func turnTokens(t generate.Turn) int {
	return EstimateTokens(t.Question) + EstimateTokens(t.Answer) + turnOverhead
}

// Bound returns the newest turns whose estimated tokens fit within budget,
// oldest first: the oldest turns are dropped first. A turn that does not
// fit whole is dropped whole, and so is every turn before it.
//
//   - turns: the conversation, oldest first.
//   - budget: tokens allowed; 0 or less sends no history.
func Bound(turns []generate.Turn, budget int) []generate.Turn {
	used := 0
	start := len(turns)
	for i := len(turns) - 1; i >= 0; i-- {
		used += turnTokens(turns[i])
		if used > budget {
			break
		}
		start = i
	}
	return turns[start:]
}
