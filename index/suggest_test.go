package index

import (
	"context"
	"slices"
	"strings"
	"testing"

	"planbot/corpus"
)

func TestSuggest(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	for _, tc := range []struct {
		facet  corpus.Facet
		prefix string
		want   string // must be among the suggestions
		first  string // if set, must come first
	}{
		{corpus.FacetSpeaker, "zel", "Volodymyr Zelensky", ""},                    // word inside the name
		{corpus.FacetSpeaker, "VOLO", "Volodymyr Zelensky", "Volodymyr Zelensky"}, // case
		{corpus.FacetSpeaker, "kar", "Karin Lindqvist", "Karin Lindqvist"},
		{corpus.FacetPlan, "us", "US 28-point draft", "US 28-point draft"},
		{corpus.FacetPlan, "", "US 28-point draft", ""},
		{corpus.FacetTopic, "nat", "nato", "nato"},
	} {
		got, err := ix.Suggest(ctx, "", tc.facet, tc.prefix, 0)
		if err != nil {
			t.Fatalf("Suggest(%s, %q): %v", tc.facet, tc.prefix, err)
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("Suggest(%s, %q) = %q, want it to contain %q", tc.facet, tc.prefix, got, tc.want)
		}
		if tc.first != "" && (len(got) == 0 || got[0] != tc.first) {
			t.Errorf("Suggest(%s, %q) = %q, want %q first", tc.facet, tc.prefix, got, tc.first)
		}
		for _, s := range got {
			if !strings.HasPrefix(strings.ToLower(s), strings.ToLower(tc.prefix)) && !strings.Contains(strings.ToLower(s), " "+strings.ToLower(tc.prefix)) && !strings.Contains(strings.ToLower(s), "-"+strings.ToLower(tc.prefix)) {
				t.Errorf("Suggest(%s, %q) offered %q, which does not match", tc.facet, tc.prefix, s)
			}
		}
	}
	if got, _ := ix.Suggest(ctx, "", corpus.FacetSpeaker, "qqq", 0); len(got) != 0 {
		t.Errorf("Suggest(speaker, qqq) = %q, want none", got)
	}
	if _, err := ix.Suggest(ctx, "", "colour", "", 0); err == nil {
		t.Error("Suggest with an unknown facet: nil error")
	}
}

func TestSuggestLimit(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{}, Synthetic(2000, 3))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, limit := range []int{0, 5, 25, 100} {
		got, err := ix.Suggest(ctx, "", corpus.FacetSpeaker, "", limit)
		if err != nil {
			t.Fatal(err)
		}
		want := limit
		if limit == 0 || limit > 25 {
			want = 25
		}
		if len(got) != want {
			t.Errorf("Suggest(limit %d) returned %d, want %d", limit, len(got), want)
		}
		for _, s := range got {
			if len([]rune(s)) > 100 {
				t.Errorf("suggestion %q longer than Discord's 100", s)
			}
		}
	}
}

// TestSuggestSpeakersAndTopics: speaker suggestions offer group members and
// the institutions a role names, and forgive one typo; topic suggestions
// match the words of a topic's label.
func TestSuggestSpeakersAndTopics(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{}, []*corpus.Document{{
		Source: corpus.Source{ID: "s1", Title: "Leaders react", Lang: "en", Published: "2025-11-22"},
		Statements: []corpus.Statement{
			{ID: "s1-s1", SourceID: "s1", Speaker: "European leaders", Members: []string{"Keir Starmer", "Emmanuel Macron"},
				Text: "The draft is a basis that needs more work.", Topics: []string{"negotiations"}, Position: 0},
			{ID: "s1-s2", SourceID: "s1", Speaker: "Dmitry Peskov", Role: "Kremlin spokesman",
				Text: "Moscow has received no official text.", Topics: []string{"negotiations"}, Position: 1},
			{ID: "s1-s3", SourceID: "s1", Speaker: "Volodymyr Zelensky", Role: "President of Ukraine",
				Text: "All prisoners must come home.", Topics: []string{"prisoners-humanitarian"}, Position: 2},
		},
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, tc := range []struct {
		facet  corpus.Facet
		prefix string
		want   string
	}{
		{corpus.FacetSpeaker, "starmer", "Keir Starmer"},
		{corpus.FacetSpeaker, "kremlin", "Kremlin"},
		{corpus.FacetSpeaker, "zelenksy", "Volodymyr Zelensky"}, // two letters swapped
		{corpus.FacetSpeaker, "zelemsky", "Volodymyr Zelensky"}, // one letter wrong
		{corpus.FacetTopic, "prisoners", "prisoners-humanitarian"},
		{corpus.FacetTopic, "humanitarian", "prisoners-humanitarian"},
	} {
		got, err := ix.Suggest(ctx, "", tc.facet, tc.prefix, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("Suggest(%s, %q) = %q, want %q among them", tc.facet, tc.prefix, got, tc.want)
		}
	}
	if got, _ := ix.Suggest(ctx, "", corpus.FacetSpeaker, "bitcoin", 0); len(got) != 0 {
		t.Errorf("Suggest(speaker, bitcoin) = %q, want none", got)
	}
	// A speaker filter on a member or an institution finds the statement.
	for who, want := range map[string]string{"Keir Starmer": "s1-s1", "Kremlin": "s1-s2"} {
		res, err := ix.Search(ctx, corpus.Query{Speaker: who, Kind: corpus.KindStatement})
		if err != nil || len(res.Hits) != 1 || res.Hits[0].ID != want {
			t.Errorf("statements by %s: %v %+v, want %s", who, err, res.Hits, want)
		}
	}
}

func TestTopicLabel(t *testing.T) {
	for id, want := range map[string]string{
		"prisoners-humanitarian": "Prisoners and humanitarian issues",
		"security-guarantees":    "Security guarantees",
		"no-such-topic":          "no such topic",
	} {
		if got := TopicLabel(id); got != want {
			t.Errorf("TopicLabel(%q) = %q, want %q", id, got, want)
		}
	}
}

// TestSuggestSeesWrites checks that the facet dictionaries Suggest keeps in
// memory follow the index: a speaker added while serving is suggested at
// once, and no longer once its source is removed.
func TestSuggestSeesWrites(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{}, corpus.Seed())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	suggest := func(prefix string) []string {
		t.Helper()
		got, err := ix.Suggest(ctx, "", corpus.FacetSpeaker, prefix, 0)
		if err != nil {
			t.Fatalf("Suggest(speaker, %q): %v", prefix, err)
		}
		return got
	}
	const name = "Orsolya Brandtmeier"
	if got := suggest("orso"); slices.Contains(got, name) {
		t.Fatalf("before Add: Suggest(speaker, orso) = %q already holds %q", got, name)
	}
	doc := &corpus.Document{
		Source: corpus.Source{ID: "suggest-writes", Title: "Envoy comments on the draft", Outlet: "Test Wire",
			URL: "https://example.org/suggest-writes", Published: "2025-12-01"},
		Statements: []corpus.Statement{{ID: "suggest-writes-s1", SourceID: "suggest-writes", Speaker: name,
			Role: "special envoy", Text: "The ceasefire line must be monitored by neutral observers.", Direct: true}},
	}
	if err := ix.Add(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if got := suggest("orso"); !slices.Contains(got, name) {
		t.Errorf("after Add: Suggest(speaker, orso) = %q, want %q", got, name)
	}
	if got := suggest("brandtmeir"); !slices.Contains(got, name) { // one typo, after the cache is warm
		t.Errorf("after Add: Suggest(speaker, brandtmeir) = %q, want %q", got, name)
	}
	if err := ix.Remove(ctx, doc.Source.ID); err != nil {
		t.Fatal(err)
	}
	if got := suggest("orso"); slices.Contains(got, name) {
		t.Errorf("after Remove: Suggest(speaker, orso) = %q still holds %q", got, name)
	}
}

// TestSuggestWhileAdding runs Suggest while documents are added, for the
// race detector, and checks that the last added speaker is suggested once
// the writes are done.
func TestSuggestWhileAdding(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{}, corpus.Seed())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs := Synthetic(300, 11)
	done := make(chan error, 1)
	go func() {
		for _, d := range docs {
			if err := ix.Add(ctx, d); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for running := true; running; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			running = false
		default:
			for _, f := range []corpus.Facet{corpus.FacetSpeaker, corpus.FacetTopic, corpus.FacetPlan} {
				if _, err := ix.Suggest(ctx, "", f, "e", 5); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	var last string
	for _, s := range docs[len(docs)-1].Statements {
		last = s.Speaker
	}
	if last == "" {
		t.Skip("the last synthetic document has no statement")
	}
	got, err := ix.Suggest(ctx, "", corpus.FacetSpeaker, last, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(got, last) {
		t.Errorf("after the writes Suggest(speaker, %q) = %q", last, got)
	}
}
