package corpus

import (
	"strings"
	"testing"
)

// nameBracketCases are speakers printed with a bracket of several words
// (a party, a list) between name and verb, or in italics as a recap
// prints each candidate: the words are theirs, and the bracket is their
// role.
var nameBracketCases = []struct{ name, text, speaker, role, fragment string }{
	{"en italic label", "---\ntitle: t\nlang: en\n---\n\nTom Baker chaired the meeting. \"We need the buses back,\" he said.\n\n*Priya Lamb (Labour)* said the position of her party was plain. \"A peace that is imposed is no peace at all,\" she said.", "Priya Lamb", "Labour", "A peace that is imposed"},
	{"de Listenname", "---\ntitle: t\nlang: de\n---\n\nTom Baker eröffnete die Sitzung. „Wir brauchen die Busse zurück“, sagte er.\n\nAnna Huber (Freie Wähler) sagte, der Plan sei „ein Diktat und kein Frieden“.", "Anna Huber", "Freie Wähler", "ein Diktat und kein Frieden"},
	{"pl nazwa klubu", "---\ntitle: t\nlang: pl\n---\n\nTomasz Nowak otworzył sesję. „Potrzebujemy autobusów” – powiedział.\n\nAnna Wrona (Lewica Razem) powiedziała, że plan to „dyktat, a nie pokój”.", "Anna Wrona", "Lewica Razem", "dyktat, a nie pokój"},
}

// TestNameBracket checks the bracket and italics readings in English,
// German and Polish, and that each case fails with them disabled.
func TestNameBracket(t *testing.T) {
	find := func(c struct{ name, text, speaker, role, fragment string }) bool {
		for _, s := range statementsOf(t, c.text) {
			if strings.Contains(s.Text, c.fragment) && s.Speaker == c.speaker && s.Role == c.role {
				return true
			}
		}
		return false
	}
	for _, c := range nameBracketCases {
		if !find(c) {
			t.Errorf("%s: no statement of %q (%q) with %q", c.name, c.speaker, c.role, c.fragment)
		}
	}
	nameBracketOff = true
	defer func() { nameBracketOff = false }()
	for _, c := range nameBracketCases {
		if find(c) {
			t.Errorf("%s: found without the readings; the case tests nothing", c.name)
		}
	}
}

// TestPlainLead checks what emphasis marks are dropped: those around the
// opening words before a verb, not a label's nor a whole sentence's.
func TestPlainLead(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"*Priya Lamb (Labour)* said it was clear.", "Priya Lamb (Labour) said it was clear."},
		{"**Anna Huber** sagte, der Plan sei gut.", "Anna Huber sagte, der Plan sei gut."},
		{"*Anna Huber*: „Der Plan ist gut.“", "*Anna Huber*: „Der Plan ist gut.“"},
		{"*this is all italics.*", "*this is all italics.*"},
		{"Plain sentence without marks.", "Plain sentence without marks."},
	} {
		if got := plainLead(c.in); got != c.want {
			t.Errorf("plainLead(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
