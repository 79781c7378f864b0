package corpus

import (
	"strings"
	"testing"
)

// TestAuthorsLead checks that a version's authors after a lead (a
// conjunction, an attribution closed by a comma, a speech verb) and their
// verb's object give the authors' term, in English and French, and that
// the same shapes stating no term give none. Each positive fails with
// noAuthorsLead. TestAuthorsLeadBefore checks which leads are read.
func TestAuthorsLead(t *testing.T) {
	tests := []struct {
		name, doc string
		want      string // a provision of the European counter-proposal holds it; "" for none
		not       string // no provision holds it
	}{
		{name: "french attribution lead after a quotation", doc: "# Le plan américain\n\nLe plan américain a été discuté à Genève.\n\n**L'œil de la rédaction.** Un diplomate européen résume l'enjeu : « Ce dimanche, c'est la télévision qui fait la diplomatie. » Selon le même diplomate, les Européens veulent que les négociations territoriales partent de la ligne de contact actuelle.\n",
			want: "partent de la ligne de contact"},
		{name: "english speech verb lead, object", doc: "# The US plan\n\nThe US plan was discussed in Geneva.\n\nHe also mentioned a fund for data centres, and said the Europeans wanted the frozen assets kept frozen until Russia compensates Ukraine.\n",
			want: "the frozen assets kept frozen until Russia compensates"},
		{name: "english aside, object", doc: "# The US plan\n\nThe US plan was discussed in Geneva.\n\nThe Europeans, she explained, had also kept European fighter jets stationed in Poland.\n",
			want: "kept European fighter jets stationed in Poland"},
		{name: "negative: a speech verb lead, no term", doc: "# The US plan\n\nThe US plan was discussed in Geneva.\n\nHe also mentioned a fund for data centres, and said the Europeans wanted more time before the summit.\n",
			not: "more time before the summit"},
		{name: "negative: an attribution lead, no term", doc: "# Le plan américain\n\nLe plan américain a été discuté à Genève.\n\n**L'œil de la rédaction.** Un diplomate européen résume l'enjeu : « Ce dimanche, c'est la télévision qui fait la diplomatie. » Selon le même diplomate, les Européens veulent que la télévision parle moins de la guerre.\n",
			not: "parle moins de la guerre"},
		{name: "negative: an object verb of no term", doc: "# The US plan\n\nThe US plan was discussed in Geneva.\n\nThe Europeans, she explained, had also kept their own counsel during the Geneva talks.\n",
			not: "their own counsel"},
	}
	for _, tt := range tests {
		for _, off := range []bool{false, true} {
			d, err := Parse([]byte(tt.doc), ParseOptions{Now: fixedNow, noAuthorsLead: off})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, p := range d.Provisions {
				if tt.want != "" && p.Plan == "European counter-proposal" && strings.Contains(p.Text, tt.want) {
					found = true
				}
				if tt.not != "" && strings.Contains(p.Text, tt.not) {
					t.Errorf("%s: provision %s %d %q, want none", tt.name, p.Plan, p.Number, p.Text)
				}
			}
			if tt.want != "" && found == off {
				t.Errorf("%s (noAuthorsLead %v): found %v, want %v; got %+v", tt.name, off, found, !off, d.Provisions)
			}
		}
	}
}

// TestAuthorsLeadBefore checks the leads authorsLead reads before a
// version's authors (a conjunction, an attribution closed by a comma, a
// speech verb with or without a that-word, after a sentence the splitter
// left joined) and those it refuses: the authors inside a clause, an
// attribution longer than a lead-in, another verb.
func TestAuthorsLeadBefore(t *testing.T) {
	lx := lexiconData()
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Але європейці запропонували армію у 800 тисяч.", true},
		{"Selon le même diplomate, les Européens veulent que …", true},
		{"« Ce dimanche, c'est la télévision qui fait la diplomatie. » Selon le même diplomate, les Européens veulent que …", true},
		{"Secondo il notiziario, i Paesi europei propongono che …", true},
		{"He added a number, and said the Europeans wanted the assets frozen.", true},
		{"She said that the Europeans wanted the assets frozen.", true},
		{"Pearson, who advised the Europeans in Geneva, wanted the assets frozen.", false},
		{"Selon un diplomate qui a suivi les discussions toute la semaine, les Européens veulent que …", false},
		{"Talks with the Europeans wanted by Kyiv start next week.", false},
		{"The Europeans want the assets frozen.", false}, // at the head: authorsClause's own reading
	} {
		_, at, _ := authorsLead(lx, tt.s)
		if got := at >= 0; got != tt.want {
			t.Errorf("authorsLead(%q) at %d, want found %v", tt.s, at, tt.want)
		}
	}
}
