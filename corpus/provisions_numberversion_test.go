package corpus

import (
	"strings"
	"testing"
)

// TestTwentyPointNumbers is the probe battery of stop 48 (x20pt): invented
// sentences and lists in the shapes late-December coverage gives the
// 20-point framework's points in (a factbox's "Point 12 — …" bullets, a
// sentence opening on "Punkt 19 sieht … vor", a "(п. 4)" note closing a
// before/after line, a list under "tekst ramowy"), in en de fr it es ru uk
// pl. The point the text numbers is the 20-point framework's when the
// catalogue numbers its term so there and the US draft numbers it
// otherwise; the number is never changed. Guards: the same terms at the US
// draft's numbers stay the US draft's, in November and in late coverage
// alike, and a late name before the date names nothing.
func TestTwentyPointNumbers(t *testing.T) {
	tests := []struct {
		name, date, title, body string
		plan                    string
		number                  int
		want                    string // a fragment of the provision's text
	}{
		{"en/factbox-zaporizhzhia", "2026-02-05", "Who's who at the table",
			"What is on the table:\n\n* Point 12 — the Zaporizhzhia nuclear plant, with the US proposing joint operation by three countries.\n* Point 17 — all-for-all prisoner exchange and return of civilians.\n",
			twentyPoint, 12, "zaporizhzhia nuclear plant"},
		{"en/factbox-all-for-all", "2026-02-05", "Who's who at the table",
			"What is on the table:\n\n* Point 12 — the Zaporizhzhia nuclear plant, with the US proposing joint operation by three countries.\n* Point 17 — all-for-all prisoner exchange and return of civilians.\n",
			twentyPoint, 17, "all-for-all prisoner exchange"},
		{"en/prose-peace-council", "2025-12-29", "Zelensky and Trump meet in Florida",
			"The plan is now 90% agreed, Zelensky said. Point 19 says the agreement is legally binding and a Peace Council chaired by Trump monitors its implementation.\n",
			twentyPoint, 19, "peace council chaired by trump"},
		{"de/punkt-friedensrat", "2025-12-27", "Was im Friedensplan steht",
			"Der Plan liegt in Moskau. Punkt 19 sieht einen Friedensrat unter Vorsitz von Trump vor, der die Umsetzung überwacht.\n",
			twentyPoint, 19, "friedensrat unter vorsitz von trump"},
		{"fr/point-zaporijjia", "2025-12-26", "Ce que contient le plan de paix",
			"Le plan a été remis à Moscou. Le point 12 porte sur la centrale de Zaporijjia : Washington propose une exploitation conjointe par trois pays.\n",
			twentyPoint, 12, "centrale de zaporijjia"},
		{"it/punto-scambio", "2025-12-26", "Cosa prevede il piano di pace",
			"Il piano è stato consegnato a Mosca. Il punto 17 prevede uno scambio di prigionieri «tutti per tutti» affidato a un comitato umanitario.\n",
			twentyPoint, 17, "tutti per tutti"},
		{"es/punto-kinburn", "2025-12-27", "Qué dice el plan de paz",
			"El plan ya está en Moscú. El punto 16 establece que Rusia no obstaculizará el uso comercial del Dniéper ni de la península de Kinburn.\n",
			twentyPoint, 16, "kinburn"},
		{"ru/punkt-liniya", "2025-12-25", "Что предусматривает мирный план",
			"План передан в Москву. Пункт 14: в Донецкой, Луганской, Запорожской и Херсонской областях линия расположения войск на дату соглашения де-факто признаётся линией соприкосновения.\n",
			twentyPoint, 14, "линия расположения войск"},
		{"uk/bulo-stalo-note", "2025-12-26", "Було / стало: мирний план",
			"**Армія**\n❌ Було (28 пунктів): чисельність збройних сил україни обмежують 600 тисячами (п. 6).\n✅ Стало (20 пунктів): зсу у мирний час зберігають 800 тисяч військових (п. 4).\n",
			twentyPoint, 4, "800 тисяч військових"},
		{"uk/punkt-fondy", "2025-12-25", "Що передбачає мирний план",
			"План передали до Москви. Пункт 9 передбачає кілька фондів відбудови з метою залучити 800 млрд доларів.\n",
			twentyPoint, 9, "800 млрд доларів"},
		{"pl/punkt-handel", "2025-12-27", "Co zawiera plan pokojowy",
			"Plan trafił do Moskwy. Punkt 10 przewiduje przyspieszenie umowy o wolnym handlu ze Stanami Zjednoczonymi.\n",
			twentyPoint, 10, "wolnym handlu"},
		{"pl/tekst-ramowy-list", "2025-12-30", "Kreml odpowiada",
			"Według ujawnionego przez Kijów tekstu ramowego:\n\n- punkt 14: linia, na której stoją wojska w dniu podpisania, staje się faktyczną linią kontaktu;\n- punkt 17: wymiana jeńców „wszystkich za wszystkich” i powrót cywilów;\n- a także pakt o nieagresji między rosją a ukrainą z monitoringiem linii frontu.\n",
			twentyPoint, 2, "pakt o nieagresji"},
		{"en/framework-document-list", "2025-12-28", "Moscow answers",
			"According to the framework document Kyiv released:\n\n- point 14: the line where the troops stand on the day of signing becomes the de facto contact line;\n- point 19: a Peace Council chaired by Trump monitors implementation;\n- plus a non-aggression pact between Russia and Ukraine, with monitoring of the contact line.\n",
			twentyPoint, 2, "non-aggression pact"},
		{"ru/ordinal-obmen", "2025-12-28", "Что предусматривает мирный план",
			"План передан в Москву. Семнадцатый пункт предусматривает обмен пленными по принципу «всех на всех» через гуманитарный комитет.\n",
			twentyPoint, 17, "всех на всех"},
		{"es/named-20-elecciones", "2025-12-26", "El plan de 20 puntos, punto por punto",
			"Zelenski leyó el plan de 20 puntos. El punto 18 prevé elecciones lo antes posible tras la firma del acuerdo.\n",
			twentyPoint, 18, "lo antes posible"},
		{"it/unnumbered-late-frame", "2025-12-27", "Ucraina, la scheda",
			"Secondo il documento quadro letto da Zelensky:\n\n- fondi per la ricostruzione con l'obiettivo di 800 miliardi di dollari;\n- un accordo di libero scambio con gli Stati Uniti.\n",
			twentyPoint, 0, "800 miliardi"},
		{"en/final-point", "2025-12-25", "The 20-point framework, point by point",
			"Zelensky read out the 20-point framework on Wednesday.\n\nThe final point provides that a ceasefire takes effect immediately once all parties have agreed to the document.\n",
			twentyPoint, 20, "final point provides"},
		{"de/letzter-punkt", "2025-12-25", "Der 20-Punkte-Plan im Überblick",
			"Selenskyj hat den 20-Punkte-Plan vorgestellt.\n\nDer letzte Punkt sieht eine sofortige Waffenruhe vor, sobald alle Seiten zustimmen.\n",
			twentyPoint, 20, "waffenruhe"},
		// guards: the US draft's and the counter-proposal's own numbers
		{"en/us-19-november", "2025-11-21", "What is in the US plan",
			"The leaked plan has 28 points. Point 19: the Zaporizhzhia plant restarts under IAEA supervision, its electricity split 50:50.\n",
			usDraft, 19, "zaporizhzhia plant restarts"},
		{"es/us-24-late", "2026-01-10", "Cronología de la negociación",
			"El borrador estadounidense de noviembre tenía 28 puntos. El punto 24 preveía un canje de prisioneros «todos por todos» y el regreso de civiles.\n",
			usDraft, 24, "todos por todos"},
		{"es/counter-25-late", "2026-01-10", "Cronología",
			"La contrapropuesta europea de noviembre cambió el punto 25: elecciones lo antes posible tras la firma.\n",
			counterProposal, 25, "lo antes posible"},
		{"en/us-final-point", "2025-11-22", "What the 28-point plan says",
			"The leaked 28-point plan was published on Friday.\n\nThe final point provides that a ceasefire takes effect immediately once both sides agree.\n",
			usDraft, 28, "final point provides"},
		{"de/us-27-late", "2026-01-10", "Rückblick",
			"Der US-Entwurf vom November hatte 28 Punkte. Punkt 27 sah einen Friedensrat unter Vorsitz von Trump vor.\n",
			usDraft, 27, "friedensrat"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := "---\ntitle: \"" + tt.title + "\"\npublished: " + tt.date + "\n---\n\n" + tt.body
			checkProvisionHolding(t, doc, tt.want, tt.plan, tt.number)
		})
	}
}

// TestLateNamesNeedTheDate checks that a late name of the 20-point text
// ("tekst ramowy", "framework document") names it only in a document from
// the day it was read out on.
func TestLateNamesNeedTheDate(t *testing.T) {
	if v := lateVersion("Według ujawnionego przez Kijów tekstu ramowego:"); v != twentyPoint {
		t.Errorf("lateVersion = %q, want %q", v, twentyPoint)
	}
	if v := lateVersion("The working group drafted a framework for prisoner swaps."); v != "" {
		t.Errorf("bare framework: lateVersion = %q, want none", v)
	}
	if lateDocument(Source{Published: "2025-11-30"}) || !lateDocument(Source{Published: "2025-12-24"}) || lateDocument(Source{}) {
		t.Error("lateDocument: the date decides, and a document without one is not late")
	}
	planFor := withLateNames(func(string) (string, bool) { return "", false }, Source{Published: "2025-11-30"})
	if v, _ := planFor("Według ujawnionego przez Kijów tekstu ramowego:"); v != "" {
		t.Errorf("November: planFor = %q, want none", v)
	}
}

// TestDocumentSaysTerms checks that a document saying what it holds ("the
// text says", "le texte dit", "il testo dice") gives its terms, while a
// person's report of it ("… replied that their text says …") does not.
func TestDocumentSaysTerms(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"en", "Elsewhere the text says Ukraine will hold elections as soon as possible after the agreement is signed.\n", "elections as soon as possible"},
		{"en/clause", "The framework's territorial clause says that the line where troops stand on the date of the agreement is the de facto line of contact.\n", "de facto line of contact"},
		{"fr", "Ailleurs, le texte dit que des élections auront lieu le plus tôt possible après la signature.\n", "le plus tôt possible"},
		{"it", "Altrove il testo dice che le elezioni si terranno il prima possibile dopo la firma.\n", "prima possibile"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := "---\ntitle: \"What the 20-point plan says\"\npublished: 2025-12-29\n---\n\nZelensky read out the 20-point plan on Tuesday.\n\n" + tt.body
			d, err := Parse([]byte(doc), ParseOptions{Name: "probe.md"})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range d.Provisions {
				if strings.Contains(strings.ToLower(p.Text), tt.want) && p.Plan == twentyPoint {
					return
				}
			}
			t.Errorf("no 20-point provision holds %q: %+v", tt.want, d.Provisions)
		})
	}
	doc := "---\ntitle: \"What the 20-point plan says\"\npublished: 2025-12-29\n---\n\nA diplomat replied that the Europeans had answered this already: their text says elections take place as soon as possible after signing.\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "probe.md"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Provisions {
		if strings.Contains(p.Text, "replied") {
			t.Errorf("a person's report of the text gave a term: %+v", p)
		}
	}
}

// checkProvisionHolding parses doc and checks that the first provision
// whose text holds want (lower case) is point number of plan.
func checkProvisionHolding(t *testing.T, doc, want, plan string, number int) {
	t.Helper()
	d, err := Parse([]byte(doc), ParseOptions{Name: "probe.md"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Provisions {
		if strings.Contains(strings.ToLower(p.Text), want) {
			if p.Plan != plan || p.Number != number {
				t.Errorf("%q: got %s %d, want %s %d", p.Text, p.Plan, p.Number, plan, number)
			}
			return
		}
		got = append(got, p.Plan+" "+p.Text)
	}
	t.Errorf("no provision holds %q; got %q", want, got)
}
