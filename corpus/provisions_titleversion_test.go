package corpus

import "testing"

// TestTitleVersionExplainer reads explainers in English and Italian whose
// opening paragraph names the version they set out and then the one it
// grew out of, over a heading naming nothing and bold-lead bullets: the
// bullets are the title's version, not the one the paragraph names last.
func TestTitleVersionExplainer(t *testing.T) {
	explainer := func(title, lang, lead, heading string, items ...string) string {
		doc := "---\ntitle: \"" + title + "\"\nlang: " + lang + "\npublished: 2025-12-24\n---\n\n" + lead + "\n\n## " + heading + "\n\n"
		for _, it := range items {
			doc += "- **" + it + "\n"
		}
		return doc
	}
	docs := []struct{ lang, doc string }{
		{"en", explainer("Explained: the 20-point framework", "en",
			"Negotiators in Kyiv finished a 20-point framework on Tuesday. It builds on the 28-point draft that leaked in November, and it is still a draft. Here is the rundown.",
			"Inside the text",
			"Ceasefire.** The first point says a ceasefire starts on the day both sides sign.",
			"Prisoners.** Point 2 frees all prisoners of war within a month of signing.",
			"Army.** The third point lets Ukraine keep an army of 800,000 troops in peacetime.")},
		{"it", explainer("Cosa prevede il piano in 20 punti", "it",
			"I negoziatori hanno chiuso a Kiev martedì un piano in 20 punti. Nasce dal piano in 28 punti trapelato a novembre ed è ancora una bozza. Ecco cosa sapere.",
			"Il testo",
			"Tregua.** Il primo punto prevede che la tregua inizi il giorno della firma.",
			"Prigionieri.** Il punto 2 libera tutti i prigionieri di guerra entro un mese.",
			"Esercito.** Il terzo punto consente all’Ucraina un esercito di 800.000 soldati in tempo di pace.")},
	}
	for _, c := range docs {
		d, err := Parse([]byte(c.doc), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Provisions) != 3 {
			t.Errorf("%s: %d provisions, want 3: %+v", c.lang, len(d.Provisions), d.Provisions)
		}
		for _, p := range d.Provisions {
			if p.Plan != "20-point framework" {
				t.Errorf("%s: point %d %q filed under %q, want the title's 20-point framework", c.lang, p.Number, p.Text, p.Plan)
			}
		}
	}
}
