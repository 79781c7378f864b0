package corpus

import "testing"

// TestToldTwoClauses checks "told ADDRESSEE A and that B": the words said
// are both clauses, not the second alone, while a single that-clause after
// the addressee still starts after "that".
func TestToldTwoClauses(t *testing.T) {
	doc := func(s string) string { return "---\ntitle: t\nlang: en\n---\n\nThe talks went on.\n\n" + s + "\n" }
	checkStatements(t, []statementCase{
		{"no that, then and that", doc("Irish Foreign Minister Ciara Doyle told reporters the ceasefire had held and that both sides wanted more talks."), "Ciara Doyle", "the ceasefire had held and that both sides wanted more talks"},
		{"at a place, then that", doc("Irish Foreign Minister Ciara Doyle told reporters at the airport on Monday that the ceasefire had held."), "Ciara Doyle", "the ceasefire had held"},
		{"that and that", doc("Irish Foreign Minister Ciara Doyle told reporters that the ceasefire had held and that both sides wanted more talks."), "Ciara Doyle", "the ceasefire had held and that both sides"},
	})
	d, err := Parse([]byte(doc("Irish Foreign Minister Ciara Doyle told reporters at the airport on Monday that the ceasefire had held.")), ParseOptions{Name: "t.md"})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range d.Statements {
		if st.Speaker == "Ciara Doyle" && st.Text != "the ceasefire had held" {
			t.Errorf("text %q, want the clause after that", st.Text)
		}
	}
}
