package corpus

import (
	"strings"
	"testing"
)

// TestPronounNumberByVerb checks that German "sie" after (or before) a
// singular speech verb is the woman named just before ("„…“, sagt sie.",
// "Sie sagte, …"), while after a plural verb ("sagten sie") it is not
// read as her; and that Spanish "él"/"ella" after the verb are pronouns
// of a person as "he"/"she" are.
func TestPronounNumberByVerb(t *testing.T) {
	de := "---\ntitle: t\nlang: de\n---\n\n"
	es := "---\ntitle: t\nlang: es\n---\n\n"
	checkStatements(t, []statementCase{
		{"de sagt sie", de + "Die Historikerin Hanna Wolters sieht in den Gesprächen ein Zeichen. „Das ist mehr, als wir letztes Jahr hatten“, sagt sie.", "Hanna Wolters", "mehr, als wir letztes Jahr hatten"},
		{"de betonte sie", de + "Die Abgeordnete Hanna Wolters kam spät. „Ohne Garantien gibt es keinen Frieden“, betonte sie.", "Hanna Wolters", "Ohne Garantien gibt es keinen Frieden"},
		{"es dice ella", es + "La historiadora Lucía Barral ve una señal en las conversaciones. «Es más de lo que teníamos hace un año», dice ella.", "Lucía Barral", "Es más de lo que teníamos"},
	})
	d, err := Parse([]byte(de+"Die Historikerin Hanna Wolters sieht ein Zeichen. „Wir bleiben skeptisch“, sagten sie."), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		if strings.Contains(s.Speaker, "Wolters") {
			t.Errorf("a plural verb's \"sie\" read as the woman named before: %+v", s)
		}
	}
}
