package perf

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The synthetic corpus is written as news reports: a front matter header,
// an introduction, the plan's points as a numbered list and reported or
// quoted statements, so that corpus.Parse extracts the items the way it
// does from real articles. The vocabulary is the plan's subject matter in
// invented combinations; the names are invented.
var (
	genSubjects = []string{"Ukraine", "Russia", "The United States", "NATO", "European states", "A joint commission",
		"The Kremlin", "Kyiv", "Moscow", "Washington", "The security council", "An international monitoring mission",
		"Both parties", "The guarantor states", "The European Union", "A trilateral working group", "Turkey",
		"The Ukrainian parliament", "Russian forces", "A UN-mandated panel", "Poland and the Baltic states", "Qatar"}
	genVerbs = []string{"would agree to", "would be required to", "would refuse to", "would consider", "would be allowed to",
		"would commit to", "would reject", "would negotiate", "would oversee", "would guarantee", "would postpone",
		"would accept", "would phase in", "would review", "shall", "must", "may decide to", "is expected to"}
	genObjects = []string{"reduce its armed forces to 600,000 personnel", "halt further NATO expansion",
		"exchange all prisoners of war", "release civilian detainees", "freeze the frontline in Kherson and Zaporizhzhia",
		"recognise control over Crimea", "withdraw troops from parts of Donetsk", "lift sanctions in stages",
		"invest frozen assets in a reconstruction fund", "hold elections within 100 days", "grant a full amnesty",
		"restart the Zaporizhzhia nuclear power plant", "return to the G8", "provide security guarantees",
		"demilitarise a buffer zone in the Donbas", "protect the Russian language and the church",
		"cap long-range missiles", "reopen grain corridors in the Black Sea", "monitor the ceasefire line",
		"create a humanitarian committee", "return deported children", "restore energy infrastructure",
		"limit foreign troops on Ukrainian territory", "share electricity from the plant", "fund rebuilding of Kharkiv",
		"set up a peace council chaired by the president", "keep the Dnipro river open to shipping",
		"clear landmines from farmland", "reunite families separated by the war", "open talks on a new arms control treaty",
		"compensate owners of destroyed housing", "allow journalists into occupied areas", "end strikes on power stations",
		"station peacekeepers along the line of contact", "pay for the repair of dams and bridges",
		"restore rail links to Odesa", "ban recruitment of foreign fighters", "publish lists of missing persons"}
	genQualifiers = []string{"within 30 days", "under international supervision", "after a referendum",
		"subject to parliamentary approval", "once a ceasefire holds", "in consultation with European allies",
		"with verification by the IAEA", "as part of the final settlement", "without preconditions",
		"in exchange for security guarantees", "by the end of the year", "if talks in Geneva succeed",
		"before winter", "with funding from the World Bank", "on a reciprocal basis", "for a period of ten years"}
	genFirst = []string{"Anna", "Marek", "Sofia", "Jonas", "Olena", "Pavel", "Ines", "Tomas", "Lea", "Viktor", "Clara",
		"Bogdan", "Nora", "Emil", "Irina", "Luca", "Hanna", "Dmytro", "Greta", "Rafael", "Yulia", "Henrik", "Maja", "Oskar"}
	genLast = []string{"Hartmann", "Kovalenko", "Lindqvist", "Moreau", "Petrenko", "Novak", "Berger", "Rossi", "Jansen",
		"Sokolova", "Dumas", "Kowalczyk", "Varga", "Nilsen", "Brandt", "Melnyk", "Castellano", "Horvath", "Albrecht",
		"Lukashuk", "Fontaine", "Virtanen"}
	genRoles = []string{"foreign minister", "defence minister", "chief negotiator", "spokesperson", "senator",
		"national security adviser", "ambassador to the UN", "prime minister", "economy minister", "member of parliament",
		"deputy foreign minister", "special envoy"}
	genSaid   = []string{"said", "warned", "told reporters", "insisted", "argued", "stressed", "conceded", "claimed"}
	genClaims = []string{"the talks made real progress", "no deal can ignore Ukraine's sovereignty", "the draft favours Moscow",
		"prisoners of war must come home first", "sanctions should stay until troops withdraw", "Europe must have a seat at the table",
		"the frontline cannot be frozen without guarantees", "frozen assets belong to the victims of the war",
		"the army size limit is unacceptable", "elections can only follow a ceasefire", "the alliance will not close its door",
		"the Geneva framework is a basis for further work", "Kyiv was not consulted on the points", "the plan rewards aggression",
		"the nuclear plant must be handed to Ukrainian engineers", "a referendum on territory would be illegal",
		"the amnesty clause lets war criminals go free", "children taken to Russia must be returned", "the next round of talks will be harder",
		"grain shipments are a test of good faith", "security guarantees need a vote in Congress", "the text is still changing every day"}
	genPlans  = []string{"US 28-point draft", "European counter-proposal", "Geneva framework", "19-point framework"}
	genIntros = []string{"The draft seen by reporters lists the following points.",
		"Officials shared the text of the proposal on Tuesday; its points read as follows.",
		"The document circulated among delegations contains these provisions.",
		"Diplomats in several capitals were still discussing the wording on Friday. The list below is the latest version."}
)

// perDoc is the number of items (provisions and statements, half each) of
// one synthetic document, the size of a long news report.
const perDoc = 20

// article is one synthetic document: its file name and text.
type article struct {
	name string
	text []byte
}

// articles calls emit with the synthetic documents holding n items in all,
// in order, reproducibly for a seed.
func articles(n int, seed uint64, emit func(article) error) error {
	r := rand.New(rand.NewPCG(seed, 0x5deece66d))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	for made, d := 0, 0; made < n; d++ {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: Synthetic report %d on the peace plan\noutlet: Synthetic Wire\nurl: https://example.org/synthetic/%d\npublished: 2025-%02d-%02d\nplan: %s\n---\n",
			d, d, 1+r.IntN(12), 1+r.IntN(28), pick(genPlans))
		b.WriteString(pick(genIntros) + "\n\n")
		k := min(perDoc, n-made)
		prov, stmt := (k+1)/2, k/2
		for i := 1; i <= prov; i++ {
			fmt.Fprintf(&b, "%d. %s %s %s %s.", i, pick(genSubjects), pick(genVerbs), pick(genObjects), pick(genQualifiers))
			if r.IntN(3) == 0 {
				fmt.Fprintf(&b, " %s %s %s.", pick(genSubjects), pick(genVerbs), pick(genObjects))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
		// A document never repeats a claim: extraction rightly keeps one
		// of two identical reported statements.
		claims := r.Perm(len(genClaims))
		for i := 0; i < stmt; i++ {
			name := pick(genFirst) + " " + pick(genLast)
			claim := genClaims[claims[i]]
			if r.IntN(2) == 0 {
				fmt.Fprintf(&b, "%s, the %s, %s that %s.\n\n", name, pick(genRoles), pick(genSaid), claim)
			} else {
				fmt.Fprintf(&b, "\"%s%s,\" said %s, the %s.\n\n", strings.ToUpper(claim[:1]), claim[1:], name, pick(genRoles))
			}
		}
		if err := emit(article{name: fmt.Sprintf("synthetic-%07d.md", d), text: []byte(b.String())}); err != nil {
			return err
		}
		made += k
	}
	return nil
}
