package corpus

import "testing"

// TestPostNegation checks that an opinion whose negation follows the verb,
// as the verb-second languages place it, keeps the verb and the negation
// (postNegationAt, predicate.go): "tror inte att planen kommer att
// överleva" read from the that-word on said the opposite (sets K, ZG; the
// writers of U and ZY kept the verb and its negation too). Negatives: a
// question after the negation says nothing, "nicht nur" is no negation, a
// negation inside the clause or before the verb stays as it was, and an
// embedded "er glaube nicht, dass …" is already whole.
func TestPostNegation(t *testing.T) {
	checkSaidExactly(t, []saidCase{
		{"sv", "Anders Holmgren, tidigare ambassadör i Kyiv, tror inte att planen kommer att överleva i sin nuvarande form.", "Anders Holmgren", "tror inte att planen kommer att överleva i sin nuvarande form"},
		{"sv", "Anders Holmqvist, forskare vid Östersjöinstitutet, tror inte på en snabb uppgörelse.", "Anders Holmqvist", "tror inte på en snabb uppgörelse"},
		{"de", "Friedrich Merz glaubt nicht, dass der Plan in dieser Form überleben wird.", "Friedrich Merz", "glaubt nicht, dass der Plan in dieser Form überleben wird"},
		{"de", "Friedrich Merz glaubt aber nicht, dass der Plan in dieser Form überleben wird.", "Friedrich Merz", "glaubt aber nicht, dass der Plan in dieser Form überleben wird"},
		{"nl", "Mark Rutte denkt niet dat het plan zal overleven.", "Mark Rutte", "denkt niet dat het plan zal overleven"},
		{"no", "Jonas Gahr Støre tror ikke at planen vil overleve.", "Jonas Gahr Støre", "tror ikke at planen vil overleve"},
		{"da", "Mette Frederiksen tror ikke, at planen vil overleve.", "Mette Frederiksen", "tror ikke, at planen vil overleve"},
		// negatives
		{"de", "Friedrich Merz sagte nicht nur, dass der Plan schlecht sei, sondern auch, dass er scheitern werde.", "Friedrich Merz", "der Plan schlecht sei, sondern auch, dass er scheitern werde"},
		{"de", "Friedrich Merz glaubt, dass der Plan nicht überleben wird.", "Friedrich Merz", "der Plan nicht überleben wird"},
		{"de", "Friedrich Merz sagte, er glaube nicht, dass der Plan überlebe.", "Friedrich Merz", "er glaube nicht, dass der Plan überlebe"},
		{"sv", "Ulf Kristersson sa att planen inte skulle överleva.", "Ulf Kristersson", "planen inte skulle överleva"},
		{"it", "Giorgia Meloni ha detto che il piano non è finito.", "Giorgia Meloni", "il piano non è finito"},
	})
}

// TestPostNegationQuestion checks that a negation before a question word
// still says nothing ("Peskow sagte nicht, ob …"), and that a negation
// before the verb, as the other languages place it, still drops the
// statement.
func TestPostNegationQuestion(t *testing.T) {
	for _, tc := range []struct{ lang, body string }{
		{"de", "Peskow sagte nicht, ob der Plan überleben wird."},
		{"nl", "Mark Rutte zei niet of het plan zal overleven."},
		{"fr", "Emmanuel Macron ne pense pas que le plan survivra sous cette forme."},
		{"en", "Keir Starmer did not say that the plan would fail."},
	} {
		if got := statementsOf(t, "---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n"); len(got) != 0 {
			t.Errorf("%s: want nothing, got %+v", tc.body, got)
		}
	}
}

// saidCase is a one-sentence probe in a language: body must give a
// statement of speaker whose text is exactly text.
type saidCase struct{ lang, body, speaker, text string }

// checkSaidExactly parses each case's body under its language and wants a
// statement of the case's speaker with exactly its text: the check the
// post-negation and demonstrative-that probes share.
func checkSaidExactly(t *testing.T, cases []saidCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.body, func(t *testing.T) {
			got := statementsOf(t, "---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n")
			for _, s := range got {
				if s.Speaker == tc.speaker && s.Text == tc.text {
					return
				}
			}
			t.Fatalf("want %s / %q, got %+v", tc.speaker, tc.text, got)
		})
	}
}
