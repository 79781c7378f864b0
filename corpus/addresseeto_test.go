package corpus

import (
	"strings"
	"testing"
)

// TestAddresseeIsNoSpeaker checks that whom the words were given to,
// after a verb that follows a quotation ("», afirmou ao Jornal do Minho",
// "», ha detto al Corriere di Sardegna", "», said to Radio Kent"), is never
// the quotation's speaker: the Portuguese contraction "ao" reads as the
// Spanish and Italian "al" (morphology.json readAs).
func TestAddresseeIsNoSpeaker(t *testing.T) {
	for lang, doc := range map[string]string{
		"pt": "---\nlang: pt\n---\n# T\n\nOs europeus ganharam tempo em Genebra. \"A proposta não muda a lógica do plano\", afirmou ao Jornal do Minho.\n",
		"it": "---\nlang: it\n---\n# T\n\nGli europei hanno guadagnato tempo a Ginevra. \"La proposta non cambia la logica del piano\", ha detto al Corriere di Sardegna.\n",
		"en": "---\nlang: en\n---\n# T\n\nThe Europeans gained time in Geneva. \"The proposal does not change the logic of the plan,\" she said to Radio Kent Valley.\n",
	} {
		for _, s := range statementsOf(t, doc) {
			if strings.Contains(s.Speaker, "Jornal") || strings.Contains(s.Speaker, "Corriere") || strings.Contains(s.Speaker, "Radio") {
				t.Errorf("%s: the addressee %q given the words %q", lang, s.Speaker, s.Text)
			}
		}
	}
}
