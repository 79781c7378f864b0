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
