package corpus

import "testing"

// TestContainsWords pins the whole-word reading of a gold file's
// not_speakers: initials must not strike a name that holds their letters.
func TestContainsWords(t *testing.T) {
	for _, c := range []struct {
		s, part string
		want    bool
	}{
		{"radosław sikorski", "aw", false},
		{"aw", "aw", true},
		{"agencja aw", "aw", true},
		{"luke brannigan", "luke brannigan", true},
		{"margaret okafor-lee", "okafor", true},
		{"the kremlin press office", "kremlin", true},
		{"kremlinology desk", "kremlin", false},
	} {
		if got := containsWords(c.s, c.part); got != c.want {
			t.Errorf("containsWords(%q, %q) = %v, want %v", c.s, c.part, got, c.want)
		}
	}
}

// TestGoldUnnamedRole pins that a gold statement marking its speaker as an
// unnamed source by role reads as one marking it by alt_speaker.
func TestGoldUnnamedRole(t *testing.T) {
	s := Statement{Speaker: unnamedSpeaker, Role: "senior official", Text: "the talks went well"}
	byRole := goldStatement{Speaker: "a senior official", Role: "unnamed source", Fragment: "talks went well"}
	byAlt := goldStatement{Speaker: "senior official", AltSpeaker: "unnamed source", Fragment: "talks went well"}
	if !byRole.matches(s) || !byAlt.matches(s) {
		t.Errorf("unnamed source not matched: by role %v, by alt %v", byRole.matches(s), byAlt.matches(s))
	}
	named := Statement{Speaker: "Jana Novak", Text: "the talks went well"}
	if byRole.matches(named) {
		t.Errorf("a named speaker matched a gold unnamed source")
	}
}

// TestGoldRoleArticle pins that a gold role written with its indefinite
// article matches the extracted title without one, and still needs the
// title itself.
func TestGoldRoleArticle(t *testing.T) {
	for _, c := range []struct {
		gold, got string
		want      bool
	}{
		{"a senior fellow at the Centre", "senior fellow at the Centre", true},
		{"an adviser to the mayor", "adviser to the mayor", true},
		{"senior fellow", "senior fellow at the Centre", true},
		{"a senior fellow", "press secretary", false},
		{"analyst", "a analyst", true},
		{"un diplomate européen", "diplomate européen", true},
		{"eine Sprecherin des Ministeriums", "Sprecherin des Ministeriums", true},
		{"una portavoce", "portavoce del governo", true},
		{"un diplomate", "ministre", false},
	} {
		g := goldStatement{Speaker: "kaso", Role: c.gold, Fragment: "far from it"}
		s := Statement{Speaker: "Maria Kaso", Role: c.got, Text: "Far from it."}
		if got := g.matches(s); got != c.want {
			t.Errorf("gold role %q vs %q: %v, want %v", c.gold, c.got, got, c.want)
		}
	}
}

// TestGoldMatchesSpeaker checks the speaker-only figure: the right person
// with a missing or other role counts, the wrong person does not, and set
// M's unnamed-source marking reads as it does for the strict figure.
func TestGoldMatchesSpeaker(t *testing.T) {
	for _, c := range []struct {
		gold goldStatement
		got  Statement
		want bool
	}{
		{goldStatement{Speaker: "kaso", Role: "negotiation coach", Fragment: "far from it"}, Statement{Speaker: "Maria Kaso", Text: "Far from it."}, true},
		{goldStatement{Speaker: "kaso", Role: "negotiation coach", Fragment: "far from it"}, Statement{Speaker: "Lena Brandt", Role: "negotiation coach", Text: "Far from it."}, false},
		{goldStatement{Speaker: "a diplomat", Role: "unnamed source", Fragment: "far from it"}, Statement{Speaker: "unnamed source", Role: "a diplomat", Text: "Far from it."}, true},
	} {
		if got := c.gold.matchesSpeaker(c.got); got != c.want {
			t.Errorf("%+v vs %+v: %v, want %v", c.gold, c.got, got, c.want)
		}
	}
}
