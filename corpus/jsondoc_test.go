package corpus

import (
	"errors"
	"strings"
	"testing"
)

// TestJSONDocuments reads JSON documents as their articles: a news API's
// response with one article (its fields fill the front matter and a list
// of points inside "content" is a list), a response with several
// articles from different outlets (one section each), a JSON Feed item
// with HTML, and a messenger export whose text is split into entities.
func TestJSONDocuments(t *testing.T) {
	tests := []struct {
		name, file, doc string
		title, outlet   string
		published       string
		points          int
		speakers        []string
	}{
		{
			name: "news api, one article", file: "response.json",
			doc: `{"status":"ok","totalResults":1,"articles":[{"source":{"id":null,"name":"Baltic Ledger"},"author":"Mira Kask",` +
				`"title":"What the 20-point framework says","description":"Kyiv published the points on Wednesday.",` +
				`"url":"https://baltic-ledger.example/twenty","publishedAt":"2025-12-24T09:12:00Z",` +
				`"content":"Kyiv published the points of the 20-point framework on Wednesday.\n\n1. Ukraine's sovereignty is confirmed.\n2. A non-aggression agreement between Russia and Ukraine, with monitoring of the contact line.\n3. Ukraine receives strong security guarantees.\n\nKremlin spokesman Dmitry Peskov said Moscow would study the text. [+1520 chars]"}]}`,
			title: "What the 20-point framework says", outlet: "Baltic Ledger", published: "2025-12-24", points: 3,
			speakers: []string{"Dmitry Peskov"},
		},
		{
			name: "news api pasted as text, two outlets", file: "pasted.txt",
			doc: `{"articles":[{"source":{"name":"Harbour Post"},"title":"Rubio upbeat after Geneva","publishedAt":"2025-11-23T18:00:00Z",` +
				`"content":"Secretary of State Marco Rubio said the talks in Geneva were the most productive so far."},` +
				`{"source":{"name":"Vestnik"},"title":"Kremlin waits","publishedAt":"2025-11-24T08:00:00Z",` +
				`"content":"Kremlin spokesman Dmitry Peskov said Moscow had not received the new text."}]}`,
			published: "2025-11-24", speakers: []string{"Marco Rubio", "Dmitry Peskov"},
		},
		{
			name: "json feed with html", file: "feed.json",
			doc: `{"version":"https://jsonfeed.org/version/1.1","title":"Planwatch","items":[{"id":"1","url":"https://planwatch.example/1",` +
				`"title":"Zelensky on the guarantees","date_published":"2025-12-28T20:00:00+01:00",` +
				`"content_html":"<p>President Volodymyr Zelensky said the security guarantees were <b>almost ready</b>.</p><p>More talks are planned.</p>"}]}`,
			title: "Zelensky on the guarantees", outlet: "planwatch.example", published: "2025-12-28", speakers: []string{"Volodymyr Zelensky"},
		},
		{
			name: "messenger export with entities", file: "result.json",
			doc: `{"name":"Desk","type":"private_group","messages":[{"id":1,"type":"message","date":"2025-11-23T14:55:00","from":"Tobias",` +
				`"text":["Update: ",{"type":"bold","text":"Rubio"}," said the remaining issues were not insurmountable."]}]}`,
			speakers: []string{"Marco Rubio"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse([]byte(tc.doc), ParseOptions{Name: tc.file})
			if err != nil {
				t.Fatal(err)
			}
			if tc.title != "" && d.Source.Title != tc.title || d.Source.Outlet != tc.outlet || tc.published != "" && d.Source.Published != tc.published {
				t.Errorf("source %q / %q / %q, want %q / %q / %q", d.Source.Title, d.Source.Outlet, d.Source.Published, tc.title, tc.outlet, tc.published)
			}
			if len(d.Provisions) != tc.points {
				t.Errorf("%d provisions, want %d: %+v", len(d.Provisions), tc.points, d.Provisions)
			}
			for _, p := range d.Passages {
				if strings.Contains(p.Text, `":`) || strings.Contains(p.Text, `\n`) || strings.Contains(p.Text, "chars]") {
					t.Errorf("JSON syntax left in a passage: %q", p.Text)
				}
			}
			for _, sp := range tc.speakers {
				found := false
				for _, s := range d.Statements {
					found = found || s.Speaker == sp
				}
				if !found {
					t.Errorf("no statement of %s in %+v", sp, d.Statements)
				}
			}
		})
	}
}

// TestJSONWithoutText: a JSON document with no article text is refused
// with a message saying so, and text that only looks like JSON is read
// as text.
func TestJSONWithoutText(t *testing.T) {
	_, err := Parse([]byte(`{"settings":{"limit":3,"mode":"fast"}}`), ParseOptions{Name: "config.json"})
	if !errors.Is(err, ErrUnsupportedFormat) || !strings.Contains(err.Error(), "no article text") {
		t.Errorf("err = %v, want an unsupported format naming the missing text", err)
	}
	d, err := Parse([]byte("{Draft} The 28-point plan was presented in Kyiv on Thursday, officials said.\n"), ParseOptions{Name: "note.txt"})
	if err != nil || len(d.Passages) == 0 || !strings.HasPrefix(d.Passages[0].Text, "{Draft}") {
		t.Errorf("text in braces: err %v, passages %+v", err, d)
	}
}
