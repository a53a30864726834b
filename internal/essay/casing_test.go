package essay

import "testing"

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"SPEECH AT THE COOPER INSTITUTE, NEW YORK FEBRUARY 27, 1860": "Speech at the Cooper Institute, New York February 27, 1860",
		"OF MONARCHY AND HEREDITARY SUCCESSION.":                     "Of Monarchy and Hereditary Succession.",
		"CHAPTER II":                                                 "Chapter II",
		"CHAPTER XIV. THE END":                                       "Chapter XIV. The End",
		"THE DEFENCE--\"NOT GUILTY.\"":                               "The Defence--\"Not Guilty.\"",
		"CIVIL DISOBEDIENCE":                                         "Civil Disobedience",
		"THE THIRTY-NINE":                                            "The Thirty-Nine",
		"FEDERALIST No. 15":                                          "Federalist No. 15",
		"OF MR. BOOKER T. WASHINGTON AND OTHERS":                     "Of Mr. Booker T. Washington and Others",
		"THE \"RED VS EXPERT\" DILEMMA":                              "The \"Red vs Expert\" Dilemma",
		"W. E. B. DU BOIS":                                           "W. E. B. Du Bois",
		"THE  FEDERALIST\nPAPERS":                                    "The Federalist Papers",
		"Of the Origin of It":                                        "Of the Origin of It",
		"The Red vs Expert Dilemma":                                  "The Red vs Expert Dilemma",
	} {
		if got := TitleCase(in); got != want {
			t.Errorf("TitleCase(%q) = %q, want %q", in, got, want)
		}
	}
}
