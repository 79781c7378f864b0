package corpus

import (
	"strings"
	"testing"
)

// TestClauseOpenedName: a question word, a conjunction, a negation or a
// preposition of place or topic opening a speaker's name is a clause's
// capitals, not a person (sets M, ZC, ZH, ZL, ZQ, ZV, ZZA), in the
// document's language only. Negatives: a given name that is also such a
// word ("Per"), a known person, a lone word, the same word in another
// language, and a preposition that means "according to".
func TestClauseOpenedName(t *testing.T) {
	for _, tc := range []struct {
		lang, name string
		want       bool
	}{
		{"en", "Why I", true},
		{"en", "What Brussels", true},
		{"en", "No Comment", true},
		{"sk", "Kým druhá strana", true},
		{"es", "Desde Bruselas", true},
		{"da", "Om EU-medlemskab", true},
		{"sv", "Om Nato", true},
		{"de", "Nach Artikel", true},
		{"fr", "Depuis Genève", true},
		{"pl", "Kiedy Waszyngton", true},
		{"ru", "Когда Москва", true},
		{"de", "Als Beispiel", true},   // "Als Beispiel nannte er …" (ZZL)
		{"de", "Im Anschluss", true},   // "Im Anschluss dankte …" (ZZG)
		{"de", "Wer Kramatorsk", true}, // "Wer Kramatorsk räumt, räumt …" (ZZE)
		// negatives
		{"sv", "Per Lindqvist", false},           // a given name
		{"en", "Why", false},                     // a lone word
		{"en", "Volodymyr Zelensky", false},      // a known person
		{"fr", "Pour Mme Ménard", false},         // "according to" is left out
		{"de", "Laut Regierungssprecher", false}, // the same
		{"it", "Om Prakash", false},              // "om" is Scandinavian only
		{"en", "Desde Madrid", false},            // Spanish only
		{"pt", "Nora Quintela", false},
	} {
		x := &extractor{lx: lexiconData(), src: Source{Lang: tc.lang}}
		if got := x.clauseOpenedName(tc.name); got != tc.want {
			t.Errorf("%s clauseOpenedName(%q) = %v, want %v", tc.lang, tc.name, got, tc.want)
		}
	}
}

// TestClauseOpenedDropped: a whole document, where the clause's capitals
// were read as a speaker; the named speakers beside it keep their words,
// including one named after "according to" and a one-word name.
func TestClauseOpenedDropped(t *testing.T) {
	for _, tc := range []struct {
		lang, text, keep, keepText string
	}{
		{"en", "According to Ingrid Halvorsen, Moscow has not received the text.\n\nWhy I keep writing about the peace plan is simple, said the author: \"Nobody has read it twice.\"", "Ingrid Halvorsen", "Moscow has not received the text"},
		{"en", "Ingrid Halvorsen, a researcher, studies the talks. Halvorsen said the text had not arrived.\n\nWhy I read the text twice is simple, said the author.", "Ingrid Halvorsen", "the text had not arrived"},
		{"es", "La ministra Lucía Ferrán dijo que el texto «no está cerrado». Desde Bruselas, los negociadores dijeron que nada cambiaría.", "Lucía Ferrán", "no está cerrado"},
	} {
		d := parseProbe(t, tc.lang, "2026-01-12", tc.text)
		kept := false
		for _, s := range d.Statements {
			if strings.HasPrefix(s.Speaker, "Why ") || strings.HasPrefix(s.Speaker, "Desde ") {
				t.Errorf("%s: %q kept speaker %q", tc.lang, tc.text, s.Speaker)
			}
			kept = kept || s.Speaker == tc.keep && strings.Contains(s.Text, tc.keepText)
		}
		if !kept {
			t.Errorf("%s: %q lost %s: %q", tc.lang, tc.text, tc.keep, statementLines(d.Statements))
		}
	}
}
