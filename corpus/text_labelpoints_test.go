package corpus

import "testing"

// TestProvisionsLabelOnItsOwnLine checks reprints that put each point's
// label on a line of its own and its text in the paragraphs below: the
// text runs to the next label, an editor's note stays out, and after the
// last label only a sentence that goes on is joined.
func TestProvisionsLabelOnItsOwnLine(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english labels with notes", doc: "# The text\n\nWe print the 28-point plan as it reached us.\n\nPoint 4\n\nThe parties will open talks on security,\n\nmediated by a third country.\n\nEditor's note: no date is given.\n\nPoint 5\n\nUkraine will get firm guarantees.\n\nThe guarantees will be reviewed each year.\n\nPoint 6\n\nThe army will be held at 600,000.\n\nMinisters met in Rome on Friday to discuss it.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 4, Text: "open talks on security, mediated by a third country"}, {Plan: "US 28-point draft", Number: 5, Text: "firm guarantees. The guarantees will be reviewed"}, {Plan: "US 28-point draft", Number: 6, Text: "held at 600,000"}},
			not:  []string{"no date is given", "Ministers met"}},
		{name: "german labels", doc: "# Im Wortlaut\n\nDie Punkte des 28-Punkte-Plans:\n\nPunkt 8:\n\nDie NATO stationiert keine Truppen in der Ukraine.\n\nPunkt 9:\n\nEuropäische Kampfjets werden in Polen stationiert,\n\nund zwar dauerhaft.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 8, Text: "keine Truppen"}, {Plan: "US 28-point draft", Number: 9, Text: "in Polen stationiert, und zwar dauerhaft"}}},
		{name: "bare numbers as labels", doc: "# Document\n\nThe points of the 28-point plan:\n\n1.\n\nSovereignty is confirmed.\n\n2.\n\nA pact is signed by all.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 1, Text: "Sovereignty is confirmed"}, {Plan: "US 28-point draft", Number: 2, Text: "A pact is signed"}}},
		{name: "one label is no reprint", doc: "# Analysis\n\nThe 28-point plan is long.\n\nPoint 3\n\nThe hardest part is money, say diplomats in Rome.\n",
			not: []string{"hardest part"}},
	})
}
