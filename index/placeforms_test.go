package index

import (
	"context"
	"slices"
	"testing"
)

// TestPlaceCaseForms checks, as data, that the English name of a place a
// question types reaches the case forms Russian, Ukrainian, Polish, Czech
// and German reports write it in ("в Киеве", "у Києві", "w Kijowie", "v
// Kyjevě"). The Russian stemmer cuts the nominative "Киев" to "ки" while
// "Киеве" and "Киева" stem to "киев", so a line that lists only the
// nominative never met the forms reports use most; each line therefore
// lists the case forms whose stems differ from its nominative's.
func TestPlaceCaseForms(t *testing.T) {
	ix, err := Open(context.Background(), Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	cases := []struct {
		en, analyzer string
		forms        []string
	}{
		{"kyiv", "ru", []string{"Киев", "Киеве", "Киева", "Киеву", "Киевом"}},
		{"kyiv", "planbot_uk", []string{"Київ", "Києві", "Києва", "Києву", "Києвом"}},
		{"kyiv", "pl", []string{"Kijów", "Kijowie", "Kijowa", "Kijowem"}},
		{"kiev", "ru", []string{"Киеве", "Киева"}},
		{"kharkiv", "ru", []string{"Харьков", "Харькове", "Харькова"}},
		{"kharkiv", "planbot_uk", []string{"Харків", "Харкові", "Харкова"}},
		{"kherson", "ru", []string{"Херсон", "Херсоне", "Херсона"}},
		{"kherson", "planbot_uk", []string{"Херсон", "Херсоні", "Херсона"}},
		{"odesa", "ru", []string{"Одесса", "Одессе", "Одессы"}},
		{"odesa", "planbot_uk", []string{"Одеса", "Одесі", "Одеси"}},
		{"donetsk", "ru", []string{"Донецк", "Донецке", "Донецка"}},
		{"donetsk", "planbot_uk", []string{"Донецьк", "Донецьку", "Донецька"}},
		{"luhansk", "ru", []string{"Луганск", "Луганске", "Луганска"}},
		{"luhansk", "planbot_uk", []string{"Луганськ", "Луганську", "Луганська"}},
		{"crimea", "ru", []string{"Крым", "Крыму", "Крыма"}},
		{"crimea", "planbot_uk", []string{"Крим", "Криму", "Криму"}},
		{"donbas", "ru", []string{"Донбасс", "Донбассе", "Донбасса"}},
		{"donbas", "planbot_uk", []string{"Донбас", "Донбасі", "Донбасу"}},
		{"zaporizhzhia", "ru", []string{"Запорожье", "Запорожья"}},
		{"zaporizhzhia", "planbot_uk", []string{"Запоріжжя", "Запоріжжі"}},
		{"anchorage", "ru", []string{"Анкоридж", "Анкоридже"}},
		{"anchorage", "planbot_uk", []string{"Анкоридж", "Анкориджі"}},
		{"geneva", "ru", []string{"Женева", "Женеве"}},
		{"berlin", "planbot_uk", []string{"Берлін", "Берліні"}},
		{"miami", "ru", []string{"Майами"}},
		{"miami", "planbot_uk", []string{"Маямі"}},
	}
	for _, c := range cases {
		if !slices.Contains(ix.analyzersInUse(), c.analyzer) && ix.analyzer(c.analyzer) == nil {
			t.Fatalf("no analyzer %s", c.analyzer)
		}
		en := ix.analyzer(c.analyzer).Analyze([]byte(c.en))
		if len(en) != 1 {
			t.Fatalf("%s in %s: %d terms", c.en, c.analyzer, len(en))
		}
		q := string(en[0].Term)
		syn := ix.exp.lang(c.analyzer).synonyms[q]
		for _, f := range c.forms {
			for _, tk := range ix.analyzer(c.analyzer).Analyze([]byte(f)) {
				if w := string(tk.Term); w != q && !slices.Contains(syn, w) {
					t.Errorf("%q does not reach %q in %s (its term %q)", c.en, f, c.analyzer, w)
				}
			}
		}
	}
}
