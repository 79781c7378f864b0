// Probes for stop 54's provision mechanisms (xprov): a bulleted list whose
// items each name their own version (provisions_itemversions.go), and a
// point word made a place's name by the word before it ("crossing point
// 7": pointrefs.json's offPlanQualifiers).

package corpus

import "testing"

func TestItemsNameTheirVersions(t *testing.T) {
	const us, fw, eu = "US 28-point draft", "20-point framework", "European counter-proposal"
	checkFresh(t, []freshCase{
		{name: "en outlines differ", doc: "# Travel advice\n\n## Negotiations\n\nNo agreement is in force yet and our advice is unchanged. The published outlines differ:\n\n- The US 28-point draft of November said (point 25) that elections would be held in Ukraine within 100 days of signing.\n- The 20-point framework of December says in point 18 that Ukraine should hold elections as soon as possible after the agreement is signed.\n",
			want: []Provision{{Plan: us, Number: 25, Text: "within 100 days"}, {Plan: fw, Number: 18, Text: "as soon as possible"}}},
		{name: "en us and europe", doc: "# Explainer\n\nWhat is on the table in the talks about an agreement:\n\n- The US draft caps Ukraine's armed forces at 600,000 personnel.\n- The European counter-proposal lifts the army ceiling to 800,000 in peacetime.\n",
			want: []Provision{{Plan: us, Text: "600,000"}, {Plan: eu, Text: "800,000"}}},
		{name: "de zwei Fassungen", doc: "# Überblick\n\nWas bisher über ein Abkommen bekannt ist:\n\n- Der 28-Punkte-Plan der USA begrenzt die ukrainische Armee auf 600.000 Soldaten.\n- Der europäische Gegenvorschlag hebt die Obergrenze der Armee in Friedenszeiten auf 800.000 an.\n",
			want: []Provision{{Plan: us, Text: "600.000"}, {Plan: eu, Number: 6, Text: "800.000"}}},
		{name: "fr deux versions", doc: "# Repères\n\nCe que l'on sait d'un éventuel accord :\n\n- Le plan américain en 28 points limite l'armée ukrainienne à 600 000 hommes.\n- La contre-proposition européenne porte ce plafond à 800 000 hommes en temps de paix.\n",
			want: []Provision{{Plan: us, Number: 6, Text: "600 000"}, {Plan: eu, Number: 6, Text: "800 000"}}},
		// negative: a list of one version's points keeps its numbering
		{name: "en one version's list", doc: "# The US plan\n\nThe 28-point plan says, among other things:\n\n1. Ukraine's sovereignty will be confirmed.\n2. Ukraine's armed forces will be limited to 600,000 personnel.\n",
			want: []Provision{{Plan: us, Number: 1, Text: "sovereignty"}, {Plan: us, Number: 2, Text: "600,000"}}},
	})
}

func TestItemsNameVersionsRule(t *testing.T) {
	for _, tc := range []struct {
		items []string
		want  bool
	}{
		{[]string{"The US 28-point draft said (point 25) that elections would be held within 100 days.", "The 20-point framework says in point 18 that elections should be held soon."}, true},
		{[]string{"Der amerikanische Entwurf begrenzt die Armee auf 600.000.", "Der europäische Gegenvorschlag hebt die Grenze auf 800.000 an."}, true},
		// the same version twice, or one item naming one: a list of that version
		{[]string{"The US draft caps the army at 600,000.", "The US draft bars Ukraine from NATO."}, false},
		{[]string{"The US draft caps the army at 600,000.", "Ukraine would hold elections in 100 days."}, false},
		{[]string{"The US draft caps the army at 600,000."}, false},
	} {
		var items []paragraph
		for _, s := range tc.items {
			items = append(items, paragraph{kind: paraItem, text: s})
		}
		if got := itemsNameVersions(items, planFor); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.items, got, tc.want)
		}
	}
}

func TestPlaceQualifiedPointWord(t *testing.T) {
	const us = "US 28-point draft"
	checkFresh(t, []freshCase{
		{name: "en crossing point", doc: "# Ukraine travel advice\n\nThe US peace plan is still being negotiated. Most travellers enter by road via crossing point 7 at the Polish border.\n",
			not: []string{"crossing point 7"}},
		{name: "en assembly point", doc: "# Evacuation notice\n\nAfter the talks on the peace plan, residents were told to gather at assembly point 3 near the station.\n",
			not: []string{"assembly point 3"}},
		// positives: the plan's point stays one, whatever word a sentence ends on before it
		{name: "en plan point", doc: "# The US plan\n\nUnder point 7 of the US draft, Ukraine would enshrine in its constitution that it will not join NATO.\n",
			want: []Provision{{Plan: us, Number: 7, Text: "not join NATO"}}},
		{name: "en says point", doc: "# The US plan\n\nThe leaked document says point 6 caps Ukraine's armed forces at 600,000 personnel.\n",
			want: []Provision{{Plan: us, Number: 6, Text: "600,000"}}},
	})
	for _, w := range []string{"crossing", "border", "evacuation", "Assembly"} {
		if !offPlanQualifier(lowerString(w)) {
			t.Errorf("%q: not read as a place qualifier", w)
		}
	}
	for _, w := range []string{"under", "says", "the", "meeting", "match", ""} {
		if offPlanQualifier(w) {
			t.Errorf("%q: read as a place qualifier", w)
		}
	}
}

func TestParticipleBeforeDocumentVerb(t *testing.T) {
	const us, fw, eu = "US 28-point draft", "20-point framework", "European counter-proposal"
	checkFresh(t, []freshCase{
		{name: "en two points in one sentence", doc: "# Notes\n\nTalks go on.\n\nThe 20-point framework presented in December says in point 18 that Ukraine should hold elections as soon as possible after the agreement is signed and in point 20 that a ceasefire would start immediately once all sides agree.\n",
			want: []Provision{{Plan: fw, Number: 18, Text: "as soon as possible"}, {Plan: fw, Number: 20, Text: "ceasefire would start immediately"}}},
		{name: "en circulated on", doc: "# Notes\n\nTalks go on.\n\nThe counter-proposal circulated on Sunday would keep frozen Russian assets locked until Russia compensates Ukraine.\n",
			want: []Provision{{Plan: eu, Text: "frozen Russian assets"}}},
		{name: "en leaked by", doc: "# Notes\n\nTalks go on.\n\nThe US draft leaked last week says in point 6 that Ukraine's army would be capped at 600,000 and in point 7 that Ukraine would not join NATO.\n",
			want: []Provision{{Plan: us, Number: 6, Text: "600,000"}, {Plan: us, Number: 7, Text: "not join NATO"}}},
	})
	for _, tc := range []struct {
		words string
		want  int
	}{
		{"The framework presented in December says in point 18 that", 5},
		{"The draft published by Reuters would cap the army", 5},
		// punctuation inside the phrase, or no document verb soon: none
		{"The draft presented, in December, says that it", -1},
		{"The draft presented in the capital of a large country on", -1},
	} {
		var buf [9]string
		ws := splitSpaces9(tc.words, &buf)
		k := 2
		if got := verbAfterParticiple(ws, k); got != tc.want {
			t.Errorf("%q: verb at %d, want %d", tc.words, got, tc.want)
		}
	}
	for _, w := range []string{"presented", "circulated", "leaked"} {
		if !pastParticiple(w) {
			t.Errorf("%q: not a participle", w)
		}
	}
	for _, w := range []string{"red", "Ted", "says", "Reed"} {
		if pastParticiple(w) {
			t.Errorf("%q: read as a participle", w)
		}
	}
}

func TestNumberedListNamingVersions(t *testing.T) {
	// a petition's numbered demands naming versions in passing stay a list
	// (one cites a point by number); numbered paragraphs that each cite
	// points of named versions are prose
	var demands, notes []paragraph
	for i, s := range []string{
		"Reject the clause under which Ukraine would withdraw from part of Donetsk (point 21 of the US draft).",
		"Support the European counter-proposal, which lets the army reach 800,000 in peacetime.",
	} {
		demands = append(demands, paragraph{kind: paraItem, number: i + 1, text: s})
	}
	for i, s := range []string{
		"The US draft of November set out in point 6 a cap of 600,000 on the army.",
		"The European counter-proposal in its point 6 lifted that cap to 800,000.",
	} {
		notes = append(notes, paragraph{kind: paraItem, number: i + 1, text: s})
	}
	if itemsNameVersions(demands, planFor) {
		t.Error("numbered demands read as prose")
	}
	if !itemsNameVersions(notes, planFor) {
		t.Error("numbered notes citing points not read as prose")
	}
}
