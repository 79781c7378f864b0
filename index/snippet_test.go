package index

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"planbot/corpus"
)

// TestSnippets checks the snippets' shape: matches in bold, Discord markdown
// in the text escaped, cut at word boundaries with an ellipsis.
func TestSnippets(t *testing.T) {
	ctx := context.Background()
	long := strings.Repeat("The delegations met again to discuss procedure and the calendar of the talks. ", 6) +
		"Only then did they reach the question of the **nuclear** plant at Zaporizhzhia, under_score and `code` and a | pipe. " +
		strings.Repeat("Further meetings were scheduled for the following weeks in several capitals. ", 6)
	doc := &corpus.Document{
		Source: corpus.Source{ID: "snip", Title: "Snippet test", Lang: "en", Published: "2025-11-25"},
		Provisions: []corpus.Provision{
			{ID: "snip-long", SourceID: "snip", Plan: "Test plan", Text: long},
			{ID: "snip-short", SourceID: "snip", Plan: "Test plan", Text: "A short point on the amnesty."},
		},
	}
	ix, err := Open(ctx, Options{}, []*corpus.Document{doc})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()

	res, err := ix.Search(ctx, corpus.Query{Text: "zaporizhzhia nuclear plant"})
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("search: %v, %d hits", err, len(res.Hits))
	}
	s := res.Hits[0].Snippet
	for _, want := range []string{"**Zaporizhzhia**", "**plant**", `\*\***nuclear**\*\*`, `under\_score`, "\\`code\\`", `\| pipe`} {
		if !strings.Contains(s, want) {
			t.Errorf("snippet %q lacks %q", s, want)
		}
	}
	if !strings.HasPrefix(s, "… ") || !strings.HasSuffix(s, " …") {
		t.Errorf("snippet %q of a long text should start and end with an ellipsis", s)
	}
	inner := strings.TrimSuffix(strings.TrimPrefix(s, "… "), " …")
	first, last := strings.Fields(inner)[0], strings.Fields(inner)[len(strings.Fields(inner))-1]
	words := strings.Fields(strings.ReplaceAll(long, "**", ""))
	whole := func(w string) bool {
		w = strings.Trim(strings.NewReplacer(`\`, "", "*", "").Replace(w), ".,")
		for _, x := range words {
			if strings.Trim(x, ".,") == w {
				return true
			}
		}
		return false
	}
	if !whole(first) || !whole(last) {
		t.Errorf("snippet %q cuts a word (first %q, last %q)", s, first, last)
	}
	if n := utf8.RuneCountInString(s); n > 2*snippetRunes {
		t.Errorf("snippet has %d runes, want about %d", n, snippetRunes)
	}

	res, err = ix.Search(ctx, corpus.Query{Text: "amnesty"})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("search amnesty: %v, %d hits", err, len(res.Hits))
	}
	if got, want := res.Hits[0].Snippet, "A short point on the **amnesty**."; got != want {
		t.Errorf("short snippet = %q, want %q", got, want)
	}
}

func TestLeadSnippet(t *testing.T) {
	if got := leadSnippet("short *text*"); got != `short \*text\*` {
		t.Errorf("leadSnippet(short) = %q", got)
	}
	long := strings.Repeat("word ", 100)
	got := leadSnippet(long)
	if !strings.HasSuffix(got, "word …") || utf8.RuneCountInString(got) > snippetRunes+2 {
		t.Errorf("leadSnippet(long) = %q, want whole words and an ellipsis", got)
	}
}
