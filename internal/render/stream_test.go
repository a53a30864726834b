package render

import (
	"strings"
	"testing"
)

func TestCleanWriterRemovesSplitEscapes(t *testing.T) {
	in := "Furr \x1b[31margues\x1b[0m that \x1b]0;title\x07Stalin\tlost."
	for _, size := range []int{1, 2, 5, 100} {
		var out strings.Builder
		w := NewCleanWriter(&out)
		for i := 0; i < len(in); i += size {
			w.Write([]byte(in[i:min(i+size, len(in))]))
		}
		if got := out.String(); got != "Furr argues that Stalin lost." {
			t.Errorf("pieces of %d: %q", size, got)
		}
	}
}
