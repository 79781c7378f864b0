package corpus

import "strings"

// A wiki page (MediaWiki markup, as a quote book or an encyclopedia
// exports it) writes its section headings "== Юрий Ушаков ==", with two to
// six equals signs on each side. Read as text, such a line was a paragraph
// of its own and the section's person was never its heading's: a quote
// book's pronoun ("по его словам") then reached back to the person of the
// section before (stop 46, sgate). Only the section's person is read from
// it (noteHeadingPerson): made a heading for every reader, such a line split
// an encyclopedia article's prose from its provisions and two were lost.

// wikiHeading returns the text of a wiki section heading s (trimmed), or
// false when s is not one: the same run of two to six "=" opens and
// closes it, around a non-empty title.
func wikiHeading(s string) (string, bool) {
	n := 0
	for n < len(s) && s[n] == '=' {
		n++
	}
	if n < 2 || n > 6 || !strings.HasSuffix(s, s[:n]) || len(s) <= 2*n {
		return "", false
	}
	inner := s[n : len(s)-n]
	if strings.HasPrefix(inner, "=") || strings.HasSuffix(inner, "=") {
		return "", false
	}
	inner = strings.TrimSpace(inner)
	return inner, inner != ""
}

// headingReferent is the person a pronoun ("he", "его") in a section under
// a heading naming one person means, when no one was attributed since that
// heading: the quote book's "== Юрий Ушаков ==" over "…, по его словам, …"
// is Ushakov's, not the previous section's Lavrov, the last speaker
// attributed. A person attributed inside the section is what the pronoun
// reaches first (the caller's later look-ups), so a round-up section that
// quotes someone besides its heading's person keeps its reading.
func (x *extractor) headingReferent(want string) *speaker {
	sp := x.headPerson
	if sp == nil || x.headFromPost || sp.gender != "" && want != "" && sp.gender != want {
		return nil
	}
	if last := x.lastSpeaker; last != nil && last != sp {
		if at, ok := x.spokeAt[last.name]; ok && at > x.headAt {
			return nil // someone spoke in this section already
		}
	}
	return sp
}
