package corpus

import (
	"strings"
	"testing"
)

// TestContrastClauseVersions: a version named in a contrasting clause
// that states a term of its own ("…, where the November draft had capped
// it at 600,000") is left out of the versions the main clause's term may
// take, in each language's forms, leading and trailing; negatives keep a
// version named in the term's own clause, one in a contrasting clause
// with no term of its own, one across a plain comma, and one in the next
// sentence after a contrasting clause ("…, а не декларация. В 17-м пункте
// рамочного документа …").
func TestContrastClauseVersions(t *testing.T) {
	tests := []struct {
		name, text    string
		term, version string // words of the main term, of the version's name
		other         string // words of the version clause's own term, "" for none
		kept          bool
	}{
		{"en where", "the army would stay at 800,000 in peacetime, where the november draft had capped it at 600,000.", "800,000", "november draft", "600,000", false},
		{"en while", "guarantees mirroring article 5, while the european proposal had insisted that frozen russian assets stay frozen.", "article 5", "european proposal", "frozen russian assets", false},
		{"en leading while", "while the us draft capped the army at 600,000, the army may number 800,000 in peacetime.", "800,000", "us draft", "600,000", false},
		{"en compared with", "the army may number 800,000, compared with 600,000 in the us draft.", "800,000", "us draft", "600,000", false},
		{"de während", "die armee darf 800.000 soldaten haben, während der us-entwurf sie auf 600.000 begrenzt hatte.", "800.000", "us-entwurf", "600.000", false},
		{"de leading während", "während der us-entwurf die armee auf 600.000 begrenzte, erlaubt der neue text 800.000.", "800.000", "us-entwurf", "600.000", false},
		{"fr alors que", "l'armée pourrait compter 800 000 soldats, alors que le projet américain la limitait à 600 000.", "800 000", "projet américain", "600 000", false},
		{"fr tandis que", "l'armée pourrait compter 800 000 soldats, tandis que le projet américain la limitait à 600 000.", "800 000", "projet américain", "600 000", false},
		{"it mentre", "l'esercito potrebbe arrivare a 800.000 uomini, mentre la bozza americana lo limitava a 600.000.", "800.000", "bozza americana", "600.000", false},
		{"es mientras que", "el ejército tendrá 800.000 efectivos, mientras que el borrador estadounidense lo limitaba a 600.000.", "800.000", "borrador estadounidense", "600.000", false},
		{"pt enquanto", "o exército terá 800 mil militares, enquanto o plano americano o limitava a 600 mil.", "800 mil", "plano americano", "600 mil", false},
		{"pl podczas gdy", "armia może liczyć 800 tysięcy żołnierzy, podczas gdy amerykański plan ograniczał ją do 600 tysięcy.", "800 tysięcy", "amerykański plan", "600 tysięcy", false},
		{"ru тогда как", "численность всу составит 800 тысяч, тогда как американский вариант ограничивал её 600 тысячами.", "800 тысяч", "американский вариант", "600 тысячами", false},
		{"ru а", "численность всу составит 800 тысяч, а американский вариант ограничивал её 600 тысячами.", "800 тысяч", "американский вариант", "600 тысячами", false},
		{"uk тоді як", "чисельність зсу становитиме 800 тисяч, тоді як американський варіант обмежував її 600 тисячами.", "800 тисяч", "американський варіант", "600 тисячами", false},
		// negatives
		{"en own clause", "in the us draft the army is capped at 600,000, while kyiv wanted more.", "600,000", "us draft", "", true},
		{"en contrast clause with no term", "the army may number 800,000, while the us draft was drafted in november.", "800,000", "us draft", "", true},
		{"en plain comma", "the army may number 800,000, the us draft said in november, and 600,000 before.", "800,000", "us draft", "600,000", true},
		{"ru next sentence", "обмен 314 пленными — это реальный результат, а не декларация. в 17-м пункте рамочного документа речь идёт об обмене всех на всех.", "обмен 314 пленными", "рамочного документа", "обмене всех на всех", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			span := func(w string) (int, int) {
				i := strings.Index(tt.text, w)
				if i < 0 {
					t.Fatalf("%q not in the text", w)
				}
				return i, i + len(w)
			}
			ts, te := span(tt.term)
			h := termHit{term: 0, start: ts, end: te}
			hits := []termHit{h}
			if tt.other != "" {
				os, oe := span(tt.other)
				hits = append(hits, termHit{term: 1, start: os, end: oe})
			}
			vs, ve := span(tt.version)
			named := []versionAt{{plan: "US 28-point draft", start: vs, end: ve}}
			got := ownClauseVersions(tt.text, named, hits, h)
			if kept := len(got) == 1; kept != tt.kept {
				t.Errorf("version kept %v, want %v (clauses at %v)", kept, tt.kept, func() []int { c, _ := contrastCuts(tt.text); return c }())
			}
		})
	}
}
