package index

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"planbot/corpus"
)

// Vocabulary of the synthetic corpus: invented speakers, the plan's subject
// matter, and the phrasing of news reports, so that term statistics look
// like the real corpus (a few very common words, many rare ones).
var (
	synSubjects = []string{"Ukraine", "Russia", "The United States", "NATO", "European states", "A joint commission",
		"The Kremlin", "Kyiv", "Moscow", "Washington", "The security council", "An international monitoring mission",
		"Both parties", "The guarantor states", "The European Union", "A trilateral working group"}
	synVerbs = []string{"would agree to", "would be required to", "would refuse to", "would consider", "would be allowed to",
		"would commit to", "would reject", "would negotiate", "would oversee", "would guarantee", "would postpone",
		"would accept", "would phase in", "would review"}
	synObjects = []string{"reduce its armed forces to 600,000 personnel", "halt further NATO expansion",
		"exchange all prisoners of war", "release civilian detainees", "freeze the frontline in Kherson and Zaporizhzhia",
		"recognise control over Crimea", "withdraw troops from parts of Donetsk", "lift sanctions in stages",
		"invest frozen assets in a reconstruction fund", "hold elections within 100 days", "grant a full amnesty",
		"restart the Zaporizhzhia nuclear power plant", "return to the G8", "provide security guarantees",
		"demilitarise a buffer zone in the Donbas", "protect the Russian language and the church",
		"cap long-range missiles", "reopen grain corridors in the Black Sea", "monitor the ceasefire line",
		"create a humanitarian committee", "return deported children", "restore energy infrastructure",
		"limit foreign troops on Ukrainian territory", "share electricity from the plant", "fund rebuilding of Kharkiv",
		"set up a peace council chaired by the president", "keep the Dnipro river open to shipping"}
	synQualifiers = []string{"within 30 days", "under international supervision", "after a referendum",
		"subject to parliamentary approval", "once a ceasefire holds", "in consultation with European allies",
		"with verification by the IAEA", "as part of the final settlement", "without preconditions",
		"in exchange for security guarantees", "by the end of the year", "if talks in Geneva succeed"}
	synFirst  = []string{"Anna", "Marek", "Sofia", "Jonas", "Olena", "Pavel", "Ines", "Tomas", "Lea", "Viktor", "Clara", "Bogdan", "Nora", "Emil", "Irina", "Luca"}
	synLast   = []string{"Hartmann", "Kovalenko", "Lindqvist", "Moreau", "Petrenko", "Novak", "Berger", "Rossi", "Jansen", "Sokolova", "Dumas", "Kowalczyk", "Varga", "Nilsen"}
	synRoles  = []string{"foreign minister", "defence minister", "chief negotiator", "spokesperson", "senator", "national security adviser", "ambassador to the UN", "prime minister", "analyst", "member of parliament"}
	synSaid   = []string{"said", "warned", "told reporters", "insisted", "argued", "stressed", "conceded", "claimed"}
	synClaims = []string{"the talks made real progress", "no deal can ignore Ukraine's sovereignty", "the draft favours Moscow",
		"prisoners of war must come home first", "sanctions should stay until troops withdraw", "Europe must have a seat at the table",
		"the frontline cannot be frozen without guarantees", "frozen assets belong to the victims of the war",
		"the army size limit is unacceptable", "elections can only follow a ceasefire", "the alliance will not close its door",
		"the Geneva framework is a basis for further work", "Kyiv was not consulted on the points", "the plan rewards aggression"}
	synPlans  = []string{"US 28-point draft", "European counter-proposal", "Geneva framework", "19-point framework"}
	synPlaces = []string{"Geneva", "Miami", "Abu Dhabi", "Istanbul", "Brussels", "Berlin", "Riyadh", "Moscow", "Kyiv"}
	synScene  = []string{"Delegations met again in %s on %s to discuss how to %s.",
		"Officials in %s said on %s that no agreement had yet been reached on whether to %s.",
		"The talks in %s, which ran late into %s, were expected to show whether the sides could %s.",
		"Diplomats in %s described the mood on %s as tense, with the question of how to %s still open."}
	synDays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

// Synthetic returns a reproducible corpus of about n records (provisions and
// statements, half each, 20 records per document) written from templates,
// for benchmarks. seed picks the variant. As in real documents, every
// paragraph is also a passage: each provision's and statement's, and one
// unclassified paragraph of background for every four records.
func Synthetic(n int, seed uint64) []*corpus.Document {
	var docs []*corpus.Document
	generate(n, seed, func(d *corpus.Document) { docs = append(docs, d) })
	return docs
}

// generate calls emit with each document of Synthetic(n, seed) in turn, so
// a large corpus need not be held in memory at once.
func generate(n int, seed uint64, emit func(*corpus.Document)) {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	const perDoc = 20
	for made, d := 0, 0; made < n; d++ {
		src := corpus.Source{
			ID: fmt.Sprintf("syn%07d", d), Title: fmt.Sprintf("Synthetic report %d on the peace plan", d),
			Outlet: "Synthetic Wire", URL: fmt.Sprintf("https://example.org/synthetic/%d", d),
			Published: fmt.Sprintf("2025-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28)), Lang: "en",
			Plan: pick(synPlans), Hash: fmt.Sprintf("%016x", r.Uint64()),
		}
		doc := &corpus.Document{Source: src}
		passage := func(text string, pos int) {
			doc.Passages = append(doc.Passages, corpus.Passage{
				ID: fmt.Sprintf("%s-g%d", src.ID, pos+1), SourceID: src.ID, Text: text, Lang: src.Lang,
				Topics: []string{"negotiations"}, Position: pos,
			})
		}
		for i := 0; i < perDoc && made < n; i, made = i+1, made+1 {
			if i%2 == 0 {
				text := fmt.Sprintf("%s %s %s %s.", pick(synSubjects), pick(synVerbs), pick(synObjects), pick(synQualifiers))
				if r.IntN(3) == 0 {
					text += fmt.Sprintf(" %s %s %s.", pick(synSubjects), pick(synVerbs), pick(synObjects))
				}
				doc.Provisions = append(doc.Provisions, corpus.Provision{
					ID: fmt.Sprintf("%s-p%d", src.ID, i), SourceID: src.ID, Plan: src.Plan, Number: i/2 + 1,
					Text: text, Topics: []string{strings.Fields(pick(synObjects))[1]}, Position: i,
				})
				passage(text, i)
				continue
			}
			name := pick(synFirst) + " " + pick(synLast)
			text := fmt.Sprintf("%s, the %s, %s that %s.", name, pick(synRoles), pick(synSaid), pick(synClaims))
			if r.IntN(2) == 0 {
				text += fmt.Sprintf(" %s %s.", strings.ToUpper(pick(synClaims)[:1]), pick(synClaims)[1:])
			}
			doc.Statements = append(doc.Statements, corpus.Statement{
				ID: fmt.Sprintf("%s-s%d", src.ID, i), SourceID: src.ID, Speaker: name, Role: pick(synRoles),
				Text: text, Direct: r.IntN(2) == 0, Date: src.Published, Topics: []string{"negotiations"}, Position: i,
			})
			passage(text, i)
			if i%4 == 3 {
				passage(fmt.Sprintf(pick(synScene), pick(synPlaces), pick(synDays), pick(synObjects)), perDoc+i)
			}
		}
		emit(doc)
	}
}

// BenchQueries are the queries benchmarks run: what people type into
// /search and /provision, typos and nonsense included.
var BenchQueries = []string{
	"nato", "army size", "prisoners of war", "zelensky", "frozen assets", "kherson frontline", "sanctions",
	"security guarantees", "elections", "nuclear power plant", "g8", "donbas", "ceasefire monitoring",
	"crimea recognition", "reconstruction fund", "grain corridor black sea", "amnesty", "deported children",
	"natto", "zelenksy", "bitcoin price", "what did the foreign minister say about the frontline",
	"European counter-proposal", "peace council", "long-range missiles", "buffer zone", "energy infrastructure",
	"Kovalenko", "troops withdraw", "Geneva framework",
}
