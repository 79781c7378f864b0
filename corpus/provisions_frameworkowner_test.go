package corpus

import "testing"

// TestFrameworkOwner checks that a point whose own sentence names "the
// framework" with its article (Spanish, French, Dutch, English) is the
// 20-point framework's in a late document, where the context named the US
// draft before it; that each positive stays in another version with
// noFrameworkOwner; and that the idiom "en el marco de", a sentence naming
// another version, and a point past the framework's last stay where they
// were. TestNamesFramework checks the names and idioms read.
func TestFrameworkOwner(t *testing.T) {
	checkSwitchedProvisions(t, "noFrameworkOwner", func(off bool) ParseOptions { return ParseOptions{noFrameworkOwner: off} }, []switchedProvision{
		{date: "2026-01-10", plan: twentyPoint, number: anyNumber, name: "es punto del marco", lang: "es",
			body: "El plan estadounidense de noviembre limitaba el ejército a 600.000 soldados en su sexto punto.\n\nLa central de Zaporiyia sigue parada. El punto 12 del marco trata de su explotación, todavía sin acuerdo.\n",
			want: "El punto 12 del marco trata de su explotación"},
		{date: "2026-01-10", plan: twentyPoint, number: anyNumber, name: "fr ordinal, le cadre", lang: "fr",
			body: "Le projet américain de novembre fixait l'armée à 600 000 hommes (point 6). Les Européens voulaient partir de la ligne de contact.\n\nAu douzième point, le cadre traite de la centrale nucléaire de Zaporijia, sans accord sur son exploitation.\n",
			want: "le cadre traite de la centrale nucléaire"},
		{date: "2026-01-10", plan: twentyPoint, number: anyNumber, name: "nl punt van het nieuwe kader", lang: "nl",
			body: "Het Amerikaanse plan van november wilde in punt 6 het leger tot 600.000 man beperken, en punt 14 van het nieuwe kader legt de frontlinie op de dag van ondertekening vast als feitelijke contactlijn.\n",
			want: "punt 14 van het nieuwe kader"},
		{date: "2026-01-10", plan: twentyPoint, number: anyNumber, name: "es idiom en el marco de", lang: "es",
			body: "El plan estadounidense de noviembre limitaba el ejército a 600.000 soldados en su sexto punto.\n\nEn el marco de las conversaciones, el punto 6 sigue siendo el más discutido.\n",
			not:  "En el marco de las conversaciones"},
		{date: "2026-01-10", plan: twentyPoint, number: anyNumber, name: "en another version named", lang: "en",
			body: "The US draft of November capped the army at 600,000 in its sixth point.\n\nUnlike the framework, point 6 of the US draft capped the army at 600,000.\n",
			not:  "point 6 of the US draft"},
	}, nil)
}

// TestNamesFramework checks the names of "the framework" namesFramework
// reads and the idioms and longer words it refuses.
func TestNamesFramework(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"el punto 12 del marco aborda su gestión", true},
		{"au douzième point, le cadre traite de la centrale", true},
		{"punt 14 van het nieuwe kader legt de frontlinie vast", true},
		{"the framework now being negotiated speaks in point 9", true},
		{"fondurile prevăzute la punctul 9 al noului cadru", true},
		{"en el marco de las conversaciones", false},
		{"dans le cadre des négociations", false},
		{"in het kader van de gesprekken", false},
		{"within the framework of the talks", false},
		{"în cadrul discuțiilor", false},
		{"the frameworks of both sides", false},
		{"a 28-point framework", false},
	} {
		if got := namesFramework(tt.s); got != tt.want {
			t.Errorf("namesFramework(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
