package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestHitsNotMade: a sentence another rule took one clause of still gives
// the terms whose words lie outside that clause; one a provision holds
// whole, or whose terms all lie in what was taken, gives none.
func TestHitsNotMade(t *testing.T) {
	c := planTermsData()
	for _, tt := range []struct {
		name, sentence string
		taken          []string // other provisions' texts, same paragraph
		want           []string // term IDs left to read
	}{
		{"en first clause", "Its second point provides for a full non-aggression agreement between Russia, Ukraine and Europe, and point 27 puts a Peace Council chaired by the US president in charge.",
			[]string{"point 27 puts a Peace Council chaired by the US president in charge"}, []string{"non-aggression"}},
		{"cs first clause", "Podle šestého bodu by ukrajinská armáda byla omezena na 600 000 vojáků, bod 21 počítal s uznáním Krymu za de facto ruský.",
			[]string{"bod 21 počítal s uznáním Krymu za de facto ruský"}, []string{"army-600k"}},
		// a term's words on both sides of the taken clause stay unread:
		// which clause the term is of is not known
		{"en term across the taken clause", "The first draft said in point 7 that Ukraine would write into its constitution that it will not join NATO, and in point 8 that NATO agrees not to station troops in Ukraine.",
			[]string{"The first draft said in point 7 that Ukraine would write into its constitution that it will not join NATO"}, nil},
		{"pt first clause", "O texto prevê no ponto 7 que a Ucrânia renuncie na Constituição à adesão à NATO e, no ponto 6, que as forças armadas ucranianas fiquem limitadas a 600 mil efetivos.",
			[]string{"no ponto 6, que as forças armadas ucranianas fiquem limitadas a 600 mil efetivos"}, []string{"nato-constitution"}},
		{"it quote taken", "Il punto 5 della bozza promette all'Ucraina «garanzie di sicurezza affidabili», senza dire quali.",
			[]string{"Il punto 5 della bozza promette all'Ucraina"}, []string{"reliable-guarantees"}},
		// negatives
		{"whole sentence taken", "The first draft caps the Ukrainian army at 600,000 troops.",
			[]string{"The first draft caps the Ukrainian army at 600,000 troops"}, nil},
		{"sentence inside a longer provision", "The first draft caps the Ukrainian army at 600,000 troops.",
			[]string{"Under point 6, the first draft caps the Ukrainian army at 600,000 troops. The counter-proposal says 800,000."}, nil},
		{"term inside the taken clause", "Asked again, he said the draft caps the Ukrainian army at 600,000 troops.",
			[]string{"the draft caps the Ukrainian army at 600,000 troops"}, nil},
		{"de term inside the taken clause", "Der Entwurf sieht vor, dass die Ukraine den Donbass räumt.",
			[]string{"die Ukraine den Donbass räumt"}, nil},
	} {
		var sc termScan
		own := lowerString(tt.sentence)
		hits := slices.Clone(c.matchTerms(&sc, own))
		var have []Provision
		for _, tx := range tt.taken {
			have = append(have, Provision{Position: 3, Text: tx})
		}
		have = append(have, Provision{Position: 4, Text: tt.sentence}) // another paragraph's: never counts
		if !madeBefore(have, 3, own) {
			t.Errorf("%s: madeBefore false; the case does not reach hitsNotMade", tt.name)
			continue
		}
		free, _ := hitsNotMade(have, 3, own, own, hits)
		var got []string
		for _, h := range free {
			got = append(got, c.terms[h.term].ID)
		}
		if !slices.Equal(got, tt.want) {
			var all []string
			for _, h := range hits {
				all = append(all, c.terms[h.term].ID)
			}
			t.Errorf("%s: free terms %q, want %q (all hits %q)", tt.name, got, tt.want, all)
		}
	}
}

// TestNotMadePiece: the text of a term another rule's clauses surround is
// the stretch between them, without the joining punctuation.
func TestNotMadePiece(t *testing.T) {
	for _, tt := range []struct {
		s, taken, term, want string
	}{
		{"Of note: point 9 (a fund for rebuilding) and point 10, under which trade is freed.", "point 10, under which trade is freed", "fund",
			"Of note: point 9 (a fund for rebuilding) and"},
		{"Points: prisoners all for all (point 17), elections soon (point 18), and a ceasefire once all agree (point 20).", "Points: prisoners all for all (point 17)", "ceasefire",
			"elections soon (point 18), and a ceasefire once all agree (point 20)."},
		{"Il punto 5 promette all'Ucraina «garanzie affidabili», senza dire quali.", "Il punto 5 promette all'Ucraina", "garanzie",
			"«garanzie affidabili», senza dire quali."},
		{"No clause was taken here.", "", "clause", "No clause was taken here."},
	} {
		own := lowerString(tt.s)
		var taken [][2]int
		if tt.taken != "" {
			at := strings.Index(own, lowerString(tt.taken))
			taken = [][2]int{{at, at + len(tt.taken)}}
		}
		at := strings.Index(own, tt.term)
		if got := notMadePiece(tt.s, own, taken, at, at+len(tt.term)); got != tt.want {
			t.Errorf("%.40q: piece %q, want %q", tt.s, got, tt.want)
		}
	}
}
