package corpus

import "testing"

// TestNestedColon checks that a named person's words passed on inside
// another's answer with a colon for the that-word are that person's too,
// in several languages, while the answer stays its speaker's, and that a
// colon opening a list or after the speaker's own "as I said" gives no one
// else the words.
func TestNestedColon(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"uk adverb", doc("uk", "Ірина Дехтяр: Ми не можемо цього прийняти. Міністр Андрій Сибіга неодноразово заявляв: жодних рішень про Україну без України. Це наша позиція."), "Sybiha", "жодних рішень про Україну без України"},
		{"uk answer kept", doc("uk", "Ірина Дехтяр: Ми не можемо цього прийняти. Міністр Андрій Сибіга неодноразово заявляв: жодних рішень про Україну без України. Це наша позиція."), "Ірина Дехтяр", "Ми не можемо цього прийняти"},
		{"ru", doc("ru", "Игорь Краснов: Военные снова разговаривают друг с другом. Юрий Ушаков сказал: без решения территориального вопроса урегулирования не будет."), "Ushakov", "без решения территориального вопроса"},
		{"de time", doc("de", "Anna Keller, Abgeordnete: Wir sitzen am Tisch, und zwar seit Sonntag. Friedrich Merz sagte am Montag: Europa ist kein Zuschauer in diesem Spiel. Das gilt."), "Friedrich Merz", "Europa ist kein Zuschauer"},
		{"it title", doc("it", "Paolo Zanardi: Ne abbiamo parlato a lungo. Il consigliere Yuri Ushakov ha detto: senza una soluzione territoriale non ci sarà pace. Vedremo."), "Ushakov", "senza una soluzione territoriale"},
		{"fr", doc("fr", "Hélène Varenne: Oui. Emmanuel Macron a déclaré: l'Europe doit être à la table des négociations. C'est juste."), "Macron", "l'Europe doit être à la table"},
	})
	for _, c := range []struct{ name, text string }{
		{"en as I said", doc("en", "Maria Lowell: We are close. As I said: the text is not ready yet. I believe it.")},
		{"en list colon", doc("en", "Maria Lowell: We are close. Three points remain: the army, the assets and the territory. I believe it.")},
	} {
		d, err := Parse([]byte(c.text), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range d.Statements {
			if s.Speaker != "Maria Lowell" {
				t.Errorf("%s: words given to %q: %q", c.name, s.Speaker, s.Text)
			}
		}
	}
}
