package corpus

import (
	"strings"
	"testing"
)

// nameFirstRoleCases are people described where the document first names
// them by a function noun no title list holds, before the name or in an
// apposition after it; each later statement is given by surname.
var nameFirstRoleCases = []struct {
	name, doc, speaker, role string
}{
	{"en noun before the name", langDoc("en", "The club met on Friday. Goalkeeper coach Ivan Petrenko-Hale and forward Marek Dolnik-Shaw answered questions after the game. Dolnik-Shaw said the team would play for the children of Kharkiv this season."), "Marek Dolnik-Shaw", "forward"},
	{"en apposition after an age", langDoc("en", "We asked shoppers at the market for their verdict on the plan.\n\nBrenda Oyelaran-Fox, 58, retired welder, Whitby\n\"I read the plan twice. I still do not trust it, not while the guns are firing.\""), "Brenda Oyelaran-Fox", "retired welder"},
	{"en role set off before the name", langDoc("en", "The evening opened at seven. The choir's convenor, Dennis Mapplethorpe-Rae, thanked the guests. Mapplethorpe-Rae said the money raised would buy two generators for a school in Sumy."), "Dennis Mapplethorpe-Rae", "convenor"},
	{"es aposición", langDoc("es", "La feria cerró el domingo. Alicia Etxeberri-Nuño, gerente de una cooperativa de aceite de Baena, dijo que los pedidos de Ucrania volverán en primavera."), "Alicia Etxeberri-Nuño", "gerente de una cooperativa"},
	{"ru до имени", langDoc("ru", "Встреча прошла в четверг. Ректор академии Павел Зимогоров-Лидс напомнил, что среди студентов есть дети военных. Зимогоров-Лидс сказал, что мирный план обсуждают на каждой лекции."), "Павел Зимогоров-Лидс", "Ректор академии"},
	{"lv pirms vārda", langDoc("lv", "Vakars notika piektdien. Pagasta skolotāja Ilze Bērziņa-Lāce sacīja, ka bērni gatavo zīmējumus Ukrainas skolai."), "Ilze Bērziņa-Lāce", "skolotāja"},
	{"de Nomen im Namen", langDoc("de", "Der Verein traf sich im Saal. Ortsvorsteherin Gudrun Pfeil-Amadi sagte, der Plan sei „noch lange kein Frieden“."), "Gudrun Pfeil-Amadi", "Ortsvorsteherin"},
	{"en bare title and the description beside it", langDoc("en", "The workshop opens in May. The workshop's convenor, Professor Edith Calloway-Nash, says the idea came from her students. Calloway-Nash said the point numbers had become a language of their own."), "Edith Calloway-Nash", "workshop's convenor"},
}

func TestNameFirstRoles(t *testing.T) {
	for _, c := range nameFirstRoleCases {
		for _, off := range []bool{false, true} {
			// noDefiniteAppos too: "The choir's convenor, X," is also a post
			// apposdefinite.go reads, and this test shows namefirstrole.go's;
			// noBarePost too: "X, gerente de una cooperativa," is a bare
			// post with its field (barepost.go)
			d := parseCaseWith(t, c.doc, ParseOptions{noNameFirstRoles: off, noDefiniteAppos: off, noBarePost: off})
			n, has := 0, false
			for _, s := range d.Statements {
				if !strings.Contains(s.Speaker, c.speaker) {
					continue
				}
				n++
				has = has || strings.Contains(strings.ToLower(s.Role), strings.ToLower(c.role))
				if !off && !strings.Contains(strings.ToLower(s.Role), strings.ToLower(c.role)) {
					t.Errorf("%s: %q role %q, want %q", c.name, s.Speaker, s.Role, c.role)
				}
			}
			if n == 0 {
				t.Errorf("%s (switch %v): no statement of %q: %+v", c.name, off, c.speaker, d.Statements)
			}
			if off && has {
				t.Errorf("%s: role %q read with noNameFirstRoles set", c.name, c.role)
			}
		}
	}
	// a clause before the name or a verb's object after it is no role
	for _, doc := range []string{
		langDoc("en", "The talks resumed. The next day Yuri Ostapenko-Vail said that Moscow would review its position."),
		langDoc("fr", "Le débat continue. Marc Lévêque-Diallo, amuse visiblement ce conseiller, a déclaré que le texte était « trop court »."),
		langDoc("en", "Results came in late. Slava Hnatiuk-Brand, 132 points, said the darts night raised money for a hospital in Lviv."),
	} {
		on, off := parseCaseWith(t, doc, ParseOptions{}), parseCaseWith(t, doc, ParseOptions{noNameFirstRoles: true})
		for i, s := range on.Statements {
			if s.Role != "" && (i >= len(off.Statements) || off.Statements[i].Role != s.Role) {
				t.Errorf("role %q read for %q", s.Role, s.Speaker)
			}
		}
	}
}
