package corpus

import (
	"strings"
	"testing"
)

// TestDescribedPeople: community texts quote people the writer does not
// name by a relation or an ordinary condition ("a friend in Kyiv", "un
// collega di Leopoli", "Респондентка з Харкова"). The words are an unnamed
// source's with the description as role; the negatives keep ordinary nouns,
// documents and named people out (want "" means no statement at all for
// the words; a name means the words stay that person's).
func TestDescribedPeople(t *testing.T) {
	tests := []struct {
		lang, sentence, speaker, role, text string
	}{
		{"en", "A friend in Kyiv told Dev that people there read point 21 twice.", unnamedSpeaker, "friend in Kyiv", "people there read point 21 twice"},
		{"en", "One listener in Norfolk, who prefers not to be named, told the room that Oleh sounded tired.", unnamedSpeaker, "listener in Norfolk", "Oleh sounded tired"},
		{"en", "A Gulf banker told us Abu Dhabi remained the likeliest venue.", unnamedSpeaker, "Gulf banker", "Abu Dhabi remained the likeliest venue"},
		{"it", "Un collega di Leopoli, collegato in video, ha aggiunto che il piano si legge come un bollettino meteo.", unnamedSpeaker, "collega di Leopoli", "il piano si legge come un bollettino meteo"},
		{"es", "Un operador de grano de Valladolid, que prefiere no dar su nombre, nos dice que el trigo llegará a Cartagena.", unnamedSpeaker, "operador de grano de Valladolid", "el trigo llegará a Cartagena"},
		{"fr", "Un gérant de fonds parisien, qui a requis l'anonymat, a estimé que le marché achète la paix à crédit.", unnamedSpeaker, "gérant de fonds parisien", "le marché achète la paix à crédit"},
		{"de", "Eine Nachbarin aus Hollenstedt sagte, sie stricke weiter Socken für Tschernihiw.", unnamedSpeaker, "Nachbarin aus Hollenstedt", "sie stricke weiter Socken"},
		{"ru", "Контрагент в Стамбуле сообщил нам, что турецкие мельницы не будут заключать контракты до весны.", unnamedSpeaker, "Контрагент в Стамбуле", "турецкие мельницы не будут заключать контракты"},
		{"uk", "Пенсіонерка з Одеси (Р2, 67 років) сказала, що головне — повернути полонених.", unnamedSpeaker, "Пенсіонерка з Одеси", "головне — повернути полонених"},
		{"uk", "Молодий чоловік з Дніпра (Р5, 24 роки) вважає, що вільна економічна зона — це нова назва окупації.", unnamedSpeaker, "Молодий чоловік з Дніпра", "вільна економічна зона"},
		// after a possessive: a person is an unnamed source, a post of the
		// writer's side the speaker itself
		{"en", "My cousin in Odesa told me nobody there believes the 20 points.", unnamedSpeaker, "cousin in Odesa", "nobody there believes the 20 points"},
		{"pl", "Jego sąsiadka dodaje, że najważniejsze, żeby wrócili jeńcy.", unnamedSpeaker, "Jego sąsiadka", "najważniejsze, żeby wrócili jeńcy"},
		{"fr", "Ma voisine a dit que son fils est au front.", unnamedSpeaker, "Ma voisine", "son fils est au front"},
		{"de", "Unsere Nachbarin sagte, sie stricke weiter Socken.", unnamedSpeaker, "Unsere Nachbarin", "sie stricke weiter Socken"},
		{"en", "Our head steward says buckets will be at all four turnstiles.", "Our head steward", "", "buckets will be at all four turnstiles"},
		{"de", "Unser Küster erinnerte daran, dass die Kerzen gelöscht werden.", "Unser Küster", "", "die Kerzen gelöscht werden"},
		// a relative read as a name (German capitalises the noun) and the
		// in-law and housemate nouns of stop 59 (sets ZW, ZX)
		{"de", "PS: Mein Mitbewohner aus Lwiw meint, in seiner Familie glaube keiner mehr an Weihnachten im Frieden.", unnamedSpeaker, "Mein Mitbewohner", "in seiner Familie glaube keiner mehr"},
		{"de", "Mein Schwager in Charkiw schreibt, dort rechne niemand vor dem Frühjahr mit einem Waffenstillstand.", unnamedSpeaker, "Mein Schwager", "dort rechne niemand vor dem Frühjahr"},
		{"en", "My brother-in-law in Lviv says nobody there expects a ceasefire before spring.", unnamedSpeaker, "brother-in-law in Lviv", "nobody there expects a ceasefire"},
		// a relative named by first name alone after the relation
		{"en", "My husband Tom, who grew up in Ohio and has opinions about paprika, says the only number he trusts is the oven temperature.", "Tom", "husband", "the only number he trusts is the oven temperature"},
		{"en", "My daughter Nina (she's 12) announced at dinner that they should try agreeing on one point.", "Nina", "daughter", "they should try agreeing on one point"},
		{"de", "Meine Tochter Lea sagte, sie wünsche sich Frieden.", "Lea", "Tochter", "sie wünsche sich Frieden"},
		{"pl", "Mój syn Kuba powiedział, że plan jest zły.", "Kuba", "syn", "plan jest zły"},
		{"es", "Mi vecina Halyna, profesora de instituto, lo resume así: «Primero que callen las sirenas, luego ya votaremos».", "Halyna", "profesora de instituto", "Primero que callen las sirenas"},
		{"fr", "Ma fille Léa a dit que la paix viendra.", "Léa", "fille", "la paix viendra"},
		{"en", "My daughter Nina (she's 12) made the soup again, and it was very good.", "", "", "made the soup"},
		// negatives: no person, a document, a brief, a named reader, the
		// writer's own texts, a post named in apposition
		{"en", "Our explainer says the plan has 28 points.", "", "", "the plan has 28 points"},
		{"de", "Unsere Analyse zeigt, dass die Preise steigen.", "", "", "die Preise steigen"},
		{"pl", "Nasz raport pokazuje, że ceny rosną.", "", "", "ceny rosną"},
		{"fr", "Notre rapport indique que les prix montent.", "", "", "les prix montent"},
		{"en", "Our treasurer, Alan Prideaux, warned that subs would rise.", "", "", "subs would rise"},
		{"en", "A friend of the court said the ruling was wrong.", "", "", "the ruling was wrong"},
		{"en", "The report said the plan was dead.", "", "", "the plan was dead"},
		{"en", "The weather said otherwise, and the match was called off at noon.", "", "", "the match was called off"},
		{"uk", "Звіт з Харкова показав, що ціни зросли.", "", "", "ціни зросли"},
		{"uk", "Сусідка сказала, що світла немає.", "", "", "світла немає"},
		{"it", "Il rapporto di Roma ha detto che il piano è morto.", "", "", "il piano è morto"},
		{"es", "Una receta de Valencia dice que hay que freír la cebolla.", "", "", "freír la cebolla"},
		{"en", "A reader, Tomas from Vilnius, wrote in to say that point 7 is dead.", "", "", "point 7 is dead"},
	}
	for _, tc := range tests {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.sentence)
		got := statementLines(d.Statements)
		found := false
		for _, s := range d.Statements {
			if strings.Contains(s.Text, tc.text) {
				found = found || tc.speaker != "" && s.Speaker == tc.speaker && strings.Contains(s.Role, tc.role)
				if tc.speaker == "" && (s.Speaker == unnamedSpeaker || strings.HasPrefix(tc.sentence, s.Speaker+" ")) {
					t.Errorf("%s: %q\n got %q, want no unnamed source nor description", tc.lang, tc.sentence, got)
				}
			}
		}
		if tc.speaker != "" && !found {
			t.Errorf("%s: %q\n got %q\nwant %s [%s]: %s", tc.lang, tc.sentence, got, tc.speaker, tc.role, tc.text)
		}
	}
}
