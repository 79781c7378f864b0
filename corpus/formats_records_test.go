package corpus

import (
	"strings"
	"testing"
)

// TestRecordOfficeWordLabel pins the Nordic record's label, a one-word
// office before the speaker's name in brackets ("Udenrigsministeren
// (Name):"), beside the member's label it must not be confused with
// ("Name (Group):"), and the Nordic and Hungarian chairs.
func TestRecordOfficeWordLabel(t *testing.T) {
	cases := []struct {
		text, name, role string
		chair, ok        bool
	}{
		{"Forsvarsministeren (Jonas Kjeldgaard): Tak for spørgsmålet.", "Jonas Kjeldgaard", "Forsvarsministeren", false, true},
		{"Utrikesministern (Maja Lindqvist): Jag vill vara tydlig.", "Maja Lindqvist", "Utrikesministern", false, true},
		{"Statsministeren (Hr. Ole Brink):", "Ole Brink", "Statsministeren", false, true},
		{"Ingrid Holmgaard (Kystpartiet): Tak, formand.", "Ingrid Holmgaard", "Kystpartiet", false, true},
		{"Formanden: Mødet er åbnet.", "", "", true, true},
		{"Talmannen: Ordet går till ministern.", "", "", true, true},
		{"Elnök: Megadom a szót.", "", "", true, true},
		// a name given twice is no office
		{"Kjeldgaard (Jonas Kjeldgaard): Ja.", "Kjeldgaard", "Jonas Kjeldgaard", false, true},
	}
	for _, c := range cases {
		turn, _, ok := recordLabel(c.text)
		if ok != c.ok {
			t.Errorf("%q: read %v, want %v (%+v)", c.text, ok, c.ok, turn)
			continue
		}
		if ok && (turn.name != c.name || turn.role != c.role || turn.chair != c.chair) {
			t.Errorf("%q: got %+v, want name %q role %q chair %v", c.text, turn, c.name, c.role, c.chair)
		}
	}
}

// TestRecordOfficeWordSpeech reads whole records in Danish and Swedish
// with the label alone on its line: the minister's speech is theirs with
// the office as role, the chair's lines ("Formanden:" over a line giving
// the floor) join nobody's turn, and applause is dropped.
func TestRecordOfficeWordSpeech(t *testing.T) {
	docs := []struct {
		lang, doc string
		want      []struct{ speaker, role, frag string }
		procedure []string
	}{
		{"da", "---\ntitle: Forhandling\nlang: da\npublished: 2025-12-03\n---\n\n" +
			"**Formanden:**\nDebatten er åbnet. Første ordfører er hr. Mikkel Sand.\n\n" +
			"**Mikkel Sand (Kystpartiet):**\nTak. Jeg mener, at fiskerikvoterne skal forhandles igen i år.\n\n(Bifald)\n\n" +
			"**Formanden:**\nFiskeriministeren.\n\n" +
			"**Fiskeriministeren (Lone Vinther):**\nTak. Regeringen vil ikke genforhandle kvoterne, før forskerne har talt.\n\n" +
			"**Formanden:**\nTak. Mødet er hævet.\n",
			[]struct{ speaker, role, frag string }{
				{"Mikkel Sand", "", "fiskerikvoterne skal forhandles igen"},
				{"Lone Vinther", "Fiskeriministeren", "Regeringen vil ikke genforhandle kvoterne"},
			},
			[]string{"Debatten er åbnet", "Mødet er hævet", "Bifald"}},
		{"sv", "---\ntitle: Protokoll\nlang: sv\npublished: 2025-12-03\n---\n\n" +
			"**Talmannen:**\nOrdet går till Elsa Berg.\n\n" +
			"**Elsa Berg (Skärgårdspartiet):**\nTack. Färjetrafiken till öarna måste garanteras året runt.\n\n(Applåder)\n\n" +
			"**Infrastrukturministern (Nils Åkerlund):**\nTack. Regeringen kommer att säkra färjorna med en ny upphandling.\n\n" +
			"**Talmannen:**\nDebatten är avslutad.\n",
			[]struct{ speaker, role, frag string }{
				{"Elsa Berg", "", "Färjetrafiken till öarna"},
				{"Nils Åkerlund", "Infrastrukturministern", "Regeringen kommer att säkra färjorna"},
			},
			[]string{"Ordet går till", "Debatten är avslutad", "Applåder"}},
	}
	for _, c := range docs {
		d, err := Parse([]byte(c.doc), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		wantRoleStatements(t, c.lang, d.Statements, c.want)
		for _, s := range d.Statements {
			for _, p := range c.procedure {
				if strings.Contains(s.Text, p) {
					t.Errorf("%s: procedural text %q in %s's statement %q", c.lang, p, s.Speaker, s.Text)
				}
			}
		}
	}
}
