package corpus

import (
	"strings"
	"testing"
)

// TestPronounNamedJustBefore checks that a subject pronoun stands for the
// one person the sentence before introduced by a full name, not for whoever
// spoke in an earlier paragraph (pronounnamed.go): positives in English,
// French and Swedish, which the rule's switch must change; negatives (two
// names, a sentence before that opened with the pronoun, a courtesy title of
// the other gender, a statement in the sentence before) that must not
// change.
func TestPronounNamedJustBefore(t *testing.T) {
	const lead = "Prime Minister Keir Starmer said the plan needed more work.\n\n"
	cases := []struct {
		lang, body, words, want string
		changes                 bool // the rule gives the speaker (off gives another or none)
	}{
		{"en", lead + "For retired Air Force colonel Dwight Haverkamp, who farms 600 acres north of town, the fighter-jet clause caught his eye. \"Jets in Poland is what we have now,\" he said.", "Jets in Poland", "Dwight Haverkamp", true},
		{"en", lead + "Up now: Col. (ret.) Dan Whitlock, formerly of the Allied Rapid Planning Cell. He thinks the Berlin package is better than people assume.", "Berlin package", "Dan Whitlock", true},
		{"fr", "Emmanuel Macron a déclaré que le plan devait être amélioré.\n\nPour Nadia Ferhat (liste citoyenne), le point 24 est le seul bon point du texte. Elle a ajouté que la commune devait se préparer à accueillir des familles.", "la commune devait", "Nadia Ferhat", true},
		{"fr", "Emmanuel Macron a déclaré que le plan devait être amélioré.\n\n*b) Collecte.* Mme Oksana Hrytsenko, locataire du 3e étage depuis 2022, remercie les copropriétaires pour la collecte. Elle déclare que sa famille ne rentrera pas à Kharkiv.", "sa famille ne rentrera", "Oksana Hrytsenko", true},
		{"sv", "Statsminister Ulf Kristersson sade att planen måste ändras.\n\nPensionären Ulrika Nyström bor i Kiruna sedan 2019. Hon säger att ordet garanti förekommer ofta i utkastet.", "ordet garanti", "Ulrika Nyström", true},
		// negatives: the sentence before opened with the pronoun; two names; a title of the other gender; a statement before
		{"en", "Marco Rubio said the talks were productive.\n\nHe declined to say whether the deadline set by President Donald Trump still held. \"We'd like it to be as soon as possible,\" he said.", "as soon as possible", "Marco Rubio", false},
		{"en", lead + "Anna Kowalski met Tomasz Nowak in Warsaw on Monday. \"Nothing is agreed yet,\" he said.", "Nothing is agreed yet", "", false},
		{"en", lead + "Mrs Anna Pike opened the village fete on Sunday. \"The plan is a start,\" he said.", "The plan is a start", "", false},
	}
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.words, func(t *testing.T) {
			speaker := func(off bool) string {
				d, err := Parse([]byte("---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n"), ParseOptions{Name: "probe.md", Now: fixedNow, namedBeforeOff: off, noParaOpener: off})
				if err != nil {
					t.Fatal(err)
				}
				for _, s := range d.Statements {
					if strings.Contains(s.Text, tc.words) {
						return s.Speaker
					}
				}
				return ""
			}
			on, off := speaker(false), speaker(true)
			if tc.changes {
				if on != tc.want || off == tc.want {
					t.Fatalf("rule on: %q, off: %q; want %q from the rule", on, off, tc.want)
				}
				return
			}
			if on != off || tc.want != "" && on != tc.want {
				t.Fatalf("rule on: %q, off: %q; want %q either way", on, off, tc.want)
			}
		})
	}
}
