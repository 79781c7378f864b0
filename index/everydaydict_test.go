package index

import "testing"

// TestEverydayDict: an English question on a German, Italian, French,
// Spanish, Polish, Russian or Ukrainian report finds it only when the
// everyday word it turns on is in the general dictionary
// (translations-everyday-dict.txt, stop 70): a winery's "Flaschen"
// (bottles), a ferry's "traghetto", "réservations" (bookings) in a resort,
// a "паром" (ferry) whose "пасажири" (passengers) wait, a "курорт"
// (resort), a "winnica" (vineyard), "pescadores" (fishermen) at a "muelle"
// (quay). Each report is named by a town an English text names too, so it
// ranks first only when the word in question matches; everyday questions
// that share one of the words but no town answer nothing. The documents
// are invented.
func TestEverydayDict(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: de\n---\n\nIn Rostock fehlen dem Weingut die Flaschen.\n",
		"---\nlang: it\n---\n\nA Bari il traghetto resta in porto.\n",
		"---\nlang: fr\n---\n\nÀ Lyon les réservations ont baissé cet hiver.\n",
		"---\nlang: uk\n---\n\nУ Полтаві пасажири чекають на паром.\n",
		"---\nlang: ru\n---\n\nВ Казани курорт закрыли до весны.\n",
		"---\nlang: pl\n---\n\nW Lublinie winnice zatrudniają pracowników, a winnica Nowak kupiła beczki.\n",
		"---\nlang: es\n---\n\nEn Vigo los pescadores esperan en el muelle.\n",
		"---\nlang: en\n---\n\nReporters from Rostock, Bari, Lyon, Poltava, Kazan, Lublin and Vigo met at a conference.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"rostock bottles", "Flaschen"},
		{"bari ferry", "traghetto"},
		{"lyon bookings", "réservations"},
		{"poltava passengers", "пасажири"},
		{"kazan resort", "курорт"},
		{"lublin vineyards", "winnica"},
		{"vigo fishermen pier", "pescadores"},
		{"wine bottle opener", ""},
		{"ferry timetable to dover", ""},
		{"cheap ski resort deals", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
