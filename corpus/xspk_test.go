package corpus

import (
	"strings"
	"testing"
)

// xspkDoc wraps a body in a document of the given language.
func xspkDoc(lang, body string) string {
	return "---\ntitle: t\nlang: " + lang + "\n---\n\n# Talks\n\n" + body + "\n"
}

// TestSemicolonSpeakers checks "A said …; B said …": each speaker keeps
// their own clause, in several languages, with a possessive relation
// and a demonym after the title; and that a semicolon inside a quotation
// or before a clause with no subject of its own splits nothing.
func TestSemicolonSpeakers(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"en A said; B said, first", xspkDoc("en", "Keir Starmer said the coalition was ready to deploy forces after a ceasefire; Emmanuel Macron said any agreement needs the Europeans at the table."),
			"Keir Starmer", "the coalition was ready to deploy forces after a ceasefire"},
		{"en A said; B said, second", xspkDoc("en", "Keir Starmer said the coalition was ready to deploy forces after a ceasefire; Emmanuel Macron said any agreement needs the Europeans at the table."),
			"Emmanuel Macron", "any agreement needs the Europeans at the table"},
		{"en his spokesman, X, said", xspkDoc("en", "President Vladimir Putin said the text could be the basis for future agreements; his spokesman, Dmitry Peskov, said Moscow had not yet been briefed on the results."),
			"Dmitry Peskov", "Moscow had not yet been briefed on the results"},
		{"pt o negociador ucraniano X", xspkDoc("pt", "O enviado americano Steve Witkoff disse que houve muito progresso nas conversas; o negociador ucraniano Rustem Umerov afirmou que a rodada foi substantiva e produtiva."),
			"Rustem Umerov", "a rodada foi substantiva e produtiva"},
		{"pt first keeps its own", xspkDoc("pt", "O enviado americano Steve Witkoff disse que houve muito progresso nas conversas; o negociador ucraniano Rustem Umerov afirmou que a rodada foi substantiva e produtiva."),
			"Steve Witkoff", "houve muito progresso nas conversas"},
		{"de sein Sprecher, X, sagte", xspkDoc("de", "Friedrich Merz sagte, die Garantien seien substanziell; sein Sprecher, Steffen Hebestreit, sagte, man warte auf die Antwort Moskaus."),
			"Steffen Hebestreit", "man warte auf die Antwort Moskaus"},
		{"fr ; le chancelier X a affirmé", xspkDoc("fr", "Emmanuel Macron a déclaré que la paix ne peut pas être une capitulation ; le chancelier Friedrich Merz a affirmé que les garanties étaient solides."),
			"Friedrich Merz", "les garanties étaient solides"},
		{"en quoted semicolon stays", xspkDoc("en", "Dmitry Peskov said: \"We will study the text; the president has said nothing yet.\""),
			"Dmitry Peskov", "We will study the text; the president has said nothing yet"},
		{"en no subject after the semicolon", xspkDoc("en", "Marco Rubio said the talks were useful; the delegations will meet again on Monday in Geneva."),
			"Marco Rubio", "the talks were useful; the delegations will meet again on Monday in Geneva"},
	})
}

// statementsFor parses a document and returns its statements as
// "speaker / text" lines, for negative checks.
func statementsFor(t *testing.T, text string) []string {
	t.Helper()
	d, err := Parse([]byte(text), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range d.Statements {
		out = append(out, s.Speaker+" / "+s.Text)
	}
	return out
}

// TestSemicolonSpeakersNegatives checks that the first speaker no longer
// holds the second's words.
func TestSemicolonSpeakersNegatives(t *testing.T) {
	for _, c := range []struct{ name, text, notSpeaker, fragment string }{
		{"en Putin not for Peskov", xspkDoc("en", "President Vladimir Putin said the text could be the basis for future agreements; his spokesman, Dmitry Peskov, said Moscow had not yet been briefed on the results."), "Vladimir Putin", "not yet been briefed"},
		{"en Starmer not for Macron", xspkDoc("en", "Keir Starmer said the coalition was ready to deploy forces after a ceasefire; Emmanuel Macron said any agreement needs the Europeans at the table."), "Keir Starmer", "Europeans at the table"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsFor(t, c.text) {
				if strings.HasPrefix(s, c.notSpeaker+" / ") && strings.Contains(s, c.fragment) {
					t.Errorf("%q still holds %q", s, c.fragment)
				}
			}
		})
	}
}

// TestBodyComplementThenName checks a title whose complement is one
// capitalised body word followed by the holder's name ("il consigliere del
// Cremlino Jurij Ušakov"): the name speaks, not the person spoken of in
// the sentence before; a complement of two capitalised words is no name.
func TestBodyComplementThenName(t *testing.T) {
	checkStatements(t, []statementCase{
		{"it consigliere del Cremlino", xspkDoc("it", "La premier Giorgia Meloni ha ricevuto la delegazione. Il consigliere del Cremlino Jurij Ušakov ha detto che senza una soluzione non ci sarà alcun accordo."),
			"Ushakov", "senza una soluzione"},
		{"it portavoce del Cremlino, unknown name", xspkDoc("it", "Giorgia Meloni ha ricevuto la delegazione. Il portavoce del Cremlino Mario Rossetti ha detto che senza una soluzione non ci sarà alcun accordo."),
			"Mario Rossetti", "senza una soluzione"},
		{"es portavoz del Gobierno", xspkDoc("es", "Marta Ruiz habló en Madrid. El portavoz del Gobierno Pilar Alegría dijo que España apoya el plan."),
			"Pilar Alegría", "España apoya el plan"},
		{"fr porte-parole du Kremlin", xspkDoc("fr", "Le président Zelensky a parlé à Kiev. Le porte-parole du Kremlin Dmitri Peskov a déclaré que Moscou analysait le document."),
			"Peskov", "Moscou analysait le document"},
	})
	for _, c := range []struct{ name, text, notSpeaker string }{
		{"it Consiglio Europeo is no name", xspkDoc("it", "Giorgia Meloni ha parlato a Roma. Il presidente del Consiglio Europeo ha detto che la pace è vicina."), "Consiglio Europeo /"},
		{"it not Meloni", xspkDoc("it", "La premier Giorgia Meloni ha ricevuto la delegazione. Il consigliere del Cremlino Jurij Ušakov ha detto che senza una soluzione non ci sarà alcun accordo."), "Giorgia Meloni /"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsFor(t, c.text) {
				if strings.HasPrefix(s, c.notSpeaker) {
					t.Errorf("statement %q", s)
				}
			}
		})
	}
}

// TestGivenNameAfterFullName checks a person named in full once and then
// by the given name alone, in three languages; and that a word written in
// lower case elsewhere, a demonym or a place in a case form before a full
// name is no given name.
func TestGivenNameAfterFullName(t *testing.T) {
	checkStatements(t, []statementCase{
		{"es contó Sergio", xspkDoc("es", "El gran maestro Oleksii Hordiienko jugó contra treinta aficionados. La única derrota llegó ante Sergio Manrique, de 14 años. «Pensé que me había equivocado hasta que me dio la mano», dijo Sergio."),
			"Sergio Manrique", "Pensé que me había equivocado"},
		{"en Halyna says", xspkDoc("en", "Halyna Turchak lives in Nikopol. \"They talk about our river as if it were a corridor,\" Halyna says."),
			"Halyna Turchak", "They talk about our river"},
		{"uk сказав Богдан", xspkDoc("uk", "Богдан Ярош вів стрим. «Це не угода, це рамка», — сказав Богдан."),
			"Богдан Ярош", "Це не угода, це рамка"},
	})
	for _, c := range []struct{ name, text, notSpeaker string }{
		{"en Under Rule", xspkDoc("en", "Under Rule 9.3 the committee may issue circulars. Under the rules, \"nothing is agreed,\" the chair said. \"We wait,\" said Under."), "Under"},
		{"en European Union", xspkDoc("en", "The European Union met in Brussels. European officials said the plan was unbalanced. \"We need more time,\" said European."), "European Union"},
		{"pl Johannesburgu Donald", xspkDoc("pl", "Na szczycie w Johannesburgu Donald Trump mówił o planie. Johannesburgu powiedział, że plan jest dobry."), "Johannesburgu"},
		{"en two Annas", xspkDoc("en", "Anna Kowalska and Anna Nowak spoke at the meeting. \"We need more time,\" said Anna."), "Anna"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsFor(t, c.text) {
				if strings.HasPrefix(s, c.notSpeaker) {
					t.Errorf("statement %q", s)
				}
			}
		})
	}
}
