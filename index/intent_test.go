package index

import (
	"context"
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
	ctx := context.Background()
	var docs []*corpus.Document
	for i, text := range []string{
		"---\ntitle: Briefing in Kyiv\noutlet: Test Wire\npublished: 2025-11-24\n---\nKYIV, Nov 24 (Test Wire) - Halyna Ostapchuk, a spokeswoman for the foreign ministry, told reporters that no signed document existed yet.\n\nThe army would be capped at 800,000 under the revised draft, officials said.\n",
		"---\ntitle: Gespräch\noutlet: Testzeitung\npublished: 2025-11-25\nlang: de\n---\nBernd Kellermann, ein Diplomat im Ruhestand, hält den Plan für unausgewogen.\n\nDie Verhandlungen in Genf sollen in der kommenden Woche weitergehen.\n",
		"---\ntitle: Paris notes\noutlet: Test Wire\npublished: 2025-11-25\n---\nA trade fair in Paris drew record crowds this week.\n",
	} {
		d, err := corpus.Parse([]byte(text), corpus.ParseOptions{Name: string(rune('a'+i)) + ".md"})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	ix, err := Open(ctx, Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, c := range []struct{ query, want string }{
		{"what did ostapchuk say", "Halyna Ostapchuk"},
		{"ostapchuk interview", "Halyna Ostapchuk"},
		{"what did ostapchuck say", "Halyna Ostapchuk"}, // misspelt
		{"was hat kellermann gesagt", "Bernd Kellermann"},
		{"army cap 800k", "800,000"},
		{"weather in paris", ""},
		{"what did paris say about bitcoin", ""},
	} {
		res, err := ix.Search(ctx, corpus.Query{Text: c.query})
		if err != nil {
			t.Fatal(err)
		}
		if c.want == "" {
			if len(res.Hits) > 0 {
				t.Errorf("%q: answered %q, want nothing", c.query, res.Hits[0].Text)
			}
			continue
		}
		if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text+" "+res.Hits[0].Speaker, c.want) {
			t.Errorf("%q: hits %+v, want %q first", c.query, res.Hits, c.want)
		}
	}
}
