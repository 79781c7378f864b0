package index

import (
	"context"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestNegativesDiag prints, on every released relevance document (the
// view heldout-u/all), how the exact search sees each query of
// PLANBOT_NEG_DIAG ("q1|q2|…"): the query words with their classes and
// document frequencies, and for each hit Search returns the words it
// matches. A diagnosis aid for the off-topic rule (offtopicidf.go),
// skipped unless asked for.
func TestNegativesDiag(t *testing.T) {
	spec := os.Getenv("PLANBOT_NEG_DIAG")
	if spec == "" {
		t.Skip("PLANBOT_NEG_DIAG not set")
	}
	ctx := context.Background()
	docs := firstStagesDocs(t)
	for _, set := range laterSets {
		if blindSearchSet(set) {
			break
		}
		docs = append(docs, setDocs(t, set)...)
	}
	ix, err := Open(ctx, Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	als := ix.analyzersInUse()
	for _, q := range strings.Split(spec, "|") {
		text := normalizeQuery(q)
		qts := ix.queryTerms(als, text)
		cls := ix.classify(ctx, qts)
		f, err := ix.wordFreqs(ctx, als, qts)
		if err != nil {
			t.Fatal(err)
		}
		var ws []string
		for i, qt := range qts {
			ws = append(ws, qt.raw+"/"+classString(cls[i])+"/"+strconv.FormatUint(f.df[i], 10))
		}
		res, err := asked(ctx, ix, relevanceCase{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%q records=%d words %v -> %d hits", q, f.records, ws, len(res.Hits))
		keys := map[string]string{}
		ix.diag.rankTrace = func(id, k string) { keys[id] = k }
		_, _ = ix.Search(ctx, corpus.Query{Text: q, Limit: 3})
		ix.diag.rankTrace = nil
		matched := markedHits(ctx, t, ix, text, als, qts, cls, 200)
		for _, h := range res.Hits {
			t.Logf("    %-9s %-30s matched=%v %s %.100q", h.Kind, h.ID, matched[h.ID], keys[h.ID], h.Text)
		}
	}
}

// classString names a word's classes by letters: d domain, f frame, s
// say, n name, t topic, l filler, p proper.
func classString(c termClass) string {
	var b strings.Builder
	for i, l := range "dfsntlp" {
		if c&(1<<i) != 0 {
			b.WriteRune(l)
		}
	}
	if b.Len() == 0 {
		return "-"
	}
	return b.String()
}

// TestNegativesDump writes, for every released question asked of every
// released relevance document, the query words (classes, document
// frequencies) and the first ten hits with the words each matches and
// whether it holds the answer, one JSON line per question, to the file
// PLANBOT_NEG_DUMP: data to weigh an off-topic rule against the
// answerable questions before running TestRelevance. Skipped unless asked
// for.
func TestNegativesDump(t *testing.T) {
	out := os.Getenv("PLANBOT_NEG_DUMP")
	if out == "" {
		t.Skip("PLANBOT_NEG_DUMP not set")
	}
	ctx := context.Background()
	docs := firstStagesDocs(t)
	var cases []relevanceCase
	js, err := os.ReadFile("testdata/relevance/questions.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(js, &cases); err != nil {
		t.Fatal(err)
	}
	for _, set := range laterSets {
		if blindSearchSet(set) {
			break
		}
		docs = append(docs, setDocs(t, set)...)
		cases = append(cases, setQuestions(t, set)...)
	}
	ix, err := Open(ctx, Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	als := ix.analyzersInUse()
	type hitRow struct {
		ID      string `json:"id"`
		Kind    string `json:"kind"`
		Right   bool   `json:"right"`
		Matched []bool `json:"matched"`
	}
	type row struct {
		Query   string   `json:"query"`
		Set     string   `json:"set"`
		Kind    string   `json:"kind"`
		Neg     bool     `json:"neg"`
		Words   []string `json:"words"`
		Classes []string `json:"classes"`
		DF      []uint64 `json:"df"`
		Records uint64   `json:"records"`
		Hits    []hitRow `json:"hits"`
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for _, c := range cases {
		text := normalizeQuery(c.Query)
		qts := ix.queryTerms(als, text)
		cls := ix.classify(ctx, qts)
		f, err := ix.wordFreqs(ctx, als, qts)
		if err != nil {
			t.Fatal(err)
		}
		r := row{Query: c.Query, Set: c.Set, Kind: string(c.Kind), Neg: c.Want == nil, DF: f.df, Records: f.records}
		for i, qt := range qts {
			r.Words = append(r.Words, qt.raw)
			r.Classes = append(r.Classes, classString(cls[i]))
		}
		matched := markedHits(ctx, t, ix, text, als, qts, cls, 400)
		q := c
		res, err := ix.Search(ctx, corpus.Query{Text: q.Query, Kind: q.Kind, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 && (q.Kind == corpus.KindProvision || q.Kind == corpus.KindStatement) {
			if res, err = ix.Search(ctx, corpus.Query{Text: q.Query, Kind: corpus.KindPassage, Limit: 10}); err != nil {
				t.Fatal(err)
			}
		}
		for _, h := range res.Hits {
			r.Hits = append(r.Hits, hitRow{ID: h.ID, Kind: string(h.Kind), Right: c.Want != nil && containsAny(paragraphOf(docs, h), c.Want), Matched: matched[h.ID]})
		}
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// markedHits runs query text's retrieval request for the first limit
// hits and says, per hit ID, which query words each matches (mark): what
// both diagnostics print beside the answers.
func markedHits(ctx context.Context, t *testing.T, ix *Index, text string, als []string, qts []queryTerm, cls []termClass, limit int) map[string][]bool {
	t.Helper()
	ex, err := ix.knownTerms(ctx, als, qts)
	if err != nil {
		t.Fatal(err)
	}
	tq := ix.textQuery(retrievalText(text, qts, cls), "", als, ex.phrases, ex.boost, ex.topics, false)
	req, err := ix.request(ctx, tq, filters(corpus.Query{}, false, ix.hasServers()), limit)
	if err != nil {
		t.Fatal(err)
	}
	sr, err := ix.run(ctx, req, hitFields(als))
	if err != nil {
		t.Fatal(err)
	}
	m := ix.markTermsFor(als, text, qts, ex.phrases)
	matched := map[string][]bool{}
	for _, h := range sr.Hits {
		id, _ := h.Fields[fieldID].(string)
		matched[id] = ix.mark(h, als, m).matched
	}
	return matched
}
