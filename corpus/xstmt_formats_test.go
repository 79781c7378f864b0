package corpus

import "testing"

// Shapes set ZJ showed (stop 45, xstmt): each table is of invented text in
// several languages, read with checkZI (zi_formats_test.go).

func TestInitialledLabel(t *testing.T) {
	checkZI(t, []ziCase{
		{"Russian: the Kremlin's initial glued to the surname, named in full above",
			"*Президент России Владимир Путин ответил на вопросы журналистов.*\n\n**Вопрос:** Как Вы оцениваете план?\n\n**В.Путин:** Это может лечь в основу договорённостей.\n",
			"Vladimir Putin", "", "лечь в основу договорённостей", false},
		{"Russian: an answer over two paragraphs stays the labelled speaker's",
			"*Министр Сергей Лавренев ответил на вопросы.*\n\n**Вопрос:** Есть ли текст?\n\n**С.Лавренев:** Текста пока нет.\n\nМы ждём его на следующей неделе.\n\n**Вопрос:** Спасибо.\n",
			"Сергей Лавренев", "", "Мы ждём его на следующей неделе", false},
		{"Polish: a stenogram's initial and a surname no paragraph names in full",
			"**Pytanie:** Czy rząd zna tekst planu?\n\n**J. Nowicki:** Nie ma jeszcze żadnego tekstu.\n\n**Pytanie:** A kiedy będzie?\n\n**J. Nowicki:** Może w przyszłym tygodniu.\n",
			"J. Nowicki", "", "Nie ma jeszcze żadnego tekstu", false},
		{"French: a hyphened initial over a guest introduced in full",
			"Entretien avec Jean-Pierre Marchal, ancien diplomate.\n\n**Question :** Le plan tient-il ?\n\n**J.-P. Marchal :** Il tient sur le papier seulement.\n\n**Question :** Et ensuite ?\n\n**J.-P. Marchal :** Ensuite viendra la carte.\n",
			"Jean-Pierre Marchal", "", "Il tient sur le papier seulement", false},
		{"Ukrainian: a known person by initial and surname",
			"**Питання:** Чи є прогрес?\n\n**В. Зеленський:** Документи майже готові.\n\n**Питання:** Коли зустріч?\n\n**В. Зеленський:** Наступного тижня.\n",
			"Volodymyr Zelensky", "", "Документи майже готові", false},
	})
	x := &extractor{lx: lexiconData()}
	for _, c := range []struct {
		label, surname string
		ok             bool
	}{
		{"В.Путин", "Путин", true}, {"В. В. Путин", "Путин", true}, {"J.-P. Marchal", "Marchal", true},
		{"W. Kosiniak-Kamysz", "Kosiniak-Kamysz", true},
		{"U.S. Envoy", "", false}, {"M. Barrot", "", false}, {"Le Pen", "", false}, {"Путин", "", false}, {"P.S.", "", false},
	} {
		_, got, ok := x.initialledLabel(c.label)
		if got != c.surname || ok != c.ok {
			t.Errorf("initialledLabel(%q) = %q, %v; want %q, %v", c.label, got, ok, c.surname, c.ok)
		}
	}
}

func TestOccupationBeforeName(t *testing.T) {
	checkZI(t, []ziCase{
		{"German: a closed compound of a science before the name is the role",
			"„Viele Beiträge vermischen die Fassungen“, sagt die Politikwissenschaftlerin Henrike Sauer von der Universität Trier.\n",
			"Henrike Sauer", "Politikwissenschaftlerin", "vermischen die Fassungen", false},
		{"German: a compound of analyst, masculine",
			"Der Militäranalyst Jonas Reich sagte, der Plan sei tot.\n",
			"Jonas Reich", "Militäranalyst", "der Plan sei tot", false},
		{"French: politologue",
			"« Le texte est habile », estime le politologue Marc Ardent.\n",
			"Marc Ardent", "politologue", "Le texte est habile", false},
		{"Italian: politologo",
			"«Il testo è fragile», ha detto il politologo Luca Ferri.\n",
			"Luca Ferri", "politologo", "Il testo è fragile", false},
		{"Russian: политолог",
			"«Текст сырой», сказал политолог Игорь Седов.\n",
			"Игорь Седов", "политолог", "Текст сырой", false},
		{"Polish: analityk",
			"„Tekst jest kruchy” – powiedział analityk Jan Wróbel.\n",
			"Jan Wróbel", "analityk", "Tekst jest kruchy", false},
	})
}

func TestMonthPartAndContrastAside(t *testing.T) {
	checkZI(t, []ziCase{
		{"German: a part of a month between auxiliary and participle is when, not who",
			"Kanzlerin Marta Lindqvist hatte vor den Gesprächen Mitte Dezember gesagt, Europa sei bereit.\n",
			"Marta Lindqvist", "", "Europa sei bereit", false},
		{"German: the part of a month right after the auxiliary",
			"Die Ministerin Clara Hesse hatte Anfang Januar gesagt, der Haushalt stehe.\n",
			"Clara Hesse", "", "der Haushalt stehe", false},
		{"German: a contrastive adverb between the name and the verb",
			"Der Minister Paul Adler wiederum sagte, die Dokumente seien fertig.\n",
			"Paul Adler", "", "die Dokumente seien fertig", false},
		{"Italian: invece between the name and the verb",
			"Il ministro Carlo Neri invece ha detto che il testo è pronto.\n",
			"Carlo Neri", "", "il testo è pronto", false},
		{"Russian: же after the name",
			"Министр Олег Карпов же заявил, что текст готов.\n",
			"Олег Карпов", "", "текст готов", false},
	})
	for _, c := range []struct {
		name string
		time bool
	}{
		{"Mitte Dezember", true}, {"Anfang Januar", true}, {"Fin novembre", true}, {"Early December", true},
		{"Ende Mai", true}, {"August Meier", false}, {"Mitte", false}, {"Henrike Sauer", false},
	} {
		if got := timeName(c.name); got != c.time {
			t.Errorf("timeName(%q) = %v, want %v", c.name, got, c.time)
		}
	}
}

func TestFeedPictographAndCallingVerbAside(t *testing.T) {
	checkZI(t, []ziCase{
		{"Ukrainian feed: a post opened by a pictograph, the speaker's words by a pronoun",
			"**2 грудня, 14:12**\n\n⚡️ Міністр Олег Карпенко перед зустріччю знову розкритикував Брюссель. За його словами, у Брюсселя немає плану.\n\n👁 61,3K\n",
			"Карпенко", "", "у Брюсселя немає плану", false},
		{"Russian feed: flags before the speaker and a calling verb after a place",
			"🇷🇺🇺🇸 Министр Олег Карпов в Дублине назвал встречу продуктивной.\n",
			"Олег Карпов", "", "встречу продуктивной", false},
		{"English feed: a pictograph before a reported sentence",
			"‼️ Senator Tom Hale said the talks had stalled again.\n",
			"Tom Hale", "", "the talks had stalled again", false},
		{"German: a calling verb with a time aside",
			"Die Ministerin Clara Hesse bezeichnete am Montag das Treffen als nützlich.\n",
			"Clara Hesse", "", "das Treffen als nützlich", false},
		{"Ukrainian: a calling verb with a platform aside",
			"Міністр Олег Карпенко у X назвав зустріч продуктивною.\n",
			"Олег Карпенко", "", "зустріч продуктивною", false},
	})
	for _, c := range []struct{ in, want string }{
		{"⚡️ Путін перед зустріччю взявся за Європу.", "Путін перед зустріччю взявся за Європу."},
		{"✅ Юрий Ушаков, помощник на Путин.", "✅ Юрий Ушаков, помощник на Путин."},
		{"Plain text.", "Plain text."},
	} {
		if got := stripFeedSymbols(c.in); got != c.want {
			t.Errorf("stripFeedSymbols(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCallingVerbInsideAnswer(t *testing.T) {
	checkZI(t, []ziCase{
		{"Italian: a guest relays a calling verb",
			"**GIULIA NERI:** Poi la notte a Mosca.\n\n**MARCO FERRI:** Quattro ore di colloquio. Il consigliere Igor Stassov ha definito il colloquio sostanziale e franco.\n\n**GIULIA NERI:** Grazie.\n",
			"Igor Stassov", "", "il colloquio sostanziale e franco", false},
		{"Russian: a guest relays a calling verb",
			"**АННА СЕРОВА:** А что в Москве?\n\n**ОЛЕГ КАРПОВ:** Четыре часа переговоров. Помощник Игорь Стасов назвал разговор содержательным.\n\n**АННА СЕРОВА:** Спасибо.\n",
			"Игорь Стасов", "", "разговор содержательным", false},
	})
}
