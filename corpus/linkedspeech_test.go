package corpus

import (
	"strings"
	"testing"
)

// TestLinkedSpeech: a press conference's write-up says what a speaker
// did and gives the words in a clause a preposition links to it.
func TestLinkedSpeech(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"fr en + gerund", doc("fr", "La ministre Odile Varenne a ouvert la séance en affirmant que la coalition était prête.\n"), "Odile Varenne", "la coalition était prête"},
		{"fr pour + infinitive", doc("fr", "Le ministre Paul Garnier a pris le relais pour confirmer que deux bases seraient installées.\n"), "Paul Garnier", "deux bases seraient installées"},
		{"fr avant d' + infinitive", doc("fr", "Le ministre Paul Garnier a quitté la tribune, avant d'affirmer que la trêve tiendrait.\n"), "Paul Garnier", "la trêve tiendrait"},
		{"fr title subject", doc("fr", "Emmanuel Macron recevait ses homologues.\n\nLe président de la République a ouvert la réunion en soulignant que les alliés étaient unis.\n"), "Emmanuel Macron", "les alliés étaient unis"},
		{"es para + infinitive", doc("es", "La ministra Carmen Ruiz abrió la rueda de prensa para confirmar que España enviará ayuda.\n"), "Carmen Ruiz", "España enviará ayuda"},
		{"it per + infinitive", doc("it", "Il ministro Carlo Benvenuti ha preso la parola per confermare che l'Italia non invierà soldati.\n"), "Carlo Benvenuti", "l'Italia non invierà soldati"},
	})
}

// TestLinkedSpeechNegated: "sans affirmer que" denies the words.
func TestLinkedSpeechNegated(t *testing.T) {
	d, err := Parse([]byte("---\ntitle: t\nlang: fr\n---\n\nLe ministre Paul Garnier a quitté la salle sans affirmer que la trêve tiendrait.\n"), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		if strings.Contains(s.Text, "la trêve tiendrait") {
			t.Errorf("words said not to be said are no statement: %+v", s)
		}
	}
}

// TestFrenchHonorificAndElidedTitle: "M." and "Mme" are no part of a
// name, and "le chef de l'État" after the verb is read whole.
func TestFrenchHonorificAndElidedTitle(t *testing.T) {
	doc := "---\ntitle: t\nlang: fr\n---\n\nEmmanuel Macron a reçu les dirigeants.\n\nUn confrère a posé une question. Selon M. Macron, les États-Unis piloteront la vérification. « C'est une avancée majeure », a insisté le chef de l'État.\n\nSelon Mme Odile Varenne, la trêve reste fragile.\n"
	d, err := Parse([]byte(doc), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"piloteront la vérification": "Emmanuel Macron", "avancée majeure": "Emmanuel Macron", "la trêve reste fragile": "Odile Varenne"}
	for frag, who := range want {
		found := false
		for _, s := range d.Statements {
			if strings.Contains(s.Text, frag) {
				found = true
				if s.Speaker != who {
					t.Errorf("%q: speaker %q, want %q", frag, s.Speaker, who)
				}
				if frag == "avancée majeure" && !strings.Contains(s.Role, "l'État") {
					t.Errorf("%q: role %q, want the whole title", frag, s.Role)
				}
			}
		}
		if !found {
			t.Errorf("no statement holds %q; got %+v", frag, d.Statements)
		}
	}
}
