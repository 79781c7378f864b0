package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// parseFixture parses one document of testdata/DIR.
func parseFixture(t *testing.T, dir, name string) *Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", dir, name))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(data, ParseOptions{Name: name})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return d
}

// wantStatement is a statement a test expects: its speaker, a role the
// statement's holds (if any) and a fragment of its text.
type wantStatement struct{ speaker, role, fragment string }

// hasStatement reports whether ss holds w.
func hasStatement(ss []Statement, w wantStatement) bool {
	for _, s := range ss {
		if s.Speaker == w.speaker && strings.Contains(s.Role, w.role) && strings.Contains(s.Text, w.fragment) {
			return true
		}
	}
	return false
}

// TestRoundupHeadings checks round-ups whose entry headings name the
// speaker (with a title, or a body as a label) over words with no verb of
// saying: the words are the heading's speaker's, the heading itself is no
// statement, and a compiler's note in italics is nobody's.
func TestRoundupHeadings(t *testing.T) {
	for _, c := range []struct {
		file string
		want []wantStatement
		none []string // fragments no statement may hold
	}{
		{"en-caps-labels.md", []wantStatement{
			{"Haldis Moreng", "foreign minister", "No deal can be signed over the heads"},
			{"NATO", "", "keep supplying air defence"},
			{"Tomasz Wirski", "analyst at the", "Everything else can be rewritten"},
		}, []string{"FOREIGN MINISTER", "Compiled by", "cap the army"}},
		{"de-kreml-label.md", []wantStatement{
			{"Kremlin", "", "über inoffizielle Kanäle erhalten"},
			{"Greta Lindauer", "Außenministerin", "Ohne die Ukraine wird"},
		}, []string{"Eine Übersicht"}},
		{"fr-quoted-names.md", []wantStatement{
			{"Amélie Fontanel", "ministre des Armées", "Une paix imposée ne tiendrait pas"},
			{"Lucien Barrère", "député européen", "notre propre version"},
		}, []string{"réactions se sont multipliées"}},
		{"it-labels.md", []wantStatement{
			{"Kremlin", "", "trattative formali"},
			{"Marta Scaglione", "ministra degli Esteri", "garanzie di sicurezza vengono prima"},
		}, nil},
		{"en-label-lines.md", []wantStatement{
			{"Haldis Moreng", "foreign minister", "No deal can be signed"},
			{"Tomasz Wirski", "analyst", "the line that matters most"},
		}, []string{"expected to last until Wednesday"}},
		{"en-office-labels.md", []wantStatement{
			{"Friedrich Merz", "German chancellor", "written over the heads of Ukrainians"},
			{"Dmitry Peskov", "Kremlin spokesman", "received nothing official"},
		}, nil},
		{"es-labels.md", []wantStatement{
			{"Lucía Ferrándiz", "ministra de Defensa", "premiar la agresión"},
			{"NATO", "", "paz justa y duradera"},
		}, []string{"circula desde"}},
	} {
		d := parseFixture(t, "roundup", c.file)
		for _, w := range c.want {
			if !hasStatement(d.Statements, w) {
				t.Errorf("%s: no statement %+v; got %s", c.file, w, statementsBrief(d.Statements))
			}
		}
		for _, f := range c.none {
			for _, s := range d.Statements {
				if strings.Contains(s.Text, f) {
					t.Errorf("%s: %q read as a statement of %s", c.file, s.Text, s.Speaker)
				}
			}
		}
	}
}

// TestRoundupHeadingsGuard checks headings that are no round-up's
// entries: topics written as labels ("Security Guarantees:"), a profile
// whose headings name people over prose about them, and office titles
// whose holders the document never names (an office is read as its
// holder only then). Their paragraphs are the writer's, not statements.
func TestRoundupHeadingsGuard(t *testing.T) {
	for _, file := range []string{"en-topic-headings.md", "en-profile-heading.md", "en-office-unnamed.md"} {
		d := parseFixture(t, "roundup", file)
		if len(d.Statements) > 0 {
			t.Errorf("%s: statements from headings: %s", file, statementsBrief(d.Statements))
		}
	}
}
