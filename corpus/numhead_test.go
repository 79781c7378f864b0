package corpus

import (
	"strings"
	"testing"
)

// storySection is one document of the numbered-story matrix: an article
// that numbers its own sections ("five takeaways", "what we know", "three
// questions") next to a plan it names, with someone's words inside a
// section. The sections are no points of the plan, and the words are a
// statement.
type storySection struct {
	name     string
	doc      string
	speaker  string // who speaks inside a numbered section
	fragment string // of what they said
	headline string // a section's title, which must not come out as a point
}

// storySections are written for the test in each language, in the
// layouts real coverage uses: a bold numbered title with its paragraph on
// the next line, a plain "1)" title line, a dashed "3 —" title, numbered
// Markdown headings over their paragraphs and bold titles a blank line
// above their text. The names are invented.
var storySections = []storySection{
	{"en bold title over its paragraph", "---\ntitle: \"Four takeaways from the Geneva talks\"\nlang: en\n---\n\n" +
		"Negotiators left Geneva with a reworked version of the 28-point plan. Here is what we learned.\n\n" +
		"**1. The deadline slipped.**\nLast week the White House wanted an answer within days. Deputy envoy Harlan Mosby, speaking in Geneva, said the remaining gaps were not insurmountable.\n\n" +
		"**2. Kyiv gained time.**\nThe delegations met twice on Sunday. Minister Oksana Derkach wrote on Telegram that most of Kyiv's priorities were now in the text.\n\n" +
		"**3. Moscow is waiting.**\nThe Kremlin has not commented on the changes. Spokesman Ilya Savrasov said Moscow had received no official information about the results.\n",
		"Ilya Savrasov", "Moscow had received no official information", "Moscow is waiting"},
	{"de numbered heading lines", "---\ntitle: \"Drei Lehren aus Genf\"\nlang: de\n---\n\n" +
		"Der amerikanische Friedensplan wurde in Genf überarbeitet. Was wir daraus lernen.\n\n" +
		"**1. Die Frist ist weich.**\nNoch vor einer Woche wollte Washington eine Antwort bis Donnerstag. Der Unterhändler Falk Rettberg sagte am Sonntag, die offenen Fragen seien lösbar.\n\n" +
		"**2. Kiew hat Zeit gewonnen.**\nDie Delegationen trafen sich zweimal. Die Abgeordnete Jana Wolfsried erklärte, die wichtigsten Anliegen Kiews seien nun im Text enthalten.\n\n" +
		"**3. Moskau wartet ab.**\nDer Kreml hat sich noch nicht geäußert. Sprecher Arno Kettler sagte, Moskau habe keine offiziellen Informationen erhalten.\n",
		"Arno Kettler", "Moskau habe keine offiziellen Informationen erhalten", "Moskau wartet ab"},
	{"fr dashed numbers", "---\ntitle: \"Trois enseignements de Genève\"\nlang: fr\n---\n\n" +
		"Le plan de paix américain a été remanié à Genève. Voici ce qu'il faut retenir.\n\n" +
		"1 — Le calendrier se desserre.\nLa Maison Blanche voulait une réponse rapide. Le négociateur Gaspard Lemoine a déclaré que les divergences restantes pouvaient être surmontées.\n\n" +
		"2 — Kiev gagne du temps.\nLes délégations se sont vues deux fois. La ministre Hélène Vautrin a affirmé que les priorités de Kiev figuraient désormais dans le texte.\n\n" +
		"3 — Les Européens corrigent.\nParis et Berlin ont travaillé sur un autre texte. Le diplomate Bastien Carrel a expliqué que l'Europe voulait des garanties écrites.\n",
		"Bastien Carrel", "l'Europe voulait des garanties écrites", "Les Européens corrigent"},
	{"it numbered headings", "---\ntitle: \"Tre domande dopo Ginevra\"\nlang: it\n---\n\n" +
		"Il piano di pace americano è stato rivisto a Ginevra. Ecco tre domande.\n\n" +
		"## 1. Chi ha vinto tempo?\n\nLe delegazioni si sono viste due volte. Il ministro Carlo Benvenuti ha detto che le priorità di Kiev sono ora nel testo.\n\n" +
		"## 2. Che cosa farà Mosca?\n\nIl Cremlino tace. Il portavoce Ivan Sorokov ha dichiarato che Mosca non ha ricevuto informazioni ufficiali.\n\n" +
		"## 3. E l'Europa?\n\nRoma e Parigi hanno scritto un altro testo. La diplomatica Livia Ferraresi ha spiegato che l'Europa vuole garanzie scritte.\n",
		"Ivan Sorokov", "Mosca non ha ricevuto informazioni ufficiali", "Che cosa farà Mosca"},
	{"es bold titles a blank line above their text", "---\ntitle: \"Cinco claves de Ginebra\"\nlang: es\n---\n\n" +
		"El plan de paz de Estados Unidos salió de Ginebra con cambios. Estas son las claves.\n\n" +
		"**1. El plazo se alarga.**\n\nLa Casa Blanca quería una respuesta rápida. El negociador Tomás Arrieta dijo que las diferencias pendientes se pueden superar.\n\n" +
		"**2. Kiev gana tiempo.**\n\nLas delegaciones se reunieron dos veces. La ministra Nuria Campos afirmó que las prioridades de Kiev ya están en el texto.\n\n" +
		"**3. Moscú espera.**\n\nEl Kremlin no ha comentado los cambios. El portavoz Iván Sorokin dijo que Moscú no había recibido información oficial.\n",
		"Iván Sorokin", "Moscú no había recibido información oficial", "Moscú espera"},
	{"pl bracket numbers", "---\ntitle: \"Trzy wnioski z Genewy\"\nlang: pl\n---\n\n" +
		"Amerykański plan pokojowy został w Genewie zmieniony. Oto, co wiemy.\n\n" +
		"**1) Termin się przesuwa.**\nJeszcze tydzień temu Waszyngton chciał odpowiedzi do czwartku. Negocjator Tadeusz Wirski powiedział, że pozostałe różnice da się pokonać.\n\n" +
		"**2) Kijów zyskał czas.**\nDelegacje spotkały się dwa razy. Wiceminister Agata Rudnicka oświadczyła, że priorytety Kijowa są teraz w tekście.\n\n" +
		"**3) Moskwa czeka.**\nKreml milczy. Rzecznik Igor Sawin powiedział, że Moskwa nie otrzymała oficjalnych informacji.\n",
		"Igor Sawin", "Moskwa nie otrzymała oficjalnych informacji", "Moskwa czeka"},
	{"cs bracket numbers", "---\ntitle: \"Tři poučení ze Ženevy\"\nlang: cs\n---\n\n" +
		"Americký mírový plán prošel v Ženevě úpravami. Co víme.\n\n" +
		"**1) Lhůta se posouvá.**\nJeště před týdnem chtěl Washington odpověď do čtvrtka. Vyjednavač Marek Doležal řekl, že zbývající rozdíly lze překonat.\n\n" +
		"**2) Kyjev získal čas.**\nDelegace se sešly dvakrát. Ministryně Hana Kubešová uvedla, že priority Kyjeva jsou nyní v textu.\n\n" +
		"**3) Moskva vyčkává.**\nKreml mlčí. Mluvčí Igor Savin řekl, že Moskva nedostala žádné oficiální informace.\n",
		"Igor Savin", "Moskva nedostala žádné oficiální informace", "Moskva vyčkává"},
	{"ru bold titles", "---\ntitle: \"Три вывода из Женевы\"\nlang: ru\n---\n\n" +
		"Американский мирный план в Женеве переписали. Вот что известно.\n\n" +
		"**1. Сроки сдвинулись.**\nЕщё неделю назад Вашингтон ждал ответа к четвергу. Переговорщик Олег Ветров заявил, что оставшиеся разногласия преодолимы.\n\n" +
		"**2. Киев выиграл время.**\nДелегации встречались дважды. Министр Оксана Деркач написала в Telegram, что приоритеты Киева теперь есть в тексте.\n\n" +
		"**3. Москва ждёт.**\nКремль пока молчит. Пресс-секретарь Илья Савров заявил, что Москва не получала официальной информации.\n",
		"Илья Савров", "Москва не получала официальной информации", "Москва ждёт"},
	{"uk bold titles", "---\ntitle: \"Три висновки з Женеви\"\nlang: uk\n---\n\n" +
		"Американський мирний план у Женеві переписали. Ось що відомо.\n\n" +
		"**1. Терміни зсунулися.**\nЩе тиждень тому Вашингтон чекав відповіді до четверга. Перемовник Олег Вітренко заявив, що решту розбіжностей можна подолати.\n\n" +
		"**2. Київ виграв час.**\nДелегації зустрічалися двічі. Міністерка Оксана Деркач написала в Telegram, що пріоритети Києва тепер є в тексті.\n\n" +
		"**3. Москва чекає.**\nКремль мовчить. Речник Ілля Савров заявив, що Москва не отримувала офіційної інформації.\n",
		"Ілля Савров", "Москва не отримувала офіційної інформації", "Москва чекає"},
	{"en one line a paragraph", "---\ntitle: \"Three questions after Geneva\"\nlang: en\n---\n" +
		"The 28-point plan was reworked in Geneva. Three questions remain.\n" +
		"1. Who gained time?\n" +
		"The delegations met twice on Sunday. Minister Oksana Derkach wrote on Telegram that most of Kyiv's priorities were now in the text.\n" +
		"2. What will Moscow do?\n" +
		"The Kremlin has been silent. Spokesman Ilya Savrasov said Moscow had received no official information about the results.\n" +
		"3. And Europe?\n" +
		"Paris and Berlin drafted a text of their own. Diplomat Bastien Carrel said Europe wanted written guarantees.\n",
		"Ilya Savrasov", "Moscow had received no official information", "What will Moscow do"},
	{"ru one line a paragraph", "---\ntitle: \"Три вопроса после Женевы\"\nlang: ru\n---\n" +
		"Американский мирный план в Женеве переписали. Остаются три вопроса.\n" +
		"1. Кто выиграл время.\n" +
		"Делегации встречались дважды. Министр Оксана Деркач написала в Telegram, что приоритеты Киева теперь есть в тексте.\n" +
		"2. Что сделает Москва.\n" +
		"Кремль пока молчит. Пресс-секретарь Илья Савров заявил, что Москва не получала официальной информации.\n" +
		"3. Что с Европой.\n" +
		"Париж и Берлин написали свой текст. Дипломат Олег Ветров заявил, что Европе нужны письменные гарантии.\n",
		"Илья Савров", "Москва не получала официальной информации", "Что сделает Москва"},
	{"de numbered FAQ", "---\ntitle: \"Der Friedensplan: Fragen und Antworten\"\nlang: de\n---\n\n" +
		"Seit Tagen wird über den 28-Punkte-Plan gestritten. Die wichtigsten Fragen.\n\n" +
		"**1. Was steht im Plan?**\nDer Entwurf begrenzt die ukrainischen Streitkräfte auf 600.000 Soldaten.\n\n" +
		"**2. Was wollen die Europäer?**\nDer europäische Gegenvorschlag setzt die Obergrenze auf 800.000 Soldaten in Friedenszeiten.\n\n" +
		"**3. Wie reagiert Moskau?**\nKremlsprecher Arno Kettler erklärte, man habe keine offiziellen Informationen erhalten.\n",
		"Arno Kettler", "man habe keine offiziellen Informationen erhalten", "Was steht im Plan"},
	{"pl numbered FAQ headings", "---\ntitle: \"Plan pokojowy: pytania i odpowiedzi\"\nlang: pl\n---\n\n" +
		"Od kilku dni trwa spór o amerykański plan. Najważniejsze pytania.\n\n" +
		"## 1. Co jest w planie?\n\nProjekt ogranicza ukraińską armię do 600 tysięcy żołnierzy.\n\n" +
		"## 2. Czego chcą Europejczycy?\n\nEuropejska kontrpropozycja podnosi limit do 800 tysięcy żołnierzy w czasie pokoju.\n\n" +
		"## 3. Jak reaguje Moskwa?\n\nRzecznik Igor Sawin powiedział, że Moskwa nie otrzymała oficjalnych informacji.\n",
		"Igor Sawin", "Moskwa nie otrzymała oficjalnych informacji", "Co jest w planie"},
	{"en numbered FAQ", "---\ntitle: \"The peace plan: your questions answered\"\nlang: en\n---\n\n" +
		"The 28-point plan has been argued over for days. Here are the main questions.\n\n" +
		"**1. What is in the plan?**\nThe draft caps Ukraine's armed forces at 600,000 troops.\n\n" +
		"**2. What do the Europeans want?**\nThe European counter-proposal raises the cap to 800,000 in peacetime.\n\n" +
		"**3. How has Moscow reacted?**\nSpokesman Ilya Savrasov said Moscow had received no official information.\n",
		"Ilya Savrasov", "Moscow had received no official information", "What is in the plan"},
	{"de plain titles without a stop", "---\ntitle: \"Drei Lehren aus Genf\"\nlang: de\n---\n\n" +
		"Der amerikanische Friedensplan wurde in Genf überarbeitet. Was wir daraus lernen.\n\n" +
		"1. Die Frist ist weich\nNoch vor einer Woche wollte Washington eine Antwort bis Donnerstag. Der Unterhändler Falk Rettberg sagte am Sonntag, die offenen Fragen seien lösbar.\n\n" +
		"2. Kiew hat Zeit gewonnen\nDie Delegationen trafen sich zweimal. Die Abgeordnete Jana Wolfsried erklärte, die wichtigsten Anliegen Kiews seien nun im Text enthalten.\n\n" +
		"3. Moskau wartet ab\nDer Kreml hat sich noch nicht geäußert. Sprecher Arno Kettler sagte, Moskau habe keine offiziellen Informationen erhalten.\n",
		"Arno Kettler", "Moskau habe keine offiziellen Informationen erhalten", "Moskau wartet ab"},
	{"cs plain titles without a stop", "---\ntitle: \"Tři poučení ze Ženevy\"\nlang: cs\n---\n\n" +
		"Americký mírový plán prošel v Ženevě úpravami. Co víme.\n\n" +
		"1) Lhůta se posouvá\nJeště před týdnem chtěl Washington odpověď do čtvrtka. Vyjednavač Marek Doležal řekl, že zbývající rozdíly lze překonat.\n\n" +
		"2) Kyjev získal čas\nDelegace se sešly dvakrát. Ministryně Hana Kubešová uvedla, že priority Kyjeva jsou nyní v textu.\n\n" +
		"3) Moskva vyčkává\nKreml mlčí. Mluvčí Igor Savin řekl, že Moskva nedostala žádné oficiální informace.\n",
		"Igor Savin", "Moskva nedostala žádné oficiální informace", "Moskva vyčkává"},
	{"fr plain dashed titles without a stop", "---\ntitle: \"Trois enseignements de Genève\"\nlang: fr\n---\n\n" +
		"Le plan de paix américain a été remanié à Genève. Voici ce qu'il faut retenir.\n\n" +
		"1 — Le calendrier se desserre\nLa Maison Blanche voulait une réponse rapide. Le négociateur Gaspard Lemoine a déclaré que les divergences restantes pouvaient être surmontées.\n\n" +
		"2 — Kiev gagne du temps\nLes délégations se sont vues deux fois. La ministre Hélène Vautrin a affirmé que les priorités de Kiev figuraient désormais dans le texte.\n\n" +
		"3 — Les Européens corrigent\nParis et Berlin ont travaillé sur un autre texte. Le diplomate Bastien Carrel a expliqué que l'Europe voulait des garanties écrites.\n",
		"Bastien Carrel", "l'Europe voulait des garanties écrites", "Les Européens corrigent"},
	{"en a silent section after a quotation", "---\ntitle: \"Four takeaways from the Geneva talks\"\nlang: en\n---\n\n" +
		"Negotiators left Geneva with a reworked version of the 28-point plan. Here is what we learned.\n\n" +
		"**1. The deadline slipped.**\nDeputy envoy Harlan Mosby, speaking in Geneva, said the remaining gaps were not insurmountable.\n\n" +
		"**2. Kyiv gained time.**\nMinister Oksana Derkach wrote on Telegram that most of Kyiv's priorities were now in the text.\n\n" +
		"\"We are not there yet with this plan,\" said Ilya Savrasov, a spokesman.\n\n" +
		"**3. The army cap stayed.**\nThe reworked draft still limits Ukraine's armed forces to 600,000 troops.\n",
		"Ilya Savrasov", "We are not there yet", "The army cap stayed"},
	{"de a silent section after a quotation", "---\ntitle: \"Drei Lehren aus Genf\"\nlang: de\n---\n\n" +
		"Der amerikanische Friedensplan wurde in Genf überarbeitet. Was wir daraus lernen.\n\n" +
		"**1. Die Frist ist weich.**\nDer Unterhändler Falk Rettberg sagte am Sonntag, die offenen Fragen seien lösbar.\n\n" +
		"**2. Kiew hat Zeit gewonnen.**\nDie Abgeordnete Jana Wolfsried erklärte, die wichtigsten Anliegen Kiews seien nun im Text enthalten.\n\n" +
		"„Mit diesem Plan sind wir noch nicht am Ziel“, sagte Sprecher Arno Kettler.\n\n" +
		"**3. Die Obergrenze bleibt.**\nDer überarbeitete Entwurf begrenzt die ukrainischen Streitkräfte weiter auf 600.000 Soldaten.\n",
		"Arno Kettler", "sind wir noch nicht am Ziel", "Die Obergrenze bleibt"},
}

// TestNumberedStorySections: an article's numbered sections are read as
// its prose, in every language and layout: the words said inside them are
// statements, and their titles are no points of the plan.
func TestNumberedStorySections(t *testing.T) {
	for _, c := range storySections {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.doc), ParseOptions{Name: "x.md"})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, s := range d.Statements {
				if strings.Contains(s.Speaker, c.speaker) && strings.Contains(s.Text, c.fragment) {
					found = true
				}
			}
			if !found {
				t.Errorf("no statement of %q with %q; got %+v", c.speaker, c.fragment, d.Statements)
			}
			for _, p := range d.Provisions {
				if strings.Contains(p.Text, c.headline) {
					t.Errorf("a section's title came out as a point: %d %q", p.Number, p.Text)
				}
			}
		})
	}
}

// partReprint is a reprint of the plan's later points (15 onwards) under a
// lead-in that does not speak of the plan: the second part of a text
// printed over two days.
type partReprint struct {
	name   string
	doc    string
	points map[int]string // printed number -> a fragment of its text
}

// partReprints are the points 15 to 20 of the US draft retold in each
// language in the test's own words.
var partReprints = []partReprint{
	{"cs", "---\ntitle: \"Americký mírový plán v plném znění (2. část)\"\nlang: cs\n---\n\n# Druhá část\n\n" +
		"*Pokračování ze sobotního vydání. Redakčně zkráceno.*\n\n" +
		"15. Vznikne společná americko-ruská skupina pro bezpečnost, která bude dohlížet na plnění dohody.\n" +
		"16. Rusko zakotví v zákoně politiku neútočení vůči Evropě a Ukrajině.\n" +
		"17. USA a Rusko prodlouží smlouvy o kontrole jaderných zbraní.\n" +
		"18. Ukrajina zůstane nejadernou zemí podle Smlouvy o nešíření jaderných zbraní.\n" +
		"19. Záporožská jaderná elektrárna bude spuštěna pod dohledem MAAE.\n" +
		"20. Obě země zavedou ve školách programy o toleranci mezi kulturami.\n",
		map[int]string{15: "skupina pro bezpečnost", 16: "politiku neútočení", 17: "kontrole jaderných", 18: "nejadernou zemí", 19: "pod dohledem MAAE", 20: "toleranci mezi kulturami"}},
	{"en", "---\ntitle: \"The US peace plan in full, part two\"\nlang: en\n---\n\n# Part two\n\n" +
		"*Continued from Saturday's edition. Lightly edited.*\n\n" +
		"15. A joint American-Russian security group will be set up to oversee how the agreement is carried out.\n" +
		"16. Russia will write into law a policy of non-aggression towards Europe and Ukraine.\n" +
		"17. The United States and Russia will extend their nuclear arms control treaties.\n" +
		"18. Ukraine will remain a non-nuclear state under the Non-Proliferation Treaty.\n" +
		"19. The Zaporizhzhia nuclear plant will be restarted under IAEA supervision.\n" +
		"20. Both countries will bring in school programmes that teach tolerance between cultures.\n",
		map[int]string{15: "security group", 16: "policy of non-aggression", 17: "arms control", 18: "non-nuclear state", 19: "IAEA supervision", 20: "tolerance between cultures"}},
	{"de", "---\ntitle: \"Der US-Friedensplan im Wortlaut, zweiter Teil\"\nlang: de\n---\n\n# Zweiter Teil\n\n" +
		"*Fortsetzung aus der Samstagsausgabe. Leicht gekürzt.*\n\n" +
		"15. Eine gemeinsame amerikanisch-russische Sicherheitsgruppe wird die Umsetzung überwachen.\n" +
		"16. Russland verankert gesetzlich eine Politik der Nichtangriffs gegenüber Europa und der Ukraine.\n" +
		"17. Die USA und Russland verlängern ihre Verträge zur nuklearen Rüstungskontrolle.\n" +
		"18. Die Ukraine bleibt ein atomwaffenfreier Staat nach dem Atomwaffensperrvertrag.\n" +
		"19. Das Kernkraftwerk Saporischschja wird unter Aufsicht der IAEA wieder angefahren.\n" +
		"20. Beide Länder führen an Schulen Programme für Toleranz zwischen den Kulturen ein.\n",
		map[int]string{15: "Sicherheitsgruppe", 16: "Nichtangriffs", 17: "Rüstungskontrolle", 18: "atomwaffenfreier Staat", 19: "Aufsicht der IAEA", 20: "Toleranz zwischen den Kulturen"}},
	{"pl", "---\ntitle: \"Amerykański plan pokojowy w całości, część druga\"\nlang: pl\n---\n\n# Część druga\n\n" +
		"*Ciąg dalszy z sobotniego wydania. Tekst skrócony przez redakcję.*\n\n" +
		"15. Powstanie wspólna amerykańsko-rosyjska grupa ds. bezpieczeństwa, która będzie nadzorować wykonanie umowy.\n" +
		"16. Rosja zapisze w prawie politykę nieagresji wobec Europy i Ukrainy.\n" +
		"17. USA i Rosja przedłużą traktaty o kontroli zbrojeń jądrowych.\n" +
		"18. Ukraina pozostanie państwem bezatomowym zgodnie z Układem o nierozprzestrzenianiu broni jądrowej.\n" +
		"19. Zaporoska elektrownia jądrowa zostanie uruchomiona pod nadzorem MAEA.\n" +
		"20. Oba kraje wprowadzą w szkołach programy uczące tolerancji między kulturami.\n",
		map[int]string{15: "grupa ds. bezpieczeństwa", 16: "politykę nieagresji", 17: "kontroli zbrojeń", 18: "państwem bezatomowym", 19: "pod nadzorem MAEA", 20: "tolerancji między kulturami"}},
	{"sk", "---\ntitle: \"Americký mierový plán v plnom znení (2. časť)\"\nlang: sk\n---\n\n# Druhá časť\n\n" +
		"*Pokračovanie zo sobotného vydania. Redakčne skrátené.*\n\n" +
		"15. Vznikne spoločná americko-ruská skupina pre bezpečnosť, ktorá bude dohliadať na plnenie dohody.\n" +
		"16. Rusko zakotví v zákone politiku neútočenia voči Európe a Ukrajine.\n" +
		"17. USA a Rusko predĺžia zmluvy o kontrole jadrových zbraní.\n" +
		"18. Ukrajina zostane nejadrovou krajinou podľa Zmluvy o nešírení jadrových zbraní.\n" +
		"19. Záporožská jadrová elektráreň bude spustená pod dohľadom MAAE.\n" +
		"20. Obe krajiny zavedú v školách programy o tolerancii medzi kultúrami.\n",
		map[int]string{15: "skupina pre bezpečnosť", 16: "politiku neútočenia", 17: "kontrole jadrových", 18: "nejadrovou krajinou", 19: "pod dohľadom MAAE", 20: "tolerancii medzi kultúrami"}},
	{"en procedural points", "---\ntitle: \"The US peace plan in full, part two\"\nlang: en\n---\n\n# Part two\n\n" +
		"*Continued from Saturday's edition.*\n\n" +
		"15. A joint security group will be set up to oversee how the agreement is carried out.\n" +
		"16. The parties will set up a joint commission to check compliance.\n" +
		"17. Both countries will bring in school programmes that teach tolerance between cultures.\n" +
		"18. Russia will not hinder Ukraine's commercial use of the Dnipro river.\n" +
		"19. After the territorial arrangements are agreed, neither side will change them by force.\n" +
		"20. The agreement will be legally binding and monitored by a council chaired by the US president.\n",
		map[int]string{15: "security group", 16: "joint commission", 17: "tolerance between cultures", 18: "Dnipro", 19: "by force", 20: "legally binding"}},
	{"de procedural points", "---\ntitle: \"Der US-Friedensplan im Wortlaut, zweiter Teil\"\nlang: de\n---\n\n# Zweiter Teil\n\n" +
		"*Fortsetzung aus der Samstagsausgabe.*\n\n" +
		"15. Eine gemeinsame Sicherheitsgruppe wird die Umsetzung des Abkommens überwachen.\n" +
		"16. Die Parteien richten eine gemeinsame Kommission zur Kontrolle ein.\n" +
		"17. Beide Länder führen an Schulen Programme für Toleranz zwischen den Kulturen ein.\n" +
		"18. Russland wird die kommerzielle Nutzung des Dnipro durch die Ukraine nicht behindern.\n" +
		"19. Nach der Einigung über die Gebiete ändert keine Seite sie mit Gewalt.\n" +
		"20. Das Abkommen ist rechtlich bindend und wird von einem Rat unter Vorsitz des US-Präsidenten überwacht.\n",
		map[int]string{15: "Sicherheitsgruppe", 16: "Kommission", 17: "Toleranz", 18: "Dnipro", 19: "mit Gewalt", 20: "rechtlich bindend"}},
}

// TestPartReprintKeepsPrintedNumbers: a reprint of points 15 onwards is
// the plan's list however its lead-in reads, and every item keeps the
// number printed before it, even when its term is numbered otherwise in
// another version.
func TestPartReprintKeepsPrintedNumbers(t *testing.T) {
	for _, c := range partReprints {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.doc), ParseOptions{Name: "x.md"})
			if err != nil {
				t.Fatal(err)
			}
			for n, frag := range c.points {
				found := false
				for _, p := range d.Provisions {
					if strings.Contains(p.Text, frag) {
						if p.Number != n {
							t.Errorf("point %d (%q) numbered %d", n, frag, p.Number)
						}
						found = true
					}
				}
				if !found {
					t.Errorf("point %d (%q) missing; got %+v", n, frag, d.Provisions)
				}
			}
		})
	}
}

// TestSpeechInsidePlanPoints: a plan's point read as a point still holds
// the words of a person quoted on it, while the parties the point binds
// ("Ukraine agrees to …") are not speakers.
func TestSpeechInsidePlanPoints(t *testing.T) {
	docs := []struct {
		lang, doc, speaker, fragment, party string
	}{
		{"en", "---\ntitle: t\nlang: en\n---\n\nThe points of the US draft, with our notes:\n\n" +
			"1. Ukraine agrees that it will remain a non-nuclear state. Analyst Petra Volkov said the clause only repeated an old pledge.\n" +
			"2. NATO agrees not to station troops in Ukraine.\n" +
			"3. Ukraine will hold elections within 100 days.\n",
			"Petra Volkov", "the clause only repeated an old pledge", "Ukraine"},
		{"de", "---\ntitle: t\nlang: de\n---\n\nDie Punkte des US-Entwurfs mit unseren Anmerkungen:\n\n" +
			"1. Die Ukraine erklärt, dass sie ein atomwaffenfreier Staat bleibt. Die Analystin Petra Wolkow sagte, die Klausel wiederhole nur ein altes Versprechen.\n" +
			"2. Die NATO stationiert keine Truppen in der Ukraine.\n" +
			"3. Die Ukraine hält binnen 100 Tagen Wahlen ab.\n",
			"Petra Wolkow", "die Klausel wiederhole nur ein altes Versprechen", "Ukraine"},
		{"pl", "---\ntitle: t\nlang: pl\n---\n\nPunkty amerykańskiego planu z naszymi uwagami:\n\n" +
			"1. Ukraina oświadcza, że pozostanie państwem bezatomowym. Analityczka Petra Wołkow powiedziała, że zapis tylko powtarza starą obietnicę.\n" +
			"2. NATO nie rozmieści wojsk na Ukrainie.\n" +
			"3. Ukraina przeprowadzi wybory w ciągu 100 dni.\n",
			"Petra Wołkow", "zapis tylko powtarza starą obietnicę", "Ukraina"},
	}
	for _, c := range docs {
		t.Run(c.lang, func(t *testing.T) {
			d, err := Parse([]byte(c.doc), ParseOptions{Name: "x.md"})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Provisions) < 3 {
				t.Fatalf("the list is no longer the plan's: %+v", d.Provisions)
			}
			found := false
			for _, s := range d.Statements {
				if strings.Contains(s.Speaker, c.speaker) && strings.Contains(s.Text, c.fragment) {
					found = true
				}
				if s.Speaker == c.party {
					t.Errorf("a party to the point became a speaker: %+v", s)
				}
			}
			if !found {
				t.Errorf("no statement of %q with %q; got %+v", c.speaker, c.fragment, d.Statements)
			}
		})
	}
}

// TestNumberedDigestLines: a numbered line that reports what a person said
// under a lead-in naming the plan is that person's statement and no point
// of the plan, while the plan's clauses in the same list ("Ukraine will
// hold elections …") stay points.
func TestNumberedDigestLines(t *testing.T) {
	docs := []struct {
		lang, doc, speaker, fragment, point string
	}{
		{"en", "---\ntitle: t\nlang: en\n---\n\nWhat was said about the peace plan today:\n\n" +
			"1. Deputy Minister Radu Ciobanu said Kyiv needed more time to answer.\n" +
			"2. Senator Mae Ostrander warned that the deadline was unrealistic.\n" +
			"3. Ukraine will hold elections within 100 days.\n",
			"Radu Ciobanu", "Kyiv needed more time to answer", "elections within 100 days"},
		{"de", "---\ntitle: t\nlang: de\n---\n\nWas heute über den Friedensplan gesagt wurde:\n\n" +
			"1. Vizeminister Radu Ciobanu sagte, Kiew brauche mehr Zeit für eine Antwort.\n" +
			"2. Die Abgeordnete Jana Wolfsried warnte, die Frist sei unrealistisch.\n" +
			"3. Die Ukraine hält binnen 100 Tagen Wahlen ab.\n",
			"Radu Ciobanu", "Kiew brauche mehr Zeit für eine Antwort", "binnen 100 Tagen Wahlen"},
		{"ru", "---\ntitle: t\nlang: ru\n---\n\nЧто сегодня говорили о мирном плане:\n\n" +
			"1. Замминистра Олег Ветров заявил, что Киеву нужно больше времени на ответ.\n" +
			"2. Депутат Анна Белова сказала, что срок нереалистичен.\n" +
			"3. Украина проведёт выборы в течение 100 дней.\n",
			"Олег Ветров", "Киеву нужно больше времени на ответ", "выборы в течение 100 дней"},
		{"pl", "---\ntitle: t\nlang: pl\n---\n\nCo dziś mówiono o planie pokojowym:\n\n" +
			"1. Wiceminister Tadeusz Wirski powiedział, że Kijów potrzebuje więcej czasu na odpowiedź.\n" +
			"2. Posłanka Agata Rudnicka oświadczyła, że termin jest nierealny.\n" +
			"3. Ukraina przeprowadzi wybory w ciągu 100 dni.\n",
			"Tadeusz Wirski", "Kijów potrzebuje więcej czasu na odpowiedź", "wybory w ciągu 100 dni"},
	}
	for _, c := range docs {
		t.Run(c.lang, func(t *testing.T) {
			d, err := Parse([]byte(c.doc), ParseOptions{Name: "x.md"})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, s := range d.Statements {
				if strings.Contains(s.Speaker, c.speaker) && strings.Contains(s.Text, c.fragment) {
					found = true
				}
			}
			if !found {
				t.Errorf("no statement of %q with %q; got %+v", c.speaker, c.fragment, d.Statements)
			}
			point := false
			for _, p := range d.Provisions {
				if strings.Contains(p.Text, c.fragment) {
					t.Errorf("a digest line came out as a point: %d %q", p.Number, p.Text)
				}
				point = point || strings.Contains(p.Text, c.point)
			}
			if !point {
				t.Errorf("the plan's clause %q is no longer a point: %+v", c.point, d.Provisions)
			}
		})
	}
}
