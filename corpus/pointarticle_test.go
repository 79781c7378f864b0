package corpus

import "testing"

// TestPointLabelWithArticle checks bullets whose point label opens with a
// definite article, as Spanish, Italian, German and English write it in
// running lists ("- El punto 4: …", "- Der Punkt 12: …"): the number is
// read and the label dropped, as for a bare "Punto 4: …". A point word
// with no number after the article is no label.
func TestPointLabelWithArticle(t *testing.T) {
	tests := []struct {
		name, doc string
		number    int
		text      string
	}{
		{"es el punto", "---\ntitle: t\nlang: es\n---\n\nEl plan de 28 puntos llegó a Kiev el jueves. Lo más comentado:\n\n- El punto 4: Rusia devolverá las centrales eléctricas ocupadas.\n- El punto 11: Ucrania podrá pedir el ingreso en la Unión Europea.\n", 11, "Ucrania podrá pedir el ingreso en la Unión Europea"},
		{"it il punto", "---\ntitle: t\nlang: it\n---\n\nIl piano in 28 punti è arrivato a Kiev. I passaggi chiave:\n\n- Il punto 5: l'Ucraina riceverà garanzie di sicurezza affidabili.\n- Il punto 19: la centrale di Zaporizhzhia sarà riavviata sotto controllo internazionale.\n", 5, "riceverà garanzie di sicurezza affidabili"},
		{"de der Punkt", "---\ntitle: t\nlang: de\n---\n\nDer 28-Punkte-Plan liegt in Kiew vor. Die wichtigsten Stellen:\n\n- Der Punkt 12: Die Sanktionen werden schrittweise aufgehoben.\n- Der Punkt 20: Beide Seiten verpflichten sich zu Bildungsprogrammen.\n", 12, "Die Sanktionen werden schrittweise aufgehoben"},
		{"en the point", "The 28-point plan reached Kyiv on Thursday. The items most discussed:\n\n- The point 3: Russia will not invade its neighbours again.\n- The point 14: Frozen assets will fund the reconstruction of Ukraine.\n", 14, "Frozen assets will fund the reconstruction"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.doc), ParseOptions{Name: "x.md", Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range d.Provisions {
				if p.Number == tt.number && containsFold(p.Text, tt.text) {
					return
				}
				got = append(got, p.Text)
			}
			t.Errorf("no point %d holding %q; got %q", tt.number, tt.text, got)
		})
	}
	for _, s := range []string{"El punto de partida: nadie quiere negociar bajo presión.", "Der Punkt ist: niemand will unter Druck verhandeln."} {
		if got := withoutPointArticle(s); got != s {
			t.Errorf("withoutPointArticle(%q) = %q, want it unchanged", s, got)
		}
	}
}
