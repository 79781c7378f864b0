package corpus

import "testing"

// versionBatteryCase is one invented sentence or short paragraph that
// names a point's plan version in one of the shapes coverage uses when it
// compares versions; want lists each point with its version and number.
type versionBatteryCase struct {
	name, title, text string
	want              []Provision
}

const (
	vUS = "US 28-point draft"
	vEU = "European counter-proposal"
	v20 = "20-point framework"
)

// versionBattery is the probe battery of stop 47 (xversions): invented
// text in nine languages, each naming the version of a numbered point.
var versionBattery = []versionBatteryCase{
	// Two versions compared in one sentence, each with its point.
	{"en two versions one sentence", "Talks in Geneva", "Point 6 of the US draft capped the army at 600,000, while point 6 of the European counter-proposal raises the cap to 800,000.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600,000"}, {Plan: vEU, Number: 6, Text: "800,000"}}},
	{"en semicolon second version", "Talks in Geneva", "The US draft capped the army at 600,000 in point 6; the European text raises it to 800,000 in its point 6.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600,000"}, {Plan: vEU, Number: 6, Text: "800,000"}}},
	{"de zwei fassungen", "Verhandlungen in Genf", "Im US-Entwurf begrenzte Punkt 6 die Armee auf 600.000 Soldaten, im europäischen Gegenvorschlag erlaubt Punkt 6 dagegen 800.000.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600.000"}, {Plan: vEU, Number: 6, Text: "800.000"}}},
	{"fr deux versions", "Négociations à Genève", "Le plan américain limitait au point 6 l'armée à 600 000 hommes ; la version européenne porte au point 6 ce plafond à 800 000.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 000"}, {Plan: vEU, Number: 6, Text: "800 000"}}},
	{"ru два варианта", "Переговоры в Женеве", "В американском плане пункт 6 ограничивал армию 600 тысячами, а в европейском контрпредложении пункт 6 допускает 800 тысяч.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 тысячами"}, {Plan: vEU, Number: 6, Text: "800 тысяч"}}},
	{"it due versioni", "Il negoziato", "Nel piano americano il punto 6 fissava il tetto a 600 mila soldati, mentre nella controproposta europea il punto 6 lo porta a 800 mila.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 mila"}, {Plan: vEU, Number: 6, Text: "800 mila"}}},
	{"es dos versiones", "Lo que cambia", "En el plan estadounidense, el punto 6 limitaba el ejército a 600.000 soldados; en la contrapropuesta europea, el punto 6 lo eleva a 800.000.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600.000"}, {Plan: vEU, Number: 6, Text: "800.000"}}},
	{"pl dwie wersje", "Rozmowy w Genewie", "W amerykańskim planie punkt 6 ograniczał armię do 600 tys. żołnierzy, a w europejskiej kontrpropozycji punkt 6 podnosi limit do 800 tys.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 tys"}, {Plan: vEU, Number: 6, Text: "800 tys"}}},
	{"uk дві версії", "Переговори в Женеві", "В американському плані пункт 6 обмежував армію 600 тисячами, а в європейській контрпропозиції пункт 6 дозволяє 800 тисяч.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 тисячами"}, {Plan: vEU, Number: 6, Text: "800 тисяч"}}},
	{"pt duas versões", "As negociações", "No plano americano, o ponto 6 limitava o exército a 600 mil militares; na contraproposta europeia, o ponto 6 eleva o teto para 800 mil.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 mil"}, {Plan: vEU, Number: 6, Text: "800 mil"}}},
	// The other version's clause after a bare comma.
	{"it comma second version", "Il negoziato", "Il punto 6 del piano americano fissava il tetto a 600 mila, nella controproposta europea il punto 6 lo porta a 800 mila.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 mila"}, {Plan: vEU, Number: 6, Text: "800 mila"}}},
	{"ru comma second version", "Переговоры в Женеве", "В американском плане пункт 6 ограничивал армию 600 тысячами, в европейском контрпредложении пункт 6 допускает 800 тысяч.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 тысячами"}, {Plan: vEU, Number: 6, Text: "800 тысяч"}}},
	{"pl comma second version", "Rozmowy w Genewie", "W amerykańskim planie punkt 6 ograniczał armię do 600 tys., w europejskiej kontrpropozycji punkt 6 podnosi limit do 800 tys.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 tys"}, {Plan: vEU, Number: 6, Text: "800 tys"}}},
	{"fr comma second version", "Négociations à Genève", "Le plan américain limitait au point 6 l'armée à 600 000 hommes, dans la version européenne le point 6 porte ce plafond à 800 000.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 000"}, {Plan: vEU, Number: 6, Text: "800 000"}}},
	// Guards: a relative clause naming the other version in passing is
	// no clause of its own; the point keeps its version and its verb.
	{"en relative other version", "Talks in Geneva", "Point 6 of the US draft, which the European counter-proposal moved to point 7, caps the army at 600,000.",
		[]Provision{{Plan: vUS, Number: 6, Text: "caps the army at 600,000"}}},
	{"de relative other version", "Verhandlungen in Genf", "Punkt 6 des US-Entwurfs, den der europäische Gegenvorschlag in Punkt 7 übernimmt, begrenzt die Armee auf 600.000 Soldaten.",
		[]Provision{{Plan: vUS, Number: 6, Text: "begrenzt die Armee"}}},
	{"fr relative other version", "Négociations à Genève", "Le point 6 du plan américain, que la contre-proposition européenne reprend au point 7, plafonne l'armée à 600 000 hommes.",
		[]Provision{{Plan: vUS, Number: 6, Text: "plafonne l'armée"}}},
	// Ordinals, according-to phrases, versions in the paragraph before.
	{"en possessive ordinal", "Talks in Geneva", "The European counter-proposal's sixth point raises the cap to 800,000.",
		[]Provision{{Plan: vEU, Number: 6, Text: "800,000"}}},
	{"de ordinal genitive", "Verhandlungen in Genf", "Der sechste Punkt des Gegenvorschlags hebt die Obergrenze auf 800.000 an.",
		[]Provision{{Plan: vEU, Number: 6, Text: "800.000"}}},
	{"es según marco", "Lo que cambia", "Según el punto 9 del marco de 20 puntos, Ucrania recibiría garantías de seguridad.",
		[]Provision{{Plan: v20, Number: 9, Text: "garantías de seguridad"}}},
	{"ru согласно", "Переговоры в Женеве", "Согласно пункту 9 плана из 20 пунктов, Украина получит гарантии безопасности.",
		[]Provision{{Plan: v20, Number: 9, Text: "гарантии безопасности"}}},
	{"en two paragraphs", "Talks in Geneva", "The US draft limited the army to 600,000 in point 6.\n\nIn the European text, point 6 lifts the cap to 800,000.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600,000"}, {Plan: vEU, Number: 6, Text: "800,000"}}},
	{"fr two sentences", "Négociations à Genève", "Le plan américain prévoyait au point 6 une armée de 600 000 hommes. La version européenne, elle, porte au point 6 le plafond à 800 000.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 000"}, {Plan: vEU, Number: 6, Text: "800 000"}}},
	// The version named in the sentence before the point.
	{"en version then point", "Talks in Geneva", "The 20-point framework was presented on Tuesday. Its point 12 sets up a reconstruction fund.",
		[]Provision{{Plan: v20, Number: 12, Text: "reconstruction fund"}}},
	{"de fassung dann punkt", "Verhandlungen in Genf", "Der europäische Gegenvorschlag ändert vieles. Sein Punkt 7 verlangt nur einen Konsens der Verbündeten.",
		[]Provision{{Plan: vEU, Number: 7, Text: "Konsens der Verbündeten"}}},
	{"ru версия затем пункт", "Переговоры в Женеве", "Европейское контрпредложение многое меняет. Его пункт 7 требует лишь консенсуса союзников.",
		[]Provision{{Plan: vEU, Number: 7, Text: "консенсуса союзников"}}},
	// English
	{"en us then eu", "Talks in Geneva", "Under point 6 of the US draft, the army would be capped at 600,000; the European text raises it to 800,000.",
		[]Provision{{Plan: vUS, Number: 6, Text: "capped at 600,000"}}},
	{"en 20-point", "Talks in Geneva", "Point 9 of the 20-point framework gives Ukraine security guarantees mirroring Article 5.",
		[]Provision{{Plan: v20, Number: 9, Text: "security guarantees"}}},
	{"en european point", "Talks in Geneva", "Point 14 of the European counter-proposal lets Ukraine keep its frozen assets.",
		[]Provision{{Plan: vEU, Number: 14, Text: "frozen assets"}}},
	{"en in the framework", "Talks in Geneva", "In the 20-point framework, point 12 sets up a reconstruction fund.",
		[]Provision{{Plan: v20, Number: 12, Text: "reconstruction fund"}}},
	{"en washington's plan point", "Talks in Geneva", "Washington's plan, in its point 25, calls for elections within 100 days.",
		[]Provision{{Plan: vUS, Number: 25, Text: "elections within 100 days"}}},
	{"en europeans point", "Talks in Geneva", "The Europeans' version of point 7 makes NATO membership a matter for the alliance.",
		[]Provision{{Plan: vEU, Number: 7, Text: "NATO membership"}}},
	{"en original draft", "Talks in Geneva", "The original 28-point plan said in point 21 that Crimea would be recognised as Russian.",
		[]Provision{{Plan: vUS, Number: 21, Text: "Crimea would be recognised"}}},
	{"en new plan", "Talks in Geneva", "The new 20-point plan keeps, in point 5, a cap of 800,000 troops.",
		[]Provision{{Plan: v20, Number: 5, Text: "800,000"}}},
	// German
	{"de us-entwurf", "Verhandlungen in Genf", "Im US-Entwurf sah Punkt 6 eine Obergrenze von 600.000 Soldaten vor, der europäische Gegenvorschlag sieht dagegen 800.000 vor.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600.000"}}},
	{"de gegenvorschlag punkt", "Verhandlungen in Genf", "Punkt 14 des europäischen Gegenvorschlags sieht vor, dass die eingefrorenen Vermögen bei der Ukraine bleiben.",
		[]Provision{{Plan: vEU, Number: 14, Text: "eingefrorenen Vermögen"}}},
	{"de 20-punkte-plan", "Verhandlungen in Genf", "Im 20-Punkte-Plan regelt Punkt 12 einen Wiederaufbaufonds.",
		[]Provision{{Plan: v20, Number: 12, Text: "Wiederaufbaufonds"}}},
	{"de amerikanischer plan", "Verhandlungen in Genf", "Der amerikanische Plan verlangte in Punkt 25 Wahlen binnen 100 Tagen.",
		[]Provision{{Plan: vUS, Number: 25, Text: "Wahlen binnen 100 Tagen"}}},
	{"de europäische fassung", "Verhandlungen in Genf", "In der europäischen Fassung verlangt Punkt 7 nur einen Konsens der NATO-Mitglieder.",
		[]Provision{{Plan: vEU, Number: 7, Text: "Konsens der NATO-Mitglieder"}}},
	{"de neuer rahmen", "Verhandlungen in Genf", "Laut Punkt 9 des neuen 20-Punkte-Rahmens erhält die Ukraine Sicherheitsgarantien.",
		[]Provision{{Plan: v20, Number: 9, Text: "Sicherheitsgarantien"}}},
	// French
	{"fr plan américain", "Négociations à Genève", "Le plan américain prévoyait au point 6 une armée de 600 000 hommes, la version européenne en autorise 800 000.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 000"}}},
	{"fr contre-proposition", "Négociations à Genève", "Le point 14 de la contre-proposition européenne laisse les avoirs gelés à l'Ukraine.",
		[]Provision{{Plan: vEU, Number: 14, Text: "avoirs gelés"}}},
	{"fr plan en 20 points", "Négociations à Genève", "Dans le plan en 20 points, le point 12 crée un fonds de reconstruction.",
		[]Provision{{Plan: v20, Number: 12, Text: "fonds de reconstruction"}}},
	{"fr version européenne", "Négociations à Genève", "Dans la version européenne, le point 7 subordonne l'adhésion à l'OTAN au consensus des membres.",
		[]Provision{{Plan: vEU, Number: 7, Text: "consensus des membres"}}},
	{"fr projet initial", "Négociations à Genève", "Le projet initial en 28 points exigeait au point 21 la reconnaissance de la Crimée comme russe.",
		[]Provision{{Plan: vUS, Number: 21, Text: "Crimée"}}},
	// Italian
	{"it piano in 20 punti", "Il negoziato", "Nel piano in 20 punti il punto 12 istituisce un fondo per la ricostruzione.",
		[]Provision{{Plan: v20, Number: 12, Text: "fondo per la ricostruzione"}}},
	{"it piano americano", "Il negoziato", "Il piano americano fissava al punto 6 un tetto di 600 mila soldati, la controproposta europea lo alza a 800 mila.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 mila"}}},
	{"it controproposta", "Il negoziato", "Il punto 14 della controproposta europea lascia all'Ucraina i beni congelati.",
		[]Provision{{Plan: vEU, Number: 14, Text: "beni congelati"}}},
	{"it versione europea", "Il negoziato", "Nella versione europea il punto 7 lega l'adesione alla NATO al consenso degli alleati.",
		[]Provision{{Plan: vEU, Number: 7, Text: "consenso degli alleati"}}},
	{"it bozza originale", "Il negoziato", "La bozza originale in 28 punti chiedeva al punto 25 elezioni entro cento giorni.",
		[]Provision{{Plan: vUS, Number: 25, Text: "elezioni entro cento giorni"}}},
	// Spanish
	{"es plan estadounidense", "Lo que cambia", "El plan estadounidense fijaba en su punto 6 un techo de 600.000 soldados; la contrapropuesta europea lo eleva a 800.000.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600.000"}}},
	{"es plan de 20 puntos", "Lo que cambia", "En el plan de 20 puntos, el punto 12 crea un fondo de reconstrucción.",
		[]Provision{{Plan: v20, Number: 12, Text: "fondo de reconstrucción"}}},
	{"es contrapropuesta", "Lo que cambia", "El punto 14 de la contrapropuesta europea deja a Ucrania los activos congelados.",
		[]Provision{{Plan: vEU, Number: 14, Text: "activos congelados"}}},
	{"es versión europea", "Lo que cambia", "En la versión europea, el punto 7 supedita la adhesión a la OTAN al consenso de los aliados.",
		[]Provision{{Plan: vEU, Number: 7, Text: "consenso de los aliados"}}},
	{"es borrador original", "Lo que cambia", "El borrador original de 28 puntos exigía en el punto 21 reconocer Crimea como rusa.",
		[]Provision{{Plan: vUS, Number: 21, Text: "Crimea"}}},
	// Portuguese
	{"pt plano americano", "As negociações", "O plano americano previa no ponto 6 um limite de 600 mil militares, a contraproposta europeia eleva-o para 800 mil.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 mil"}}},
	{"pt plano de 20 pontos", "As negociações", "No plano de 20 pontos, o ponto 12 cria um fundo de reconstrução.",
		[]Provision{{Plan: v20, Number: 12, Text: "fundo de reconstrução"}}},
	{"pt contraproposta", "As negociações", "O ponto 14 da contraproposta europeia deixa à Ucrânia os ativos congelados.",
		[]Provision{{Plan: vEU, Number: 14, Text: "ativos congelados"}}},
	{"pt versão europeia", "As negociações", "Na versão europeia, o ponto 7 condiciona a adesão à NATO ao consenso dos aliados.",
		[]Provision{{Plan: vEU, Number: 7, Text: "consenso dos aliados"}}},
	{"pt rascunho original", "As negociações", "O rascunho original de 28 pontos exigia no ponto 25 eleições em cem dias.",
		[]Provision{{Plan: vUS, Number: 25, Text: "eleições em cem dias"}}},
	// Polish
	{"pl amerykański projekt", "Rozmowy w Genewie", "Amerykański projekt przewidywał w punkcie 6 limit 600 tys. żołnierzy, a europejska kontrpropozycja podnosi go do 800 tys.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 tys"}}},
	{"pl plan 20 punktów", "Rozmowy w Genewie", "W planie 20 punktów punkt 12 tworzy fundusz odbudowy.",
		[]Provision{{Plan: v20, Number: 12, Text: "fundusz odbudowy"}}},
	{"pl kontrpropozycja", "Rozmowy w Genewie", "Punkt 14 europejskiej kontrpropozycji pozostawia Ukrainie zamrożone aktywa.",
		[]Provision{{Plan: vEU, Number: 14, Text: "zamrożone aktywa"}}},
	{"pl wersja europejska", "Rozmowy w Genewie", "W wersji europejskiej punkt 7 uzależnia członkostwo w NATO od zgody sojuszników.",
		[]Provision{{Plan: vEU, Number: 7, Text: "zgody sojuszników"}}},
	{"pl pierwotny plan", "Rozmowy w Genewie", "Pierwotny plan 28 punktów wymagał w punkcie 25 wyborów w ciągu stu dni.",
		[]Provision{{Plan: vUS, Number: 25, Text: "wyborów w ciągu stu dni"}}},
	// Russian
	{"ru американский вариант", "Переговоры в Женеве", "В американском варианте пункт 6 ограничивал армию 600 тысячами, а в европейском — 800 тысячами.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 тысячами"}}},
	{"ru план из 20 пунктов", "Переговоры в Женеве", "В плане из 20 пунктов пункт 12 создаёт фонд восстановления.",
		[]Provision{{Plan: v20, Number: 12, Text: "фонд восстановления"}}},
	{"ru европейское контрпредложение", "Переговоры в Женеве", "Пункт 14 европейского контрпредложения оставляет Украине замороженные активы.",
		[]Provision{{Plan: vEU, Number: 14, Text: "замороженные активы"}}},
	{"ru европейская версия", "Переговоры в Женеве", "В европейской версии пункт 7 ставит членство в НАТО в зависимость от консенсуса союзников.",
		[]Provision{{Plan: vEU, Number: 7, Text: "консенсуса союзников"}}},
	{"ru первоначальный план", "Переговоры в Женеве", "Первоначальный план из 28 пунктов требовал в пункте 25 выборов в течение ста дней.",
		[]Provision{{Plan: vUS, Number: 25, Text: "выборов в течение ста дней"}}},
	// Ukrainian
	{"uk 20-пунктний план", "Переговори в Женеві", "У 20-пунктному плані пункт 12 створює фонд відбудови.",
		[]Provision{{Plan: v20, Number: 12, Text: "фонд відбудови"}}},
	{"uk американський варіант", "Переговори в Женеві", "В американському варіанті пункт 6 обмежував армію 600 тисячами, а в європейському — 800 тисячами.",
		[]Provision{{Plan: vUS, Number: 6, Text: "600 тисячами"}}},
	{"uk європейська контрпропозиція", "Переговори в Женеві", "Пункт 14 європейської контрпропозиції залишає Україні заморожені активи.",
		[]Provision{{Plan: vEU, Number: 14, Text: "заморожені активи"}}},
	{"uk європейська версія", "Переговори в Женеві", "У європейській версії пункт 7 ставить членство в НАТО в залежність від консенсусу союзників.",
		[]Provision{{Plan: vEU, Number: 7, Text: "консенсусу союзників"}}},
	{"uk початковий план", "Переговори в Женеві", "Початковий план із 28 пунктів вимагав у пункті 25 виборів протягом ста днів.",
		[]Provision{{Plan: vUS, Number: 25, Text: "виборів протягом ста днів"}}},
	{"uk план з 20 пунктів", "Переговори в Женеві", "Пункт 9 плану з 20 пунктів дає Україні гарантії безпеки.",
		[]Provision{{Plan: v20, Number: 9, Text: "гарантії безпеки"}}},
}

// TestVersionBattery checks each battery case's points get their version
// and number.
func TestVersionBattery(t *testing.T) {
	var cases []freshCase
	for _, c := range versionBattery {
		cases = append(cases, freshCase{name: c.name,
			doc:  "# " + c.title + "\n\n" + versionBatteryLead + "\n\n" + c.text + "\n",
			want: c.want})
	}
	checkFresh(t, cases)
}

const versionBatteryLead = "The delegations met on Monday."
