package corpus

import (
	"strings"
	"testing"
)

// The two looks roleWordLooks replaced, kept as the reference it is
// checked against.

// possessiveRoleLook reports whether s holds a first-person possessive
// word, the cheap test before possessiveRoles tokenises the sentence.
func possessiveRoleLook(s string) bool {
	ps := firstPersonPossessives()
	for s != "" {
		w := s
		if i := strings.IndexByte(s, ' '); i >= 0 {
			w, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if len(w) <= 12 && lowerIn(ps, w) {
			return true
		}
	}
	return false
}

// articleRoleLook reports whether s holds a definite article opening the
// sentence or following a sentence's end within it ("… la différence. »
// Le capitaine …", which the splitter keeps whole): the cheap test before
// articleRoles tokenises the sentence.
func articleRoleLook(s string) bool {
	prev := ""
	for first := true; s != ""; first = false {
		w := s
		if i := strings.IndexByte(s, ' '); i >= 0 {
			w, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if len(w) <= 4 && lowerIn(definiteArticles, w) && (first || sentenceEnded(prev)) {
			return true
		}
		if !onlyGapMarks(w) || first {
			prev = w
		} else {
			prev += w // a closing quotation mark after the full stop
		}
	}
	return false
}

// TestRoleWordLooks checks roleWordLooks against possessiveRoleLook and
// articleRoleLook on probes in several languages and on every line and
// sentence of the released test documents (blind sets skipped).
func TestRoleWordLooks(t *testing.T) {
	probes := []string{
		"Our violinist Ruth Anstey asked for a break.",
		"Наш фиксер в Дубае Карим Хаддад предупреждает.",
		"Антон Гуров, наш завхоз, считает иначе.",
		"Le capitaine Baptiste Cazeneuve estime que non.",
		"… la différence. » Le capitaine Baptiste Cazeneuve estime …",
		"C'est fini.  — Le maire a parlé.",
		"C'est fini. —  Le maire a parlé.",
		"Es ist vorbei.“ Der Trainer sagte nichts.",
		"It ended (as planned.) The plumber Ivan Petrov said so.",
		"It ended as planned, the plumber said.",
		" The plumber said.",
		"  the plumber said.",
		"» Il tesoriere Marco Dal Prà illustra.",
		"Fin. »« El cantante Paco Lorca promete.",
		"Fin.» * » La vicina di casa parla.",
		"OUR TEAM Monday THE END. THE plumber",
		"MY old tutor, Dr Simon Achterberg, told me.",
		"Unser Trainer Hans Meier sagt: nein.",
		"«Notre président Jean Moreau a déclaré»",
		"no possessive and no article here",
		"",
		" ",
		"The",
		"end? the",
		"end! — — the",
		"end.) the",
		"end.x the",
	}
	check := func(s string) {
		t.Helper()
		p, a := roleWordLooks(s)
		if wp, wa := possessiveRoleLook(s), articleRoleLook(s); p != wp || a != wa {
			t.Errorf("roleWordLooks(%q) = %v, %v; want %v, %v", s, p, a, wp, wa)
		}
	}
	for _, s := range probes {
		check(s)
	}
	n := 0
	for _, doc := range releasedDocuments(t) {
		for _, line := range strings.Split(doc.text, "\n") {
			check(line)
			for _, s := range sentences(line) {
				check(s)
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no sentences read")
	}
}
