package corpus

import (
	"strings"
	"testing"
)

// TestKinAccordingAside: a relative opening a sentence and followed by an
// aside that passes the words on ("за її словами", "по её словам",
// "according to her") speaks only when a verb of speech or of asking
// follows (kinaside.go); the aside is no part of their role, and an
// apposition before the aside stays the role's ("Її син, санітар, за її
// словами, каже, що …", which lost its comma with the aside). A capital
// Cyrillic possessive opens the phrase as a lower-case one does. Each case
// fails with the switch noKinAside set: the role then keeps the aside, or
// the relayer's account goes to the relative.
func TestKinAccordingAside(t *testing.T) {
	cases := []struct {
		name, lang, doc, frag, speaker, role string
		said                                 bool // frag is the statement's whole text: what the verb says, not the sentence
	}{
		{"uk asks", "uk", "Волонтерка Оксана Дяченко сказала, що «план писали не для нас». Її брат, за її словами, служить під Лиманом і просить не вірити чуткам про мир.",
			"не вірити чуткам", unnamedSpeaker, "Її брат", false},
		{"ru asks", "ru", "Пенсионер Пётр Ильич Сомов сказал, что «бумаге никто не верит». Его внук, по его словам, служит под Купянском и просит не ждать его к Новому году.",
			"не ждать его", unnamedSpeaker, "Его внук", false},
		{"en asks", "en", "Marta Kovalenko, a retired teacher, said the plan \"reads like a bill of sale\". Her son, according to her, serves near Kupiansk and asks everyone not to believe the rumours.",
			"not to believe the rumours", unnamedSpeaker, "Her son", false},
		{"uk apposition then aside", "uk", "Волонтерка Оксана Дяченко сказала, що «план писали не для нас». Її син, санітар, за її словами, каже, що в госпіталі про план ніхто не говорить.",
			"в госпіталі про план ніхто не говорить", unnamedSpeaker, "Її син, санітар", true},
		{"en apposition then aside", "en", "Marta Kovalenko, a retired teacher, said the plan \"reads like a bill of sale\". Her son, a medic, according to her, says that nobody at the field hospital talks about the plan.",
			"nobody at the field hospital talks about the plan", unnamedSpeaker, "Her son, a medic", true},
		{"uk fact stays the relayer's", "uk", "Волонтерка Оксана Дяченко сказала, що «план писали не для нас». Її чоловік, за її словами, служить неподалік Костянтинівки.",
			"служить неподалік", "Оксана Дяченко", "Волонтерка", false},
		{"en fact stays the relayer's", "en", "Marta Kovalenko, a retired teacher, said the plan \"reads like a bill of sale\". Her son, according to her, serves near Kupiansk with the artillery brigade.",
			"with the artillery brigade", "Marta Kovalenko", "retired teacher", false},
	}
	for _, off := range []bool{false, true} {
		for _, c := range cases {
			d := parseCaseWith(t, "---\nlang: "+c.lang+"\n---\n\n"+c.doc+"\n", ParseOptions{noKinAside: off})
			found := false
			for _, s := range d.Statements {
				if (s.Text == c.frag || !c.said && strings.Contains(s.Text, c.frag)) && s.Speaker == c.speaker && s.Role == c.role {
					found = true
				}
			}
			if found == off {
				t.Errorf("%s (noKinAside %v): %q by %s (%s) found %v; statements %+v", c.name, off, c.frag, c.speaker, c.role, found, d.Statements)
			}
		}
	}
}
