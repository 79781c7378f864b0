package corpus

import (
	"strings"
	"testing"
)

// TestLastWordBreak checks the byte scan against the strings.LastIndexAny
// it stands for, in scripts and marks of several kinds.
func TestLastWordBreak(t *testing.T) {
	cases := []string{
		"",
		"Mr",
		"said Gen",
		"the envoy (Lt",
		"quoting “Dr",
		"she wrote \"Prof",
		"Посол США Джон",
		"«Signor Presidente» ha detto il sen",
		"„Herr Dr",
		"a “quoted” word and then St",
		"ends with a space ",
		"“",
		"x“",
	}
	for _, s := range cases {
		if got, want := lastWordBreak(s), strings.LastIndexAny(s, " (“\""); got != want {
			t.Errorf("lastWordBreak(%q) = %d, want %d", s, got, want)
		}
	}
}
