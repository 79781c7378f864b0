package corpus

import (
	"strings"
	"testing"
)

// TestBodyProposalNoStatement: what a capital, a country or a body
// proposes, written as the plan's terms ("Washington propone …", "the
// United States proposed running …"), is no statement of that body (sets
// H, O, ZI, ZK, ZV, ZY). The sentences are probes in our own words.
func TestBodyProposalNoStatement(t *testing.T) {
	tests := []struct{ lang, text, body string }{
		{"it", "Sul nodo della centrale, Washington propone una gestione congiunta con Kiev e Mosca.", "Washington"},
		{"es", "En el capítulo militar, Washington propone que el ejército ucraniano se reduzca a 600.000 soldados.", "Washington"},
		{"en", "The talks went on. The United States proposed operating the plant jointly with Ukraine and Russia.", "United States"},
		{"en", "Separately, the European Commission proposed lending Kyiv the frozen Russian reserves.", "European Commission"},
		{"it", "Per il Donbass, Washington ha proposto una zona smilitarizzata sotto controllo internazionale.", "Washington"},
	}
	for _, tc := range tests {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.text)
		for _, s := range d.Statements {
			if strings.Contains(s.Speaker, tc.body) {
				t.Errorf("%s: %q gave %s the statement %q", tc.lang, tc.text, s.Speaker, s.Text)
			}
		}
	}
}

// TestBodyProposalKeeps: near misses that stay statements: a person's
// proposal, and a body's words that are no proposal.
func TestBodyProposalKeeps(t *testing.T) {
	tests := []struct{ lang, text, speaker, said string }{
		{"pl", "Prezydent Zełenski zaproponował w Londynie, że Ukraina może zrezygnować z członkostwa w NATO w zamian za gwarancje.", "Volodymyr Zelensky", "Ukraina może zrezygnować"},
		{"en", "The Kremlin said it had not yet seen the revised text.", "Kremlin", "it had not yet seen the revised text"},
		{"en", "Moscow calls the European counter-proposal unconstructive.", "Moscow", "unconstructive"},
	}
	for _, tc := range tests {
		checkStatementContains(t, tc.lang, tc.text, tc.speaker, tc.said)
	}
	x := newExtractor(lexiconData(), Source{Lang: "en"}, nil)
	person := &speaker{name: "Donald Trump", kind: kindPerson}
	body := &speaker{name: "Washington", kind: kindBody}
	unnamed := &speaker{name: unnamedSpeaker, kind: kindGroup}
	for _, c := range []struct {
		sp   *speaker
		text string
		want bool
	}{
		{body, "proposes running the plant jointly", true},
		{body, "has proposed a demilitarised zone", true},
		{person, "proposed a summit in Budapest", false},
		{unnamed, "proposed a summit in Budapest", false},
		{body, "rejects the proposal", false},
		{body, "Washington proposes a zone", false},
	} {
		if got := x.bodyProposal(c.sp, c.text); got != c.want {
			t.Errorf("bodyProposal(%s, %q) = %v, want %v", c.sp.name, c.text, got, c.want)
		}
	}
}
