package corpus

import "testing"

// TestBareOrdinal checks that a point named by its ordinal alone, the
// point word left out ("the fourth keeps …", "nel ventesimo, …"),
// gives the point with the ordinal's number in the version the catalogue
// numbers its term so, in English, Italian and French; that each positive
// is gone with noBareOrdinal; and that an ordinal whose clause holds no
// term numbered so ("the second day") or a compound ordinal ("el vigésimo
// octavo") gives none. TestBareOrdinalClauses checks the clause heads.
func TestBareOrdinal(t *testing.T) {
	checkSwitchedProvisions(t, "noBareOrdinal", func(off bool) ParseOptions { return ParseOptions{noBareOrdinal: off} }, []switchedProvision{
		{date: "2026-01-12", name: "en the fourth, and the fifth", lang: "en", number: 5,
			body: "Our neighbours read the December points aloud at supper. Point 1 of the December text reaffirms Ukraine's sovereignty. The fourth keeps the army at 800,000 in peacetime, and the fifth promises security guarantees that mirror Article 5.\n",
			want: "promises security guarantees that mirror Article 5"},
		{date: "2026-01-12", name: "it nel ventesimo,", lang: "it", number: 20,
			body: "Il piano americano aveva ventotto punti, quello di dicembre venti. Nel ventesimo, il cessate il fuoco scatta subito, appena tutte le parti accettano l'accordo.\n",
			want: "il cessate il fuoco scatta subito"},
		{date: "2026-01-12", name: "en no term numbered so", lang: "en", number: 2,
			body: "Point 1 of the December text reaffirms Ukraine's sovereignty. The delegations met for three days. The second brought no progress on the army of 800,000, officials said.\n",
			not:  "brought no progress"},
	}, nil)
}

// TestBareOrdinalClauses checks where bareOrdinalClauses finds a clause
// headed by a bare ordinal and where it does not.
func TestBareOrdinalClauses(t *testing.T) {
	lx, w := lexiconData(), bareOrdinalData()
	for _, tt := range []struct {
		s    string
		want []ordinalClause
	}{
		{"The fourth keeps the army at 800,000, and the fifth promises guarantees.", []ordinalClause{{4, "keeps the army at 800,000"}, {5, "promises guarantees"}}},
		{"Nel ventesimo, il cessate il fuoco immediato.", []ordinalClause{{20, "il cessate il fuoco immediato"}}},
		{"punto 1, la sovranità; l'undicesimo, l'Ucraina resta non nucleare.", []ordinalClause{{11, "l'Ucraina resta non nucleare"}}},
		{"Есть и пункт, о котором молчат, — семнадцатый: США и Россия продлевают договоры.", []ordinalClause{{17, "США и Россия продлевают договоры"}}},
		{"The fifth point keeps the army at 800,000.", nil},                                          // the point word: the readers above
		{"Y el último, el vigésimo octavo, establece …", nil},                                        // a compound ordinal
		{"Moscow wants the fifth of Donetsk it lacks.", []ordinalClause{{5, "of Donetsk it lacks"}}}, // the catalogue gate refuses it
	} {
		got := bareOrdinalClauses(lx, w, tt.s)
		if len(got) != len(tt.want) {
			t.Errorf("bareOrdinalClauses(%q) = %+v, want %+v", tt.s, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("bareOrdinalClauses(%q)[%d] = %+v, want %+v", tt.s, i, got[i], tt.want[i])
			}
		}
	}
}
