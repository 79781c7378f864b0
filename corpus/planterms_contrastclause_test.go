package corpus

import (
	"strings"
	"testing"
)

// TestContrastClauseVersions: a version named in a contrasting clause
// beside its own term ("…, where the November draft had capped it at
// 600,000") is that clause's, not the main clause's term's; negatives keep
// a version named in the term's own clause, and one named in a clause
// with no term of its own.
func TestContrastClauseVersions(t *testing.T) {
	const us, eu = "US 28-point draft", "European counter-proposal"
	tests := []struct {
		name, lang, text string
		term             string // words of the provision's text
		notPlan          string // the version the term must not take
		wantPlan         string // "" when any version but notPlan will do
	}{
		{"en trailing where", "en", "The European counter-proposal was published on Sunday. Ukraine's army would be allowed 800,000 troops in peacetime, where the November draft had capped it at 600,000.", "800,000", us, ""},
		{"en trailing while", "en", "Europe has answered the plan. The army may number 800,000 in peacetime, while the US draft capped it at 600,000.", "800,000", us, ""},
		{"en leading while", "en", "Europe has answered the plan. While the US draft capped the army at 600,000, the army may number 800,000 in peacetime.", "800,000", us, ""},
		{"de während", "de", "Europa hat auf den Plan geantwortet. Die ukrainische Armee darf in Friedenszeiten 800.000 Soldaten haben, während der US-Entwurf sie auf 600.000 begrenzt hatte.", "800.000", us, ""},
		{"fr alors que", "fr", "L'Europe a répondu au plan. L'armée ukrainienne pourrait compter 800 000 soldats en temps de paix, alors que le projet américain la limitait à 600 000.", "800 000", us, ""},
		{"it mentre", "it", "L'Europa ha risposto al piano. L'esercito ucraino potrebbe arrivare a 800.000 uomini in tempo di pace, mentre la bozza americana lo limitava a 600.000.", "800.000", us, ""},
		{"es mientras", "es", "Europa ha respondido al plan. El ejército ucraniano tendrá 800.000 efectivos en tiempo de paz, mientras el borrador estadounidense lo limitaba a 600.000.", "800.000", us, ""},
		{"ru тогда как", "ru", "Европа ответила на план. Численность ВСУ в мирное время составит 800 тысяч, тогда как американский вариант ограничивал её 600 тысячами.", "800", us, ""},
		// negatives: the version named in the term's own clause stays
		{"en own clause", "en", "Europe has answered the plan. In the US draft the army is capped at 600,000, while Kyiv wanted more.", "600,000", eu, us},
		{"de own clause", "de", "Europa hat geantwortet. Im US-Entwurf wird die Armee auf 600.000 Soldaten begrenzt, während Kiew mehr wollte.", "600.000", eu, us},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := "---\ntitle: Peace plan\nlang: " + tt.lang + "\n---\n\n" + tt.text + "\n"
			d, err := Parse([]byte(doc), ParseOptions{Name: "probe.md", Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			found, other := false, false
			for _, p := range d.Provisions {
				if !strings.Contains(p.Text, tt.term) {
					continue
				}
				found = true
				other = other || p.Plan != tt.notPlan
				if tt.wantPlan != "" && p.Plan != tt.wantPlan {
					t.Errorf("%q: plan %q, want %q", p.Text, p.Plan, tt.wantPlan)
				}
			}
			if !found || !other {
				t.Errorf("no provision of a version but %q holds %q: %+v", tt.notPlan, tt.term, d.Provisions)
			}
		})
	}
}
