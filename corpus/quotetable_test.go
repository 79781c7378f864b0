package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// TestQuoteTable is a battery of invented quote tables in several
// languages and delimiters, and of lines that must not read as one: each
// case lists the statements wanted as "Speaker (Role): text start", in
// order, all of them and nothing else from the table.
func TestQuoteTable(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []string // nil: no statement at all
	}{
		{"en csv, use column", "en",
			"Desk sheet export\n\nid,date,speaker,role,text,use\n" +
				"1,2026-03-02,Hanna Lindqvist,foreign minister,\"We will not trade land for a signature, she said\",Y\n" +
				"2,2026-03-02,\"\"\"Kremlin insider\"\" (parody)\",,Sanctions end next week,N\n" +
				"3,2026-03-03,Tomasz Wierzbicki,defence analyst,\"The monitoring plan is \"\"thin\"\" on detail\",N\n" +
				"4,2026-03-04,Joint communiqué,,Talks will resume in Oslo,Y\n",
			[]string{"Hanna Lindqvist (foreign minister): We will not trade", "Joint communiqué (): Talks will resume"}},
		{"en csv, doubled quotes undone", "en",
			"speaker,quote\nMarta Olsen,\"The text is \"\"close\"\" to final\"\nPeter Ruud,\"No date yet\"\n",
			[]string{"Marta Olsen (): The text is \"close\" to final", "Peter Ruud (): No date yet"}},
		{"de semicolon", "de",
			"Zitate der Woche\n\nNr;Datum;Sprecher;Funktion;Zitat\n" +
				"1;03.03.2026;Greta Albers;Außenministerin;Wir verhandeln nicht über die Köpfe der Ukrainer hinweg\n" +
				"2;04.03.2026;Lukas Brenner;Verteidigungsexperte;Die Garantien bleiben vage\n",
			[]string{"Greta Albers (Außenministerin): Wir verhandeln nicht", "Lukas Brenner (Verteidigungsexperte): Die Garantien bleiben"}},
		{"fr tab", "fr",
			"orateur\tfonction\tcitation\nCamille Roussel\tporte-parole du ministère\tLa France reste prête à envoyer des observateurs\nJean Darrieux\tdéputé\tCe plan n'engage que ceux qui l'ont écrit\n",
			[]string{"Camille Roussel (porte-parole du ministère): La France reste", "Jean Darrieux (député): Ce plan n'engage"}},
		{"ru semicolon", "ru",
			"спикер;должность;цитата\nАнна Ковалёва;депутат Госдумы;Переговоры должны продолжаться без условий\nИгорь Лаптев;политолог;Никакого прорыва пока не видно\n",
			[]string{"Анна Ковалёва (депутат Госдумы): Переговоры должны", "Игорь Лаптев (политолог): Никакого прорыва"}},
		{"uk pipe", "uk",
			"хто | посада | заява\nОлена Гринько | речниця МЗС | Україна не визнає окупацію жодної території\nТарас Мельник | експерт | Гарантії мають бути юридично обов'язковими\n",
			[]string{"Олена Гринько (речниця МЗС): Україна не визнає", "Тарас Мельник (експерт): Гарантії мають"}},
		{"it comma", "it",
			"chi,ruolo,dichiarazione\nGiulia Ferraris,ministra degli Esteri,\"L'Italia sosterrà ogni tregua verificabile\"\n",
			[]string{"Giulia Ferraris (ministra degli Esteri): L'Italia sosterrà"}},
		{"es comma", "es",
			"fecha,orador,cargo,texto\n2026-03-01,Lucía Berrocal,portavoz del Gobierno,España apoya la misión de observación\n",
			[]string{"Lucía Berrocal (portavoz del Gobierno): España apoya"}},
		// negatives: no speaker or no said column, prose with commas,
		// a table of points
		{"no speaker column", "en",
			"row,plan,point,summary\n1,US draft,6,Army capped at 600000\n2,US draft,7,No NATO membership\n", nil},
		{"no said column", "en",
			"speaker,role,date\nHanna Lindqvist,foreign minister,2026-03-02\nPeter Ruud,envoy,2026-03-03\n", nil},
		{"prose with commas", "en",
			"Speaker, role and quote were the columns, a desk editor said.\nHanna Lindqvist, the foreign minister, said the plan was thin.\n",
			[]string{"Hanna Lindqvist (foreign minister): the plan was thin"}}, // the prose's own statement, as before
		{"author list", "en",
			"author,title,year\nJ. Carrow,From Berlin to the twenty points,2025\n", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseProbe(t, tc.lang, "2026-03-05", tc.text)
			var got []string
			for _, s := range d.Statements {
				got = append(got, fmt.Sprintf("%s (%s): %s", s.Speaker, s.Role, s.Text))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d statements %q, want %q", len(got), got, tc.want)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("statement %d = %q, want %q…", i, got[i], w)
				}
			}
		})
	}
}

// TestSplitDelimited checks CSV quoting: doubled quotes, delimiters
// inside quotes, an open quote refused.
func TestSplitDelimited(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
		ok   bool
	}{
		{`a,"b, c",d`, []string{"a", "b, c", "d"}, true},
		{`"say ""yes""",,x`, []string{`say "yes"`, "", "x"}, true},
		{`a,"open`, nil, false},
		{`a,"b"c,d`, nil, false},
	} {
		got, ok := splitDelimited(tc.line, ',', nil)
		if ok != tc.ok || ok && strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("splitDelimited(%q) = %q, %v; want %q, %v", tc.line, got, ok, tc.want, tc.ok)
		}
	}
}
