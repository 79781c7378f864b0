package corpus

import (
	"strings"
	"testing"
)

// TestStrayLabels: a "Label: text" line whose label names no one the
// lexicon or the document knows is furniture, not a speaker's turn
// (straylabel.go); a label the document writes again, one the lexicon
// knows and one with its title stay speakers.
func TestStrayLabels(t *testing.T) {
	for _, c := range []struct {
		name, doc string
		speaker   string // "" when no statement may come from the label
		text      string // a fragment of the statement's text
	}{
		// negatives: furniture of a page, in several languages
		{"es legal notice", "Los mercados subieron tras las conversaciones de Ginebra.\n\nAVISO LEGAL: Este documento ha sido elaborado con fines exclusivamente informativos.\n", "", "Este documento"},
		{"en contact block", "The committee called for hearings on the plan.\n\nMedia Contact: Kelsey Marrow, Communications Director, (202) 555-0148\n", "", "Communications Director"},
		{"de dates", "Der Kanzler empfing den ukrainischen Präsidenten in Berlin.\n\nWeitere Termine: Europäischer Rat in Brüssel, 18. und 19. Dezember 2025.\n", "", "Europäischer Rat"},
		{"fr rundown note", "Le journal de 20 heures ouvre sur Genève.\n\nNB RÉGIE : orthographe du synthé Meloni à corriger.\n", "", "orthographe"},
		// positives: the same shape naming a speaker the page knows
		{"en known person", "Talks resumed in Geneva on Sunday.\n\nPeskov: Moscow has received no official text of the changes.\n", "Dmitry Peskov", "no official text"},
		{"en label repeated", "ANNA BELL: Good evening, and welcome to the programme.\n\nTOMAS REINHOLT: The plan gives Moscow what it could not win on the battlefield.\n\nBELL: Thank you.\n\nREINHOLT: The guarantees are vague.\n", "Tomas Reinholt", "could not win"},
		{"de introduced in prose", "Die Politologin Jana Wolters verfolgt die Gespräche seit Wochen.\n\nJana Wolters: Der Plan ist ein Anfang, aber kein Frieden.\n", "Jana Wolters", "kein Frieden"},
		{"it label in the title", "---\ntitle: \"Intervista a Ludovica Serra\"\n---\n\nLudovica Serra: Il testo di novembre era scritto per essere accettato da Mosca.\n", "Ludovica Serra", "accettato da Mosca"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.doc), ParseOptions{Name: "x.md", Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, s := range d.Statements {
				if !strings.Contains(s.Text, c.text) {
					continue
				}
				if c.speaker == "" {
					t.Errorf("furniture read as speech: %q / %q", s.Speaker, s.Text)
				} else if s.Speaker == c.speaker {
					found = true
				}
			}
			if c.speaker != "" && !found {
				t.Errorf("want %s saying %q, got %+v", c.speaker, c.text, d.Statements)
			}
		})
	}
}
