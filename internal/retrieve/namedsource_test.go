package retrieve

import (
	"strings"
	"testing"

	"studyguide/internal/terms"
)

// TestSourceAtReadsCitations checks that a name is read as a source's
// maker where a citation or a sentence gives it as one (an editor, an
// author opening an entry or a list of them, one whose account is
// reported, one a source talked with), and not where it stands in a
// title, is owned, or is agreed with: the essay's notes, and Thoreau's
// "according to Paley".
func TestSourceAtReadsCitations(t *testing.T) {
	const (
		dimitrov = "For an example, see The Diary of Georgi Dimitrov 1933-1949, ed. & intro. Ivo Banac (New Haven, CT: Yale University Press, 2003), 66-67."
		drawn    = "I have drawn on the longer treatments of Beria's reforms, both those effected and those he proposed, in Kokurin and Pozhalov, Starkov, Knight, and Mukhin, Ubiystvo."
		baker    = `For a few examples only, see "The Russian Oligarchy: Welcome to the Real World," The Russian Journal March 17 2003, at <>; Raymond Baker, Centre for International Policy, "A Clear and Present Danger," Australian Broadcasting Corp, 2003, at <>.`
		zhdanov  = `This would imply Zhdanov's support for it too, although Zhdanov's sponsorship would not "fit" Pyzhikov's theory.`
	)
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{dimitrov, "Banac", true},
		{dimitrov, "Dimitrov", false},
		{dimitrov, "Yale", false},
		{"See Khlevniuk O., et al. eds, Politburo TsK VKP(b) i Sovet Ministrov SSSR 1945-1953.", "Khlevniuk", true},
		{drawn, "Kokurin", true},
		{drawn, "Starkov", true},
		{drawn, "Beria", false},
		{baker, "Baker", true},
		{baker, "Oligarchy", false},
		{"In conversations with Felix Chuev the aged Molotov mused about the need for more and more \"equalization.\"", "Chuev", true},
		{"According to Zhores Medvedev, Stalin's personal archive was destroyed immediately after his death (Medvedev, Sekretnyi).", "Zhores", true},
		{zhdanov, "Zhdanov", false},
		{"This, according to Paley, would be inconvenient.", "Paley", true},
		{"In their practice, nations agree with Paley; but does any one think that Massachusetts does exactly what is right at the present crisis?", "Paley", false},
	} {
		fields := strings.Fields(c.text)
		got := false
		for i, f := range fields {
			if ws := terms.Words(f); len(ws) == 1 && strings.EqualFold(ws[0], c.name) {
				got = got || sourceAt(fields, i, citesSource(c.text))
			}
		}
		if got != c.want {
			t.Errorf("%s in %q: source = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// TestWhoIsASource checks that "Who is X?", asked and nothing more, is
// answered where the essay names X only as a source (an editor, an author
// it draws on, one Molotov talked with), while a name it gives only in a
// title, in passing, or a question asking more of X than the citation
// says (his job, where he teaches), stays declined.
func TestWhoIsASource(t *testing.T) {
	wantAbstains(t, retriever(t, Hybrid), map[string]bool{
		"who is khlevniuk":                                           false,
		"Who is Ivo Banac?":                                          false,
		"who's raymond baker?":                                       false,
		"Who are Kokurin and Pozhalov and Starkov?":                  false,
		"who is Felix Chuev?":                                        false,
		"who was georgi dimitrov":                                    true,
		"Who was Zhdanov?":                                           true,
		"whos ivo banac, where does he teach":                        true,
		"Who was this Felix Chuev, and what did he do for a living?": true,
		"Who is Ivo Banac, and what else has he written about the Balkans?": true,
		"who was felix chuev like wat was his job":                          true,
	})
}

// TestWhoseWorkAsksItsAuthor checks that "Whose book is X?" of a work
// the essay cites is answered by the citation naming its author, as "Who
// wrote X?" is, while one asking more of the work ("the one about the
// 1937 trials", which the citation does not say) is not.
func TestWhoseWorkAsksItsAuthor(t *testing.T) {
	wantAbstains(t, retriever(t, Hybrid), map[string]bool{
		"Whose book is Tayny?":                                false,
		"Whose book is Tayny, the one about the 1937 trials?": true,
	})
}

// TestWrittenAboutIsReported checks that "What did X write about Y?" of
// a source the essay cites is answered by a citation reporting what X
// says of Y ("Amy Knight, p. 220, reports that Khrushchev ..."), and not
// when the citation names no Y (Molotov, whom the essay names elsewhere;
// Malenkov, whom it never names).
func TestWrittenAboutIsReported(t *testing.T) {
	wantAbstains(t, retriever(t, Hybrid), map[string]bool{
		"Amy Knight write what about Khrushchev?":   false,
		"What did Amy Knight write about Malenkov?": true,
		"What did Amy Knight write about Molotov?":  true,
	})
}
