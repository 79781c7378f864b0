package corpus

import (
	"strings"
	"testing"
)

// TestSentenceCues checks that a sentence's word classes are read from
// its shared look: a sentence without a word of a class lacks it, one
// with such a word in any case form does not, in several languages. A
// rule asks lacks only to skip itself, so a wrong "lacks" loses records
// (TestGatesKeepOutput) and a missing one only costs time; both are
// checked here.
func TestSentenceCues(t *testing.T) {
	cases := []struct {
		lang, s string
		need    cueSet
		lacks   bool
	}{
		{"en", "The talks in Geneva lasted four hours on Sunday.", cueReport | cueHyphen, true},
		{"en", "The talks will go on, Marta Quill said on Sunday.", cueReport, false},
		{"de", "Die Gespräche in Genf dauerten vier Stunden.", cueReport | cueHyphen, true},
		{"de", "Die Gespräche gehen weiter, sagte Jonas Brenner.", cueReport, false},
		{"fr", "Le texte, analyse-t-elle, reste flou.", cueHyphen, false},
		{"fr", "Les négociations ont duré quatre heures à Genève.", cueReport | cueHyphen, true},
		{"ru", "Переговоры в Женеве продолжались четыре часа.", cueReport, true},
		{"ru", "Переговоры продолжатся, ЗАЯВИЛ Павел Громов.", cueReport, false}, // a capital beyond ASCII
		{"pl", "Rozmowy w Genewie trwały cztery godziny.", cueReport, true},
		{"es", "El ministro publicó en X que el plan sigue abierto.", cuePostVerb, false},
		{"es", "El ministro viajó a Ginebra el domingo.", cuePostVerb, true},
		{"hu", "Kovács Anna szerint a terv jó alap.", cuePostposition, false},
		{"hu", "A tárgyalások Genfben négy órán át tartottak.", cuePostposition, true},
		{"en", "The footage shows Marta Quill saying the talks will go on.", cueParticiple, false},
		{"en", "The footage shows Marta Quill, who said the talks will go on.", cueParticiple, true},
		{"it", "Il video mostra Marta Quill aggiungendo che i colloqui continuano.", cueParticiple, false},
		{"it", "Il video mostra Marta Quill, che ha detto che i colloqui continuano.", cueParticiple, true},
	}
	for _, c := range cases {
		x := &extractor{lx: lexiconData(), src: Source{Lang: c.lang}}
		if x.lacks(c.s, c.need) {
			t.Errorf("%q: lacks answered before the sentence's look was read", c.s)
		}
		x.lookToks(c.s)
		if got := x.lacks(c.s, c.need); got != c.lacks {
			t.Errorf("%s %q: lacks(%b) = %v, want %v", c.lang, c.s, c.need, got, c.lacks)
		}
		if x.lacks(c.s+" ", c.need) {
			t.Errorf("%q: lacks answered for a sentence other than the look's", c.s)
		}
		gatesOff = true
		off := x.lacks(c.s, c.need)
		gatesOff = false
		if off {
			t.Errorf("%q: lacks answered with the gates off", c.s)
		}
	}
}

// TestCueTableHoldsItsLists checks that every word of the lists a class
// is derived from has that class: a word left out would skip a rule that
// reads it.
func TestCueTableHoldsItsLists(t *testing.T) {
	tab := cueTableData()
	check := func(c cueSet, name string, words []string) {
		for _, w := range words {
			if !tab.filter.has(wordKey(w)) || tab.classes[w]&c == 0 {
				t.Errorf("%s word %q lacks its class", name, w)
			}
		}
	}
	var report []string
	for w := range reportVerbBase() {
		report = append(report, w)
	}
	for _, m := range reportVerbExtra() {
		for w := range m {
			report = append(report, w)
		}
	}
	check(cueReport, "report verb", report)
	var post, postp []string
	for w := range postVerbs() {
		post = append(post, w)
	}
	for w := range postAccordingWords().postpositions {
		postp = append(postp, w)
	}
	check(cuePostVerb, "post verb", post)
	check(cuePostposition, "postposition", postp)
	var parts []string
	for w := range lexiconData().participles {
		parts = append(parts, w)
	}
	check(cueParticiple, "participle", parts)
}

// TestLacksIn checks the clause form of lacks: a clause cut from the look's
// sentence at spaces is answered for from the sentence's classes; a clause
// cut inside a word, or text that is not the sentence's own bytes, is not.
func TestLacksIn(t *testing.T) {
	s := "Il rappelle que le texte est prêt, selon le président Macron."
	plain := "Le ministre rappelle «que le texte est prêt» et que les garanties suivront."
	x := &extractor{lx: lexiconData(), src: Source{Lang: "fr"}}
	x.lookToks(s)
	if x.lacksIn(s[strings.Index(s, "le texte"):], cueRelayAccording) {
		t.Errorf("a clause with «selon» lacks its cue")
	}
	x.lookToks(plain)
	cases := []struct {
		text  string
		lacks bool
	}{
		{plain[strings.Index(plain, "le texte"):], true}, // a clause cut at a space
		{plain, true}, // the whole sentence
		{plain[strings.Index(plain, "exte"):], false},                    // cut inside a word
		{plain[:strings.Index(plain, " prêt")-1], false},                 // cut inside a word at its end
		{strings.Clone(plain[strings.Index(plain, "le texte"):]), false}, // the same words, other bytes
		{"", false},
	}
	for _, c := range cases {
		if got := x.lacksIn(c.text, cueRelayAccording); got != c.lacks {
			t.Errorf("lacksIn(%q) = %v, want %v", c.text, got, c.lacks)
		}
	}
}

// TestRelayCueKeyWord checks the word each relayAccordingCues phrase is
// looked for by: the longest, lower-cased, and in the cue table.
func TestRelayCueKeyWord(t *testing.T) {
	cases := []struct {
		p    []string
		want string
	}{
		{[]string{"according", "to"}, "according"},
		{[]string{"en", "palabras", "de"}, "palabras"},
		{[]string{"Nach", "Angaben", "von"}, "angaben"},
	}
	for _, c := range cases {
		if got := relayCueKeyWord(c.p); got != c.want {
			t.Errorf("relayCueKeyWord(%q) = %q, want %q", c.p, got, c.want)
		}
	}
	tab := cueTableData()
	for _, p := range relayAccordingCues {
		if w := relayCueKeyWord(p); tab.classes[w]&cueRelayAccording == 0 {
			t.Errorf("%q: key word %q lacks its class", p, w)
		}
	}
	for w := range lexiconData().according {
		if tab.classes[w]&cueRelayAccording == 0 {
			t.Errorf("according word %q lacks its class", w)
		}
	}
}
