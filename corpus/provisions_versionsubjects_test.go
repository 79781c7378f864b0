package corpus

import (
	"strings"
	"testing"
)

// TestVersionSubjectCuts checks that a provision whose clauses each open
// on their own version's name ("Point 26 grants …, while the European
// version removes this point") is cut into one provision a version, in
// English, German, Ukrainian, Spanish, Portuguese, French and Italian, and
// that a version named as an object, or the authors as subject, cuts
// nothing.
func TestVersionSubjectCuts(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english contrast join", doc: "# Notes\n\nPoint 26 grants a full amnesty to all parties, while the European version removes this point.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "Point 26 grants a full amnesty to all parties"},
				{Plan: "European counter-proposal", Number: 26, Text: "the European version removes this point"}},
			not: []string{"parties, while"}},
		{name: "english bracket after the other version's sentence", doc: "# Notes\n\nUkraine's army is capped at 800,000 in peacetime. (The US draft set the cap at 600,000.)\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "Ukraine's army is capped at 800,000 in peacetime"},
				{Plan: "US 28-point draft", Number: 6, Text: "The US draft set the cap at 600,000"}},
			not: []string{"peacetime. (The US"}},
		{name: "german sentence opening on the counter-draft", doc: "# Notizen\n\nPunkt 26 sieht eine vollständige Amnestie vor. Der europäische Gegenentwurf: keine Amnestie, und alle verschleppten Kinder kehren heim.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "Punkt 26 sieht eine vollständige Amnestie vor"},
				{Plan: "European counter-proposal", Text: "alle verschleppten Kinder kehren heim"}},
			not: []string{"vor. Der europäische"}},
		{name: "ukrainian a-join", doc: "# Нотатки\n\nПункт 26 передбачав повну амністію для всіх учасників війни, а європейська версія цей пункт прибрала.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "Пункт 26 передбачав повну амністію"},
				{Plan: "European counter-proposal", Number: 26, Text: "європейська версія цей пункт прибрала"}}},
		{name: "spanish y-join, the first clause the other version's", doc: "# Notas\n\nEl punto 6 limita el ejército a 600.000 efectivos, y la versión europea lo eleva a 800.000 en tiempo de paz.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "El punto 6 limita el ejército a 600.000 efectivos"},
				{Plan: "European counter-proposal", Number: 6, Text: "la versión europea lo eleva a 800.000"}}},
		{name: "portuguese e-join", doc: "# Notas\n\nO ponto 25 marca eleições em 100 dias, e a versão europeia pede eleições o mais cedo possível após a assinatura.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "O ponto 25 marca eleições em 100 dias"},
				{Plan: "European counter-proposal", Number: 25, Text: "a versão europeia pede eleições"}}},
		{name: "french et-join", doc: "# Notes\n\nLe point 9 place des avions européens en Pologne, et le texte européen garde cette ligne mot pour mot.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "Le point 9 place des avions européens en Pologne"},
				{Plan: "European counter-proposal", Number: 9, Text: "le texte européen garde cette ligne"}}},
		{name: "italian mentre", doc: "# Note\n\nIl punto 26 prevede un'amnistia totale, mentre la versione europea cancella questo punto.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "Il punto 26 prevede un'amnistia totale"},
				{Plan: "European counter-proposal", Number: 26, Text: "la versione europea cancella questo punto"}}},
		{name: "english clause on another term, no number", doc: "# Notes\n\nPoint 26 grants a full amnesty to all parties, while the European version keeps Russia's frozen assets frozen until Moscow pays compensation.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "Point 26 grants a full amnesty"},
				{Plan: "European counter-proposal", Number: 0, Text: "keeps Russia's frozen assets frozen"}}},
		{name: "italian line referred back", doc: "# Note\n\nIl punto 9 colloca caccia europei in Polonia, e la versione europea conserva questa riga parola per parola.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "Il punto 9 colloca caccia europei"},
				{Plan: "European counter-proposal", Number: 9, Text: "la versione europea conserva questa riga"}}},
		{name: "the authors as subject cut nothing", doc: "# Notes\n\nPoint 6 caps the army at 600,000, and the Europeans want a higher figure.\n",
			want: []Provision{{Plan: "unnamed plan", Number: 6, Text: "caps the army at 600,000, and the Europeans want a higher figure"}}},
		{name: "a version as object cuts nothing", doc: "# Notes\n\nUnlike the US draft, the European text keeps the assets frozen until Russia pays compensation.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "the assets frozen until Russia pays compensation"}},
			not:  []string{"Unlike the US draft"}},
		{name: "versions listed in a sentence cut nothing", doc: "# Notes\n\nThe minister praised the US draft, the European text and the Russian reply in one speech.\n",
			not: []string{"the European text and the Russian reply"}},
	})
}

// TestVersionSubjectCutsOtherMatter checks that a version's clause after
// point n's that states no term of n and does not refer back to the point
// is not cut off as that version's provision, in English, German and
// Italian: it speaks of the text (its numbering, its length), not of what
// the version provides; "a questo punto" is the idiom, no reference.
func TestVersionSubjectCutsOtherMatter(t *testing.T) {
	for _, tt := range []struct{ doc, clause string }{
		{"Point 6 caps the army at 600,000 troops, while the European version keeps the US numbering.", "the European version keeps"},
		{"Punkt 6 begrenzt die Armee auf 600.000 Soldaten, aber der europäische Gegenentwurf ist zwei Seiten kürzer.", "der europäische Gegenentwurf ist"},
		{"Il punto 6 limita l'esercito a 600 mila soldati, mentre la versione europea a questo punto cambia impaginazione.", "la versione europea a questo punto"},
	} {
		d, err := Parse([]byte("# Notes\n\n"+tt.doc+"\n"), ParseOptions{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range d.Provisions {
			if strings.HasPrefix(p.Text, tt.clause) {
				t.Errorf("%q: unwanted cut %s #%d %q", tt.doc, p.Plan, p.Number, p.Text)
			}
		}
	}
}
