package corpus

import (
	"strings"
	"testing"
)

// TestCommaTitleKeepsComplement: a title with a complement set off from
// its name by a comma after an inverted verb ("», afirmou o secretário de
// Estado norte-americano, Marco Rubio") keeps the complement in the role;
// titleCommaName used to drop it with the comma, leaving "secretário"
// (sets H, P, Y). Several languages; the role must be the whole title.
func TestCommaTitleKeepsComplement(t *testing.T) {
	cases := []firstRole{
		{"pt", reportDoc("pt", "«Foi uma reunião muito produtiva», afirmou o secretário de Estado norte-americano, Marco Rubio, aos jornalistas."),
			"Marco Rubio", "secretário de Estado norte-americano"},
		{"es lower complement", reportDoc("es", "«Ningún acuerdo será justo», afirmó la directora general de la organización, Marta Iriondo."),
			"Marta Iriondo", "directora general de la organización"},
		{"es adjective", reportDoc("es", "«Ningún acuerdo será justo», afirmó el ministro español de Exteriores, José Manuel Albares."),
			"José Manuel Albares", "ministro español de Exteriores"},
		{"fr", reportDoc("fr", "« La paix ne peut pas être une capitulation », a déclaré le ministre des Affaires étrangères, Jean-Noël Barrot."),
			"Jean-Noël Barrot", "ministre des Affaires étrangères"},
		{"ro", reportDoc("ro", "„A fost o întâlnire productivă”, a declarat președintele asociației, Costel Baciu."),
			"Costel Baciu", "președintele asociației"},
		{"en", reportDoc("en", "\"It was a productive meeting,\" said the director general of the organisation, Marta Iriondo."),
			"Marta Iriondo", "director general of the organisation"},
		{"ru", reportDoc("ru", "«Москва готова к переговорам», — заявил министр иностранных дел России, Сергей Лавров."),
			"Sergei Lavrov", "министр иностранных дел России"},
		// negatives: titles read whole before, which must not change
		{"es capitalised complement", reportDoc("es", "«Fue una reunión muy productiva», dijo el secretario general de la OTAN, Mark Rutte."),
			"Mark Rutte", "secretario general de la OTAN"},
		{"es title alone", reportDoc("es", "«Fue una reunión muy productiva», dijo la ministra de Defensa, Margarita Robles."),
			"Margarita Robles", "ministra de Defensa"},
		{"it no comma", reportDoc("it", "«È stata una riunione produttiva», ha detto il ministro degli Esteri Antonio Tajani."),
			"Antonio Tajani", "ministro degli Esteri"},
		{"en title after name", reportDoc("en", "\"It was a productive meeting,\" said Marta Iriondo, the director general."),
			"Marta Iriondo", "director general"},
	}
	checkFirstRoles(t, cases)
}

// TestCapitalComplementAfterVerb: a title after an inverted verb whose
// complement opens on a capital and goes on in lower case ("a déclaré le
// ministre des Affaires étrangères Jean-Noël Barrot") is read whole with
// the name after it; the capital used to stop the title reader, and a
// fallback gave the role "des Affaires étrangères". A capital right after
// the title word is a name, and what follows it is not read as more of
// the speaker.
func TestCapitalComplementAfterVerb(t *testing.T) {
	cases := []firstRole{
		{"fr Affaires étrangères", reportDoc("fr", "« La paix ne peut pas être une capitulation », a déclaré le ministre des Affaires étrangères Jean-Noël Barrot."),
			"Jean-Noël Barrot", "ministre des Affaires étrangères"},
		{"fr Nations unies", reportDoc("fr", "« La paix ne peut pas être une capitulation », a déclaré le secrétaire général des Nations unies António Guterres."),
			"António Guterres", "secrétaire général des Nations unies"},
		{"it Affari esteri", reportDoc("it", "«È stata una riunione produttiva», ha detto il ministro degli Affari esteri Antonio Tajani."),
			"Antonio Tajani", "ministro degli Affari esteri"},
		{"pt Negócios estrangeiros", reportDoc("pt", "«Foi uma reunião produtiva», disse o ministro dos Negócios estrangeiros Paulo Rangel."),
			"Paulo Rangel", "ministro dos Negócios estrangeiros"},
		// negatives: a name right after the title, then a person it was said to
		{"fr name then person", reportDoc("fr", "« La paix ne peut pas être une capitulation », a déclaré le président Macron devant Zelensky."),
			"Emmanuel Macron", "président"},
		{"es name then person", reportDoc("es", "«Fue una reunión productiva», dijo el presidente Sánchez ante Zelenski."),
			"Pedro Sánchez", "presidente"},
	}
	checkFirstRoles(t, cases)
}

// firstRole is a probe document whose first statement of speaker must
// carry role, compared without case (a sentence may open on the title).
type firstRole struct{ name, doc, speaker, role string }

// checkFirstRoles runs firstRole probes, one subtest each: the loop the
// comma-title and capital-complement tests each wrote out.
func checkFirstRoles(t *testing.T, cases []firstRole) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parseCase(t, c.doc)
			for _, s := range d.Statements {
				if s.Speaker == c.speaker {
					if !strings.EqualFold(s.Role, c.role) {
						t.Errorf("role %q, want %q", s.Role, c.role)
					}
					return
				}
			}
			t.Errorf("no statement of %s: %+v", c.speaker, d.Statements)
		})
	}
}
