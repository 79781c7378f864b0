package index

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestRareClasses checks which matched query words rareClasses makes domain
// words, on the cases of testdata/rareword/cases.json.
func TestRareClasses(t *testing.T) {
	data, err := os.ReadFile("testdata/rareword/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name    string   `json:"name"`
		Words   []string `json:"words"`
		Classes []string `json:"classes"`
		Matched []bool   `json:"matched"`
		DF      []uint64 `json:"df"`
		Records uint64   `json:"records"`
		Want    []bool   `json:"want"`
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	names := map[string]termClass{"domain": classDomain, "frame": classFrame, "say": classSay, "filler": classFiller}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			cls := make([]termClass, len(c.Classes))
			for i, s := range c.Classes {
				for _, f := range strings.Fields(s) {
					cls[i] |= names[f]
				}
			}
			got := rareClasses(markResult{matched: c.Matched}, cls, wordFreq{df: c.DF, records: c.Records})
			if c.Want == nil {
				if got != nil {
					t.Fatalf("%v: got classes %v, want none", c.Words, got)
				}
				return
			}
			if got == nil {
				t.Fatalf("%v: got none, want domain words %v", c.Words, c.Want)
			}
			var dom []bool
			for i := range got {
				dom = append(dom, got[i]&classDomain != 0)
				if got[i]&^classDomain != cls[i]&^classDomain {
					t.Errorf("word %q: class %b changed to %b beyond the domain bit", c.Words[i], cls[i], got[i])
				}
			}
			if !slices.Equal(dom, c.Want) {
				t.Errorf("%v: domain words %v, want %v", c.Words, dom, c.Want)
			}
		})
	}
}
