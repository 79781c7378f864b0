package corpus

import "testing"

// TestPointClauseWhole checks that a point reported in running prose
// keeps its whole clause, its document and verb included, in eight
// languages; that a leading attribution is left out; and that a clause
// opening on a preposition and the point keeps its own subject.
func TestPointClauseWhole(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "fr document verb before the point", doc: "# Négociations à Genève\n\nLes délégations se sont retrouvées lundi.\n\nLe projet américain imposait dans son point 9 le stationnement d'avions européens en Pologne.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "Le projet américain imposait dans son point 9 le stationnement"}}},
		{name: "es document, point between commas", doc: "# Lo que cambia\n\nLas delegaciones se reunieron el lunes.\n\nEl borrador estadounidense, en su punto 17, prolonga los tratados de control nuclear con Rusia.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 17, Text: "El borrador estadounidense, en su punto 17, prolonga"}}},
		{name: "fr document and its verb before the point", doc: "# Négociations à Genève\n\nLes délégations se sont retrouvées lundi.\n\nLe texte américain prévoyait dans son point 25 des élections dans les cent jours suivant la signature.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "Le texte américain prévoyait dans son point 25 des élections"}}},
		{name: "es document, numbered point between commas", doc: "# Lo que cambia\n\nLas delegaciones se reunieron el lunes.\n\nEl plan estadounidense, en su punto nº 25, fija elecciones en un plazo de cien días.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "El plan estadounidense, en su punto nº 25, fija elecciones"}}},
		{name: "it document, point as complement", doc: "# Il negoziato\n\nLe delegazioni si sono viste lunedì.\n\nIl testo americano stabiliva al punto 25 elezioni entro cento giorni dalla firma.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "Il testo americano stabiliva al punto 25 elezioni"}}},
		{name: "pl document verb before an abbreviated point", doc: "# Rozmowy w Genewie\n\nDelegacje spotkały się w poniedziałek.\n\nAmerykański projekt przewidywał w pkt 25 wybory w ciągu stu dni.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "Amerykański projekt przewidywał w pkt 25 wybory"}}},
		{name: "en leading attribution left out", doc: "# Talks in Geneva\n\nThe delegations met on Monday.\n\nAccording to two diplomats, the 17th point of the US draft extends nuclear arms control treaties with Russia.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 17, Text: "the 17th point of the US draft extends"}},
			not:  []string{"two diplomats"}},
		{name: "en adverbial opener keeps its subject", doc: "# Talks in Geneva\n\nThe delegations met on Monday about the US draft.\n\nUnder point 25, Ukraine would hold elections within 100 days of signing.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "Ukraine would hold elections within 100 days"}}},
	})
}

// TestPointAbbreviationsInProse checks that a point word's short form
// names a point in running text ("п. 12", "Pkt. 7", "pkt 5"), without its
// dot ending the sentence; and that a page ("p. 6", "S. 7") does not.
func TestPointAbbreviationsInProse(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "ru п.", doc: "# Переговоры в Женеве\n\nДелегации встретились в понедельник.\n\nВ п. 19 американского плана говорится, что Запорожская АЭС будет запущена под контролем МАГАТЭ.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 19, Text: "Запорожская АЭС будет запущена"}}},
		{name: "uk п.", doc: "# Переговори в Женеві\n\nДелегації зустрілися в понеділок.\n\nАмериканський план у п. 25 передбачає вибори протягом ста днів.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "Американський план у п. 25 передбачає вибори"}}},
		{name: "de Pkt.", doc: "# Verhandlungen in Genf\n\nDie Delegationen trafen sich am Montag.\n\nNach Pkt. 25 des US-Entwurfs müsste die Ukraine binnen 100 Tagen wählen.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "müsste die Ukraine binnen 100 Tagen wählen"}}},
		{name: "de ordinal dot before the point word", doc: "# Verhandlungen in Genf\n\nDie Delegationen trafen sich am Montag.\n\nDer 25. Punkt des US-Entwurfs sieht Wahlen binnen 100 Tagen vor.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "Der 25. Punkt des US-Entwurfs sieht Wahlen"}}},
		{name: "en page is no point", doc: "# The report\n\nThe delegations met on Monday about the US draft.\n\nThe report says on p. 6 that the army would be cut sharply.\n",
			not: []string{"army would be cut sharply"}},
	})
	for _, c := range []struct {
		s    string
		want int
	}{
		{"В п. 12 американского плана говорится о МАГАТЭ.", 12},
		{"Laut Pkt. 7 des Entwurfs müsste die Ukraine verzichten.", 7},
		{"Projekt przewiduje w pkt 5 gwarancje.", 5},
		{"The report says on p. 6 that the army would shrink.", 0},
		{"Siehe S. 7 des Berichts.", 0},
		{"At 00:12 the host says the plan went from 28 points to 19.", 0},
		{"[00:24–00:38] GRÁFICO: tarjetas con los puntos", 0},
	} {
		n, _, _ := pointRefEnd(c.s)
		if n != c.want {
			t.Errorf("pointRefEnd(%q) = %d, want %d", c.s, n, c.want)
		}
	}
	for _, c := range []struct {
		p    string
		want int
	}{
		{"В п. 12 американского плана говорится о МАГАТЭ. Это важно.", 2},
		{"Der 6. Punkt des US-Entwurfs begrenzt die Armee. Das ist neu.", 2},
		{"Das steht in Punkt 5. Punkt 6 regelt die Armee.", 2},
		{"Das steht in Pkt. 5. Punkt 6 regelt die Armee.", 2},
		{"Gwarancje mają odpowiadać artykułowi 5. Punkt 7 obiecuje członkostwo.", 2},
		{"Im 6. Punkt steht die Armee.", 1},
	} {
		if got := sentences(c.p); len(got) != c.want {
			t.Errorf("sentences(%q) = %q, want %d", c.p, got, c.want)
		}
	}
}

// TestPointVersionNotFromContrast checks that a version named only in a
// later clause that contrasts does not take the point from the version
// the sentence is about, and that a version named in the sentence by a
// form read only beside a point is the point's.
func TestPointVersionNotFromContrast(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "it later contrast", doc: "# Cosa resta del piano in 28 punti\n\nLe delegazioni si sono viste lunedì.\n\nIl punto 25 fissava elezioni entro cento giorni, nella controproposta europea questa scadenza non c'è più.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "elezioni entro cento giorni"}}},
		{name: "en later whereas", doc: "# What the 28-point plan says\n\nThe delegations met on Monday.\n\nPoint 9 stations European fighter jets in Poland, whereas the counter-proposal does not name a country.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "European fighter jets in Poland"}}},
		{name: "uk version beside the point", doc: "# Переговори\n\nДелегації зустрілися в понеділок.\n\nЄвропейський варіант у пункті 6 передбачає армію у 800 тисяч військових у мирний час.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800 тисяч"}}},
		{name: "ru version beside the point", doc: "# Переговоры\n\nДелегации встретились в понедельник.\n\nВ европейском варианте пункт 6 разрешает армию в 800 тысяч военных в мирное время.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800 тысяч"}}},
		{name: "pl version beside the point", doc: "# Rozmowy\n\nDelegacje spotkały się w poniedziałek.\n\nW wersji europejskiej punkt 6 pozwala na armię liczącą 800 tysięcy żołnierzy w czasie pokoju.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800 tysięcy"}}},
		{name: "de context counter-proposal, later clause drops it", doc: "# Der Gegenvorschlag\n\nDer europäische Gegenvorschlag lag am Sonntag in Genf vor.\n\nPunkt 25 sah Wahlen binnen 100 Tagen vor, im Gegenvorschlag fehlt die Frist.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "Wahlen binnen 100 Tagen"}}},
		{name: "fr context counter-proposal, later clause drops it", doc: "# La contre-proposition européenne\n\nLa contre-proposition européenne est arrivée dimanche à Genève.\n\nLe point 25 fixait des élections dans les cent jours, la contre-proposition ne reprend pas ce délai.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "élections dans les cent jours"}}},
		{name: "es context counter-proposal, contrast names the other", doc: "# La contrapropuesta\n\nLa contrapropuesta europea llegó a Ginebra el domingo.\n\nSu punto 6 eleva el techo a 800.000 efectivos, mientras el borrador estadounidense fijaba 600.000.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "800.000"}}},
		{name: "relative clause is the point's own", doc: "# What the 28-point plan says\n\nThe delegations met on Monday.\n\nPoint 3 of the US plan, which said Russia would not invade its neighbours, was deleted in the European version.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 3, Text: "would not invade its neighbours"}}},
	})
}

// TestPointProseNegatives checks that counts of points, timecodes and a
// list's count name no point.
func TestPointProseNegatives(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "count to count", doc: "# Talks\n\nThe delegations met on Monday.\n\nAfter Geneva the plan went from 28 points to 19, Zelensky said.\n",
			not: []string{"went from 28 points"}},
		{name: "timecode", doc: "# Guion\n\nIntro.\n\n**[00:24–00:38]** GRÁFICO: tarjetas con los puntos del plan de 28 puntos\n",
			not: []string{"tarjetas"}},
		{name: "es list count", doc: "# Negociaciones\n\nLas delegaciones se reunieron.\n\nEl plan de 20 puntos tiene ahora 20 puntos y no 28.\n",
			not: []string{"tiene ahora"}},
	})
}

// TestPointReportAside checks that a sentence opening on how it is known
// ("As Reuters reported, …", "Как сообщает …", "Come riferisce …") sets out
// the point it names, without the aside; that a view ("Zdaniem …") stays
// someone's words; and that a point in the term outranks an ordinal
// elsewhere in the sentence ("El primer borrador …: su punto 21 …").
func TestPointReportAside(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "ru как сообщает", doc: "# Переговоры\n\nДелегации встретились в понедельник.\n\nКак сообщает Reuters, в п. 25 американского плана говорится, что выборы пройдут через сто дней.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "выборы пройдут через сто дней"}},
			not:  []string{"Reuters"}},
		{name: "it come riferisce", doc: "# Il negoziato\n\nLe delegazioni si sono viste lunedì.\n\nCome riferisce Reuters, il punto 25 del piano americano prevede elezioni entro cento giorni.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "il punto 25 del piano americano prevede elezioni"}},
			not:  []string{"Reuters"}},
		{name: "en as reported", doc: "# Talks\n\nThe delegations met on Monday.\n\nAs the Financial Times reported, point 25 of the US draft would hold elections within 100 days.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "point 25 of the US draft would hold elections"}},
			not:  []string{"Financial Times"}},
		{name: "pl jak podaje, point as subject before że", doc: "# Rozmowy\n\nDelegacje spotkały się w poniedziałek.\n\nJak podaje Reuters, punkt 25 amerykańskiego planu przewiduje, że wybory odbędą się w ciągu stu dni.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "punkt 25 amerykańskiego planu przewiduje, że wybory"}}},
		{name: "en someone's verdict stays theirs", doc: "# Talks\n\nThe delegations met on Monday.\n\nAs Zelensky said, point 20 is unacceptable for Kyiv.\n",
			not: []string{"point 20 is unacceptable"}},
		{name: "es lead-in and an ordinal elsewhere", doc: "# Guion\n\nLas delegaciones se reunieron.\n\nEl primer borrador americano iba más lejos: su punto 25 pedía elecciones en cien días.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "su punto 25 pedía elecciones"}}},
		{name: "es short lead-in left out", doc: "# Guion\n\nLas delegaciones se reunieron para hablar del marco de 20 puntos.\n\nLo que sí está cerrado: en el punto 4, el ejército ucraniano conserva 800.000 efectivos.\n",
			want: []Provision{{Plan: "20-point framework", Number: 4, Text: "en el punto 4, el ejército ucraniano conserva"}},
			not:  []string{"Lo que sí está cerrado"}},
	})
}

// TestPointClauseOrdinals checks the whole clause for a point named by an
// ordinal: one placed by a phrase inside its document's clause, and one
// opening its clause with a relative clause as its term (the name and
// the relative word stay); a point that is what another verb acts on
// keeps the term alone.
func TestPointClauseOrdinals(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "fr ordinal in a phrase", doc: "# Négociations\n\nLes délégations ont parlé lundi du plan en 28 points.\n\nLe texte américain prévoyait dans son vingt-cinquième point des élections dans les cent jours.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "Le texte américain prévoyait dans son vingt-cinquième point des élections"}}},
		{name: "uk ordinal opening its relative clause", doc: "# Переговори\n\nДелегації обговорили план із 28 пунктів.\n\nДвадцять п'ятий пункт, який вимагав виборів за сто днів, ніхто не скасував.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "пункт, який вимагав виборів за сто днів"}}},
		{name: "en ordinal opening its relative clause", doc: "# Talks\n\nThe delegations discussed the 28-point plan.\n\nThe twenty-fifth point, under which Ukraine holds elections within 100 days, survives in both texts.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "The twenty-fifth point, under which Ukraine holds elections"}}},
		{name: "es compound ordinal as subject", doc: "# Entrevista\n\nHablamos del plan de 28 puntos.\n\nEl vigésimo quinto punto fija elecciones en cien días.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "punto fija elecciones"}}},
	})
}
