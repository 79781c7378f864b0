package corpus

import (
	"strings"
	"testing"
)

// TestDelegateSpeakers: in a summary of a meeting of states, the role
// phrase naming the state a speaker spoke for is the speaker, in the
// languages that put the state after a preposition, in the genitive or
// before the noun; a pronoun after it goes on with that delegate.
func TestDelegateSpeakers(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en of the",
			reportDoc("en", "The representative of the Netherlands said the talks had to include Kyiv."),
			"representative of the Netherlands", "the talks had to include Kyiv"},
		{"en possessive, then he",
			reportDoc("en", "Norway's representative said the ceasefire had to be monitored. He added that Oslo would fund the mission."),
			"Norway's representative", "Oslo would fund the mission"},
		{"en demonym adjective",
			reportDoc("en", "The Dutch delegate said the council should meet again next week."),
			"Dutch delegate", "the council should meet again next week"},
		{"it della",
			reportDoc("it", "La rappresentante della Norvegia ha detto che il cessate il fuoco va monitorato."),
			"rappresentante della Norvegia", "il cessate il fuoco va monitorato"},
		{"ru genitive",
			reportDoc("ru", "Представитель Норвегии заявил, что перемирие нужно контролировать."),
			"Представитель Норвегии", "перемирие нужно контролировать"},
		{"es de",
			reportDoc("es", "El representante de Noruega dijo que la tregua debe vigilarse."),
			"representante de Noruega", "la tregua debe vigilarse"},
	})
}

// TestDelegateNotABody: a body's spokesperson ("представитель Кремля",
// "представитель МИД") is no delegate of a state, and a delegate with a
// name in apposition is that person.
func TestDelegateNotABody(t *testing.T) {
	for _, c := range []struct{ name, text, not string }{
		{"ru Kremlin in the genitive", reportDoc("ru", "Представитель Кремля заявил, что контакты продолжаются."), "Представитель Кремля"},
		{"ru ministry acronym", reportDoc("ru", "Представитель МИД заявил, что контакты продолжаются."), "Представитель МИД"},
		{"en name in apposition", reportDoc("en", "The representative of Norway, Ingrid Dahl, said the talks had to include Kyiv."), "representative of Norway"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if strings.Contains(s.Speaker, c.not) {
					t.Errorf("read as a delegate of a state: %+v", s)
				}
			}
		})
	}
}
