package index

import (
	"context"
	"slices"
	"testing"

	"planbot/corpus"
)

// TestFrameNamed: a question that names its document by its frame (the
// town of a council's report, the ferry line of a notice, a club), a word
// only the outlet, title or address holds, gets that document's paragraph
// first, above other documents' paragraphs that match more of its other
// words; a question naming the frame and nothing the document says is
// not answered by it, and a frame word in many outlets names nothing.
func TestFrameNamed(t *testing.T) {
	ix := openTexts(t,
		"---\ntitle: \"Bilancio di previsione 2026, il resoconto dell'udienza pubblica\"\noutlet: Comune di Valdoria, Ufficio stampa\nurl: https://www.comune-di-valdoria.example/notizie/bilancio\nlang: it\n---\n\nIl sindaco ha risposto che in città vivono ancora 64 cittadini ucraini, di cui 22 minori.\n\nLa seduta si è chiusa alle 23.\n",
		"---\ntitle: \"Passenger notice 2026/03: winter timetable and fuel surcharge\"\noutlet: Saltwind Lines, passenger notices\nurl: https://www.saltwind-lines.example/notices/3\nlang: en\n---\n\nFrom 1 February the bunker surcharge rises from 6 to 8 euros per passenger car.\n\nPlease arrive forty minutes before departure. Saltwind Lines wishes you a good crossing.\n",
		"---\ntitle: \"Refugees in Poland\"\noutlet: Eastgate Press\nlang: en\n---\n\nMany Ukrainians still live in Poland, where many Ukrainians found work, the report said.\n",
		"---\ntitle: \"Ferry prices\"\noutlet: Harbour Weekly\nlang: en\n---\n\nThe fuel surcharge per car rises again on every ferry line, operators say.\n",
		"---\ntitle: \"Ukrainer in Deutschland\"\noutlet: Rheinblick Zeitung\nlang: de\n---\n\nViele Ukrainer leben noch immer in Deutschland, sagt der Bericht.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"how many ukrainians still live in valdoria", "vivono ancora"},
		{"quanti ucraini vivono ancora a valdoria", "vivono ancora"},
		{"saltwind fuel surcharge per car", "bunker surcharge"},
		{"valdoria football results", ""},
		{"saltwind weather forecast tomorrow", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
		qs := []corpus.Query{{Text: c.query, Kind: corpus.KindStatement}, {Text: c.query, Kind: corpus.KindPassage}}
		all, err := ix.SearchAll(context.Background(), qs)
		if err != nil {
			t.Fatal(err)
		}
		for i, q := range qs {
			one, err := ix.Search(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := hitIDs(all[i]), hitIDs(one); !slices.Equal(got, want) {
				t.Errorf("%q kind %s: SearchAll %v, Search %v", c.query, q.Kind, got, want)
			}
		}
	}
}

// TestNamedFramesDistinctive: a word in the frames of more than
// maxFrameSources sources names none of them, and question and domain
// words never name a frame.
func TestNamedFramesDistinctive(t *testing.T) {
	ix := openTexts(t,
		"---\noutlet: Northfold Council news\nlang: en\n---\n\nThe council met.\n",
		"---\noutlet: Southfold Council news\nlang: en\n---\n\nThe council met again.\n",
		"---\noutlet: Eastfold Council news\nlang: en\n---\n\nThe council met once more.\n",
	)
	ctx := context.Background()
	for _, c := range []struct {
		query string
		n     int
	}{
		{"council budget", 0},     // three outlets hold "council"
		{"northfold budget", 1},   // one does
		{"eastfold southfold", 2}, // two, one each
	} {
		als := ix.analyzersInUse()
		qts := ix.queryTerms(als, normalizeQuery(c.query))
		srcs, _ := ix.namedFrames(qts, ix.classify(ctx, qts))
		if len(srcs) != c.n {
			t.Errorf("%q: frames %v, want %d", c.query, srcs, c.n)
		}
	}
}
