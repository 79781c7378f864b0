package corpus

import (
	"strings"
	"testing"
)

// TestRelayNamedAside: a participant relays a public figure's words with
// the relayer named in the aside ("Vladimir Putin, Olena added, had said
// …"), with an aside that names no relayer at all ("Зеленский, как
// передали, заявил, что …"), or names the figure with an intensifier
// before the verb ("Herr Albrecht selbst meinte, …", "Macron lui-même a
// déclaré que …"). The figure gets the words said. Each case fails
// without stop 61's relayAsideEnd names, sourceAsideEnd's bare "as" aside
// or speakers.json's intensifiers (zrelay).
func TestRelayNamedAside(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"en aside Olena added", xindDoc("en", "Olena Marchuk came from Kharkiv. Vladimir Putin, Olena added, had said Russia was not planning a war with Europe but was ready right now."),
			"Vladimir Putin", "Russia was not planning a war with Europe but was ready right now"},
		{"en aside full name", xindDoc("en", "Olena Marchuk came from Kharkiv. Vladimir Putin, Olena Marchuk added, said that Russia was not planning a war with Europe."),
			"Vladimir Putin", "Russia was not planning a war with Europe"},
		{"fr aside ajoute Paul", xindDoc("fr", "Le député Paul Garnier a parlé longuement. Friedrich Merz, ajoute Paul, a évoqué des troupes sur le territoire voisin."),
			"Friedrich Merz", "des troupes sur le territoire voisin"},
		{"it aside ha ricordato Carlo", xindDoc("it", "Il professor Carlo Benvenuti ha parlato a lungo. Putin, ha ricordato Carlo, aveva detto a dicembre che la Russia raggiungerà i suoi obiettivi."),
			"Vladimir Putin", "la Russia raggiungerà i suoi obiettivi"},
		{"es aside recordó Luis", xindDoc("es", "El profesor Luis Ortega habló primero. Putin, recordó Luis, había dicho que Rusia no planea una guerra con Europa."),
			"Vladimir Putin", "Rusia no planea una guerra con Europa"},
		{"uk aside додав Андрій", xindDoc("uk", "Батько Андрій Ткачук розповів про зустріч. Путін, додав Андрій, заявив, що Росія не планує війну з Європою."),
			"Vladimir Putin", "Росія не планує війну з Європою"},
		{"ru bare aside как передали", xindDoc("ru", "Турист Олег Смирнов рассказал о походе. Владимир Зеленский, как передали, заявил, что Украина ответит тем же."),
			"Volodymyr Zelensky", "Украина ответит тем же"},
		{"uk bare aside як повідомили", xindDoc("uk", "Батько Андрій Ткачук розповів про зустріч. Володимир Зеленський, як повідомили, заявив, що Україна не визнає окупацію."),
			"Volodymyr Zelensky", "Україна не визнає окупацію"},
		{"de selbst meinte", xindDoc("de", "Die Leiterin Lena Wójcik sprach über die Lage. Präsident Selenskyj habe erklärt, das Dokument sei fast fertig. Herr Jens Albrecht selbst meinte, gerade deshalb brauche die Kita Ruhe und Routine."),
			"Jens Albrecht", "gerade deshalb brauche die Kita Ruhe und Routine"},
		{"de selbst sagte", xindDoc("de", "Kremlsprecher Dmitri Peskow sagte, man verhandle nicht über die Medien. Wladimir Putin selbst sagte, Russland wolle keinen Krieg mit Europa."),
			"Vladimir Putin", "Russland wolle keinen Krieg mit Europa"},
		{"fr lui-même", xindDoc("fr", "Le député Paul Garnier a parlé longuement. Emmanuel Macron lui-même a déclaré que les garanties seraient robustes."),
			"Emmanuel Macron", "les garanties seraient robustes"},
		{"it stessa", xindDoc("it", "Il professor Carlo Benvenuti ha parlato a lungo. Giorgia Meloni stessa ha detto che l'Italia non invierà soldati."),
			"Giorgia Meloni", "l'Italia non invierà soldati"},
		{"es mismo", xindDoc("es", "El profesor Luis Ortega habló primero. Pedro Sánchez mismo dijo que España apoyará a Ucrania."),
			"Pedro Sánchez", "España apoyará a Ucrania"},
	})
}

// TestRelayNamedAsideNot: what stays as it was: a named aside before a
// verb that is no speech ("Putin, Olena added, wants …": the relayer's own
// account), a country before one ("Ukraine, Olena said, would not …"), a
// bare aside before no speech verb, and an intensifier after a place in a
// German clause whose subject follows its verb ("… in die Ukraine selbst
// schloss der Kanzler nicht aus").
func TestRelayNamedAsideNot(t *testing.T) {
	cases := []struct{ name, lang, body, not string }{
		{"en aside before no speech", "en", "Olena Marchuk came from Kharkiv. Putin, Olena added, wants the world to recognise what Russia has taken.", "Putin"},
		{"en country before aside", "en", "Olena Marchuk came from Kharkiv. Ukraine, Olena said, would not recognise the occupation of its land.", "Ukraine"},
		{"ru bare aside, no speech verb", "ru", "Турист Олег Смирнов рассказал о походе. Россия, как сообщили, не планирует войну с Европой и готовит ответ.", "Russia"},
		{"de selbst after a place, subject after the verb", "de", "Bundeskanzler Friedrich Merz sagte, Deutschland werde sich beteiligen, etwa mit Kräften in benachbartem Nato-Gebiet. Eine Entsendung deutscher Soldaten in die Ukraine selbst schloss der Kanzler nicht ausdrücklich aus, er nannte aber keine Zahlen.", "Ukraine"},
		{"de place before particle verb, subject after it", "de", "Bundeskanzler Friedrich Merz sagte, Deutschland werde sich beteiligen. Eine Entsendung in die Ukraine schloss der Kanzler nicht ausdrücklich aus, er nannte aber keine Zahlen.", "Ukraine"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, xindDoc(c.lang, c.body)) {
				if strings.Contains(s.Speaker, c.not) || strings.Contains(s.Speaker, "Россия") {
					t.Errorf("statement %q given to %q", s.Text, s.Speaker)
				}
			}
		})
	}
}
