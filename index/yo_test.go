package index

import "testing"

// TestRussianYo: Russian text writes ё or е for the same letter
// ("восьмёрка", "восьмерка"; "объём", "объем"); a question typed either way
// finds the report written the other way.
func TestRussianYo(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: ru\n---\n\nВ документе говорится о возвращении России в большую восьмёрку.\n\nОбъем помощи Киеву сократится, пишет газета.\n",
		"---\nlang: en\n---\n\nThe talks in Geneva lasted two days.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"большая восьмерка", "восьмёрку"},
		{"объём помощи", "Объем помощи"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
