package index

import "testing"

// TestNamedLanguageFirst: a query that names a language ("german text",
// "version française", "polish poll") answers first with the text in that
// language, although an English text holds the same words as typed; a name
// of a party's language ("russian assets") names the language only next to
// a word for a text, so the English text still answers it.
func TestNamedLanguageFirst(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: de\n---\n\nDie eingefrorenen russischen Vermögenswerte sollen nach dem Entwurf in den Wiederaufbau fließen.\n",
		"---\nlang: fr\n---\n\nSelon le projet, les avoirs russes gelés financeraient la reconstruction.\n",
		"---\nlang: pl\n---\n\nSondaż: większość Polaków uważa, że plan pokojowy sprzyja Rosji.\n",
		"---\nlang: ru\n---\n\nЗамороженные российские активы пойдут на восстановление, говорится в проекте.\n",
		"---\nlang: en\n---\n\nUnder the draft, frozen Russian assets would pay for reconstruction.\n\nA poll found most respondents think the peace plan favours Russia.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"frozen assets german text", "eingefrorenen"},
		{"frozen russian assets in german", "eingefrorenen"},
		{"frozen assets french", "gelés"},
		{"avoirs gelés version française", "gelés"},
		{"peace plan poll polish", "Sondaż"},
		{"frozen assets russian media", "Замороженные"},
		{"frozen russian assets reconstruction", "would pay"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
