package corpus

import "testing"

// TestRelativeSpeechAfterGap: a time or place phrase between the relative
// pronoun and its speech verb (relspeech_gap.go), in German, English and
// Italian. Each fails without relativeGapVerb.
func TestRelativeSpeechAfterGap(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"de der in X erklärt hatte", doc("de", "Die Redner zitierten Ministerin Anke Wollrath, die in Brüssel erklärt hatte, ein Abkommen müsse die Grenzen achten."), "Wollrath", "ein Abkommen müsse die Grenzen achten"},
		{"en who on Sunday said", doc("en", "The panel cited Senator Ann Reyes, who on Sunday said the deal would need the Senate."), "Reyes", "the deal would need the Senate"},
		{"it che nel pomeriggio ha detto", doc("it", "Il giornale cita il ministro Carlo Benvenuti, che nel pomeriggio ha detto che la tregua è vicina."), "Benvenuti", "la tregua è vicina"},
	})
}

// TestDayBeforeMonthNoSentenceEnd: "am 2. Dezember" does not end a
// sentence, in any language that writes the day so (daymonth_split.go);
// a number closing a sentence before another word still does.
func TestDayBeforeMonthNoSentenceEnd(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"de day then month", "Sie habe am 2. Dezember gesagt, der Text sei alt.", 1},
		{"de day then month after vom", "Der Entwurf vom 23. November übernehme die Nummern, sagte er.", 1},
		{"en number then sentence", "The army would have 600,000 troops, down from 880,000. Kyiv said no.", 2},
		{"de year then sentence", "Das war im Jahr 12. Danach kam der Plan.", 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := sentences(c.text); len(got) != c.want {
				t.Errorf("got %d sentences %q, want %d", len(got), got, c.want)
			}
		})
	}
}
