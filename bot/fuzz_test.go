package bot

import (
	"strings"
	"testing"

	"planbot/bot/internal/bottest"
	"planbot/corpus"
)

// FuzzRenderCitation: whatever a hit's title, outlet, plan, speaker,
// snippet and URL hold, its rendered answer fits Discord's limits and shows
// no link but the one to the source (as LinkURL makes it), no pill and no
// mention; escaping a snippet twice changes nothing.
func FuzzRenderCitation(f *testing.F) {
	for i, h := range bottest.HostileTexts {
		f.Add(h, bottest.HostileTexts[(i+1)%len(bottest.HostileTexts)], h, "a **match** "+h, bottest.HostileURLs[i%len(bottest.HostileURLs)], i%3)
	}
	f.Add("", "", "", "", "", 0)
	f.Add("Geneva talks", "Harbour Gazette", "US 28-point draft", "NATO **membership**", "https://example.org/a", 1)
	f.Fuzz(func(t *testing.T, title, outlet, plan, snippet, url string, kind int) {
		h := corpus.Hit{
			ID: "h", Kind: []corpus.Kind{corpus.KindProvision, corpus.KindStatement, corpus.KindPassage}[uint(kind)%3],
			Text: snippet, Snippet: snippet, Plan: plan, Speaker: outlet, Role: title, Number: kind,
			Source: corpus.SourceRef{ID: "s", Title: title, Outlet: outlet, URL: url, Published: "2025-11-23"},
		}
		e := hitEntry(h)
		resp := Render(KindCommand, Reply{Title: "Results for “" + quote(snippet) + "”", Entries: []Entry{e, e}})
		if err := CheckLimits(resp); err != nil {
			t.Fatal(err)
		}
		link := LinkURL(url)
		for where, s := range responseTexts(resp) {
			if bad := bottest.Unsafe(s, func(target string) bool { return target == link && link != "" }); len(bad) > 0 {
				t.Fatalf("%s: %v in %q", where, bad, s)
			}
		}
		if link != "" && LinkURL(link) != link {
			t.Fatalf("LinkURL(%q) = %q, not stable", link, LinkURL(link))
		}
		if link != "" && strings.ContainsAny(link, "()[]<> \n") {
			t.Fatalf("LinkURL(%q) = %q keeps a character that ends a link", url, link)
		}
		if s := EscapeSnippet(snippet); EscapeSnippet(s) != s {
			t.Fatalf("EscapeSnippet(%q) = %q, again %q", snippet, s, EscapeSnippet(s))
		}
	})
}
