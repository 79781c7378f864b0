package corpus

import (
	"strings"
	"testing"
)

// TestPeriodLabels: turns labelled in capitals with a full stop, by the
// answerer's surname or by the turn's kind; the questions speak for no one.
func TestPeriodLabels(t *testing.T) {
	byName := langDoc("es", "La ministra Elena Sarrià respondió a este diario en Bruselas.\n\n"+
		"PREGUNTA. ¿Firmará Ucrania el texto de veintiocho puntos esta semana?\n\n"+
		"SARRIÀ. Nadie firmará nada sin que Kiev haya leído cada línea.\n\n"+
		"PREGUNTA. ¿Y el plazo del jueves?\n\n"+
		"SARRIÀ. Los plazos los pone quien negocia, no quien mira desde fuera.\n")
	byKind := langDoc("es", "Tomás Ugalde, exembajador en Varsovia, siguió las dos rondas de cerca.\n\n"+
		"P. ¿Qué cambió en Ginebra según Moscú?\n\n"+
		"R. Casi nada de fondo; se movieron las comas, no las fronteras.\n\n"+
		"P. ¿Habrá cumbre?\n\n"+
		"R. La habrá cuando haya algo que firmar.\n")
	checkStatements(t, []statementCase{
		{"es surname label", byName, "Elena Sarrià", "Nadie firmará nada sin que Kiev"},
		{"es surname label, second turn", byName, "Elena Sarrià", "Los plazos los pone quien negocia"},
		{"es P. and R.", byKind, "Tomás Ugalde", "se movieron las comas"},
	})
	for _, d := range []string{byName, byKind} {
		got, err := Parse([]byte(d), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range got.Statements {
			if strings.Contains(s.Text, "¿") {
				t.Errorf("a question became a statement: %+v", s)
			}
		}
	}
}

// TestPeriodLabelNeedsQuestion: paragraphs opening with an acronym and a
// full stop are no interview without a question's label.
func TestPeriodLabelNeedsQuestion(t *testing.T) {
	d := langDoc("es", "OTAN. La alianza no ha comentado el documento.\n\nUE. Bruselas prepara su propia versión.\n")
	got, err := Parse([]byte(d), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range got.Statements {
		if s.Speaker == "NATO" || s.Speaker == "European Union" {
			t.Errorf("an acronym opening a paragraph became a speaker: %+v", s)
		}
	}
	for _, c := range []struct {
		in, label string
		ok        bool
	}{
		{"RUBIO. Creo que sí.", "RUBIO", true},
		{"P. ¿Y ahora?", "P", true},
		{"B. Point two of the list.", "", false},
		{"Rubio. Creo que sí.", "", false},
	} {
		l, _, ok := periodLabel(c.in)
		if ok != c.ok || l != c.label {
			t.Errorf("periodLabel(%q) = %q %v", c.in, l, ok)
		}
	}
}
