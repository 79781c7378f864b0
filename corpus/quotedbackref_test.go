package corpus

import "testing"

// TestQuotedBackRef checks the bare description right after a quoted
// person (quotedbackref.go): it points back to them when another word for
// their title or its adjective of nationality agrees, and stays an unnamed
// source otherwise.
func TestQuotedBackRef(t *testing.T) {
	for _, tc := range []struct{ lang, body, speaker, text string }{
		{"ru", "Министр иностранных дел России Сергей Лавров заявил, что Москва ждёт ответа. Дипломат добавил, что иначе переговоры будут сорваны.", "Sergei Lavrov", "иначе переговоры будут сорваны"},
		{"uk", "Міністр закордонних справ України Андрій Сибіга заявив, що Київ чекає тексту. Дипломат додав, що поспіху не буде.", "Andrii Sybiha", "поспіху не буде"},
		{"ro", "Rustem Umerov, care a condus delegația ucraineană, a declarat că discuțiile au fost bune. Oficialul ucrainean a spus că temele militare au dominat.", "Rustem Umerov", "temele militare au dominat"},
		// negatives: another country, nobody quoted just before, a
		// title the person does not hold, another paragraph
		{"ro", "Rustem Umerov, care a condus delegația ucraineană, a declarat că discuțiile au fost bune. Oficialul rus a spus că temele militare au dominat.", unnamedSpeaker, "temele militare au dominat"},
		{"ru", "Сергей Лавров прилетел в Анкару утром. Переговоры шли весь день. Дипломат добавил, что иначе переговоры будут сорваны.", unnamedSpeaker, "иначе переговоры будут сорваны"},
		{"ru", "Вице-премьер Александр Новак заявил, что цены на нефть упадут. Дипломат добавил, что иначе переговоры будут сорваны.", unnamedSpeaker, "иначе переговоры будут сорваны"},
		{"pl", "Premier Donald Tusk powiedział, że polscy żołnierze nie pojadą. Polski dyplomata mówi nam, że Warszawa się nie ugnie.", unnamedSpeaker, "Warszawa się nie ugnie"},
		{"ru", "Министр иностранных дел России Сергей Лавров заявил, что Москва ждёт ответа.\n\nДипломат добавил, что иначе переговоры будут сорваны.", unnamedSpeaker, "иначе переговоры будут сорваны"},
	} {
		t.Run(tc.lang+" "+tc.speaker, func(t *testing.T) {
			got := statementsOf(t, "---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n")
			if len(got) == 0 || got[len(got)-1].Speaker != tc.speaker || got[len(got)-1].Text != tc.text {
				t.Fatalf("want %s / %q, got %+v", tc.speaker, tc.text, got)
			}
		})
	}
}
