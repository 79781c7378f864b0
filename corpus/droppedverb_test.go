package corpus

import (
	"strings"
	"testing"
)

// TestDroppedVerbOpening: a sentence opening on an act or characterising
// verb with its subject dropped is the statement of the person the
// paragraph was just about, verb-first in the Romance languages and with a
// fronted object in the Slavic ones.
func TestDroppedVerbOpening(t *testing.T) {
	checkStatements(t, []statementCase{
		{"it auxiliary, adverb, act verb",
			reportDoc("it", "La ministra Paola Serri ha detto che il vertice è stato rinviato. Ha anche criticato gli alleati per la lentezza delle consegne."),
			"Paola Serri", "criticato gli alleati per la lentezza"},
		{"es characterising verb first",
			reportDoc("es", "El diputado Tomás Arrieta dijo que el texto es vago. Calificó la propuesta de prematura."),
			"Tomás Arrieta", "Calificó la propuesta de prematura"},
		{"ru act verb first",
			reportDoc("ru", "Депутат Игорь Белов заявил, что переговоры продолжатся. Также раскритиковал позицию Брюсселя."),
			"Белов", "раскритиковал позицию Брюсселя"},
		{"cs fronted object",
			reportDoc("cs", "Ministr Karel Doležal řekl, že plán je třeba změnit. Spojence také obvinil z nerozhodnosti."),
			"Doležal", "obvinil z nerozhodnosti"},
		{"ro adverb of two words and a clitic",
			reportDoc("ro", "Ministrul Radu Ionescu a declarat că planul trebuie schimbat. De asemenea, i-a criticat pe aliați pentru întârzieri."),
			"Radu Ionescu", "criticat pe aliați pentru întârzieri"},
	})
}

// TestDroppedVerbNeedsDroppedSubject: a passive, a Romance subject noun
// before the verb and a language that names its subjects give the verb to
// no one.
func TestDroppedVerbNeedsDroppedSubject(t *testing.T) {
	for _, c := range []struct{ name, text, not string }{
		{"it passive",
			reportDoc("it", "Il ministro Carlo Benvenuti ha detto che il piano va rivisto. È stato criticato dai sindacati per la scelta."),
			"criticato dai sindacati"},
		{"it subject noun before the verb",
			reportDoc("it", "Il ministro Carlo Benvenuti ha detto che il piano va rivisto. L'opposizione chiede un dibattito urgente."),
			"dibattito urgente"},
		{"en no dropped subject",
			reportDoc("en", "Minister Tom Hadley said the plan had to change. Criticised the allies for their delays."),
			"allies for their delays"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if strings.Contains(s.Text, c.not) {
					t.Errorf("given to someone without a dropped subject: %+v", s)
				}
			}
		})
	}
}
