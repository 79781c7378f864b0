package corpus

import "testing"

// TestCeasefireOnAgreementForms checks the ceasefire-once-all-agree term
// (the US draft's 28, the 20-point text's 20) in the forms news writes it,
// completed at stop 66 (zprov): the fire that stops as a subject (ru
// "огонь прекращается", uk "вогонь припиняється"), the oblique cases of
// "прекращение огня", "straight away" and "right away", Ukrainian
// "погодяться" for agreeing, and the cessation of hostilities in six
// languages. Negatives: a ceasefire with no agreement or no immediacy, and
// the weather ("погода"). It fails if a form is dropped from
// planterms.json or matched without the other groups.
func TestCeasefireOnAgreementForms(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"в 28-м пункте говорилось, что огонь прекращается сразу после согласия сторон", true},
		{"режим прекращения огня вступает сразу после согласия сторон", true},
		{"припинення вогню одразу, щойно всі сторони погодяться", true},
		{"вогонь припиняється одразу, щойно всі погодяться", true},
		{"the ceasefire starts straight away once everyone agrees", true},
		{"the guns fall silent right away once both sides sign", true},
		{"la cessation des hostilités intervient dès que les parties l'acceptent", true},
		{"la cessazione delle ostilità scatta subito dopo la firma", true},
		{"el cese de las hostilidades es inmediato tras la firma", true},
		{"wstrzymanie ognia następuje natychmiast po podpisaniu", true},
		// negatives
		{"the ceasefire starts straight away", false},
		{"огонь прекращается после согласия сторон через месяц", false},
		{"завтра погода зміниться одразу, щойно прийде фронт", false},
		{"the ceasefire has been agreed in principle", false},
	}
	c := planTermsData()
	var sc termScan
	for _, tt := range tests {
		got := false
		for _, h := range c.matchTerms(&sc, lowerString(tt.text)) {
			got = got || c.terms[h.term].ID == "ceasefire-on-agreement"
		}
		if got != tt.want {
			t.Errorf("%q: ceasefire-on-agreement %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestLastOrdinalCaseForms checks the case forms of "last" that name a
// plan's final point (pointrefs.json lastOrdinals, stop 66): the
// instrumental and feminine forms of Ukrainian, Russian and Polish, German
// "letzter"/"letztes", French "dernière". "За останнім, двадцятим пунктом
// вогонь припиняється …" is then the 20-point text's last point, not the
// US draft's 28th. Negatives: "останнім часом" is "lately", read only before a
// point's number, and "ostatni" alone stays a last ordinal.
func TestLastOrdinalCaseForms(t *testing.T) {
	for _, w := range []string{"останнім", "останньою", "последним", "последней", "ostatnią", "letzter", "letztes", "dernière"} {
		if lastOrdinal(w) == 0 {
			t.Errorf("%q: no last ordinal", w)
		}
	}
	for _, w := range []string{"часом", "lately", "dernièrement"} {
		if lastOrdinal(w) != 0 {
			t.Errorf("%q: read as a last ordinal", w)
		}
	}
	for _, tt := range []struct {
		text string
		want int
	}{
		{"За останнім, двадцятим пунктом вогонь припиняється", 20},
		{"По последним, двадцатым пунктом огонь прекращается", 20},
		{"Останнім часом вогонь припиняється", 0},
	} {
		if got := lastPointStated(tt.text); got != tt.want {
			t.Errorf("%q: last point stated %d, want %d", tt.text, got, tt.want)
		}
	}
}
