package corpus

import (
	"strings"
	"testing"
)

// parseDatedProbe parses one probe document with the given date and language.
func parseDatedProbe(t *testing.T, published, lang, text string) []Provision {
	t.Helper()
	doc := "---\ntitle: Talks\noutlet: Test\npublished: " + published + "\nlang: " + lang + "\n---\n\n" + text + "\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "probe.md", Now: fixedNow})
	if err != nil {
		t.Fatalf("parse probe: %v", err)
	}
	return d.Provisions
}

// "The new text" ("el nuevo texto", "le nouveau texte", "der neue Text",
// "новый текст") in a report from 23 December 2025 on is the 20-point
// framework (timecues.json lateNames), also in a sentence that names the
// earlier draft before it: the nearer name holds the term. Before that day
// the same words name no text in particular, and a late sentence naming
// only another version keeps it. Stop 60, zprovp.
func TestLateNewTextTerms(t *testing.T) {
	for _, tt := range []struct {
		name, published, lang, text string
		want, notWant               string
	}{
		{"en late", "2026-01-20", "en", "Talks go on. The new text also says the Zaporizhzhia nuclear plant would be run jointly with the United States.", "20-point framework", "US 28-point draft"},
		{"en late beside draft", "2026-01-20", "en", "Talks go on. The earlier American draft wanted elections within 100 days; the new text only says they should be held as soon as possible after signing.", "20-point framework", "European counter-proposal"},
		{"es late", "2026-01-09", "es", "Las conversaciones siguen. El nuevo texto prevé que la central nuclear de Zaporiyia funcione de forma conjunta con Estados Unidos.", "20-point framework", "US 28-point draft"},
		{"fr late", "2026-01-09", "fr", "Les discussions continuent. Le nouveau texte prévoit que la centrale nucléaire de Zaporijjia soit exploitée conjointement avec les États-Unis.", "20-point framework", "US 28-point draft"},
		{"de late", "2026-01-09", "de", "Die Gespräche gehen weiter. Der neue Text sieht vor, dass das Kernkraftwerk Saporischschja gemeinsam mit den USA betrieben wird.", "20-point framework", "US 28-point draft"},
		{"en late under", "2026-01-25", "en", "Talks go on. Under the framework, a Peace Council chaired by Trump would oversee the agreement.", "20-point framework", "US 28-point draft"},
		// negatives: before the 23rd "the new text" names no text; a late
		// sentence that names only the counter-proposal keeps it
		{"en early", "2025-11-26", "en", "Talks go on. The new text also says the Zaporizhzhia nuclear plant would be run jointly with the United States.", "", "20-point framework"},
		{"es early", "2025-11-26", "es", "Las conversaciones siguen. El nuevo texto prevé que la central nuclear de Zaporiyia funcione de forma conjunta con Estados Unidos.", "", "20-point framework"},
		{"en late other", "2026-01-20", "en", "Talks go on. The European counter-proposal lifted the army ceiling to 800,000 in peacetime.", "European counter-proposal", "20-point framework"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ps := parseDatedProbe(t, tt.published, tt.lang, tt.text)
			got := map[string]bool{}
			for _, p := range ps {
				got[p.Plan] = true
			}
			if len(ps) == 0 || tt.want != "" && !got[tt.want] || got[tt.notWant] {
				t.Errorf("versions %v, want %q and not %q", ps, tt.want, tt.notWant)
			}
		})
	}
}

// A document verb whose object alone is not the term ("keeps", "retains",
// "required") stays at the head of the term: "keeps Russian assets frozen
// until …", not "Russian assets frozen until …"; a framing verb ("says
// that") is cut, and so is a kept verb whose object names another version
// ("keeps the first point of the American plan, …"). Stop 60, zprovp.
func TestKeptVerbHeadsTerm(t *testing.T) {
	for _, tt := range []struct {
		name, text, want, notStart string
	}{
		{"keeps", "The European text instead keeps Russian assets frozen until Russia compensates Ukraine for the damage.", "keeps Russian assets frozen", "Russian assets"},
		{"retains", "The European version retains the exchange of all prisoners for all prisoners and the return of children.", "retains the exchange", "the exchange"},
		{"required", "The US draft would have capped the army at 600,000. It also required Kyiv to withdraw its forces from the part of Donetsk it still holds, an area which point 21 would have made a buffer zone.", "required Kyiv to withdraw", "Kyiv to withdraw"},
		// negatives: a framing verb is cut; a kept verb before another
		// version's point is cut too
		{"says that", "The European text says that Russian assets stay frozen until Russia compensates Ukraine for the damage.", "Russian assets stay frozen", "says"},
		{"keeps other version", "The European text keeps the first point of the American plan, reaffirming Ukraine's sovereignty, word for word.", "reaffirming Ukraine's sovereignty", "keeps"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ps := parseDatedProbe(t, "2025-11-25", "en", tt.text)
			found := false
			for _, p := range ps {
				found = found || strings.Contains(p.Text, tt.want)
				if strings.HasPrefix(p.Text, tt.notStart) {
					t.Errorf("provision %q opens with %q", p.Text, tt.notStart)
				}
			}
			if !found {
				t.Errorf("provisions %v, want one holding %q", ps, tt.want)
			}
		})
	}
}
