package corpus

import (
	"strings"
	"testing"
)

// lookSetTexts are sentences in several languages and scripts, written for
// these tests, with and without the affiliation prepositions and title
// abbreviations learnRoles looks for.
var lookSetTexts = []string{
	"",
	"a",
	"Die Expertin Anna Beispiel vom Institut für Sicherheitsfragen sagte, der Plan sei unklar.",
	"Jan Novák z pražského centra pro analýzy uvedl, že jednání pokračují.",
	"Иван Примеров из Центра стратегических исследований считает, что переговоры затянутся.",
	"Олена Зразкова від Інституту миру заявила про нові умови.",
	"Marco Esempio dell'Istituto per gli studi di politica ha commentato la bozza.",
	"gen. Tomasz Przykładowy powiedział, że to za mało.",
	"Gen. Ada Sample, who leads the panel, spoke at length about the draft.",
	"The envoy, from Geneva, said nothing new.",
	"Nothing here matches at all",
	"ze",
	" z",
	" z ",
	"déjà vu du côté de la délégation",
}

// TestLookSetAnswersAsAnyIn checks that a lookSet answers what anyIn
// answers, over learnRoles' own looks and over made-up lists with short,
// repeated and non-ASCII looks.
func TestLookSetAnswersAsAnyIn(t *testing.T) {
	lists := [][]string{
		docRoles().affLooks,
		{" von ", " z ", " из ", "", "x"},
		{"é", "ü", " з "},
		{"ab", "abc", "ab"},
		nil,
	}
	for _, looks := range docRoles().abbrLooks {
		lists = append(lists, looks)
	}
	for _, looks := range lists {
		ls := newLookSet(looks)
		for _, s := range lookSetTexts {
			if got, want := ls.in(s), anyIn(s, looks); got != want {
				t.Errorf("lookSet(%q).in(%q) = %v, anyIn %v", looks, s, got, want)
			}
		}
	}
	var none *lookSet
	if none.in("anything") {
		t.Error("a nil lookSet holds nothing")
	}
}

// TestLookSetsOfLearnRoles checks the sets learnRoles uses against its
// data: each affiliation preposition and abbreviation is found in a
// sentence holding it, and a sentence holding none finds none.
func TestLookSetsOfLearnRoles(t *testing.T) {
	d := docRoles()
	for _, l := range d.affLooks {
		if !affLookSet().in("Name Surname" + l + "Institute") {
			t.Errorf("affiliation look %q not found", l)
		}
	}
	for lang, looks := range d.abbrLooks {
		for _, l := range looks {
			if !abbrLookSets()[lang].in("said " + l + " Name Surname") {
				t.Errorf("%s: abbreviation %q not found", lang, l)
			}
		}
	}
	if affLookSet().in("Plain words only") {
		t.Error("affiliation found where there is none")
	}
}

// TestContrastTailsAt checks that the first-byte index of the contrast
// tail words keeps every word strings.HasPrefix(rest, w+" ") accepts, in
// French, Polish, German, Russian and English openings, and that
// hasWordPrefix is that test.
func TestContrastTailsAt(t *testing.T) {
	rests := []string{
		"contre 600 000 dans la version américaine",
		"zamiast 600 tys. z wersji amerykańskiej",
		"gegenüber 600.000 im US-Entwurf",
		"вместо 600 тысяч в американском плане",
		"against 600,000 in the us draft",
		"instead of the earlier figure",
		"contrex is a word",
		"against",
		"",
		"x",
	}
	for _, rest := range rests {
		var want, got []string
		for _, w := range contrastTailWords() {
			if strings.HasPrefix(rest, w+" ") {
				want = append(want, w)
			}
		}
		for _, w := range contrastTailsAt(rest) {
			if hasWordPrefix(rest, w) {
				got = append(got, w)
			}
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: tails %q, want %q", rest, got, want)
		}
	}
}

// BenchmarkLookSet compares the lookSet of the affiliation looks with
// anyIn over the same sentences.
func BenchmarkLookSet(b *testing.B) {
	looks := docRoles().affLooks
	ls := newLookSet(looks)
	b.Run("lookSet", func(b *testing.B) {
		for b.Loop() {
			for _, s := range lookSetTexts {
				ls.in(s)
			}
		}
	})
	b.Run("anyIn", func(b *testing.B) {
		for b.Loop() {
			for _, s := range lookSetTexts {
				anyIn(s, looks)
			}
		}
	})
}
