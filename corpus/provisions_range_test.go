package corpus

import "testing"

// TestPointRangeItems checks that a list line giving a range of points
// over as many items is one provision a point, in Polish and English, and
// that a range over a different number of items is kept whole.
func TestPointRangeItems(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "polish", doc: "# Amerykański plan pokojowy\n\nNajważniejsze zapisy amerykańskiego planu:\n\n- punkty od 10. do 12. — gwarancje amerykańskie, członkostwo w UE i fundusz odbudowy;\n- punkt 17. — przedłużenie traktatów o kontroli zbrojeń.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 10, Text: "gwarancje amerykańskie"}, {Plan: "US 28-point draft", Number: 11, Text: "członkostwo w UE"}, {Plan: "US 28-point draft", Number: 12, Text: "fundusz odbudowy"}}},
		{name: "english", doc: "# The US 28-point plan\n\nThe key points of the US plan:\n\n- Points 13 to 14: Russia back in the G8 and a reconstruction fund\n- Point 17: arms control treaties are extended.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "Russia back in the G8"}, {Plan: "US 28-point draft", Number: 14, Text: "a reconstruction fund"}}},
		{name: "items and points differ", doc: "# The US 28-point plan\n\nThe key points of the US plan:\n\n- Points 10 to 12: guarantees and membership\n- Point 17: arms control treaties are extended.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "guarantees and membership"}}},
	})
}
