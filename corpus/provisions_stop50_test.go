package corpus

import (
	"strings"
	"testing"
)

// stop50Battery holds the provision shapes of stop 50 (xzo), written anew
// in several languages: a numbered list that counts its own items
// (takeaways, findings, demands) while each item cites the plan's point
// it is about, and a point note that writes the ordinal after the point
// word ("(punkt piąty)").
var stop50Battery = []stop49Case{
	// A list of takeaways: the list number is not the point number.
	{name: "en takeaways", title: "Five takeaways from the briefing on the 20 points", published: "2025-12-24",
		body: "Zelensky spent two hours with reporters on the updated framework.\n\n**1.** The president called the text a basis for talks.\n\n**2.** Point 1 confirms the sovereignty of Ukraine.\n\n**3.** Under point 14, the line where the troops stand on the day of signing becomes the de facto line of contact.\n\n**4.** A peacetime army of 800,000 (point 4).\n",
		want: []Provision{{Plan: v20, Number: 1, Text: "sovereignty of ukraine"}, {Plan: v20, Number: 14, Text: "day of signing"}, {Plan: v20, Number: 4, Text: "800,000"}},
		none: []string{"basis for talks"}},
	{name: "de kernpunkte", title: "Die wichtigsten Aussagen zu den 20 Punkten", published: "2025-12-24",
		body: "Selenskyj sprach zwei Stunden über den neuen Rahmenplan.\n\n1. Der Präsident nannte den Text eine Grundlage.\n\n2. Punkt 1 bekräftigt die Souveränität der Ukraine.\n\n3. Nach Punkt 14 wird die Linie, an der die Truppen am Tag der Unterzeichnung stehen, zur faktischen Kontaktlinie.\n\n4. Eine Friedensarmee von 800.000 Soldaten (Punkt 4).\n",
		want: []Provision{{Plan: v20, Number: 1, Text: "souveränität der ukraine"}, {Plan: v20, Number: 14, Text: "tag der unterzeichnung"}, {Plan: v20, Number: 4, Text: "800.000"}},
		none: []string{"eine grundlage"}},
	{name: "fr ce qu'il faut retenir", title: "Plan en 20 points : ce qu'il faut retenir", published: "2025-12-24",
		body: "Volodymyr Zelensky a détaillé mardi le nouveau cadre.\n\n1. Le président a qualifié le texte de base de travail.\n\n2. Le point 1 confirme la souveraineté de l'Ukraine.\n\n3. Selon le point 14, la ligne où se trouvent les troupes le jour de la signature devient la ligne de contact de facto.\n\n4. Une armée de 800 000 hommes en temps de paix (point 4).\n",
		want: []Provision{{Plan: v20, Number: 1, Text: "souveraineté de l'ukraine"}, {Plan: v20, Number: 14, Text: "jour de la signature"}, {Plan: v20, Number: 4, Text: "800 000"}},
		none: []string{"base de travail"}},
	{name: "it le tesi", title: "Piano in 20 punti: le cose da sapere", published: "2025-12-24",
		body: "Zelensky ha illustrato martedì il nuovo quadro.\n\n1. Il presidente ha definito il testo una base di lavoro.\n\n2. Il punto 1 conferma la sovranità dell'Ucraina.\n\n3. Secondo il punto 14, la linea su cui si trovano le truppe il giorno della firma diventa la linea di contatto di fatto.\n\n4. Un esercito di 800 mila uomini in tempo di pace (punto 4).\n",
		want: []Provision{{Plan: v20, Number: 1, Text: "sovranità dell'ucraina"}, {Plan: v20, Number: 14, Text: "giorno della firma"}, {Plan: v20, Number: 4, Text: "800 mila"}},
		none: []string{"base di lavoro"}},
	{name: "es claves", title: "Plan de 20 puntos: las claves", published: "2025-12-24",
		body: "Zelenski detalló el martes el nuevo marco.\n\n1. El presidente calificó el texto de base de trabajo.\n\n2. El punto 1 confirma la soberanía de Ucrania.\n\n3. Según el punto 14, la línea en la que están las tropas el día de la firma se convierte en la línea de contacto de facto.\n\n4. Un ejército de 800.000 efectivos en tiempo de paz (punto 4).\n",
		want: []Provision{{Plan: v20, Number: 1, Text: "soberanía de ucrania"}, {Plan: v20, Number: 14, Text: "día de la firma"}, {Plan: v20, Number: 4, Text: "800.000"}},
		none: []string{"base de trabajo"}},
	{name: "ru tezisy", title: "Главное о плане из 20 пунктов", published: "2025-12-24",
		body: "Зеленский во вторник рассказал журналистам о рамочном документе.\n\n1. Президент назвал текст базовым.\n\n2. Пункт 1 подтверждает суверенитет Украины.\n\n3. Согласно пункту 14, линия, на которой стоят войска в день подписания, становится фактической линией соприкосновения.\n\n4. Армия мирного времени — 800 тысяч (пункт 4).\n",
		want: []Provision{{Plan: v20, Number: 1, Text: "суверенитет украины"}, {Plan: v20, Number: 14, Text: "день подписания"}, {Plan: v20, Number: 4, Text: "800 тысяч"}},
		none: []string{"базовым"}},
	{name: "uk tezy", title: "Головне про план з 20 пунктів", published: "2025-12-24",
		body: "Зеленський у вівторок розповів журналістам про рамковий документ.\n\n**1.** Президент назвав текст базовим.\n\n**2.** Пункт 1 підтверджує суверенітет України.\n\n**3.** За пунктом 14, лінія, на якій стоять війська в день підписання, стає фактичною лінією зіткнення.\n\n**4.** Армія мирного часу — 800 тисяч (пункт 4).\n",
		want: []Provision{{Plan: v20, Number: 1, Text: "суверенітет україни"}, {Plan: v20, Number: 14, Text: "день підписання"}, {Plan: v20, Number: 4, Text: "800 тисяч"}},
		none: []string{"базовим"}},
	{name: "pl najwazniejsze", title: "Plan 20 punktów: najważniejsze", published: "2025-12-24",
		body: "Zełenski we wtorek przedstawił dziennikarzom nowy dokument ramowy.\n\n1. Prezydent nazwał tekst bazowym.\n\n2. Punkt 1 potwierdza suwerenność Ukrainy.\n\n3. Zgodnie z punktem 14 linia, na której stoją wojska w dniu podpisania, staje się faktyczną linią kontaktu.\n\n4. Armia w czasie pokoju — 800 tys. żołnierzy (punkt 4).\n",
		want: []Provision{{Plan: v20, Number: 1, Text: "suwerenność ukrainy"}, {Plan: v20, Number: 14, Text: "dniu podpisania"}, {Plan: v20, Number: 4, Text: "800 tys"}},
		none: []string{"bazowym"}},
	// Guards: a reprint whose items agree with their numbers, and a
	// reprint where one point refers to another, keep the list's numbers.
	{name: "en reprint cross-reference", title: "The 28-point plan: full text", published: "2025-11-21",
		body: "The points of the US draft:\n\n6. Ukraine's armed forces will be limited to 600,000 personnel.\n\n7. Ukraine agrees to enshrine in its constitution that it will not join NATO.\n\n8. NATO agrees not to station troops in Ukraine, as set out in point 7.\n",
		want: []Provision{{Plan: vUS, Number: 6, Text: "600,000"}, {Plan: vUS, Number: 7, Text: "enshrine"}, {Plan: vUS, Number: 8, Text: "station troops"}}},
	{name: "de reprint agreeing", title: "Der 28-Punkte-Plan im Wortlaut", published: "2025-11-21",
		body: "Die Punkte des US-Entwurfs:\n\n6. Punkt 6 begrenzt die ukrainischen Streitkräfte auf 600.000 Mann.\n\n7. Punkt 7: Die Ukraine verankert in ihrer Verfassung, dass sie der Nato nicht beitritt.\n\n8. Die Nato stationiert keine Truppen in der Ukraine.\n",
		want: []Provision{{Plan: vUS, Number: 6, Text: "600.000"}, {Plan: vUS, Number: 7, Text: "verfassung"}, {Plan: vUS, Number: 8, Text: "keine truppen"}}},
	// The ordinal after the point word in a closing note.
	{name: "pl ordinal notes", title: "Dwadzieścia punktów pod lupą", published: "2026-01-12",
		body: "Ramowy dokument przewiduje m.in., że USA, NATO i europejscy sygnatariusze dadzą Ukrainie gwarancje na wzór artykułu 5 (punkt piąty), a porozumienia będzie pilnować Rada Pokoju pod przewodnictwem Donalda Trumpa (punkt dziewiętnasty).\n",
		want: []Provision{{Plan: v20, Number: 5, Text: "gwarancje na wzór artykułu 5"}, {Plan: v20, Number: 19, Text: "rada pokoju"}}},
	{name: "pl ordinal note single", title: "Plan USA", published: "2025-11-25",
		body: "Amerykański projekt przewiduje, że europejskie myśliwce będą stacjonować w Polsce (punkt dziewiąty).\n",
		want: []Provision{{Plan: vUS, Number: 9, Text: "myśliwce"}}},
	{name: "ru ordinal note after", title: "План США", published: "2025-11-25",
		body: "Американский проект предусматривает сокращение ВСУ до 600 тысяч человек (пункт шестой) и отказ от вступления в НАТО (пункт седьмой).\n",
		want: []Provision{{Plan: vUS, Number: 6, Text: "600 тысяч"}, {Plan: vUS, Number: 7, Text: "нато"}}},
	{name: "uk ordinal note after", title: "План США", published: "2025-11-25",
		body: "Американський проєкт передбачає скорочення ЗСУ до 600 тисяч (пункт шостий) і відмову від вступу до НАТО (пункт сьомий).\n",
		want: []Provision{{Plan: vUS, Number: 6, Text: "600 тисяч"}, {Plan: vUS, Number: 7, Text: "нато"}},
	},
	// Guard: a bracket holding a word that is no ordinal stays text.
	{name: "pl bracket no ordinal", title: "Plan USA", published: "2025-11-25",
		body: "Amerykański projekt przewiduje, że europejskie myśliwce będą stacjonować w Polsce (punkt sporny).\n",
		want: []Provision{{Plan: vUS, Text: "myśliwce"}}},
	// The plant's restart under the IAEA with its power split equally,
	// the plant named a sentence before or not at all (sets D, N, O, V,
	// Z, ZA, ZD, ZM write the clause so; zo07 without the plant's name).
	{name: "en iaea split", title: "The US plan on Sunday TV", published: "2025-11-24",
		body: "The documentary follows two negotiators. One scene is set at the plant, which the plan would restart under IAEA supervision, with its electricity split equally between Russia and Ukraine.\n",
		want: []Provision{{Plan: vUS, Text: "iaea supervision"}}},
	{name: "de iaea split", title: "Der US-Plan im Fernsehen", published: "2025-11-24",
		body: "Der Film zeigt zwei Unterhändler. Das Kraftwerk soll laut Plan unter Aufsicht der IAEA wieder ans Netz gehen, der Strom zu gleichen Teilen zwischen Russland und der Ukraine geteilt werden.\n",
		want: []Provision{{Plan: vUS, Text: "iaea"}}},
	{name: "fr iaea split", title: "Programme TV", published: "2025-11-24",
		body: "Une séquence sur la centrale, dont le plan prévoit la remise en service sous la supervision de l'AIEA, avec une électricité partagée à parts égales entre la Russie et l'Ukraine.\n",
		want: []Provision{{Plan: vUS, Text: "aiea"}}},
	{name: "it iaea split", title: "Il piano americano in TV", published: "2025-11-24",
		body: "Il piano prevede che l'impianto venga riavviato sotto la supervisione dell'AIEA e che l'elettricità prodotta sia divisa a metà tra Russia e Ucraina.\n",
		want: []Provision{{Plan: vUS, Text: "aiea"}}},
	{name: "es iaea split", title: "El plan estadounidense en televisión", published: "2025-11-24",
		body: "El plan prevé que la planta se reactive bajo supervisión del OIEA, con la electricidad repartida a partes iguales entre Rusia y Ucrania.\n",
		want: []Provision{{Plan: vUS, Text: "oiea"}}},
	{name: "ru iaea split", title: "Американский план на ТВ", published: "2025-11-24",
		body: "План предусматривает перезапуск станции под контролем МАГАТЭ, а электроэнергию делят поровну между Россией и Украиной.\n",
		want: []Provision{{Plan: vUS, Text: "магатэ"}}},
	{name: "uk iaea split", title: "Американський план на ТБ", published: "2025-11-24",
		body: "План передбачає перезапуск станції під наглядом МАГАТЕ, а електроенергію ділять навпіл між Росією та Україною.\n",
		want: []Provision{{Plan: vUS, Text: "магате"}}},
	{name: "pl iaea split", title: "Plan USA w telewizji", published: "2025-11-24",
		body: "Plan przewiduje ponowne uruchomienie elektrowni pod nadzorem MAEA, a energię elektryczną podzielono by po połowie między Rosję i Ukrainę.\n",
		want: []Provision{{Plan: vUS, Text: "maea"}}},
	// Guard: the agency named beside a half that is no split of power.
	{name: "en iaea alone", title: "Sunday TV", published: "2025-11-24",
		body: "The IAEA director said his agency stood ready to help, and half the town watched the broadcast.\n",
		none: []string{"iaea director"}},
	// A point cited in one sentence, its terms stated in the next.
	{name: "en cited then stated", title: "The US plan on the Sunday shows", published: "2025-11-24",
		body: "Leary said the amnesty in point 26 was the line nobody in Kyiv would sign. The draft foresees a full amnesty for all acts committed during the war.\n",
		want: []Provision{{Plan: vUS, Number: 26, Text: "full amnesty for all acts"}}},
	{name: "de cited then stated", title: "Der US-Plan im Fernsehen", published: "2025-11-24",
		body: "Leary nannte die Amnestie in Punkt 26 eine rote Linie für Kiew. Der Entwurf sieht eine vollständige Amnestie für alle im Krieg begangenen Taten vor.\n",
		want: []Provision{{Plan: vUS, Number: 26, Text: "vollständige amnestie"}}},
	{name: "fr cited then stated", title: "Le plan américain à la télévision", published: "2025-11-24",
		body: "Leary a qualifié l'amnistie du point 26 de ligne rouge pour Kiev. Le projet prévoit une amnistie complète pour tous les actes commis pendant la guerre.\n",
		want: []Provision{{Plan: vUS, Number: 26, Text: "amnistie complète"}}},
	{name: "it cited then stated", title: "Il piano americano in TV", published: "2025-11-24",
		body: "Leary ha definito l'amnistia del punto 26 una linea rossa per Kiev. La bozza prevede un'amnistia completa per tutti gli atti commessi durante la guerra.\n",
		want: []Provision{{Plan: vUS, Number: 26, Text: "amnistia completa"}}},
	{name: "es cited then stated", title: "El plan estadounidense en televisión", published: "2025-11-24",
		body: "Leary calificó la amnistía del punto 26 de línea roja para Kiev. El borrador prevé una amnistía total para todos los actos cometidos durante la guerra.\n",
		want: []Provision{{Plan: vUS, Number: 26, Text: "amnistía total"}}},
	{name: "ru cited then stated", title: "Американский план на ТВ", published: "2025-11-24",
		body: "Лири назвал амнистию в пункте 26 красной линией для Киева. Проект предусматривает полную амнистию за все действия, совершённые во время войны.\n",
		want: []Provision{{Plan: vUS, Number: 26, Text: "полную амнистию"}}},
	{name: "uk cited then stated", title: "Американський план на ТБ", published: "2025-11-24",
		body: "Лірі назвав амністію в пункті 26 червоною лінією для Києва. Проєкт передбачає повну амністію за всі дії, вчинені під час війни.\n",
		want: []Provision{{Plan: vUS, Number: 26, Text: "повну амністію"}}},
	{name: "pl cited then stated", title: "Plan USA w telewizji", published: "2025-11-24",
		body: "Leary nazwał amnestię z punktu 26 czerwoną linią dla Kijowa. Projekt przewiduje pełną amnestię za wszystkie czyny popełnione podczas wojny.\n",
		want: []Provision{{Plan: vUS, Number: 26, Text: "pełną amnestię"}}},
	// The 20-point text's reconstruction funds (point 9), written as "a fund
	// for the reconstruction" (sets ZJ, ZL and ZO miss them; V, ZI, ZM
	// write them with the $800bn figure).
	{name: "en reconstruction fund", title: "The framework document and the markets", published: "2025-12-28",
		body: "The framework document also provides for a fund for the reconstruction of Ukraine.\n",
		want: []Provision{{Plan: v20, Text: "fund for the reconstruction"}}},
	{name: "de reconstruction fund", title: "Der neue Rahmen und die Märkte", published: "2025-12-28",
		body: "Der neue Rahmen sieht zudem einen Fonds für den Wiederaufbau der Ukraine vor.\n",
		want: []Provision{{Plan: v20, Text: "fonds für den wiederaufbau"}}},
	{name: "fr reconstruction fund", title: "Le nouveau cadre et les marchés", published: "2025-12-28",
		body: "Le nouveau cadre prévoit aussi un fonds pour la reconstruction de l'Ukraine.\n",
		want: []Provision{{Plan: v20, Text: "fonds pour la reconstruction"}}},
	{name: "it reconstruction fund", title: "Il nuovo quadro e i mercati", published: "2025-12-28",
		body: "Il nuovo quadro prevede anche un fondo per la ricostruzione dell'Ucraina.\n",
		want: []Provision{{Plan: v20, Text: "fondo per la ricostruzione"}}},
	{name: "es reconstruction fund", title: "El nuevo marco y los mercados", published: "2025-12-28",
		body: "El nuevo marco contempla además un fondo para la reconstrucción de Ucrania.\n",
		want: []Provision{{Plan: v20, Text: "fondo para la reconstrucción"}}},
	{name: "ru reconstruction fund", title: "Новый рамочный документ и рынки", published: "2025-12-28",
		body: "Новый рамочный документ предусматривает также фонд на восстановление Украины.\n",
		want: []Provision{{Plan: v20, Text: "фонд на восстановление"}}},
	{name: "uk reconstruction fund", title: "Новий рамковий документ і ринки", published: "2025-12-28",
		body: "Новий рамковий документ передбачає також фонд на відбудову України.\n",
		want: []Provision{{Plan: v20, Text: "фонд на відбудову"}}},
	{name: "pl reconstruction fund", title: "Nowy dokument ramowy a rynki", published: "2025-12-28",
		body: "Nowy dokument ramowy przewiduje też fundusz na odbudowę Ukrainy.\n",
		want: []Provision{{Plan: v20, Text: "fundusz na odbudowę"}}},
}

// TestStop50Battery runs the stop 50 (xzo) probe battery.
func TestStop50Battery(t *testing.T) {
	for _, c := range stop50Battery {
		t.Run(c.name, func(t *testing.T) { checkProvisionCase(t, c) })
	}
}

// TestCitedPointDisagrees: a paragraph citing another point than the one
// its terms are numbered gives them no number.
func TestCitedPointDisagrees(t *testing.T) {
	d := parseProbe(t, "en", "2025-11-24", "Leary said point 25 was the line nobody in Kyiv would sign. The draft foresees a full amnesty for all acts committed during the war.")
	for _, p := range d.Provisions {
		if strings.Contains(p.Text, "full amnesty") && p.Number == 26 {
			t.Errorf("the amnesty took point 26 from a paragraph citing point 25: %+v", p)
		}
	}
}

// TestDevelopmentFundNotTwentyPoint: the US draft's development fund
// beside its reconstruction package is not the 20-point text's
// reconstruction funds.
func TestDevelopmentFundNotTwentyPoint(t *testing.T) {
	d := parseProbe(t, "en", "2025-11-24", "The US draft sets out a reconstruction package for Ukraine, including a development fund for fast-growing industries.")
	for _, p := range d.Provisions {
		if p.Plan == v20 {
			t.Errorf("the development fund went to the 20-point text: %+v", p)
		}
	}
}
