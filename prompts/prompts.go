// Package prompts embeds the templates studyguide sends to a language model
// in LLM mode. Users may override them with --prompts DIR, which holds
// files of the same names.
package prompts

import "embed"

// FS holds the built-in templates, one *.tmpl file per prompt.
//
//go:embed *.tmpl
var FS embed.FS
