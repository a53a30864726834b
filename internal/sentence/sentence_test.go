package sentence

import (
	"reflect"
	"strings"
	"testing"
)

func TestTexts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "One. Two? Three!", []string{"One.", "Two?", "Three!"}},
		{"page abbreviation", "See pp. 150, 507 of the 1971 Knopf edition. Still others.",
			[]string{"See pp. 150, 507 of the 1971 Knopf edition.", "Still others."}},
		{"editor and intro", "The Diary, ed. & intro. Ivo Banac (New Haven, 2003), 66-67. Next.",
			[]string{"The Diary, ed. & intro. Ivo Banac (New Haven, 2003), 66-67.", "Next."}},
		{"chapter", "My analysis follows Mukhin, Ch. 13 and Medvedev, op. cit.",
			[]string{"My analysis follows Mukhin, Ch. 13 and Medvedev, op. cit."}},
		{"et al and place of publication", "See Khlevniuk O., et al. eds, Politburo 1945-1953. Moscow: ROSSPEN, 2002, 428-431.",
			[]string{"See Khlevniuk O., et al. eds, Politburo 1945-1953. Moscow: ROSSPEN, 2002, 428-431."}},
		{"initials", `His article "N.A. Voznesenski" at <>). This would imply.`,
			[]string{`His article "N.A. Voznesenski" at <>).`, "This would imply."}},
		{"i.e. before lower case", `But the issue of "material incentives," i.e. economic inequality, is the fundamental one. Next.`,
			[]string{`But the issue of "material incentives," i.e. economic inequality, is the fundamental one.`, "Next."}},
		{"etc. then question mark", "Better housing, special stores, etc.? The political context.",
			[]string{"Better housing, special stores, etc.?", "The political context."}},
		{"quote closes sentence", `Another question: "What do you mean by 'democracy'?" Then more.`,
			[]string{`Another question: "What do you mean by 'democracy'?"`, "Then more."}},
		{"footnote marker", `He condemned the "cult" many times.15 Clearly, though, he did not.`,
			[]string{`He condemned the "cult" many times.`, "Clearly, though, he did not."}},
		{"decimal is not a marker", "It grew 3.5 times. Then it fell.", []string{"It grew 3.5 times.", "Then it fell."}},
		{"no final punctuation", "A title without a stop", []string{"A title without a stop"}},
		{"member of the C.C.", "Baybakov, the last living C.C. member from 1953, told him.",
			[]string{"Baybakov, the last living C.C. member from 1953, told him."}},
		{"page", "Amy Knight, p. 220, reports it. Meanwhile.", []string{"Amy Knight, p. 220, reports it.", "Meanwhile."}},
		{"titles and shortened names", "A letter went to the Hon. George Geddes, signed by Messrs. Betts and Bond. Very respectfully, Geo. Geddes.",
			[]string{"A letter went to the Hon. George Geddes, signed by Messrs. Betts and Bond.", "Very respectfully, Geo. Geddes."}},
		{"numbered points", "It may be viewed under a threefold aspect. 1. The poet illustrates his age. 2. The benefits of law are more solid.",
			[]string{"It may be viewed under a threefold aspect.", "1. The poet illustrates his age.", "2. The benefits of law are more solid."}},
		{"a number that is no point", "It was printed in 1937. 2 copies survive. See p. 12. The rest.",
			[]string{"It was printed in 1937. 2 copies survive.", "See p. 12.", "The rest."}},
		{"old references", "Plutarch (Opera, tom. ii. p. 318, edit. Wechel,) said so. He spoke to Tom. Then he left.",
			[]string{"Plutarch (Opera, tom. ii. p. 318, edit. Wechel,) said so.", "He spoke to Tom.", "Then he left."}},
		{"spaced ellipsis", "It is 300 miles distant . . . Or else they go. A nation is 'born in a day.' . . . But what? Wissenschaft . . . ist der Hauptsache.",
			[]string{"It is 300 miles distant . . .", "Or else they go.", "A nation is 'born in a day.' . . .", "But what?", "Wissenschaft . . . ist der Hauptsache."}},
		{"numbered parts", "II. The empire of Rome was established. III. Cold and poverty fortify. King Charles II. He reigned.",
			[]string{"II. The empire of Rome was established.", "III. Cold and poverty fortify.", "King Charles II.", "He reigned."}},
		{"volume and page", "Tout ce qui est sain.--TOCQUEVILLE, OEuvres, vii. 97. En France, il n'y a plus d'hommes.",
			[]string{"Tout ce qui est sain.--TOCQUEVILLE, OEuvres, vii. 97.", "En France, il n'y a plus d'hommes."}},
		{"shortened names and titles", "Plutarch. Quaest. Rom. in tom. ii. p. 275. Macrob. Saturnal. l. i. c. 8, p. 152, edit. London. The arrival of Saturn.",
			[]string{"Plutarch. Quaest. Rom. in tom. ii. p. 275.", "Macrob. Saturnal. l. i. c. 8, p. 152, edit. London.", "The arrival of Saturn."}},
		{"a chapter", "Sallust, de Bell. Jugurthin. c. 4. Such were the professions of P. Scipio.",
			[]string{"Sallust, de Bell. Jugurthin. c. 4.", "Such were the professions of P. Scipio."}},
		{"a shortened word, a title and a page", "It is his work.--Munchner Gel. Azeigen, 1849, ii. 83. Wie das Denken reift. Zeitschrift fur Hist. Theologie, ix. 5, 1839. Next.",
			[]string{"It is his work.--Munchner Gel. Azeigen, 1849, ii. 83.", "Wie das Denken reift.", "Zeitschrift fur Hist. Theologie, ix. 5, 1839.", "Next."}},
		{"a name credited, then the work", "Il faut un criterium.--AHRENS. Cours de Droit Naturel, i. 67. He said it.--BROGLIE. Reception de Sorel, 46. She replied--Never. It was 1850.",
			[]string{"Il faut un criterium.--AHRENS. Cours de Droit Naturel, i. 67.", "He said it.--BROGLIE. Reception de Sorel, 46.", "She replied--Never.", "It was 1850."}},
		{"etc. and a year", `[Mitchell] "Contest in America," etc. (1752), p. 237. Then, etc. The end.`,
			[]string{`[Mitchell] "Contest in America," etc. (1752), p. 237.`, "Then, etc.", "The end."}},
		{"French titles", "Il le dit.--7th January 1856, Mme. Swetchine, i. 452. Next.",
			[]string{"Il le dit.--7th January 1856, Mme. Swetchine, i. 452.", "Next."}},
		{"prose names stay sentences", "He went to Rome. Paris came later. Yes. Never. I met Smith. Jones was there.",
			[]string{"He went to Rome.", "Paris came later.", "Yes.", "Never.", "I met Smith.", "Jones was there."}},
		{"a lone lower-case letter", "Es ist schwächer als Uran. (Anmerk. d. Übers.) Next.",
			[]string{"Es ist schwächer als Uran.", "(Anmerk. d. Übers.)", "Next."}},
		{"a letter that ends a word or numbers a page", "He called her a d----d b---h. After that, Feb. 23d. Mr. Geddes spoke. See ii. p. x. Das Christenthum.",
			[]string{"He called her a d----d b---h.", "After that, Feb. 23d.", "Mr. Geddes spoke.", "See ii. p. x.", "Das Christenthum."}},
		{"versus", "In the case of McCulloch v. Maryland: the government. Ib. p. v. Few scholars are critics.",
			[]string{"In the case of McCulloch v. Maryland: the government.", "Ib. p. v.", "Few scholars are critics."}},
		{"empty", "   ", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Texts(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Texts(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitMarker(t *testing.T) {
	spans := Split(`He condemned the "cult" many times.15 Clearly.`)
	if len(spans) != 2 || spans[0].Note != 15 || spans[1].Note != 0 {
		t.Fatalf("got %+v, want the first sentence to mark note 15", spans)
	}
}

func TestIsQuestion(t *testing.T) {
	for s, want := range map[string]bool{
		"What is it?":           true,
		`He asked: "Why?"`:      true,
		"It is (or is it?)":     true,
		"It is.":                false,
		"Is it? No, it is not.": false,
	} {
		if got := IsQuestion(s); got != want {
			t.Errorf("IsQuestion(%q) = %v, want %v", s, got, want)
		}
	}
}

// BenchmarkSplitPathological splits texts that once took time quadratic in
// their length: long runs of punctuation, and long "sentences" of
// citation-like pieces that each looked back to the sentence's start.
func BenchmarkSplitPathological(b *testing.B) {
	texts := map[string]string{
		"dots":      strings.Repeat(".", 1<<16) + "x",
		"closers":   strings.Repeat("!”", 1<<15) + "x",
		"citations": strings.Repeat("2002. Moscow: ", 1<<13),
		"digits":    strings.Repeat(".", 1<<15) + strings.Repeat("1", 1<<15),
	}
	for name, text := range texts {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Split(text)
			}
		})
	}
}
