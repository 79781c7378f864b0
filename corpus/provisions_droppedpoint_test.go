package corpus

import "testing"

// TestDroppedPointIsTheDrafts checks that a point said to be gone from the
// counter-proposal is the US draft's point, under a lead-in on the
// counter-proposal (droppedPoint, and laterContrastAt reading a drop word
// after a semicolon): "And the amnesty in point 26 is simply gone from
// their version" (ZK zk02), "Sparisce invece del tutto il terzo punto, …"
// (ZI zi06), "The 26th point grants full amnesty …; the European text
// removes it" (ZV zv05). Negatives: a point of the counter-proposal that
// itself drops something ("Point 21 drops that and has talks start …") or keeps
// something stays the counter-proposal's, and a point gone under a lead-in
// on the US draft keeps its version (it has no partner).
func TestDroppedPointIsTheDrafts(t *testing.T) {
	const us, eu = "US 28-point draft", "European counter-proposal"
	checkFresh(t, []freshCase{
		{name: "en gone after the point", doc: "# Thread\n\nThe European counter-proposal keeps the American numbering.\n\nAnd the amnesty in point 26 is simply gone from their version.\n",
			want: []Provision{{Plan: us, Number: 26, Text: "amnesty in point 26"}}},
		{name: "en ordinal, drop after a semicolon", doc: "# Style\n\nThe European counter-proposal keeps the American numbering.\n\nThe 26th point grants full amnesty for acts committed during the war; the European text removes it.\n",
			want: []Provision{{Plan: us, Number: 26, Text: "full amnesty"}}},
		{name: "it sparisce before the ordinal", doc: "# Nota\n\nLa controproposta europea conserva la numerazione americana.\n\nSparisce invece del tutto il terzo punto, secondo cui la Russia non avrebbe invaso i vicini e la Nato non si sarebbe allargata.\n",
			want: []Provision{{Plan: us, Number: 3, Text: "non avrebbe invaso"}}},
		{name: "de verschwunden before the point", doc: "# Analyse\n\nDer europäische Gegenvorschlag übernimmt die amerikanische Nummerierung.\n\nGanz verschwunden ist Punkt 26 mit der Amnestie für alle Kriegsparteien.\n",
			want: []Provision{{Plan: us, Number: 26, Text: "Amnestie"}}},
		{name: "en point that drops stays", doc: "# Wire\n\nThe European counter-proposal keeps the American numbering.\n\nPoint 21 drops that and has talks start from the current line of contact.\n",
			want: []Provision{{Plan: eu, Number: 21, Text: "line of contact"}}},
		{name: "en point that keeps stays", doc: "# Wire\n\nThe European counter-proposal keeps the American numbering.\n\nPoint 9 keeps the fighter jets in Poland.\n",
			want: []Provision{{Plan: eu, Number: 9, Text: "jets in Poland"}}},
		{name: "us lead-in keeps its version", doc: "# Wire\n\nThe US 28-point draft was leaked on Thursday.\n\nPoint 26 is missing from the summary the White House handed out, but grants a full amnesty.\n",
			want: []Provision{{Plan: us, Number: 26, Text: "full amnesty"}}},
	})
}
