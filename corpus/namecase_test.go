package corpus

import (
	"strings"
	"testing"
)

// TestNamesInCase checks that a speaker named in a case other than the
// nominative, or after a word that is no part of the name, is given by
// the name alone in its base form: after an according cue (the ending
// table of data/namecases.json), after "with" (the comitative names the
// other party), after an emphatic ("Сам", "Sama") and after a place in its
// case ("u Splitu", "В Москве"), whose title before it stays the
// person's. A role "=" wants none: the emphatic is not a title either.
func TestNamesInCase(t *testing.T) {
	head := func(lang string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" }
	tests := []struct {
		name, doc, speaker, role, said string
	}{
		{"ru according, genitive", head("ru") + "По словам Андрея Соколова, делегации встретятся в пятницу.", "Андрей Соколов", "", "делегации встретятся"},
		{"uk according, genitive", head("uk") + "За словами Олени Ковальової, делегації зустрінуться в п'ятницю.", "Олена Ковальова", "", "делегації зустрінуться"},
		{"pl according, feminine genitive", head("pl") + "Według Katarzyny Zielińskiej, delegacje spotkają się w piątek.", "Katarzyna Zielińska", "", "delegacje spotkają"},
		{"cs according, no comma", head("cs") + "Podle Pavla Nováka se delegace sejdou v pátek.", "Pavel Novák", "", "se delegace sejdou"},
		{"hr according, genitive", head("hr") + "Prema riječima Marka Babića, izaslanstva će se sastati u petak.", "Marko Babić", "", "izaslanstva će"},
		{"fi mukaan, last word only", head("fi") + "Liisa Nieminen mukaan valtuuskunnat tapaavat perjantaina.", "Liisa Nieminen", "", "valtuuskunnat tapaavat"},
		{"fi mukaan, genitive surname", head("fi") + "Jussi Lehtosen mukaan valtuuskunnat tapaavat perjantaina.", "Jussi Lehtonen", "", "valtuuskunnat tapaavat"},
		{"tr göre, suffix after the apostrophe", head("tr") + "Kemal Aksoy'a göre heyetler cuma günü bir araya gelecek.", "Kemal Aksoy", "", "heyetler cuma"},
		{"ru with, instrumental other party", head("ru") + "После встречи с Юрием Ушаковым Игорь Волков заявил, что делегации встретятся в пятницу.", "Игорь Волков", "", "делегации встретятся"},
		{"pl with, instrumental other party", head("pl") + "Po rozmowie z Andrijem Sybihą Tomasz Wójcik powiedział, że delegacje spotkają się w piątek.", "Tomasz Wójcik", "", "delegacje spotkają"},
		{"hr with, instrumental other party", head("hr") + "Nakon sastanka s Ivanom Horvatom Marko Babić rekao je da će se izaslanstva sastati u petak.", "Marko Babić", "", "će se izaslanstva"},
		{"ru emphatic", head("ru") + "Сам Игорь Волков заявил, что делегации встретятся в пятницу.", "Игорь Волков", "=", "делегации встретятся"},
		{"pl emphatic", head("pl") + "Sama Anna Nowak powiedziała, że delegacje spotkają się w piątek.", "Anna Nowak", "=", "delegacje spotkają"},
		{"hr place in its case, title before it", head("hr") + "Analitičarka instituta u Splitu Ivana Matić-Radoš smatra da će se izaslanstva sastati u petak.", "Ivana Matić-Radoš", "Analitičarka", "će se izaslanstva"},
		{"hr title with its place in its case", head("hr") + "Zastupnica u Hrvatskom saboru Marina Vuković izjavila je da će se izaslanstva sastati u petak.", "Marina Vuković", "Zastupnica u Hrvatskom saboru", "će se izaslanstva"},
		{"ru title with its place in its case", head("ru") + "Депутат в Государственной думе Игорь Волков заявил, что делегации встретятся в пятницу.", "Игорь Волков", "Депутат в Государственной думе", "делегации встретятся"},
		{"ru place opening the sentence", head("ru") + "В Москве Игорь Волков заявил, что делегации встретятся в пятницу.", "Игорь Волков", "", "делегации встретятся"},
		{"en place before a known name", head("en") + "In Geneva Marco Rubio said that the delegations would meet on Friday.", "Marco Rubio", "", "the delegations would meet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range statementsOf(t, tt.doc) {
				role := strings.Contains(s.Role, tt.role) || tt.role == "=" && s.Role == "" // "=": no role at all
				if s.Speaker == tt.speaker && role && strings.HasPrefix(strings.ToLower(s.Text), tt.said) {
					return
				}
				got = append(got, s.Speaker+" ("+s.Role+"): "+s.Text)
			}
			t.Errorf("want %s (%s) saying %q…; got %q", tt.speaker, tt.role, tt.said, got)
		})
	}
}

// TestNominativeName checks the ending table on its own: each word of a
// Slavic name loses its case ending, only the last of a Finnish or
// Turkish one does, and a language without a table keeps the name.
func TestNominativeName(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"ru", "Юрия Ушакова", "Юрий Ушаков"},
		{"ru", "Марии Захаровой", "Мария Захарова"},
		{"ru", "Игоря Волкова", "Игорь Волков"},
		{"uk", "Андрія Бондаря", "Андрій Бондар"},
		{"pl", "Tomasza Zielińskiego", "Tomasz Zieliński"},
		{"pl", "Andrijem Sybihą", "Andrij Sybiha"},
		{"cs", "Jany Dvořákové", "Jana Dvořáková"},
		{"sk", "Zuzany Kováčovej", "Zuzana Kováčová"},
		{"hr", "Ivana Kovačića", "Ivan Kovačić"},
		{"hr", "Jurijem Ušakovim", "Jurij Ušakov"},
		{"fi", "Mikko Korhosen", "Mikko Korhonen"},
		{"tr", "Ayşe Demir'e", "Ayşe Demir"},
		{"cs", "Pavla Nováka", "Pavel Novák"},
		{"hr", "Marka Babića", "Marko Babić"},
		{"en", "Peter Holt", "Peter Holt"},
	}
	for _, tt := range tests {
		if got := strings.Join(nominativeName(tt.lang, strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("%s %q: got %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}
