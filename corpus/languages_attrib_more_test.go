package corpus

import "testing"

// TestPastSpeechAfterNameMoreLanguages checks past-tense speech verbs after
// the speaker in the smaller languages: the Croatian and Serbian clitic
// "je"/"su" standing between the name and the participle ("Marko Horvat je
// rekao da …", read as an auxiliary through morphology.json readAs), the
// Romanian "a mai spus" ("mai", "again", between the auxiliary and the
// participle), and a Greek name with its article ("Ο Γιώργος Νικολάου
// δήλωσε", the article no role: grammar.json nameArticles), beside forms
// already read in Czech, Slovak, Bulgarian, Turkish and Greek.
func TestPastSpeechAfterNameMoreLanguages(t *testing.T) {
	head := func(lang string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" }
	cases := []struct {
		name, doc, speaker, role, text string
	}{
		{"hr je rekao", head("hr") + "Marko Horvat je rekao da je plan neprihvatljiv.", "Marko Horvat", "", "je plan neprihvatljiv"},
		{"hr title, je izjavio", head("hr") + "Ministar Marko Horvat je izjavio da će se pregovori nastaviti.", "Marko Horvat", "Ministar", "će se pregovori nastaviti"},
		{"hr je naglasila, time between", head("hr") + "Ana Kovač je u srijedu naglasila da plan nije prihvatljiv.", "Ana Kovač", "", "plan nije prihvatljiv"},
		{"sr je izjavio", head("sr") + "Marko Đurić je izjavio da će se pregovori nastaviti.", "Marko Đurić", "", "će se pregovori nastaviti"},
		{"sr cyrillic је рекао", head("sr") + "Председник Александар Вучић је рекао да Србија подржава мир.", "Александар Вучић", "Председник", "Србија подржава мир"},
		{"ro a mai spus", head("ro") + "Andrei Ionescu a mai spus că negocierile vor continua.", "Andrei Ionescu", "", "negocierile vor continua"},
		{"ro title, a mai precizat", head("ro") + "Ministrul Andrei Ionescu a mai precizat că negocierile vor continua.", "Andrei Ionescu", "Ministrul", "negocierile vor continua"},
		{"el article, δήλωσε", head("el") + "Ο Γιώργος Νικολάου δήλωσε ότι το σχέδιο είναι απαράδεκτο.", "Γιώργος Νικολάου", "", "το σχέδιο είναι απαράδεκτο"},
		{"el feminine article, είπε", head("el") + "Η Μαρία Παπαδοπούλου είπε ότι οι συνομιλίες θα συνεχιστούν.", "Μαρία Παπαδοπούλου", "", "οι συνομιλίες θα συνεχιστούν"},
		{"cs uvedl", head("cs") + "Ministr Jan Novák uvedl, že jednání budou pokračovat.", "Jan Novák", "Ministr", "jednání budou pokračovat"},
		{"sk povedal", head("sk") + "Juraj Blanár povedal, že plán nemožno prijať.", "Juraj Blanár", "", "plán nemožno prijať"},
		{"bg каза", head("bg") + "Иван Петров каза, че планът е неприемлив.", "Иван Петров", "", "планът е неприемлив"},
		{"tr açıkladı", head("tr") + "Mehmet Yılmaz, müzakerelerin süreceğini açıkladı.", "Mehmet Yılmaz", "", "müzakerelerin süreceğini"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ss := statementsOf(t, c.doc)
			if len(ss) != 1 || ss[0].Speaker != c.speaker || ss[0].Role != c.role || ss[0].Text != c.text {
				t.Errorf("got %+v, want %s (%q) %q", ss, c.speaker, c.role, c.text)
			}
		})
	}
	// the clitic as a copula gives no statement, and "To je izjavila X"
	// still refers back
	for _, c := range []struct{ doc string }{
		{head("hr") + "Plan je neprihvatljiv, ali pregovori će se nastaviti."},
		{head("hr") + "Marko Horvat je ministar vanjskih poslova od 2022."},
		{head("ro") + "Planul nu mai este acceptabil pentru Kiev."},
	} {
		if ss := statementsOf(t, c.doc); len(ss) != 0 {
			t.Errorf("%q: want no statement, got %+v", c.doc, ss)
		}
	}
}

// TestAccordingNamedMoreLanguages checks "according to" with a name, or a
// title and a name, in the cases the smaller languages put them in: a
// declined title before the name with no comma ("Podle premiéra Jana
// Nováka budou …", accordingrole.go), the cue no part of the title
// ("Podle premiéra", "Według ministra" had been the role), the phrases of
// several words ("De acordo com", "În opinia lui", "Κατά τον",
// grammar.json accordingPhrases, accordingphrase.go), and names in the
// Finnish genitive and the Croatian dative (namecases.json).
func TestAccordingNamedMoreLanguages(t *testing.T) {
	head := func(lang string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" }
	cases := []struct {
		name, doc, speaker, role, text string
	}{
		{"cs podle, title and name, no comma", head("cs") + "Podle premiéra Jana Nováka budou jednání pokračovat příští týden.", "Jan Novák", "premiéra", "budou jednání pokračovat příští týden"},
		{"cs podle, title with complement", head("cs") + "Podle ministra zahraničí Jana Lipavského plán nelze přijmout.", "Jan Lipavský", "ministra zahraničí", "plán nelze přijmout"},
		{"cs podle, comma", head("cs") + "Podle premiéra Jana Nováka, plán nelze přijmout.", "Jan Novák", "premiéra", "plán nelze přijmout"},
		{"sk podľa, no comma", head("sk") + "Podľa ministra Juraja Blanára plán nemožno prijať.", "Juraj Blanár", "ministra", "plán nemožno prijať"},
		{"pl według, no comma", head("pl") + "Według ministra Tomasza Wójcika rozmowy potrwają miesiące.", "Tomasz Wójcik", "ministra", "rozmowy potrwają miesiące"},
		{"pl według, comma", head("pl") + "Według ministra Tomasza Wójcika, rozmowy potrwają miesiące.", "Tomasz Wójcik", "ministra", "rozmowy potrwają miesiące"},
		{"pt de acordo com", head("pt") + "De acordo com João Ferreira, o plano é inaceitável.", "João Ferreira", "", "o plano é inaceitável"},
		{"pt de acordo com o ministro", head("pt") + "De acordo com o ministro Paulo Rangel, o plano é inaceitável.", "Paulo Rangel", "ministro", "o plano é inaceitável"},
		{"es de acuerdo con el ministro", head("es") + "De acuerdo con el ministro José Manuel Albares, el plan es inaceptable.", "José Manuel Albares", "ministro", "el plan es inaceptable"},
		{"ro în opinia lui", head("ro") + "În opinia lui Andrei Ionescu, planul nu poate fi acceptat.", "Andrei Ionescu", "", "planul nu poate fi acceptat"},
		{"ro în opinia, genitive title", head("ro") + "În opinia ministrului Andrei Ionescu, planul nu poate fi acceptat.", "Andrei Ionescu", "ministrului", "planul nu poate fi acceptat"},
		{"el κατά τον", head("el") + "Κατά τον Γιώργο Νικολάου, το σχέδιο είναι απαράδεκτο.", "Γιώργος Νικολάου", "", "το σχέδιο είναι απαράδεκτο"},
		{"el κατά την", head("el") + "Κατά την Μαρία Παπαδοπούλου, το σχέδιο είναι απαράδεκτο.", "Μαρία Παπαδοπούλου", "", "το σχέδιο είναι απαράδεκτο"},
		{"fi mukaan, genitive in -n", head("fi") + "Pääministeri Petteri Orpon mukaan neuvottelut jatkuvat ensi viikolla.", "Petteri Orpo", "Pääministeri", "neuvottelut jatkuvat ensi viikolla"},
		{"fi mukaan, genitive in -in", head("fi") + "Ministeri Anna Sandbergin mukaan neuvottelut jatkuvat ensi viikolla.", "Anna Sandberg", "Ministeri", "neuvottelut jatkuvat ensi viikolla"},
		{"hr prema, dative", head("hr") + "Prema Marku Horvatu, plan je neprihvatljiv.", "Marko Horvat", "", "plan je neprihvatljiv"},
		{"sr prema rečima, given name with a fleeting a", head("sr") + "Prema rečima ministra Petra Jovanovića, pregovori će trajati.", "Petar Jovanović", "ministra", "pregovori će trajati"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ss := statementsOf(t, c.doc)
			if len(ss) != 1 || ss[0].Speaker != c.speaker || ss[0].Role != c.role || ss[0].Text != c.text {
				t.Errorf("got %+v, want %s (%q) %q", ss, c.speaker, c.role, c.text)
			}
		})
	}
	// a Bulgarian title with its complement and no comma (the role loses
	// its "на" to the according rule's lead words: left)
	checkStatements(t, []statementCase{
		{"bg според, title with complement, no comma", head("bg") + "Според министъра на отбраната Атанас Запрянов планът е неприемлив.", "Атанас Запрянов", "планът е неприемлив"},
	})
	// the phrases name no one before a time, an occasion or a document,
	// and a declined title with no name after it is no speaker of its own
	for _, doc := range []string{
		head("el") + "Κατά τον Οκτώβριο, οι συνομιλίες συνεχίστηκαν χωρίς αποτέλεσμα.",
		head("el") + "Κατά την επίσκεψη, οι συνομιλίες συνεχίστηκαν χωρίς αποτέλεσμα.",
		head("pt") + "De acordo com o calendário, as conversações continuam em janeiro.",
		head("cs") + "Podle premiéra Česko plán nepodpoří.",
	} {
		if ss := statementsOf(t, doc); len(ss) != 0 {
			t.Errorf("%q: want no statement, got %+v", doc, ss)
		}
	}
}

// TestCapitalTitleThreeNames checks a capitalised title before a given
// name and two surnames (capitaltitle.go): "Statsminister Jonas Gahr Støre
// sa" is Jonas Gahr Støre, not "Gahr Støre" with the title "Statsminister
// Jonas". Where names are declined, a capital after the title is its
// institution ("Mluvčí Kremlu Dmitrij Peskov") and stays out of the name,
// and in English title case it may be the title's ("Chief Inspector").
func TestCapitalTitleThreeNames(t *testing.T) {
	head := func(lang string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" }
	for _, c := range []struct{ doc, speaker, role string }{
		{head("no") + "Statsminister Jonas Gahr Støre sa at planen ikke kan godtas.", "Jonas Gahr Støre", "Statsminister"},
		{head("sv") + "Utrikesminister Maria Malmer Stenergard sa att planen inte kan godtas.", "Maria Malmer Stenergard", "Utrikesminister"},
		{head("da") + "Udenrigsminister Lars Løkke Rasmussen sagde, at planen ikke kan accepteres.", "Lars Løkke Rasmussen", "Udenrigsminister"},
		{head("en") + "Chief Inspector Ruth Dale said the findings were not ready.", "Ruth Dale", "Chief Inspector"},
		{head("cs") + "Mluvčí Kremlu Dmitrij Peskov řekl, že Moskva plán nedostala.", "Dmitry Peskov", "Mluvčí Kremlu"},
	} {
		ss := statementsOf(t, c.doc)
		if len(ss) != 1 || ss[0].Speaker != c.speaker || ss[0].Role != c.role {
			t.Errorf("%q: got %+v, want %s (%s)", c.doc, ss, c.speaker, c.role)
		}
	}
}
