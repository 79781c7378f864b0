package corpus

import (
	"strings"
	"testing"
)

// TestFullerRoles checks that a title cut down at the statement ("Депутатка
// Лісовик сказала", "Wiceminister Nowak powiedział") takes the fuller title
// the report gave the same person when it introduced them, and that a
// title of another person, or one that does not hold the short one, is not
// taken.
func TestFullerRoles(t *testing.T) {
	for _, c := range []struct{ lang, body, speaker, role string }{
		{"uk", "Засідання відкрила народна депутатка Оксана Лісовик.\n\nДепутатка Лісовик сказала журналістам, що команда має бути сформована за години.", "Оксана Лісовик", "народна депутатка"},
		{"pl", "W spotkaniu uczestniczył wiceminister spraw zagranicznych Tomasz Nowak.\n\nWiceminister Nowak powiedział, że rozmowy potrwają do piątku.", "Tomasz Nowak", "wiceminister spraw zagranicznych"},
		{"en", "The talks were opened by Deputy Foreign Minister Anna Berg.\n\nMinister Anna Berg said the draft would change again.", "Anna Berg", "deputy foreign minister"},
	} {
		wantSpeakerRole(t, c.lang, c.body, c.speaker, c.role)
	}
	if got := fullerTitle("депутатка", []string{"депутатка", "голова фракції"}); got != "" {
		t.Errorf("fullerTitle of an unrelated title = %q, want none", got)
	}
	if got := fullerTitle("minister", []string{"minister, who led the delegation in Geneva for two days"}); got != "" {
		t.Errorf("fullerTitle of a description = %q, want none", got)
	}
}

// wantSpeakerRole parses body as a document in lang and fails t unless a
// statement is given to speaker with role (case aside).
func wantSpeakerRole(t *testing.T, lang, body, speaker, role string) {
	t.Helper()
	sts := statementsOf(t, "---\ntitle: t\nlang: "+lang+"\n---\n\n"+body)
	for _, s := range sts {
		if s.Speaker == speaker && strings.EqualFold(s.Role, role) {
			return
		}
	}
	t.Errorf("%s: no statement of %q with role %q; got %+v", lang, speaker, role, sts)
}
