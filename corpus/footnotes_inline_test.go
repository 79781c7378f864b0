package corpus

import (
	"strings"
	"testing"
)

// TestInlineFootnotes pins how footnotes at the foot are put back after
// the sentences their markers close, in English, German and French (the
// marker before the stop): a note running over an indented line is one
// note, a marker inside a sentence is cut and its note left at the foot,
// a power ("10⁵", "80 m²") and a note no marker uses stay.
func TestInlineFootnotes(t *testing.T) {
	cases := []struct{ in, want string }{
		{"The ferry levy doubles in March.² Islanders object.\n\n_____\n² The levy was last raised in 2019.\n",
			"The ferry levy doubles in March. The levy was last raised in 2019. Islanders object.|_"},
		{"Die Hafengebühr steigt im März.¹ Die Fischer protestieren.\n\n¹ Die Gebühr wurde zuletzt 2019\n  erhöht.\n",
			"Die Hafengebühr steigt im März. Die Gebühr wurde zuletzt 2019 erhöht. Die Fischer protestieren."},
		{"Le quai reste fermé².\n\n² Selon la capitainerie.\n",
			"Le quai reste fermé. Selon la capitainerie."},
		// (the layout reader strips a marker inside a sentence; its note stays)
		{"The quay¹ is closed.\n\n¹ The north quay only.\n",
			"The quay¹ is closed.|¹ The north quay only."},
		{"A pier of 80 m² and 10⁵ tonnes.\n\n² Unused note.\n",
			"A pier of 80 m² and 10⁵ tonnes.|² Unused note."},
	}
	for _, c := range cases {
		body, held := holdFootnotes(c.in)
		var got []string
		for _, p := range placeFootnotes(splitParagraphs(body), held) {
			got = append(got, p.text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("footnotes of %q\n got %q\nwant %q", c.in, g, c.want)
		}
	}
}

// TestFootnoteUnderPoint parses a hard-wrapped brief whose footnote adds
// to the point its marker's sentence sets out ("under the same point"):
// the note is read with that point, in English and German.
func TestFootnoteUnderPoint(t *testing.T) {
	docs := []struct{ lang, doc, frag string }{
		{"en", "---\ntitle: Brief\nlang: en\npublished: 2025-12-04\n---\n\n" +
			"Under point 12 of the 28-point plan, the grain corridor reopens under joint patrols.³\nThe rest of the text is unchanged.\n\n" +
			"_______________\n³ Under the same point, Turkey would also escort the convoys.\n",
			"Turkey would also escort the convoys"},
		{"de", "---\ntitle: Analyse\nlang: de\npublished: 2025-12-04\n---\n\n" +
			"Punkt 12 des 28-Punkte-Plans öffnet den Getreidekorridor unter gemeinsamen Patrouillen.³\nDer Rest bleibt unverändert.\n\n" +
			"_______________\n³ Die Türkei würde nach demselben Punkt auch die Konvois begleiten.\n",
			"Die Türkei würde nach demselben Punkt auch die Konvois begleiten"},
	}
	for _, c := range docs {
		d, err := Parse([]byte(c.doc), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range d.Provisions {
			found = found || p.Number == 12 && strings.Contains(p.Text, c.frag)
		}
		if !found {
			t.Errorf("%s: no point 12 holding the note %q; got %+v", c.lang, c.frag, d.Provisions)
		}
	}
}
