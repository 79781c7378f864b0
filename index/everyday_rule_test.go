package index

import (
	"context"
	"testing"

	"planbot/corpus"
)

// everydayTexts is a small corpus in which the common words of the story
// ("peace", "plan", "border", "gas", Moscow, Kyiv, "Frieden", "plan") are
// held by more records than a distinctive word may be, as in a grown
// corpus, and a name (Witkoff) and a subject word ("sanctions") by few.
var everydayTexts = []string{
	"---\nlang: en\n---\n\n" +
		"The peace plan was discussed in Moscow on Tuesday, and the border and the power plant were on the agenda.\n\n" +
		"Kyiv said the peace plan must protect the border, the power plant and the gas transit.\n\n" +
		"Moscow wants the gas pipeline reopened under the peace plan, and the power plant run by both sides.\n\n" +
		"The peace plan puts the power plant and the border under international monitors, Kyiv said of the gas deal.\n\n" +
		"The plan would bring peace to the border by winter, officials in Moscow and Kyiv said of the gas talks.\n\n" +
		"Steve Witkoff said the plan was fair.\n\n" +
		"Sanctions relief would come in stages, the plan says, while Moscow and Kyiv keep the border quiet and the gas flowing.\n",
	"---\nlang: de\n---\n\n" +
		"Der Plan für den Frieden sieht vor, dass Moskau die Grenze öffnet.\n\n" +
		"Kiew will den Frieden nur mit einer sicheren Grenze, hieß es zum Plan aus Moskau.\n\n" +
		"Der Frieden hängt an der Grenze und am Plan, sagte ein Diplomat in Moskau.\n\n" +
		"Ohne Frieden keine Grenze, schrieb eine Zeitung aus Moskau über den Plan.\n\n" +
		"Der Plan bringt Frieden an die Grenze, hofft man in Moskau.\n",
	"---\nlang: pl\n---\n\n" +
		"Plan pokojowy zakłada, że granica zostanie otwarta, a Moskwa się zgodzi.\n\n" +
		"Moskwa odrzuca plan, a Kijów chce bezpiecznej granicy.\n\n" +
		"Plan mówi o granicy i o gazie dla Europy, którego Moskwa chce.\n\n" +
		"Według planu granica będzie pod nadzorem, a Moskwa dostarczy gaz.\n\n" +
		"Plan zakłada, że granica i gaz będą pod kontrolą, a Moskwa to przyjmie.\n",
}

// TestEverydayQuery: a question whose subject words no record holds even
// within an edit or two ("lily", "metro", "Yogakurs", "treningowy"), and
// whose other words are common words of the story or places, answers
// nothing when two such words stand beside them (minStrange); a misspelt
// name ("witkof"), a subject term ("sanctions") or a question of known
// words keeps its answer.
// The questions are invented, in English, German and Polish.
func TestEverydayQuery(t *testing.T) {
	ix := openTexts(t, everydayTexts...)
	ctx := context.Background()
	for _, c := range []struct {
		query    string
		everyday bool
		want     string // the first hit's text holds it; "" for nothing
	}{
		{"peace lily repotting plant", true, ""},
		{"border wonderland skating", true, ""},
		{"kyiv karaoke nightlife border", true, ""}, // "restaurants" is a dictionary word since stop 70
		{"peace grill coupons moscow", true, ""},
		{"Frieden Yogakurs Anfänger", true, ""},
		{"plan treningowy siłownia", true, ""},
		{"witkof plan fair", false, "Witkoff"},
		{"sanctions relief timetable", false, "Sanctions relief"},
		{"peace plan border gas", false, "gas"},
		{"grenze frieden moskau", false, "Grenze"},
	} {
		off, err := ix.everydayQuery(ctx, corpus.Query{Text: c.query})
		if err != nil {
			t.Fatal(err)
		}
		if off != c.everyday {
			_, v, _ := ix.everydayRead(ctx, corpus.Query{Text: c.query})
			t.Errorf("%q: everyday %v, want %v (%+v)", c.query, off, c.everyday, v)
		}
		if !c.everyday {
			wantFirst(t, ix, c.query, c.want) // the rule is not wired into Search: see everydayrule_test.go
		}
	}
}

// TestNearTerm: a word one edit (two for long words) from a term of some
// language's text is near it, first letter kept; a short word is never
// read fuzzily.
func TestNearTerm(t *testing.T) {
	ix := openTexts(t, everydayTexts...)
	als := ix.analyzersInUse()
	for _, c := range []struct {
		word string
		near bool
	}{
		{"witkof", true},      // a letter dropped
		{"pipelinne", true},   // a letter doubled
		{"bezpiecznej", true}, // as written (Polish)
		{"metro", false},      // too short to be read fuzzily
		{"lily", false},       // too short
		{"timetable", false},  // nothing within one edit
		{"xitkoff", false},    // the first letter is kept
	} {
		qts := ix.queryTerms(als, normalizeQuery(c.word))
		if len(qts) != 1 {
			t.Fatalf("%q: %d words", c.word, len(qts))
		}
		got, err := ix.nearTerm(als, map[string]bool{analyzerFor(defaultLang): true}, qts[0])
		if err != nil {
			t.Fatal(err)
		}
		if got != c.near {
			t.Errorf("nearTerm(%q) = %v, want %v", c.word, got, c.near)
		}
	}
}
