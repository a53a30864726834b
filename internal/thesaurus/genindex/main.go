// Command genindex writes the index of the thesaurus table
// (index_table.go; see thesaurus.IndexStep) from the table file. go
// generate ./internal/thesaurus runs it after gen, so that the two are
// written together; it needs only the table, not WordNet:
//
//	go run ./genindex -table wordnet.txt -o index_table.go
package main

import (
	"flag"
	"fmt"
	"os"

	"studyguide/internal/thesaurus"
)

func main() {
	table := flag.String("table", "wordnet.txt", "read the table from `FILE`")
	out := flag.String("o", "index_table.go", "write the index to `FILE`")
	flag.Parse()
	if err := write(*table, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genindex:", err)
		os.Exit(1)
	}
}

func write(table, out string) error {
	data, err := os.ReadFile(table)
	if err != nil {
		return err
	}
	src, err := thesaurus.IndexSource(string(data))
	if err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}
