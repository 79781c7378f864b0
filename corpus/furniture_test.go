package corpus

import "testing"

// TestFurnitureMatrix: web pages copied as text in ten languages carry
// navigation, share buttons, timestamps, captions and credits, related
// links, newsletter and cookie boxes and author boxes. None of it is a
// paragraph, none of it cuts a quotation or a numbered point in two, and
// a line that holds a quotation or opens a numbered point is kept
// whatever it opens with.
func TestFurnitureMatrix(t *testing.T) {
	tests := []struct {
		lang   string
		raw    string
		want   []string // paragraphs that must be there, whole
		absent []string // furniture no paragraph may hold
	}{
		{"en",
			"Skip to main content\nHome › World › Europe\nUpdated 3 min ago\n4 min read\n\n" +
				"\"We will not sign anything that leaves out\nShare this article\nthe observers,\" said Tomas Aranda on Monday.\n\n" +
				"Delegates arrive in Valmont on Sunday. REUTERS/Jana Kos\n\n" +
				"The draft sets out three points:\n1. The parties will open a corridor along the\nAdvertisement\ncoastal road within ten days.\n2. Grain ships will sail under a joint insurance scheme.\n\n" +
				"Read more: Aranda says \"no deal without observers\"\n\n" +
				"Read more: What the draft says, point by point\n\n" +
				"About the author\nJana Hill covers diplomacy from Valmont.\n\nThe talks resume on Friday.\n",
			[]string{
				"\"We will not sign anything that leaves out the observers,\" said Tomas Aranda on Monday.",
				"The parties will open a corridor along the coastal road within ten days.",
				"Grain ships will sail under a joint insurance scheme.",
				"The talks resume on Friday.",
			},
			[]string{"Skip to", "Home ›", "min ago", "min read", "Share this", "REUTERS/", "Advertisement", "point by point", "About the author", "covers diplomacy"}},
		{"de",
			"Startseite > Politik > Ausland\nvor 2 Stunden\nLesezeit: 4 Min.\n\n" +
				"„Ohne feste Zusagen werden wir keinen\nAnzeige\nVertrag unterschreiben“, sagte Carla Wendt.\n\n" +
				"Die Außenministerin in Valmont. Foto: Jonas Reiter / dpa\n\n" +
				"Lesen Sie auch: Was im Entwurf steht\n\n" +
				"Über die Autorin\nMara Lenz berichtet aus Valmont.\n\nDie Gespräche gehen am Freitag weiter.\n",
			[]string{
				"„Ohne feste Zusagen werden wir keinen Vertrag unterschreiben“, sagte Carla Wendt.",
				"Die Gespräche gehen am Freitag weiter.",
			},
			[]string{"Startseite", "vor 2 Stunden", "Lesezeit", "Anzeige", "/ dpa", "Was im Entwurf", "Über die Autorin", "berichtet aus"}},
		{"fr",
			"Accueil › International › Europe\nMis à jour le 3 décembre 2025 à 14h02\nIl y a 3 heures\n\n" +
				"« Nous avançons, mais le couloir\nPublicité\nreste à négocier », a déclaré Hugo Lemarchand.\n\n" +
				"Lire aussi : Ce que contient le projet\n\n" +
				"Les délégations se retrouvent lundi.\n",
			[]string{
				"« Nous avançons, mais le couloir reste à négocier », a déclaré Hugo Lemarchand.",
				"Les délégations se retrouvent lundi.",
			},
			[]string{"Accueil", "Mis à jour", "Il y a", "Publicité", "Ce que contient"}},
		{"es",
			"Inicio > Internacional > Europa\nActualizado: 03/12/2025 14:02\nHace 2 horas\n\n" +
				"«No vamos a firmar nada que deje fuera\nPublicidad\na los observadores», dijo Tomás Aranda.\n\n" +
				"Lee también: Lo que dice el borrador\n\nSuscríbete a nuestro boletín diario\n\n" +
				"Las conversaciones siguen el viernes.\n",
			[]string{
				"«No vamos a firmar nada que deje fuera a los observadores», dijo Tomás Aranda.",
				"Las conversaciones siguen el viernes.",
			},
			[]string{"Inicio", "Actualizado", "Hace 2", "Publicidad", "Lo que dice", "Suscríbete"}},
		{"nl",
			"Naar de inhoud\nBijgewerkt om 16.42 uur\n3 uur geleden\n\n" +
				"\"We tekenen niets zonder de\nAdvertentie\nwaarnemers\", zei minister Joost Veld.\n\n" +
				"Lees ook: Wat er in het plan staat\n\nDeel dit artikel\n\nDe gesprekken gaan vrijdag verder.\n",
			[]string{
				"\"We tekenen niets zonder de waarnemers\", zei minister Joost Veld.",
				"De gesprekken gaan vrijdag verder.",
			},
			[]string{"Naar de inhoud", "Bijgewerkt", "geleden", "Advertentie", "Wat er in", "Deel dit"}},
		{"pt",
			"Ir para o conteúdo\nAtualizado em 03/12/2025 às 14h02\nHá 2 horas\n\n" +
				"\"Não vamos assinar nada sem os\nPublicidade\nobservadores\", disse o ministro Rui Lobo.\n\n" +
				"Leia também: O que diz o rascunho\n\nPartilhar\n\nAs conversações continuam na sexta-feira.\n",
			[]string{
				"\"Não vamos assinar nada sem os observadores\", disse o ministro Rui Lobo.",
				"As conversações continuam na sexta-feira.",
			},
			[]string{"Ir para", "Atualizado", "Há 2", "Publicidade", "O que diz", "Partilhar"}},
		{"tr",
			"İçeriğe geç\nGüncelleme: 03.12.2025 14:02\n2 saat önce\n\n" +
				"\"Gözlemciler olmadan hiçbir şey\nReklam\nimzalamayacağız\" dedi Bakan Emre Kaya.\n\n" +
				"Ayrıca okuyun: Taslakta neler var\n\nPaylaş\n\nGörüşmeler cuma günü sürecek.\n",
			[]string{
				"\"Gözlemciler olmadan hiçbir şey imzalamayacağız\" dedi Bakan Emre Kaya.",
				"Görüşmeler cuma günü sürecek.",
			},
			[]string{"İçeriğe", "Güncelleme", "önce", "Reklam", "Taslakta", "Paylaş"}},
		{"ru",
			"Главная / Мир / Европа\nОбновлено 3 декабря 2025, 14:02\n2 часа назад\n\n" +
				"«Мы не подпишем ничего без\nРеклама\nнаблюдателей», — сказал Олег Сафронов.\n\n" +
				"Крым, декабрь 2025 года. Фото: Илья Громов / ТАСС\n\n" +
				"Читайте также: Что написано в проекте\n\nОб авторе\nАнна Лис пишет о дипломатии.\n\nПереговоры продолжатся в пятницу.\n",
			[]string{
				"«Мы не подпишем ничего без наблюдателей», — сказал Олег Сафронов.",
				"Переговоры продолжатся в пятницу.",
			},
			[]string{"Главная", "Обновлено", "назад", "Реклама", "ТАСС", "Что написано", "Об авторе", "пишет о"}},
		{"pl",
			"Strona główna > Świat > Europa\nAktualizacja: 03.12.2025, 14:02\n2 godziny temu\n\n" +
				"„Nie podpiszemy niczego bez\nReklama\nobserwatorów”, powiedział minister Zawada.\n\n" +
				"Czytaj też: Co jest w projekcie\n\nGóry nad Valmont. Fot. Piotr Nowak / PAP\n\nRozmowy będą kontynuowane w piątek.\n",
			[]string{
				"„Nie podpiszemy niczego bez obserwatorów”, powiedział minister Zawada.",
				"Rozmowy będą kontynuowane w piątek.",
			},
			[]string{"Strona główna", "Aktualizacja", "temu", "Reklama", "Co jest", "/ PAP"}},
		{"sv",
			"Hoppa till innehåll\nUppdaterad 3 december 2025 14:02\n2 timmar sedan\n\n" +
				"\"Vi skriver inte under något utan\nAnnons\nobservatörer\", sade minister Erik Lund.\n\n" +
				"Läs också: Detta står i utkastet\n\nDela artikeln\n\nSamtalen fortsätter på fredag.\n",
			[]string{
				"\"Vi skriver inte under något utan observatörer\", sade minister Erik Lund.",
				"Samtalen fortsätter på fredag.",
			},
			[]string{"Hoppa till", "Uppdaterad", "sedan", "Annons", "Detta står", "Dela"}},
		{"kept: a numbered point and quotations after a furniture opening",
			"The draft sets out its points.\n\n5. The corridor is watched by observers (AFP)\n\nPhoto: \"We are ready,\" the envoy wrote on Sunday.\n\nRead more: Aranda says \"no deal without observers\"\n\nUpdated 3 min ago\n",
			[]string{
				"The corridor is watched by observers (AFP)",
				"Photo: \"We are ready,\" the envoy wrote on Sunday.",
				"Read more: Aranda says \"no deal without observers\"",
			},
			[]string{"min ago"}},
		{"kept: sentences that open like furniture",
			"Vor 3 Jahren begann der Krieg im Osten des Landes, sagte der Minister am Dienstag.\n\nPublished reports said the corridor would open on 3 December.\n\nKyiv / Moscow / Washington: three capitals, three answers to the plan.\n",
			[]string{
				"Vor 3 Jahren begann der Krieg im Osten des Landes, sagte der Minister am Dienstag.",
				"Published reports said the corridor would open on 3 December.",
				"Kyiv / Moscow / Washington: three capitals, three answers to the plan.",
			}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			var got []string
			for _, p := range splitParagraphs(reflowBody(normaliseBody(tt.raw))) {
				got = append(got, p.text) // tags too: a kept "Read more:" line with a quote
			}
			checkParagraphs(t, got, tt.want, tt.absent)
		})
	}
}
