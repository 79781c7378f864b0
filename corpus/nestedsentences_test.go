package corpus

import (
	"slices"
	"testing"
)

// TestInnerSentenceSpeech checks that a later sentence of a long statement
// that passes on what a named person said gives that person a statement
// too, the outer one kept, and that a sentence with no named subject, a
// belief verb or a preposition first gives none.
func TestInnerSentenceSpeech(t *testing.T) {
	for _, tc := range []struct {
		name, lang, body string
		want             []string // "speaker / text" of the inner statements
		not              string   // a speaker that must not be read
	}{
		{"it answer relays Peskov", "it",
			"Ludovica Serra, ex ambasciatrice, ha detto del piano di pace: «I tempi saranno lunghi. Dmitrij Peskov ha detto che Mosca sta ancora analizzando il documento. Non mi aspetto una risposta prima di gennaio.»",
			[]string{"Dmitry Peskov / Mosca sta ancora analizzando il documento"}, ""},
		{"en quote relays Umerov", "en",
			"Anna Berg, a former diplomat, said of the peace plan: \"The talks will be long. Rustem Umerov said that most points had been agreed. I am not so sure.\"",
			[]string{"Rustem Umerov / most points had been agreed"}, ""},
		{"ru answer relays Ushakov", "ru",
			"Политолог Игорь Краснов сказал о мирном плане: «Переговоры будут долгими. Юрий Ушаков заявил, что компромисс по территориям пока не найден. Я не жду быстрого решения.»",
			[]string{"Yuri Ushakov / компромисс по территориям пока не найден"}, ""},
		{"no named subject", "en",
			"Anna Berg, a former diplomat, said of the peace plan: \"The talks will be long. Some people said that most points had been agreed. I am not so sure.\"",
			nil, ""},
		{"da preposition opens the sentence", "da",
			"Forskeren Anne Holm sagde om fredsplanen: \"Forhandlingerne bliver lange. Om NATO-medlemskab siger teksten, at det afhænger af medlemslandene. Jeg tvivler.\"",
			nil, "Om NATO-medlemskab"},
		{"belief verb stays the outer speaker's", "fr",
			"L'ancien diplomate Pierre Martin a déclaré à propos du plan de paix : « Les négociations seront longues. Emmanuel Macron croit que les garanties suffiront. Je n'en suis pas sûr. »",
			nil, "Emmanuel Macron"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			outer := 0
			for _, s := range statementsOf(t, "---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n") {
				if tc.not != "" && s.Speaker == tc.not {
					t.Fatalf("read %q as a speaker: %q", tc.not, s.Text)
				}
				if len(s.Text) > 80 {
					outer++ // the answer itself, kept whole
					continue
				}
				got = append(got, s.Speaker+" / "+s.Text)
			}
			if outer != 1 || !slices.Equal(got, tc.want) {
				t.Fatalf("outer %d, inner %q, want 1 and %q", outer, got, tc.want)
			}
		})
	}
}
