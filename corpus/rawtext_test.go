package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// paragraphTexts is what splitParagraphs makes of a raw body after the
// layout pass, the texts only.
func paragraphTexts(raw string) []string {
	var out []string
	for _, p := range splitParagraphs(reflowBody(normaliseBody(raw))) {
		if p.kind != paraTags {
			out = append(out, p.text)
		}
	}
	return out
}

// TestReflowMatrix: text copied out of PDFs and web pages in several
// languages: hard-wrapped lines become their paragraph, a word broken at a
// line end is whole again (a real compound keeps its hyphen), page
// furniture, web furniture and footnote marks are gone, and what is no
// wrap (list items, labels, dialogue dashes, short lines) stays apart.
func TestReflowMatrix(t *testing.T) {
	wrapEN := "The delegations met again on Tuesday in a hotel near the old harbour\n" +
		"and agreed on the order in which the remaining points would be read\n" +
		"out. Nobody expected a signature before the end of the month.\n" +
		"A second meeting is planned for Friday.\n" +
		"Officials said the talks on the insurance board had barely started and\n" +
		"that the coastal road would be the first test of the whole agreement.\n"
	tests := []struct {
		name   string
		raw    string
		want   []string // paragraphs that must be there, whole
		absent []string // text no paragraph may hold
	}{
		{"en wrapped without blank lines", wrapEN,
			[]string{
				"The delegations met again on Tuesday in a hotel near the old harbour and agreed on the order in which the remaining points would be read out. Nobody expected a signature before the end of the month.",
				"A second meeting is planned for Friday.",
				"Officials said the talks on the insurance board had barely started and that the coastal road would be the first test of the whole agreement.",
			}, nil},
		{"en broken word rejoined, compound kept",
			"Both sides described the latest round of negoti-\nations as useful, and the\nTrump-\nPutin channel stayed open.\n\nThe long-\nterm aim is a settlement.\n",
			[]string{"Both sides described the latest round of negotiations as useful, and the Trump-Putin channel stayed open.", "The long-term aim is a settlement."}, nil},
		{"de Trennung und Bindestrich",
			"Es gehe um verlässliche Sicherheits-\ngarantien und den 28-Punkte-\nPlan, sagte sie.\n\nDie Sicherheits-\nund Verteidigungspolitik bleibt offen.\n",
			[]string{"Es gehe um verlässliche Sicherheitsgarantien und den 28-Punkte-Plan, sagte sie.", "Die Sicherheits- und Verteidigungspolitik bleibt offen."}, nil},
		{"ru перенос и дефис",
			"Стороны обсудили пере-\nговоры и российско-\nамериканские контакты.\n\nКто-\nто уже уехал.\n",
			[]string{"Стороны обсудили переговоры и российско-американские контакты.", "Кто-то уже уехал."}, nil},
		{"fr page break inside a sentence",
			"« Nous avançons », a déclaré M. Lemarchand\n\n— 2 —\n\ndevant la presse jeudi.\n\nLa suite est prévue lundi.\n",
			[]string{"« Nous avançons », a déclaré M. Lemarchand devant la presse jeudi.", "La suite est prévue lundi."},
			[]string{"— 2 —"}},
		{"it furniture inside a sentence, one line a paragraph",
			"Il ministro ha detto che il piano\nPubblicità\nresta sul tavolo fino a lunedì.\nLa riunione è fissata per martedì.\n",
			[]string{"Il ministro ha detto che il piano resta sul tavolo fino a lunedì.", "La riunione è fissata per martedì."},
			[]string{"Pubblicità"}},
		{"ru uk pl attribution dash at a line start goes on the quotation",
			"«Мы рассчитываем закрепить договоренности на бумаге»,\n— сказал Сафронов журналистам.\n\n" +
				"«Коридор працюватиме, доки діє перемир'я»,\n– заявила Демченко.\n\n" +
				"„Nie podpiszemy niczego bez obserwatorów”,\n– dodał minister Zawada.\n\n" +
				"— Вы подпишете?\n— Нет, не сейчас.\n\n" +
				"Punkty planu:\n- Rosja wróciłaby do G8,\n- w ciągu 100 dni odbyłyby się wybory.\n",
			[]string{
				"«Мы рассчитываем закрепить договоренности на бумаге», — сказал Сафронов журналистам.",
				"«Коридор працюватиме, доки діє перемир'я», – заявила Демченко.",
				"„Nie podpiszemy niczego bez obserwatorów”, – dodał minister Zawada.",
				"Вы подпишете?", "Нет, не сейчас.",
				"Rosja wróciłaby do G8,", "w ciągu 100 dni odbyłyby się wybory.",
			}, nil},
		{"page footers and a running title in several languages",
			"Bericht der Kommission\n\nDer erste Abschnitt endet hier.\n\nSeite 1 von 4\n\nBericht der Kommission\n\nDer zweite Abschnitt folgt.\n\nSeite 2 von 4\n\nBericht der Kommission\n\nStrona 3 z 4\n\nPágina 4 de 4\n\nСтраница 5 из 9\n\nPage 6/9\n",
			[]string{"Bericht der Kommission", "Der erste Abschnitt endet hier.", "Der zweite Abschnitt folgt."},
			[]string{"Seite 1", "Strona", "Página", "Страница", "Page 6"}},
		{"web furniture in eight languages",
			"The talks resume on Monday.\n\nAdvertisement\n\nShare this article\n\nSign up for our newsletter to get the morning briefing\n\nPhoto: Ana Ruiz / Reuters\n\nWerbung\n\nFoto: Jonas Reiter / dpa\n\nPublicité\n\nAbonnez-vous à notre newsletter\n\nPublicidad\n\nCompartir en Facebook\n\nPubblicità\n\nIscriviti alla newsletter\n\nРеклама\n\nФото: Илья Громов / ТАСС\n\nПоділитися\n\nUdostępnij\n\nZdjęcie: Piotr Nowak / PAP\n\nWe use cookies to improve your experience.\n\nThe delegations will meet in Valmont.\n",
			[]string{"The talks resume on Monday.", "The delegations will meet in Valmont."},
			[]string{"Advertisement", "Share", "newsletter", "Photo", "Werbung", "Foto", "Publicité", "Abonnez", "Publicidad", "Compartir", "Pubblicità", "Iscriviti", "Реклама", "Фото", "Поділитися", "Udostępnij", "Zdjęcie", "cookies"}},
		{"footnote marks and block",
			"The draft caps the army at 600,000 troops.[3] Kyiv rejected the cap¹ on Monday, and the plan^2 was sent back.\n\nThe flat was 80 m² large.\n\n[3] Text of the draft, point 6.\n\n¹ Statement of the presidency.\n",
			[]string{"The draft caps the army at 600,000 troops. Kyiv rejected the cap on Monday, and the plan was sent back.", "The flat was 80 m² large.", "[3] Text of the draft, point 6.", "¹ Statement of the presidency."},
			nil},
		{"markdown footnotes",
			"Die Armee soll auf 600.000 Soldaten begrenzt werden[^1], heißt es im Entwurf.\n\n[^1]: Punkt 6 des Entwurfs.\n",
			[]string{"Die Armee soll auf 600.000 Soldaten begrenzt werden, heißt es im Entwurf.", "[^1]: Punkt 6 des Entwurfs."}, nil},
		{"a footnote block inside a page break moves after the text",
			"The envoy said the corridor would open\n\n¹ Remarks to the press, 2 December.\n\nPage 4 of 9\n\nwithin ten days of the signature.¹\n\nThe talks go on.\n",
			[]string{"The envoy said the corridor would open within ten days of the signature.", "The talks go on.", "¹ Remarks to the press, 2 December."},
			[]string{"Page 4"}},
		{"list items, labels and dashes stay apart in wrapped text",
			"The draft that reached the delegations on Sunday sets out its terms in\n" +
				"numbered points, and the first three concern the coastal corridor.\n" +
				"1. The parties will open a humanitarian corridor along the coastal\n" +
				"road within ten days of signature, monitored by neutral observers.\n" +
				"2. Grain ships will sail under a joint insurance scheme run by a\n" +
				"board of six members named by both sides and the guarantors.\n" +
				"MS ASHBY: We will not comment on the numbers in the draft itself.\n" +
				"— Is the corridor the first step? — asked a reporter from the back.\n",
			[]string{
				"The draft that reached the delegations on Sunday sets out its terms in numbered points, and the first three concern the coastal corridor.",
				"The parties will open a humanitarian corridor along the coastal road within ten days of signature, monitored by neutral observers.",
				"Grain ships will sail under a joint insurance scheme run by a board of six members named by both sides and the guarantors.",
			}, nil},
		{"de narrow wrap with blank lines: a capitalised noun goes on the sentence",
			"Die Außenministerin sagte am Dienstag in Valmont, die\nGespräche über den Korridor würden fortgesetzt.\n\n" +
				"Nach ihren Worten bleibt die Frage der Versicherung\nSache der Garantiemächte und der beiden Seiten.\n\n" +
				"Ein Termin für die nächste Runde steht noch nicht\nfest, hieß es aus dem Ministerium am Abend.\n",
			[]string{
				"Die Außenministerin sagte am Dienstag in Valmont, die Gespräche über den Korridor würden fortgesetzt.",
				"Nach ihren Worten bleibt die Frage der Versicherung Sache der Garantiemächte und der beiden Seiten.",
			}, nil},
		{"headlines of like length without blank lines are no wrap",
			"Zelensky meets envoys in Berlin for a second day of talks on the draft\n" +
				"Kremlin says it has not yet received the revised text of the plan\n" +
				"European leaders promise guarantees backed by a multinational force\n" +
				"Washington sets no deadline for an answer from Kyiv or from Moscow\n",
			[]string{
				"Zelensky meets envoys in Berlin for a second day of talks on the draft",
				"Kremlin says it has not yet received the revised text of the plan",
				"European leaders promise guarantees backed by a multinational force",
				"Washington sets no deadline for an answer from Kyiv or from Moscow",
			}, nil},
		{"short lines are no wrap",
			"Claire Ashby, Deputy Spokesperson\nWashington, D.C.\n2:17 p.m. EST\nThe briefing began late.\n",
			[]string{"Claire Ashby, Deputy Spokesperson", "Washington, D.C.", "2:17 p.m. EST", "The briefing began late."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := paragraphTexts(tt.raw)
			checkParagraphs(t, got, tt.want, tt.absent)
		})
	}
}

// TestRawTextExtraction: a PDF report, a two-column PDF page, scraped
// articles and wires in English, German, Dutch, Russian and French give their quotations and points
// whole, with the speaker, and no furniture as a passage.
func TestRawTextExtraction(t *testing.T) {
	type stmt struct{ speaker, text string }
	tests := []struct {
		file       string
		statements []stmt         // speaker and a part of the text that crosses a line end
		provisions map[int]string // number -> a part of the text across a line end
		noPassage  []string       // furniture no passage holds
	}{
		{"report-en.txt",
			[]stmt{{"Lena Marsh", "will stay open for grain ships for as long as the ceasefire holds, and not one day less"}},
			map[int]string{
				1: "along the coastal road within ten days of signature",
				2: "run by a board of six members, two from each side",
				3: "all for all, with the first stage completed",
			},
			[]string{"Page 1 of 3", "Briefing Note 14 3.", "Page 2 of 3"}},
		{"article-de.md",
			[]stmt{{"Carla Wendt", "Ohne feste Zusagen der Partner werden wir keinen Vertrag unterschreiben"}},
			nil,
			[]string{"Anzeige", "Foto:", "Artikel teilen", "Newsletter", "Cookies", "Mehr zum Thema", "Was der Plan", "Warum Valmont"}},
		{"wire-ru.txt",
			[]stmt{{"Олег Сафронов", "закрепить все договоренности о гуманитарном коридоре на бумаге"}},
			nil,
			[]string{"Фото:", "Поделиться", "Подпишитесь"}},
		{"wire-es.txt",
			[]stmt{{"Tomás Aranda", "No vamos a firmar nada que deje fuera a los observadores neutrales ni a las familias de los prisioneros"}},
			nil,
			[]string{"Publicidad", "Foto:", "Compartir"}},
		{"report-uk.txt",
			[]stmt{{"Ірина Демченко", "доки діє режим припинення вогню, і жодного дня менше"}},
			map[int]string{
				1: "під наглядом нейтральних спостерігачів",
				2: "а перший етап завершується до кінця січня",
			},
			[]string{"Сторінка"}},
		{"columns-en.txt",
			[]stmt{{"Ilse Moravec", "The escort board is the part we can sign tomorrow"}},
			nil,
			[]string{"Skelda Maritime Review", "reached officer", "sign who pays", "December 2025"}},
		{"scrape-nl.txt",
			[]stmt{{"Joost Veld", "Zonder waarnemers is elke afspraak over de corridor een belofte op papier"}},
			nil,
			[]string{"Naar de inhoud", "Home ›", "Bijgewerkt", "geleden", "leestijd", "Foto:", "Advertentie", "Lees ook", "Deel dit", "nieuwsbrief", "cookies", "Over de auteur", "Lotte Brink"}},
		{"wire-fr.txt",
			[]stmt{{"Hugo Lemarchand", "mettre par écrit tous les accords sur le couloir humanitaire"}},
			nil,
			[]string{"— 2 —", "Publicité", "Partager"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "rawtext", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(raw, ParseOptions{Name: tt.file})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.statements {
				found := false
				for _, s := range d.Statements {
					found = found || s.Speaker == w.speaker && strings.Contains(s.Text, w.text)
				}
				if !found {
					t.Errorf("no statement by %s holding %q; statements:", w.speaker, w.text)
					for _, s := range d.Statements {
						t.Logf("  %s: %q", s.Speaker, s.Text)
					}
				}
			}
			for n, w := range tt.provisions {
				found := false
				for _, p := range d.Provisions {
					found = found || p.Number == n && strings.Contains(p.Text, w)
				}
				if !found {
					t.Errorf("no point %d holding %q; provisions:", n, w)
					for _, p := range d.Provisions {
						t.Logf("  %d: %q", p.Number, p.Text)
					}
				}
			}
			for _, f := range tt.noPassage {
				for _, p := range d.Passages {
					if strings.Contains(p.Text, f) {
						t.Errorf("passage %q holds furniture %q", p.Text, f)
					}
				}
			}
		})
	}
}

// checkParagraphs fails t unless every want is one of got's paragraphs
// and no paragraph holds any of absent (furniture, a column's stray
// text): the raw-text, furniture and column tables all check this way.
func checkParagraphs(t *testing.T, got, want, absent []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("no paragraph %q in\n%q", w, got)
		}
	}
	for _, a := range absent {
		for _, g := range got {
			if strings.Contains(g, a) {
				t.Errorf("paragraph %q holds %q", g, a)
			}
		}
	}
}
