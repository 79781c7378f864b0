package index

import "testing"

// TestTalksTranslations: the general words of negotiation coverage in
// translations-talks.txt (and the forms added to the accept, day and
// textbook lines) let an English question reach a report in another
// language that says them: an atmosphere that was tense, the management of
// something, free trade, a final text, what a draft leaves out, games
// played, a proposal found acceptable in an oblique case, a textbook
// solution, a day of talks. Each report is named by a place the English
// text names too, so the report ranks first only when the translated word
// matches; everyday questions that share one of these words answer
// nothing. The documents are invented.
func TestTalksTranslations(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: de\n---\n\nIn Doha war die Stimmung nach Angaben von Diplomaten angespannt.\n\nIm Entwurf aus Bern fehlt der Absatz über die Zölle.\n\nEine Lösung wie aus dem Lehrbuch gibt es in Zürich nicht.\n",
		"---\nlang: it\n---\n\nA Oslo la gestione del fondo resta ai norvegesi.\n\nA Palermo la seconda giornata si è chiusa senza intesa.\n",
		"---\nlang: fr\n---\n\nÀ Lima, le Pérou et le Chili ont signé un accord de libre-échange.\n",
		"---\nlang: es\n---\n\nEn Quito se aprobó la versión final del texto.\n",
		"---\nlang: pl\n---\n\nOpozycja w Gdańsku zarzuca rządowi polityczne gry.\n",
		"---\nlang: ru\n---\n\nВ Риге предложения сочли более или менее приемлемыми.\n",
		"---\nlang: uk\n---\n\nУгода про вільну торгівлю набуде чинності у 2031 році.\n",
		"---\nlang: en\n---\n\nDiplomats from Doha, Oslo, Lima, Quito, Riga, Bern, Zurich, Gdansk and Palermo met in a hotel last year.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"doha tense", "angespannt"},
		{"what was left out of the bern draft", "fehlt"},
		{"zurich textbook solution", "Lehrbuch"},
		{"oslo management", "gestione"},
		{"palermo second day", "giornata"},
		{"lima free trade", "libre-échange"},
		{"quito final text", "versión final"},
		{"gdansk games", "gry"},
		{"riga proposals acceptable", "приемлемыми"},
		{"free trade 2031", "вільну торгівлю"},
		{"video games review", ""},
		{"english verb tense exercises", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
