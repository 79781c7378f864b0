package corpus

import (
	"strings"
	"testing"
)

// TestRecordLabel pins the label forms of parliamentary and briefing
// records in several languages: who speaks, the office that is their
// role (or, with no office, the group in their bracket: groupIsRole; a
// constituency is none), the chair and the benches.
func TestRecordLabel(t *testing.T) {
	cases := []struct {
		text, name, role string
		chair, bench     bool
		ok               bool
	}{
		{"Dr. Lena Vorlage (SPD): Frau Präsidentin! Wir bleiben dabei.", "Lena Vorlage", "SPD", false, false, true},
		{"Bundesminister Dr. Paul Entwurf, Bundesminister der Finanzen: Meine Damen und Herren!", "Paul Entwurf", "Bundesminister der Finanzen", false, false, true},
		{"Vizepräsidentin Gerda Probe: Das Wort hat der Kollege.", "", "", true, false, true},
		{"The Minister for Trade (Alan Sample): We will not sign it.", "Alan Sample", "Minister for Trade", false, false, true},
		{"Mr Ivo Mock (Westmere) (Con): Will she give way?", "Ivo Mock", "Con", false, false, true},
		{"Hon. Members: Hear, hear!", "", "", false, true, true},
		{"Senator QUILLBY. The draft is thin.", "Quillby", "Senator", false, false, true},
		{"ROSA CAMPIONE, Sottosegretario di Stato per gli affari esteri. Grazie, Presidente.", "Rosa Campione", "Sottosegretario di Stato per gli affari esteri", false, false, true},
		{"PRESIDENTE. Ne ha facoltà.", "", "", true, false, true},
		{"Mme Odile Maquette. Et les garanties ?", "Odile Maquette", "", false, false, true},
		{"Posłanka Ewa Wzór (Lewica): Pytam panią minister.", "Ewa Wzór", "Posłanka", false, false, true},
		{"Ministr obrany Karel Vzor: Děkuji za otázku.", "Karel Vzor", "Ministr obrany", false, false, true},
		{"Заместитель министра обороны Игорь Макет: Мы готовы.", "Игорь Макет", "Заместитель министра обороны", false, false, true},
		{"Лекалов Б. Н., фракция «Образец».", "Лекалов", "", false, false, true},
		{"Голос із залу: Ганьба!", "", "", false, true, true},
		{"La señora MOLDE SÁNCHEZ: Gracias, presidenta.", "Molde Sánchez", "", false, false, true},
		{"Minister Proefschrift: Dat klopt.", "Proefschrift", "Minister", false, false, true},
		// news, not a record's label
		{"Anna Probst, the envoy who led the talks, said the text was final. She left.", "", "", false, false, false},
		{"The talks ended. Nobody spoke.", "", "", false, false, false},
		{"ZUSATZFRAGE: Und morgen?", "", "", false, false, false},
	}
	for _, c := range cases {
		turn, _, ok := recordLabel(c.text)
		if ok != c.ok {
			t.Errorf("%q: read %v, want %v (%+v)", c.text, ok, c.ok, turn)
			continue
		}
		if !ok {
			continue
		}
		if turn.name != c.name || turn.role != c.role || turn.chair != c.chair || turn.bench != c.bench {
			t.Errorf("%q: got %+v, want name %q role %q chair %v bench %v", c.text, turn, c.name, c.role, c.chair, c.bench)
		}
	}
}

// TestDropStage pins that stage directions leave a record's text, in
// several languages, and that other brackets stay.
func TestDropStage(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Das bleibt so. (Beifall bei der SPD) Wir gehen weiter.", "Das bleibt so. Wir gehen weiter."},
		{"Wer zahlt? (Zuruf von der AfD: Sie!) – Wir alle.", "Wer zahlt? Wir alle."},
		{"It is thin. [Laughter.] Very thin.", "It is thin. Very thin."},
		{"Così non va. (Applausi dei deputati del gruppo Misto)", "Così non va."},
		{"Ні. (Оплески) Ніколи.", "Ні. Ніколи."},
		{"The plan (the US draft) is thin.", "The plan (the US draft) is thin."},
	}
	for _, c := range cases {
		if got := dropStage(c.in); got != c.want {
			t.Errorf("dropStage(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRecordSpeech pins that a record gives a speech running over
// several paragraphs, a stage direction and a reply to a heckle to its
// speaker, with the label's office as role, and the chair nothing.
func TestRecordSpeech(t *testing.T) {
	doc := "---\ntitle: Protokoll\nlang: de\npublished: 2025-11-27\n---\n\n" +
		"Präsidentin Karla Form: Das Wort hat der Minister.\n\n" +
		"Staatsminister Otto Schema: Wir stehen zu Kiew.\n(Beifall bei der SPD)\nDie Grenze bleibt, wo sie ist.\n\n" +
		"(Zuruf von der AfD: Wer sagt das?)\n\n" +
		"– Das sagt die Bundesregierung.\n\n" +
		"Ute Muster (CDU/CSU): Frau Präsidentin, ich danke dem Minister.\n\n" +
		"Präsidentin Karla Form: Ich schließe die Aussprache.\n"
	d, err := Parse([]byte(doc), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ speaker, role, frag string }{
		{"Otto Schema", "Staatsminister", "Wir stehen zu Kiew"},
		{"Otto Schema", "Staatsminister", "Die Grenze bleibt"},
		{"Otto Schema", "", "Das sagt die Bundesregierung"},
		{"Ute Muster", "", "ich danke dem Minister"},
	}
	for _, w := range want {
		found := false
		for _, s := range d.Statements {
			if s.Speaker == w.speaker && (w.role == "" || s.Role == w.role) && strings.Contains(s.Text, w.frag) {
				found = true
			}
		}
		if !found {
			t.Errorf("no statement of %s (%s) with %q; got %s", w.speaker, w.role, w.frag, statementsBrief(d.Statements))
		}
	}
	for _, s := range d.Statements {
		if strings.Contains(s.Text, "Das Wort hat") || strings.Contains(s.Text, "Beifall") || strings.Contains(s.Text, "Wer sagt das") || strings.Contains(s.Text, "schließe") {
			t.Errorf("procedural text is a statement: %s: %q", s.Speaker, s.Text)
		}
	}
}
