package corpus

import (
	"strings"
	"testing"
)

// TestCourtesyAct: a host's thanks or greeting to the room, the guests or
// the helpers ("thanked the fundraisers", "begrüßte rund 180 Gäste",
// "привітала всіх із Новим роком") is no statement; thanks to a government
// or a named person stay one, as does the speaker's next sentence. Each
// dropped case is found with the switch noCourtesyAct set.
func TestCourtesyAct(t *testing.T) {
	cases := []struct {
		name, lang, doc, frag string
		kept                  bool // a statement holding frag is found with the switch off
	}{
		{"en fundraisers", "en", "Station manager Lowenna Hocking thanked the fundraisers for the record raffle. The plan, she said, was a worry for the crews.",
			"thanked the fundraisers", false},
		{"en welcomed members", "en", "Chairman Geoffrey Lanyon welcomed thirty-one members and two visitors to the annexe.",
			"welcomed thirty-one members", false},
		{"de Gäste", "de", "Oberschützenmeister Herbert Kienzler begrüßte rund 180 Gäste im Schützenhaus.",
			"begrüßte rund 180 Gäste", false},
		{"de Ehrenamtlichen", "de", "Bürgermeisterin Karin Seidl dankte den Ehrenamtlichen für ihren Einsatz.",
			"dankte den Ehrenamtlichen", false},
		{"uk всіх", "uk", "Ведуча клубу Оксана Мельник привітала всіх із Новим роком.",
			"привітала всіх", false},
		{"en leaders stay", "en", "President Volodymyr Zelensky thanked European leaders for their help with the peace plan.",
			"thanked European leaders", true},
		{"uk named person stays", "uk", "Президент Володимир Зеленський подякував Андрію Єрмаку за роботу над планом.",
			"подякував Андрію Єрмаку", true},
		{"en and said stays", "en", "Visiting Rotarian Derek Hallgarth thanked the speaker on behalf of the guests and said his club would match our total for the peace appeal.",
			"his club would match", true},
		{"de next sentence stays", "de", "Bürgermeisterin Karin Seidl dankte den Ehrenamtlichen. Sie sagte, der Friedensplan bereite ihr Sorgen.",
			"der Friedensplan bereite ihr Sorgen", true},
	}
	for _, off := range []bool{false, true} {
		for _, c := range cases {
			d := parseCaseWith(t, "---\nlang: "+c.lang+"\n---\n\n"+c.doc+"\n", ParseOptions{noCourtesyAct: off})
			found := false
			for _, s := range d.Statements {
				if strings.Contains(s.Text, c.frag) {
					found = true
				}
			}
			if want := c.kept || off; found != want {
				t.Errorf("%s (noCourtesyAct %v): %q found %v, want %v; statements %+v", c.name, off, c.frag, found, want, d.Statements)
			}
		}
	}
}
