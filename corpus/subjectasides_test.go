package corpus

import (
	"strings"
	"testing"
)

// TestTimeAndPlaceAroundSpeaker: time and place phrases between a speaker
// and the speech verb, with an auxiliary after them or set off by commas,
// leave the speaker and what was said as they are without them, in the
// languages that put them there; the place is never the speaker.
func TestTimeAndPlaceAroundSpeaker(t *testing.T) {
	tests := []struct {
		lang, sentence, speaker, text string
	}{
		{"it", "Zelensky ieri da Dublino ha detto che tutto dipende da Washington.", "Volodymyr Zelensky", "tutto dipende da Washington"},
		{"it", "Il presidente Sergio Mattarella oggi a Roma ha detto che la pace è lontana.", "Sergio Mattarella", "la pace è lontana"},
		{"it", "Putin, prima dell'incontro, al forum VTB ha detto che la Russia non intende combattere l'Europa.", "Vladimir Putin", "la Russia non intende combattere l'Europa"},
		{"fr", "Zelensky hier à Dublin a déclaré que tout dépend de Washington.", "Volodymyr Zelensky", "tout dépend de Washington"},
		{"fr", "Emmanuel Macron, lundi à Paris, a affirmé que la coalition était prête.", "Emmanuel Macron", "la coalition était prête"},
		{"uk", "Зеленський учора в Дубліні заявив, що все залежить від Вашингтона.", "Volodymyr Zelensky", "все залежить від Вашингтона"},
		{"de", "Merz sagte am Montag in Berlin, Europa sei bereit.", "Friedrich Merz", "Europa sei bereit"},
		{"es", "Zelensky en Dublín dijo que todo depende de Washington.", "Volodymyr Zelensky", "todo depende de Washington"},
		{"pt", "Zelensky ontem em Dublin disse que tudo depende de Washington.", "Volodymyr Zelensky", "tudo depende de Washington"},
	}
	for _, tc := range tests {
		checkOneStatement(t, tc.lang, tc.sentence, tc.speaker, tc.text)
	}
}

// TestPlaceWordsStayOutsideOtherLanguages: the prepositions read as
// opening a place only in their own language ("a", "no", "en") do not cut
// an English article, a Spanish negation or a French title from a
// sentence.
func TestPlaceWordsStayOutsideOtherLanguages(t *testing.T) {
	tests := []struct {
		lang, sentence, speaker, text string
	}{
		{"en", "\"We came so that Europeans are not reading about it in the newspapers,\" said a European diplomat.", "unnamed source", "We came so that Europeans are not reading about it in the newspapers"},
		{"es", "La Comisión Europea no ha comentado el contenido. Pedro Sánchez dijo que España apoya a Kiev.", "Pedro Sánchez", "España apoya a Kiev"},
	}
	for _, tc := range tests {
		checkOneStatement(t, tc.lang, tc.sentence, tc.speaker, tc.text)
	}
}

// checkOneStatement parses sentence as a document in lang and checks that
// it gives one statement, of speaker, saying text.
func checkOneStatement(t *testing.T, lang, sentence, speaker, text string) {
	t.Helper()
	doc := "---\ntitle: T\nlang: " + lang + "\npublished: 2025-12-03\n---\n\n" + sentence + "\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "aside.md"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements) != 1 || d.Statements[0].Speaker != speaker || strings.TrimRight(d.Statements[0].Text, ".") != text {
		var got []string
		for _, s := range d.Statements {
			got = append(got, s.Speaker+": "+s.Text)
		}
		t.Errorf("%s: %q\n got %q\nwant %s: %s", lang, sentence, got, speaker, text)
	}
}
