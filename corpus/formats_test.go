package corpus

import "testing"

// fdoc is a document in lang with body as its text.
func fdoc(lang, body string) string {
	return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
}

// TestSynonymOffice checks another word for a head of state with a
// nationality ("el mandatario ucraniano") after the president was named
// without a title: the office's holder (synonymoffice.go).
func TestSynonymOffice(t *testing.T) {
	checkRoles(t, []roleCase{
		{"es mandatario", fdoc("es", "Zelenski dijo en Kiev que la reunión fue útil. El mandatario ucraniano agregó que habrá otra ronda en febrero."), "Zelensky", "mandatario ucraniano", "habrá otra ronda en febrero"},
		{"pt mandatário", fdoc("pt", "Macron disse em Paris que a reunião foi útil. O mandatário francês afirmou que a coalizão está pronta para agir."), "Macron", "mandatário francês", "a coalizão está pronta para agir"},
		{"es another president titled before", fdoc("es", "El presidente estadounidense Donald Trump habló primero. Zelenski, a su vez, dijo que la reunión fue útil. «Habrá otra ronda en febrero», aseguró el mandatario ucraniano a la prensa."), "Zelensky", "mandatario ucraniano", "Habrá otra ronda en febrero"},
		{"it capo dello stato", fdoc("it", "Zelensky ha parlato a Kiev. Il capo dello stato ucraino ha aggiunto che la prossima settimana ci sarà un altro incontro."), "Zelensky", "capo dello stato ucraino", "la prossima settimana ci sarà un altro incontro"},
	})
}

// TestInvertedTitleNationality checks an inverted speaker whose title
// holds a nationality, before or after its noun: the adjective is part of
// the title, so the title names the right person (synonymoffice.go).
func TestInvertedTitleNationality(t *testing.T) {
	checkRoles(t, []roleCase{
		{"pl adjective before the noun", fdoc("pl", "**Niemcy | Johann Wadephul**\n\n„Rozmowy muszą trwać, nawet jeśli są trudne” – mówił niemiecki minister na konferencji."), "Wadephul", "minister", "Rozmowy muszą trwać"},
		{"es inverted synonym", fdoc("es", "El presidente estadounidense Donald Trump habló primero. Zelenski, a su vez, dijo que la reunión fue útil. «No cederemos territorio», subrayó el mandatario ucraniano ante la prensa."), "Zelensky", "mandatario ucraniano", "No cederemos territorio"},
		{"it inverted president", fdoc("it", "Il presidente americano Donald Trump ha parlato per primo. Zelensky ha detto che l'incontro è stato utile. «Non cederemo territorio», ha sottolineato il presidente ucraino a Kiev."), "Zelensky", "presidente ucraino", "Non cederemo territorio"},
	})
}

