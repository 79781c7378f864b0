package corpus

import (
	"strings"
	"testing"
)

// sideBySide lays columns out as a PDF converted with its layout prints
// them: row by row, each column padded to its width, then gutter spaces.
// A column shorter than the others is blank below its end.
func sideBySide(width, gutter int, cols ...[]string) string {
	rows := 0
	for _, c := range cols {
		rows = max(rows, len(c))
	}
	var b strings.Builder
	for i := 0; i < rows; i++ {
		var line strings.Builder
		for k, c := range cols {
			cell := ""
			if i < len(c) {
				cell = c[i]
			}
			line.WriteString(cell)
			if k < len(cols)-1 {
				line.WriteString(strings.Repeat(" ", max(width-len([]rune(cell)), 0)+gutter))
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteByte('\n')
	}
	return b.String()
}

// columnParagraphs is what parse cuts paragraphs from for a raw body
// (readingBody, then the layout pass), and the text the layout pass
// made.
func columnParagraphs(raw string) (paras []string, text string) {
	text = reflowBody(readingBody(raw, normaliseBody(raw)))
	for _, p := range splitParagraphs(text) {
		if p.kind != paraTags {
			paras = append(paras, p.text)
		}
	}
	return paras, text
}

// pagedDE is a German report of three pages wrapped at a fixed width,
// with its page number alone under each page and a running foot that
// prints the page number too.
var pagedDE = "Bericht der Kommission über den Korridor\n\n" +
	"Die Kommission hat den Entwurf am Dienstag erhalten und in drei\n" +
	"Sitzungen beraten, an denen auch Vertreter der Garantiemächte\n" +
	"teilnahmen.\n\n" +
	"Die Beratungen dauerten jeweils bis in die späten Abendstunden\n" +
	"und wurden von einem Sekretariat in Valmont vorbereitet, das\n" +
	"die Stellungnahmen der beiden Seiten sammelte und ordnete. Es\n" +
	"legte den Mitgliedern vor jeder Sitzung eine Übersicht vor, in\n" +
	"der die offenen Fragen nach ihrer Dringlichkeit geordnet waren.\n\n" +
	"Valmont Rundschau · Dezember 2025 · 1\n\n" +
	"1\n\n" +
	"Der Korridor soll binnen zehn Tagen nach der Unterzeichnung\n" +
	"geöffnet werden, überwacht von neutralen Beobachtern aus drei\n" +
	"Staaten.\n\n" +
	"Die Schiffe mit Getreide sollen unter einer gemeinsamen\n" +
	"Versicherung fahren, die ein Ausschuss mit sechs Mitgliedern\n" +
	"verwaltet, je zwei von jeder Seite und zwei der Garantiemächte.\n" +
	"Der Ausschuss tagt einmal im Monat und entscheidet über alle\n" +
	"Fragen der Prämien und der Schäden mit einfacher Mehrheit, so\n" +
	"sieht es der Entwurf in seiner jüngsten Fassung vor.\n\n" +
	"Valmont Rundschau · Dezember 2025 · 2\n\n" +
	"2\n\n" +
	"Der Austausch der Gefangenen soll in mehreren Stufen erfolgen,\n" +
	"alle gegen alle, und die erste Stufe soll bis Ende Januar\n" +
	"abgeschlossen sein, so steht es im Entwurf der Kommission. Die\n" +
	"Listen der Gefangenen sollen vorher von beiden Seiten geprüft und\n" +
	"von den Beobachtern bestätigt werden.\n\n" +
	"Ein Termin für die Unterzeichnung steht noch nicht fest, hieß\n" +
	"es am Abend aus dem Ministerium in der Hauptstadt des Landes,\n" +
	"wo die Delegationen am Freitag zu einer weiteren Runde erwartet\n" +
	"werden, die nach Angaben der Gastgeber zwei Tage dauern soll.\n\n" +
	"Valmont Rundschau · Dezember 2025 · 3\n\n" +
	"3\n"

// TestColumnsMatrix: pages of two or three columns printed side by side,
// in several languages, are read column by column (a sentence runs from
// the foot of one column to the head of the next), a heading over both
// columns and a page number stay apart, and what is no column layout (a
// table of short cells, sentences set off by two spaces, a label and its
// text) is left as it is.
func TestColumnsMatrix(t *testing.T) {
	enLeft := []string{
		"The delegations met again on Tuesday",
		"in a hotel near the old harbour and",
		"agreed on the order in which the",
		"remaining points would be read out.",
		"\"We will not sign anything that",
		"leaves out the observers,\" said Tomas",
		"Aranda, who leads one of the teams.",
		"Nobody expected a signature before",
		"the end of the month, and the talks",
	}
	enRight := []string{
		"on the insurance board had barely",
		"started when the session was closed.",
		"",
		"A second meeting is planned for",
		"Friday, officials said, and the",
		"coastal road will be the first test",
		"of the whole agreement.",
	}
	deLeft := []string{
		"Die Außenministerin sagte am Dienstag,",
		"die Gespräche über den Korridor würden",
		"in der kommenden Woche fortgesetzt.",
		"",
		"Nach ihren Worten bleibt die Frage der",
		"Versicherung Sache der Garantiemächte.",
	}
	deRight := []string{
		"Ein Termin für die nächste Runde steht",
		"noch nicht fest, hieß es am Abend aus",
		"dem Ministerium in der Hauptstadt.",
		"",
		"Beobachter rechnen mit einem Treffen",
		"vor dem Ende des Monats in Valmont.",
	}
	dePage2Left := []string{
		"Der zweite Teil des Berichts befasst",
		"sich mit dem Austausch der Gefangenen",
		"und mit der Frage der Getreideschiffe.",
		"Beide Seiten haben Listen vorgelegt.",
	}
	dePage2Right := []string{
		"Die Listen sollen bis Ende Januar",
		"abgeglichen werden, sagte ein Sprecher",
		"der Kommission vor Journalisten.",
		"Weitere Schritte sind nicht geplant.",
	}
	frCols := [][]string{
		{"Les délégations se sont", "retrouvées mardi dans un", "hôtel du vieux port pour", "fixer l'ordre des points."},
		{"Le premier point concerne", "le couloir humanitaire le", "long de la route côtière", "et son calendrier précis."},
		{"Le second point règle la", "question des navires de", "céréales et de leur", "assurance commune en mer."},
	}
	ruLeft := []string{
		"Стороны договорились продолжить",
		"переговоры в четверг, сообщил",
		"представитель делегации журналистам",
		"после окончания встречи в Валмонте.",
	}
	ruRight := []string{
		"По его словам, обсуждение коридора",
		"займет еще несколько дней, а вопрос",
		"страхования судов отложен на потом",
		"до встречи министров в январе.",
	}
	plTabs := "Delegacje spotkały się we wtorek\tPunkt o korytarzu humanitarnym\n" +
		"w hotelu przy starym porcie, aby\tomówiono jako pierwszy, a sprawę\n" +
		"ustalić kolejność omawiania punktów\tubezpieczenia statków przełożono\n" +
		"planu pokojowego przez obie strony.\tna posiedzenie w przyszłym tygodniu.\n"
	tests := []struct {
		name   string
		raw    string
		want   []string // paragraphs that must be there, whole
		absent []string // text no paragraph may hold (interleaved columns)
		none   bool     // no column layout: the body must be left alone
		lines  []string // lines the layout pass must keep as they are
	}{
		{"en two columns, a sentence over the column foot",
			"THE CORRIDOR TALKS: A REPORT FROM VALMONT BY OUR CORRESPONDENT\n\n" + sideBySide(38, 4, enLeft, enRight) + "\n                                   2\n",
			[]string{
				"THE CORRIDOR TALKS: A REPORT FROM VALMONT BY OUR CORRESPONDENT",
				"The delegations met again on Tuesday in a hotel near the old harbour and agreed on the order in which the remaining points would be read out. \"We will not sign anything that leaves out the observers,\" said Tomas Aranda, who leads one of the teams. Nobody expected a signature before the end of the month, and the talks on the insurance board had barely started when the session was closed.",
				"A second meeting is planned for Friday, officials said, and the coastal road will be the first test of the whole agreement.",
			},
			[]string{"Tuesday on the", "harbour and started"}, false, nil},
		{"de two columns over two pages, paragraphs in each column",
			sideBySide(40, 3, deLeft, deRight) + "\n                         Seite 1 von 2\n\f" + sideBySide(40, 3, dePage2Left, dePage2Right),
			[]string{
				"Die Außenministerin sagte am Dienstag, die Gespräche über den Korridor würden in der kommenden Woche fortgesetzt.",
				"Nach ihren Worten bleibt die Frage der Versicherung Sache der Garantiemächte.",
				"Ein Termin für die nächste Runde steht noch nicht fest, hieß es am Abend aus dem Ministerium in der Hauptstadt.",
				"Beobachter rechnen mit einem Treffen vor dem Ende des Monats in Valmont.",
			},
			[]string{"Seite 1", "Dienstag, Ein", "Gefangenen abgeglichen"}, false, nil},
		{"fr three columns",
			sideBySide(26, 3, frCols...),
			[]string{
				"Les délégations se sont retrouvées mardi dans un hôtel du vieux port pour fixer l'ordre des points.",
				"Le premier point concerne le couloir humanitaire le long de la route côtière et son calendrier précis.",
				"Le second point règle la question des navires de céréales et de leur assurance commune en mer.",
			},
			[]string{"sont Le premier"}, false, nil},
		{"ru two columns with a narrow gutter",
			sideBySide(36, 2, ruLeft, ruRight),
			[]string{
				"Стороны договорились продолжить переговоры в четверг, сообщил представитель делегации журналистам после окончания встречи в Валмонте.",
				"По его словам, обсуждение коридора займет еще несколько дней, а вопрос страхования судов отложен на потом до встречи министров в январе.",
			}, nil, false, nil},
		{"pl columns set off by tabs",
			plTabs,
			[]string{
				"Delegacje spotkały się we wtorek w hotelu przy starym porcie, aby ustalić kolejność omawiania punktów planu pokojowego przez obie strony.",
				"Punkt o korytarzu humanitarnym omówiono jako pierwszy, a sprawę ubezpieczenia statków przełożono na posiedzenie w przyszłym tygodniu.",
			}, nil, false, nil},
		{"a table of short cells is no column layout",
			"Delegation    Members    Seats\nNorth         12         4\nSouth         10         4\nGuarantors    6          2\nObservers     3          0\n",
			[]string{"Delegation Members Seats", "North 12 4", "Observers 3 0"}, nil, true, nil},
		{"sentences set off by two spaces are no columns",
			"The talks resumed on Monday.  Both sides sent their teams.\nThe corridor was discussed first.  The ships came later on.\nNo date was set for the signature.  Officials were hopeful.\nThe next round is in Valmont.  It opens on Friday morning.\n",
			[]string{"The talks resumed on Monday. Both sides sent their teams.", "The next round is in Valmont. It opens on Friday morning."}, nil, true, nil},
		{"a padded markdown table is no column layout",
			"| Point | What the draft says about it    | Status   |\n|-------|---------------------------------|----------|\n| 1     | A humanitarian corridor opens   | agreed   |\n| 2     | Grain ships sail under cover    | open     |\n| 3     | Prisoners are exchanged in full | agreed   |\n",
			nil, nil, true, nil},
		{"en form feeds between pages, a sentence running over them",
			"The envoy said the corridor would open\n\fwithin ten days of the signature.\n\nThe ships would follow\n\f\nsoon after, officials added.\n",
			[]string{
				"The envoy said the corridor would open within ten days of the signature.",
				"The ships would follow soon after, officials added.",
			},
			[]string{"\f"}, true, nil},
		{"de page numbers alone and a running foot with its page number",
			pagedDE, []string{
				"Bericht der Kommission über den Korridor",
				"Die Kommission hat den Entwurf am Dienstag erhalten und in drei Sitzungen beraten, an denen auch Vertreter der Garantiemächte teilnahmen.",
				"Der Korridor soll binnen zehn Tagen nach der Unterzeichnung geöffnet werden, überwacht von neutralen Beobachtern aus drei Staaten.",
			},
			[]string{"Valmont Rundschau", "Dezember 2025"}, true, []string{}},
		{"bare list numbers close together are kept",
			"The plan has three parts.\n\n1\n\nA corridor opens.\n\n2\n\nShips sail.\n\n3\n\nPrisoners go home.\n",
			[]string{"The plan has three parts.", "A corridor opens.", "Ships sail."}, nil, true, []string{"1", "2", "3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, found := readColumns(tt.raw); found == tt.none {
				t.Errorf("columns found: %v, want %v", found, !tt.none)
			}
			got, text := columnParagraphs(tt.raw)
			for _, l := range tt.lines {
				if !strings.Contains("\n"+text+"\n", "\n"+l+"\n") {
					t.Errorf("line %q dropped from\n%s", l, text)
				}
			}
			checkParagraphs(t, got, tt.want, tt.absent)
		})
	}
}
