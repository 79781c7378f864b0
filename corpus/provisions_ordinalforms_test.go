package corpus

import (
	"strings"
	"testing"
)

// TestOrdinalPointFormsByLanguage checks points named by an ordinal in the
// forms news text writes them in, language by language (stop 65,
// zprovnum): numeric ordinals with the suffix of each language
// (pointrefs.json ordinalSuffixes: Dutch "26ste", "5de", Italian "24°",
// Swedish "24:e", "21:a", Romanian "al 24-lea", Bulgarian "24-ата", Greek
// "24ο"); the Swedish definite point word after an ordinal ("den femte
// punkten", pointrefs.json ordinalPointWords) and its compound ordinals
// ("tjugofjärde", plans.json ordinals); an ordinal point in the locative
// after a preposition in the languages whose point word keeps its form
// ("Im fünften Punkt heißt es", "In het vijfde punt staat",
// pointrefs.json locativePrepositions), or with the ordinal after the
// point word ("În punctul al cincilea se prevede"); and the verbs of giving, setting
// up and committing by which such a point sets out its term
// (pointrefs.json pointVerbs: "geeft", "zřizuje", "gibt"). The negatives
// are dates, degrees, a league table's points, German's dative plural
// "den Punkten 6 und 21" and Swedish "den punkten" with no ordinal.
func TestOrdinalPointFormsByLanguage(t *testing.T) {
	head := func(lang, title string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n# " + title + "\n\n"
	}
	us := "US 28-point draft"
	checkFresh(t, []freshCase{
		{name: "nl 26ste punt geeft", doc: head("nl", "Het 28-puntenplan") + "Het 26ste punt geeft alle partijen amnestie voor daden tijdens de oorlog.\n",
			want: []Provision{{Plan: us, Number: 26, Text: "amnestie"}}},
		{name: "nl 5de punt bepaalt", doc: head("nl", "Het 28-puntenplan") + "Het 5de punt bepaalt dat Oekraïne veiligheidsgaranties krijgt.\n",
			want: []Provision{{Plan: us, Number: 5, Text: "veiligheidsgaranties"}}},
		{name: "nl in het vijfde punt staat", doc: head("nl", "Het 28-puntenplan") + "In het vijfde punt staat dat Oekraïne veiligheidsgaranties krijgt.\n",
			want: []Provision{{Plan: us, Number: 5, Text: "veiligheidsgaranties"}}},
		{name: "nl vierentwintigste punt richt op", doc: head("nl", "Het 28-puntenplan") + "Het vierentwintigste punt richt een comité op voor de uitwisseling van gevangenen.\n",
			want: []Provision{{Plan: us, Number: 24, Text: "comité"}}},
		{name: "it 24° punto", doc: head("it", "Il piano in 28 punti") + "Il 24° punto prevede un comitato per lo scambio dei prigionieri.\n",
			want: []Provision{{Plan: us, Number: 24, Text: "comitato"}}},
		{name: "it nel quinto punto si legge", doc: head("it", "Il piano in 28 punti") + "Nel quinto punto si legge che l'Ucraina riceve garanzie di sicurezza.\n",
			want: []Provision{{Plan: us, Number: 5, Text: "garanzie"}}},
		{name: "sv 24:e punkt", doc: head("sv", "Den amerikanska 28-punktsplanen") + "Planens 24:e punkt föreskriver att en kommitté inrättas för fångutväxling.\n",
			want: []Provision{{Plan: us, Number: 24, Text: "kommitté"}}},
		{name: "sv den femte punkten", doc: head("sv", "Den amerikanska 28-punktsplanen") + "Den femte punkten föreskriver att Ukraina får säkerhetsgarantier.\n",
			want: []Provision{{Plan: us, Number: 5, Text: "säkerhetsgarantier"}}},
		{name: "sv i den artonde punkten", doc: head("sv", "Den amerikanska 28-punktsplanen") + "I den artonde punkten förbinder sig Ukraina att förbli en icke-kärnvapenstat.\n",
			want: []Provision{{Plan: us, Number: 18, Text: "icke-kärnvapenstat"}}},
		{name: "sv tjugofjärde punkten inrättar", doc: head("sv", "Den amerikanska 28-punktsplanen") + "Den tjugofjärde punkten inrättar en kommitté för utväxling av fångar.\n",
			want: []Provision{{Plan: us, Number: 24, Text: "kommitté"}}},
		{name: "ro al 24-lea punct", doc: head("ro", "Planul în 28 de puncte") + "Al 24-lea punct prevede un comitet pentru schimbul de prizonieri.\n",
			want: []Provision{{Plan: us, Number: 24, Text: "comitet"}}},
		{name: "bg 24-ата точка", doc: head("bg", "28-точковият план") + "24-ата точка предвижда комитет за размяна на пленници.\n",
			want: []Provision{{Plan: us, Number: 24, Text: "комитет"}}},
		{name: "el 24ο σημείο", doc: head("el", "Το σχέδιο 28 σημείων") + "Το 24ο σημείο προβλέπει επιτροπή για την ανταλλαγή αιχμαλώτων.\n",
			want: []Provision{{Plan: us, Number: 24, Text: "επιτροπή"}}},
		{name: "cs dvacátý čtvrtý bod zřizuje", doc: head("cs", "28bodový plán") + "Dvacátý čtvrtý bod zřizuje humanitární výbor pro výměnu všech zajatců.\n",
			want: []Provision{{Plan: us, Number: 24, Text: "výbor"}}},
		{name: "de im fünften Punkt heißt es", doc: head("de", "Der 28-Punkte-Plan") + "Im fünften Punkt heißt es, die Ukraine erhalte Sicherheitsgarantien.\n",
			want: []Provision{{Plan: us, Number: 5, Text: "Sicherheitsgarantien"}}},
		{name: "de fünfte Punkt gibt", doc: head("de", "Der 28-Punkte-Plan") + "Der fünfte Punkt gibt der Ukraine Sicherheitsgarantien.\n",
			want: []Provision{{Plan: us, Number: 5, Text: "Sicherheitsgarantien"}}},
		{name: "en fifth point gives", doc: head("en", "The US 28-point plan") + "The fifth point gives Ukraine security guarantees.\n",
			want: []Provision{{Plan: us, Number: 5, Text: "security guarantees"}}},
		{name: "ro în punctul al cincilea se prevede", doc: head("ro", "Planul în 28 de puncte") + "În punctul al cincilea se prevede că Ucraina va primi garanții de securitate.\n",
			want: []Provision{{Plan: us, Number: 5, Text: "garanții"}}},
		{name: "ro punctul al cincilea, nominative, a judgement", doc: head("ro", "Planul în 28 de puncte") + "Punctul al cincilea este controversat, spun diplomații.\n",
			not: []string{"controversat"}},
		{name: "nl date 5de december", doc: head("nl", "Het 28-puntenplan") + "Op de 5de december sprak Rutte over de economie.\n",
			not: []string{"Rutte"}},
		{name: "it degrees", doc: head("it", "Il piano in 28 punti") + "La temperatura era di 24° a Kiev.\n",
			not: []string{"temperatura"}},
		{name: "de league points", doc: head("de", "Der 28-Punkte-Plan") + "Der Verein hat nach zwölf Spielen 20 Punkte und steht auf dem fünften Platz.\n",
			not: []string{"Verein"}},
		{name: "en league points", doc: head("en", "The US 28-point plan") + "The club has 20 points after 12 games, the fifth best record.\n",
			not: []string{"club"}},
		{name: "de dative plural Punkten", doc: head("de", "Der 28-Punkte-Plan") + "Den ersten Teil mit den Punkten 1 bis 10 haben wir gestern veröffentlicht.\n",
			not: []string{"veröffentlicht"}},
		{name: "sv den punkten, no ordinal", doc: head("sv", "Den amerikanska 28-punktsplanen") + "Vid den punkten bröt mötet upp och alla gick hem.\n",
			not: []string{"mötet"}},
	})
}

// TestOrdinalPointWord checks the point word read only after an ordinal
// (pointword_ordinalonly.go).
func TestOrdinalPointWord(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"den femte punkten", true},
		{"den 24:e punkten", true},
		{"den tjugofjärde punkten", true},
		{"bei den Punkten 6 und 21", false},
		{"vid den punkten", false},
	} {
		ws := strings.Index(strings.ToLower(c.s), "punkten")
		w := c.s[ws : ws+len("punkten")]
		if got := ordinalPointWord(c.s, ws, w); got != c.want {
			t.Errorf("ordinalPointWord(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
