package corpus

import "testing"

// TestPostAccording checks "according to" written after whose view it
// gives: Hungarian with the title after the name and after a wire's
// dateline, an appositive title, a Finnish genitive of a name met before,
// a Turkish dative with an apostrophe; and that a document or a point
// before the postposition gives no statement.
func TestPostAccording(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"hu: name, then title", doc("hu", "Nagy Anna külügyminiszter szerint a tárgyalások jövő héten folytatódnak."), "Nagy Anna", "a tárgyalások jövő héten folytatódnak"},
		{"hu: after a dateline", doc("hu", "Szeged, 2026. március 3., kedd (Alföldi Hírek) – Tóth Gábor polgármester szerint az új híd nyáron elkészül."), "Tóth Gábor", "az új híd nyáron elkészül"},
		{"hu: appositive title", doc("hu", "Kiss Péter, az intézet vezető elemzője szerint a javaslat nem életképes."), "Kiss Péter", "a javaslat nem életképes"},
		{"fi: genitive of a name met before", doc("fi", "Tutkija Anna Mäkinen puhui seminaarissa.\n\nMäkisen mukaan neuvottelut jatkuvat keväällä."), "Anna Mäkinen", "neuvottelut jatkuvat keväällä"},
		{"fi: a -nen name in the genitive", doc("fi", "Ministeri Antti Virtanen vieraili Brysselissä.\n\nVirtasen mukaan budjetti hyväksytään ensi viikolla."), "Antti Virtanen", "budjetti hyväksytään ensi viikolla"},
		{"tr: dative with an apostrophe", doc("tr", "Dışişleri Bakanı Ahmet Yalçın dün Ankara'daydı.\n\nYalçın'a göre görüşmeler çok verimli geçti."), "Ahmet Yalçın", "görüşmeler çok verimli geçti"},
	})
	for _, body := range []string{
		doc("hu", "A dokumentum 6. pontja szerint a hadsereg létszáma legfeljebb 600 ezer fő lehet."),
		doc("fi", "Alkuperäisen suunnitelman mukaan joukot rajoitettaisiin 600 000 sotilaaseen."),
	} {
		for _, s := range statementsOf(t, body) {
			t.Errorf("%q: statement %q by %q, want none", body, s.Text, s.Speaker)
		}
	}
}
