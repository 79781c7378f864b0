package index

import "testing"

// TestPortugueseGlossary: the glossary carries the plan's terms into
// Portuguese as into the other languages it lists, so an English question
// finds a Portuguese report (with or without a lang header: the language
// is then detected), and a Portuguese question the English text. Without
// the Portuguese terms these questions find nothing, or the English
// paragraph that matches fewer of their words.
func TestPortugueseGlossary(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: pt\n---\n\nO texto prevê garantias de segurança para a Ucrânia e um cessar-fogo imediato.\n\nOs ativos congelados da Rússia financiariam a reconstrução.\n",
		"Segundo o plano, a Ucrânia realizaria eleições em cem dias e renunciaria às armas nucleares, como em 1994.\n\nA igreja ortodoxa e a língua russa ficam fora do acordo de paz, dizem os diplomatas em Lisboa.\n",
		"---\nlang: en\n---\n\nThe talks in Geneva ended without a statement.\n\nSecurity was tight around the venue on Sunday.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"security guarantees ceasefire", "garantias de segurança"},
		{"frozen assets reconstruction", "ativos congelados"},
		{"ukraine elections", "eleições em cem dias"},
		{"nukes 1994", "armas nucleares"},
		{"church language peace deal", "igreja ortodoxa"},
		{"garantias de segurança", "garantias de segurança"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
