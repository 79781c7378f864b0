package corpus

import "testing"

// TestColonLeadAndQuoteListProbes is the battery of stop 52's colon
// leads in blocks of short lines (linecolon.go) and quotation lists
// (quotelist.go), in invented words, with negatives that must give no
// one words.
func TestColonLeadAndQuoteListProbes(t *testing.T) {
	for _, c := range []struct {
		name, doc string
		want      []string // "speaker | words" each statement must contain
		none      bool     // no statement at all
	}{
		{"de lead over two lines", "---\nlang: de\n---\n# Treffen\n\nDer Chef von Polen heißt Donald Tusk.\nTusk sagt:\nPolen schickt keine Panzer.\nAber Polen hilft beim Bau von Straßen.\n",
			[]string{"Donald Tusk | Polen schickt keine Panzer", "Donald Tusk | Aber Polen hilft beim Bau von Straßen"}, false},
		{"de perfect lead", "---\nlang: de\n---\n# Treffen\n\nEs gab ein Treffen in Berlin.\nFriedrich Merz hat gesagt:\nDas Treffen war gut.\nWir reden weiter.\n",
			[]string{"Friedrich Merz | Das Treffen war gut", "Friedrich Merz | Wir reden weiter"}, false},
		{"en bare label lead", "---\nlang: en\n---\n# Briefing\n\nThe talks ended late.\nMarco Rubio said:\nWe made real headway tonight.\nMore talks follow next week.\n",
			[]string{"Marco Rubio | We made real headway tonight"}, false},
		{"de gloss lead is no one's", "---\nlang: de\n---\n# Wort\n\nDas schwere Wort Waffen·ruhe.\nDas bedeutet:\nNiemand schießt für eine Zeit.\nDas ist gut für alle.\n",
			nil, true},
		{"en header lead stays", "---\nlang: en\n---\n# Panel\n\nPanel on Friday\nParticipants:\nAnna Brook, analyst\nTom Reyes, editor\n",
			nil, true},
		{"fr list with date", "---\nlang: fr\n---\n# Citations\n\n- **Donald Trump**, 22 nov. : le texte n'est « pas une offre finale ».\n- **Maria Zakharova** : des soldats étrangers seraient des « cibles ».\n",
			[]string{"Donald Trump | le texte n'est « pas une offre finale »", "Maria Zakharova | des soldats étrangers seraient des « cibles »"}, false},
		{"it list with place in brackets", "---\nlang: it\n---\n# Frasi\n\n- **Marco Rubio** (Ginevra): i colloqui sono stati utili e concreti.\n",
			[]string{"Marco Rubio | i colloqui sono stati utili e concreti"}, false},
		{"ru list with date", "---\nlang: ru\n---\n# Цитаты\n\n- **Дмитрий Песков**, 2 декабря: Кремль пока изучает этот текст.\n",
			[]string{"Peskov | Кремль пока изучает этот текст"}, false},
		{"it determined time gap", "---\nlang: it\n---\n# Lezione\n\nLe reazioni. Trump il giorno dopo dice che il testo non è definitivo.\n",
			[]string{"Donald Trump | il testo non è definitivo"}, false},
		{"es weekday with article", "---\nlang: es\n---\n# Clase\n\nPutin el martes dijo que el texto puede servir de base.\n",
			[]string{"Vladimir Putin | el texto puede servir de base"}, false},
		{"fr lendemain", "---\nlang: fr\n---\n# Cours\n\nMacron le lendemain a déclaré que le texte restait incomplet.\n",
			[]string{"Emmanuel Macron | le texte restait incomplet"}, false},
		{"es topic aside is no speaker", "---\nlang: es\n---\n# Puntos\n\n- **Punto 6**, versión de Ginebra: el ejército tendrá un límite de tropas.\n- **El plan**, en breve: veintiocho puntos sobre la guerra.\n",
			nil, true},
	} {
		ss, got := probeStatements(t, c.name, c.doc)
		if c.none && len(got) > 0 {
			t.Errorf("%s: want no statement, got %q", c.name, got)
		}
		for _, w := range c.want {
			if !saysWords(ss, w) {
				t.Errorf("%s: want %q, got %q", c.name, w, got)
			}
		}
	}
}
