package corpus

import (
	"strings"
	"testing"
)

// anyNumber in a switchedProvision's number matches a provision of any
// number, for readers (the framework owner) that choose the version, not
// the point.
const anyNumber = -1

// switchedProvision is a provision reader's probe in a language: with the
// reader on, a provision of plan (any plan when "") numbered number holds
// want; with the reader's switch set it does not. A probe with want ""
// checks only not (no provision of that plan and number holds it, switch
// on or off) and same (the reader adds or removes nothing: as many
// provisions with it as without).
type switchedProvision struct {
	name, lang, date, body string
	plan                   string
	number                 int
	want, not              string
	same                   bool
}

// checkSwitchedProvisions parses each probe as a document of its language
// and date (2026-01-12 when none) with the switch named sw off and on
// (opts sets it) and checks it as switchedProvision says; extra, when not
// nil, checks a reader's own conditions on the provisions found with the
// reader on. The four provision readers' switch tests once each wrote
// this loop.
func checkSwitchedProvisions(t *testing.T, sw string, opts func(off bool) ParseOptions, cases []switchedProvision, extra func(c switchedProvision, ps []Provision)) {
	t.Helper()
	for _, c := range cases {
		date := c.date
		if date == "" {
			date = "2026-01-12"
		}
		var got [2][]Provision
		for i, off := range []bool{false, true} {
			d := parseCaseWith(t, "---\ntitle: t\npublished: "+date+"\nlang: "+c.lang+"\n---\n\n"+c.body, opts(off))
			got[i] = d.Provisions
			found := false
			for _, p := range d.Provisions {
				if (c.number != anyNumber && p.Number != c.number) || (c.plan != "" && p.Plan != c.plan) {
					continue
				}
				if c.want != "" && strings.Contains(p.Text, c.want) {
					found = true
				}
				if c.not != "" && strings.Contains(p.Text, c.not) {
					t.Errorf("%s (%s %v): provision %s %d %q, want none", c.name, sw, off, p.Plan, p.Number, p.Text)
				}
			}
			if c.want != "" && found == off {
				t.Errorf("%s (%s %v): found %v, want %v; got %+v", c.name, sw, off, found, !off, d.Provisions)
			}
		}
		if c.same && len(got[0]) != len(got[1]) {
			t.Errorf("%s: %d provisions with the reader, %d without: %+v", c.name, len(got[0]), len(got[1]), got[0])
		}
		if extra != nil {
			extra(c, got[0])
		}
	}
}
