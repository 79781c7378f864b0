package corpus

import (
	"strings"
	"testing"
)

// TestCoordinatedThatClauses: a reported-speech sentence whose second
// that-clause is set off by a comma and a conjunction ("said A, and that
// B", "a déclaré que A, et que B", "powiedział, że A, i że B") gives a
// statement per clause, the speaker shared, in every language that writes
// it; without the comma, with an English pronoun "that", or inside a
// quotation it stays one statement. The continuation sentences ("He also
// said …", "Dodał, że …", "Er fügte hinzu, …") stay the last speaker's.
func TestCoordinatedThatClauses(t *testing.T) {
	tests := []struct {
		lang, text, speaker string
		want                []string
	}{
		{"en", "Merz said there was now a real chance of a peace process, and that the guarantees the Americans had put forward were remarkable.", "Friedrich Merz",
			[]string{"there was now a real chance of a peace process", "the guarantees the Americans had put forward were remarkable"}},
		{"fr", "Emmanuel Macron a déclaré que la coalition était prête, et que les garanties devaient être juridiquement contraignantes.", "Emmanuel Macron",
			[]string{"la coalition était prête", "les garanties devaient être juridiquement contraignantes"}},
		{"it", "Giorgia Meloni ha detto che l'Italia sostiene ogni sforzo, e che le garanzie di sicurezza sono decisive.", "Giorgia Meloni",
			[]string{"l'Italia sostiene ogni sforzo", "le garanzie di sicurezza sono decisive"}},
		{"es", "Pedro Sánchez dijo que España apoya a Kiev, y que la paz debe ser justa.", "Pedro Sánchez",
			[]string{"España apoya a Kiev", "la paz debe ser justa"}},
		{"de", "Merz sagte, es gebe eine echte Chance, und dass die Garantien bemerkenswert seien.", "Friedrich Merz",
			[]string{"es gebe eine echte Chance", "die Garantien bemerkenswert seien"}},
		{"ru", "Дмитрий Песков заявил, что Россия открыта к переговорам, и что Кремль ждет ответа из Вашингтона.", "Dmitry Peskov",
			[]string{"Россия открыта к переговорам", "Кремль ждет ответа из Вашингтона"}},
		{"uk", "Володимир Зеленський заявив, що Україна готова до миру, і що гарантії мають бути юридично обов'язковими.", "Volodymyr Zelensky",
			[]string{"Україна готова до миру", "гарантії мають бути юридично обов'язковими"}},
		{"pl", "Dmitrij Pieskow powiedział, że atak miał na celu storpedowanie procesu pokojowego, i że Rosja zaostrzy swoje stanowisko.", "Dmitry Peskov",
			[]string{"atak miał na celu storpedowanie procesu pokojowego", "Rosja zaostrzy swoje stanowisko"}},
		// without the comma the writers quote both clauses as one
		{"en", "Merz said there was a real chance of peace and that the guarantees were remarkable.", "Friedrich Merz",
			[]string{"there was a real chance of peace and that the guarantees were remarkable"}},
		// "that" as a pronoun
		{"en", "Merz said the Europeans were in the room now, and that changes the arithmetic.", "Friedrich Merz",
			[]string{"the Europeans were in the room now, and that changes the arithmetic"}},
		// continuations: the last speaker's
		{"en", "Peskov said Russia's position was well known. He also said it would be wrong to expect quick results.", "Dmitry Peskov",
			[]string{"Russia's position was well known", "it would be wrong to expect quick results"}},
		{"de", "Kremlsprecher Dmitri Peskow sagte, Moskau sei nicht unterrichtet worden. Er fügte hinzu, man warte auf den Text.", "Dmitry Peskov",
			[]string{"Moskau sei nicht unterrichtet worden", "man warte auf den Text"}},
		{"de", "Merz sagte, die Gespräche seien nützlich. Er sagte außerdem, Deutschland helfe weiter.", "Friedrich Merz",
			[]string{"die Gespräche seien nützlich", "Deutschland helfe weiter"}},
		{"de", "Von der Leyen sagte, Europa stehe an der Seite der Ukraine. Sie sagte weiter, die EU werde nicht zulassen, dass sich Gewalt als Mittel der Politik etabliere.", "Ursula von der Leyen",
			[]string{"Europa stehe an der Seite der Ukraine", "die EU werde nicht zulassen, dass sich Gewalt als Mittel der Politik etabliere"}},
		{"fr", "Dmitri Peskov a déclaré que Moscou n'avait rien reçu. Il a également affirmé que la Russie attendait le texte.", "Dmitry Peskov",
			[]string{"Moscou n'avait rien reçu", "la Russie attendait le texte"}},
		{"it", "Dmitri Peskov ha detto che Mosca non ha ricevuto nulla. Aggiunse che la Russia attende il testo.", "Dmitry Peskov",
			[]string{"Mosca non ha ricevuto nulla", "la Russia attende il testo"}},
		{"es", "Dmitri Peskov dijo que Moscú no ha recibido nada. Añadió que Rusia espera el texto.", "Dmitry Peskov",
			[]string{"Moscú no ha recibido nada", "Rusia espera el texto"}},
		{"ru", "Дмитрий Песков заявил, что Москва ничего не получала. Он также заявил, что Россия ждет текста.", "Dmitry Peskov",
			[]string{"Москва ничего не получала", "Россия ждет текста"}},
		{"uk", "Кая Каллас заявила, що Європа має бути за столом. Вона додала, що тиск має бути на Росію.", "Kaja Kallas",
			[]string{"Європа має бути за столом", "тиск має бути на Росію"}},
		{"pl", "Rzecznik Kremla Dmitrij Pieskow powiedział, że atak miał na celu storpedowanie procesu pokojowego. Dodał, że Rosja zaostrzy swoje stanowisko w rozmowach, ale nie zamierza z nich wychodzić.", "Dmitry Peskov",
			[]string{"atak miał na celu storpedowanie procesu pokojowego", "Rosja zaostrzy swoje stanowisko w rozmowach, ale nie zamierza z nich wychodzić"}},
	}
	for _, tc := range tests {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.text)
		var got []string
		ok := len(d.Statements) == len(tc.want)
		for i, s := range d.Statements {
			got = append(got, s.Speaker+": "+s.Text)
			if ok && (s.Speaker != tc.speaker || strings.TrimRight(s.Text, ".") != tc.want[i]) {
				ok = false
			}
		}
		if !ok {
			t.Errorf("%s: %q\n got %q\nwant %s: %q", tc.lang, tc.text, got, tc.speaker, tc.want)
		}
	}
}

// TestUpdateStampIsNoLabel: a live page's update stamp ("**AKTUALIZACJA,
// godz. 18:40 (30.12)** – …", "**UPDATE, 18.40** – …") repeated over
// paragraphs is no record label: the abbreviation before the clock time
// ends no label, and each paragraph's speaker and continuation are read.
func TestUpdateStampIsNoLabel(t *testing.T) {
	doc := "---\ntitle: T\nlang: pl\npublished: 2025-12-30\n---\n\n" +
		"**AKTUALIZACJA, godz. 18:40 (30.12)** – Rzecznik Kremla Dmitrij Pieskow powiedział, że atak miał na celu storpedowanie procesu pokojowego. Dodał, że Rosja zaostrzy swoje stanowisko w rozmowach.\n\n" +
		"**AKTUALIZACJA, godz. 13:15 (30.12)** – Szefowa unijnej dyplomacji Kaja Kallas napisała, że rosyjskie twierdzenia to celowe odwracanie uwagi.\n\n" +
		"**AKTUALIZACJA, godz. 22:05 (29.12)** – Donald Trump powiedział dziennikarzom na Florydzie, że o ataku dowiedział się od samego Putina.\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "stamps.md"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Dmitry Peskov", "Dmitry Peskov", "Kaja Kallas", "Donald Trump"}
	var got []string
	for _, s := range d.Statements {
		got = append(got, s.Speaker)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("speakers %q, want %q", got, want)
	}
}
