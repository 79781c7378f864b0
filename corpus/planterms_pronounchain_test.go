package corpus

import (
	"strings"
	"testing"
)

// TestPersonalSpeaker: a personal pronoun makes "it" someone's words only
// when it speaks (a speech verb beside it), not when it only acts in the
// plan's terms.
func TestPersonalSpeaker(t *testing.T) {
	lx := lexiconData()
	tests := []struct {
		s    string
		want bool
	}{
		{"It is unacceptable, he said, that Ukraine should give up land.", true},
		{"It would cap the army, said she.", true},
		{"It also offered Russia a return to the Group of Eight, and said Ukrainian forces would leave the part of Donetsk they still hold.", false},
		{"It promised \"reliable security guarantees\" without saying what they were.", false},
		{"It asks that we hold elections within 100 days.", false},
	}
	for _, tt := range tests {
		if got := personalSpeaker(lx, lowerString(tt.s)); got != tt.want {
			t.Errorf("personalSpeaker(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestPronounAntecedent: a run of sentences opening on "it" goes back to
// the one that named the document, across a paragraph break; a run that
// begins on anything else ties "it" to nothing.
func TestPronounAntecedent(t *testing.T) {
	c, lx := planTermsData(), lexiconData()
	tests := []struct {
		name     string
		prevPara string
		ss       []string
		version  string
		ok       bool
	}{
		{"across a paragraph", "The first, 28-point version of the U.S. plan would have capped Ukraine's armed forces at 600,000. It called for elections within 100 days.",
			[]string{"It also offered Russia a return to the Group of Eight."}, "US 28-point draft", true},
		{"a run in its paragraph", "",
			[]string{"The European counter-proposal keeps the American numbering.", "It changes point 6.", "It says the army may number 800,000."}, "European counter-proposal", true},
		{"a plan word as subject", "",
			[]string{"The paper asks us to cap our army.", "It asks us to leave Donbas.", "It promises elections within a hundred days."}, "", true},
		{"a run begun elsewhere", "The summit ended late on Monday.",
			[]string{"It said Russia would return to the Group of Eight."}, "", false},
		{"a person's sentence breaks the run", "The US draft runs to 28 points. The minister spoke for an hour.",
			[]string{"It said Russia would return to the Group of Eight."}, "", false},
	}
	for _, tt := range tests {
		v, ok := c.pronounAntecedent(lx, tt.ss, len(tt.ss)-1, tt.prevPara)
		if v != tt.version || ok != tt.ok {
			t.Errorf("%s: pronounAntecedent = %q, %v; want %q, %v", tt.name, v, ok, tt.version, tt.ok)
		}
	}
}

// TestPronounChainProvision: the term of a sentence whose "it" goes back
// over a run to the US draft is the draft's provision; the same sentence
// after a run that began on an event is someone's report, not a point.
func TestPronounChainProvision(t *testing.T) {
	tests := []struct {
		name, doc string
		want      bool
	}{
		{"chain", "# The US peace plan\n\nThe first, 28-point version of the U.S. plan would have capped Ukraine's armed forces at 600,000 personnel. It called for Ukraine to hold elections within 100 days of signing.\n\nIt also offered Russia a return to the Group of Eight, and in its territorial section said Ukrainian forces would pull out of the part of Donetsk region they still hold.\n", true},
		{"no chain", "# The US peace plan\n\nThe summit in Alaska ended late on Monday, and nothing was signed.\n\nIt also offered Russia a return to the Group of Eight, and said Ukrainian forces would pull out of the part of Donetsk region they still hold.\n", false},
	}
	for _, tt := range tests {
		d, err := Parse([]byte(tt.doc), ParseOptions{Name: "x.md", Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		var texts []string
		for _, p := range d.Provisions {
			texts = append(texts, p.Plan+": "+p.Text)
			got = got || p.Plan == "US 28-point draft" && strings.Contains(p.Text, "Group of Eight")
		}
		if got != tt.want {
			t.Errorf("%s: provisions %q; the draft's Group of Eight: %v, want %v", tt.name, texts, got, tt.want)
		}
	}
}
