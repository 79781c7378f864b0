package corpus

import "testing"

// TestInterruptedQuote: an attribution between two dashes inside a
// quotation gives both sides to the speaker it names, not to whoever
// spoke before (Italian, Spanish, Polish).
func TestInterruptedQuote(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"it dice X, role", doc("it", "La portavoce Oksana Lytvyn parla per prima. «Abbiamo letto il piano con paura», racconta Lytvyn.\n\n«Per noi la pace è un'occasione – dice Marta Bellini, presidente degli artigiani – altrimenti resta un cantiere».\n"), "Marta Bellini", "altrimenti resta un cantiere"},
		{"it ha aggiunto title X", doc("it", "La portavoce Oksana Lytvyn parla per prima. «Abbiamo letto il piano con paura», racconta Lytvyn.\n\n«Il piano è fragile – ha aggiunto il sindaco Luca Ferri – ma è un inizio».\n"), "Luca Ferri", "Il piano è fragile"},
		{"es dijo em dashes", doc("es", "La portavoz Ana Ruiz habló primero. «Hemos leído el plan», dijo Ruiz.\n\n«El plan es frágil —dijo el alcalde Luis Ferrer—, pero es un comienzo».\n"), "Luis Ferrer", "pero es un comienzo"},
		{"pl powiedział", doc("pl", "Rzeczniczka Anna Nowak mówiła pierwsza. „Czytaliśmy plan z obawą” – przyznała Nowak.\n\n„Ten plan jest kruchy – powiedział wiceminister Jan Wróbel – ale to dopiero początek”.\n"), "Jan Wróbel", "ale to dopiero początek"},
	})
}
