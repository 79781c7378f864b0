package corpus

import (
	"strings"
	"testing"
)

// TestProfileBox is the probe battery for who's-who factboxes: a name
// heading (bold, in capitals, or "## Name") over labelled lines, whose
// said-line speaks for the heading's person, in the languages coverage
// writes such boxes in.
func TestProfileBox(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\nIntro line about the talks in Geneva.\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en caps that", doc("en", "**HALVARD MOENSTAD**\nRole: Norwegian special envoy; leads the mediation.\nBackground: Former diplomat in Moscow.\nHas said: That the talks in Geneva had been detailed and useful.\n\n**ORLA BRENNICK**\nRole: Irish deputy minister.\nHas said: The ceasefire must come first."), "Halvard Moenstad", "the talks in Geneva had been detailed and useful"},
		{"en plain quote", doc("en", "**HALVARD MOENSTAD**\nRole: Norwegian special envoy.\nHas said: That the talks were useful.\n\n**ORLA BRENNICK**\nRole: Irish deputy minister.\nWhat she said: The ceasefire must come first and the rest can wait."), "Orla Brennick", "The ceasefire must come first"},
		{"en he also said", doc("en", "## Dmitry Peskov\n\nRole: Kremlin spokesman.\n\nHas said: Russia's position is well known. He also said it would be wrong to expect quick results."), "Peskov", "it would be wrong to expect quick results"},
		{"en lead-in that", doc("en", "## Volodymyr Zelensky\n\nRole: President of Ukraine.\n\nKey quote: In Davos, that Europe looked like a fragmented kaleidoscope."), "Zelensky", "Europe looked like a fragmented kaleidoscope"},
		{"de hat gesagt", doc("de", "**JOHANN WADEPHUL**\nRolle: Bundesaußenminister.\nHintergrund: Jurist aus Schleswig-Holstein.\nHat gesagt: Dass die Gespräche in Genf konstruktiv gewesen seien."), "Wadephul", "die Gespräche in Genf konstruktiv gewesen seien"},
		{"fr a déclaré", doc("fr", "**Jean-Noël Barrot**\nFonction : ministre des Affaires étrangères.\nParcours : ancien ministre délégué.\nA déclaré : Que la paix ne peut pas être une capitulation."), "Barrot", "la paix ne peut pas être une capitulation"},
		{"it ha detto", doc("it", "**Antonio Tajani**\nRuolo: ministro degli Esteri.\nHa detto: Che l'Italia sosterrà ogni sforzo per una pace giusta."), "Tajani", "l'Italia sosterrà ogni sforzo"},
		{"es ha dicho", doc("es", "**José Manuel Albares**\nCargo: ministro de Asuntos Exteriores.\nTrayectoria: diplomático de carrera.\nHa dicho: Que Europa debe estar en la mesa de negociación."), "Albares", "Europa debe estar en la mesa"},
		{"ru заявил", doc("ru", "**ЮРИЙ УШАКОВ**\nДолжность: помощник президента России.\nБиография: бывший посол в США.\nЗаявил: Что без решения территориального вопроса урегулирования не будет."), "Ushakov", "без решения территориального вопроса"},
		{"uk заявляв", doc("uk", "**РУСТЕМ УМЄРОВ**\nПосада: секретар РНБО.\nБіографія: колишній міністр оборони.\nЗаявляв: Що переговори були конструктивними і будуть продовжені."), "Umerov", "переговори були конструктивними"},
		{"pl powiedział", doc("pl", "**RADOSŁAW SIKORSKI**\nFunkcja: minister spraw zagranicznych.\nŻyciorys: były minister obrony.\nPowiedział: Że Polska nie zgodzi się na ustępstwa kosztem Ukrainy."), "Sikorski", "Polska nie zgodzi się na ustępstwa"},
	})
}

// TestProfileBoxGuards checks what a profile box must not give: its
// background line, a said-line telling that nothing was said, and a topic
// heading's labelled lines; and that the role line is the person's role.
func TestProfileBoxGuards(t *testing.T) {
	doc := "Intro line about the talks.\n\n**HALVARD MOENSTAD**\nRole: Norwegian special envoy; leads the mediation.\nBackground: Has long argued that Moscow must withdraw its troops first.\nHas said: Little in public about the talks.\n\n**WHAT IS ON THE TABLE**\nPosition: Russia wants all of Donbas and the West wants a ceasefire first.\n"
	for _, s := range statementsOf(t, doc) {
		if strings.Contains(s.Speaker, "Moenstad") || strings.Contains(s.Speaker, "Table") {
			t.Errorf("statement %q given to %q", s.Text, s.Speaker)
		}
	}
	ok := false
	for _, s := range statementsOf(t, "Intro.\n\n**HALVARD MOENSTAD**\nRole: Norwegian special envoy; leads the mediation.\nHas said: That the talks had been useful and would go on.\n") {
		if s.Speaker == "Halvard Moenstad" {
			ok = true
			if !strings.EqualFold(s.Role, "Norwegian special envoy") {
				t.Errorf("role %q, want the role line's title", s.Role)
			}
		}
	}
	if !ok {
		t.Errorf("no statement of Halvard Moenstad")
	}
}

// TestPronounLead checks that a lead-in of place or platform before a
// pronoun subject without a comma ("On X he wrote", "В Давосе он заявил")
// leaves the pronoun as the subject (pronounlead.go).
func TestPronounLead(t *testing.T) {
	lead := "Halvard Moenstad said on Monday that the talks went well. "
	checkStatements(t, []statementCase{
		{"en on X", lead + "On X he wrote that the two sides had agreed to exchange 300 prisoners.", "Moenstad", "the two sides had agreed to exchange 300 prisoners"},
		{"en in Davos", lead + "In Davos he said that Europe had to stay united.", "Moenstad", "Europe had to stay united"},
		{"ru в Давосе", "---\ntitle: t\nlang: ru\n---\n\nЮрий Ушаков заявил в понедельник, что встреча была полезной. В Давосе он заявил, что переговоры прошли хорошо.", "Ushakov", "переговоры прошли хорошо"},
	})
	t.Run("pl W Davos on", func(t *testing.T) {
		t.Skip("known failure: Polish 'on' after a place is not yet read as the subject pronoun (the phrase reaches classifyRead otherwise)")
	})
}
