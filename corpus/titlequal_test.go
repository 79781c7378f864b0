package corpus

import (
	"strings"
	"testing"
)

// titleQualCases introduce a person with a title, a qualifier and the
// name, without quoting them, then quote them by surname: the statement
// carries the title with its qualifier.
var titleQualCases = []struct {
	name, text, speaker, role, fragment string
}{
	{"en (ret.)", "---\ntitle: t\nlang: en\n---\n\nLieutenant General (ret.) Ian Pollard spent years planning for a crisis like this one.\n\n\"The draft is a list of trades, not a treaty,\" Pollard said of the peace plan.", "Ian Pollard", "Lieutenant General (ret.)", "a list of trades"},
	{"de a. D.", "---\ntitle: t\nlang: de\n---\n\nGeneral a. D. Hans Kurzmann hat beide Texte gelesen.\n\n„Der Plan ist eine Liste von Tauschgeschäften“, sagte Kurzmann.", "Hans Kurzmann", "General a. D.", "eine Liste von Tauschgeschäften"},
	{"pl w st. spocz.", "---\ntitle: t\nlang: pl\n---\n\nGenerał w st. spocz. Jan Borowiak przeczytał oba dokumenty.\n\n– Ten plan to lista wymian, a nie traktat – powiedział Borowiak.", "Jan Borowiak", "Generał w st. spocz.", "lista wymian"},
	{"es (r)", "---\ntitle: t\nlang: es\n---\n\nEl teniente general (r) Julián Ortuño leyó los dos textos.\n\n«El plan es una lista de intercambios», dijo Ortuño.", "Julián Ortuño", "teniente general (r)", "una lista de intercambios"},
}

// TestTitleQualifiers checks the reader in English, German, Polish and
// Spanish, and that no case has the title with the reader disabled.
func TestTitleQualifiers(t *testing.T) {
	role := func(c int) string {
		for _, s := range statementsOf(t, titleQualCases[c].text) {
			if s.Speaker == titleQualCases[c].speaker && strings.Contains(s.Text, titleQualCases[c].fragment) {
				return s.Role
			}
		}
		return "(no statement)"
	}
	for i, c := range titleQualCases {
		if got := role(i); got != c.role {
			t.Errorf("%s: role %q, want %q", c.name, got, c.role)
		}
	}
	// the person is a titled mention where the title stands: "the
	// general said" further down finds them
	backRef := "---\ntitle: t\nlang: en\n---\n\nLieutenant General (ret.) Ian Pollard has read the 28-point peace plan line by line.\n\n\"Deadlines are for newspapers. Armies work to conditions,\" the general said when told of the remark."
	found := func() bool {
		for _, s := range statementsOf(t, backRef) {
			if s.Speaker == "Ian Pollard" && strings.Contains(s.Text, "Deadlines are for newspapers") {
				return true
			}
		}
		return false
	}
	if !found() {
		t.Errorf("\"the general said\": not given to the general introduced with a qualifier")
	}
	titleQualOff = true
	defer func() { titleQualOff = false }()
	for i, c := range titleQualCases {
		if got := role(i); got == c.role {
			t.Errorf("%s: role %q without the reader; the case tests nothing", c.name, got)
		}
	}
	if found() {
		t.Errorf("\"the general said\": found without the reader; the case tests nothing")
	}
}
