package corpus

import "testing"

// TestOrdinalPointAfterDocument checks the points ordinalPointRef reads
// by their document before them, by a bare Lithuanian number, or by a
// relative clause that opens just after them, in sentences written for
// this test; and the sentences that must stay without a point.
func TestOrdinalPointAfterDocument(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		// the document before the ordinal, the verb last or split
		{"A terv 5. pontja biztonsági garanciákat ad Ukrajnának.", 5},
		{"Plaani 7. punkt näeb ette, et Ukraina ei ühine NATO-ga.", 7},
		{"Suunnitelman 12. kohta perustaa jälleenrakennusrahaston.", 12},
		{"Plano 7 punktas numato, kad Ukraina neįstos į NATO.", 7},
		// a relative clause just after the point, past a comma in the head
		{"Ahogy a diplomaták mondják, a vita középpontjában a novemberi terv 21. pontja áll, amely szerint Ukrajna kivonulna.", 21},
		{"Kuten diplomaatit sanovat, kiistan ytimessä on yhä marraskuun suunnitelman 21. kohta, jonka mukaan Ukraina vetäytyisi.", 21},
		// no document before, no verb, no relative: not a point's terms
		{"Kijev bírálta, hogy a 7. pontja ellen senki nem szólt.", 0},
		{"Rinkėjai, kaip sakė analitikas, 28 punktų planą vertina skeptiškai.", 0},
	} {
		if got := ordinalPointRef(c.s); got != c.want {
			t.Errorf("ordinalPointRef(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestNumberFirstMarker checks the labels of reprinted points that put
// the number before the point word, and text that only looks like one.
func TestNumberFirstMarker(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"21 punktas. Krymas pripažįstamas rusišku.", "21. Krymas pripažįstamas rusišku."},
		{"21. pont: A Krímet orosznak ismerik el.", "21. A Krímet orosznak ismerik el."},
		{"21. kohta – Krim tunnustetaan venäläiseksi.", "21. Krim tunnustetaan venäläiseksi."},
		{"7. punkt on kõige vaieldavam.", "7. punkt on kõige vaieldavam."},
		{"28 punktų planas buvo paskelbtas.", "28 punktų planas buvo paskelbtas."},
		{"100 pont: ennyi az összes.", "100 pont: ennyi az összes."},
	} {
		got, _ := numberFirstMarker(c.in)
		if got != c.want {
			t.Errorf("numberFirstMarker(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFigureAfterNumberedPoint checks that a figure after a point word
// whose number stands before it ("6. pontja 600 ezer") is not read as the
// point's number, while a number after the point word still is.
func TestFigureAfterNumberedPoint(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"A terv 6. pontja 600 ezer főben korlátozza a hadsereget.", 0},
		{"Plaani 6. punkt 600 000 sõduriga piirab armeed.", 0},
		{"A NATO-ról a 7. pont szól.", 0},
		{"Under point 25, elections are held within 100 days.", 25},
		{"Punkt 6 ogranicza armię do 600 tysięcy.", 6},
	} {
		if got, _, _ := pointRef(c.s); got != c.want {
			t.Errorf("pointRef(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}
