package corpus

import "testing"

// TestCompoundOrdinalPoints checks that a point named by an ordinal in two
// words or with a hyphen keeps its whole number in Ukrainian, Greek,
// Polish and English: without the tens, "двадцять шостий пункт" would be
// point 6.
func TestCompoundOrdinalPoints(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "ukrainian tens before the unit", doc: "# Американський план з 28 пунктів\n\nДвадцять шостий пункт передбачає амністію для всіх учасників війни.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "амністію для всіх"}}},
		{name: "greek tens before the unit", doc: "# Το αμερικανικό σχέδιο των 28 σημείων\n\nΤο εικοστό δεύτερο σημείο προβλέπει ότι κανείς δεν θα αλλάξει τα σύνορα με τη βία.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 22, Text: "κανείς δεν θα αλλάξει"}}},
		{name: "greek teens", doc: "# Το αμερικανικό σχέδιο των 28 σημείων\n\nΚατά το δέκατο πέμπτο σημείο, θα συσταθεί κοινή ομάδα ασφαλείας.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "κοινή ομάδα ασφαλείας"}}},
		{name: "polish tens after the point word", doc: "# Amerykański plan pokojowy\n\nPunkt dwudziesty szósty planu przewiduje amnestię dla wszystkich stron.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "amnestię dla wszystkich"}}},
		{name: "english hyphen", doc: "# The US 28-point plan\n\nThe twenty-first point says that the line of contact would be frozen.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "line of contact would be frozen"}}},
	})
}

// TestGreekPlanProse checks Greek as data: versions named in Greek, a
// point cited again as "the same point", and a document noun after an
// adjective setting out a term by what it does.
func TestGreekPlanProse(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "same point", doc: "# Τι λέει το αμερικανικό σχέδιο\n\nΤο ένατο σημείο προβλέπει ότι ευρωπαϊκά αεροσκάφη θα σταθμεύουν στην Πολωνία. Σύμφωνα με το ίδιο σημείο, η βάση θα είναι μόνιμη.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "ευρωπαϊκά αεροσκάφη"}, {Plan: "US 28-point draft", Number: 9, Text: "η βάση θα είναι μόνιμη"}}},
		{name: "counter-proposal raises", doc: "# Η απάντηση της Ευρώπης\n\nΗ ευρωπαϊκή αντιπρόταση αυξάνει το όριο των ενόπλων δυνάμεων στις 800.000.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "αυξάνει το όριο"}}},
	})
}
