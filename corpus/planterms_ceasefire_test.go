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
	checkTermCases(t, []termCase{
		{"в 28-м пункте говорилось, что огонь прекращается сразу после согласия сторон", "ceasefire-on-agreement", true},
		{"режим прекращения огня вступает сразу после согласия сторон", "ceasefire-on-agreement", true},
		{"припинення вогню одразу, щойно всі сторони погодяться", "ceasefire-on-agreement", true},
		{"вогонь припиняється одразу, щойно всі погодяться", "ceasefire-on-agreement", true},
		{"the ceasefire starts straight away once everyone agrees", "ceasefire-on-agreement", true},
		{"the guns fall silent right away once both sides sign", "ceasefire-on-agreement", true},
		{"la cessation des hostilités intervient dès que les parties l'acceptent", "ceasefire-on-agreement", true},
		{"la cessazione delle ostilità scatta subito dopo la firma", "ceasefire-on-agreement", true},
		{"el cese de las hostilidades es inmediato tras la firma", "ceasefire-on-agreement", true},
		{"wstrzymanie ognia następuje natychmiast po podpisaniu", "ceasefire-on-agreement", true},
		// negatives
		{"the ceasefire starts straight away", "ceasefire-on-agreement", false},
		{"огонь прекращается после согласия сторон через месяц", "ceasefire-on-agreement", false},
		{"завтра погода зміниться одразу, щойно прийде фронт", "ceasefire-on-agreement", false},
		{"the ceasefire has been agreed in principle", "ceasefire-on-agreement", false},
	})
}
