package corpus

import "testing"

// TestPointTopics: a numbered provision that names its point only as a
// topic or a quoted label, with no catalogue term, is dropped
// (provisions_pointtopic.go); one that states the point's term, or names
// the point as its subject, stays.
func TestPointTopics(t *testing.T) {
	for _, tt := range []struct {
		text string
		n    int
		keep bool
	}{
		{"Honestly the most useful thing in the whole article is the line about point 7", 7, false},
		{"It isn't really about point 21 or point 7", 21, false},
		{"Sur le point 21 du projet en 28 points", 21, false},
		{"Solange Moskau auf Punkt 21 beharrt, wird das nichts", 21, false},
		{"Ich halte nichts davon, wenn Gemeinderäte Resolutionen zu Punkt 21 verabschieden", 21, false},
		{"A margine del punto 12 ha scritto soltanto «centrale?»", 12, false},
		{"Нам так и не объяснили, что думают насчёт пункта 14", 14, false},
		{"For two hours readers saw \"point 12\" paired with the wrong text", 12, false},
		{"USE «пункт 7», а не «сьомий пункт»", 7, false},
		// negatives: the point's term stated, the point as subject, a
		// locative that opens the point's text
		{"It is all about point 7, under which Ukraine would enshrine in its constitution that it will never join NATO", 7, true},
		{"Point 7 says Ukraine will never join NATO", 7, true},
		{"O ponto 12 promete um amplo pacote de reconstrução da Ucrânia", 12, true},
		{"no ponto 9, fundos de grande escala para a reconstrução da Ucrânia", 9, true},
		{"Le point 21 reconnaît la Crimée comme de facto russe", 21, true},
		{"Punkt 22: Keine Seite ändert die neuen Grenzen mit Gewalt.", 22, true},
	} {
		got, _ := dropTermlessTalk([]Provision{{Plan: "US 28-point draft", Number: tt.n, Text: tt.text}})
		if (len(got) == 1) != tt.keep {
			t.Errorf("%q: kept %v, want %v", tt.text, len(got) == 1, tt.keep)
		}
	}
}
