package corpus

import "testing"

// TestAccordingForms: attributions by "according to" and "as X said" in
// the shapes wire copy uses in several languages: a title with its
// article after the cue ("Secondo il ministro X"), the German postposition
// ("X zufolge"), a place or channel after the name in an as-clause ("Как
// отметил X в обращении, …"), a title pointing back to the last speaker, and a verb of telling closing
// the sentence with its addressee ("…, X told state television").
func TestAccordingForms(t *testing.T) {
	tests := []struct {
		lang, text, speaker, said string
	}{
		{"it", "Secondo il portavoce Dmitri Peskov, Mosca non ha ricevuto il testo.", "Dmitry Peskov", "Mosca non ha ricevuto il testo"},
		{"it", "Secondo il ministro Antonio Tajani, l'Italia non invierà truppe.", "Antonio Tajani", "l'Italia non invierà truppe"},
		{"pt", "Segundo o ministro Paulo Rangel, Portugal apoia Kiev.", "Paulo Rangel", "Portugal apoia Kiev"},
		{"de", "Peskow zufolge hat Moskau den Text nicht erhalten.", "Dmitry Peskov", "Moskau den Text nicht erhalten"},
		{"de", "Dem Kremlsprecher Dmitri Peskow zufolge hat Moskau den Text nicht erhalten.", "Dmitry Peskov", "Moskau den Text nicht erhalten"},
		{"uk", "Як зазначив Зеленський у зверненні, документи майже готові.", "Volodymyr Zelensky", "документи майже готові"},
		{"ru", "Как отметил Зеленский в вечернем обращении, документы почти готовы.", "Volodymyr Zelensky", "документы почти готовы"},
		{"it", "Come ha spiegato Tajani a Bruxelles, l'Italia non invierà truppe.", "Antonio Tajani", "l'Italia non invierà truppe"},
		{"es", "Como dijo Sánchez en Madrid, España apoya a Kiev.", "Pedro Sánchez", "España apoya a Kiev"},
		{"en", "Moscow has not seen the text, Putin's foreign policy aide Yuri Ushakov told state television.", "Yuri Ushakov", "Moscow has not seen the text"},
		{"it", "Yuri Ushakov ha parlato di un colloquio utile. Secondo il consigliere, resta molto lavoro da fare.", "Yuri Ushakov", "resta molto lavoro da fare"},
	}
	for _, tc := range tests {
		checkStatementContains(t, tc.lang, tc.text, tc.speaker, tc.said)
	}
}

// TestAccordingLeavesFacts: an unnamed source closing a sentence sources
// a fact, which is no statement, and a French "il" after "selon" does not
// stop an Italian title from being read.
func TestAccordingLeavesFacts(t *testing.T) {
	doc := "---\ntitle: T\nlang: en\npublished: 2025-12-03\n---\n\nThe document was presented in Kyiv on Thursday, according to officials on both sides.\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "fact.md"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements) != 0 {
		t.Errorf("a sourced fact gave statements: %+v", d.Statements)
	}
}
