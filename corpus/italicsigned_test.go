package corpus

import (
	"strings"
	"testing"
)

// TestItalicSigned probes the italic signature that closes a reader's
// letter on a letters page (authortext.go italicSignature): each letter
// under its title, signed "*Name, Place*" or "*Name*", is its author's
// when it speaks in the first person, with no title needed. Negatives: an
// article whose italic photo credit stands under a paragraph, two
// signatories of a group's text, an italic line that is a sentence, a
// bold signature, a letter in the third person. With the switch off the
// positive cases must lose their author.
func TestItalicSigned(t *testing.T) {
	const letters = "---\ntitle: Letters\npublished: 2025-12-30\n---\n\n# Letters to the editor\n\n" +
		"**Twenty points, still no peace**\n\nI read the twenty-point framework twice. We are told it freezes the line; I fear it freezes the war.\n\n*Margaret Holloway-Baines, Kendal*\n\n" +
		"**What about the children?**\n\nYour paper said little about point 17. I think it is the only line the families I help really read.\n\n*Dennis Okafor-Price*\n\n" +
		"*Letters may be shortened by the editors.*\n"
	const frLetters = "---\ntitle: Courrier\nlang: fr\npublished: 2025-12-30\n---\n\n# Courrier des lecteurs\n\n" +
		"**Et après ?**\n\nJe ne crois pas que ce plan tienne. Nous avons déjà vu des cessez-le-feu signés puis oubliés.\n\n*Lucienne Abderrahmane-Roy, Clamecy*\n\n" +
		"**Ne pas oublier**\n\nJ'ai lu le point 26 avec soulagement : l'amnistie a disparu du nouveau texte.\n\n*Danielle Sorbier-Fauvel, Avallon*\n"
	cases := []struct {
		name, doc string
		want      map[string]string // fragment -> speaker
		not       []string          // speakers no statement may have
	}{
		{"en letters page", letters, map[string]string{
			"I fear it freezes the war":         "Margaret Holloway-Baines",
			"the only line the families I help": "Dennis Okafor-Price",
		}, nil},
		{"fr courrier", frLetters, map[string]string{
			"Je ne crois pas que ce plan tienne":    "Lucienne Abderrahmane-Roy",
			"l'amnistie a disparu du nouveau texte": "Danielle Sorbier-Fauvel",
		}, nil},
		// a news story: an italic photo credit under a paragraph in the
		// reporter's "we", once over a heading and once at the end: one
		// italic name is no letters page
		{"photo credit", "---\ntitle: Rally\npublished: 2025-12-30\n---\n\nHundreds gathered in the square on Sunday. \"We will not accept this plan,\" one placard read, and we saw families with flags.\n\n*Harriet Greenwood-Ames*\n\n**More on the talks**\n\nThe talks resume on Monday in Geneva.\n",
			nil, []string{"Harriet Greenwood-Ames"}},
		{"photo credit at the end", "---\ntitle: Rally\npublished: 2025-12-30\n---\n\nHundreds gathered in the square on Sunday, and we saw families with flags.\n\n*Harriet Greenwood-Ames, London*\n",
			nil, []string{"Harriet Greenwood-Ames"}},
		// two signatories of a group's text: no one author
		{"two signatories", "---\ntitle: Groupes\nlang: fr\npublished: 2025-12-30\n---\n\n### Groupe Ensemble\n\nNous refusons qu'un accord soit signé sur le dos de l'Ukraine et nous continuerons à aider.\n\n*Claire Moreau-Lutz, Karim Oudjani*\n\n### Élue non inscrite\n\nJe souhaite que notre ville ouvre un bureau d'information le jour du scrutin.\n\n*Sabine Morvan-Létang*\n\n### Élu d'opposition\n\nJ'ai voté contre ce vœu et je le regrette aujourd'hui.\n\n*Yves Caradec-Morin*\n\n---\n",
			map[string]string{"Je souhaite que notre ville": "Sabine Morvan-Létang", "je le regrette": "Yves Caradec-Morin"}, []string{"Claire Moreau-Lutz", "Karim Oudjani"}},
		// an italic sentence, not a signature
		{"italic sentence", "---\ntitle: Note\npublished: 2025-12-30\n---\n\nI read the plan and we discussed it at length in class.\n\n*Margaret Holloway-Baines is a retired teacher in Kendal.*\n",
			nil, []string{"Margaret Holloway-Baines"}},
		// a bold name is a heading over the next text, not a signature
		{"bold name", "---\ntitle: Note\npublished: 2025-12-30\n---\n\nI read the plan and we discussed it at length in class.\n\n**Margaret Holloway-Baines**\n\nThe next section follows here.\n",
			nil, []string{"Margaret Holloway-Baines"}},
		// a letter in the third person throughout gives its writer nothing,
		// beside one in the first person
		{"third person", "---\ntitle: Letters\npublished: 2025-12-30\n---\n\n**Why I wrote**\n\nI have written to my MP twice about the plan and I will write again.\n\n*Dennis Okafor-Price*\n\n**On point 17**\n\nThe framework promises an exchange of all prisoners. The families wait for it.\n\n*Margaret Holloway-Baines, Kendal*\n",
			map[string]string{"I have written to my MP": "Dennis Okafor-Price"}, []string{"Margaret Holloway-Baines"}},
	}
	for _, c := range cases {
		for _, off := range []bool{false, true} {
			doc, err := Parse([]byte(c.doc), ParseOptions{Name: "letters.md", noItalicSigned: off})
			if err != nil {
				t.Fatal(err)
			}
			checkSwitchedSpeakers(t, c.name, off, doc, c.want)
			for _, s := range doc.Statements {
				for _, n := range c.not {
					if strings.Contains(s.Speaker, n) {
						t.Errorf("%s (switch off %v): %s must not speak: %q", c.name, off, s.Speaker, s.Text)
					}
				}
			}
		}
	}
}

// checkSwitchedSpeakers checks a reader's probe parsed with its switch
// off or on: each fragment of want must be its speaker's statement in doc
// while the reader is on and must lose that speaker with the switch off,
// so a probe fails both when the reader stops working and when something
// else already does its work.
func checkSwitchedSpeakers(t *testing.T, name string, off bool, doc *Document, want map[string]string) {
	t.Helper()
	for frag, who := range want {
		found := false
		for _, s := range doc.Statements {
			if strings.Contains(s.Text, frag) && s.Speaker == who {
				found = true
			}
		}
		if found == off {
			t.Errorf("%s (switch off %v): %q by %s found %v; statements %+v", name, off, frag, who, found, doc.Statements)
		}
	}
}

// switchedCase is a reader's probe in a language: frag must be speaker's
// statement in doc while the reader is on, and, unless off (the speaker
// is the same without the reader), must lose that speaker with the
// reader's switch set.
type switchedCase struct {
	name, lang, doc, frag, speaker string
	off                            bool
}

// checkSwitchedCases parses each case, as a document of its language,
// with the switch named sw off and on (opts sets it) and checks its
// speaker as switchedCase says.
func checkSwitchedCases(t *testing.T, sw string, opts func(off bool) ParseOptions, cases []switchedCase) {
	t.Helper()
	for _, off := range []bool{false, true} {
		for _, c := range cases {
			d := parseCaseWith(t, "---\nlang: "+c.lang+"\n---\n\n"+c.doc+"\n", opts(off))
			found := false
			for _, s := range d.Statements {
				if strings.Contains(s.Text, c.frag) && s.Speaker == c.speaker {
					found = true
				}
			}
			if want := !off || c.off; found != want {
				t.Errorf("%s (%s %v): %q by %s found %v; statements %+v", c.name, sw, off, c.frag, c.speaker, found, d.Statements)
			}
		}
	}
}
