package corpus

import (
	"strings"
	"testing"
)

// TestHostCredits: a credit naming the host before the turns ("Newsreader:
// Tamsin Orrell", "Conduce: Giulia Rossetti") makes that label's turns the
// host's, no statements, while the guest speaks and what the host relays
// stays the words of whom the host names (hostcredits.go). A role label
// addressing a guest ("CONDUTTRICE: Professor Sanna, …") credits no one.
func TestHostCredits(t *testing.T) {
	type want struct{ speaker, text string }
	for _, c := range []struct {
		name  string
		doc   string
		none  []string // fragments no statement may hold (the host's own words)
		wants []want
	}{
		{"en newsreader", "WAVERLEY RADIO NEWS\nScript as broadcast. Newsreader: Tamsin Orrell. Duration 4'10\".\n\nTAMSIN ORRELL: Good morning. The talks in Geneva ran late. The US Secretary of State, Marco Rubio, told reporters that the remaining issues were not insurmountable.\n\nTOMAS REINHOLT: The guarantees in the draft are vague and Moscow knows it.\n\nTAMSIN ORRELL: Remind us what those items say in the original draft.\n\nTOMAS REINHOLT: Ukraine's army would be capped at six hundred thousand.\n",
			[]string{"Good morning", "Remind us"},
			[]want{{"Tomas Reinholt", "guarantees in the draft are vague"}, {"Marco Rubio", "not insurmountable"}}},
		{"it conduce", "# Fuso Orario – Ep. 118\n\nConduce: Giulia Rossetti · Ospite: Paolo Zanardi, analista\n\n**GIULIA ROSSETTI:** Prima del discorso c'era stato l'incontro con Trump, circa un'ora.\n\n**PAOLO ZANARDI:** Il formato è la notizia, il contenuto arriverà dopo.\n\n**GIULIA ROSSETTI:** Poi la notte al Cremlino.\n\n**PAOLO ZANARDI:** Mosca prende tempo, come sempre.\n",
			[]string{"Prima del discorso", "Poi la notte"},
			[]want{{"Paolo Zanardi", "Il formato è la notizia"}}},
		{"de moderation", "Der Nachrichtenpodcast, Folge 12. Moderation: Jana Roth.\n\nJANA ROTH: Heute geht es um Genf und die Folgen.\n\nLUKAS BERG: Der Plan ist ein Anfang, aber kein Frieden.\n\nJANA ROTH: Und was sagt Moskau dazu?\n\nLUKAS BERG: Moskau schweigt vorerst.\n",
			[]string{"Heute geht es um Genf"},
			[]want{{"Lukas Berg", "kein Frieden"}}},
		{"ru vedushchiy", "Расшифровка эфира. Ведущий: Иван Петров.\n\nИВАН ПЕТРОВ: Добрый вечер, сегодня говорим о Женеве.\n\nОЛЕГ СМИРНОВ: Документ писали в спешке, это видно по формулировкам.\n\nИВАН ПЕТРОВ: Спасибо.\n\nОЛЕГ СМИРНОВ: Пожалуйста.\n",
			[]string{"сегодня говорим о Женеве"},
			[]want{{"Олег Смирнов", "писали в спешке"}}},
		// negative: a role labelling the host's turns addresses the guest;
		// the guest is no host and keeps the answers
		{"it role label addressing the guest", "# TG Laguna\n\nCONDUTTRICE (GIULIA FERRETTI): Buongiorno. Cinque ore di colloquio al Cremlino.\n\nCONDUTTRICE: Grazie Paolo. In studio con noi il professor Vittorio Sanna, docente di relazioni internazionali. Professore, siamo più vicini a un accordo?\n\nSANNA: Più vicini a un calendario, forse. Non a un accordo.\n\nCONDUTTRICE: Professor Sanna, che cosa resta?\n\nSANNA: Ne restano una ventina, ma i punti difficili sono gli stessi.\n",
			nil,
			[]want{{"Vittorio Sanna", "Più vicini a un calendario"}, {"Vittorio Sanna", "Ne restano una ventina"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.doc), ParseOptions{Name: "x.md", Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				for _, n := range c.none {
					if strings.Contains(s.Text, n) {
						t.Errorf("the host's words read as a statement: %q / %q", s.Speaker, s.Text)
					}
				}
			}
			for _, w := range c.wants {
				found := false
				for _, s := range d.Statements {
					found = found || s.Speaker == w.speaker && strings.Contains(s.Text, w.text)
				}
				if !found {
					t.Errorf("want %s saying %q; got %+v", w.speaker, w.text, d.Statements)
				}
			}
		})
	}
}
