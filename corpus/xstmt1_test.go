package corpus

import (
	"strings"
	"testing"
)

// padding is neutral prose that makes a numbered item longer than
// maxBulletLen without any speech of its own.
const longPadEN = " The talks took place in a hotel near the lake, behind closed doors, over two long days with breaks for lunch and for consultations with the capitals, and the delegations left late in the evening by car to the airport, where their aircraft had waited since the morning. Journalists waited outside the building in the rain for several hours. The venue had been chosen a week earlier."

// TestLongNumberedItemsSpeak checks that a numbered item that gave no
// plan point (a worked exercise's text, an exam ticket's answer, a
// numbered story) is read as prose whatever its length: the length cap
// on bullets is for a list that swallowed the text after it, not for a
// numbered answer of several sentences.
func TestLongNumberedItemsSpeak(t *testing.T) {
	ruPad := " Переговоры шли два дня в гостинице у озера, за закрытыми дверями, с перерывами на обед и консультации со столицами, а делегации уехали поздно вечером в аэропорт, где их самолёты ждали с утра."
	esPad := " Las conversaciones duraron dos largas jornadas en un hotel junto al lago, a puerta cerrada, con pausas para comer y para consultar con las capitales, y las delegaciones salieron de noche hacia el aeropuerto, donde sus aviones esperaban desde la mañana."
	checkOwners(t, []ownerCase{
		{"en numbered story", langDoc("en", "1. The long meeting."+longPadEN+" Senator Hal Brixton said the summit had been a waste of time."), "Hal Brixton", "the summit had been a waste of time"},
		{"ru exam answer", "Билеты по курсу\n\n1. Позиция европейских лидеров.\nКраткий ответ:" + ruPad + ruPad + " Министр Олег Травин заявил, что границы нельзя менять силой.\n2. Вопрос без ответа.\n", "Олег Травин", "границы нельзя менять силой"},
		{"es line-marked text", langDoc("es", "(1) Ginebra, 3 de mayo."+esPad+esPad+" El ministro de Exteriores, Ramiro Esteve, afirmó que la cumbre había sido inútil."), "Ramiro Esteve", "la cumbre había sido inútil"},
	})
	// negative: a long numbered item with no word of saying stays unread
	d, err := Parse([]byte(langDoc("en", "1. The long meeting."+longPadEN+longPadEN+" The hotel closed its doors the week after.")), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements) != 0 {
		t.Errorf("a long numbered item without speech gave %+v", d.Statements)
	}
	// negative: a long unnumbered bullet is still a list that ran on
	d, err = Parse([]byte(langDoc("en", "- The long meeting."+longPadEN+longPadEN+" Senator Hal Brixton said the summit had been a waste of time.")), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		if strings.Contains(s.Text, "waste of time") {
			t.Errorf("a long bullet was read: %+v", s)
		}
	}
}

// TestCoordinatedAppositionSpeakers checks that a second speaker joined by
// a conjunction is read when their name stands in commas after their
// title, the wire's shape ("…, y la presidenta de la Comisión, Ursula …,
// recordó que …"), and that the first speaker keeps only their own words.
func TestCoordinatedAppositionSpeakers(t *testing.T) {
	checkOwners(t, []ownerCase{
		{"es second", langDoc("es", "El ministro Ramiro Esteve afirmó que la cumbre fue inútil, y la presidenta del Senado, Noelia Prats, recordó que el acuerdo podía esperar."), "Noelia Prats", "el acuerdo podía esperar"},
		{"es first", langDoc("es", "El ministro Ramiro Esteve afirmó que la cumbre fue inútil, y la presidenta del Senado, Noelia Prats, recordó que el acuerdo podía esperar."), "Ramiro Esteve", "la cumbre fue inútil"},
		{"fr aux", langDoc("fr", "Le député Aurèle Fontanet a déclaré que le sommet était inutile, et la présidente du Sénat, Odile Barrère, a affirmé que l'accord pouvait attendre."), "Odile Barrère", "l'accord pouvait attendre"},
		{"it aux", langDoc("it", "Il deputato Carlo Benzi ha detto che il vertice era inutile, e il ministro degli Esteri, Paolo Ferrante, ha detto che l'accordo poteva aspettare."), "Paolo Ferrante", "l'accordo poteva aspettare"},
		{"en", langDoc("en", "Senator Hal Brixton said the summit had been a waste of time, and the foreign minister, Mae Ostrander, said the deal could wait."), "Mae Ostrander", "the deal could wait"},
	})
	// negatives: a place in commas, or words between the name's comma and
	// the verb, is no apposition of a new speaker
	for _, c := range []struct{ name, text, fragment string }{
		{"es place", langDoc("es", "El ministro Ramiro Esteve afirmó que la cumbre fue inútil, y Madrid, Lisboa, dijeron poco."), "dijeron poco"},
		{"en aside", langDoc("en", "Senator Hal Brixton said the summit had been a waste of time, and the governor, Mae Ostrander, who left early, said nothing."), "said nothing"},
	} {
		d, err := Parse([]byte(c.text), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range d.Statements {
			if s.Text == c.fragment || strings.HasPrefix(s.Text, "nothing") || strings.HasPrefix(s.Text, "poco") {
				t.Errorf("%s: read as a new speaker: %+v", c.name, s)
			}
		}
	}
}

// TestDocumentCharacterisesWithVerb checks that a document's
// characterising verb stays in its statement, as a person's does
// ("Umerov called the talks productive" gives "called the talks
// productive"): "the talks highly productive" alone names no claim.
func TestDocumentCharacterisesWithVerb(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The joint statement called the talks highly productive.", "called the talks highly productive"},
		{"The joint statement called for a ceasefire by Friday.", "called for a ceasefire by Friday"},
		{"Umerov called the talks substantive and productive.", "called the talks substantive and productive"},
		{"The joint statement said the talks had been highly productive.", "the talks had been highly productive"}, // a say verb stays out
	} {
		d, err := Parse([]byte(langDoc("en", c.text)), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Statements) != 1 || d.Statements[0].Text != c.want {
			t.Errorf("%q: got %+v, want text %q", c.text, d.Statements, c.want)
		}
	}
}

// TestExpertAlertBlocks checks that a numbered expert block's labelled
// quotation is the head's person's, with the title as their role, and
// that a block without a said-label gives nothing.
func TestExpertAlertBlocks(t *testing.T) {
	en := langDoc("en", "**1. Dr Hal Brixton** – Reader in Maritime Law\n*Can comment on:* shipping, insurance\n*Quote:* \"A ceasefire at sea needs its own rules.\"\n*Also:* \"Insurers will wait for the text.\"\n*Languages:* English\n\n**2. Professor Mae Ostrander** – Professor of History\n*Can comment on:* treaties\n*Languages:* English, French\n")
	de := langDoc("de", "**1. Dr. Ilka Brandner** – Professorin für Völkerrecht\n*Themen:* Garantien\n*Zitat:* \"Eine Garantie ist nur so stark wie der Plan für die ersten Stunden.\"\n\n**2. Jonas Weller** – Historiker\n*Themen:* Verträge\n")
	checkOwners(t, []ownerCase{
		{"en quote", en, "Hal Brixton", "A ceasefire at sea needs its own rules"},
		{"en also", en, "Hal Brixton", "Insurers will wait for the text"},
		{"de zitat", de, "Ilka Brandner", "Eine Garantie ist nur so stark"},
	})
	d, err := Parse([]byte(en), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		if s.Speaker == "Hal Brixton" && s.Role != "Reader in Maritime Law" {
			t.Errorf("role %q, want the block's title", s.Role)
		}
		if strings.Contains(s.Speaker, "Ostrander") || strings.Contains(s.Text, "English") {
			t.Errorf("a block without a quotation spoke: %+v", s)
		}
	}
	// an announced speakers' list names people and titles, and nobody speaks
	d, err = Parse([]byte(langDoc("en", "1. Dr Hal Brixton – Reader in Maritime Law *Topic:* \"Ships and sanctions\"\n2. Mae Ostrander – historian *Topic:* \"Treaties\"\n")), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements) != 0 {
		t.Errorf("a list of talks gave %+v", d.Statements)
	}
}
