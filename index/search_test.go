package index

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"planbot/corpus"
)

var verbose = flag.Bool("show", false, "print the top hits of every query in testdata/queries.json")

// queryCase is one row of testdata/queries.json: want is a piece of the
// text (or the speaker) of the expected first hit, "" when nothing relevant
// must come back.
type queryCase struct {
	Name  string      `json:"name"`
	Query string      `json:"query"`
	Kind  corpus.Kind `json:"kind"`
	Want  string      `json:"want"`
}

// testDocs returns the documents the query table runs over: the embedded
// seed and the articles in testdata/articles, extracted by corpus.Parse.
func testDocs(t testing.TB) []*corpus.Document {
	t.Helper()
	docs := append([]*corpus.Document(nil), corpus.Seed()...)
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	for _, f := range files {
		d, err := parsedDocs.get(f) // parsed once per test binary
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

var (
	sharedOnce sync.Once
	sharedIx   *Index
	sharedErr  error
)

// sharedIndex is one in-memory index over testDocs, shared by read-only tests.
func sharedIndex(t testing.TB) *Index {
	t.Helper()
	sharedOnce.Do(func() {
		sharedIx, sharedErr = Open(context.Background(), Options{}, testDocs(t))
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedIx
}

func TestQueries(t *testing.T) {
	js, err := os.ReadFile("testdata/queries.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []queryCase
	if err := json.Unmarshal(js, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 40 {
		t.Fatalf("query table has %d rows, want at least 40", len(cases))
	}
	ix := sharedIndex(t)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), corpus.Query{Text: c.Query, Kind: c.Kind})
			if err != nil {
				t.Fatalf("Search(%q): %v", c.Query, err)
			}
			if res.Hits == nil {
				t.Fatalf("Search(%q): Hits is nil, want non-nil", c.Query)
			}
			if *verbose {
				for i, h := range res.Hits {
					if i == 3 {
						break
					}
					t.Logf("%d %.3f %s %q", i, h.Score, h.Kind, h.Snippet)
				}
			}
			if c.Want == "" {
				if len(res.Hits) != 0 {
					t.Fatalf("Search(%q): got %d hits (first %q), want nothing relevant", c.Query, len(res.Hits), res.Hits[0].Text)
				}
				return
			}
			if len(res.Hits) == 0 {
				t.Fatalf("Search(%q): no hits, want first hit containing %q", c.Query, c.Want)
			}
			top := res.Hits[0]
			if !strings.Contains(top.Text, c.Want) && !strings.Contains(top.Speaker, c.Want) {
				t.Fatalf("Search(%q): first hit %q by %q, want one containing %q", c.Query, top.Text, top.Speaker, c.Want)
			}
			if c.Kind != "" && res.Hits[0].Kind != c.Kind {
				t.Fatalf("Search(%q): first hit kind %s, want %s", c.Query, res.Hits[0].Kind, c.Kind)
			}
			if strings.Contains(top.Text, c.Want) && !strings.Contains(top.Snippet, "**") {
				t.Errorf("Search(%q): snippet %q marks no match", c.Query, res.Hits[0].Snippet)
			}
		})
	}
}

// TestSearchOddInput: no text is an error, whatever it holds.
func TestSearchOddInput(t *testing.T) {
	ix := sharedIndex(t)
	for _, q := range []string{
		"\x00\x01\x02", "nato\x00", "\xff\xfe", "🕊️🇺🇦", "field:value", "title:nato AND -russia",
		"/nato/", "nato~2", "nato^10", `"unclosed`, "(((", "*", "?", strings.Repeat(`+-:"*~^()\`, 600),
		strings.Repeat("ж", 6000), "   \t\n  ",
	} {
		res, err := ix.Search(context.Background(), corpus.Query{Text: q})
		if err != nil {
			t.Errorf("Search(%.30q): %v", q, err)
		}
		if res.Hits == nil || res.Query != q {
			t.Errorf("Search(%.30q): Hits nil or Query %q not echoed", q, res.Query)
		}
	}
}

func TestSearchFilters(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	res, err := ix.Search(ctx, corpus.Query{Text: "nato", Kind: corpus.KindStatement})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if h.Kind != corpus.KindStatement {
			t.Errorf("kind filter: got a %s", h.Kind)
		}
	}
	// Filters alone list the records, newest first.
	res, err = ix.Search(ctx, corpus.Query{Speaker: "Volodymyr Zelensky"})
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("speaker only: %v, %d hits", err, len(res.Hits))
	}
	for _, h := range res.Hits {
		if h.Speaker != "Volodymyr Zelensky" || h.Snippet == "" || h.Source.ID == "" {
			t.Errorf("speaker only: hit %+v", h)
		}
	}
	res, err = ix.Search(ctx, corpus.Query{Text: "nato", Plan: "US 28-point draft", Limit: 2})
	if err != nil || len(res.Hits) != 2 {
		t.Fatalf("plan filter with limit 2: %v, %d hits", err, len(res.Hits))
	}
	next, err := ix.Search(ctx, corpus.Query{Text: "nato", Plan: "US 28-point draft", Limit: 2, Offset: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range next.Hits {
		if h.ID == res.Hits[0].ID || h.ID == res.Hits[1].ID {
			t.Errorf("page 2 repeats %s", h.ID)
		}
		if h.Plan != "US 28-point draft" {
			t.Errorf("plan filter: got %q", h.Plan)
		}
	}
	res, err = ix.Search(ctx, corpus.Query{Text: "geneva", Kind: corpus.KindSource})
	if err != nil || len(res.Hits) == 0 || res.Hits[0].Kind != corpus.KindSource || res.Hits[0].Text == "" {
		t.Fatalf("source search: %v %+v", err, res.Hits)
	}
}

// TestResultsJSON pins the JSON shape of `planbot search --json`.
func TestResultsJSON(t *testing.T) {
	ix := sharedIndex(t)
	res, err := ix.Search(context.Background(), corpus.Query{Text: "nato", Limit: 1})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("%v %d", err, len(res.Hits))
	}
	js, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(js, &m); err != nil {
		t.Fatal(err)
	}
	hit := m["hits"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "kind", "score", "text", "snippet", "speaker", "role", "plan", "number", "topics", "source"} {
		if _, ok := hit[k]; !ok {
			t.Errorf("hit JSON lacks %q: %s", k, js)
		}
	}
	if _, ok := hit["topics"].([]any); !ok {
		t.Errorf("topics is %v, want an array", hit["topics"])
	}
	empty, _ := ix.Search(context.Background(), corpus.Query{Text: "bitcoin price"})
	js, _ = json.Marshal(empty)
	if !strings.Contains(string(js), `"hits":[]`) {
		t.Errorf("no hits marshals as %s, want hits []", js)
	}
}

// TestPassages: every paragraph is searchable; a provision or statement
// ranks ahead of the passage it came from, which is then not shown; kind
// passage selects passages (a list item's provision among them).
func TestPassages(t *testing.T) {
	ctx := context.Background()
	doc, err := corpus.Parse([]byte(`---
title: Talks in Miami
outlet: Test Wire
published: 2025-11-20
lang: en
---
MIAMI - The draft took shape at a meeting in Miami attended by Kirill Dmitriev, people familiar with the talks said.

"We made real progress on the prisoner exchange," said Olena Varga, a negotiator.

1. All prisoners of war will be exchanged.
`), corpus.ParseOptions{Name: "miami.txt"})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Open(ctx, Options{}, []*corpus.Document{doc})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()

	res, err := ix.Search(ctx, corpus.Query{Text: "miami meeting dmitriev"})
	// The first paragraph is found whatever extraction made of it (today
	// an unnamed sources' statement; a plain passage before that), and
	// only once.
	if err != nil || len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, "Kirill Dmitriev") || res.Hits[0].Source.Title != "Talks in Miami" {
		t.Fatalf("paragraph search: %v %+v", err, res.Hits)
	}
	for _, h := range res.Hits[1:] {
		if strings.Contains(h.Text, "Kirill Dmitriev") {
			t.Errorf("the same paragraph shown twice: %+v", res.Hits)
		}
	}
	res, err = ix.Search(ctx, corpus.Query{Text: "miami meeting dmitriev", Kind: corpus.KindPassage})
	if err != nil || len(res.Hits) == 0 || res.Hits[0].Kind != corpus.KindPassage || !strings.Contains(res.Hits[0].Text, "Kirill Dmitriev") {
		t.Fatalf("kind passage: %v %+v", err, res.Hits)
	}
	res, err = ix.Search(ctx, corpus.Query{Text: "prisoner exchange progress"})
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("prisoner exchange: %v %+v", err, res.Hits)
	}
	seen := map[string]bool{}
	for _, h := range res.Hits {
		for t2 := range seen {
			if strings.Contains(h.Text, t2) || strings.Contains(t2, h.Text) {
				t.Errorf("the same sentence twice: %q and %q", t2, h.Text)
			}
		}
		seen[h.Text] = true
	}
	if len(doc.Statements) > 0 && res.Hits[0].Kind != corpus.KindStatement {
		t.Errorf("first hit is a %s, want the statement ahead of its paragraph: %+v", res.Hits[0].Kind, res.Hits[0])
	}
	res, err = ix.Search(ctx, corpus.Query{Text: "prisoners of war", Kind: corpus.KindPassage})
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("kind passage: %v %+v", err, res.Hits)
	}
	for _, h := range res.Hits {
		if h.Kind != corpus.KindPassage {
			t.Errorf("kind passage returned a %s", h.Kind)
		}
	}
}

// TestSearchFilterCombinations: every combination of kind, topic, plan and
// speaker filters with and without text is answered (bleve merges filter
// clauses into one searcher whose statistics stats.go must supply too).
func TestSearchFilterCombinations(t *testing.T) {
	ix := sharedIndex(t)
	for _, text := range []string{"", "nato"} {
		for _, kind := range []corpus.Kind{"", corpus.KindProvision, corpus.KindStatement, corpus.KindPassage} {
			for _, topic := range []string{"", "nato"} {
				for _, plan := range []string{"", "US 28-point draft"} {
					q := corpus.Query{Text: text, Kind: kind, Topic: topic, Plan: plan}
					if _, err := ix.Search(context.Background(), q); err != nil {
						t.Errorf("Search(%+v): %v", q, err)
					}
				}
			}
		}
	}
}
