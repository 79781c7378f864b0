package corpus

import "testing"

// TestPostedThat checks the verbs of publishing a post: with a that-clause
// after them, within a network or time phrase, they report what was
// posted ("tuiteó en X que …", "tweeted on Sunday that …", "twitterte am
// Abend, dass …"); with an object and no clause they report nothing.
func TestPostedThat(t *testing.T) {
	es := "---\ntitle: t\nlang: es\n---\n\n"
	de := "---\ntitle: t\nlang: de\n---\n\n"
	checkStatements(t, []statementCase{
		{"es tuiteó en X que", es + "La ministra Inés Carvajal tuiteó en X que la frontera seguirá abierta todo el invierno.", "Inés Carvajal", "la frontera seguirá abierta todo el invierno"},
		{"es publicó que", es + "El senador Álvaro Pineda publicó en Telegram que el acuerdo llegará antes de Navidad.", "Álvaro Pineda", "el acuerdo llegará antes de Navidad"},
		{"en tweeted that", "Senator Grace Holloway tweeted on Sunday that the aid package would pass this week.", "Grace Holloway", "the aid package would pass this week"},
		{"de twitterte, dass", de + "Die Abgeordnete Petra Lindner twitterte am Abend, dass die Abstimmung verschoben werde.", "Petra Lindner", "die Abstimmung verschoben werde"},
	})
	for _, body := range []string{
		es + "El ministro Álvaro Pineda publicó un informe sobre la situación en la frontera.",
		"Senator Grace Holloway tweeted a photo of the convoy from the border crossing.",
	} {
		for _, s := range statementsOf(t, body) {
			t.Errorf("statement %q by %q: a post with no clause says nothing", s.Text, s.Speaker)
		}
	}
}
