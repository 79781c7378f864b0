package corpus

import "testing"

// TestPointsAndPlanNamesMoreLanguages checks points and plan names in Romanian,
// Swedish, Czech, Slovak, Dutch, Portuguese, Greek, Bulgarian and Croatian
// read as data: Romanian ordinals written with "al" ("Al șaptelea punct",
// plans.json ordinals, with "punct" as a point word), the Swedish point
// verb "slår fast" (pointrefs.json pointVerbs), and the plan's names as
// the languages' news writes them (the Czech and Slovak compounds
// "28bodový", "20-bodový", "the American peace plan" in each language).
func TestPointsAndPlanNamesMoreLanguages(t *testing.T) {
	head := func(lang, title string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n# " + title + "\n\n"
	}
	checkFresh(t, []freshCase{
		{name: "ro al șaptelea punct", doc: head("ro", "Planul american în 28 de puncte") + "Al șaptelea punct prevede că Ucraina nu va adera la NATO.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "Ucraina nu va adera"}}},
		{name: "ro al doilea punct", doc: head("ro", "Planul american în 28 de puncte") + "Al doilea punct stipulează un acord de neagresiune între Rusia, Ucraina și Europa.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 2}}},
		{name: "sv sjunde punkt slår fast", doc: head("sv", "Den amerikanska 28-punktsplanen") + "Planens sjunde punkt slår fast att Ukraina inte går med i Nato.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "Ukraina inte går med i Nato"}}},
	})
	for _, c := range []struct{ text, want string }{
		{"28bodový mírový plán", "US 28-point draft"},
		{"28-bodový plán", "US 28-point draft"},
		{"20-bodový rámec", "20-point framework"},
		{"20-punktsramverket", "20-point framework"},
		{"het 20-puntenkader", "20-point framework"},
		{"o plano de paz americano", "US 28-point draft"},
		{"το αμερικανικό ειρηνευτικό σχέδιο", "US 28-point draft"},
		{"американският мирен план", "US 28-point draft"},
		{"američki mirovni plan", "US 28-point draft"},
		{"planul de pace american", "US 28-point draft"},
	} {
		if got, _ := planFor(c.text); got != c.want {
			t.Errorf("planFor(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestGreekSpeechVerbSpelling checks speech verbs the lexicons lacked: the
// Greek "επεσήμανε" (the spelling with epsilon of "επισήμανε", both in
// use, morphology.json sayVerbs).
func TestGreekSpeechVerbSpelling(t *testing.T) {
	head := func(lang string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" }
	checkStatements(t, []statementCase{
		{"el επεσήμανε ότι", head("el") + "Ο Γιώργος Νικολάου επεσήμανε ότι το σχέδιο είναι απαράδεκτο.", "Γιώργος Νικολάου", "το σχέδιο είναι απαράδεκτο"},
		{"el quotation, επεσήμανε", head("el") + "«Το σχέδιο είναι απαράδεκτο», επεσήμανε η Μαρία Παπαδοπούλου.", "Μαρία Παπαδοπούλου", "Το σχέδιο είναι απαράδεκτο"},
	})
}
