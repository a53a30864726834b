package lazyregexp

import (
	"reflect"
	"regexp"
	"testing"
)

func TestRegexpActsAsRegexp(t *testing.T) {
	const expr = `(\w+)@(\w+)`
	lazy, eager := New(expr), regexp.MustCompile(expr)
	if lazy.re != nil {
		t.Fatal("compiled before first use")
	}
	s := "a@b, c@d and e"
	checks := []struct{ got, want any }{
		{lazy.String(), eager.String()},
		{lazy.MatchString(s), eager.MatchString(s)},
		{lazy.FindString(s), eager.FindString(s)},
		{lazy.FindStringIndex(s), eager.FindStringIndex(s)},
		{lazy.FindStringSubmatch(s), eager.FindStringSubmatch(s)},
		{lazy.FindStringSubmatchIndex(s), eager.FindStringSubmatchIndex(s)},
		{lazy.FindAllString(s, -1), eager.FindAllString(s, -1)},
		{lazy.FindAllStringIndex(s, -1), eager.FindAllStringIndex(s, -1)},
		{lazy.FindAllStringSubmatch(s, -1), eager.FindAllStringSubmatch(s, -1)},
		{lazy.FindAllStringSubmatchIndex(s, -1), eager.FindAllStringSubmatchIndex(s, -1)},
		{lazy.ReplaceAllString(s, "$2@$1"), eager.ReplaceAllString(s, "$2@$1")},
		{lazy.Split(s, -1), eager.Split(s, -1)},
	}
	for i, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("check %d: got %v, want %v", i, c.got, c.want)
		}
	}
}
