package corpus

import (
	"strings"
	"testing"
)

// TestDemonymTitle: a title with an adjective of nationality opening the
// sentence is the person the document gave that title of that country.
func TestDemonymTitle(t *testing.T) {
	checkStatements(t, []statementCase{
		{"es adjective after the title",
			reportDoc("es", "El presidente polaco Jan Kowalik visitó Madrid.\n\nEl presidente polaco dijo que Varsovia enviará más ayuda."),
			"Jan Kowalik", "Varsovia enviará más ayuda"},
		{"ro title with its article",
			reportDoc("ro", "Președintele polonez Jan Kowalik a vizitat Bucureștiul.\n\nPreședintele polonez a declarat că Varșovia va trimite mai mult ajutor."),
			"Jan Kowalik", "Varșovia va trimite mai mult ajutor"},
		{"ro after a fronted time phrase",
			reportDoc("ro", "Președintele polonez Jan Kowalik a vizitat Bucureștiul.\n\nIeri, președintele polonez a declarat că Varșovia va trimite mai mult ajutor."),
			"Jan Kowalik", "Varșovia va trimite mai mult"},
		{"es after a fronted time phrase",
			reportDoc("es", "El presidente polaco Jan Kowalik visitó Madrid.\n\nAyer por la tarde el presidente polaco dijo que Varsovia enviará más ayuda."),
			"Jan Kowalik", "Varsovia enviará más"},
		{"de title kept without its adjective",
			reportDoc("de", "Der polnische Präsident Jan Kowalik besuchte Berlin.\n\nGestern sagte der polnische Präsident, Warschau werde mehr Hilfe schicken."),
			"Jan Kowalik", "Warschau werde mehr Hilfe schicken"},
	})
}

// TestDemonymTitleOtherCountry: another country's adjective is another
// person, and a time phrase before an inverted German verb is nobody.
func TestDemonymTitleOtherCountry(t *testing.T) {
	for _, c := range []struct{ name, text, not string }{
		{"es another country", reportDoc("es", "El presidente polaco Jan Kowalik visitó Madrid.\n\nEl presidente checo dijo que Praga enviará más ayuda."), "Kowalik"},
		{"en a known office is not the untitled president", reportDoc("en", "President Jan Kowalik met the envoys.\n\nThe Russian president said Moscow would wait."), "Kowalik"},
		{"de time phrase before the verb", reportDoc("de", "Der polnische Präsident Jan Kowalik besuchte Berlin.\n\nGestern Nachmittag sagte der polnische Präsident, Warschau werde mehr Hilfe schicken."), "Gestern"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if strings.Contains(s.Speaker, c.not) {
					t.Errorf("wrong speaker: %+v", s)
				}
			}
		})
	}
}
