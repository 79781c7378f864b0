package index

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"planbot/corpus"
)

// guildDoc is a document of server guild ("" for the global collection)
// with one statement by speaker and one provision of plan on topic.
func guildDoc(guild, id, speaker, plan, topic, text string) *corpus.Document {
	return &corpus.Document{
		Source: corpus.Source{ID: id, Guild: guild, Title: "Report " + id, Outlet: "Test Wire",
			URL: "https://example.org/" + id, Published: "2025-12-01", Plan: plan},
		Provisions: []corpus.Provision{{ID: id + "-p1", SourceID: id, Plan: plan, Number: 1, Topics: []string{topic},
			Text: "Neutral observers monitor the " + text + " line, says report " + id + ".", Position: 0}},
		Statements: []corpus.Statement{{ID: id + "-s1", SourceID: id, Speaker: speaker, Role: "special envoy",
			Text: "The " + text + " line must be monitored by neutral observers, " + id + " quotes.", Direct: true, Topics: []string{topic}, Position: 1}},
	}
}

// TestGuildIsolation checks that searches and suggestions of each server
// see the global collection and the server's own documents, never another
// server's: in both directions, with text, with filters alone, and in
// autocomplete; and that a value both a server and the global collection
// hold stays offered everywhere.
func TestGuildIsolation(t *testing.T) {
	ctx := context.Background()
	docs := append([]*corpus.Document(nil), corpus.Seed()...)
	docs = append(docs,
		guildDoc("", "glob-doc", "Gerlinde Quartermaine", "Quartermaine compact", "zz-global-topic", "quartzline"),
		guildDoc("222", "b-doc", "Bartholomew Ystrad", "Ystrad accord", "zz-beta-topic", "quartzline"),
		// server 222 also quotes a speaker the global collection has
		guildDoc("222", "b-doc2", "Gerlinde Quartermaine", "Ystrad accord", "zz-beta-topic", "quartzline"),
	)
	ix, err := Open(ctx, Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	// Added on its own, as /ingest does: its records are then a segment of
	// their own, which Remove drops with its term dictionary (see below).
	if err := ix.Add(ctx, guildDoc("111", "a-doc", "Orsolya Brandtmeier", "Brandtmeier accord", "zz-alpha-topic", "quartzline")); err != nil {
		t.Fatal(err)
	}

	sees := map[string][]string{
		"":    {"glob-doc"},
		"111": {"glob-doc", "a-doc"},
		"222": {"glob-doc", "b-doc", "b-doc2"},
		"333": {"glob-doc"}, // a server with nothing of its own
	}
	for guild, want := range sees {
		res, err := ix.Search(ctx, corpus.Query{Text: "quartzline observers", Guild: guild, Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, h := range res.Hits {
			got[h.Source.ID] = true
		}
		for _, id := range []string{"glob-doc", "a-doc", "b-doc", "b-doc2"} {
			if got[id] != slices.Contains(want, id) {
				t.Errorf("guild %q: search finds %s = %v, want %v (hits from %v)", guild, id, got[id], !got[id], got)
			}
		}
	}

	cases := []struct {
		facet corpus.Facet
		value string
		seen  []string // the guilds that must be offered it
	}{
		{corpus.FacetSpeaker, "Orsolya Brandtmeier", []string{"111"}},
		{corpus.FacetSpeaker, "Bartholomew Ystrad", []string{"222"}},
		{corpus.FacetSpeaker, "Gerlinde Quartermaine", []string{"", "111", "222", "333"}},
		{corpus.FacetPlan, "Brandtmeier accord", []string{"111"}},
		{corpus.FacetPlan, "Ystrad accord", []string{"222"}},
		{corpus.FacetPlan, "Quartermaine compact", []string{"", "111", "222", "333"}},
		{corpus.FacetTopic, "zz-alpha-topic", []string{"111"}},
		{corpus.FacetTopic, "zz-beta-topic", []string{"222"}},
		{corpus.FacetTopic, "zz-global-topic", []string{"", "111", "222", "333"}},
	}
	for _, c := range cases {
		for guild := range sees {
			want := slices.Contains(c.seen, guild)
			prefix := c.value[:4]
			got, err := ix.Suggest(ctx, guild, c.facet, prefix, 0)
			if err != nil {
				t.Fatal(err)
			}
			if slices.Contains(got, c.value) != want {
				t.Errorf("guild %q: Suggest(%s, %q) = %q; offers %q: %v, want %v", guild, c.facet, prefix, got, c.value, !want, want)
			}
			// the value as a filter finds records exactly where it is offered
			q := corpus.Query{Guild: guild, Limit: 50}
			switch c.facet {
			case corpus.FacetSpeaker:
				q.Speaker = c.value
			case corpus.FacetPlan:
				q.Plan = c.value
			case corpus.FacetTopic:
				q.Topic = c.value
			}
			res, err := ix.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if (res.Total > 0) != want {
				t.Errorf("guild %q: filter %s=%q finds %d records, want some: %v", guild, c.facet, c.value, res.Total, want)
			}
		}
	}

	// A server's documents removed, its values are offered nowhere.
	if err := ix.Remove(ctx, "a-doc"); err != nil {
		t.Fatal(err)
	}
	if got, _ := ix.Suggest(ctx, "111", corpus.FacetSpeaker, "orso", 0); slices.Contains(got, "Orsolya Brandtmeier") {
		t.Errorf("after Remove: server 111 is still offered %q", got)
	}
	if got, _ := ix.Suggest(ctx, "222", corpus.FacetSpeaker, "gerl", 0); !slices.Contains(got, "Gerlinde Quartermaine") {
		t.Errorf("after Remove: server 222 lost a global speaker: %q", got)
	}
}

// BenchmarkSuggestGuilds measures autocomplete on a corpus where a tenth
// of the documents belong to one of 20 servers, asked in turn by the
// global view and each server (the per-server views are cached between
// writes, so this is the steady state of a busy bot).
func BenchmarkSuggestGuilds(b *testing.B) {
	docs := Synthetic(2000, 1)
	for i, d := range docs {
		if i%10 == 0 {
			d.Source.Guild = fmt.Sprint(1000 + i%20)
		}
	}
	ix, err := Open(context.Background(), Options{Dir: b.TempDir() + "/index"}, docs)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	prefixes := []string{"a", "ma", "sec", "zel", ""}
	i := 0
	for b.Loop() {
		guild := ""
		if i%21 != 0 {
			guild = fmt.Sprint(1000 + i%20)
		}
		if _, err := ix.Suggest(context.Background(), guild, corpus.FacetSpeaker, prefixes[i%len(prefixes)], 0); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkSearchGuilds is BenchmarkSearch/10000 on a corpus where a tenth
// of the documents belong to one of 20 servers, searched in turn as the
// global view and as each server: the cost of the collections filter
// (compare BenchmarkSearch, whose corpus has no server's documents and so
// no filter).
func BenchmarkSearchGuilds(b *testing.B) {
	docs := Synthetic(10000, 1)
	for i, d := range docs {
		if i%10 == 0 {
			d.Source.Guild = fmt.Sprint(1000 + i%20)
		}
	}
	ix, err := Open(context.Background(), Options{Dir: b.TempDir() + "/index"}, docs)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	i := 0
	for b.Loop() {
		guild := ""
		if i%21 != 0 {
			guild = fmt.Sprint(1000 + i%20)
		}
		if _, err := ix.Search(context.Background(), corpus.Query{Text: BenchQueries[i%len(BenchQueries)], Guild: guild}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
