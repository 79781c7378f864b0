package corpus

import (
	"os"
	"strings"
	"testing"
)

// roleProbe is one way a report gives its speaker's title: the text, the
// speaker expected and the role, as the report words it without its
// article. Alternatives are separated by "|" (a genitive title may be
// given back in the nominative); the statement's role must contain one
// and must not open with an article.
type roleProbe struct {
	lang, text, speaker, role string
}

var roleProbes = []roleProbe{
	// title before the name
	{"en", "Kremlin spokesman Dmitry Peskov said the plan needed more work.", "Dmitry Peskov", "Kremlin spokesman"},
	{"en", "Secretary of State Marco Rubio said the talks had been productive.", "Marco Rubio", "Secretary of State"},
	{"en", "British Prime Minister Keir Starmer said Europe must be at the table.", "Keir Starmer", "British Prime Minister"},
	{"en", "\"We are close,\" U.S. special envoy Steve Witkoff told reporters.", "Steve Witkoff", "special envoy"},
	{"en", "Ukrainian Foreign Minister Andrii Sybiha said Kyiv would not accept the terms.", "Andrii Sybiha", "Foreign Minister"},
	{"en", "EU foreign policy chief Kaja Kallas said any deal must not reward aggression.", "Kaja Kallas", "foreign policy chief"},
	{"de", "Der britische Premier Keir Starmer sagte, Europa müsse mit am Tisch sitzen.", "Keir Starmer", "britische Premier"},
	{"de", "Kremlsprecher Dmitri Peskow sagte, der Plan müsse überarbeitet werden.", "Dmitry Peskov", "Kremlsprecher"},
	{"de", "Der finnische Präsident Alexander Stubb sagte, Europa müsse mit am Tisch sitzen.", "Alexander Stubb", "finnische Präsident"},
	{"de", "Die estnische Regierungschefin Kaja Kallas sagte, Europa müsse mit am Tisch sitzen.", "Kaja Kallas", "estnische Regierungschefin"},
	{"de", "„Europa muss mit am Tisch sitzen“, sagte der ungarische Regierungschef Viktor Orbán.", "Viktor Orbán", "ungarische Regierungschef"},
	{"de", "Bundesaußenminister Johann Wadephul sagte, Europa werde die Ukraine weiter unterstützen.", "Johann Wadephul", "Bundesaußenminister"},
	{"de", "US-Außenminister Marco Rubio sagte, die Gespräche seien produktiv gewesen.", "Marco Rubio", "US-Außenminister"},
	{"fr", "Le porte-parole du Kremlin Dmitri Peskov a déclaré que le plan devait être revu.", "Dmitry Peskov", "porte-parole du Kremlin"},
	{"fr", "Le ministre des Affaires étrangères Jean-Noël Barrot a affirmé que l'Europe devait être associée.", "Jean-Noël Barrot", "ministre des Affaires étrangères"},
	{"fr", "Le président français Emmanuel Macron a déclaré que la paix ne se décrète pas.", "Emmanuel Macron", "président français"},
	{"it", "Il ministro degli Esteri Antonio Tajani ha detto che l'Italia sostiene Kiev.", "Antonio Tajani", "ministro degli Esteri"},
	{"it", "La presidente del Consiglio Giorgia Meloni ha detto che l'Europa deve essere al tavolo.", "Giorgia Meloni", "presidente del Consiglio"},
	{"it", "Il portavoce del Cremlino Dmitri Peskov ha detto che il piano va rivisto.", "Dmitry Peskov", "portavoce del Cremlino"},
	{"es", "El secretario de Estado Marco Rubio dijo que las conversaciones fueron productivas.", "Marco Rubio", "secretario de Estado"},
	{"es", "El ministro de Asuntos Exteriores José Manuel Albares afirmó que Europa debe estar en la mesa.", "José Manuel Albares", "ministro de Asuntos Exteriores"},
	{"es", "El portavoz del Kremlin Dmitri Peskov dijo que el plan debe revisarse.", "Dmitry Peskov", "portavoz del Kremlin"},
	{"pt", "O porta-voz do Kremlin Dmitri Peskov disse que o plano precisa de revisão.", "Dmitry Peskov", "porta-voz do Kremlin"},
	{"pt", "O secretário de Estado Marco Rubio disse que as conversas foram produtivas.", "Marco Rubio", "secretário de Estado"},
	{"pt", "O presidente do Conselho Europeu António Costa afirmou que a Europa deve estar à mesa.", "António Costa", "presidente do Conselho Europeu"},
	{"pl", "Rzecznik Kremla Dmitrij Pieskow powiedział, że plan wymaga poprawek.", "Dmitry Peskov", "rzecznik Kremla"},
	{"pl", "Minister spraw zagranicznych Radosław Sikorski powiedział, że Europa musi być przy stole.", "Radosław Sikorski", "minister spraw zagranicznych"},
	{"pl", "Premier Donald Tusk powiedział, że żadne porozumienie nie może nagradzać agresji.", "Donald Tusk", "premier"},
	{"ru", "Помощник президента Юрий Ушаков заявил, что Москва изучит документ.", "Yuri Ushakov", "помощник президента"},
	{"ru", "Пресс-секретарь президента Дмитрий Песков заявил, что план требует доработки.", "Dmitry Peskov", "пресс-секретарь президента"},
	{"ru", "Министр иностранных дел России Сергей Лавров заявил, что Москва не примет войска НАТО.", "Sergei Lavrov", "министр иностранных дел"},
	{"uk", "Секретар РНБО Рустем Умєров заявив, що Україна уважно вивчає пропозиції.", "Rustem Umerov", "секретар РНБО"},
	{"uk", "Міністр закордонних справ Андрій Сибіга заявив, що Україна не визнає окупацію.", "Andrii Sybiha", "міністр закордонних справ"},
	{"uk", "Речник Кремля Дмитро Пєсков заявив, що план потребує доопрацювання.", "Dmitry Peskov", "речник Кремля"},
	// apposition after the name
	{"en", "Dmitry Peskov, the Kremlin's spokesman, said the plan needed more work.", "Dmitry Peskov", "Kremlin's spokesman"},
	{"en", "Marco Rubio, the U.S. secretary of state, said the talks had been productive.", "Marco Rubio", "secretary of state"},
	{"en", "Rustem Umerov, secretary of Ukraine's National Security and Defense Council, said Kyiv was studying the proposals.", "Rustem Umerov", "secretary of Ukraine's National Security and Defense Council"},
	{"de", "Dmitri Peskow, der Sprecher des Kremls, sagte, der Plan müsse überarbeitet werden.", "Dmitry Peskov", "Sprecher des Kremls"},
	{"de", "Johann Wadephul, Außenminister der Bundesrepublik, sagte, Europa werde die Ukraine unterstützen.", "Johann Wadephul", "Außenminister"},
	{"fr", "Dmitri Peskov, porte-parole du Kremlin, a déclaré que le plan devait être revu.", "Dmitry Peskov", "porte-parole du Kremlin"},
	{"fr", "Jean-Noël Barrot, le ministre des Affaires étrangères, a affirmé que l'Europe devait être associée.", "Jean-Noël Barrot", "ministre des Affaires étrangères"},
	{"it", "Antonio Tajani, ministro degli Esteri, ha detto che l'Italia sostiene Kiev.", "Antonio Tajani", "ministro degli Esteri"},
	{"it", "Dmitri Peskov, portavoce del Cremlino, ha detto che il piano va rivisto.", "Dmitry Peskov", "portavoce del Cremlino"},
	{"es", "Marco Rubio, secretario de Estado de EE.UU., dijo que las conversaciones fueron productivas.", "Marco Rubio", "secretario de Estado"},
	{"es", "Dmitri Peskov, portavoz del Kremlin, dijo que el plan debe revisarse.", "Dmitry Peskov", "portavoz del Kremlin"},
	{"pt", "Dmitri Peskov, porta-voz do Kremlin, disse que o plano precisa de revisão.", "Dmitry Peskov", "porta-voz do Kremlin"},
	{"pl", "Dmitrij Pieskow, rzecznik Kremla, powiedział, że plan wymaga poprawek.", "Dmitry Peskov", "rzecznik Kremla"},
	{"pl", "Radosław Sikorski, szef MSZ, powiedział, że Europa musi być przy stole.", "Radosław Sikorski", "szef MSZ"},
	{"ru", "Дмитрий Песков, пресс-секретарь президента России, заявил, что план требует доработки.", "Dmitry Peskov", "пресс-секретарь президента"},
	{"ru", "Юрий Ушаков, помощник президента, заявил, что Москва изучит документ.", "Yuri Ushakov", "помощник президента"},
	{"uk", "Рустем Умєров, секретар РНБО, заявив, що Україна уважно вивчає пропозиції.", "Rustem Umerov", "секретар РНБО"},
	{"uk", "Андрій Сибіга, міністр закордонних справ, заявив, що Україна не визнає окупацію.", "Andrii Sybiha", "міністр закордонних справ"},
	// title split from the name by a comma
	{"en", "The Kremlin spokesman, Dmitry Peskov, said the plan needed more work.", "Dmitry Peskov", "Kremlin spokesman"},
	{"en", "The secretary of state, Marco Rubio, said the talks had been productive.", "Marco Rubio", "secretary of state"},
	{"fr", "Le porte-parole du Kremlin, Dmitri Peskov, a souligné que le plan devait être revu.", "Dmitry Peskov", "porte-parole du Kremlin"},
	{"fr", "« Le plan doit être revu », a déclaré à Reuters le porte-parole du Kremlin, Dmitri Peskov.", "Dmitry Peskov", "porte-parole du Kremlin"},
	{"it", "Il ministro degli Esteri, Antonio Tajani, ha detto che l'Italia sostiene Kiev.", "Antonio Tajani", "ministro degli Esteri"},
	{"es", "El portavoz del Kremlin, Dmitri Peskov, dijo que el plan debe revisarse.", "Dmitry Peskov", "portavoz del Kremlin"},
	{"es", "El secretario de Estado estadounidense, Marco Rubio, dijo que las conversaciones fueron productivas.", "Marco Rubio", "secretario de Estado"},
	{"pt", "O porta-voz do Kremlin, Dmitri Peskov, disse que o plano precisa de revisão.", "Dmitry Peskov", "porta-voz do Kremlin"},
	{"de", "Der Sprecher des Kremls, Dmitri Peskow, sagte, der Plan müsse überarbeitet werden.", "Dmitry Peskov", "Sprecher des Kremls"},
	// title after the verb (inverted)
	{"en", "\"The plan needs more work,\" said Kremlin spokesman Dmitry Peskov.", "Dmitry Peskov", "Kremlin spokesman"},
	{"de", "„Der Plan muss überarbeitet werden“, sagte Kremlsprecher Dmitri Peskow.", "Dmitry Peskov", "Kremlsprecher"},
	{"fr", "« Le plan doit être revu », a déclaré le porte-parole du Kremlin Dmitri Peskov.", "Dmitry Peskov", "porte-parole du Kremlin"},
	{"it", "«Il piano va rivisto», ha detto il portavoce del Cremlino Dmitri Peskov.", "Dmitry Peskov", "portavoce del Cremlino"},
	{"es", "«El plan debe revisarse», dijo el portavoz del Kremlin, Dmitri Peskov.", "Dmitry Peskov", "portavoz del Kremlin"},
	{"pt", "“O plano precisa de revisão”, disse o porta-voz do Kremlin, Dmitri Peskov.", "Dmitry Peskov", "porta-voz do Kremlin"},
	{"pl", "Plan wymaga poprawek – przekazał rzecznik Kremla Dmitrij Pieskow.", "Dmitry Peskov", "rzecznik Kremla"},
	{"ru", "«План требует доработки», — заявил пресс-секретарь президента Дмитрий Песков.", "Dmitry Peskov", "пресс-секретарь президента"},
	{"uk", "«Україна уважно вивчає пропозиції», — заявив секретар РНБО Рустем Умєров.", "Rustem Umerov", "секретар РНБО"},
	{"ru", "«Москва изучит документ», — сказал помощник президента России Юрий Ушаков.", "Yuri Ushakov", "помощник президента"},
	// with a complement
	{"en", "Rustem Umerov, the secretary of the National Security and Defense Council, said Kyiv was studying the proposals.", "Rustem Umerov", "secretary of the National Security and Defense Council"},
	{"uk", "Секретар Ради національної безпеки і оборони Рустем Умєров заявив, що Україна вивчає пропозиції.", "Rustem Umerov", "секретар Ради національної безпеки"},
	{"ru", "Заместитель председателя Совбеза Дмитрий Медведев заявил, что план неприемлем.", "Dmitry Medvedev", "заместитель председателя Совбеза"},
	{"fr", "Le vice-président du Conseil de sécurité russe, Dmitri Medvedev, a affirmé que le plan était inacceptable.", "Dmitry Medvedev", "vice-président du Conseil de sécurité"},
	// according to, genitive
	{"en", "According to Kremlin spokesman Dmitry Peskov, the plan needs more work.", "Dmitry Peskov", "Kremlin spokesman"},
	{"de", "Laut Kremlsprecher Dmitri Peskow muss der Plan überarbeitet werden.", "Dmitry Peskov", "Kremlsprecher"},
	{"fr", "Selon le porte-parole du Kremlin Dmitri Peskov, le plan doit être revu.", "Dmitry Peskov", "porte-parole du Kremlin"},
	{"it", "Secondo il portavoce del Cremlino Dmitri Peskov, il piano va rivisto.", "Dmitry Peskov", "portavoce del Cremlino"},
	{"es", "Según el portavoz del Kremlin, Dmitri Peskov, el plan debe revisarse.", "Dmitry Peskov", "portavoz del Kremlin"},
	{"pt", "Segundo o porta-voz do Kremlin, Dmitri Peskov, o plano precisa de revisão.", "Dmitry Peskov", "porta-voz do Kremlin"},
	{"es", "Según el portavoz del Kremlin Dmitri Peskov, el plan debe revisarse.", "Dmitry Peskov", "portavoz del Kremlin"},
	{"it", "Secondo il ministro degli Esteri Antonio Tajani, il piano va rivisto.", "Antonio Tajani", "ministro degli Esteri"},
	{"uk", "За словами речника Кремля Дмитра Пєскова, план потребує доопрацювання.", "Dmitry Peskov", "речник Кремля|речника Кремля"},
	{"pl", "Według rzecznika Kremla Dmitrija Pieskowa plan wymaga poprawek.", "Dmitry Peskov", "rzecznik Kremla|rzecznika Kremla"},
	{"ru", "По словам пресс-секретаря президента Дмитрия Пескова, план требует доработки.", "Dmitry Peskov", "пресс-секретарь президента|пресс-секретаря президента"},
	{"uk", "За словами секретаря РНБО Рустема Умєрова, Україна уважно вивчає пропозиції.", "Rustem Umerov", "секретар РНБО|секретаря РНБО"},
	{"ru", "По словам помощника президента Юрия Ушакова, Москва изучит документ.", "Yuri Ushakov", "помощник президента|помощника президента"},
	{"it", "Secondo il consigliere del Cremlino Yuri Ushakov, Mosca studierà il testo.", "Yuri Ushakov", "consigliere del Cremlino"},
	{"es", "Según el asesor del Kremlin Yuri Ushakov, Moscú estudiará el texto.", "Yuri Ushakov", "asesor del Kremlin"},
	{"fr", "Selon le conseiller diplomatique du Kremlin Iouri Ouchakov, Moscou étudiera le texte.", "Yuri Ushakov", "conseiller diplomatique du Kremlin"},
	// according to, closing the sentence, the name split off by a comma
	{"fr", "Le plan doit être revu, selon le porte-parole du Kremlin, Dmitri Peskov.", "Dmitry Peskov", "porte-parole du Kremlin"},
	{"es", "El plan debe revisarse, según el portavoz del Kremlin, Dmitri Peskov.", "Dmitry Peskov", "portavoz del Kremlin"},
	{"it", "Mosca studierà il testo, secondo il consigliere del Cremlino, Yuri Ushakov.", "Yuri Ushakov", "consigliere del Cremlino"},
	{"pl", "Plan wymaga poprawek, według rzecznika Kremla Dmitrija Pieskowa.", "Dmitry Peskov", "rzecznik Kremla|rzecznika Kremla"},
	// open: an acronym office in a Polish genitive without a comma, a
	// Russian apposition of acronyms, a German apposition after "laut X,"
	{"pl", "Zdaniem szefa MSZ Radosława Sikorskiego Europa musi być przy stole.", "Radosław Sikorski", "szef MSZ|szefa MSZ"},
	{"ru", "Кирилл Буданов, начальник ГУР Минобороны Украины, заявил, что фронт держится.", "Kyrylo Budanov", "начальник ГУР"},
	{"de", "Laut Juri Uschakow, außenpolitischer Berater des Kremls, wird Moskau den Text prüfen.", "Yuri Ushakov", "außenpolitischer Berater des Kremls"},
}

// TestRoleProbes: the titles reports give their speakers, invented
// sentences in nine languages (docs/design.md, xroles). Cases known to
// fail are in roleProbeOpen; ROLEPROBES_ALL=1 lists every failure.
func TestRoleProbes(t *testing.T) {
	all := os.Getenv("ROLEPROBES_ALL") != ""
	pass := 0
	for i, tc := range roleProbes {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.text)
		got := speakerRoles(d.Statements)
		ok := false
		for _, s := range d.Statements {
			if s.Speaker != tc.speaker {
				continue
			}
			for _, r := range strings.Split(tc.role, "|") {
				ok = ok || strings.Contains(strings.ToLower(s.Role), strings.ToLower(r)) && cleanRole(s.Role) == s.Role
			}
		}
		if ok {
			pass++
			continue
		}
		if all || !roleProbeOpen[i] {
			t.Errorf("#%d %s: %q\n got %q\nwant %s (%s)", i, tc.lang, tc.text, got, tc.speaker, tc.role)
		}
	}
	t.Logf("%d of %d role probes pass", pass, len(roleProbes))
}

// roleProbeOpen lists the cases known to fail (see docs/design.md).
var roleProbeOpen = map[int]bool{len(roleProbes) - 3: true, len(roleProbes) - 2: true, len(roleProbes) - 1: true}
