package corpus

import (
	"strings"
	"testing"
)

// TestPlanTermsCatalogue loads the catalogue and checks every term names
// known versions, so a typing error in the data fails here.
func TestPlanTermsCatalogue(t *testing.T) {
	c, err := loadPlanTerms(planTermsJSON)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, p := range lexiconData().plans {
		known[p.Plan] = true
	}
	for _, term := range c.terms {
		if !known[term.Plan] {
			t.Errorf("term %s: unknown version %q", term.ID, term.Plan)
		}
		for _, p := range term.Plans {
			if !known[p] {
				t.Errorf("term %s: unknown version %q in plans", term.ID, p)
			}
		}
		for p := range term.Points {
			if !known[p] {
				t.Errorf("term %s: unknown version %q in points", term.ID, p)
			}
		}
		if !term.allows(term.Plan) {
			t.Errorf("term %s: its own version %q is not among its plans", term.ID, term.Plan)
		}
	}
}

// TestReadNumber reads a figure in the national formats news uses.
func TestReadNumber(t *testing.T) {
	c := planTermsData()
	tests := []struct {
		s    string
		want int64
	}{
		{"450,000 troops", 450000},
		{"450.000 Soldaten", 450000},
		{"450 000 soldats", 450000},
		{"450\u00a0000 hommes", 450000},
		{"450\u202f000 soldater", 450000},
		{"450 тисяч військових", 450000},
		{"450 mila uomini", 450000},
		{"450 tys. żołnierzy", 450000},
		{"450k troops", 450000},
		{"70bn in assets", 70000000000},
		{"70 miliardi di euro", 70000000000},
		{"70 млрд доларів", 70000000000},
		{"450, 800 and 900", 450},
		{"2025.", 2025},
	}
	for _, tt := range tests {
		if got, _ := c.readNumber(tt.s, 0); got != tt.want {
			t.Errorf("readNumber(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestMatchTerms checks that a signature needs all its groups: the figure
// and an army word, not the figure alone nor the topic alone.
func TestMatchTerms(t *testing.T) {
	c := planTermsData()
	ids := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, h := range c.matchTerms(&termScan{}, strings.ToLower(s)) {
			m[c.terms[h.term].ID] = true
		}
		return m
	}
	tests := []struct {
		s        string
		id       string
		want     bool
		whyShort string
	}{
		{"the army would shrink to 600,000", "army-600k", true, "figure and army word"},
		{"Die Truppe soll auf 600 000 Mann schrumpfen", "army-600k", true, "German, spaced figure"},
		{"l'organico scenderebbe a 600 mila effettivi", "army-600k", true, "Italian, mila"},
		{"600,000 people watched the parade", "army-600k", false, "figure without an army word"},
		{"the army cap is still being discussed", "army-600k", false, "topic without the figure"},
		{"Moscou retrouverait sa place au G8", "g8", true, "French, Moscow for Russia"},
		{"the G8 summit was held in Italy", "g8", false, "no Russia"},
		{"wybory w ciągu 100 dni", "elections-100-days", true, "Polish"},
		{"выборы через сто дней", "elections-100-days", true, "Russian, the number in words"},
		{"elections are due next year", "elections-100-days", false, "no hundred days"},
		{"der Friedensrat unter Vorsitz von Trump", "peace-council", true, "German compound"},
		{"Grain may cross the Black Sea freely", "black-sea-grain", true, "the verb of the term"},
		{"grain prices on the Black Sea rose", "black-sea-grain", false, "a market report"},
		{"the sanctions would be lifted in stages", "sanctions-in-stages", true, "English"},
		{"die Sanktionen würden schrittweise aufgehoben", "sanctions-in-stages", true, "German"},
		{"new sanctions were announced on Friday", "sanctions-in-stages", false, "sanctions without their lifting"},
		{"Россия не будет нападать на соседей", "no-invasion-of-neighbours", true, "Russian"},
		{"la Russie n'envahira pas ses voisins", "no-invasion-of-neighbours", true, "French"},
		{"the invasion began in 2022", "no-invasion-of-neighbours", false, "history, no neighbours"},
	}
	for _, tt := range tests {
		if got := ids(tt.s)[tt.id]; got != tt.want {
			t.Errorf("%s: matchTerms(%q)[%s] = %v, want %v", tt.whyShort, tt.s, tt.id, got, tt.want)
		}
	}
}

// TestTermProvisions checks that a term of the plan stated in prose, in
// any language, becomes a provision of the version the text speaks of, in
// the sentence's own words, and that a question, a passing mention, a
// dropped term and a speaker's view of an unnamed version do not.
func TestTermProvisions(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english, figure with a version named after", doc: "# Talks in Geneva\n\nDelegations met on Sunday to go through the drafts.\n\nKyiv wants a larger force than the 600,000 troops the US draft allowed.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600,000 troops"}}},
		{name: "german, version named in the sentence", doc: "# Verhandlungen in Genf\n\nDie Unterhändler trafen sich am Sonntag.\n\nIm europäischen Gegenvorschlag dürfte die Truppe 800 000 Mann zählen.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800 000 Mann"}}},
		{name: "italian, version above", doc: "# Il piano in 28 punti\n\nIl documento americano circola da giorni a Roma.\n\nMosca tornerebbe così nel G8, con le sanzioni sospese.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "Mosca tornerebbe così nel G8"}}},
		{name: "french, heading names the plan", doc: "# Ce que contient le plan américain\n\nLes négociateurs ont travaillé toute la nuit.\n\nLes Ukrainiens voteraient dans un délai de 100 jours après la signature.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "voteraient dans un délai de 100 jours"}}},
		{name: "ukrainian, amnesty", doc: "# Мирний план\n\nПереговорники зібралися в неділю.\n\nУсім сторонам війни обіцяли повну амністію.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "повну амністію"}}},
		{name: "swedish, guarantees", doc: "# Fredsplanen\n\nFörhandlarna möttes i söndags.\n\nKyiv skulle få tillförlitliga säkerhetsgarantier av Washington.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 5, Text: "tillförlitliga säkerhetsgarantier"}}},
		{name: "polish, talks from the line", doc: "# Europejska kontrpropozycja\n\nDyplomaci spotkali się w niedzielę.\n\nRozmowy o ziemi mają ruszyć od linii kontaktu, a nie od żądań Moskwy.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 21, Text: "od linii kontaktu"}}},
		{name: "both texts: the term's own version", doc: "# Two drafts compared\n\nThe European counter-proposal answers the US draft point by point.\n\nBoth texts foresee an all-for-all swap of captives.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 24, Text: "all-for-all swap"}}},
		{name: "a question gives no term", doc: "# The US draft\n\nReporters pressed the envoy.\n\nWill the army really be held to 600,000 soldiers?\n",
			not: []string{"600,000"}},
		{name: "a passing mention gives no term", doc: "# The US draft\n\nReporters pressed the envoy.\n\nTalks on the army cap continue this week.\n",
			not: []string{"army cap"}},
		{name: "a speaker's view of the topic gives no term", doc: "# Der US-Plan\n\nDie Unterhändler trafen sich.\n\nNach Ansicht von Vera Holm ist die Frage der Amnestie schwer zu vermitteln, sagte sie.\n",
			not: []string{"Amnestie"}},
		{name: "a speaker's view of a figure gives no term", doc: "# Il piano americano\n\nI negoziatori si sono visti.\n\nSecondo Paolo Venti un esercito di 600 mila uomini basta appena.\n",
			not: []string{"600 mila"}},
		{name: "a dropped term gives no term", doc: "# The revised plan\n\nNegotiators met in Geneva.\n\nThe 100-day window for elections no longer appears in the new text.\n",
			not: []string{"100-day"}},
		{name: "a feeling about a term, then the term", doc: "# The US draft\n\nEnvoys met on Sunday.\n\nFarmers are unhappy about the grain route, the Black Sea corridor used freely.\n\nIn this version Kyiv ships its grain over the Black Sea freely.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 23, Text: "ships its grain over the Black Sea freely"}},
			not:  []string{"unhappy"}},
		{name: "a feeling about a term, russian", doc: "# Мирный план\n\nДелегации встретились.\n\nВ Варшаве обеспокоены истребителями в Польше.\n",
			not: []string{"обеспокоены"}},
		{name: "a drop word after the term, german", doc: "# Der US-Plan\n\nDie Unterhändler trafen sich.\n\nDie Obergrenze von 600.000 Soldaten wurde im neuen Text gestrichen.\n",
			not: []string{"600.000"}},
		{name: "a without-word after the term keeps it, english", doc: "# The US draft\n\nEnvoys met on Sunday.\n\nKyiv would receive reliable security guarantees, without a word on who would provide them.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 5, Text: "reliable security guarantees"}}},
		{name: "a without-word before the term drops it, italian", doc: "# La controproposta europea\n\nI diplomatici si sono visti.\n\nLe urne si apriranno dopo la firma, senza il limite dei 100 giorni per le elezioni.\n",
			not: []string{"100 giorni"}},
		{name: "a figure answers the sentence before, english", doc: "# The US draft\n\nEnvoys met on Sunday.\n\nThe cap on Ukraine's army was the sticking point. The first text set it at 600,000.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "The first text set it at 600,000"}}},
		{name: "a figure answers the sentence before, ukrainian", doc: "# Мирний план\n\nДелегації зустрілися в неділю.\n\nНайбільше сперечалися про чисельність армії. Європейська контрпропозиція називає 800 тисяч.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "називає 800 тисяч"}}},
		{name: "a figure the sentence before already gave", doc: "# The US draft\n\nEnvoys met on Sunday.\n\nThe army would be capped at 600,000. Officials repeated 600,000 twice.\n",
			not: []string{"Officials repeated"}},
		{name: "no plan in view", doc: "# Weather\n\nIt rained all week in the capital.\n\nAbout 600,000 soldiers' families got heating vouchers.\n",
			not: []string{"600,000"}},
	})
}

// TestPointGiven checks that a sentence on the same topic right after a
// point another rule gave goes on with that point, and one on another
// topic does not.
func TestPointGiven(t *testing.T) {
	have := []Provision{{Position: 3, Number: 14, Text: "Le truppe restano dove sono lungo il fronte", Topics: tagTopics("Le truppe restano dove sono lungo il fronte, territorio")}}
	tests := []struct {
		prev, s string
		want    bool
	}{
		{"Al punto 14 le truppe restano dove sono lungo il fronte.", "Il territorio a est diventa una zona smilitarizzata.", true},
		{"Al punto 14 le truppe restano dove sono lungo il fronte.", "Infine, le elezioni si terranno entro cento giorni.", false},
		{"Il vertice è durato due ore.", "Il territorio a est diventa una zona smilitarizzata.", false},
	}
	for _, tt := range tests {
		if got := pointGiven(have, 3, tt.prev, tt.s); got != tt.want {
			t.Errorf("pointGiven(%q, %q) = %v, want %v", tt.prev, tt.s, got, tt.want)
		}
	}
}

// TestSpeaksOfPlan checks the plan words of the catalogue are read as
// words, not as the start of any word: "planned", "according" and
// "pointed" speak of no plan.
func TestSpeaksOfPlan(t *testing.T) {
	c := planTermsData()
	tests := []struct {
		s    string
		want bool
	}{
		{"Planen har tagits fram i Washington.", true},
		{"Návrh počítá s armádou.", true},
		{"У документі йдеться про армію.", true},
		{"The meeting was planned for Monday.", false},
		{"According to the weather service, it will rain.", false},
		{"She pointed to the map.", false},
		{"Il vertice è previsto a Roma.", false},
	}
	for _, tt := range tests {
		if got := c.speaksOfPlan(tt.s); got != tt.want {
			t.Errorf("speaksOfPlan(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
