package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRoleMechanisms checks, case by case, that the role comes from the
// mechanism named: each case passes with it and fails with it turned off
// (rememberRolesOff for rolenamed.go, complementMentionOff for
// rolephrase.go).
func TestRoleMechanisms(t *testing.T) {
	cases := []struct {
		name, lang, text, speaker, fragment, role string
		off                                       *bool
	}{
		{"cs adjective before an inverted title", "cs", "„Lidé tady vědí, co válka znamená,“ říká krajský zastupitel Jiří Vondrášek.",
			"Vondrášek", "co válka znamená", "krajský zastupitel", &adjectiveBeforeOff},
		{"ru adjective before an inverted title", "ru", "«Это самый трудный вопрос», — говорит политический обозреватель Глеб Соколов.",
			"Соколов", "самый трудный вопрос", "политический обозреватель", &adjectiveBeforeOff},
		{"nl complement", "nl", "Minister van Buitenlandse Zaken Joost Verhagen ontving maandag de delegatie. Verhagen zei dat de gesprekken moeilijk waren geweest.",
			"Verhagen", "gesprekken moeilijk", "Minister van Buitenlandse Zaken", &complementMentionOff},
		{"pt complement", "pt", "O ministro das Finanças Paulo Seixas recebeu a delegação. Seixas disse que nada foi assinado.",
			"Seixas", "nada foi assinado", "ministro das Finanças", &complementMentionOff},
	}
	roleOf := func(lang, text, speaker, fragment string, off bool) string {
		// (with the mechanism off, the name-first fallback is off too:
		// it reads many of the same titles, namefirstrole.go)
		d, err := Parse([]byte("---\ntitle: t\nlang: "+lang+"\n---\n\n"+text+"\n"), ParseOptions{noNameFirstRoles: off})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range d.Statements {
			if strings.Contains(s.Speaker, speaker) && strings.Contains(s.Text, fragment) {
				return s.Role
			}
		}
		return "(no statement)"
	}
	for _, c := range cases {
		if got := roleOf(c.lang, c.text, c.speaker, c.fragment, false); got != c.role {
			t.Errorf("%s: role %q, want %q", c.name, got, c.role)
		}
		*c.off = true
		got := roleOf(c.lang, c.text, c.speaker, c.fragment, true)
		*c.off = false
		if got == c.role {
			t.Errorf("%s: role %q without the mechanism too", c.name, got)
		}
	}
}

// TestRememberRolesReleased checks rememberRoles on a released
// extraction fixture (set ZA, a Spanish agency wire): the minister is
// named with his title once and later by the office's description alone
// ("the head of Spanish diplomacy"); every statement of his carries the
// title written next to his name, and without the mechanism one does not.
func TestRememberRolesReleased(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "extraction", "heldout-za", "za08-es-agencia-madrid.txt"))
	if err != nil {
		t.Skip(err)
	}
	titled := func() (all, with int) {
		d, err := Parse(data, ParseOptions{Name: "za08-es-agencia-madrid.txt", Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range d.Statements {
			if strings.Contains(s.Speaker, "Albares") {
				all++
				if strings.HasPrefix(strings.ToLower(s.Role), "ministro") {
					with++
				}
			}
		}
		return all, with
	}
	if all, with := titled(); all == 0 || with != all {
		t.Errorf("%d of %d statements carry the title next to the name", with, all)
	}
	rememberRolesOff = true
	all, with := titled()
	rememberRolesOff = false
	if with == all {
		t.Errorf("without rememberRoles too, %d of %d statements carry the title", with, all)
	}
}

// TestRoleAfterCoordinatedName checks that a role read over two titled
// people keeps the title next to the speaker's name, and that a title
// joining two of its own complements is left whole.
func TestRoleAfterCoordinatedName(t *testing.T) {
	x := &extractor{lx: lexiconData()}
	for _, c := range []struct{ in, want string }{
		{"Defence Minister Paul Irvine and Finance Minister", "Finance Minister"},
		{"Ministr obrany Tomáš Kříž a ministryně financí", "ministryně financí"},
		{"Försvarsminister Olof Sandberg och finansminister", "finansminister"},
		{"Minister of Foreign Affairs and Trade", "Minister of Foreign Affairs and Trade"},
		{"Secretary of Health and Human Services", "Secretary of Health and Human Services"},
		{"ministro de Asuntos Exteriores", "ministro de Asuntos Exteriores"},
	} {
		if got := x.roleAfterCoordinatedName(c.in); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}
