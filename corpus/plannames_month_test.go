package corpus

import "testing"

// TestTwentyPointByMonth checks the 20-point framework named by its month
// or its day (plans.json, stop 66, zprov2): "the December framework", "the
// 23 December text", "la versione di dicembre", "tekst z 23 grudnia",
// "декабрьская версия", "документ від 23 грудня" and the like in English,
// German, French, Italian, Spanish, Portuguese, Polish, Russian, Ukrainian,
// Swedish, Dutch and Romanian name that version, as a heading does
// (planFor) and inside a sentence (namedVersions). Negatives: a bare date
// ("on 23 December Zelensky said"), another month's text ("the November
// draft"), and a month after a word that only ends in a text noun
// ("contesto di dicembre", "contexte de décembre", "контексте от 23
// декабря") name no version. It fails if a form is lost from the data or
// the guards let a date or another word through.
func TestTwentyPointByMonth(t *testing.T) {
	const twenty = "20-point framework"
	tests := []struct{ text, want string }{
		{"Under the December framework, the army would be kept at 800,000", twenty},
		{"the 23 December text keeps the army at 800,000", twenty},
		{"the framework of 24 December", twenty},
		{"Der Dezember-Rahmen sieht 800.000 Soldaten vor", twenty},
		{"im Text vom 23. Dezember", twenty},
		{"le cadre de décembre prévoit des élections", twenty},
		{"le texte du 23 décembre", twenty},
		{"nella versione di dicembre l'esercito resterebbe a 800.000", twenty},
		{"il testo del 23 dicembre", twenty},
		{"punto 18 del marco de diciembre", twenty},
		{"la versión del 23 de diciembre", twenty},
		{"o texto de 23 de dezembro", twenty},
		{"w grudniowej wersji armia liczyłaby 800 tys.", twenty},
		{"tekst z 23 grudnia przewiduje wybory", twenty},
		{"декабрьская версия оставляет армию в 800 тысяч", twenty},
		{"в документе от 23 декабря", twenty},
		{"у грудневій версії армія становитиме 800 тисяч", twenty},
		{"документ від 23 грудня передбачає вибори", twenty},
		{"decemberramverket behåller 800 000 soldater", twenty},
		{"de tekst van 23 december", twenty},
		{"textul din 23 decembrie prevede alegeri", twenty},
		// negatives
		{"On 23 December Zelensky said the army would be kept at 800,000", ""},
		{"Am 23. Dezember sagte Selenskyj, die Armee bleibe bei 800.000", ""},
		{"23 грудня Зеленський оприлюднив пропозиції", ""},
		{"the November draft capped the army", "US 28-point draft"}, // another month names another version
		{"nel contesto di dicembre", ""},
		{"dans le contexte de décembre", ""},
		{"в контексте от 23 декабря", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got, _ := planFor(tt.text); got != tt.want {
				t.Errorf("planFor = %q, want %q", got, tt.want)
			}
			got := ""
			for _, v := range namedVersions(lowerString(tt.text)) {
				got = v.plan
			}
			if got != tt.want {
				t.Errorf("namedVersions = %q, want %q", got, tt.want)
			}
		})
	}
}
