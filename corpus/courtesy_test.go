package corpus

import (
	"strings"
	"testing"
)

// TestCourtesyTurnIsNoStatement: a transcript turn of thanks says nothing;
// a turn that goes on after the thanks is kept.
func TestCourtesyTurnIsNoStatement(t *testing.T) {
	for _, c := range []struct {
		name, lang, host, guest, closing, kept string
	}{
		{"en", "en", "ANNA REED, HOST", "KOVAL", "Thank you, Anna.", "The plan needs more work"},
		{"fr", "fr", "CLAIRE DUVAL, PRÉSENTATRICE", "KOVAL", "Merci à vous.", "Le plan doit encore évoluer"},
		{"de", "de", "JAN HOLM, MODERATOR", "KOVAL", "Danke für das Gespräch.", "Der Plan braucht mehr Arbeit"},
	} {
		t.Run(c.name, func(t *testing.T) {
			host := strings.SplitN(c.host, ",", 2)[0]
			last := strings.Fields(host)[1]
			doc := "---\ntitle: t\nlang: " + c.lang + "\n---\n\n" + c.host + ": Welcome, Mr Koval.\n\n" + c.guest + ": " + c.kept + ", and everyone knows it.\n\n" + last + ": Ivan Koval, thank you.\n\n" + c.guest + ": " + c.closing + "\n"
			d, err := Parse([]byte(doc), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			kept := false
			for _, s := range d.Statements {
				if strings.Contains(s.Text, c.closing) {
					t.Errorf("thanks are no statement: %+v", s)
				}
				kept = kept || strings.Contains(s.Text, c.kept)
			}
			if !kept {
				t.Errorf("the answer is lost: %+v", d.Statements)
			}
		})
	}
}

// TestCourtesyOnly: the formula, a filler and a vocative, nothing more.
func TestCourtesyOnly(t *testing.T) {
	for text, want := range map[string]bool{
		"Thank you, Helen.":                                    true,
		"Thanks for having me.":                                true,
		"Дякую.":                                               true,
		"Thanks, but the plan is a trap.":                      false,
		"Thankfully the talks go on.":                          false,
		"Merci pour cette question difficile, elle est juste.": false,
		"Grüß Gott.":                                           true, // Austrian and other European greetings and thanks
		"Sehr gern.":                                           true,
		"Bună seara, doamnă Pop.":                              true,
		"Moltes gràcies.":                                      true,
		"Sehr gern würde ich das glauben, aber der Plan hält nicht.": false,
	} {
		if got := courtesyOnly(text); got != want {
			t.Errorf("courtesyOnly(%q) = %v, want %v", text, got, want)
		}
	}
}
