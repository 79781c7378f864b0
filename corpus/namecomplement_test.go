package corpus

import "testing"

// TestNameComplement checks that a capitalised complement between a title
// and a name stays in the title (German after a genitive article, Czech
// and Polish in the genitive), while a Spanish given name and two surnames
// after a title stay one name.
func TestNameComplement(t *testing.T) {
	for _, c := range []struct{ lang, body, speaker, role string }{
		{"de", "Die Leiterin des Kanzleramts Greta Solms sagte, der Entwurf sei noch offen.", "Greta Solms", "Leiterin des Kanzleramts"},
		{"cs", "Předseda zahraničního výboru Senátu Karel Pospíšil uvedl, že plán je nejasný.", "Karel Pospíšil", "Předseda zahraničního výboru Senátu"},
		{"pl", "Przewodniczący komisji Sejmu Adam Lis powiedział, że plan jest zły.", "Adam Lis", "Przewodniczący komisji Sejmu"},
		{"es", "El diputado Javier Ruiz Cortés dijo que el plan es insuficiente.", "Javier Ruiz Cortés", "diputado"},
	} {
		wantSpeakerRole(t, c.lang, c.body, c.speaker, c.role)
	}
}
