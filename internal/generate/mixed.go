package generate

import (
	"fmt"
	"strings"

	"studyguide/internal/retrieve"
)

// mixedDecline returns the words a decline opens with for a question
// asked mostly in another language (see retrieve.Mixed): that it reads
// so, and the English words it read. Saying the text "never mentions"
// the asker's own words would blame the text for his language. "" for
// any other question.
func mixedDecline(res *retrieve.Result) string {
	if res == nil || res.Query == nil || len(res.Query.Mixed.Foreign) == 0 {
		return ""
	}
	english := res.Query.Mixed.English
	if len(english) == 0 {
		return "The question reads as written in another language, with no English words for the text to answer"
	}
	quoted := make([]string, len(english))
	for i, w := range english {
		quoted[i] = "“" + w + "”"
	}
	return fmt.Sprintf("The question reads as written mostly in another language, and the text does not answer what its English words (%s) ask on their own",
		strings.Join(quoted, ", "))
}
