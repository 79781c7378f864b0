package index

import (
	"slices"
	"testing"
)

// TestWrappedSentence: a hard-wrapped text read one line a passage splits
// a sentence's subject from its predicate (set ZO: a Russian dictation
// transcript, a French book of abstracts, a Spanish motion; the same shape
// in sets Z, ZF, ZH, ZI and ZK). The continuation line is found by the
// words of the sentence start it continues; in en, de, fr and ru. Each
// first line holds more of the query's words than its continuation, so
// without the carried words the first line ranks first. Negatives: a line
// that ends its sentence carries nothing to a lower-case line after it,
// and field labels or table rows never continue a sentence.
func TestWrappedSentence(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\n---\n\nThe harbour committee said that after Geneva the list\n\nwas trimmed to about nineteen points, the sharpest left aside.\n\nThe ferry board met in Lisbon.\n\ntrimmed hedges line the quay of the old town.\n",
		"---\nlang: de\n---\n\nDer Hafenausschuss teilte mit, dass die Liste nach Genf\n\nauf etwa neunzehn Punkte gekürzt wurde.\n",
		"---\nlang: fr\n---\n\nSelon le comité portuaire, Washington proposait des garanties de sécurité pour\n\nquinze ans, tandis que Kyiv souhaitait cinquante ans.\n",
		"---\nlang: ru\n---\n\nПортовая комиссия сообщила, что после Женевы список\n\nсократился примерно до девятнадцати, а острые вопросы оставлены.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"harbour committee geneva list trimmed", "was trimmed"},
		{"hafenausschuss liste genf gekürzt", "gekürzt"},
		{"comité washington garanties quinze", "quinze ans"},
		{"комиссия женевы список сократился", "сократился"},
		// Negative: "… met in Lisbon." ends its sentence.
		{"ferry board lisbon trimmed", "ferry board"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
	for _, c := range []struct {
		prev, next string
		want       bool
	}{
		{"after Geneva the list", "was trimmed to nineteen", true},
		{"des garanties de sécurité pour", "quinze ans, tandis que", true},
		{"что после Женевы список", "сократился примерно до", true},
		{"La primera ronda no produjo comunicado", "conjunto. La delegación", true},
		{"the talks were held in Geneva,", "which both sides praised", true},
		{"The ferry board met in Lisbon.", "trimmed hedges line the quay", false},
		{"Date: Mon Nov 24 18:27:05 2025 +0000", "points: collapse 28 -> 19", false},
		{"changes in 1.2: row 0433 topic fixed", "id,date,speaker,role", false},
		{"Quinze ans ou cinquante ans ?", "Selon les comptes rendus", false},
		{"Reported by our correspondent", "Washington said", false},
		{"the list was trimmed:", "nineteen points remain", false},
	} {
		if got := continuesSentence(c.prev, c.next); got != c.want {
			t.Errorf("continuesSentence(%q, %q) = %v, want %v", c.prev, c.next, got, c.want)
		}
	}
	ctx := wrappedContext(map[int]string{0: "Title line.", 1: "It says that after Geneva the list", 2: "was trimmed. Then", 3: "more followed"})
	if !slices.Equal(ctx[2], []string{"It says that after Geneva the list"}) || !slices.Equal(ctx[3], []string{"Then"}) || ctx[1] != nil || ctx[0] != nil {
		t.Errorf("wrappedContext: %v", ctx)
	}
}
