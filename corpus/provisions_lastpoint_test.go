package corpus

import "testing"

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
	checkSwitchedProvisions(t, "noLastPoint", func(off bool) ParseOptions { return ParseOptions{noLastPoint: off} }, []switchedProvision{
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
	}, nil)
}
