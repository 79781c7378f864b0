package index

import "testing"

// TestUkrAbbreviation: "ukr" is how questions abbreviate Ukrainian ("ukr
// delegation", "ukr troops", "under ukr control"; released sets N, O, ZY,
// ZZA), an English form of the word in translations.txt (stop 65), so it
// finds the Ukrainian delegation or troops a report names in any language,
// and not the Polish ones beside them. Everyday questions with the
// abbreviation (a keyboard layout) answer nothing. The documents are
// invented; reports are named by towns, as in TestHostilities.
func TestUkrAbbreviation(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: de\n---\n\nIn Kassel traf die polnische Delegation den Bürgermeister.\n\nIn Kassel traf am Abend auch die ukrainische Delegation den Bürgermeister.\n",
		"---\nlang: uk\n---\n\nУ Вінниці польські війська провели навчання.\n\nУ Вінниці українські війська провели навчання біля мосту.\n",
		"---\nlang: it\n---\n\nA Bari il governo polacco ha firmato un accordo.\n\nA Bari il governo ucraino ha firmato un accordo sul grano.\n",
		"---\nlang: en\n---\n\nReporters from Kassel, Vinnytsia and Bari met at a hotel.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"kassel ukr delegation", "ukrainische"},
		{"vinnytsia ukr troops exercise", "українські"},
		{"bari ukr government agreement", "ucraino"},
		{"ukr keyboard layout download windows", ""},
		{"ukr sticker car rear window", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
