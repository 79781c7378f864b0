package corpus

import (
	"strings"
	"testing"
)

// TestNameFirstTitleModifiers checks a title written after the name with
// lower-case modifiers before it ("ukrán elnök", "elnöki tanácsadó"), an
// addressee with its article before "azt", and a role synonym referring
// back ("A tárcavezető szerint …" after a minister spoke), in sentences
// written for the test.
func TestNameFirstTitleModifiers(t *testing.T) {
	hu := "---\ntitle: t\nlang: hu\n---\n\n"
	checkStatements(t, []statementCase{
		{"hu adjective and title", hu + "Kovács Bence ukrán nagykövet azt mondta, hogy a gabonaszállítás folytatódik.", "Kovács", "a gabonaszállítás folytatódik"},
		{"hu two-word title", hu + "Lakatos Irén elnöki tanácsadó hangsúlyozta, hogy a tervezet még változhat.", "Lakatos", "a tervezet még változhat"},
		{"hu addressee with article", hu + "Bíró Ottó szóvivő az újságíróknak azt mondta, hogy a határátkelő nyitva marad.", "Bíró", "a határátkelő nyitva marad"},
		{"hu role synonym", hu + "Pintér Áron külügyminiszter azt mondta, hogy a tárgyalások hasznosak voltak. A tárcavezető szerint a megállapodás tavaszra elkészülhet.", "Pintér", "a megállapodás tavaszra elkészülhet"},
	})
}

// TestNameFirstModifiersStopAtPhrase checks that an article opens a
// phrase of its own and more than two lower-case words are no title: "A
// Somvári Lap kérdésére a minisztérium szóvivője" is not Somvári Lap's.
func TestNameFirstModifiersStopAtPhrase(t *testing.T) {
	d, err := Parse([]byte("---\ntitle: t\nlang: hu\n---\n\nA Somvári Lap kérdésére a minisztérium szóvivője azt közölte, hogy a tárca nem kommentálja a hírt.\n"), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		if strings.Contains(s.Speaker, "Somvári") {
			t.Errorf("the outlet read as the speaker: %+v", s)
		}
	}
}
