package modelguide

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/llm"
)

// reply is one question's part as the model writes it: the shape of a
// question in `guide --format json`, without what the guide already knows.
type reply struct {
	Evidence   []quoteItem  `json:"evidence"`
	Discussion []promptItem `json:"discussion"`
	Historian  []promptItem `json:"historian"`
}

type quoteItem struct {
	Ref   string `json:"ref"`
	Quote string `json:"quote"`
}

type promptItem struct {
	Level  string  `json:"level"`
	Prompt string  `json:"prompt"`
	Refs   refList `json:"refs"`
}

// refList reads a list of refs, or one ref on its own, as a model
// without a schema may write it.
type refList []string

func (l *refList) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		*l = nil
		return nil
	}
	var one string
	if json.Unmarshal(data, &one) == nil {
		*l = refList{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(data, &many); err != nil {
		return errors.New("refs is not a list of refs")
	}
	*l = many
	return nil
}

// parseReply reads a model's reply. Without a schema a model may wrap its
// JSON in a code fence or a sentence; the object is read from the first
// "{" to the last "}".
func parseReply(c llm.Completion) (reply, error) {
	if c.Truncated {
		return reply{}, errors.New("the model's reply was cut off at its length limit")
	}
	text := c.Text
	start := strings.Index(text, "{")
	if start < 0 {
		return reply{}, errors.New("the model's reply holds no JSON object")
	}
	text = text[start:]
	if end := strings.LastIndex(text, "}"); end >= 0 {
		text = text[:end+1]
	}
	var r reply
	if err := json.Unmarshal([]byte(text), &r); err != nil {
		return reply{}, fmt.Errorf("the model's reply is not the JSON asked for (%v)", err)
	}
	if len(r.Evidence) == 0 && len(r.Discussion) == 0 && len(r.Historian) == 0 {
		return reply{}, errors.New("the model's reply has no evidence, discussion or historian items")
	}
	return r, nil
}

// schemaFor is the JSON Schema of a reply about the given passages. Refs
// must be among their names (a prompt's may also name the asker), so that
// a server with structured output cannot even write another; the reply is
// checked all the same.
func schemaFor(given []*essay.Passage, asker essay.Ref) json.RawMessage {
	var refs []string
	for _, p := range given {
		refs = append(refs, p.Ref.String())
	}
	ref := map[string]any{"type": "string", "enum": refs}
	cited := map[string]any{"type": "string", "enum": append(refs[:len(refs):len(refs)], asker.String())}
	object := func(props map[string]any) map[string]any {
		var required []string
		for _, k := range []string{"ref", "quote", "level", "prompt", "refs", "evidence", "discussion", "historian"} {
			if _, ok := props[k]; ok {
				required = append(required, k)
			}
		}
		return map[string]any{"type": "object", "properties": props, "required": required, "additionalProperties": false}
	}
	list := func(item map[string]any) map[string]any { return map[string]any{"type": "array", "items": item} }
	prompts := func(levels []string) map[string]any {
		return list(object(map[string]any{
			"level":  map[string]any{"type": "string", "enum": levels},
			"prompt": map[string]any{"type": "string"},
			"refs":   list(cited),
		}))
	}
	schema := object(map[string]any{
		"evidence":   list(object(map[string]any{"ref": ref, "quote": map[string]any{"type": "string"}})),
		"discussion": prompts(bloomLevels),
		"historian":  prompts(historianMoves),
	})
	// A map of strings and slices always encodes, with its keys sorted.
	data, _ := json.Marshal(schema)
	return data
}
