package corpus

import (
	"fmt"
	"strings"
)

// ParseKind reads a record kind as people type it, the same in every front
// end: "provision" or "provisions", "statement(s)", "passage(s)", and "all"
// or "" for every kind (returned as ""). Anything else is an error that
// lists what is accepted.
func ParseKind(s string) (Kind, error) {
	switch lowerString(strings.TrimSpace(s)) {
	case "", "all", "any", "everything":
		return "", nil
	case "provision", "provisions", "point", "points":
		return KindProvision, nil
	case "statement", "statements", "quote", "quotes":
		return KindStatement, nil
	case "passage", "passages", "paragraph", "paragraphs":
		return KindPassage, nil
	}
	return "", fmt.Errorf("unknown kind %q: use provisions, statements, passages or all", s)
}
