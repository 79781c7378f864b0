package corpus

import (
	"strings"
	"testing"
)

// relationCase is a document and the statement expected of it: speaker,
// a piece of the role and a piece of the text; role "" asks for none
// checked.
type relationCase struct {
	name, doc, speaker, role, text string
}

// checkRelationCases fails a case whose document gives no statement of
// the speaker holding the role and the text.
func checkRelationCases(t *testing.T, cases []relationCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parseCase(t, c.doc)
			for _, s := range d.Statements {
				if s.Speaker == c.speaker && strings.Contains(strings.ToLower(s.Role), strings.ToLower(c.role)) && strings.Contains(s.Text, c.text) {
					return
				}
			}
			t.Errorf("no statement of %q (%q) with %q; got %+v", c.speaker, c.role, c.text, d.Statements)
		})
	}
}

// parseCase parses one case's document as "a.md" at fixedNow, failing
// the test when it does not parse: the first step of every case checker.
func parseCase(t *testing.T, doc string) *Document {
	t.Helper()
	return parseCaseWith(t, doc, ParseOptions{})
}

// parseCaseWith is parseCase with opts' switches set.
func parseCaseWith(t *testing.T, doc string, opts ParseOptions) *Document {
	t.Helper()
	opts.Name, opts.Now = "a.md", fixedNow
	d, err := Parse([]byte(doc), opts)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// noRoleCase is a document whose speaker must be found, if at all, with
// no role: a near miss of a role reader.
type noRoleCase struct{ name, doc, speaker string }

// checkNoRole parses each case's document and fails when a statement of
// its speaker carries a role (the negatives of the role readers).
func checkNoRole(t *testing.T, cases []noRoleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parseCase(t, c.doc)
			for _, s := range d.Statements {
				if s.Speaker == c.speaker && s.Role != "" {
					t.Errorf("role %q learnt for %s", s.Role, c.speaker)
				}
			}
		})
	}
}

// TestRelativeSpeaks: a relative or friend a text names only by their
// relation to someone ("her cousin", "son frère", "su hermano", "її син")
// is an unnamed source whose words are their own, whether the relative opens
// the sentence with an apposition, is passed on inside another speaker's
// clause, or stands before a relayer's aside; the apposition or relative
// clause is kept in the role. Sets ZW, ZX and ZY quote relatives so.
func TestRelativeSpeaks(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{"en apposition", reportDoc("en", "Mira Osadcha runs the bakery. Her brother, a nurse in Lviv, said the hospital had no power for two days."),
			unnamedSpeaker, "her brother, a nurse in lviv", "the hospital had no power"},
		{"es apposition", reportDoc("es", "Lucía Campos abrió la reunión. Su hermano, camionero en Hungría, dice que las colas en la frontera son enormes."),
			unnamedSpeaker, "camionero en hungría", "las colas en la frontera son enormes"},
		{"fr apposition", reportDoc("fr", "Inès Morel préside le club. Son frère, mobilisé près de Kherson, écrit que personne là-bas ne croit aux papiers signés."),
			unnamedSpeaker, "mobilisé près de kherson", "personne là-bas ne croit"},
		{"uk apposition", reportDoc("uk", "Ольга Петрук веде гурток. Її син, військовий, сказав, що світла немає на всій ділянці фронту."),
			unnamedSpeaker, "військовий", "світла немає на всій ділянці"},
		{"de apposition", reportDoc("de", "Frau Gül Arslan kam spät. Ihr Sohn, Soldat bei der Marine, sagte, er glaube nicht an den Waffenstillstand."),
			unnamedSpeaker, "soldat bei der marine", "er glaube nicht an den Waffenstillstand"},
		{"en relayed, told her", reportDoc("en", "Dana Whitfield said her cousin had told her the drones over the lake are louder than anything in the plan."),
			unnamedSpeaker, "her cousin", "the drones over the lake are louder"},
		{"en relayed, relative clause", reportDoc("en", "Priya Nolan said her brother-in-law, who is in the reserve, thinks nobody will sign up for a mission without air cover."),
			unnamedSpeaker, "who is in the reserve", "nobody will sign up for a mission"},
		{"uk relayed, place and colon", reportDoc("uk", "Надія Климко розповіла, що її знайома з Ізюма, яка тепер живе в нас, каже: повертатися нема куди, хоч би що там підписали."),
			unnamedSpeaker, "знайома з ізюма", "повертатися нема куди"},
		{"en relayer's aside", reportDoc("en", "Dana Whitfield spoke to me last week. Her grandmother, she told me, says every hard winter has ended eventually, and this one will too."),
			unnamedSpeaker, "her grandmother", "every hard winter has ended eventually"},
		{"en view without that-word", reportDoc("en", "Dana Whitfield grew up in Sumy. Her father, she said, believes none of it until the shelling stops."),
			unnamedSpeaker, "her father", "believes none of it until the shelling stops"},
	})
}

// TestRelativeSpeaksNegatives: sentences close to those above that must
// keep their speaker: a known aide named by relation, a relative named by
// name, a relayer's own report of a country, a named inner speaker.
func TestRelativeSpeaksNegatives(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{"en country after an aside stays the relayer's", reportDoc("en", "Dana Whitfield grew up in Sumy. Ukraine, she said, would not recognise any of the occupied land."),
			"Dana Whitfield", "", "would not recognise any of the occupied land"},
		{"en named relative", reportDoc("en", "My husband Tom, who grew up in Ohio, says the plan reads like a ransom note."),
			"Tom", "", "the plan reads like a ransom note"},
		{"en named inner speaker", reportDoc("en", "Dana Whitfield said Marco Rubio had told reporters that the talks were productive."),
			"Marco Rubio", "", "the talks were productive"},
		{"ru known aide", reportDoc("ru", "Владимир Путин встретился с Уиткоффом. Его пресс-секретарь заявил, что встреча была полезной."),
			"Dmitry Peskov", "", "встреча была полезной"},
	})
	d := parseCase(t, reportDoc("en", "Dana Whitfield said her cousin, Pavlo Marchenko, had told her the drones are louder than ever."))
	for _, s := range d.Statements {
		if s.Speaker == unnamedSpeaker {
			t.Errorf("a relative named in apposition read as unnamed: %+v", s)
		}
	}
}
