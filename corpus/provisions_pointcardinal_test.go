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
	const head = "---\ntitle: t\npublished: 2026-01-09\nlang: %l\n---\n\n"
	tests := []struct {
		name, lang, body string
		number           int
		want             string // a provision numbered number holds it
		same             bool   // the reader adds nothing
	}{
		{name: "en in point five, before point 15", lang: "en", number: 5,
			body: "She went through the December framework. Point 4 keeps Ukraine's army at 800,000 troops in peacetime, and in point five the United States, NATO and Europe offer guarantees modelled on Article 5, and in point 15 both sides promise not to change borders by force.\n",
			want: "the United States, NATO and Europe offer guarantees modelled on Article 5"},
		{name: "fr Le point cinq, before point 15", lang: "fr", number: 5,
			body: "Elle a lu le cadre de décembre. Au point 4, l'armée ukrainienne conserverait 800 000 hommes en temps de paix. Pour elle, le point cinq prévoit que les États-Unis, l'OTAN et l'Europe offrent des garanties calquées sur l'article 5, et au point 15 les deux parties promettent de ne pas changer les frontières par la force.\n",
			want: "les États-Unis, l'OTAN et l'Europe offrent des garanties"},
		{name: "en in passing", lang: "en", number: 9,
			body: "She went through the November draft. Point 6 caps the army at 600,000. The Poles are unhappy about anything that touches point nine, the fighter jets based in Poland, because nobody asked them.\n",
			same: true},
	}
	for _, tt := range tests {
		var got [2][]Provision
		for i, off := range []bool{false, true} {
			doc := strings.Replace(head, "%l", tt.lang, 1) + tt.body
			d, err := Parse([]byte(doc), ParseOptions{Name: "a.md", Now: fixedNow, noPointCardinal: off})
			if err != nil {
				t.Fatal(err)
			}
			got[i] = d.Provisions
			found := false
			for _, p := range d.Provisions {
				if p.Number == tt.number && tt.want != "" && strings.Contains(p.Text, tt.want) {
					found = true
				}
			}
			if tt.want != "" && found == off {
				t.Errorf("%s (noPointCardinal %v): found %v, want %v; got %+v", tt.name, off, found, !off, d.Provisions)
			}
			if tt.want != "" && !off {
				for _, p := range d.Provisions {
					if p.Number == 15 && !strings.Contains(p.Text, "both sides promise") && strings.Contains(tt.body, "both sides promise") {
						t.Errorf("%s: point 15 lost its clause: %+v", tt.name, d.Provisions)
					}
				}
			}
		}
		if tt.same && len(got[0]) != len(got[1]) {
			t.Errorf("%s: %d provisions with the reader, %d without: %+v", tt.name, len(got[0]), len(got[1]), got[0])
		}
	}
}
