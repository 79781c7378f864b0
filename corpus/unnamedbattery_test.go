package corpus

import (
	"strings"
	"testing"
)

// TestUnnamedSourceBattery: invented wire-copy sentences in nine languages
// whose speaker the report does not name ("a senior official, who spoke on
// condition of anonymity, said …", "…, said a person familiar with the
// talks", "fonti diplomatiche riferiscono che", "джерело в Офісі
// президента"). The words are the unnamed source's, with the description
// (its key noun) as role, and never those of a person named in the same
// sentence: "a source close to Witkoff" is not Witkoff, and in "officials
// said Zelensky would …" the officials speak.
func TestUnnamedSourceBattery(t *testing.T) {
	tests := []struct {
		lang, sentence, role, text string
	}{
		// English
		{"en", "A senior official, who spoke on condition of anonymity, said the draft had been cut to 19 points.", "official", "the draft had been cut to 19 points"},
		{"en", "The draft had been cut to 19 points, said a person familiar with the talks.", "person familiar with the talks", "The draft had been cut to 19 points"},
		{"en", "Sources told Reuters that the Geneva text dropped the amnesty clause.", "Sources", "the Geneva text dropped the amnesty clause"},
		{"en", "A source close to Witkoff said the envoy would fly to Moscow next week.", "source close to Witkoff", "the envoy would fly to Moscow next week"},
		{"en", "Officials said Zelensky would travel to Washington on Friday.", "Officials", "Zelensky would travel to Washington on Friday"},
		{"en", "Two people familiar with the matter said Rubio had rewritten the security clause.", "people familiar with the matter", "Rubio had rewritten the security clause"},
		{"en", "A European diplomat, speaking on condition of anonymity, said Merz had not seen the text.", "diplomat", "Merz had not seen the text"},
		{"en", "One U.S. official told Axios the plan was still being revised.", "official", "the plan was still being revised"},
		{"en", "According to one person familiar with the effort, the provisions remain negotiable.", "person familiar with the effort", "the provisions remain negotiable"},
		{"en", "The text is not final, a Ukrainian official close to the matter said on Monday.", "official", "The text is not final"},
		{"en", "A White House official, who asked not to be identified, said Kushner joined the call with Umerov.", "official", "Kushner joined the call with Umerov"},
		// German
		{"de", "Eine mit den Gesprächen vertraute Person sagte, der Entwurf sei noch nicht abgestimmt.", "Person", "der Entwurf sei noch nicht abgestimmt"},
		{"de", "Ein EU-Diplomat, der anonym bleiben wollte, sagte, Selenskyj werde den Plan nicht unterschreiben.", "Diplomat", "Selenskyj werde den Plan nicht unterschreiben"},
		{"de", "Der Plan sei in Genf überarbeitet worden, sagte ein hochrangiger Beamter.", "Beamter", "Der Plan sei in Genf überarbeitet worden"},
		{"de", "Ein Vertrauter von Witkoff sagte, der Gesandte reise nächste Woche nach Moskau.", "Vertrauter", "der Gesandte reise nächste Woche nach Moskau"},
		{"de", "Regierungskreise in Berlin sagten, Merz habe den Text erst am Freitag erhalten.", "Regierungskreise", "Merz habe den Text erst am Freitag erhalten"},
		{"de", "Wie ein ukrainischer Beamter der Nachrichtenagentur Reuters sagte, sei die Armeegrenze gestrichen worden.", "Beamter", "die Armeegrenze gestrichen worden"},
		// French
		{"fr", "Un diplomate européen, sous couvert d'anonymat, a affirmé que le texte avait été réécrit à Genève.", "diplomate européen", "le texte avait été réécrit à Genève"},
		{"fr", "Le plan n'est pas définitif, a déclaré un responsable européen anonyme.", "responsable européen", "Le plan n'est pas définitif"},
		{"fr", "Une source proche de Macron a indiqué que Paris refusait la clause sur l'OTAN.", "source proche de Macron", "Paris refusait la clause sur l'OTAN"},
		{"fr", "Selon une source diplomatique, Zelensky rencontrera Trump la semaine prochaine.", "source diplomatique", "Zelensky rencontrera Trump la semaine prochaine"},
		{"fr", "Un conseiller de la présidence ukrainienne, qui a requis l'anonymat, a estimé que le point 7 était inacceptable.", "conseiller", "le point 7 était inacceptable"},
		{"fr", "Des responsables américains ont affirmé que Witkoff se rendrait à Moscou.", "responsables américains", "Witkoff se rendrait à Moscou"},
		// Italian
		{"it", "Fonti diplomatiche riferiscono che il piano è stato ridotto a 19 punti.", "Fonti diplomatiche", "il piano è stato ridotto a 19 punti"},
		{"it", "Una fonte vicina a Meloni ha detto che Roma non invierà truppe.", "fonte vicina a Meloni", "Roma non invierà truppe"},
		{"it", "Secondo una fonte europea, Zelensky non firmerà il testo attuale.", "fonte europea", "Zelensky non firmerà il testo attuale"},
		{"it", "Un alto funzionario, che ha chiesto di restare anonimo, ha spiegato che la bozza cambierà ancora.", "funzionario", "la bozza cambierà ancora"},
		{"it", "Il testo non è definitivo, spiega una fonte del governo.", "fonte del governo", "Il testo non è definitivo"},
		{"it", "Fonti di Palazzo Chigi hanno riferito che Meloni sentirà Trump in serata.", "Fonti di Palazzo Chigi", "Meloni sentirà Trump in serata"},
		// Spanish
		{"es", "Una fuente conocedora de las conversaciones dijo que el borrador se redujo a 19 puntos.", "fuente conocedora de las conversaciones", "el borrador se redujo a 19 puntos"},
		{"es", "Un alto funcionario, que pidió el anonimato, aseguró que Rubio reescribió el artículo cinco.", "funcionario", "Rubio reescribió el artículo cinco"},
		{"es", "El plan no es definitivo, dijo un diplomático europeo.", "diplomático europeo", "El plan no es definitivo"},
		{"es", "Según fuentes diplomáticas, Zelenski viajará a Washington el viernes.", "fuentes diplomáticas", "Zelenski viajará a Washington el viernes"},
		{"es", "Una fuente cercana a Sánchez explicó que España no enviará tropas.", "fuente cercana a Sánchez", "España no enviará tropas"},
		{"es", "Funcionarios estadounidenses dijeron que Witkoff volará a Moscú.", "Funcionarios estadounidenses", "Witkoff volará a Moscú"},
		// Portuguese
		{"pt", "Uma fonte a par das negociações disse que o texto foi reduzido a 19 pontos.", "fonte a par das negociações", "o texto foi reduzido a 19 pontos"},
		{"pt", "Um alto funcionário, que pediu anonimato, afirmou que Zelensky vai rejeitar o plano.", "funcionário", "Zelensky vai rejeitar o plano"},
		{"pt", "O plano não é definitivo, disse um diplomata europeu.", "diplomata europeu", "O plano não é definitivo"},
		{"pt", "Segundo uma fonte diplomática, Lula conversou com Putin na terça-feira.", "fonte diplomática", "Lula conversou com Putin na terça-feira"},
		{"pt", "Uma fonte próxima de Witkoff afirmou que o enviado irá a Moscou.", "fonte próxima de Witkoff", "o enviado irá a Moscou"},
		// Polish
		{"pl", "Rozmówca zbliżony do delegacji powiedział, że projekt skrócono do 19 punktów.", "Rozmówca zbliżony do delegacji", "projekt skrócono do 19 punktów"},
		{"pl", "Wysoki rangą urzędnik, który prosił o anonimowość, powiedział, że Zełenski nie podpisze planu.", "urzędnik", "Zełenski nie podpisze planu"},
		{"pl", "Źródło dyplomatyczne poinformowało, że Tusk rozmawiał z Merzem.", "Źródło dyplomatyczne", "Tusk rozmawiał z Merzem"},
		{"pl", "Według źródła zbliżonego do rządu, Polska nie wyśle żołnierzy.", "źródła zbliżonego do rządu", "Polska nie wyśle żołnierzy"},
		{"pl", "Plan nie jest ostateczny, powiedział jeden z dyplomatów.", "dyplomatów", "Plan nie jest ostateczny"},
		// Russian
		{"ru", "Источник, знакомый с ходом переговоров, сообщил, что план сократили до 19 пунктов.", "Источник", "план сократили до 19 пунктов"},
		{"ru", "Высокопоставленный чиновник, пожелавший остаться неназванным, заявил, что Зеленский не подпишет документ.", "чиновник", "Зеленский не подпишет документ"},
		{"ru", "Украинский чиновник рассказал, что план предусматривает сокращение армии.", "чиновник", "план предусматривает сокращение армии"},
		{"ru", "Источник, близкий к Уиткоффу, сообщил, что спецпосланник прилетит в Москву.", "Источник", "спецпосланник прилетит в Москву"},
		{"ru", "По словам собеседника агентства, Умеров получил текст в среду.", "собеседника", "Умеров получил текст в среду"},
		{"ru", "Американские чиновники заявили, что Зеленский приедет в Вашингтон.", "чиновники", "Зеленский приедет в Вашингтон"},
		// Ukrainian
		{"uk", "Джерело в Офісі президента повідомило, що Умєров отримав новий текст.", "Джерело", "Умєров отримав новий текст"},
		{"uk", "Співрозмовник, обізнаний з перебігом переговорів, розповів, що пункт про армію прибрали.", "Співрозмовник", "пункт про армію прибрали"},
		{"uk", "Американський чиновник повідомив, що уряд України погодився на угоду.", "чиновник", "уряд України погодився на угоду"},
		{"uk", "Ще одне джерело, обізнане з переговорами, підтвердило, що Дрісколл був в Абу-Дабі.", "джерело", "Дрісколл був в Абу-Дабі"},
		{"uk", "Два американські чиновники анонімно розповіли, що Віткофф поїде до Москви.", "чиновники", "Віткофф поїде до Москви"},
		{"uk", "За словами джерела, близького до Зеленського, президент не погодиться на поступки.", "джерела", "президент не погодиться на поступки"},
		// one of a group of sources, after the words
		{"en", "The plan is not final, said one of the diplomats.", "diplomats", "The plan is not final"},
		{"de", "Der Plan sei nicht endgültig, sagte einer der Diplomaten.", "Diplomaten", "Der Plan sei nicht endgültig"},
		{"fr", "Le plan n'est pas définitif, a déclaré l'un des diplomates.", "diplomates", "Le plan n'est pas définitif"},
		{"it", "Il piano non è definitivo, ha detto uno dei diplomatici.", "diplomatici", "Il piano non è definitivo"},
		{"es", "El plan no es definitivo, dijo uno de los diplomáticos.", "diplomáticos", "El plan no es definitivo"},
		{"ru", "План не окончательный, сказал один из дипломатов.", "дипломатов", "План не окончательный"},
		{"uk", "План не остаточний, сказав один із дипломатів.", "дипломатів", "План не остаточний"},
		{"en", "Sources close to Putin said Trump had accepted the Russian wording.", "Sources close to Putin", "Trump had accepted the Russian wording"},
		{"de", "Aus Diplomatenkreisen hieß es, Witkoff habe Uschakow beraten.", "Diplomatenkreise", "Witkoff habe Uschakow beraten"},
		// dialogue dashes open the paragraph (Polish, Ukrainian, Russian)
		{"pl", "– Plan nie jest ostateczny – powiedział jeden z dyplomatów.", "dyplomatów", "Plan nie jest ostateczny"},
		{"pl", "— Ten projekt to dla nas porażka — mówi rozmówca z kręgów dyplomatycznych.", "rozmówca", "Ten projekt to dla nas porażka"},
		{"uk", "— План не остаточний, — сказав один із дипломатів.", "дипломатів", "План не остаточний"},
		{"ru", "— Текст ещё будет меняться, — сказал источник в делегации.", "источник", "Текст ещё будет меняться"},
	}
	for _, tc := range tests {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.sentence)
		got := statementLines(d.Statements)
		ok := false
		for _, s := range d.Statements {
			if !strings.Contains(s.Text, tc.text) {
				continue
			}
			if s.Speaker != unnamedSpeaker {
				ok = false
				break // the words given to someone named
			}
			if strings.Contains(strings.ToLower(s.Role), strings.ToLower(tc.role)) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: %q\n got %q\nwant unnamed source [%s]: %s", tc.lang, tc.sentence, got, tc.role, tc.text)
		}
	}
}
