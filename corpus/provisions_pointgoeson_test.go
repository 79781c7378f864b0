package corpus

import (
	"strings"
	"testing"
)

// TestPointGoesOn checks that a sentence stating a term the catalogue
// numbers at the point just given goes on with that point, whatever its
// mood or tense, in three languages.
func TestPointGoesOn(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "portuguese", doc: "# O plano americano\n\nO plano de 28 pontos foi divulgado esta semana.\n\nO ponto 21 determina que a Crimeia será reconhecida como russa. Em Kherson, a linha da frente seria congelada onde hoje se encontra.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "a linha da frente seria congelada"}}},
		{name: "english present", doc: "# The US plan\n\nThe 28-point plan was handed to Kyiv this week.\n\nPoint 21 recognises Crimea as Russian de facto. The front line in Zaporizhzhia stays frozen where it runs today.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "The front line in Zaporizhzhia stays frozen"}}},
		{name: "russian present", doc: "# План США\n\nПлан из 28 пунктов передали Киеву на этой неделе.\n\nПункт 21 признаёт Крым российским де-факто. Линия соприкосновения в Запорожской области замораживается.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Линия соприкосновения в Запорожской области"}}},
	})
}

// TestPointGoesOnOnlyAtItsNumber checks that a sentence whose term the
// catalogue numbers elsewhere (elections are point 25) is not added to the
// point before it.
func TestPointGoesOnOnlyAtItsNumber(t *testing.T) {
	doc := "# The US plan\n\nThe 28-point plan was handed to Kyiv this week.\n\nPoint 21 recognises Crimea as Russian de facto. Ukraine holds elections within 100 days of the signing.\n"
	d, err := Parse([]byte(doc), ParseOptions{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Provisions {
		if p.Number == 21 && strings.Contains(p.Text, "elections") {
			t.Errorf("point 21 took the elections sentence: %+v", p)
		}
	}
}

// TestOrdinalPointOnTopic checks that a point named by its ordinal as the
// subject of a verb saying what it is about ("concerns", "dotyczy",
// "riguarda") hands its number to the next sentence, which sets it out.
func TestOrdinalPointOnTopic(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# The US plan\n\nThe 28-point plan was handed to Kyiv this week.\n\nThe twenty-first point concerns territory. Ukraine would keep every port on the Black Sea coast.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Ukraine would keep every port"}}},
		{name: "polish", doc: "# Plan amerykański\n\nPlan z 28 punktów trafił w tym tygodniu do Kijowa.\n\nDwudziesty pierwszy punkt dotyczy ziemi. Ukraina zachowałaby wszystkie porty nad Morzem Czarnym.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Ukraina zachowałaby wszystkie porty"}}},
		{name: "italian", doc: "# Il piano americano\n\nIl piano in 28 punti è arrivato a Kiev questa settimana.\n\nIl ventunesimo punto riguarda i territori. L'Ucraina manterrebbe tutti i porti sul Mar Nero.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "manterrebbe tutti i porti"}}},
	})
}

// TestPlanNamedByPointCountInAnyCase checks that the US draft named by its
// count of points is read in the case forms of the Slavic languages ("o 28
// bodech", "в 28 пунктах", "z 28 punktami"), not only in the genitive.
func TestPlanNamedByPointCountInAnyCase(t *testing.T) {
	for _, s := range []string{
		"Návrh o 28 bodech předala americká strana ve čtvrtek.",
		"Návrh s 28 bodmi koluje od piatku.",
		"В 28 пунктах нет ни слова о репарациях.",
		"Dokument z 28 punktami trafił do Kijowa.",
	} {
		if got := versionIn(s); got != "US 28-point draft" {
			t.Errorf("versionIn(%q) = %q, want the US draft", s, got)
		}
	}
}
