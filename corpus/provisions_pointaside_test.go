package corpus

import "testing"

// TestPointAsideBeforeQuotedComment checks that a point whose term stands
// in an aside after its number, followed by a quoted verdict on it, gives
// the aside as its term and not the verdict, in three languages; and that
// a quotation introduced by the point itself stays its text.
func TestPointAsideBeforeQuotedComment(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "french", doc: "# Conseil municipal\n\nLe plan américain en 28 points a occupé la séance.\n\nPour l'élue, le point 24, celui de l'échange de tous les prisonniers de guerre, reste « le seul passage porteur d'espoir du document ».\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 24, Text: "l'échange de tous les prisonniers"}},
			not:  []string{"porteur d'espoir"}},
		{name: "german", doc: "# Protokoll der Sitzung\n\nBesprochen wurde der amerikanische Plan mit 28 Punkten.\n\nPunkt 26, wonach alle Kriegsparteien eine umfassende Amnestie erhalten, sei „eine Einladung zur Straflosigkeit für alle Seiten“.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "umfassende Amnestie erhalten"}},
			not:  []string{"Einladung zur Straflosigkeit"}},
		{name: "english", doc: "# Notes from the seminar\n\nThe seminar read the US 28-point plan line by line.\n\nPoint 19, which has the nuclear plant restarted under IAEA supervision, was rated \"the least bad clause in the whole text\" by the panel.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 19, Text: "restarted under IAEA supervision"}},
			not:  []string{"least bad clause"}},
		{name: "quotation of the point itself", doc: "# Что в документе\n\nАмериканский план из 28 пунктов опубликован.\n\nВ пункте 11 говорится: «Украина имеет право на членство в ЕС и получит краткосрочный доступ к рынку»\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 11, Text: "право на членство в ЕС"}}},
	})
}

// TestPointHeadBeforeQuotedComment checks that a sentence opening on the
// point's term and ending that phrase on the point's number ("The 600,000
// ceiling set in point 6 …") gives the phrase as the term, not the quoted
// verdict after it, in three languages.
func TestPointHeadBeforeQuotedComment(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "french", doc: "# Entretien\n\nLe plan américain en 28 points divise les experts.\n\nLa limite de 600 000 soldats inscrite au point 6 lui semble « dure mais pas absurde pour Kiev ».\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "La limite de 600 000 soldats inscrite au point 6"}},
			not:  []string{"dure mais pas absurde"}},
		{name: "english", doc: "# Interview\n\nThe US 28-point plan divides the experts.\n\nThe ceiling of 600,000 troops set in point 6 strikes her as \"harsh but not absurd for Kyiv\".\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "The ceiling of 600,000 troops set in point 6"}},
			not:  []string{"harsh but not absurd"}},
		{name: "italian", doc: "# Intervista\n\nIl piano americano in 28 punti divide gli esperti.\n\nIl tetto di 600 mila soldati fissato al punto 6 le sembra «duro ma non assurdo per Kiev».\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "Il tetto di 600 mila soldati fissato al punto 6"}},
			not:  []string{"duro ma non assurdo"}},
	})
}
