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
