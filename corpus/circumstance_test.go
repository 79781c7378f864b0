package corpus

import (
	"strings"
	"testing"
)

// TestCircumstanceAside: an aside between the speaker and the speech verb
// that says where the speaker was, came from or with whom ("présent à
// l'Elysée avec Jared Kushner", "fresh from Miami", "zurück aus Brüssel")
// leaves the speaker in front of it; the other person it names does not
// speak. Written from the shapes wire and newspaper copy uses in each
// language.
func TestCircumstanceAside(t *testing.T) {
	tests := []struct {
		lang, sentence, speaker, text string
	}{
		{"fr", "Steve Witkoff, présent à l'Elysée avec Jared Kushner, a déclaré que les protocoles étaient presque prêts.", "Steve Witkoff", "les protocoles étaient presque prêts"},
		{"fr", "Steve Witkoff, venu avec Jared Kushner, a déclaré que les protocoles étaient presque prêts.", "Steve Witkoff", "les protocoles étaient presque prêts"},
		{"fr", "Emmanuel Macron, entouré de Keir Starmer et de Friedrich Merz, a affirmé que la coalition était prête.", "Emmanuel Macron", "la coalition était prête"},
		{"it", "Steve Witkoff, arrivato all'Eliseo, ha detto che i protocolli sono quasi pronti.", "Steve Witkoff", "i protocolli sono quasi pronti"},
		{"it", "Antonio Tajani, presente a Bruxelles con gli altri ministri, ha detto che l'Italia non manderà soldati.", "Antonio Tajani", "l'Italia non manderà soldati"},
		{"en", "Steve Witkoff, present at the Elysee with Jared Kushner, said the protocols were largely finished.", "Steve Witkoff", "the protocols were largely finished"},
		{"en", "Rustem Umerov, fresh from Miami, told reporters the talks had been constructive.", "Rustem Umerov", "the talks had been constructive"},
		{"en", "Rustem Umerov, back from two days of talks in Florida, said the sides had moved closer.", "Rustem Umerov", "the sides had moved closer"},
		{"de", "Friedrich Merz, zurück aus Brüssel, sagte, Europa sei bereit.", "Friedrich Merz", "Europa sei bereit"},
		{"de", "Johann Wadephul, gemeinsam mit Kaja Kallas in Genf, sagte, die Gespräche seien ernst.", "Johann Wadephul", "die Gespräche seien ernst"},
		{"es", "Marco Rubio, reunido con Rustem Umerov en Ginebra, afirmó que se han hecho enormes avances.", "Marco Rubio", "se han hecho enormes avances"},
		{"pt", "Marco Rubio, reunido com Rustem Umerov em Genebra, afirmou que houve enormes progressos.", "Marco Rubio", "houve enormes progressos"},
		{"pl", "Radosław Sikorski, obecny w Paryżu razem z Donaldem Tuskiem, powiedział, że Europa musi być przy stole.", "Radosław Sikorski", "Europa musi być przy stole"},
		{"uk", "Рустем Умєров, присутній у Женеві разом з Андрієм Єрмаком, заявив, що розмова була конструктивною.", "Rustem Umerov", "розмова була конструктивною"},
	}
	for _, tc := range tests {
		checkOneStatement(t, tc.lang, tc.sentence, tc.speaker, tc.text)
	}
}

// TestCircumstanceKeepsTitles: an aside that is a title with a place in
// it ("chercheuse à l'Institut …", "a fellow at …") stays the speaker's
// role; the circumstance reading comes only after it.
func TestCircumstanceKeepsTitles(t *testing.T) {
	tests := []struct{ lang, sentence, role string }{
		{"fr", "Marie Dupont, chercheuse à l'Institut des relations internationales, a déclaré que le texte restait flou.", "chercheuse"},
		{"en", "Anna Weber, a fellow at the Brookings Institution, said the text was vague.", "fellow at the Brookings Institution"},
	}
	for _, tc := range tests {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.sentence)
		if len(d.Statements) != 1 || !strings.Contains(d.Statements[0].Role, tc.role) {
			t.Errorf("%q: got %+v, want role with %q", tc.sentence, d.Statements, tc.role)
		}
	}
}
