package corpus

import "testing"

// TestPastTenseDocumentVerbs checks that a version's verb in the past
// tense sets out its terms as the present does ("La contrapropuesta
// europea elevó el límite …", "A contraproposta europeia substituiu …"),
// in Spanish, Portuguese, Russian, Ukrainian and Polish, and that the
// same verbs with a person or an event as subject give no provision.
func TestPastTenseDocumentVerbs(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "spanish preterite, coordinated", doc: "# Argumentario\n\nLa contrapropuesta europea elevó el límite a 800.000 y suprimió la amnistía.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "elevó el límite a 800.000 y suprimió la amnistía"}}},
		{name: "spanish imperfect", doc: "# Alertas\n\nLa contrapropuesta europea elevaba el límite del ejército a 800.000 en tiempo de paz.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "elevaba el límite del ejército a 800.000"}}},
		{name: "portuguese preterite", doc: "# Parecer\n\nA contraproposta europeia substituiu o reconhecimento territorial por negociações a partir da linha de contacto e eliminou a amnistia geral.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "substituiu o reconhecimento territorial por negociações a partir da linha de contacto"}}},
		{name: "russian imperfective past", doc: "# Справка\n\nЕвропейский проект повышал предельную численность армии до 800 тысяч в мирное время.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "повышал предельную численность армии до 800 тысяч"}}},
		{name: "ukrainian imperfective past", doc: "# Довідка\n\nЄвропейська контрпропозиція підвищувала граничну чисельність армії до 800 тисяч у мирний час.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "підвищувала граничну чисельність армії до 800 тисяч"}}},
		{name: "polish imperfective past", doc: "# Przegląd\n\nEuropejska kontrpropozycja podnosiła limit armii ukraińskiej do 800 tys. żołnierzy w czasie pokoju.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "podnosiła limit armii ukraińskiej do 800 tys."}}},
		{name: "a minister's preterite stays", doc: "# Crónica\n\nEl ministro elevó el tono y suprimió la rueda de prensa sobre el plan de paz.\n",
			not: []string{"elevó el tono"}},
		{name: "a portuguese minister's preterite stays", doc: "# Crónica\n\nA ministra eliminou a reunião sobre o plano de paz da agenda e substituiu o porta-voz.\n",
			not: []string{"eliminou a reunião"}},
	})
}

// TestNamedVersionSays checks that "in the European version it is said
// that …" gives a term of that version, as "in the document it is said
// that …" does, in Ukrainian, Russian and Italian, and that a version
// with no plan's name beside it ("the Kremlin's version", "Moscow's
// version") is somebody's account and gives none.
func TestNamedVersionSays(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "ukrainian with filler", doc: "# Вісник громади\n\nУ європейській версії також сказано, що Україна отримує назад контроль над Запорізькою АЕС і Каховською дамбою.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "Україна отримує назад контроль над Запорізькою АЕС"}}},
		{name: "russian", doc: "# Справка\n\nВ европейской версии говорится, что санкции против России могут сниматься поэтапно.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "санкции против России могут сниматься поэтапно"}}},
		{name: "italian adjective after the noun", doc: "# Flash\n\nNella versione europea si precisa che le sanzioni contro la Russia saranno revocate gradualmente.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "le sanzioni contro la Russia saranno revocate gradualmente"}}},
		{name: "moscow's version stays", doc: "# Flash\n\nNella versione di Mosca si legge che le sanzioni contro la Russia sono illegali.\n",
			not: []string{"sono illegali"}},
		{name: "the kremlin's version stays", doc: "# Справка\n\nВ версии Кремля говорится, что санкции против России незаконны.\n",
			not: []string{"незаконны"}},
	})
}
