package corpus

import "testing"

// TestOrdinalLabelBullets checks that a bullet labelled with a point's
// ordinal in words and a dash or colon is that point, with the label
// dropped, in Polish, Bulgarian and Ukrainian.
func TestOrdinalLabelBullets(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "polish point word first", doc: "# Amerykański plan pokojowy\n\nNajważniejsze zapisy amerykańskiego planu:\n\n- punkt drugi — Rosja, Ukraina i Europa zawierają pakt o nieagresji;\n- punkt ósmy — NATO nie rozmieszcza wojsk na Ukrainie;\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 2, Text: "pakt o nieagresji"}, {Plan: "US 28-point draft", Number: 8, Text: "NATO nie rozmieszcza"}},
			not:  []string{"punkt drugi"}},
		{name: "bulgarian ordinal first", doc: "# Американският план от 28 точки\n\nОсновните точки на американския план:\n\n- Втора точка: Русия, Украйна и Европа сключват пакт за ненападение.\n- Двадесет и осма точка: примирието влиза в сила веднага след съгласието.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 2, Text: "пакт за ненападение"}, {Plan: "US 28-point draft", Number: 28, Text: "примирието влиза"}}},
		{name: "ukrainian tens", doc: "# Американський план з 28 пунктів\n\nГоловне з американського плану:\n\n- Двадцять шостий пункт — повна амністія для всіх учасників війни.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "повна амністія"}}},
	})
}

// TestOrdinalLabel checks the reading of the label itself.
func TestOrdinalLabel(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		rest string
	}{
		{"punkt trzeci — Rosja nie napadnie na sąsiadów", 3, "Rosja nie napadnie na sąsiadów"},
		{"Девета точка: европейски изтребители в Полша", 9, "европейски изтребители в Полша"},
		{"Двадесет и пета точка: избори след 100 дни", 25, "избори след 100 дни"},
		{"punkt trzeci jest ciekawy", 0, ""},
		{"Trzeci punkt", 0, ""},
	}
	for _, tt := range tests {
		n, rest, _ := ordinalLabel(tt.in)
		if n != tt.n || rest != tt.rest {
			t.Errorf("ordinalLabel(%q) = %d %q, want %d %q", tt.in, n, rest, tt.n, tt.rest)
		}
	}
}

// TestMovedPointGivesNoOther checks that a point the context labelled with
// one version and its terms move to another does not stand for the first
// version's point of that number: the counter-proposal's answer after it
// is still given, in Bulgarian and English.
func TestMovedPointGivesNoOther(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "bulgarian", doc: "# Тест за мирния план\n\nПроектът има 28 точки.\n\nСпоред шеста точка армията на Украйна се ограничава до 600 000 души. В европейското контрапредложение таванът е 800 000 в мирно време.\n\nДвадесет и пета точка: Украйна провежда избори след 100 дни. Европейците предлагат избори възможно най-скоро след подписването на мирното споразумение.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "избори след 100 дни"}, {Plan: "European counter-proposal", Number: 25, Text: "възможно най-скоро"}}},
		{name: "polish", doc: "# Quiz o planie pokojowym\n\nProjekt ma 28 punktów.\n\nWedług punktu szóstego armia Ukrainy jest ograniczona do 600 tysięcy żołnierzy. W europejskiej kontrpropozycji pułap wynosi 800 tysięcy w czasie pokoju.\n\nPunkt dwudziesty piąty: Ukraina przeprowadzi wybory w ciągu 100 dni. Europejczycy proponują wybory jak najszybciej po podpisaniu porozumienia pokojowego.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "w ciągu 100 dni"}, {Plan: "European counter-proposal", Number: 25, Text: "jak najszybciej"}}},
	})
}
