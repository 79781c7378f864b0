package corpus

import "testing"

// TestMainVersion checks that a point no rule gives a version goes to the
// version the document is about (provisions_mainversion.go): the one its
// text names most, the plan a reply answers when only the reply is named,
// and none in a document that names no version; in English, German,
// Turkish and Italian.
func TestMainVersion(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "german circular naming the reply only",
			doc:  "# Rundschreiben 12/2025\n\nViele Mitglieder fragen nach dem Friedensplan.\n\n**Was vorgesehen ist**\n\nPunkt 13 sieht vor, dass Russland schrittweise in die Weltwirtschaft zurückkehrt.\n\nDer europäische Gegenentwurf will die Sanktionen nur langsam lockern.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 13, Text: "Weltwirtschaft"}}},
		{name: "turkish statement naming the reply only",
			doc:  "# Basın açıklaması\n\nBakanlık, tartışılan planın Karadeniz hükümlerine önem vermektedir. Planın 23. maddesi, Rusya'nın Dinyeper nehrinin ticari kullanımını engellemeyeceğini öngörmektedir. Avrupa tarafının karşı önerisi ise aynı maddeye Kılburun Burnu'nu eklemektedir.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 23, Text: "Dinyeper"}}},
		{name: "english notes under a heading, the document names one version most",
			doc:  "# Seminar notes\n\nWe read the 28-point plan in class. The 28-point plan was leaked in November, and the Geneva talks discussed it.\n\n## Session two\n\nPoint 19 would restart the nuclear plant under IAEA supervision.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 19, Text: "nuclear plant"}}},
	})
}

// TestMainVersionNone checks that a document naming no version keeps its
// points unnamed: nothing tells which version they are.
func TestMainVersionNone(t *testing.T) {
	ps := []paragraph{{kind: paraHeading, text: "Il piano di pace"}, {kind: paraText, text: "Il punto 5 prevede garanzie di sicurezza."}}
	if got := mainVersion(ps, Source{Title: "Il piano di pace"}); got != "" {
		t.Errorf("mainVersion = %q, want none", got)
	}
	ps = append(ps, paragraph{kind: paraText, text: "La controproposta europea cambia il punto 5."})
	if got := mainVersion(ps, Source{}); got != usDraft {
		t.Errorf("mainVersion with only the reply named = %q, want %q", got, usDraft)
	}
	ps = append(ps, paragraph{kind: paraText, text: "Il documento in 20 punti, e ancora il documento in 20 punti."})
	if got := mainVersion(ps, Source{}); got != "20-point framework" {
		t.Errorf("mainVersion = %q, want the 20-point framework", got)
	}
}

// TestTimeVersion checks the time cues read as a last resort in a document
// that names no version, in the core languages, and that cues of both
// versions, or none, give nothing.
func TestTimeVersion(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The plan presented before Christmas keeps the army at 800,000", "20-point framework"},
		{"Il documento presentato a dicembre prevede garanzie", "20-point framework"},
		{"Plan przedstawiony w grudniu obiecuje członkostwo w UE", "20-point framework"},
		{"The leaked text would cap the army at 600,000", "US 28-point draft"},
		{"Der im November bekannt gewordene Plan verlangt Neutralität", "US 28-point draft"},
		{"План, що злитий у листопаді, передбачав амністію", "US 28-point draft"},
		{"The plan leaked in November was replaced in December", ""},
		{"The plan keeps the army at 800,000", ""},
	} {
		if got := timeVersion(c.text); got != c.want {
			t.Errorf("timeVersion(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	checkFresh(t, []freshCase{
		{name: "no version named, a time cue",
			doc:  "# Il piano di pace\n\nIl documento presentato da Kiev a dicembre è breve. Il punto 5 prevede garanzie di sicurezza simili all'articolo 5.\n",
			want: []Provision{{Plan: "20-point framework", Number: 5, Text: "garanzie di sicurezza"}}},
	})
}
