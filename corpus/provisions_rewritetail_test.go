package corpus

import "testing"

// TestRewriteTails checks that a numbered point whose text goes on with
// another version's rewrite of it, after a semicolon or in the item's next
// sentence, gives two provisions of the same number, each of its own
// version, in French, English and Spanish; and that a tail the catalogue
// does not place at that point stays where it is.
func TestRewriteTails(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "french semicolon", doc: "# Deux textes côte à côte\n\nSur l'armée, le point 6 du plan américain limitait les troupes ukrainiennes à 600 000 soldats ; la version européenne relève ce plafond à 800 000 en temps de paix.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600 000 soldats"}, {Plan: "European counter-proposal", Number: 6, Text: "relève ce plafond à 800 000"}},
			not:  []string{"soldats ; la version"}},
		{name: "english item, authors as subject", doc: "# The US draft, point by point\n\n5) Guarantees. The draft promised Ukraine reliable security guarantees.\n6) Army. The draft limited Ukraine's forces to 600,000 troops. European governments asked for 800,000 in peacetime instead.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600,000 troops"}, {Plan: "European counter-proposal", Number: 6, Text: "European governments asked for 800,000"}}},
		{name: "spanish next sentence", doc: "# Las claves\n\nEl punto 6 del plan estadounidense fija el ejército ucraniano en 600.000 efectivos. La versión europea lo eleva a 800.000 en tiempos de paz.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600.000 efectivos"}, {Plan: "European counter-proposal", Number: 6, Text: "lo eleva a 800.000"}}},
		{name: "italian authors in the head, contrast clause", doc: "# Il piano americano e la controproposta europea a confronto\n\nSul punto 21 gli americani riconoscono di fatto la Crimea come russa, mentre i governi europei propongono di negoziare i territori a partire dalla linea di contatto.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "riconoscono di fatto la Crimea"}, {Plan: "European counter-proposal", Number: 21, Text: "negoziare i territori"}},
			not:  []string{"russa, mentre"}},
		{name: "a tail on another matter stays", doc: "# Deux textes côte à côte\n\nLe point 6 du plan américain limitait les troupes ukrainiennes à 600 000 soldats ; la version européenne garde la numérotation américaine.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "soldats ; la version européenne garde la numérotation"}}},
	})
}

// TestSpokenLines checks that dashed lines of an interview, an asked
// question with its asking verb after a second dash or an answer whose
// attribution stands between two of its sentences, are not read as the
// points of a list, in Ukrainian, Polish and Russian; a dashed list of
// terms still is.
func TestSpokenLines(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "ukrainian exchange", doc: "# Інтерв'ю про мирний план\n\nМи говорили з депутаткою про американський план.\n\n— Чи можливий референдум щодо територій? — запитала кореспондентка.\n\n— Без референдуму про територію не обійтися, — відповіла депутатка. — Так каже Конституція.\n",
			not: []string{"референдум"}},
		{name: "polish exchange", doc: "# Rozmowa o planie amerykańskim\n\nRozmawialiśmy z posłem o planie.\n\n– Czy armia może liczyć 600 tysięcy żołnierzy? – dopytywał dziennikarz.\n\n– Limit 600 tysięcy to za mało – odpowiedział poseł. – Tak uważa cała komisja.\n",
			not: []string{"600 tysięcy"}},
		{name: "a dashed list of terms stays", doc: "# Что предусматривает американский план\n\n— Украина сокращает армию до 600 тысяч военнослужащих.\n— Россия возвращается в G8.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "600 тысяч"}}},
	})
}

// TestNotePoints checks that a prose term closed by a bracketed point note
// takes that number, with the ordinal before or after the point word, in
// Russian, French and Polish; a bracket holding more than a reference
// gives none.
func TestNotePoints(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "russian ordinal first", doc: "# Что было в плане\n\nНапомним, американский проект предусматривал, что Россия вернётся в «Большую восьмёрку» (13-й пункт).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "вернётся"}}},
		{name: "french point word first", doc: "# Ce que prévoyait le plan\n\nLe plan américain prévoyait que l'Ukraine organise des élections dans les cent jours (point 25).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "élections"}}},
		{name: "polish ordinal in words", doc: "# Co zakładał plan\n\nAmerykański plan przewidywał, że Ukraina zrzeknie się członkostwa w NATO (siódmy punkt).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "NATO"}}},
	})
	for _, tt := range []struct {
		text string
		want int
	}{
		{"… признаются российскими (21-й пункт)", 21},
		{"… à 600 000 hommes (point 6).", 6},
		{"… in Polen (siehe dazu auch Punkt 9 und 10)", 0},
		{"… an army of 600,000 (a figure Kyiv rejects)", 0},
	} {
		if got := notePoint(tt.text); got != tt.want {
			t.Errorf("notePoint(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestAuthorsClauses checks that a sentence opening on a version's authors
// with a proposing or speech verb and a that-word gives the clause as that
// version's term, in Ukrainian, English and Russian; and that the authors'
// view of the plan, which states no term, gives none.
func TestAuthorsClauses(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "ukrainian aside between", doc: "# Інтерв'ю\n\nДепутатка говорила про американський план.\n\nЄвропейці, пояснила вона, запропонували, щоб заморожені російські активи лишалися заблокованими, доки Росія не відшкодує збитки.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "заморожені російські активи лишалися заблокованими"}}},
		{name: "english propose that", doc: "# The talks\n\nThe US plan was discussed in Geneva.\n\nThe Europeans propose that Russia's frozen assets stay frozen until Moscow pays for the damage.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "frozen assets stay frozen until Moscow pays"}}},
		{name: "russian хотят, чтобы", doc: "# Переговоры\n\nАмериканский план обсуждали в Женеве.\n\nЕвропейцы хотят, чтобы замороженные российские активы оставались замороженными, пока Россия не возместит ущерб.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 14, Text: "замороженные российские активы"}}},
		{name: "a view states no term", doc: "# The talks\n\nThe US plan was discussed in Geneva.\n\nThe Europeans say that the plan still needs a great deal of work.\n",
			not: []string{"needs a great deal"}},
	})
}

// TestAnswerNumbers checks that an interview's answer stating a term takes
// the number of the point the question named when the catalogue agrees,
// in English, French and Italian, and that the question's bare reference
// is no provision.
func TestAnswerNumbers(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english transcript", doc: "# Interview on the US draft\n\nHOST: And the money. Point 14 of the American draft...\n\nGUEST: Yes. A hundred billion dollars of frozen Russian assets would go into US-led reconstruction, with America taking half the profit.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "frozen Russian assets"}},
			not:  []string{"Point 14 of the American draft"}},
		{name: "french interview", doc: "# Entretien sur le plan américain\n\n— Et le point 25 du plan américain ?\n\nLe texte veut que l'Ukraine organise des élections dans les cent jours, ce qui est irréaliste.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "élections dans les cent jours"}}},
		{name: "italian, another point's term keeps none", doc: "# Intervista sul piano americano\n\nParliamo del punto 14 del piano americano.\n\nIl piano prevede che l'Ucraina tenga elezioni entro cento giorni.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 0, Text: "elezioni entro cento giorni"}}},
	})
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Point 14 of the American draft", true},
		{"Il punto 21 del piano americano", true},
		{"Point 14 of the American draft sends $100bn of frozen assets to rebuilding", false},
	} {
		if got := bareReference(tt.text); got != tt.want {
			t.Errorf("bareReference(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestQuoteOfLaterPoint checks that a quotation standing after a second
// point reference in the sentence is not read as the first point's
// wording, in French and English: the first point keeps its own term.
func TestQuoteOfLaterPoint(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "french ordinal second point", doc: "# Le plan américain\n\nPour mémoire, le point 8 de ce document excluait tout stationnement de troupes de l'Otan en Ukraine, et son cinquième point se contentait de promettre des « garanties de sécurité fiables » sans autre précision.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 8, Text: "excluait tout stationnement"}}},
		{name: "english numbered second point", doc: "# The US plan\n\nAs a reminder, point 8 of the draft ruled out any NATO troops in Ukraine, while point 5 merely promised \"reliable security guarantees for Ukraine\" with no detail.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 8, Text: "ruled out any NATO troops"}}},
	})
}
