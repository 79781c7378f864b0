package corpus

import "testing"

// TestFlashItems: an agency's dated and timed items, urgent ones marked,
// open with a speaker label or a sentence once the stamp is read off.
func TestFlashItems(t *testing.T) {
	pl := langDoc("pl", "Zestawienie depesz z czwartku.\n\n"+
		"PILNE 04.12, 08:15 – Walczak: rozmowy w Rydze zakończyły się bez porozumienia.\n\n"+
		"04.12, 08:40 – Wiceminister Anna Walczak powiedziała, że kolejna runda odbędzie się w przyszłym tygodniu.\n")
	de := langDoc("de", "Die Meldungen des Tages im Überblick.\n\n"+
		"EILMELDUNG 05.12. 11:20 – Brenneke: Die Gespräche in Wien werden am Montag fortgesetzt.\n\n"+
		"05.12. 11:45 – Staatssekretär Jörg Brenneke sagte, die Delegationen hätten sich auf einen Zeitplan geeinigt.\n")
	en := langDoc("en", "Wire summary.\n\n"+
		"URGENT 3/12 07:05 - Okonjo: the ceasefire line will be mapped by observers.\n\n"+
		"3/12 07:30 - Envoy Grace Okonjo said the mapping would take three weeks.\n")
	checkStatements(t, []statementCase{
		{"pl flash label", pl, "Anna Walczak", "rozmowy w Rydze zakończyły się bez porozumienia"},
		{"pl timed item", pl, "Anna Walczak", "kolejna runda odbędzie się"},
		{"de flash label", de, "Jörg Brenneke", "werden am Montag fortgesetzt"},
		{"en flash label", en, "Grace Okonjo", "the ceasefire line will be mapped"},
	})
	for in, want := range map[string]string{
		"PILNE 01.12, 09:12 – Rubio: tak.":      "Rubio: tak.",
		"01.12, 09:40 – Sekretarz stanu powie…": "Sekretarz stanu powie…",
		"12.5 percent of the army – the rest":   "12.5 percent of the army – the rest",
		"PILNE: bez daty":                       "PILNE: bez daty",
	} {
		if got := stripFlash(in); got != want {
			t.Errorf("stripFlash(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFlashBodyLabel: after an item's stamp, one word naming a body is who
// speaks, not a dateline.
func TestFlashBodyLabel(t *testing.T) {
	pl := langDoc("pl", "Zestawienie depesz.\n\nPILNE 04.12, 10:05 – Kreml: rozmowy z wysłannikiem potrwają do wieczora.\n\n04.12, 10:30 – Więcej szczegółów wkrótce.\n")
	en := langDoc("en", "Wire summary.\n\nURGENT 4/12 10:05 - Kremlin: the envoy will be received this evening.\n\n4/12 10:30 - More details to follow.\n")
	checkStatements(t, []statementCase{
		{"pl body label after a stamp", pl, "Kremlin", "rozmowy z wysłannikiem potrwają"},
		{"en body label after a stamp", en, "Kremlin", "the envoy will be received"},
	})
}
