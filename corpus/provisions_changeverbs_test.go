package corpus

import "testing"

// TestVersionChangeVerbs checks that a version's verb of change
// ("describes", "streicht", "заменяет", "sustituye") introduces that
// version's term as the verbs of provision do ("provides", "sieht vor"),
// in English, German, Russian and Spanish (proseVerbs in plans.json).
func TestVersionChangeVerbs(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# The guarantee\n\nThe European counter-proposal describes a US guarantee modelled on the Nato treaty's mutual defence clause.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "mutual defence clause"}}},
		{name: "german", doc: "# Die Garantie\n\nDer europäische Gegenvorschlag ersetzt die Gebühr durch eine Garantie nach dem Vorbild von Artikel 5 des Nato-Vertrags.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "Vorbild von Artikel 5"}}},
		{name: "russian", doc: "# Гарантии\n\nЕвропейский контрпроект заменяет потолок в 600 тысяч военных на 800 тысяч в мирное время.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800 тысяч в мирное время"}}},
		{name: "spanish", doc: "# La garantía\n\nLa contrapropuesta europea sustituye la tarifa por una garantía inspirada en el artículo 5 del tratado de la OTAN.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "inspirada en el artículo 5"}}},
	})
}
