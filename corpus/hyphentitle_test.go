package corpus

import "testing"

// TestHyphenatedTitleModifier checks that a hyphenated modifier opening
// with a title word stays in the title before a name, in two phrasings
// (a possessive before it, an article before it) and in a second
// language, so the statement keeps the whole title.
func TestHyphenatedTitleModifier(t *testing.T) {
	checkFrontedRoles(t, []frontedCase{
		{"en possessive", "en", "The president's foreign-policy aide Ilya Barinov told reporters that no compromise had been found.", "Ilya Barinov", "foreign-policy aide", "no compromise had been found"},
		{"en article", "en", "The defence-policy spokeswoman Anna Rothley said that the first deliveries would arrive in spring.", "Anna Rothley", "defence-policy spokeswoman", "the first deliveries would arrive in spring"},
		{"nl", "nl", "De defensie-woordvoerder Joost Verhagen zei dat de eerste leveringen in de lente komen.", "Joost Verhagen", "defensie-woordvoerder", "de eerste leveringen in de lente komen"},
	})
}
