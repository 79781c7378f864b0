package corpus

import "testing"

// A "framework plan" by that name ("по рамочному плану", "według ramowego
// planu", "under the framework plan") in a report from 23 December 2025 on
// names the 20-point framework (timecues.json lateNames, read by the terms
// reader through lateVersionAt); before that day it names no text, and
// the term keeps its own version. Stop 54, xprov3.
func TestLateFrameworkPlanTerms(t *testing.T) {
	for _, tt := range []struct {
		name, published, lang, text string
		want, notWant               string
	}{
		{"ru late", "2026-02-06", "ru", "Переговоры продолжаются. По рамочному плану численность армии Украины составит 800 тысяч человек в мирное время.", "20-point framework", "European counter-proposal"},
		{"pl late", "2026-01-12", "pl", "Rozmowy trwają. Według ramowego planu armia Ukrainy liczyłaby 800 tysięcy żołnierzy w czasie pokoju.", "20-point framework", "European counter-proposal"},
		{"uk late", "2026-01-20", "uk", "Переговори тривають. За рамковим планом армія України становитиме 800 тисяч військових у мирний час.", "20-point framework", "European counter-proposal"},
		{"en late", "2026-01-10", "en", "Talks go on. Under the framework plan, Ukraine's army would be capped at 800,000 troops in peacetime.", "20-point framework", "European counter-proposal"},
		{"en late possessive", "2026-01-25", "en", "Talks also covered the framework's promise of a peacetime Ukrainian army of 800,000.", "20-point framework", "European counter-proposal"},
		{"en early possessive", "2025-12-05", "en", "Talks also covered the framework's promise of a peacetime Ukrainian army of 800,000.", "", "20-point framework"},
		{"en late idiom", "2026-01-25", "en", "Within the framework of the talks, the European counter-proposal keeps a peacetime Ukrainian army of 800,000.", "European counter-proposal", "20-point framework"},
		// negatives: the same words before the 23rd name no text; a
		// late report naming another version keeps it
		{"ru early", "2025-12-01", "ru", "Переговоры продолжаются. По рамочному плану численность армии Украины составит 800 тысяч человек в мирное время.", "European counter-proposal", "20-point framework"},
		{"en early", "2025-12-02", "en", "Talks go on. Under the framework plan, Ukraine's army would be capped at 800,000 troops in peacetime.", "", "20-point framework"},
		{"en late other", "2026-01-10", "en", "Talks go on. The European counter-proposal capped Ukraine's army at 800,000 troops in peacetime.", "European counter-proposal", "20-point framework"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := "---\ntitle: Talks\noutlet: Test\npublished: " + tt.published + "\nlang: " + tt.lang + "\n---\n\n" + tt.text + "\n"
			d, err := Parse([]byte(doc), ParseOptions{Name: "late.md", Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, p := range d.Provisions {
				got[p.Plan] = true
			}
			if len(d.Provisions) == 0 || tt.want != "" && !got[tt.want] || got[tt.notWant] {
				t.Errorf("versions %v, want %q and not %q", d.Provisions, tt.want, tt.notWant)
			}
		})
	}
}
