package corpus

import (
	"strings"
	"testing"
)

// TestPointCardinal checks that a point named by its point word and a
// cardinal in words ("in point five the United States …", "le point
// cinq prévoit …") gives the point with that number in the
// version the catalogue numbers its term so, in English and French; that
// each positive is gone with noPointCardinal; that a point named in passing
// ("touches point nine, the fighter jets …") adds nothing; and that a
// clause ends before a point named by its figure ("…, and in point 15 …").
func TestPointCardinal(t *testing.T) {
	// A clause ends before a point named by its figure: point 15 keeps its
	// own clause when the reader finds the point before it.
	keeps15 := func(c switchedProvision, ps []Provision) {
		if c.want == "" || !strings.Contains(c.body, "both sides promise") {
			return
		}
		for _, p := range ps {
			if p.Number == 15 && !strings.Contains(p.Text, "both sides promise") {
				t.Errorf("%s: point 15 lost its clause: %+v", c.name, ps)
			}
		}
	}
	checkSwitchedProvisions(t, "noPointCardinal", func(off bool) ParseOptions { return ParseOptions{noPointCardinal: off} }, []switchedProvision{
		{date: "2026-01-09", name: "en in point five, before point 15", lang: "en", number: 5,
			body: "She went through the December framework. Point 4 keeps Ukraine's army at 800,000 troops in peacetime, and in point five the United States, NATO and Europe offer guarantees modelled on Article 5, and in point 15 both sides promise not to change borders by force.\n",
			want: "the United States, NATO and Europe offer guarantees modelled on Article 5"},
		{date: "2026-01-09", name: "fr Le point cinq, before point 15", lang: "fr", number: 5,
			body: "Elle a lu le cadre de décembre. Au point 4, l'armée ukrainienne conserverait 800 000 hommes en temps de paix. Pour elle, le point cinq prévoit que les États-Unis, l'OTAN et l'Europe offrent des garanties calquées sur l'article 5, et au point 15 les deux parties promettent de ne pas changer les frontières par la force.\n",
			want: "les États-Unis, l'OTAN et l'Europe offrent des garanties"},
		{date: "2026-01-09", name: "en in passing", lang: "en", number: 9,
			body: "She went through the November draft. Point 6 caps the army at 600,000. The Poles are unhappy about anything that touches point nine, the fighter jets based in Poland, because nobody asked them.\n",
			same: true},
	}, keeps15)
}
