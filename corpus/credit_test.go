package corpus

import "testing"

// TestCreditedInterviewer checks a transcript whose credit line names who
// put the questions: that person's labelled turns are the publication
// asking, not statements, while the people a question relays still speak
// and the guest's answers stay the guest's. In English, German and
// Polish, with the label's colon outside or inside its bold marks.
func TestCreditedInterviewer(t *testing.T) {
	tests := []struct {
		name, doc, host, guest, relayed string
	}{
		{"en conducted by",
			"# Morning guest: Colonel Tomas Reyna on the plan\n\n*Interview conducted by Nadia Kessler. Edited for length.*\n\n" +
				"**NADIA KESSLER:** Colonel, the draft caps the army. Is that a problem?\n\n" +
				"**TOMAS REYNA:** It is a ceiling nobody on the front line would accept. The number is far too low.\n\n" +
				"**NADIA KESSLER:** Defence minister Anna Berg said on Friday that the border would stay open.\n\n" +
				"**TOMAS REYNA:** She is right, and the allies know it.\n",
			"Nadia Kessler", "Tomas Reyna", "Anna Berg"},
		{"de das Gespräch führte",
			"# Zu Gast: Oberst Lukas Brehm über den Plan\n\n*Das Gespräch führte Jana Wolters.*\n\n" +
				"**JANA WOLTERS:** Herr Brehm, der Entwurf begrenzt die Armee. Ist das ein Problem?\n\n" +
				"**LUKAS BREHM:** Diese Obergrenze würde an der Front niemand hinnehmen. Die Zahl ist viel zu niedrig.\n\n" +
				"**JANA WOLTERS:** Verteidigungsminister Ralf Jessen sagte am Freitag, die Grenze bleibe offen.\n\n" +
				"**LUKAS BREHM:** Da hat er recht, und die Verbündeten wissen das.\n",
			"Jana Wolters", "Lukas Brehm", "Ralf Jessen"},
		{"pl prowadziła, bold label with its colon inside",
			"# Gość dnia: płk Marek Zawada o planie\n\n*Rozmowę prowadziła Ewa Sobczak.*\n\n" +
				"**EWA SOBCZAK:** Panie pułkowniku, plan ogranicza armię. To problem?\n\n" +
				"**MAREK ZAWADA:** Taki limit byłby na froncie nie do przyjęcia. Ta liczba jest za niska.\n\n" +
				"**EWA SOBCZAK:** Minister obrony Adam Wierzba powiedział w piątek, że granica pozostanie otwarta.\n\n" +
				"**MAREK ZAWADA:** Ma rację i sojusznicy o tym wiedzą.\n",
			"Ewa Sobczak", "Marek Zawada", "Adam Wierzba"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var guest, relayed bool
			for _, s := range statementsOf(t, tt.doc) {
				switch s.Speaker {
				case tt.host:
					t.Errorf("statement %q by the interviewer %s", s.Text, tt.host)
				case tt.guest:
					guest = true
				case tt.relayed:
					relayed = true
				}
			}
			if !guest || !relayed {
				t.Errorf("guest %s speaks %v, relayed %s speaks %v; want both", tt.guest, guest, tt.relayed, relayed)
			}
		})
	}
}

// TestUnboldLabel checks that a bold label reads as a plain one with its
// colon inside or outside the bold marks, and that bold text with no colon
// after it is left alone.
func TestUnboldLabel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"**EWA SOBCZAK:** Panie pułkowniku?", "EWA SOBCZAK: Panie pułkowniku?"},
		{"**Jana Wolters**: Ist das ein Problem?", "Jana Wolters: Ist das ein Problem?"},
		{"**Point 7** keeps the army at its size.", "**Point 7** keeps the army at its size."},
		{"Plain: text", "Plain: text"},
	}
	for _, tt := range tests {
		if got := unboldLabel(tt.in); got != tt.want {
			t.Errorf("unboldLabel(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
