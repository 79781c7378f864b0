package corpus

import (
	"strings"
	"testing"
)

// labelProbe is one document of the label battery: the statements it must
// give (speaker and a fragment of the words) and the names that must
// speak nothing (hosts, reporters, commenters, a passer-by who declines).
type labelProbe struct {
	name, doc string
	want      [][2]string // speaker, fragment
	not       []string    // names no statement may have
	noPoint   []string    // words no provision may hold
}

// TestLabelLayouts is the stop-49 probe battery of speech led by a label
// instead of a verb, with sentences of our own: a transcript whose first
// labels stand alone on their line (radio pages) and whose reporter's
// pronoun means the person the host's turn named, double interviews whose
// surname labels close with a dash, vox pops under "name, age, occupation"
// heads, and articles followed by reader comments, in English, Russian,
// Italian, German, Polish, Ukrainian, Dutch, French and Spanish.
func TestLabelLayouts(t *testing.T) {
	probes := []labelProbe{
		{name: "en radio, lone labels",
			doc: "---\nlang: en\n---\n# Talks end in Berlin\n\n## Transcript\n\nANNA BELL, HOST:\n\nGood morning. Our correspondent Tom Reed is in Berlin. What happened?\n\n" +
				"TOM REED, BYLINE: Kremlin spokesman Dmitry Peskov said Russia would not accept European troops.\n\nBELL: So what comes next?\n\n" +
				"REED: Secretary of State Marco Rubio said the talks would resume in January.\n\nMARCO RUBIO, SECRETARY OF STATE:\n\nWe made a lot of progress today.\n\n" +
				"(SOUNDBITE OF ARCHIVED RECORDING)\n\nPRESIDENT VOLODYMYR ZELENSKY: (Through interpreter) We need guarantees that work.\n\nBELL: Thanks, Tom.\n",
			want: [][2]string{{"Dmitry Peskov", "would not accept European troops"}, {"Marco Rubio", "would resume in January"}, {"Marco Rubio", "We made a lot of progress today"}, {"Volodymyr Zelensky", "We need guarantees that work"}},
			not:  []string{"Anna Bell", "Tom Reed"}},
		{name: "en radio, the host names whom the answer's pronoun means",
			doc: "---\nlang: en\n---\n# Berlin talks\n\nANNA BELL, HOST:\n\nGood morning. What did Kyiv say?\n\nTOM REED, BYLINE: President Zelensky said Ukraine would not give up land.\n\n" +
				"BELL: Chancellor Merz sounded upbeat.\n\nREED: Very. He said there was now a real chance for peace.\n\nBELL: Thanks, Tom.\n",
			want: [][2]string{{"Volodymyr Zelensky", "would not give up land"}, {"Friedrich Merz", "a real chance for peace"}},
			not:  []string{"Anna Bell", "Tom Reed"}},
		{name: "de radio, lone labels",
			doc: "---\nlang: de\n---\n# Gespräche in Genf\n\nKATRIN VOSS, MODERATORIN:\n\nGuten Morgen. Wie war der Tag?\n\nJONAS KERN, KORRESPONDENT: Kremlsprecher Dmitri Peskow sagte, Moskau prüfe den Text.\n\n" +
				"VOSS: Und Kiew?\n\nKERN: Präsident Selenskyj sagte, die Ukraine werde keine Gebiete abtreten.\n",
			want: [][2]string{{"Dmitry Peskov", "prüfe den Text"}, {"Volodymyr Zelensky", "keine Gebiete abtreten"}},
			not:  []string{"Katrin Voss", "Jonas Kern"}},
		{name: "ru эфир, lone job labels",
			doc: "---\nlang: ru\n---\n# Эфир\n\nВЕДУЩИЙ:\n\nДобрый вечер. Что говорят в Кремле?\n\nКОРРЕСПОНДЕНТ: Пресс-секретарь Кремля Дмитрий Песков заявил, что Москва изучает текст.\n\n" +
				"ВЕДУЩИЙ:\n\nА в Киеве?\n\nКОРРЕСПОНДЕНТ: Министр иностранных дел Андрей Сибига сказал, что Украина не уступит территории.\n",
			want: [][2]string{{"Dmitry Peskov", "Москва изучает текст"}, {"Andrii Sybiha", "не уступит территории"}}},
		{name: "it intervista doppia",
			doc: "---\nlang: it\n---\n# Due voci sul piano\n\n*Stesse domande all'analista Chiara Fontana e al diplomatico Paolo Serri.*\n\n**1. Che cosa cambia?**\n\n" +
				"**FONTANA** — Cambia il tono. Il testo ora si può negoziare.\n\n**SERRI** — Cambia poco. Mancano le garanzie.\n\n**2. Mosca accetterà?**\n\n" +
				"**FONTANA** — Non subito. Prenderà tempo. Zelensky l'ha detto chiaramente: un ritiro lo decidono solo gli ucraini.\n\n**SERRI** — No, non a queste condizioni.\n",
			want: [][2]string{{"Chiara Fontana", "Il testo ora si può negoziare"}, {"Paolo Serri", "Mancano le garanzie"}, {"Chiara Fontana", "Prenderà tempo"}, {"Volodymyr Zelensky", "un ritiro lo decidono solo gli ucraini"}, {"Paolo Serri", "non a queste condizioni"}}},
		{name: "pl wywiad podwójny",
			doc: "---\nlang: pl\n---\n# Dwa głosy o planie\n\nNa te same pytania odpowiadają ekspertka Anna Wróbel i generał Jan Kosiński.\n\n**Czy plan jest lepszy?**\n\n" +
				"**WRÓBEL** – Tak, ale tylko trochę. Gwarancje są mgliste.\n\n**KOSIŃSKI** – Nie. Armia zostaje bez wsparcia.\n\n**Co dalej?**\n\n" +
				"**WRÓBEL** – Kolejne rozmowy w styczniu.\n\n**KOSIŃSKI** – Nic się nie zmieni przed wiosną.\n",
			want: [][2]string{{"Wróbel", "Gwarancje są mgliste"}, {"Kosiński", "Armia zostaje bez wsparcia"}, {"Kosiński", "Nic się nie zmieni przed wiosną"}}},
		{name: "en wire items are no dash turns",
			doc: "---\nlang: en\n---\n# World in brief\n\nMOSCOW — The Kremlin said it was studying the text.\n\nKYIV — Officials said talks would go on.\n\n" +
				"MOSCOW — Markets were calm on Monday.\n\nKYIV — The city had power again by noon.\n",
			not: []string{"Moscow", "Kyiv"}},
		{name: "uk vox pop",
			doc: "---\nlang: uk\n---\n# Що кажуть кияни про план\n\nМи запитали перехожих про план.\n\n**Оксана, 41 рік, лікарка**\n\n«Головне — гарантії безпеки. Без них це лише папір».\n\n" +
				"**Тарас Бойко, 58 років, водій**\n\n«Я не вірю обіцянкам», — каже Тарас.\n\n**Ірина, 20 років**\n\nВідмовилася коментувати: «Я ще не читала».\n",
			want: [][2]string{{"Оксана", "Головне — гарантії безпеки"}, {"Тарас Бойко", "Я не вірю обіцянкам"}},
			not:  []string{"Ірина"}},
		{name: "de Straßenumfrage",
			doc: "---\nlang: de\n---\n# Was Passanten zum Plan sagen\n\nWir haben in der Innenstadt gefragt.\n\n**Lena Hoff, 29, Erzieherin**\n\n„Ich will erst die Unterschriften sehen.“\n\n" +
				"**Karl, 67, Rentner**\n\n„Ohne Garantien ist das nichts wert.“\n",
			want: [][2]string{{"Lena Hoff", "erst die Unterschriften sehen"}, {"Karl", "Ohne Garantien ist das nichts wert"}}},
		{name: "fr micro-trottoir",
			doc: "---\nlang: fr\n---\n# Ce que pensent les passants\n\nNous avons interrogé des passants.\n\n**Claire, 36 ans, infirmière**\n\n« Il faut des garanties solides. »\n\n" +
				"**Marc Dubois, 52 ans, artisan**\n\n« Je n'y crois pas beaucoup. »\n",
			want: [][2]string{{"Claire", "Il faut des garanties solides"}, {"Marc Dubois", "Je n'y crois pas beaucoup"}}},
		{name: "nl artikel met reacties",
			doc: "Dagblad Test - Buitenland\n\nGeen doorbraak in Moskou\n\nKremlin-adviseur Joeri Oesjakov zei dat er over grondgebied nog geen compromis is gevonden. De gesprekken duurden vijf uur en werden volgens beide kanten in een goede sfeer gevoerd.\n\n" +
				"Het oorspronkelijke plan telde 28 punten en werd sindsdien flink ingekort door de onderhandelaars in Genève en Florida.\n\n" +
				"REACTIES (12)   Sorteer op: Nieuwste | Populairste\n\njan_uit_delft  3 dec 2025 09:02\nPoetin zegt dat hij klaar is voor oorlog. Punt 21 blijft het probleem.\nBeantwoorden | 4 likes\n",
			want:    [][2]string{{"Yuri Ushakov", "nog geen compromis is gevonden"}},
			not:     []string{"Vladimir Putin", "jan_uit_delft"},
			noPoint: []string{"Punt 21 blijft"}},
		{name: "es comentarios",
			doc: "---\nlang: es\n---\n# Sin acuerdo en Moscú\n\nEl portavoz del Kremlin, Dmitri Peskov, dijo que Moscú estudiará el texto con calma. Las conversaciones duraron cinco horas y terminaron sin un anuncio conjunto.\n\n" +
				"Según fuentes diplomáticas, la próxima ronda podría celebrarse en enero en Ginebra, aunque no hay fecha confirmada todavía.\n\n" +
				"Comentarios (3)\n\nlector_88  hace 2 horas\nPutin dijo que está listo para la guerra. No me fío.\n",
			want: [][2]string{{"Dmitry Peskov", "estudiará el texto"}},
			not:  []string{"Vladimir Putin", "lector_88"}},
	}
	checkLabelProbes(t, probes)
}

// checkLabelProbes parses each probe and checks its wanted statements,
// its silent names and its words that are no point.
func checkLabelProbes(t *testing.T, probes []labelProbe) {
	t.Helper()
	for _, pr := range probes {
		t.Run(pr.name, func(t *testing.T) {
			d, err := Parse([]byte(pr.doc), ParseOptions{Name: "probe.md"})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range pr.want {
				found := false
				for _, s := range d.Statements {
					if strings.Contains(s.Speaker, w[0]) && strings.Contains(s.Text, w[1]) {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("no statement of %s holding %q; got %v", w[0], w[1], speakerTexts(d.Statements))
				}
			}
			for _, s := range d.Statements {
				if strings.Contains(s.Text, "(Through interpreter)") {
					t.Errorf("the interpreter's note kept in %s's words: %q", s.Speaker, s.Text)
				}
			}
			for _, n := range pr.not {
				for _, s := range d.Statements {
					if strings.Contains(strings.ToLower(s.Speaker), strings.ToLower(n)) {
						t.Errorf("%s is no speaker here: %q", s.Speaker, s.Text)
					}
				}
			}
			for _, n := range pr.noPoint {
				for _, p := range d.Provisions {
					if strings.Contains(p.Text, n) {
						t.Errorf("a reader's comment read as a point: %q", p.Text)
					}
				}
			}
		})
	}
}

// speakerTexts lists statements as "speaker: text" for a failure message.
func speakerTexts(sts []Statement) []string {
	out := make([]string, 0, len(sts))
	for _, s := range sts {
		out = append(out, s.Speaker+": "+s.Text)
	}
	return out
}
