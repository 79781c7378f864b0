package corpus

import "testing"

// ownRulesBattery probes the stop 56 (xprov3) owners: an organisation's
// own rules and agreements (articles, constitution, collective agreement,
// statutes) cited by number beside the plan in union circulars, charity
// reports and works-council sheets (zu01, zu04) are no plan points, while
// a point of the plan named with a possessive ("our draft", "their
// version") still is.
var ownRulesBattery = []stop49Case{
	{name: "en clause of our national agreement", title: "Branch circular: the peace plan and our members",
		body: "The European counter-proposal would raise the ceiling on Ukraine's forces to 800,000 in peacetime.\n\nClause 4 of our national agreement covers shift allowances and is unchanged this year.\n",
		want: []Provision{{Plan: vEU, Text: "800,000"}},
		none: []string{"shift allowances"}},
	{name: "en clause of its articles", title: "Trustees' report: the 28-point plan",
		body: "The US draft would cap Ukraine's army at 600,000 (point 6).\n\nThe Trust's objects, as set out in clause 3 of its articles, are the relief of need among children.\n",
		want: []Provision{{Plan: vUS, Number: 6, Text: "600,000"}},
		none: []string{"relief of need"}},
	{name: "en clause of the memorandum", title: "Trustees' report: the 28-point plan",
		body: "The US draft would cap Ukraine's army at 600,000 (point 6).\n\nSubject to clause 5 of the memorandum, no trustee may be paid for their work.\n",
		none: []string{"no trustee"}},
	{name: "de punkt der satzung", title: "Vereinsinfo: der 20-Punkte-Plan",
		body: "Punkt 4 des 20-Punkte-Plans sieht eine Armee von 800.000 Soldaten vor.\n\nPunkt 3 unserer Satzung regelt die Beiträge; er bleibt unverändert.\n",
		want: []Provision{{Plan: v20, Number: 4, Text: "800.000"}},
		none: []string{"beiträge"}},
	{name: "it punto dello statuto", title: "Notiziario: il piano in 20 punti",
		body: "Il punto 4 del piano in 20 punti fissa l'esercito ucraino a 800.000 uomini.\n\nIl punto 2 del nostro statuto prevede l'assemblea annuale dei soci.\n",
		want: []Provision{{Plan: v20, Number: 4, Text: "800.000"}},
		none: []string{"assemblea annuale"}},
	{name: "ru пункт устава", title: "Бюллетень: мирный план из 20 пунктов",
		body: "Пункт 4 плана из 20 пунктов сохраняет армию Украины в 800 тысяч.\n\nПункт 5 устава нашей организации предусматривает ежегодное собрание членов.\n",
		none: []string{"ежегодное собрание"}},
	// Negatives: a possessive before the plan's own documents keeps the point.
	{name: "en point of their draft stays", title: "Europe's reply to the 28-point plan",
		body: "The European counter-proposal went to Washington on Sunday. Point 6 of their draft would raise the ceiling on Ukraine's army to 800,000.\n",
		want: []Provision{{Plan: vEU, Number: 6, Text: "800,000"}}},
	{name: "es punto de nuestro borrador stays", title: "La contrapropuesta europea",
		body: "La contrapropuesta europea llegó a Washington el domingo. Según el punto 6 de su borrador, el ejército ucraniano podría llegar a 800.000 efectivos.\n",
		want: []Provision{{Plan: vEU, Number: 6, Text: "800.000"}}},
}

// TestOwnRulesBattery runs the stop 56 (xprov3) probes of an
// organisation's own rules cited beside the plan.
func TestOwnRulesBattery(t *testing.T) {
	for _, c := range ownRulesBattery {
		t.Run(c.name, func(t *testing.T) { checkProvisionCase(t, c) })
	}
}
