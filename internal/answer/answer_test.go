package answer

import (
	"context"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"studyguide/internal/generate"
	"studyguide/internal/retrieve/retrievetest"
)

func offline(t *testing.T) *Service {
	t.Helper()
	c, r := retrievetest.Essay(t)
	return &Service{Corpus: c, Retriever: r, Generator: generate.Extractive{}}
}

// ask asks s one question with no history.
func ask(s *Service, q string, k int) (*Answer, error) {
	return s.Ask(context.Background(), Request{Question: q, K: k})
}

var inScope = map[string]string{
	"Was Stalin an all-powerful dictator?":                      "¶53",
	"Did Stalin ever condemn the cult around him?":              "¶55",
	"What privileges did Party members get?":                    "¶58",
	"What did Molotov worry about in his talks with Chuev?":     "¶61",
	"Why does the author think Beria may have been murdered?":   "note 12",
	"What do Zhukov and Mukhin believe about Stalin and Beria?": "¶59",
}

func TestAskInScopeMeetsContract(t *testing.T) {
	a := offline(t)
	for q, wantRef := range inScope {
		t.Run(q, func(t *testing.T) {
			ans, err := ask(a, q, 4)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Abstained {
				t.Fatalf("abstained: %q", ans.Answer)
			}
			checkContract(t, ans)
			cited := map[string]bool{}
			for _, c := range ans.Citations {
				cited[c.Ref] = true
			}
			if !cited[wantRef] {
				t.Errorf("answer cites %v, want %s among them: %s", cited, wantRef, ans.Answer)
			}
			if !strings.Contains(ans.Answer, "argues") && !strings.Contains(ans.Answer, "writes") && !strings.Contains(ans.Answer, "asks") {
				t.Errorf("answer does not attribute its claims to the author: %s", ans.Answer)
			}
		})
	}
}

// checkContract asserts the ask --json contract: every quote stands
// verbatim in the source with its ref, and the answer cites each ref.
func checkContract(t *testing.T, ans *Answer) {
	t.Helper()
	if len(ans.Citations) == 0 || len(ans.Citations) > 4 {
		t.Errorf("%d citations, want 1 to 4", len(ans.Citations))
	}
	texts := map[string]string{}
	for _, s := range ans.Sources {
		texts[s.Ref] = strings.Join(strings.Fields(s.Text), " ")
	}
	for _, c := range ans.Citations {
		text, ok := texts[c.Ref]
		if !ok {
			t.Errorf("citation %s is not among the sources", c.Ref)
			continue
		}
		if quote := strings.Join(strings.Fields(c.Quote), " "); quote == "" || !strings.Contains(text, quote) {
			t.Errorf("quote for %s is not verbatim in its source: %q", c.Ref, c.Quote)
		}
		if !strings.Contains(ans.Answer, "["+c.Ref+"]") {
			t.Errorf("answer lacks [%s]", c.Ref)
		}
		if !c.Supported {
			t.Errorf("offline citation %s is unsupported", c.Ref)
		}
	}
	if len(ans.InvalidCitations) != 0 {
		t.Errorf("offline answer has invalid citations: %+v", ans.InvalidCitations)
	}
}

var offTopic = []string{
	"How long should I knead bread dough?",
	"What is the best way to cook risotto?",
	"Who won the 2018 football World Cup?",
	"How many players are on a basketball team?",
	"What is the capital of Australia?",
	"Which river is the longest in Africa?",
}

func TestAskAbstainsOffTopic(t *testing.T) {
	a := offline(t)
	for _, q := range offTopic {
		ans, err := ask(a, q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Abstained || len(ans.Citations) != 0 {
			t.Errorf("%q: want an abstention, got %q", q, ans.Answer)
		}
		if !strings.Contains(ans.Answer, "does not address") {
			t.Errorf("%q: abstention does not say so plainly: %q", q, ans.Answer)
		}
	}
}

func TestAnswerJSONKeys(t *testing.T) {
	ans, err := ask(offline(t), "Was Stalin an all-powerful dictator?", 3)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(ans)
	var m map[string]any
	json.Unmarshal(data, &m)
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	want := []string{"abstained", "answer", "citations", "invalid_citations", "question", "sources", "uncited"}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("keys = %v, want %v", keys, want)
	}
	if len(ans.Sources) != 3 {
		t.Errorf("k=3 gave %d sources", len(ans.Sources))
	}
}

func TestAskIsDeterministic(t *testing.T) {
	q := "What does the author say about the nomenklatura?"
	first, err1 := ask(offline(t), q, 4)
	second, err2 := ask(offline(t), q, 4)
	if err1 != nil || err2 != nil {
		t.Fatalf("ask: %v, %v", err1, err2)
	}
	a, _ := json.Marshal(first)
	b, _ := json.Marshal(second)
	if string(a) != string(b) {
		t.Errorf("two runs differ:\n%s\n%s", a, b)
	}
}

func TestAskAnswersTheBylineFromMetadata(t *testing.T) {
	s := offline(t)
	ans, err := ask(s, "Who wrote this essay?", 4)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Byline || ans.Abstained || !ans.Supported() || !strings.Contains(ans.Answer, "by Grover Furr (2005)") {
		t.Errorf("answer = %+v", ans)
	}
	if len(ans.Citations)+len(ans.InvalidCitations)+len(ans.Uncited)+len(ans.Sources) != 0 {
		t.Errorf("a byline answer cites, is flagged or lists sources: %+v", ans)
	}
}
