package corpus

import (
	"strings"
	"testing"
)

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

// TestSpeechVerbsMoreLanguages checks speech verbs the lexicons lacked,
// as data (morphology.json sayVerbs, grammar.json verbFinalSayPhrases):
// Greek present and plural forms and the spelling "επεσήμανε" beside
// "επισήμανε", Romanian present forms, Swedish, Dutch, Portuguese,
// Bulgarian and Croatian verbs of assuring, confirming and repeating, and
// Turkish verb-final "yineledi", "hatırlattı", "yazdı".
func TestSpeechVerbsMoreLanguages(t *testing.T) {
	head := func(lang string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" }
	checkStatements(t, []statementCase{
		{"el επεσήμανε ότι", head("el") + "Ο Γιώργος Νικολάου επεσήμανε ότι το σχέδιο είναι απαράδεκτο.", "Γιώργος Νικολάου", "το σχέδιο είναι απαράδεκτο"},
		{"el quotation, επεσήμανε", head("el") + "«Το σχέδιο είναι απαράδεκτο», επεσήμανε η Μαρία Παπαδοπούλου.", "Μαρία Παπαδοπούλου", "Το σχέδιο είναι απαράδεκτο"},
		{"el υποστηρίζει, present", head("el") + "Ο Γιώργος Νικολάου υποστηρίζει ότι το σχέδιο είναι απαράδεκτο.", "Γιώργος Νικολάου", "το σχέδιο είναι απαράδεκτο"},
		{"el επιβεβαίωσε", head("el") + "Ο Γιώργος Νικολάου επιβεβαίωσε ότι οι συνομιλίες θα συνεχιστούν.", "Γιώργος Νικολάου", "οι συνομιλίες θα συνεχιστούν"},
		{"ro subliniază, present", head("ro") + "Andrei Ionescu subliniază că planul nu poate fi acceptat.", "Andrei Ionescu", "planul nu poate fi acceptat"},
		{"sv försäkrade", head("sv") + "Erik Holm försäkrade att planen inte kan godtas.", "Erik Holm", "planen inte kan godtas"},
		{"nl verzekerde", head("nl") + "Pieter Smit verzekerde dat het plan onaanvaardbaar is.", "Pieter Smit", "het plan onaanvaardbaar is"},
		{"pt vincou", head("pt") + "João Ferreira vincou que o plano é inaceitável.", "João Ferreira", "o plano é inaceitável"},
		{"bg напомни", head("bg") + "Иван Петров напомни, че планът е неприемлив.", "Иван Петров", "планът е неприемлив"},
		{"hr uvjeravao je", head("hr") + "Marko Horvat uvjeravao je da je plan prihvatljiv.", "Marko Horvat", "je plan prihvatljiv"},
		{"tr yineledi, verb last", head("tr") + "Mehmet Yılmaz, planın kabul edilemez olduğunu yineledi.", "Mehmet Yılmaz", "planın kabul edilemez"},
		{"tr hatırlattı, verb last", head("tr") + "Mehmet Yılmaz, müzakerelerin ocakta süreceğini hatırlattı.", "Mehmet Yılmaz", "müzakerelerin ocakta"},
	})
}

// TestTurkishTitles checks Turkish titles before a name the role lists
// lacked ("Büyükelçi", "Sözcü", "Başdanışmanı", morphology.json
// roleWords): the title is the role, not the first word of the name.
func TestTurkishTitles(t *testing.T) {
	tr := "---\ntitle: t\nlang: tr\n---\n\n"
	for _, c := range []struct{ body, speaker, role string }{
		{"Büyükelçi Mehmet Yılmaz, planın kabul edilemez olduğunu söyledi.", "Mehmet Yılmaz", "Büyükelçi"},
		{"Hükümet Sözcü Yardımcısı Ayşe Demir, planın kabul edilemez olduğunu söyledi.", "Ayşe Demir", "Sözcü"},
		{"Cumhurbaşkanı Başdanışmanı Ayşe Demir, planın kabul edilemez olduğunu söyledi.", "Ayşe Demir", "Başdanışmanı"},
	} {
		ss := statementsOf(t, tr+c.body)
		if len(ss) != 1 || ss[0].Speaker != c.speaker || !strings.Contains(ss[0].Role, c.role) {
			t.Errorf("%q: got %+v, want %s with role %q", c.body, ss, c.speaker, c.role)
		}
	}
}
