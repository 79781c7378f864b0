package corpus

import "strings"

// interviewerSurname reports whether a transcript label is the surname of
// the journalist the introduction names as the one asking ("Das Gespräch
// führte Jana Stöckl." then "Stöckl: …?"): a radio or newspaper transcript
// labels both sides by surname once they are introduced, and the
// interviewer's lines are questions, never statements. The label must be
// one word and the name's last word, so a guest who shares only a first
// name with the interviewer is not taken for them.
func interviewerSurname(label, interviewer string) bool {
	if strings.Contains(label, " ") {
		return false
	}
	f := strings.Fields(interviewer)
	return len(f) >= 2 && strings.EqualFold(label, f[len(f)-1])
}
