package essay

import (
	"path/filepath"
	"testing"
)

// volumeText is a Gutenberg file holding one piece of a collected edition
// under the heading given.
func volumeText(title, heading string) string {
	long := "The question before us is an old one, and the answer given to it by those who came before us was plain enough to those who heard it then and should be plain to us now."
	return "Title: " + title + "\n\nAuthor: Ann Writer\n\n*** START OF THE PROJECT GUTENBERG EBOOK WORKS ***\n\n" +
		heading + "\n\n" + long + "\n\n" + long + " We hold to it still.\n\n*** END OF THE PROJECT GUTENBERG EBOOK WORKS ***\n"
}

func TestTitleFromHeadingNamesThePieceNotTheVolume(t *testing.T) {
	cases := []struct{ title, heading, want string }{
		// One address of a volume: the address titles the text.
		{"The Works of Ann Writer, Volume Two", "ADDRESS TO THE GRADUATES OF THE SCHOOL", "Address to the Graduates of the School"},
		{"Collected Papers", "A Letter on the Public Debt", "A Letter on the Public Debt"},
		// A heading that only numbers a part names no work.
		{"The Works of Ann Writer, Volume Two", "CHAPTER II.", "The Works of Ann Writer, Volume Two"},
		{"The Works of Ann Writer, Vol. II", "Introductory", "The Works of Ann Writer, Vol. II"},
		// A title that names one work keeps it over its chapter's heading.
		{"A History of the Public Debt", "Of the First Loans", "A History of the Public Debt"},
	}
	for _, c := range cases {
		src := parsed(t, volumeText(c.title, c.heading))
		if src.Meta.Title != c.want {
			t.Errorf("title %q over %q: got %q, want %q", c.title, c.heading, src.Meta.Title, c.want)
		}
	}
}

// A real volume's one speech is titled by its heading; a real work's
// single chapter is not.
func TestTitleFromHeadingOnRealTexts(t *testing.T) {
	for file, want := range map[string]string{
		"lincoln-cooper-union.txt": "Speech at the Cooper Institute, New York February 27, 1860",
		"locke-second-treatise.md": "Second Treatise of Government",
		"woman-suffrage.txt":       "History of Woman Suffrage, Volume I",
		"on-liberty.txt":           "On Liberty",
	} {
		c, err := Load(filepath.Join("testdata", "texts", file))
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Sources[0].Meta.Title; got != want {
			t.Errorf("%s: title %q, want %q", file, got, want)
		}
	}
}
