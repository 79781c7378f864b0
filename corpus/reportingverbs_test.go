package corpus

import "testing"

// TestReportingVerbsByLanguage checks reporting verbs verbs.json lacked
// until the lexicon was completed language by language (stop 64): each
// sentence's verb was no speech cue before ("retorted", "entgegnet",
// "aclaró", "påminde", "zaapelował", "naléhal", "поскаржився" …).
func TestReportingVerbsByLanguage(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"en retorted", doc("en", "Senator Mark Ellison retorted that the deal rewards aggression."), "Ellison", "the deal rewards aggression"},
		{"en opined", doc("en", "Analyst Joan Pierce opined that the talks would stall by spring."), "Pierce", "the talks would stall by spring"},
		{"de entgegnet", doc("de", "Außenminister Klaus Berger entgegnet, die Ukraine entscheide selbst über ihre Zukunft."), "Berger", "die Ukraine entscheide selbst über ihre Zukunft"},
		{"de beteuerte", doc("de", "Regierungssprecher Jan Wolff beteuerte, Berlin stehe fest an der Seite Kiews."), "Wolff", "Berlin stehe fest an der Seite Kiews"},
		{"fr argué", doc("fr", "Le ministre Paul Girard a argué que le texte ne garantit rien."), "Girard", "le texte ne garantit rien"},
		{"it ribatte", doc("it", "Il ministro Marco Ferri ribatte che il piano non tutela Kiev."), "Ferri", "il piano non tutela Kiev"},
		{"es aclaró", doc("es", "El ministro Javier Ortega aclaró que el borrador no es definitivo."), "Ortega", "el borrador no es definitivo"},
		{"es enfatizó", doc("es", "La diputada Lucía Romero enfatizó que Europa debe estar en la mesa."), "Romero", "Europa debe estar en la mesa"},
		{"pt rebateu", doc("pt", "O ministro João Pereira rebateu que o plano ignora a Ucrânia."), "Pereira", "o plano ignora a Ucrânia"},
		{"nl voorspelde", doc("nl", "Minister Anouk Verbeek voorspelde dat de onderhandelingen maanden duren."), "Verbeek", "de onderhandelingen maanden duren"},
		{"ru пожаловался", doc("ru", "Депутат Игорь Соколов пожаловался, что Европу не позвали на переговоры."), "Соколов", "Европу не позвали на переговоры"},
		{"uk поскаржився", doc("uk", "Посол Андрій Мельник поскаржився, що Європу знову не почули."), "Мельник", "Європу знову не почули"},
		{"pl zaapelował", doc("pl", "Premier Jan Nowak zaapelował, że Europa musi mówić jednym głosem."), "Nowak", "Europa musi mówić jednym głosem"},
		{"cs naléhal", doc("cs", "Ministr Radek Zbořil naléhal, že Evropa musí mít slovo."), "Zbořil", "Evropa musí mít slovo"},
		{"nl twitterde dat (a post verb)", doc("nl", "Minister Anouk Verbeek twitterde zondag dat de steun aan Oekraïne doorgaat."), "Verbeek", "de steun aan Oekraïne doorgaat"},
		{"pt tuitou que (a post verb)", doc("pt", "O ministro João Pereira tuitou que a fronteira continuará aberta."), "Pereira", "a fronteira continuará aberta"},
		{"sv påminde", doc("sv", "Ministern Erik Sjöholm påminde att stödet till Ukraina ligger fast."), "Sjöholm", "stödet till Ukraina ligger fast"},
	})
	// the forms left out because a plan or a programme is their usual
	// subject ("Der Plan verspricht …", "il promet des garanties", "annuncia
	// la prossima puntata"), and new forms with no speech after them
	for _, c := range []struct{ name, text string }{
		{"de a plan promises", doc("de", "Der Plan verspricht der Ukraine im Gegenzug verlässliche Sicherheitsgarantien.")},
		{"fr a point promises", doc("fr", "Le point 5 promet des garanties de sécurité à l'Ukraine.")},
		{"it a host announces the next show", doc("it", "La conduttrice saluta e annuncia la prossima puntata, dedicata al prezzo del gas.")},
		{"es an upper-case heading", doc("es", "LO QUE DICEN OTROS")},
		{"en commented on nothing", doc("en", "Ukrainian prosecutors have not commented publicly on the draft.")},
		{"en boasts a view", doc("en", "The hotel boasts a view of the lake and a large garden.")},
		{"nl a post with no clause", doc("nl", "Minister Anouk Verbeek twitterde een foto van het konvooi.")},
		{"sv complains about the weather", doc("sv", "Guiden beklagar vädret och visar vägen till museet.")},
	} {
		t.Run(c.name, func(t *testing.T) {
			if ss := statementsOf(t, c.text); len(ss) != 0 {
				t.Errorf("no speech here, got %+v", ss)
			}
		})
	}
}
