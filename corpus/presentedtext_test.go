package corpus

import (
	"strings"
	"testing"
)

// TestPresentedText reads texts a report prints whole in their
// signatories' voice: a joint statement between begin and end marks whose
// signatories name themselves ("We, the ministers of …"), and a written
// answer under the line naming the minister who answered it. Words after
// the end mark are the reporter's again.
func TestPresentedText(t *testing.T) {
	cases := []struct {
		name    string
		lang    string
		body    string
		speaker string   // a fragment of the speaker's name
		role    string   // the role given, "" when any
		want    []string // fragments of the speaker's statements
		not     []string // fragments no statement of the speaker's may hold
	}{
		{"en begin and end marks", "en",
			"OSLO, March 3 (Northline News) - Ministers of four Nordic countries issued the following statement on Friday.\n\nBegin text:\n\nWe, the foreign ministers of Denmark, Iceland, Norway and Sweden, met today in Oslo.\n\nWe support a settlement that the people of Ukraine can accept. A ceasefire must come first.\n\nWe will meet again in April.\n\nEnd text.\n\nThe ministers left without taking questions. A spokesman for the hosts said the talks went well.\n",
			"We, the foreign ministers of Denmark, Iceland, Norway and Sweden", "joint statement",
			[]string{"We support a settlement", "We will meet again in April"},
			[]string{"met today in Oslo", "The ministers left", "the talks went well"}},
		{"en intro without marks", "en",
			"The prime ministers issued the following joint declaration after their meeting:\n\nWe, the heads of government of Estonia, Latvia and Lithuania, have agreed on the following. We call on all partners to keep their support steady through the winter months.\n\nWe stand ready to host further talks.\n",
			"We, the heads of government of Estonia, Latvia and Lithuania", "",
			[]string{"We call on all partners", "We stand ready"},
			nil},
		{"fr nous les", "fr",
			"Les dirigeants ont publié la déclaration suivante :\n\nNous, les chefs d'État de Belgique, du Luxembourg et des Pays-Bas, réunis aujourd'hui à Bruxelles, avons adopté ce texte. Nous appelons à une paix juste et durable pour l'Ukraine.\n",
			"Nous, les chefs d'État de Belgique, du Luxembourg et des Pays-Bas", "",
			[]string{"Nous appelons à une paix juste"}, nil},
		{"en written answer signed on its answered line", "en",
			"# Written answers\n\n**Question 1182, tabled by Lord Pemberly**\n\nTo ask the Government what view they take of the proposed ceasefire.\n\n**Answered on 4 March by Baroness Ferncliffe, Minister of State for Defence**\n\nThe Government is following the talks closely and remains in contact with our allies about the ceasefire proposals.\n\nA durable ceasefire has to be verifiable, and any settlement must be one Ukraine itself accepts.\n",
			"Baroness Ferncliffe", "Minister of State for Defence",
			[]string{"A durable ceasefire has to be verifiable", "remains in contact with our allies"},
			[]string{"To ask the Government"}},
		// not a self-naming: "We, the undersigned" is only two words, and
		// a plain "we" paragraph under no intro is no one's text
		{"en no intro", "en",
			"We, the readers of this paper, have written before. We think the plan is a bad one for everyone involved.\n",
			"We, the readers", "", nil, []string{"We think the plan"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Parse([]byte("---\nlang: "+c.lang+"\n---\n\n"+c.body), ParseOptions{Name: "t.md"})
			if err != nil {
				t.Fatal(err)
			}
			var mine []Statement
			for _, st := range doc.Statements {
				if strings.Contains(st.Text, "issued the following") || strings.Contains(st.Text, "publié la") {
					t.Errorf("the intro is read as a statement: %+v", st) // dropPresenting
				}
				if strings.Contains(st.Speaker, c.speaker) {
					mine = append(mine, st)
				}
			}
			for _, w := range c.want {
				ok := false
				for _, st := range mine {
					if strings.Contains(st.Text, w) && (c.role == "" || st.Role == c.role) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("no statement of %q (%s) holds %q; got %+v", c.speaker, c.role, w, doc.Statements)
				}
			}
			for _, n := range c.not {
				for _, st := range mine {
					if strings.Contains(st.Text, n) {
						t.Errorf("statement of %q holds %q: %q", st.Speaker, n, st.Text)
					}
				}
			}
		})
	}
}
