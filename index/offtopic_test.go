package index

import (
	"encoding/json"
	"testing"
)

// TestOffTopicAsNil checks that the three ways writers spell an
// off-topic question (want null, want left out, want []) all score as
// off-topic, and that a question with an answer keeps it.
func TestOffTopicAsNil(t *testing.T) {
	js := `[{"query":"a","want":null},{"query":"b"},{"query":"c","want":[]},{"query":"d","want":["x"]}]`
	var cases []relevanceCase
	if err := json.Unmarshal([]byte(js), &cases); err != nil {
		t.Fatal(err)
	}
	got := offTopicAsNil(cases)
	for i, wantNil := range []bool{true, true, true, false} {
		if (got[i].Want == nil) != wantNil {
			t.Errorf("question %q: want nil = %v, got %v", got[i].Query, wantNil, got[i].Want)
		}
	}
}
