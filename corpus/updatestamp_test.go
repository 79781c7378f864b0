package corpus

import (
	"strings"
	"testing"
)

// TestUpdateStampEnd checks where the text after a stamp at a paragraph's
// head starts, in the shapes real coverage prints (updatestamp.go), and
// that prose opening with the same words keeps its head.
func TestUpdateStampEnd(t *testing.T) {
	cases := []struct{ text, rest string }{
		{"UPDATE, 3:15 p.m. – Senator Mara Quill said the vote would wait.", "Senator Mara Quill said the vote would wait."},
		{"Update (3.40pm): Alan Pryce said the talks would resume.", "Alan Pryce said the talks would resume."},
		{"[UPDATE, Dec. 26 4:53 p.m. ET] Senator Mara Quill said so.", "Senator Mara Quill said so."},
		{"UPDATED at 14:05 GMT: The Kremlin said so.", "The Kremlin said so."},
		{"UPDATE 2: Senator Mara Quill said so.", "Senator Mara Quill said so."},
		{"Edit: Johannesburg is where the leaders met.", "Johannesburg is where the leaders met."},
		{"**UPDATE 14:05:** Senator Mara Quill said so.", "Senator Mara Quill said so."},
		{"Update (5:12 p.m.)", ""},
		{"Posted 2h ago\nSenator Mara Quill said so.", "Senator Mara Quill said so."},
		{"Nachtrag, 16.45 Uhr: Die Ministerin erklärte es.", "Die Ministerin erklärte es."},
		{"Aktualisiert um 16:45 Uhr: Die Ministerin erklärte es.", "Die Ministerin erklärte es."},
		{"MISE À JOUR à 14h05 : Le ministre a déclaré que oui.", "Le ministre a déclaré que oui."},
		{"Mise à jour, 14h05 : Le ministre a déclaré que oui.", "Le ministre a déclaré que oui."},
		{"AGGIORNAMENTO ore 12.30 — Il ministro ha detto di sì.", "Il ministro ha detto di sì."},
		{"Ore 12.30 - Ha aggiunto che il negoziato andrà avanti.", "Ha aggiunto che il negoziato andrà avanti."},
		{"ACTUALIZACIÓN 10:20 | El ministro afirmó que sí.", "El ministro afirmó que sí."},
		{"ОБНОВЛЕНО 14:20. Министр заявил, что да.", "Министр заявил, что да."},
		{"UPD: Министр заявил, что да.", "Министр заявил, что да."},
		{"Оновлено о 15:10: Міністр заявив, що так.", "Міністр заявив, що так."},
		{"ОНОВЛЕНО, о 15:10. Міністр заявив, що так.", "Міністр заявив, що так."},
		{"**AKTUALIZACJA, godz. 13:15 (30.12)** – Szefowa dyplomacji napisała, że tak.", "Szefowa dyplomacji napisała, że tak."},
		{"Aktualizacja (godz. 13:15): Minister napisała, że tak.", "Minister napisała, że tak."},
		{"AKTUALIZACJA: Minister napisała, że tak.", "Minister napisała, że tak."},
		{"Agg. ore 12.30 – Il ministro ha detto di sì.", "Il ministro ha detto di sì."},
		{"2h ago – \"We are not there yet,\" he said.", "\"We are not there yet,\" he said."},
		{"il y a 18 min – Il a ajouté que oui.", "Il a ajouté que oui."},
		{"Hace 18 minutos | Añadió que sí.", "Añadió que sí."},
		{"18 minuti fa - Ha aggiunto di sì.", "Ha aggiunto di sì."},
		{"2 godziny temu – Dodał, że tak.", "Dodał, że tak."},
		{"18 минут назад — Он добавил, что да.", "Он добавил, что да."},
	}
	for _, c := range cases {
		end := updateStampEnd(c.text)
		if end < 0 {
			t.Errorf("%q: no stamp read, want the text to start at %q", c.text, c.rest)
			continue
		}
		if got := trimSpaceASCII(c.text[end:]); got != c.rest {
			t.Errorf("%q: text after the stamp %q, want %q", c.text, got, c.rest)
		}
	}
	for _, prose := range []string{
		"Update on the talks: the envoys met again.",
		"Updated figures show 300 prisoners were exchanged.",
		"Edited by Jane Doe, the report says the plan is dead.",
		"Posted by the embassy: a statement on the plan.",
		"Aktualizacja planu pokojowego – tak nazywa to Kijów.",
		"Ore di trattative non sono bastate.",
		"A senior official said the talks would resume.",
		"В Кремле заявили, что ответа нет.",
		"O 15:10 minister wyszedł z sali.",
		"28 points were leaked – and Kyiv read them.",
		"14:05 – the bare time is stripTimestamp's.",
		"20 minut temu Putin powiedział, że tak.",
		"Vor 18 Monaten: Selenskyj sagte, das sei falsch.",
	} {
		if end := updateStampEnd(prose); end >= 0 {
			t.Errorf("%q: read a stamp ending at %d, want none", prose, end)
		}
	}
}

// trimSpaceASCII trims the spaces and line breaks around s.
func trimSpaceASCII(s string) string {
	for s != "" && (s[0] == ' ' || s[0] == '\n') {
		s = s[1:]
	}
	for s != "" && (s[len(s)-1] == ' ' || s[len(s)-1] == '\n') {
		s = s[:len(s)-1]
	}
	return s
}

// TestUpdateStampStatements is the probe battery of stop 48 (xstamps):
// invented people in the shapes real coverage stacks its update notes and
// live-blog times in, in eight languages. The stamp is never the speaker,
// and the words after it are read as if it were not there: a subject, a
// quotation opening the paragraph, a pronoun or a subjectless verb going
// back to the speaker before.
func TestUpdateStampStatements(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatementsExact(t, []statementCase{
		{"pl stacked bold notes", doc("pl", "**AKTUALIZACJA, godz. 18:40 (30.12)** – Rzecznik rządu Marek Zawadzki powiedział, że rozmowy zostaną wznowione.\n\n**AKTUALIZACJA, godz. 13:15 (30.12)** – Minister Anna Wrzos napisała, że decyzja zapadnie w piątek."),
			"Anna Wrzos", "decyzja zapadnie w piątek"},
		{"pl stacked notes, first", doc("pl", "AKTUALIZACJA, godz. 18:40 – Rzecznik rządu Marek Zawadzki powiedział, że rozmowy zostaną wznowione.\n\nAKTUALIZACJA, godz. 13:15 – Minister Anna Wrzos napisała, że decyzja zapadnie w piątek."),
			"Marek Zawadzki", "rozmowy zostaną wznowione"},
		{"pl subjectless verb", doc("pl", "Rzecznik rządu Marek Zawadzki powiedział rano, że sytuacja jest poważna.\n\nAKTUALIZACJA, godz. 13:15 – Dodał, że rozmowy zostaną wznowione."),
			"Marek Zawadzki", "rozmowy zostaną wznowione"},
		{"pl dash quote", doc("pl", "AKTUALIZACJA, godz. 18:40 – „To nie jest dobry moment” – powiedział rzecznik rządu Marek Zawadzki.\n\nAKTUALIZACJA, godz. 13:15 – Minister Anna Wrzos napisała, że decyzja zapadnie w piątek."),
			"Marek Zawadzki", "To nie jest dobry moment"},
		{"en quote first", doc("en", "UPDATE, 3:15 p.m. – \"We are not there yet,\" Foreign Secretary Alan Pryce said.\n\nUPDATE, 1:15 p.m. – \"The vote will wait,\" Senator Mara Quill said."),
			"Alan Pryce", "We are not there yet"},
		{"en pronoun", doc("en", "Foreign Secretary Alan Pryce spoke in London on Monday.\n\nUPDATE, 3:15 p.m. – \"We are not there yet,\" he said."),
			"Alan Pryce", "We are not there yet"},
		{"en bracketed", doc("en", "[UPDATE, Dec. 26 4:53 p.m. ET] Senator Mara Quill told reporters that the vote would be delayed."),
			"Mara Quill", "the vote would be delayed"},
		{"de pronoun", doc("de", "Regierungssprecher Jonas Berger sagte am Morgen, die Lage sei ernst.\n\nUpdate, 16.45 Uhr: Er fügte hinzu, die Gespräche würden fortgesetzt."),
			"Jonas Berger", "die Gespräche würden fortgesetzt"},
		{"de stacked", doc("de", "Nachtrag, 16.45 Uhr: Die Ministerin Anke Wollrath erklärte, der Text sei noch nicht fertig.\n\nNachtrag, 14.10 Uhr: Regierungssprecher Jonas Berger sagte, die Gespräche würden fortgesetzt."),
			"Anke Wollrath", "der Text sei noch nicht fertig"},
		{"fr note in capitals", doc("fr", "MISE À JOUR à 14h05 : Le ministre Paul Cardon a déclaré que la France soutiendrait le texte."),
			"Paul Cardon", "la France soutiendrait le texte"},
		{"fr pronoun", doc("fr", "Le ministre Paul Cardon a déclaré lundi que le texte était prêt.\n\nMISE À JOUR à 14h05 : Il a ajouté que la France soutiendrait le texte."),
			"Paul Cardon", "la France soutiendrait le texte"},
		{"it live time", doc("it", "Il ministro Carlo Benvenuti ha detto in mattinata che la situazione è seria.\n\nOre 12.30 - Ha aggiunto che il negoziato andrà avanti."),
			"Carlo Benvenuti", "il negoziato andrà avanti"},
		{"it note", doc("it", "AGGIORNAMENTO ore 12.30 — Il ministro Carlo Benvenuti ha detto che il negoziato andrà avanti.\n\nAGGIORNAMENTO ore 10.05 — La deputata Anna Ferri ha spiegato che il voto slitterà."),
			"Anna Ferri", "il voto slitterà"},
		{"es note", doc("es", "ACTUALIZACIÓN 10:20 | El ministro Luis Cabrera afirmó que España apoyará el acuerdo.\n\nACTUALIZACIÓN 09:05 | La diputada Ana Ferrer aseguró que la votación se aplazará."),
			"Luis Cabrera", "España apoyará el acuerdo"},
		{"ru note", doc("ru", "ОБНОВЛЕНО 14:20. Министр Пётр Гайдученко заявил, что переговоры продолжатся.\n\nОБНОВЛЕНО 12:05. Депутат Игорь Стахов заявил, что закон примут до конца года."),
			"Игорь Стахов", "закон примут до конца года"},
		{"en relative time", doc("en", "Foreign Secretary Alan Pryce spoke in London on Monday.\n\n2h ago – \"We are not there yet,\" he said."),
			"Alan Pryce", "We are not there yet"},
		{"pl relative time", doc("pl", "Rzecznik rządu Marek Zawadzki powiedział rano, że sytuacja jest poważna.\n\n2 godziny temu – Dodał, że rozmowy zostaną wznowione."),
			"Marek Zawadzki", "rozmowy zostaną wznowione"},
		{"es relative time", doc("es", "El ministro Luis Cabrera afirmó que la situación es grave.\n\nHace 18 minutos | Añadió que España apoyará el acuerdo."),
			"Luis Cabrera", "España apoyará el acuerdo"},
		{"it relative time", doc("it", "Il ministro Carlo Benvenuti ha detto in mattinata che la situazione è seria.\n\n18 minuti fa - Ha aggiunto che il negoziato andrà avanti."),
			"Carlo Benvenuti", "il negoziato andrà avanti"},
		{"uk note in capitals", doc("uk", "ОНОВЛЕНО, о 15:10. Міністр Петро Гайдученко заявив, що переговори триватимуть.\n\nОНОВЛЕНО, о 13:40. Депутатка Ірина Стахович заявила, що закон ухвалять до кінця року."),
			"Петро Гайдученко", "переговори триватимуть"},
	})
	for _, c := range []struct{ name, text string }{
		{"pl", doc("pl", "AKTUALIZACJA, godz. 18:40 – Rzecznik rządu Marek Zawadzki powiedział, że rozmowy zostaną wznowione.\n\nAKTUALIZACJA, godz. 13:15 – Minister Anna Wrzos napisała, że decyzja zapadnie w piątek.")},
		{"fr", doc("fr", "MISE À JOUR à 14h05 : Le ministre Paul Cardon a déclaré que la France soutiendrait le texte.\n\nMISE À JOUR à 12h40 : La députée Anne Morel a estimé que le vote serait reporté.")},
		{"uk", doc("uk", "ОНОВЛЕНО, о 15:10. Міністр Петро Гайдученко заявив, що переговори триватимуть.\n\nОНОВЛЕНО, о 13:40. Депутатка Ірина Стахович заявила, що закон ухвалять до кінця року.")},
	} {
		for _, s := range statementsOf(t, c.text) {
			if l := strings.ToLower(s.Speaker); strings.Contains(l, "aktualiz") || strings.Contains(l, "jour") || strings.Contains(l, "оновлено") {
				t.Errorf("%s: the stamp read as a speaker: %+v", c.name, s)
			}
		}
	}
}
