package corpus

import (
	"strings"
	"testing"
)

// TestRelayLabels reads invented relays "NAME circumstance: words" and
// "NAME circumstance – words" in eight languages: the words are the
// named person's, the first sentence as the label's and the sentences
// after it read as any others (a dropped subject is still theirs, another
// name speaks for itself). "Note:", "Update:", "Correction:", a place and
// a name with a particle are no circumstance.
func TestRelayLabels(t *testing.T) {
	for _, c := range []relayCase{
		{
			name: "english", lang: "en", frontMatter: true,
			body: "Rubio just now: the remaining points are few but delicate. Says the text will not go to Moscow before Thursday.\n\n" +
				"Starmer from Johannesburg: the draft is a basis but more work is needed.\n\n" +
				"Tusk this morning – wants to know who wrote the plan and where it was drafted.\n\n" +
				"Zelensky to Swedish MPs: Ukraine will not accept a frozen conflict on Russia's terms.\n\n" +
				"Note: the talks resume on Monday in Geneva with both delegations.\n\n" +
				"Update: the meeting was moved to the afternoon because of the weather.\n\n" +
				"Correction: an earlier version of this post misspelt the envoy's name.\n\n" +
				"Trump on Monday – after a weekend at his golf club – told reporters that the deadline could slip.\n",
			statements: [][2]string{
				{"Rubio", "the remaining points are few but delicate"},
				{"Rubio", "the text will not go to Moscow before Thursday"},
				{"Starmer", "the draft is a basis but more work is needed"},
				{"Tusk", "wants to know who wrote the plan"},
				{"Zelensky", "Ukraine will not accept a frozen conflict"},
			},
			notSpeakers: []string{"Note", "Update", "Correction"},
			notTexts:    []string{"talks resume on Monday", "moved to the afternoon", "misspelt", "golf club"},
		},
		{
			// ticks a few minutes apart have the pace of video captions
			// ("14:55" read as 14 min 55 s): records with labels are no
			// captions to join
			name: "english ticks", lang: "en", frontMatter: true,
			body: "14:55 Zelensky in Kyiv: we will not trade our land for a signature\n\n" +
				"15:10 Rubio just now – the remaining issues are not insurmountable and talks go on\n\n" +
				"15:20 Update: the Geneva meeting ended after seven hours\n\n" +
				"15:32 Peskov this afternoon: Moscow has still not seen the revised text. Adds that Witkoff is welcome in Moscow\n",
			statements: [][2]string{
				{"Zelensky", "we will not trade our land for a signature"},
				{"Rubio", "the remaining issues are not insurmountable"},
				{"Peskov", "Moscow has still not seen the revised text"},
				{"Peskov", "Witkoff is welcome in Moscow"},
			},
			notSpeakers: []string{"Update"},
			notTexts:    []string{"seven hours"},
		},
		{
			name: "comma circumstances and titles", lang: "en", frontMatter: true,
			body: "Rubio, just now: the remaining points are few but delicate.\n\n" +
				"Peskov, this morning in Moscow: the Kremlin has not seen the new text.\n\n" +
				"Kremlin aide Ushakov tonight: no compromise has been found on territory.\n",
			statements: [][2]string{
				{"Rubio", "the remaining points are few but delicate"},
				{"Peskov", "the Kremlin has not seen the new text"},
				{"Ushakov", "no compromise has been found on territory"},
			},
		},
		{
			// after a comma a clause may open with a preposition
			name: "portuguese clause after a comma", lang: "pt", frontMatter: true,
			body:        "A contraproposta limitaria o exército a 800 mil. Para Kiev, a diferença é enorme: o país tem hoje perto de 900 mil pessoas fardadas.\n",
			notSpeakers: []string{"Para Kiev", "Kyiv"},
			notTexts:    []string{"900 mil"},
		},
		{
			// a stringer's note relayed in a chat: the writer after
			// "tells me" is no part of the words
			name: "reporter's note", lang: "en", frontMatter: true,
			body: "A member of the Ukrainian delegation tells me the territorial clause was parked for the leaders.\n\n" +
				"An official tells us the talks will resume on Monday.\n",
			statements: [][2]string{
				{"unnamed", "the territorial clause was parked"},
				{"unnamed", "the talks will resume on Monday"},
			},
			notTexts: []string{"me the", "us the"},
		},
		{
			// an agency's flashes end without a stop: each is an item,
			// no heading, and its label may carry a circumstance or a
			// topic ("o planie")
			name: "polish flashes", lang: "pl", frontMatter: true,
			body: "PILNE 24.11, 08:15 – Sikorski w Brukseli: Polska nie wyśle wojsk na Ukrainę\n\n" +
				"PILNE 24.11, 09:05 – Pieskow o planie: Moskwa nie dostała nowego tekstu\n",
			statements: [][2]string{
				{"Sikorski", "Polska nie wyśle wojsk na Ukrainę"},
				{"Peskov", "Moskwa nie dostała nowego tekstu"},
			},
		},
		{
			name: "german", lang: "de", frontMatter: true,
			body: "Selenskyj heute in Berlin: Die Ukraine wird keine Gebiete abtreten. Sagte außerdem, Europa müsse am Tisch sitzen.\n\n" +
				"Ursula von der Leyen: Europa wird die Ukraine weiter unterstützen.\n",
			statements: [][2]string{
				{"Zelensky", "Die Ukraine wird keine Gebiete abtreten"},
				{"Zelensky", "Europa müsse am Tisch sitzen"},
				{"von der Leyen", "Europa wird die Ukraine weiter unterstützen"},
			},
		},
		{
			name: "french", lang: "fr", frontMatter: true,
			body:       "Macron ce matin à Paris : l'Europe doit être à la table des négociations.\n",
			statements: [][2]string{{"Macron", "l'Europe doit être à la table des négociations"}},
		},
		{
			name: "italian", lang: "it", frontMatter: true,
			body: "Kallas oggi a Bruxelles: la pressione va esercitata sulla Russia. Ha detto anche che l'Europa non accetterà un accordo senza di lei. Ushakov invece ha fatto sapere che i contatti con gli americani continueranno.\n",
			statements: [][2]string{
				{"Kallas", "la pressione va esercitata sulla Russia"},
				{"Kallas", "l'Europa non accetterà un accordo senza di lei"},
				{"Ushakov", "i contatti con gli americani continueranno"},
			},
			notTexts: []string{"Ushakov invece"},
		},
		{
			name: "spanish", lang: "es", frontMatter: true,
			body:       "Sánchez esta mañana desde Bruselas: España apoyará cualquier acuerdo que respete a Ucrania.\n",
			statements: [][2]string{{"Sánchez", "España apoyará cualquier acuerdo"}},
		},
		{
			name: "russian", lang: "ru", frontMatter: true,
			body: "Песков сегодня в Москве: Кремль пока не получал новый текст плана. Добавил, что контакты с американцами продолжаются.\n",
			statements: [][2]string{
				{"Peskov", "Кремль пока не получал новый текст плана"},
				{"Peskov", "контакты с американцами продолжаются"},
			},
		},
		{
			name: "ukrainian", lang: "uk", frontMatter: true,
			body:       "Сибіга щойно у Києві: Україна не визнає окупацію жодної території.\n",
			statements: [][2]string{{"Sybiha", "Україна не визнає окупацію жодної території"}},
		},
		{
			name: "polish", lang: "pl", frontMatter: true,
			body:       "Tusk dziś rano w Warszawie: Europa musi mieć swoje miejsce przy stole rokowań.\n",
			statements: [][2]string{{"Tusk", "Europa musi mieć swoje miejsce przy stole"}},
		},
	} {
		t.Run(c.name, c.run)
	}
}

// TestCircumstanceAt checks where a label's circumstance starts.
func TestCircumstanceAt(t *testing.T) {
	for _, c := range []struct {
		label string
		want  int
	}{
		{"Rubio just now", 1},
		{"Keir Starmer from Johannesburg", 2},
		{"Selenskyj heute in Berlin", 1},
		{"Песков сегодня в Москве", 1},
		{"Meloni oggi a Bruxelles", 1},
		{"Tusk dziś rano w Warszawie", 1},
		{"Kremlin spokesman Peskov this morning", 3},
		{"Ursula von der Leyen", 0},
		{"Jan van Dijk", 0},
		{"Note", 0},
		{"Rubio", 0},
		{"Rubio says the talks were productive", 0},
		{"the talks today", 0},
	} {
		if got := circumstanceAt(strings.Fields(c.label)); got != c.want {
			t.Errorf("circumstanceAt(%q) = %d, want %d", c.label, got, c.want)
		}
	}
}
