package chat

import "studyguide/internal/generate"

// DefaultHistoryTokens is the default budget for the conversation history
// sent with each question: enough for several turns of quoted answers,
// small beside any model's context window.
const DefaultHistoryTokens = generate.DefaultHistoryTokens
