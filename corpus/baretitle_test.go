package corpus

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestBareTitle reads "the governor said", "Губернатор заявил", "Der
// Bürgermeister sagte" in eight languages: with no person named before,
// the title is kept as a role-only speaker; with a governor named before,
// it is them; another title right after is not the first one's holder.
func TestBareTitle(t *testing.T) {
	data, err := os.ReadFile("testdata/baretitle/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Lang       string `json:"lang"`
		Text       string `json:"text"`
		Speaker    string `json:"speaker"`
		Fragment   string `json:"fragment"`
		NotSpeaker *struct {
			Fragment string `json:"fragment"`
			Speaker  string `json:"speaker"`
		} `json:"notSpeaker"`
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatalf("testdata/baretitle/cases.json: %v", err)
	}
	for _, c := range cases {
		t.Run(c.Lang+"/"+c.Speaker, func(t *testing.T) {
			doc, err := Parse([]byte("---\ntitle: Talks\noutlet: Test Wire\npublished: 2025-11-25\nlang: "+c.Lang+"\n---\n\n"+c.Text), ParseOptions{Name: "bare.md"})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, s := range doc.Statements {
				if strings.Contains(s.Text, c.Fragment) {
					found = true
					if s.Speaker != c.Speaker {
						t.Errorf("%q: speaker %q, want %q", c.Fragment, s.Speaker, c.Speaker)
					}
				}
				if n := c.NotSpeaker; n != nil && strings.Contains(s.Text, n.Fragment) && s.Speaker == n.Speaker {
					t.Errorf("%q given to %q", n.Fragment, s.Speaker)
				}
			}
			if !found {
				t.Errorf("no statement holds %q; got %+v", c.Fragment, doc.Statements)
			}
		})
	}
}

// TestBareTitleOff shows the words a bare title says are lost without
// bareTitle: no other reader keeps them.
func TestBareTitleOff(t *testing.T) {
	bareTitleOff = true
	defer func() { bareTitleOff = false }()
	doc, err := Parse([]byte("---\ntitle: Talks\noutlet: Test Wire\npublished: 2025-11-25\nlang: en\n---\n\nTalks resumed in Geneva on Sunday.\n\nThe governor said the plan would leave the region without protection."), ParseOptions{Name: "bare.md"})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Statements) != 0 {
		t.Errorf("without bareTitle, got %+v; the test no longer shows what it adds", doc.Statements)
	}
}
