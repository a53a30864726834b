// Package corpus embeds the essay studyguide is built around, with its
// bibliographic data, so the binary runs from any directory.
package corpus

import "embed"

// Name is the embedded essay's source name.
const Name = "essay"

// Essay is the text of the conclusions of "Stalin and the Struggle for
// Democratic Reform, Part Two" (Grover Furr, 2005), exactly as received.
//
//go:embed essay.txt
var Essay []byte

// Meta is the essay's bibliographic data as JSON: title, author, year.
//
//go:embed essay.json
var Meta []byte

// Parsed is Essay as the essay package parses it, written by go generate
// (see essay.ParsedForm): read at start-up in place of parsing the text
// again, and ignored when it was written from another text or parser.
//
//go:embed essay.parsed
var Parsed string

// EvalSets holds the retrieval question sets, eval.tsv to eval89.tsv: one
// question a line, a tab, then the refs that answer it ("-" for none).
//
//go:embed eval*.tsv
var EvalSets embed.FS
