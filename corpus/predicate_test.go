package corpus

import (
	"slices"
	"testing"
)

// TestDescriptivePredicates checks, on invented sentences in seven
// languages, that a known person's descriptive speech predicate is a
// statement read from the verb on (its auxiliary and negation kept), and
// that acts which are not speech, and negated say verbs, are none.
func TestDescriptivePredicates(t *testing.T) {
	for _, tc := range []struct {
		name, lang, body string
		want             []string
	}{
		{"en thanked", "en", "Finnish President Alexander Stubb thanked the negotiators for a long night of work.",
			[]string{"thanked the negotiators for a long night of work"}},
		{"en did not rule out", "en", "French President Emmanuel Macron did not rule out a European mission on the ground.",
			[]string{"did not rule out a European mission on the ground"}},
		{"en has not ruled out keeps the negation", "en", "French President Emmanuel Macron has not ruled out a European mission on the ground.",
			[]string{"has not ruled out a European mission on the ground"}},
		{"en denied that keeps the denial", "en", "Kremlin spokesman Dmitry Peskov denied that a draft had reached Moscow.",
			[]string{"denied that a draft had reached Moscow"}},
		{"en warned of keeps the verb", "en", "German Chancellor Friedrich Merz warned of a peace dictated over Kyiv's head.",
			[]string{"warned of a peace dictated over Kyiv's head"}},
		{"en did not say gives nothing", "en", "Kremlin spokesman Dmitry Peskov did not say that a draft had reached Moscow.",
			nil},
		{"en not only is no negation", "en", "Kremlin spokesman Dmitry Peskov not only said that a draft had reached Moscow, he read from it.",
			[]string{"a draft had reached Moscow, he read from it"}},
		{"ru не только is no negation", "ru", "Пресс-секретарь Кремля Дмитрий Песков не только заявил, что проект получен, но и зачитал его.",
			[]string{"проект получен, но и зачитал его"}},
		{"en met is no speech", "en", "Finnish President Alexander Stubb met the negotiators in Helsinki on Friday.",
			nil},
		{"fr a remercié", "fr", "Le président finlandais Alexander Stubb a remercié les négociateurs pour leur travail.",
			[]string{"a remercié les négociateurs pour leur travail"}},
		{"fr n'a pas exclu", "fr", "Le président Emmanuel Macron n'a pas exclu une mission européenne sur le terrain.",
			[]string{"n'a pas exclu une mission européenne sur le terrain"}},
		{"fr a parlé d'", "fr", "Le président Emmanuel Macron a parlé d'une nuit de travail très utile.",
			[]string{"a parlé d'une nuit de travail très utile"}},
		{"fr a rencontré is no speech", "fr", "Le président Emmanuel Macron a rencontré les négociateurs à Helsinki.",
			nil},
		{"it ha ringraziato", "it", "La premier Giorgia Meloni ha ringraziato i negoziatori per il lavoro notturno.",
			[]string{"ha ringraziato i negoziatori per il lavoro notturno"}},
		{"it non ha escluso", "it", "La premier Giorgia Meloni non ha escluso una missione europea sul terreno.",
			[]string{"non ha escluso una missione europea sul terreno"}},
		{"it ha escluso che keeps the verb", "it", "La premier Giorgia Meloni ha escluso che soldati italiani partano per il fronte.",
			[]string{"ha escluso che soldati italiani partano per il fronte"}},
		{"es agradeció", "es", "El presidente del Gobierno Pedro Sánchez agradeció a los negociadores su trabajo nocturno.",
			[]string{"agradeció a los negociadores su trabajo nocturno"}},
		{"es no descartó", "es", "El presidente del Gobierno Pedro Sánchez no descartó una misión europea sobre el terreno.",
			[]string{"no descartó una misión europea sobre el terreno"}},
		{"es no dijo gives nothing", "es", "El presidente del Gobierno Pedro Sánchez no dijo que la misión fuera a empezar pronto.",
			nil},
		{"de dankte", "de", "Bundeskanzler Friedrich Merz dankte den Unterhändlern für die lange Nacht.",
			[]string{"dankte den Unterhändlern für die lange Nacht"}},
		{"de schloss nicht aus", "de", "Bundeskanzler Friedrich Merz schloss eine europäische Mission vor Ort nicht aus.",
			[]string{"schloss eine europäische Mission vor Ort nicht aus"}},
		{"de warnte vor", "de", "Bundeskanzler Friedrich Merz warnte vor einem Frieden über die Köpfe der Ukrainer hinweg.",
			[]string{"warnte vor einem Frieden über die Köpfe der Ukrainer hinweg"}},
		{"de perfect with the participle last", "de", "Bundeskanzler Friedrich Merz hat den Unterhändlern in Genf für die lange Nacht gedankt.",
			[]string{"hat den Unterhändlern in Genf für die lange Nacht gedankt"}},
		{"de perfect negated", "de", "Bundeskanzler Friedrich Merz hat eine europäische Mission vor Ort nicht ausgeschlossen.",
			[]string{"hat eine europäische Mission vor Ort nicht ausgeschlossen"}},
		{"de perfect of a visit is no speech", "de", "Bundeskanzler Friedrich Merz hat die Unterhändler in Genf besucht.",
			nil},
		{"de schloss without particle is no speech", "de", "Bundeskanzler Friedrich Merz schloss die Sitzung am späten Abend.",
			nil},
		{"ru поблагодарил", "ru", "Президент Финляндии Александр Стубб поблагодарил переговорщиков за работу.",
			[]string{"поблагодарил переговорщиков за работу"}},
		{"ru не исключил, что", "ru", "Пресс-секретарь Кремля Дмитрий Песков не исключил, что новая встреча пройдет в январе.",
			[]string{"не исключил, что новая встреча пройдет в январе"}},
		{"ru допустил, что", "ru", "Пресс-секретарь Кремля Дмитрий Песков допустил, что новая встреча пройдет в январе.",
			[]string{"допустил, что новая встреча пройдет в январе"}},
		{"ru не сказал gives nothing", "ru", "Пресс-секретарь Кремля Дмитрий Песков не сказал, что новая встреча пройдет в январе.",
			nil},
		{"uk подякувала", "uk", "Прем'єр-міністр України Юлія Свириденко подякувала партнерам за підтримку енергетики.",
			[]string{"подякувала партнерам за підтримку енергетики"}},
		{"uk не виключив", "uk", "Президент України Володимир Зеленський не виключив, що нова зустріч відбудеться в січні.",
			[]string{"не виключив, що нова зустріч відбудеться в січні"}},
		{"it say verb with an object keeps the verb", "it", "La premier Giorgia Meloni ha ribadito il no dell'Italia a una missione sul terreno.",
			[]string{"ha ribadito il no dell'Italia a una missione sul terreno"}},
		{"es say verb with an object keeps the verb", "es", "El presidente del Gobierno Pedro Sánchez destacó el tono constructivo de la reunión.",
			[]string{"destacó el tono constructivo de la reunión"}},
		{"uk say verb with an object keeps the verb", "uk", "Політолог Тарас Гнатюк вважає такий план нереальним без гарантій.",
			[]string{"вважає такий план нереальним без гарантій"}},
		{"en act verb after another verb", "en", "Finnish President Alexander Stubb signed the declaration and thanked the negotiators.",
			[]string{"thanked the negotiators"}},
		{"en a noun that is an act verb is no speech", "en", "Finnish President Alexander Stubb spoke first. Messages and calls are checked by the staff.",
			nil},
		{"es place phrase before the comma is no speaker", "es", "Desde Helsinki, el presidente Alexander Stubb firmó la declaración y agradeció a los negociadores su trabajo.",
			[]string{"agradeció a los negociadores su trabajo"}},
		{"uk зустрівся is no speech", "uk", "Президент України Володимир Зеленський зустрівся з переговорниками в Гельсінкі.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range statementsOf(t, "---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n") {
				got = append(got, s.Text)
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestOpeningCircumstance checks that a place phrase opening a sentence
// before its comma is not the speaker of a coordinated verb, in Spanish
// and English.
func TestOpeningCircumstance(t *testing.T) {
	for _, body := range []string{
		"---\nlang: es\n---\n\nDesde Helsinki, el presidente Alexander Stubb firmó la declaración y agradeció a los negociadores su trabajo.\n",
		"---\nlang: en\n---\n\nIn Helsinki, President Alexander Stubb signed the declaration and said the negotiators had done their work.\n",
	} {
		got := statementsOf(t, body)
		if len(got) != 1 || got[0].Speaker != "Alexander Stubb" {
			t.Errorf("%q: got %+v, want one statement of Alexander Stubb", body, got)
		}
	}
}
