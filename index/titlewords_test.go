package index

import (
	"context"
	"planbot/corpus"
	"slices"
	"testing"
)

// TestTitleNameCounts: a paragraph of an interview or report that does
// not repeat the name its title gives ("Entrevista | Marta Quiroga", "Im
// Gespräch: Jonas Falkenrath", "Звіт з Ізюма") answers a query of that name
// and one of its own words; a title's name that the query does not hold
// does not make a paragraph answer a query it answers only in part.
func TestTitleNameCounts(t *testing.T) {
	ix := openTexts(t,
		"---\ntitle: \"Entrevista | Marta Quiroga: «La tregua es frágil»\"\nlang: es\n---\n\nMarta Quiroga dirige un centro de estudios en Sevilla.\n\nP. ¿Cómo ve la tregua?\n\nR. Soy prudente: nadie vigila todavía la línea del frente.\n",
		"---\ntitle: \"Im Gespräch: Jonas Falkenrath über die Truppenobergrenze\"\nlang: de\n---\n\nJonas Falkenrath war lange Offizier.\n\nDie Obergrenze für die Armee hält er für gefährlich, sagt er.\n",
		"---\ntitle: \"Репортаж: як в Ізюмі чекають на обмін полоненими\"\nlang: uk\n---\n\nВ Ізюмі на площі зібралися родини.\n\nРодини полонених просять не забувати про цивільних заручників.\n",
		"---\nlang: en\n---\n\nAnalysts were prudent about the truce.\n\nThe army cap was discussed again on Tuesday.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"quiroga prudente", "Soy prudente"},
		{"falkenrath obergrenze", "Die Obergrenze"},
		{"izium заручників", "цивільних заручників"},
		{"quiroga weather forecast", ""},
		{"falkenrath football club fees", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
		// A shared search (SearchAll, as /provision and /compare ask)
		// answers as Search does.
		qs := []corpus.Query{{Text: c.query, Kind: corpus.KindStatement}, {Text: c.query, Kind: corpus.KindPassage}}
		all, err := ix.SearchAll(context.Background(), qs)
		if err != nil {
			t.Fatal(err)
		}
		for i, q := range qs {
			one, err := ix.Search(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := hitIDs(all[i]), hitIDs(one); !slices.Equal(got, want) {
				t.Errorf("%q kind %s: SearchAll %v, Search %v", c.query, q.Kind, got, want)
			}
		}
	}
}

// hitIDs lists the IDs of res's hits in order.
func hitIDs(res corpus.Results) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return out
}
