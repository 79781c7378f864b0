package corpus

import (
	"strings"
	"testing"
)

// TestLastPoint checks that a version's last point named as such ("the
// last point says …", "le dernier point …", "según el último punto, …",
// "siste punkt sier at …", "… — the last one, the twentieth") gives the
// point with the version's last number, in English, French, Spanish and
// Norwegian: the 20-point framework's 20 in a late document, the US
// draft's 28 in a November one, also when it ends a sentence about another
// point; that each positive is gone with noLastPoint; and that a last
// point whose clause names no term numbered last ("at the last point of
// the walk we stopped for tea") adds none.
func TestLastPoint(t *testing.T) {
	const head = "---\ntitle: t\npublished: %d\nlang: %l\n---\n\n"
	tests := []struct {
		name, lang, date, body string
		plan                   string
		number                 int
		want                   string // a provision plan/number holds it; "" for none
		same                   bool   // the reader adds nothing: the same provisions with and without it
	}{
		{name: "en after another point", lang: "en", date: "2026-01-09", plan: twentyPoint, number: 20,
			body: "Our speaker went through the December framework. Under point 4, Ukraine's army would keep a peacetime strength of 800,000. By the eighteenth, Ukraine would hold elections as soon as possible after signing, and the last point says a full ceasefire takes effect once all parties have agreed.\n",
			want: "the last point says a full ceasefire takes effect"},
		{name: "fr dernier point", lang: "fr", date: "2026-01-20", plan: twentyPoint, number: 20,
			body: "Le colonel a présenté le cadre en vingt points publié par Kiev. Au point 4, l'armée ukrainienne conserverait 800 000 hommes en temps de paix. Enfin le dernier point fait entrer en vigueur un cessez-le-feu complet dès l'accord de tous.\n",
			want: "fait entrer en vigueur un cessez-le-feu complet"},
		{name: "es según el último punto", lang: "es", date: "2026-02-06", plan: twentyPoint, number: 20,
			body: "Del marco de 20 puntos que Kiev presentó en diciembre destacó el punto 9, que crea fondos para la recuperación económica. Según el último punto, el alto el fuego entraría en vigor en cuanto todos acepten.\n",
			want: "el alto el fuego entraría en vigor"},
		{name: "no siste punkt, November", lang: "no", date: "2025-11-26", plan: usDraft, number: 28,
			body: "Den amerikanske planen har 28 punkter. I punkt 2 skal Russland, Ukraina og Europa inngå en avtale om ikke-angrep. Planen oppretter også en humanitær komité (punkt 24), og siste punkt sier at våpenhvilen trer i kraft straks partene er enige.\n",
			want: "siste punkt sier at våpenhvilen trer i kraft"},
		{name: "en the last one after the term", lang: "en", date: "2026-01-27", plan: twentyPoint, number: 20,
			body: "She had the December framework on her phone. Point 2 is a full non-aggression agreement, with the line watched by satellites. And the ceasefire starts straight away once everyone agrees — the last one, the twentieth.\n",
			want: "the ceasefire starts straight away once everyone agrees"},
		{name: "en no last term", lang: "en", date: "2026-01-27", plan: twentyPoint, number: 20,
			body: "She had the December framework on her phone. Point 4 keeps the army at 800,000 in peacetime. At the last point of the walk we stopped for tea by the old mill, and everyone agreed it was the coldest day of the winter.\n",
			same: true},
	}
	for _, tt := range tests {
		var got [2][]Provision
		for i, off := range []bool{false, true} {
			doc := strings.NewReplacer("%d", tt.date, "%l", tt.lang).Replace(head) + tt.body
			d, err := Parse([]byte(doc), ParseOptions{Name: "a.md", Now: fixedNow, noLastPoint: off})
			if err != nil {
				t.Fatal(err)
			}
			got[i] = d.Provisions
			found := false
			for _, p := range d.Provisions {
				if p.Number != tt.number {
					continue
				}
				if tt.want != "" && p.Plan == tt.plan && strings.Contains(p.Text, tt.want) {
					found = true
				}
			}
			if tt.want != "" && found == off {
				t.Errorf("%s (noLastPoint %v): found %v, want %v; got %+v", tt.name, off, found, !off, d.Provisions)
			}
		}
		if tt.same && len(got[0]) != len(got[1]) {
			t.Errorf("%s: %d provisions with the reader, %d without: %+v", tt.name, len(got[0]), len(got[1]), got[0])
		}
	}
}
