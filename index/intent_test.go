package index

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestHowPeopleAsk checks the words of asking: the frame of a question
// ("what did X say", "X interview", "was hat X gesagt") is not held against
// the text that answers it, a speaker's name is a domain word, a misspelt
// name is still found through the frame, and off-topic questions still
// answer nothing.
func TestHowPeopleAsk(t *testing.T) {
	ix := openTexts(t,
		"---\ntitle: Briefing in Kyiv\noutlet: Test Wire\npublished: 2025-11-24\n---\nKYIV, Nov 24 (Test Wire) - Halyna Ostapchuk, a spokeswoman for the foreign ministry, told reporters that no signed document existed yet.\n\nThe army would be capped at 800,000 under the revised draft, officials said.\n",
		"---\ntitle: Gespräch\noutlet: Testzeitung\npublished: 2025-11-25\nlang: de\n---\nBernd Kellermann, ein Diplomat im Ruhestand, hält den Plan für unausgewogen.\n\nDie Verhandlungen in Genf sollen in der kommenden Woche weitergehen.\n",
		"---\ntitle: Paris notes\noutlet: Test Wire\npublished: 2025-11-25\n---\nA trade fair in Paris drew record crowds this week.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"what did ostapchuk say", "Halyna Ostapchuk"},
		{"ostapchuk interview", "Halyna Ostapchuk"},
		{"what did ostapchuck say", "Halyna Ostapchuk"}, // misspelt
		{"was hat kellermann gesagt", "Bernd Kellermann"},
		{"army cap 800k", "800,000"},
		{"weather in paris", ""},
		{"what did paris say about bitcoin", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestSpeakerQuestions checks the rules for questions that name a
// speaker: the verbs of saying count neither for nor against a hit, the
// named speaker's statements rank ahead of others' that match as many
// words, and a statement question with a "what about" matched by no
// statement of that speaker answers nothing (the bot then answers from the
// reports).
func TestSpeakerQuestions(t *testing.T) {
	ctx := context.Background()
	text := "---\ntitle: Briefings\noutlet: Test Wire\npublished: 2025-11-24\n---\n" +
		"Irena Kostova, a negotiator for Ukraine, said: \"We will sign when the text protects our people, whatever the calendar says.\"\n\n" +
		"Pavel Orlov, a spokesman for the Kremlin, said Moscow had seen no official text yet.\n\n" +
		"Pavel Orlov also said the talks in Geneva would go on next week.\n\n" +
		"Grain exports through the Black Sea resumed on Monday.\n"
	ix := openTexts(t, text)
	for _, c := range []struct {
		query string
		kind  corpus.Kind
		want  string // in the first hit's text or speaker; "" for no hit
	}{
		{"what did orlov say about the text", corpus.KindStatement, "Pavel Orlov"},
		{"what did kostova say about the text", corpus.KindStatement, "Irena Kostova"},
		{"orlov grain", corpus.KindStatement, ""},
		{"orlov geneva", "", "Geneva"},
		{"what did paris say about bitcoin", corpus.KindStatement, ""},
	} {
		res, err := ix.Search(ctx, corpus.Query{Text: c.query, Kind: c.kind})
		if err != nil {
			t.Fatal(err)
		}
		if c.want == "" {
			if len(res.Hits) > 0 {
				t.Errorf("%q (%s): answered %q, want nothing", c.query, c.kind, res.Hits[0].Text)
			}
			continue
		}
		if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text+" "+res.Hits[0].Speaker, c.want) {
			t.Errorf("%q (%s): hits %+v, want %q first", c.query, c.kind, res.Hits, c.want)
		}
	}
}

// TestRelevantHitFrames checks the relevance rule's handling of frame
// words and names on hand-made match results.
func TestRelevantHitFrames(t *testing.T) {
	const (
		name = classDomain | className
		say  = classFrame | classSay
		noun = classFrame
	)
	// w is the weight of a hit matching words query words, all strongly,
	// plus 1 when one is a name
	w := func(words, name int) int { return weightPerWord*words + 2*words + name }
	for _, c := range []struct {
		name    string
		cls     []termClass
		matched []bool
		kind    corpus.Kind
		want    bool
		weight  int
	}{
		// "haldorsen say kremlin": a hit with "says" and "kremlin" matches
		// one word of two, not two of three.
		{"say is neutral", []termClass{0, say, classDomain}, []bool{false, true, true}, "", true, w(1, 0)},
		{"half, no domain word", []termClass{0, say, 0}, []bool{false, true, true}, "", false, w(1, 0)},
		{"say does not lift", []termClass{0, 0, say, 0}, []bool{false, false, true, true}, "", false, w(1, 0)},
		{"all say words count", []termClass{say, say}, []bool{true, false}, "", true, w(1, 0)},
		{"frame noun counts when present", []termClass{name, noun}, []bool{true, true}, "", true, w(2, 1)},
		{"frame noun not held against", []termClass{name, noun}, []bool{true, false}, "", true, w(1, 1)},
		{"name only, statements", []termClass{name, 0}, []bool{true, false}, corpus.KindStatement, false, w(1, 1)},
		{"name only, any kind", []termClass{name, classDomain}, []bool{true, false}, "", true, w(1, 1)},
		{"name and about, statements", []termClass{name, 0}, []bool{true, true}, corpus.KindStatement, true, w(2, 1)},
		{"names only asked", []termClass{name, name}, []bool{true, false}, corpus.KindStatement, true, w(1, 1)},
	} {
		m := markResult{matched: c.matched}
		if got := relevantFor(m, c.cls, c.kind); got != c.want {
			t.Errorf("%s: relevant %v, want %v", c.name, got, c.want)
		}
		if got := m.weight(c.cls); got != c.weight {
			t.Errorf("%s: weight %d, want %d", c.name, got, c.weight)
		}
	}
}

// TestSayWordsDoNotCrowdOut: the verbs of saying are left out of what is
// asked of bleve, so the one text naming a person who is no known speaker
// is fetched though many short headings ("What analysts say") match
// "say" better.
func TestSayWordsDoNotCrowdOut(t *testing.T) {
	texts := []string{"---\nlang: fr\n---\n\nPour Claire Dumontier, chercheuse à l'Observatoire des frontières orientales, la séquence parisienne visait surtout à replacer les Européens dans le jeu diplomatique. « Washington négocie avec Kiev en Floride et avec Moscou au Kremlin, mais Paris rappelle que l'argent gelé, les sanctions et l'adhésion à l'Union restent entre les mains des Vingt-Sept, et que rien ne se fera sans eux », explique-t-elle, avant d'ajouter que la semaine prochaine sera décisive pour la suite des discussions.\n"}
	for i := range 60 {
		texts = append(texts, fmt.Sprintf("---\nlang: en\n---\n\nWhat analysts say\n\nAnalyst number %d expects a long winter of talks.\n", i))
	}
	ix := openTexts(t, texts...)
	for _, q := range []string{"what did dumontier say", "what did dumontier say about the europeans"} {
		// as /statement asks when no statement matches (the bot's fallback)
		res, err := ix.Search(context.Background(), corpus.Query{Text: q, Kind: corpus.KindPassage})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, "Dumontier") {
			t.Errorf("%q: %d hits, want the passage naming Dumontier first", q, len(res.Hits))
		}
	}
}

func TestRetrievalText(t *testing.T) {
	ix := openTexts(t, "---\nlang: en\n---\n\nThe delegation said the talks went on.\n")
	cases := []struct{ in, want string }{
		{"what did dumontier say", "what did dumontier"},
		{"what did tusk say about fighter jets", "what did tusk about fighter jets"}, // "about": English drops it
		{"say", "say"}, // nothing else: kept
		{"fighter jets", "fighter jets"},
	}
	for _, c := range cases {
		qts := ix.queryTerms(ix.analyzersInUse(), c.in)
		if got := retrievalText(c.in, qts, ix.classify(context.Background(), qts)); got != c.want {
			t.Errorf("retrievalText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWeightWordsFirst: a hit that matches every word, some only through
// translations, ranks above one that lacks a word ("prisoner exchange
// signed": a German report saying "unterzeichnet" above an English text
// without "signed"), and among hits matching as many words, the one
// matching the named speaker ranks first.
func TestWeightWordsFirst(t *testing.T) {
	three := []termClass{classDomain, 0, 0} // "prisoner exchange signed"
	all := markResult{matched: []bool{true, true, true}}
	lacking := markResult{matched: []bool{true, true, false}}
	if all.weight(three) <= lacking.weight(three) {
		t.Errorf("weights every word %d, one word lacking %d: want the first higher",
			all.weight(three), lacking.weight(three))
	}
	cls := []termClass{classDomain | className, 0, 0} // "ushakov compromise text"
	named := markResult{matched: []bool{true, false, true}}
	unnamed := markResult{matched: []bool{false, true, true}}
	if named.weight(cls) <= unnamed.weight(cls) {
		t.Errorf("weights with the name %d, without %d: want the first higher", named.weight(cls), unnamed.weight(cls))
	}
}

func TestSteadyScore(t *testing.T) {
	x, y, z := 0.1, 0.2, 0.3
	a := x + y + z // 0.6000000000000001
	b := z + y + x // 0.6
	if a == b || steadyScore(a) != steadyScore(b) {
		t.Errorf("steadyScore(%v) = %v, steadyScore(%v) = %v: want equal", a, steadyScore(a), b, steadyScore(b))
	}
	if steadyScore(0.016845) <= steadyScore(0.016476) || steadyScore(0) != 0 {
		t.Error("steadyScore must keep different scores apart and zero as zero")
	}
}
