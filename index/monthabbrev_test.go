package index

import "testing"

// TestEverydayMonthAbbreviations: the month and year abbreviations people
// type ("till feb 1", "nov draft", "next yr") are English forms of the
// month or year (translations.txt, stop 63), so they find a report that
// writes the month in full in any language. Reports are named by towns,
// as in TestHostilities; everyday questions with an abbreviation (a
// spreadsheet's month column, a calendar app) answer nothing. The
// documents are invented.
func TestEverydayMonthAbbreviations(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: de\n---\n\nIn Kassel bleibt die Waffenruhe bis zum 1. Februar in Kraft.\n",
		"---\nlang: uk\n---\n\nУ Вінниці мер сказав, що листопадовий проєкт говорив про амністію.\n",
		"---\nlang: en\n---\n\nReporters from Kassel, Vinnytsia and Graz met at a hotel.\n\nIn Graz the mayor said the war would go on next year.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"kassel ceasefire till feb 1", "Februar"},
		{"graz mayor war goes on next yr", "next year"},
		{"graz mayor war next yrs", "next year"},
		{"excel feb column sort formula", ""},
		{"calendar app oct sync android", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
