package corpus

import "testing"

// TestAppositionPossessiveTitle: a definite apposition whose title is
// owned ("X, the EU's foreign policy chief,") gives X that title on
// statements that name none. Fails without appospossessive.go.
func TestAppositionPossessiveTitle(t *testing.T) {
	for _, s := range statementsOf(t, xindDoc("en", "The paper reached Mara Lindqvist, the Council's legal adviser, on Monday.\n\nLindqvist said the text needed another reading.")) {
		if s.Speaker == "Mara Lindqvist" && s.Role == "Council's legal adviser" {
			return
		}
	}
	t.Errorf("no statement of Mara Lindqvist with the role \"Council's legal adviser\"; got %+v", statementsOf(t, xindDoc("en", "The paper reached Mara Lindqvist, the Council's legal adviser, on Monday.\n\nLindqvist said the text needed another reading.")))
}
