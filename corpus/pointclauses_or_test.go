package corpus

import (
	"slices"
	"testing"
)

// TestPointClausesOr checks that "or" after a comma splits a sentence
// before a clause naming its own point, and only there: Portuguese "o"
// is also an article.
func TestPointClausesOr(t *testing.T) {
	cases := []struct {
		s    string
		want []string
	}{
		{"Remain point 8, on the grain corridor, or point 12, which sets up a fund.",
			[]string{"Remain point 8, on the grain corridor", "point 12, which sets up a fund."}},
		{"Hi ha el punt 8, sobre el corredor de gra, o el punt 12, que crea un fons.",
			[]string{"Hi ha el punt 8, sobre el corredor de gra", "el punt 12, que crea un fons."}},
		{"O texto previa, no ponto 9, o fim das sanções, e, no ponto 12, um fundo.",
			[]string{"O texto previa", "no ponto 9, o fim das sanções, e", "no ponto 12, um fundo."}}, // (no cut at ", o fim")
	}
	for _, c := range cases {
		if got := pointClauses([]string{c.s}); !slices.Equal(got, c.want) {
			t.Errorf("pointClauses(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestCatalanPlanNames checks that Catalan names of the US draft name it.
func TestCatalanPlanNames(t *testing.T) {
	planFor := newPlanMemo()
	for _, s := range []string{"El pla de 28 punts es va presentar al novembre.", "Del text de novembre en queden poques coses."} {
		if name, _ := planFor(s); name != "US 28-point draft" {
			t.Errorf("planFor(%q) = %q, want the US draft", s, name)
		}
	}
}
