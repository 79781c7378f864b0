package corpus

import (
	"strings"
	"testing"
)

// TestFrontedWordsSubject: a German sentence opening with a fronted
// phrase ("Den Anfang machte ein Landwirt …, Henning Zscheile-Obi") introduced the
// phrase as a person, since German capitalises its noun, and a later
// quotation's pronoun went to it (set ZZL; stop 68, zfreshfp3). With
// frontedWords the phrase is no person, and the quotation goes to the
// person the paragraph named. Each positive fails with the rule off
// (noOpenerSubject). Negatives: a name after such a phrase still speaks,
// the same words mid-sentence or in another language are untouched, and
// a real subject opening the sentence keeps its words.
func TestFrontedWordsSubject(t *testing.T) {
	type fcase struct {
		name, lang, text string
		bad              string // a speaker that must not appear
		want, wantText   string // a speaker that must give wantText ("" for none)
	}
	cases := []fcase{
		{name: "den anfang", lang: "de",
			text: "Den Anfang machte ein Landwirt aus dem Nachbardorf, Henning Zscheile-Obi. Er wollte wissen, warum Europa sich einmische.\n\nGabriele Wunderlich-Tanaka, Vorsitzende des örtlichen Heimatvereins, erinnerte an die Flüchtlinge im Ort. In Wehrsdorf lebten derzeit 23 Menschen aus der Ukraine. „Die fragen mich jeden Tag, ob sie im Frühjahr nach Hause können. Ich weiß es nicht“, sagte sie.",
			bad:  "Den Anfang", want: "Gabriele Wunderlich-Tanaka", wantText: "Die fragen mich jeden Tag"},
	}
	negatives := []fcase{
		{name: "name after the phrase", lang: "de",
			text: "Am Dienstag sagte Bundeskanzler Friedrich Merz, die Ukraine dürfe nicht zur Kapitulation gezwungen werden.",
			want: "Friedrich Merz", wantText: "nicht zur Kapitulation"},
		{name: "subject opens the sentence", lang: "de",
			text: "Henrike Baumeister-Oduya sagte, der europäische Gegenvorschlag setze die Obergrenze bei 800.000 Soldaten an.",
			want: "Henrike Baumeister-Oduya", wantText: "800.000 Soldaten"},
		{name: "english Im is a name", lang: "en",
			text: "Im Jong-seok said the talks had \"moved further than anyone expected\".",
			want: "Im Jong-seok", wantText: "moved further"},
	}
	check := func(t *testing.T, c fcase, off bool) bool {
		d := parseCaseWith(t, probeDocOn(c.lang, "2026-01-12", c.text), ParseOptions{noOpenerSubject: off})
		ok := c.want == ""
		for _, s := range d.Statements {
			if c.bad != "" && strings.Contains(s.Speaker, c.bad) {
				return false
			}
			if c.want != "" && s.Speaker == c.want && strings.Contains(s.Text, c.wantText) {
				ok = true
			}
		}
		return ok
	}
	for _, c := range cases {
		if !check(t, c, false) {
			t.Errorf("%s: fronted phrase read as a speaker, or %q lost %q", c.name, c.want, c.wantText)
		}
		if check(t, c, true) {
			t.Errorf("%s: holds with noOpenerSubject too: the probe does not test the rule", c.name)
		}
	}
	for _, c := range negatives {
		if !check(t, c, false) {
			t.Errorf("negative %s: %q lost %q", c.name, c.want, c.wantText)
		}
	}
}
