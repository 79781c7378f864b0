package corpus

import (
	"strings"
	"testing"
)

// TestTitleCountry: a back-reference title naming a country ("the Polish
// spokesman") is not the last speaker when that speaker's title names
// another country, and "the Ukrainian leader", "el líder ucraniano" are
// the office's holder the document names (offices.json). The first case
// fails without titlecountry.go, the others without the office titles.
func TestTitleCountry(t *testing.T) {
	text := xindDoc("en", "German envoy Tom Vance said the talks in Geneva went well.\n\nThe Polish spokesman said the text was still unclear.")
	for _, s := range statementsOf(t, text) {
		if strings.Contains(s.Text, "still unclear") && strings.Contains(s.Speaker, "Vance") {
			t.Errorf("statement %q by %q (%s): a Polish title is not the German envoy's", s.Text, s.Speaker, s.Role)
		}
	}
	checkStatements(t, []statementCase{
		{"en the Ukrainian leader", xindDoc("en", "Senator Ruth Calloway said the deadline was wrong. She spoke after Volodymyr Zelensky met European leaders.\n\nThe Ukrainian leader said on Friday that the talks would go on."), "Volodymyr Zelensky", "the talks would go on"},
		{"es el líder ucraniano", xindDoc("es", "La diputada Rosa Vidal criticó el plazo. Volodymyr Zelensky viajó a Ginebra.\n\nEl líder ucraniano dijo que las conversaciones seguirían."), "Volodymyr Zelensky", "las conversaciones seguirían"},
	})
}
