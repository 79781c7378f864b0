package corpus

import (
	"strings"
	"testing"
)

// TestRelayAsideSpeaker: a public figure's words relayed by a meeting
// participant or a presenter, the relay named in an aside between the
// figure and their own speech verb ("Трамп, мовляв, заявив, що …", "А
// Путін, за її словами, пообіцяв …", "Trump, segundo as agências, disse
// …"), are the figure's, not the relaying person's (sets ZV, ZW, ZX).
func TestRelayAsideSpeaker(t *testing.T) {
	tests := []struct{ lang, text, speaker, said string }{
		{"uk", "Андрій Ткачук розповів про Маямі. Трамп, мовляв, заявив, що угода близька як ніколи.", "Donald Trump", "угода близька як ніколи"},
		{"uk", "Світлана Миколаївна зачитала новини. Путін, за її словами, пообіцяв досягти цілей або дипломатією, або силою.", "Vladimir Putin", "пообіцяв досягти цілей"},
		{"uk", "Оксана Мельничук виступила. Зеленський, за її словами, сказав, що Україна готова до важких рішень.", "Volodymyr Zelensky", "Україна готова до важких рішень"},
		{"ru", "Иван Петров выступил на собрании. Песков же, как рассказал Иван Петров, сказал, что Москва изучает материалы.", "Dmitry Peskov", "Москва изучает материалы"},
		{"ru", "Иван Петров выступил на собрании. Песков, по его словам, заявил, что Москва изучает материалы.", "Dmitry Peskov", "Москва изучает материалы"},
		{"pt", "O locutor leu as notícias. Trump, segundo as agências, disse ter ficado «muito zangado» quando Putin lhe contou o caso.", "Donald Trump", "«muito zangado»"},
		{"it", "Marco Bianchi è intervenuto. Meloni, secondo lui, ha detto che l'Italia non invierà soldati.", "Giorgia Meloni", "l'Italia non invierà soldati"},
		{"es", "Ana Ruiz habló después. Zelenski, según ella, dijo que Ucrania no cederá territorio.", "Volodymyr Zelensky", "Ucrania no cederá territorio"},
		{"de", "Frau Weber sprach als Nächste. Selenskyj, laut ihr, sagte, die Lage sei schwierig.", "Volodymyr Zelensky", "die Lage sei schwierig"},
		{"fr", "Jean-Pierre Roux a pris la parole. Zelensky, selon lui, a déclaré que l'Ukraine ne cédera pas.", "Volodymyr Zelensky", "l'Ukraine ne cédera pas"},
		{"en", "Oleh spoke next. Ushakov, he said, had insisted that without a solution on territory there would be no settlement.", "Yuri Ushakov", "without a solution on territory"},
		{"en", "Oleh spoke next. Giorgia Meloni, according to him, said that Italy would not send troops.", "Giorgia Meloni", "Italy would not send troops"},
	}
	for _, tc := range tests {
		checkStatementContains(t, tc.lang, tc.text, tc.speaker, tc.said)
	}
}

// TestRelayAsideKeepsOwnView: an aside not followed by a speech verb is
// the relaying speaker's own account of a country or a text ("Ukraine, he
// said, would not recognise …"): it stays theirs, and no one named before
// the aside is given the words.
func TestRelayAsideKeepsOwnView(t *testing.T) {
	tests := []struct{ lang, text, notSpeaker string }{
		{"en", "Mark Rutte spoke in Brussels. Ukraine, he said, would not recognise any part of the Donbas as Russian.", "Ukraine"},
		{"uk", "Оксана Мельничук виступила. Україна, за її словами, не визнає окупацію.", "Україна"},
		{"es", "Ana Ruiz habló después. Moscú, según ella, quiere ganar tiempo.", "Moscú"},
		{"fr", "Jean-Pierre Roux a pris la parole. Selon lui, Zelensky a déclaré que l'Ukraine ne cédera pas.", ""},
	}
	for _, tc := range tests {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.text)
		for _, s := range d.Statements {
			if tc.notSpeaker != "" && strings.Contains(s.Speaker, tc.notSpeaker) {
				t.Errorf("%s: %q given to %s: %s", tc.lang, tc.text, s.Speaker, s.Text)
			}
		}
	}
	x := newExtractor(lexiconData(), Source{Lang: "en"}, nil)
	for _, s := range []string{
		"Ukraine, he said, would not recognise any part of the Donbas as Russian.",
		"Moreover, according to him, the text is shorter.",
		"The two sides, he said, had agreed to keep the substance of the talks out of the press.",
		"Selon lui, Zelensky a déclaré que l'Ukraine ne cédera pas.",
	} {
		if got := x.withoutRelayAside(s); got != s {
			t.Errorf("withoutRelayAside(%q) = %q, want it unchanged", s, got)
		}
	}
}
