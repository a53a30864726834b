package render

import "fmt"

// Count says how many of noun there are: "1 question", "6 questions".
// noun takes an "s" in the plural.
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
