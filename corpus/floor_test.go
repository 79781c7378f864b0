package corpus

import (
	"strings"
	"testing"
)

// TestFloorStaffTurns: a broadcaster's own people relay what others said;
// the relayed words are the others', the turn itself no one's.
func TestFloorStaffTurns(t *testing.T) {
	en := langDoc("en", "HANNAH VOSE, ANCHOR: Good evening. Our correspondent is in Oslo.\n\n"+
		"PIETRO ALDANA, SENIOR CORRESPONDENT (on camera): Hannah, the mood is tense. Foreign Minister Ingrid Saltvik said the talks would resume on Friday.\n\n"+
		"(SOUNDBITE) INGRID SALTVIK, FOREIGN MINISTER: Nobody leaves this table before the text is finished.\n\n"+
		"ALDANA (voice-over): The delegations went back inside after dark.\n\n"+
		"VOSE: Thank you, Pietro.\n")
	es := langDoc("es", "MARTA IRIBE, PRESENTADORA: Buenas noches. Conectamos con nuestra corresponsal.\n\n"+
		"LUCÍA FERRAN, CORRESPONSAL EN KIEV: Marta, aquí hay cautela. El ministro Dmytro Hlushko dijo que el texto aún no está cerrado.\n\n"+
		"FERRAN: Las delegaciones seguirán reunidas mañana.\n")
	checkStatements(t, []statementCase{
		{"en relayed by a correspondent", en, "Ingrid Saltvik", "the talks would resume on Friday"},
		{"en soundbite after a production note", en, "Ingrid Saltvik", "Nobody leaves this table"},
		{"es relayed by a correspondent", es, "Dmytro Hlushko", "el texto aún no está cerrado"},
	})
	for _, d := range []string{en, es} {
		got, err := Parse([]byte(d), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range got.Statements {
			for _, staff := range []string{"Aldana", "Vose", "Ferran", "Iribe"} {
				if strings.Contains(s.Speaker, staff) {
					t.Errorf("a staff turn became a statement: %+v", s)
				}
			}
			if strings.Contains(s.Text, "SOUNDBITE") {
				t.Errorf("the production note ran into a statement: %+v", s)
			}
		}
	}
}

// TestFloorRecord: a parliamentary record's chair manages the floor,
// applause and heckles in brackets neither speak nor end a speech, and the
// group in a member's label is their role when no office is given
// (groupIsRole in data/protocols.json).
func TestFloorRecord(t *testing.T) {
	de := langDoc("de", "Vizepräsident Dr. Holger Brandtner: Das Wort hat die Kollegin Wiebke Tamm.\n\n"+
		"Wiebke Tamm (Gruppe Nord): Herr Präsident! Ein Waffenstillstand ohne Garantien hält nicht lange.\n\n"+
		"(Beifall bei der Gruppe Nord – Zuruf von der Gruppe Süd: Wer soll das bezahlen?)\n\n"+
		"Wir brauchen deshalb eine europäische Schutzzusage, bevor irgendetwas unterschrieben wird.\n\n"+
		"Vizepräsident Dr. Holger Brandtner: Vielen Dank. Die Aussprache ist geschlossen.\n")
	en := langDoc("en", "Chairwoman Ruth Abney: The committee will come to order. I recognise Mr. Kellan Dorsey.\n\n"+
		"Kellan Dorsey (Coastal Caucus): Thank you. This framework asks too much of the side that was attacked.\n\n"+
		"(Applause)\n\n"+
		"I will not vote for a text that rewards an invasion.\n\n"+
		"Chairwoman Ruth Abney: The gentleman's time has expired.\n")
	for _, c := range []struct{ name, doc, speaker, role, first, goesOn, notIn string }{
		{"de", de, "Wiebke Tamm", "Gruppe Nord", "ohne Garantien hält nicht lange", "europäische Schutzzusage", "Wer soll das bezahlen"},
		{"en", en, "Kellan Dorsey", "Coastal Caucus", "asks too much of the side", "rewards an invasion", "Applause"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := Parse([]byte(c.doc), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, s := range got.Statements {
				if strings.Contains(s.Speaker, "Brandtner") || strings.Contains(s.Speaker, "Abney") {
					t.Errorf("the chair's turn became a statement: %+v", s)
				}
				if s.Speaker == c.speaker && strings.Contains(s.Text, c.first) {
					found = true
					if s.Role != c.role {
						t.Errorf("role %q, want %q", s.Role, c.role)
					}
					if !strings.Contains(s.Text, c.goesOn) {
						t.Errorf("the speech stopped at the bracket: %q", s.Text)
					}
					if strings.Contains(s.Text, c.notIn) {
						t.Errorf("the bracket ran into the speech: %q", s.Text)
					}
				}
			}
			if !found {
				t.Errorf("no speech of %s; got %+v", c.speaker, got.Statements)
			}
		})
	}
}

// TestFloorHelpers pins the bracket and cue readings.
func TestFloorHelpers(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"(Beifall bei der Fraktion A)", true},
		{"[Applause]", true},
		{"(a) one thing (b) another", false},
		{"(SOUNDBITE) NAME: text", false},
	} {
		if got := wholeBracket(c.in); got != c.want {
			t.Errorf("wholeBracket(%q) = %v", c.in, got)
		}
	}
	if got := dropCue("(SOUNDBITE) ANNA ROS, MINISTER: Yes."); got != "ANNA ROS, MINISTER: Yes." {
		t.Errorf("dropCue = %q", got)
	}
	if got := dropCue("(Reuters) - Kyiv said"); got != "(Reuters) - Kyiv said" {
		t.Errorf("dropCue dropped an outlet: %q", got)
	}
	for b, want := range map[string]bool{"Fraktion A": true, "SPD": true, "on camera": false, "voice-over": false, "VO": false} {
		if groupBracket(b) != want {
			t.Errorf("groupBracket(%q) = %v", b, !want)
		}
	}
}

// TestFloorStaffAside: a correspondent's words about their own reporting
// between the people quoted and the verb do not hide the verb.
func TestFloorStaffAside(t *testing.T) {
	one := langDoc("en", "ROSA TELLING, ANCHOR: What are you hearing?\n\n"+
		"MARK ODUYA, CORRESPONDENT: Moldovan officials I spoke to here said the border clause was rewritten overnight.\n\nTELLING: Thank you.\n")
	two := langDoc("en", "ROSA TELLING, HOST: And the mood?\n\n"+
		"MARK ODUYA, CORRESPONDENT: Two diplomats we talked to tonight told us the summit could slip to January.\n\nTELLING: Thank you.\n")
	checkStatements(t, []statementCase{
		{"en officials I spoke to here", one, "Moldovan officials", "the border clause was rewritten overnight"},
		{"en diplomats we talked to tonight", two, "unnamed", "the summit could slip to January"},
	})
	if got := dropStaffAside("Officials I spoke to here said it."); got != "Officials said it." {
		t.Errorf("dropStaffAside = %q", got)
	}
}

// TestFloorLabelTitle: the title a label prints with the words is theirs,
// even when the report gave the person another before.
func TestFloorLabelTitle(t *testing.T) {
	en := langDoc("en", "HOST: Good evening.\n\nTALIA MORR, CORRESPONDENT: Minister Piet Vanloo said the monitors were ready.\n\n"+
		"(SOUNDBITE) PIET VANLOO, BELGIAN DEFENCE MINISTER: We can deploy within ten days.\n\nHOST: Thank you.\n")
	es := langDoc("es", "PRESENTADOR: Buenas noches.\n\nCARLA RUEDA, CORRESPONSAL: El ministro Iker Bastida dijo que el texto llegaría el lunes.\n\n"+
		"IKER BASTIDA, MINISTRO DE EXTERIORES: El texto llegará el lunes y lo leeremos con calma.\n\nPRESENTADOR: Gracias.\n")
	for _, c := range []struct{ name, doc, speaker, fragment, role string }{
		{"en", en, "Piet Vanloo", "We can deploy within ten days", "Belgian Defence Minister"},
		{"es", es, "Iker Bastida", "lo leeremos con calma", "Ministro de Exteriores"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.doc), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if s.Speaker == c.speaker && strings.Contains(s.Text, c.fragment) {
					if s.Role != c.role {
						t.Errorf("role %q, want the label's %q", s.Role, c.role)
					}
					return
				}
			}
			t.Errorf("no statement of %s with %q: %+v", c.speaker, c.fragment, d.Statements)
		})
	}
}
