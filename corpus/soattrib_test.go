package corpus

import (
	"strings"
	"testing"
)

// TestSoAttribution checks the German attribution by "so" and the speaker
// set off by commas, inside what was said or closing it, and that "so" as
// an adverb attributes nothing.
func TestSoAttribution(t *testing.T) {
	de := "---\ntitle: t\nlang: de\n---\n\n"
	checkStatements(t, []statementCase{
		{"inside", de + "Der Politologe Arno Kessler äußerte Zweifel. Die Garantien, so Kessler, seien nirgends mit Pflichten unterlegt.", "Kessler", "Die Garantien seien nirgends mit Pflichten unterlegt"},
		{"closing, with title", de + "Mit dem Entwurf könne man arbeiten, so der Berater Juri Uschakow.", "Ushakov", "Mit dem Entwurf könne man arbeiten"},
		{"a name and where the person works", de + "Der Entwurf sei schwach, so Hana Kovac vom Wiener Institut.", "Hana Kovac", "Der Entwurf sei schwach"},
		{"a name with a particle", de + "Europa müsse mit am Tisch sitzen, so Ursula von der Leyen.", "Ursula von der Leyen", "Europa müsse mit am Tisch sitzen"},
		{"konjunktiv goes on", de + "Kremlsprecher Dmitri Peskow sagte, man warte auf Nachrichten aus Washington. Truppen aus Nato-Ländern lehne Russland weiterhin ab.", "Peskov", "Truppen aus Nato-Ländern lehne Russland weiterhin ab"},
	})
	for _, s := range statementsOf(t, de+"Der Entwurf sei schwach, so Hana Kovac vom Wiener Institut.") {
		if s.Speaker != "Hana Kovac" || s.Role != "Wiener Institut" {
			t.Errorf("statement %q by %q (%s): the person, with her institute as role, speaks", s.Text, s.Speaker, s.Role)
		}
	}
	for _, s := range statementsOf(t, de+"Das ist so nicht richtig, so wie es aussieht.") {
		t.Errorf("statement %q by %q from an adverb", s.Text, s.Speaker)
	}
}

// TestNewSpeakerIsNoContinuation checks that a sentence naming a new
// speaker with a title and her own verb is hers, not the indirect speech
// of the person quoted just before going on.
func TestNewSpeakerIsNoContinuation(t *testing.T) {
	text := "---\ntitle: t\nlang: de\n---\n\nDie Garantien seien vage, sagte der Politologe Arno Kessler. Die Historikerin Sabine Kranz vom Institut für Osteuropa-Studien in Graz warnt im Gespräch mit dem Donau-Kurier davor, den Plan abzuschreiben: Viele Punkte seien Verhandlungsmasse."
	for _, s := range statementsOf(t, text) {
		if strings.Contains(s.Speaker, "Kessler") && strings.Contains(s.Text, "Verhandlungsmasse") {
			t.Errorf("Kranz's words given to Kessler: %+v", s)
		}
	}
}

// TestReflexiveManner checks that a reflexive verb of expressing followed
// by a word of manner ("äußerte sich vorsichtiger") gives no statement,
// and that the indirect speech after it is that person's.
func TestReflexiveManner(t *testing.T) {
	text := "---\ntitle: t\nlang: de\n---\n\nDer Bundeskanzler Karl Brandauer sagte, man sei zuversichtlich. Der Präsident Olek Marenko äußerte sich vorsichtiger. Offen gesagt habe man noch unterschiedliche Positionen."
	found := false
	for _, s := range statementsOf(t, text) {
		if strings.HasPrefix(s.Text, "sich") {
			t.Errorf("statement %q: how he spoke, not what", s.Text)
		}
		if strings.Contains(s.Text, "unterschiedliche Positionen") {
			found = true
			if !strings.Contains(s.Speaker, "Marenko") {
				t.Errorf("%q given to %q", s.Text, s.Speaker)
			}
		}
	}
	if !found {
		t.Error("the indirect speech after the reflexive verb is lost")
	}
}
