package answer

import (
	"errors"
	"fmt"

	"studyguide/internal/terms"
)

// MaxQuestionBytes bounds a question; longer input is refused whole rather
// than searched word by word. Front ends that read lines bound them by it
// too.
const MaxQuestionBytes = 4096

// Errors of CheckQuestion.
var (
	ErrEmptyQuestion = errors.New("the question is empty")
	ErrNoWords       = errors.New("the question has no words to search for")
)

// CheckQuestion reports whether q can be asked: not empty, at most
// MaxQuestionBytes long, and holding at least one word to search for.
// Ask calls it first; a front end may call it earlier, before opening
// the index, to refuse a question at once.
//
//   - q: the question, already cleaned of control characters.
func CheckQuestion(q string) error {
	switch {
	case len(q) > MaxQuestionBytes:
		return fmt.Errorf("the question is %d bytes long; the limit is %d", len(q), MaxQuestionBytes)
	case q == "":
		return ErrEmptyQuestion
	case len(terms.Words(q)) == 0:
		return ErrNoWords
	}
	return nil
}
