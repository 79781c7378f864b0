package corpus

import (
	"strings"
	"testing"
)

// TestGermanSourceInGenitive: "Nach Angaben eines Diplomaten ist …" and
// "Nach Angaben aus der Delegation …" source the clause to an unnamed
// source; "sagte er der Zeitung" gives the words to him, not the paper;
// an unnamed source speaks of something as a named person does.
func TestGermanSourceInGenitive(t *testing.T) {
	doc := func(body string) string { return "---\ntitle: t\nlang: de\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"genitive indefinite", doc("Nach Angaben eines europäischen Diplomaten ist die Frist in der neuen Fassung verlängert.\n"), unnamedSpeaker, "ist die Frist in der neuen Fassung verlängert"},
		{"genitive with complement", doc("Nach Angaben eines Sprechers des Ministeriums bleibt die Grenze geschlossen.\n"), unnamedSpeaker, "bleibt die Grenze geschlossen"},
		{"aus the delegation", doc("Nach Angaben aus der polnischen Delegation will Warschau einen eigenen Gesandten.\n"), unnamedSpeaker, "will Warschau einen eigenen Gesandten"},
		{"pronoun then the paper", doc("Nach Angaben eines europäischen Diplomaten ist die Frist verlängert. „Darüber reden wir nicht mehr“, sagte er der Abendpost.\n"), unnamedSpeaker, "Darüber reden wir nicht mehr"},
		{"source on the draft itself", doc("Nach Angaben aus Regierungskreisen ist der Entwurf inzwischen fertig.\n"), unnamedSpeaker, "ist der Entwurf inzwischen fertig"},
		{"unnamed source spoke of", doc("Ein Regierungsvertreter sprach nach dem Treffen von einer „letzten Chance“ für die Gespräche.\n"), unnamedSpeaker, "letzten Chance"},
	})
}

// TestGermanSourceOnDocument: what a source says a draft provides is the
// draft's term, not the source's statement.
func TestGermanSourceOnDocument(t *testing.T) {
	d, err := Parse([]byte("---\ntitle: t\nlang: de\n---\n\nNach Angaben aus Regierungskreisen sieht der jüngste Entwurf unter anderem vor, dass die Ostgebiete entmilitarisiert werden.\n"), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		if strings.Contains(s.Text, "Entwurf") {
			t.Errorf("a draft's term is no statement: %+v", s)
		}
	}
}

// TestOutletAfterPronounIsNoSpeaker: "sagte er der Abendpost" — the paper
// the words were given to is no speaker.
func TestOutletAfterPronounIsNoSpeaker(t *testing.T) {
	d, err := Parse([]byte("---\ntitle: t\nlang: de\n---\n\nDie Ministerin Anke Wollrath sprach lange.\n\n„Das Thema ist erledigt“, sagte sie der Abendpost.\n"), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		if strings.Contains(s.Speaker, "Abendpost") {
			t.Errorf("the paper is no speaker: %+v", s)
		}
	}
}
