package corpus

import "testing"

// TestTermCommaRelative checks that a term read from a relative clause
// keeps the relative clause that qualifies its last noun in the languages
// that set every relative clause off with commas (German, Ukrainian,
// Polish), and still ends at a comma that opens a clause of its own.
func TestTermCommaRelative(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "german", doc: "# Leserbriefe\n\nDer amerikanische Plan mit 28 Punkten wird diskutiert.\n\nSie ärgert sich über den Punkt, wonach die Ukraine Städte im Donbass räumen soll, die nie erobert wurden.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "räumen soll, die nie erobert wurden"}}},
		{name: "ukrainian", doc: "# Листи читачів\n\nАмериканський план із 28 пунктів обговорюють.\n\nПишу про пункт, згідно з яким Україна мала б вийти з частини області, яку армія досі утримує.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 0, Text: "вийти з частини області, яку армія досі утримує"}}},
		{name: "polish", doc: "# Listy\n\nAmerykański plan z 28 punktów jest krytykowany.\n\nPiszę o zapisie, według którego Ukraina oddałaby część regionu, którą armia wciąż kontroluje, i nic w zamian.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 0, Text: "część regionu, którą armia wciąż kontroluje"}}},
	})
}

// TestTermCommaEnd pins where a term clause ends.
func TestTermCommaEnd(t *testing.T) {
	for _, c := range []struct{ c, want string }{
		{"die Ukraine Gebiete räumen soll, die Russland nie erobert hat.", "die Ukraine Gebiete räumen soll, die Russland nie erobert hat."},
		{"die Ukraine Gebiete räumen soll, die Ukraine erhält dafür Garantien.", "die Ukraine Gebiete räumen soll"},
		{"myśliwce mają stacjonować w Polsce, premier odparł krótko", "myśliwce mają stacjonować w Polsce"},
		{"Україна вийде з частини області, яку армія контролює, а вибори відбудуться", "Україна вийде з частини області, яку армія контролює"},
		{"NATO would not expand, the minister said", "NATO would not expand"},
	} {
		if got := cutTermAtComma(c.c); got != c.want {
			t.Errorf("cutTermAtComma(%q) = %q, want %q", c.c, got, c.want)
		}
	}
}
