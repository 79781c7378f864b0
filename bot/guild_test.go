package bot

import (
	"context"
	"errors"
	"strings"
	"testing"

	"planbot/corpus"
)

// guildSource is a server's own document for the isolation tests: a plan
// of its own, a speaker of its own, and the word "zeroline" that only the
// servers' documents use.
func guildSource(id, guild, plan, speaker, title string) (corpus.Source, []corpus.Hit) {
	src := corpus.Source{ID: id, Guild: guild, Title: title, Outlet: "Server Wire", Published: "2025-11-25", Plan: plan}
	ref := corpus.SourceRef{ID: id, Title: title, Outlet: "Server Wire", Published: "2025-11-25"}
	return src, []corpus.Hit{
		{ID: id + "-p1", Kind: corpus.KindProvision, Plan: plan, Number: 1, Text: "NATO drills stop at the zeroline.", Topics: []string{"nato"}, Source: ref},
		{ID: id + "-s1", Kind: corpus.KindStatement, Speaker: speaker, Role: "envoy", Text: "The zeroline holds, NATO or not.", Topics: []string{"nato"}, Source: ref},
	}
}

// TestGuildIsolation runs every built-in command that reads the corpus
// (answers, autocomplete, /sources, /compare) as the global view and as two
// servers with documents of their own: each sees the global documents and
// its own, never the other server's.
func TestGuildIsolation(t *testing.T) {
	ctx := context.Background()
	s, lib := loadFixture(t)
	srcA, hitsA := guildSource("src-a", "111", "Alpha accord", "Orsolya Brandtmeier", "Alpha server report")
	srcB, hitsB := guildSource("src-b", "222", "Beta accord", "Bartholomew Ystrad", "Beta server report")
	s.Hits = append(append(append([]corpus.Hit(nil), s.Hits...), hitsA...), hitsB...)
	s.Guilds = map[string]string{"src-a": "111", "src-b": "222"}
	r := New(Config{Searcher: s, Library: append(append(lib[:len(lib):len(lib)], srcA), srcB), PageSize: 5})

	// What only server 111's, or only server 222's, documents can show.
	marks := map[string][]string{
		"111": {"Alpha accord", "Orsolya Brandtmeier", "Alpha server report"},
		"222": {"Beta accord", "Bartholomew Ystrad", "Beta server report"},
	}
	requests := []struct {
		name string
		req  Request
		// own is whether the answer must show the asking server's own
		// documents (a server's marks); the global view must show none.
		own bool
	}{
		{"search", Request{Kind: KindCommand, Name: "search", Options: map[string]string{"query": "zeroline"}}, true},
		{"provision", Request{Kind: KindCommand, Name: "provision", Options: map[string]string{"topic": "nato"}}, false},
		{"compare", Request{Kind: KindCommand, Name: "compare", Options: map[string]string{"topic": "nato"}}, true},
		{"sources", Request{Kind: KindCommand, Name: "sources"}, true},
		{"statement A", Request{Kind: KindCommand, Name: "statement", Options: map[string]string{"who": "orsolya"}}, false},
		{"statement B", Request{Kind: KindCommand, Name: "statement", Options: map[string]string{"who": "ystrad"}}, false},
		{"autocomplete speaker", Request{Kind: KindAutocomplete, Name: "statement", Focused: "who", Options: map[string]string{"who": ""}}, true},
		{"autocomplete speaker A", Request{Kind: KindAutocomplete, Name: "statement", Focused: "who", Options: map[string]string{"who": "Orso"}}, false},
		{"autocomplete speaker B", Request{Kind: KindAutocomplete, Name: "statement", Focused: "who", Options: map[string]string{"who": "Barth"}}, false},
		{"autocomplete plan", Request{Kind: KindAutocomplete, Name: "provision", Focused: "plan", Options: map[string]string{"topic": "nato", "plan": ""}}, true},
		{"autocomplete plan A", Request{Kind: KindAutocomplete, Name: "provision", Focused: "plan", Options: map[string]string{"plan": "Alph"}}, false},
		{"nothing found suggests", Request{Kind: KindCommand, Name: "statement", Options: map[string]string{"who": "ystradd"}}, false},
	}
	for _, guild := range []string{"", "111", "222", "333"} {
		for _, c := range requests {
			req := c.req
			req.GuildID = guild
			asked := len(s.Queries())
			reply, err := r.Handle(ctx, req)
			for _, q := range s.Queries()[asked:] {
				if q.Guild != guild {
					t.Errorf("guild %q, %s: searched %+v for another server", guild, c.name, q)
				}
			}
			if err != nil {
				var ue UserError
				if !errors.As(err, &ue) {
					t.Fatalf("guild %q, %s: %v", guild, c.name, err)
				}
				reply = Reply{Text: string(ue)}
			}
			text := replyText(reply)
			for owner, ms := range marks {
				for _, m := range ms {
					if owner != guild && strings.Contains(text, m) {
						t.Errorf("guild %q, %s: shows %q of server %s:\n%s", guild, c.name, m, owner, text)
					}
				}
			}
			if c.own && marks[guild] != nil && !strings.Contains(text, marks[guild][0]) && !strings.Contains(text, marks[guild][1]) && !strings.Contains(text, marks[guild][2]) {
				t.Errorf("guild %q, %s: shows nothing of the server's own documents:\n%s", guild, c.name, text)
			}
			// the global documents stay in every server's answers
			if c.name == "sources" && !strings.Contains(text, "Leaked points of the US draft") {
				t.Errorf("guild %q, /sources lost the global documents:\n%s", guild, text)
			}
		}
	}
	// Each server finds its own speaker's statements by name.
	for guild, speaker := range map[string]string{"111": "Orsolya Brandtmeier", "222": "Bartholomew Ystrad"} {
		reply, err := r.Handle(ctx, Request{Kind: KindCommand, Name: "statement", GuildID: guild, Options: map[string]string{"who": speaker}})
		if err != nil || !strings.Contains(replyText(reply), "zeroline") {
			t.Errorf("guild %s: /statement who:%s = %v, %s; want the server's own statement", guild, speaker, err, replyText(reply))
		}
	}
}

// replyText is everything a reply shows, choices included.
func replyText(r Reply) string {
	var b strings.Builder
	b.WriteString(r.Title + "\n" + r.Text + "\n" + r.Footer + "\n")
	for _, e := range r.Entries {
		b.WriteString(e.Heading + "\n" + e.Body + "\n" + e.Citation + "\n")
	}
	for _, c := range r.Choices {
		b.WriteString(c.Name + " = " + c.Value + "\n")
	}
	return b.String()
}
