package corpus

import "testing"

// TestAgencyString checks a string of Italian agency reports: each item
// opens with "(AGENCY) - PLACE, DAY MON - ", which gives the date and the
// outlet and is no part of the lead sentence, and "Lo ha detto X" gives
// the sentence before to X even with a title and its complement before
// the name.
func TestAgencyString(t *testing.T) {
	doc := "UCRAINA: COLLOQUI A MOSCA\n\n(AGN) - MOSCA, 3 DIC - Nessun accordo è stato ancora trovato sui confini. Lo ha detto il consigliere diplomatico del Cremlino Yuri Ushakov al termine dell'incontro. (AGN).\n\n" +
		"UCRAINA: VERTICE A ROMA\n\n(AGN) - ROMA, 3 DIC - La sicurezza europea non si negozia a Mosca. Lo ha dichiarato il ministro degli Esteri Carlo Ventura in conferenza stampa. (AGN).\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "x.txt", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if d.Source.Outlet != "AGN" || len(d.Source.Published) < 10 || d.Source.Published[5:] != "12-03" {
		t.Errorf("outlet %q published %q, want AGN and a 3 December", d.Source.Outlet, d.Source.Published)
	}
	checkStatements(t, []statementCase{
		{"it lo ha detto, first item", doc, "Yuri Ushakov", "Nessun accordo è stato ancora trovato sui confini"},
		{"it lo ha dichiarato, second item", doc, "Carlo Ventura", "La sicurezza europea non si negozia a Mosca"},
		{"es lo dijo", "---\ntitle: t\nlang: es\n---\n\nLa frontera seguirá cerrada. Lo dijo el portavoz del Gobierno Pedro Alvarado en Madrid.", "Pedro Alvarado", "La frontera seguirá cerrada"},
	})
}
