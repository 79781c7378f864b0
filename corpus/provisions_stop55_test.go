// Probes for stop 55's provision mechanisms (xprov): an agenda's
// abbreviation after a point's number ("Punto 1 all'o.d.g."), an article's
// short form before its number ("art. 5"), a short clause that opens on its
// point before the next point, a bullet opening on a point's short form and
// a verb ("п. 17 предполагает …"), and a capitalised noun after an elided
// ordinal ("Der vierte Gast").

package corpus

import "testing"

func TestAgendaAbbreviationOwnsPoint(t *testing.T) {
	const fw = "20-point framework"
	checkFresh(t, []freshCase{
		{name: "it o.d.g.", doc: "# Verbale\n\nLa presidente legge una sintesi del quadro in 20 punti presentato da Kiev.\n\n**Punto 1 all'o.d.g.** – Il tesoriere illustra il rendiconto: entrate per 18.420 euro, uscite per 16.905 euro.\n\n**Punto 4 all'o.d.g.** – Nessun intervento.\n",
			not: []string{"tesoriere", "Nessun intervento"}},
		{name: "it ordine del giorno", doc: "# Verbale\n\nLa presidente legge una sintesi del quadro in 20 punti presentato da Kiev.\n\nIl punto 3 dell'ordine del giorno – Si approva il calendario delle attività di Pasqua.\n",
			not: []string{"calendario"}},
		// positives: a point of the plan after the same sentences
		{name: "it plan point", doc: "# Verbale\n\nLa presidente legge una sintesi del quadro in 20 punti presentato da Kiev. Il punto 2 del quadro prevede un accordo di non aggressione tra la Russia e l'Ucraina.\n",
			want: []Provision{{Plan: fw, Number: 2, Text: "non aggressione"}}},
		{name: "en U.S. after the number", doc: "# The plan\n\nPoint 6 of the U.S. draft caps Ukraine's armed forces at 600,000 personnel.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600,000"}}},
	})
}

func TestOwnerPhraseEnd(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{" all'o.d.g.** – Il tesoriere", 10},
		{" of the agenda. Next", 14},
		{" of the U.S. draft, which", 11}, // (the last dot of an abbreviation ends it, as before)
		{" del piano (versione)", 11},
		{" of the plan", -1},
	} {
		if got := ownerPhraseEnd(tc.in); got != tc.want {
			t.Errorf("ownerPhraseEnd(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestArticleAbbreviationEndsNoSentence(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"Pkt 5 daje gwarancje odzwierciedlające art. 5 od USA, NATO i Europy.", 1},
		{"Die Garantie folgt Art. 5 des Nato-Vertrags. Das ist neu.", 2},
		{"Гарантии по образцу ст. 5 Устава НАТО. Это новое.", 2},
		// negatives: a sentence that ends on a word, or an abbreviation before no number
		{"He studied art. 5 people came to the show.", 1}, // (a number after "art." keeps the sentence: accepted)
		{"They spoke of modern art. Then they left.", 2},
		{"Point 19 is gone. 20 points remain.", 2},
	} {
		if got := len(sentences(tc.in)); got != tc.want {
			t.Errorf("sentences(%q): %d, want %d", tc.in, got, tc.want)
		}
	}
	checkFresh(t, []freshCase{
		{name: "pl art. 5", doc: "# Debata\n\nMówca porównał ramy 20 punktów z planem USA. Pkt 1 potwierdza suwerenność Ukrainy, pkt 5 daje gwarancje bezpieczeństwa odzwierciedlające art. 5 od USA, NATO i Europy.\n",
			want: []Provision{{Plan: "20-point framework", Number: 5, Text: "art. 5 od USA"}}},
	})
}

func TestShortClauseBeforeNextPoint(t *testing.T) {
	const fw = "20-point framework"
	checkFresh(t, []freshCase{
		{name: "en", doc: "# T\n\nThe 20-point framework was presented in December.\n\nPoint 1 confirms the sovereignty, point 5 gives security guarantees from the US.\n",
			want: []Provision{{Plan: fw, Number: 1, Text: "confirms the sovereignty"}, {Plan: fw, Number: 5, Text: "security guarantees"}}},
		{name: "pl", doc: "# T\n\nRamy 20 punktów przedstawiono w grudniu.\n\nPkt 1 potwierdza suwerenność Ukrainy, pkt 5 daje gwarancje bezpieczeństwa od USA.\n",
			want: []Provision{{Plan: fw, Number: 1, Text: "suwerenność Ukrainy"}, {Plan: fw, Number: 5, Text: "gwarancje"}}},
		// negative: a point named with nothing said of it introduces the next
		{name: "en take point", doc: "# T\n\nThe 20-point framework was presented in December.\n\nTake point 14. Point 15 gives security guarantees from the US.\n",
			want: []Provision{{Plan: fw, Number: 15, Text: "security guarantees"}}, not: []string{"Take point 14"}},
	})
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Point 1 confirms the sovereignty", true},
		{"Pkt 1 potwierdza suwerenność", true},
		{"Take point 14.", false},
		{"The key part is point 21", false},
		{"Point 21 again", false},
	} {
		if got := wordsAfterRef(tc.in); got != tc.want {
			t.Errorf("wordsAfterRef(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestSubjectPointShortForm(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"п. 17 предполагает продление договоров", 17},
		{"pkt 5 daje gwarancje", 5},
		{"Пункт 7 предусматривает", 7},
		// negatives: a capital after the number, or no point word
		{"п. 17 Россия", 0},
		{"ст. 5 предполагает", 0},
		{"17 предполагает продление", 0},
	} {
		if got := subjectPoint(tc.in); got != tc.want {
			t.Errorf("subjectPoint(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestOrdinalBeforeCapitalisedNoun(t *testing.T) {
	lx := lexiconData()
	for _, tc := range []struct {
		in   string
		bare bool
		want int
	}{
		{"Der vierte Gast, der frühere Oberst, liefert die Sätze.", false, 0},
		{"Die zweite Runde der Gespräche beginnt morgen.", false, 0},
		{"The second Trump administration wants a deal.", false, 0},
		// positives: the elided point
		{"The seventh asked Kyiv to hold elections.", false, 7},
		{"Der vierte sieht eine Armee von 800.000 vor.", false, 4},
		{"Il settimo chiede l'adesione all'Unione.", false, 7},
	} {
		if got := openingOrdinal(lx, tc.in, tc.bare); got != tc.want {
			t.Errorf("openingOrdinal(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
