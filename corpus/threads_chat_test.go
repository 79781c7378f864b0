package corpus

import "testing"

// TestChatExports reads invented messenger exports in the shapes
// WhatsApp (Android, iOS, US and German dates), Signal and Telegram
// Desktop write, in several languages: each record is a paragraph of its
// own, its sender is no speaker, the messenger's notices are dropped, the
// words a sender relays are the relayed person's, and the first record's
// date is the document's.
func TestChatExports(t *testing.T) {
	for _, c := range []relayCase{
		{
			name: "whatsapp android en", lang: "en", published: "2025-11-23",
			body: "WhatsApp Chat with Night Desk\n" +
				"Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n\n" +
				"23/11/2025, 07:58 - Priya Lund created group \"Night Desk\"\n" +
				"23/11/2025, 08:01 - Priya Lund: morning, who has Geneva\n" +
				"23/11/2025, 08:02 - Omar Feld: <Media omitted>\n" +
				"23/11/2025, 08:03 - Omar Feld: Peskov: Moscow has received no new text from Washington\n" +
				"23/11/2025, 08:04 - Priya Lund: This message was deleted\n" +
				"23/11/2025, 08:05 - Priya Lund: Kallas on X: any plan needs Ukraine and Europe on board\n" +
				"23/11/2025, 08:06 - Omar Feld: ok I'll write it up now\n",
			statements: [][2]string{
				{"Peskov", "Moscow has received no new text from Washington"},
				{"Kallas", "any plan needs Ukraine and Europe on board"},
			},
			notSpeakers: []string{"Priya Lund", "Omar Feld"},
			notTexts:    []string{"23/11/2025", "Media omitted", "write it up", "who has Geneva"},
		},
		{
			name: "whatsapp ios de", lang: "de", published: "2025-11-24",
			body: "[24.11.25, 09:12:40] Jana Roth: Merz heute in Berlin: Europa muss bei den Verhandlungen am Tisch sitzen\n" +
				"[24.11.25, 09:13:02] Jana Roth: ‎Bild weggelassen\n" +
				"[24.11.25, 09:14:55] Tim Albers: Peskow: Moskau kennt den neuen Text nicht\n" +
				"[24.11.25, 09:15:10] Tim Albers: bin gleich im Büro\n",
			statements: [][2]string{
				{"Merz", "Europa muss bei den Verhandlungen am Tisch sitzen"},
				{"Peskov", "Moskau kennt den neuen Text nicht"},
			},
			notSpeakers: []string{"Jana Roth", "Tim Albers"},
			notTexts:    []string{"gleich im Büro", "09:1"},
		},
		{
			name: "whatsapp us dates, month first", lang: "en", published: "2025-11-25",
			body: "11/25/25, 2:55 PM - Dana Kim: Rubio just now: the remaining points are few but delicate\n" +
				"11/25/25, 2:56 PM - Dana Kim: he also said the talks would go on in Abu Dhabi\n" +
				"11/25/25, 3:10 PM - Lee Park: nice, filing at 4\n",
			statements: [][2]string{
				{"Rubio", "the remaining points are few but delicate"},
				{"Rubio", "the talks would go on in Abu Dhabi"},
			},
			notSpeakers: []string{"Dana Kim", "Lee Park"},
		},
		{
			name: "signal iso stamps ru", lang: "ru", published: "2025-11-26",
			body: "[2025-11-26 10:02] Ирина: Песков сегодня в Москве: Кремль пока не получал новый текст\n" +
				"[2025-11-26 10:03] Ирина: Переслано\n" +
				"[2025-11-26 10:05] Олег: понял, ставлю в ленту\n",
			statements:  [][2]string{{"Peskov", "Кремль пока не получал новый текст"}},
			notSpeakers: []string{"Ирина", "Олег"},
			notTexts:    []string{"ставлю в ленту"},
		},
		{
			name: "telegram desktop copy it", lang: "it", published: "2025-11-27",
			body: "Redazione Esteri, [27.11.2025 11:40]\nMeloni oggi a Bruxelles: l'Italia non manderà soldati in Ucraina\n\n" +
				"Redazione Esteri, [27.11.2025 11:42]\nHa detto anche che le garanzie di sicurezza restano decisive\n\n" +
				"Marco B, [27.11.2025 11:45]\nok, pezzo entro le 13\n",
			statements: [][2]string{
				{"Meloni", "l'Italia non manderà soldati in Ucraina"},
				{"Meloni", "le garanzie di sicurezza restano decisive"},
			},
			notSpeakers: []string{"Redazione", "Marco B"},
		},
		{
			name: "discord copy uk", lang: "uk", published: "2025-11-28",
			body: "Олена — 28.11.2025 09:10\nЗеленський у Telegram: Україна не підпише документ, який узаконює окупацію\n\n" +
				"Олена — 28.11.2025 09:11\nДодав, що робота з американською стороною триває\n\n" +
				"Максим — 28.11.2025 09:20\nдякую, беру в стрічку\n",
			statements: [][2]string{
				{"Zelensky", "Україна не підпише документ"},
				{"Zelensky", "робота з американською стороною триває"},
			},
			notSpeakers: []string{"Олена", "Максим"},
			notTexts:    []string{"беру в стрічку"},
		},
		{
			name: "whatsapp android pl", lang: "pl", published: "2025-11-29",
			body: "29.11.2025, 10:02 - Ewa: Tusk dziś rano w Warszawie: Europa musi być przy stole rokowań\n" +
				"29.11.2025, 10:03 - Ewa: <Pominięto multimedia>\n" +
				"29.11.2025, 10:04 - Piotr: Dodał, że Polska nie wyśle żołnierzy na Ukrainę\n" +
				"29.11.2025, 10:05 - Piotr: Ta wiadomość została usunięta\n",
			statements: [][2]string{
				{"Tusk", "Europa musi być przy stole rokowań"},
			},
			notSpeakers: []string{"Ewa", "Piotr"},
			notTexts:    []string{"multimedia", "usunięta"},
		},
		{
			// a podcast transcript's stamps without a date and without
			// a messenger's notice are no chat: its labels still speak
			name: "transcript with times is no chat", lang: "en", frontMatter: true,
			body: "[00:00:31] HOST: Welcome back to the show.\n" +
				"[00:00:45] MARCO RUBIO: We made tremendous progress in Geneva this week.\n" +
				"[00:01:10] HOST: And what comes next?\n" +
				"[00:01:15] MARCO RUBIO: The remaining issues are few but delicate.\n",
			statements: [][2]string{{"Rubio", "tremendous progress in Geneva"}},
		},
	} {
		t.Run(c.name, c.run)
	}
}

// TestReadChatShapes checks the cut itself: stamps and senders out, a
// record a paragraph, the notices dropped, the date read in the order
// the records show.
func TestReadChatShapes(t *testing.T) {
	for _, c := range []struct {
		name, body, want, date string
		ok                     bool
	}{
		{"android", "23/11/2025, 08:02 - A B created group \"X\"\n23/11/2025, 08:03 - A B: one\n23/11/2025, 08:04 - C D: two\nstill two\n23/11/2025, 08:05 - A B: <Media omitted>\n23/11/2025, 08:06 - C D: three",
			"one\n\ntwo\n\nstill two\n\nthree", "2025-11-23", true},
		{"month first by a day above 12", "11/23/25, 9:01 AM - A: one\n11/23/25, 9:02 AM - B: two\n11/23/25, 9:03 AM - A: three", "one\n\ntwo\n\nthree", "2025-11-23", true},
		{"two records are not enough", "23/11/2025, 08:03 - A B: one\n23/11/2025, 08:04 - C D: two", "", "", false},
		{"a live blog's times are no chat", "[14:02] Peskov: no text yet\n[14:05] Rubio: progress\n[14:09] Kallas: Europe at the table", "", "", false},
	} {
		got, marks, ok := readChat(c.body, false, false)
		if ok != c.ok || ok && (got != c.want || marks.date != c.date) {
			t.Errorf("%s: readChat = %q, %q, %v; want %q, %q, %v", c.name, got, marks.date, ok, c.want, c.date, c.ok)
		}
	}
}
