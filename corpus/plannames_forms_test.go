package corpus

import (
	"strings"
	"testing"
)

// Version names in the forms reports wrote that plans.json lacked: the
// 20-point framework as one compound adjective ("двадцятипунктного плану",
// "двадцатипунктного плана"), the November draft with its adjective after
// the noun in the instrumental and genitive ("z wersją listopadową"), the
// Romanian draft without its article ("în primul plan american"). Words of
// the same kind that name no version name none. Stop 63, zprovp.
func TestVersionNameForms(t *testing.T) {
	for _, tt := range []struct {
		text, want string
	}{
		{"За п'ятим пунктом двадцятипунктного плану США, НАТО та європейські країни дають гарантії", twentyPoint},
		{"По пятому пункту двадцатипунктного плана гарантии зеркальны статье 5", twentyPoint},
		{"Porównujemy to z wersją listopadową, w której europejskie myśliwce miały stacjonować w Polsce", usDraft},
		{"W wersji listopadowej armia miała liczyć 600 tysięcy", usDraft},
		{"Ne-a citit ce scria în primul plan american: la punctul 18", usDraft},
		// negatives: a plan, a version and a count that name no version
		{"Am făcut un plan amănunțit pentru sezonul de primăvară", ""},
		{"Wersja ostateczna regulaminu będzie gotowa w listopadzie", ""},
		{"Двадцятиповерховий будинок на розі стоїть без світла", ""},
	} {
		vs := namedVersions(strings.ToLower(tt.text))
		got := ""
		if len(vs) > 0 {
			got = vs[0].plan
		}
		if got != tt.want {
			t.Errorf("namedVersions(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
