// Command studyguide turns an essay into study guides and answers questions
// about it with citations checked against the text.
package main

import "os"

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
