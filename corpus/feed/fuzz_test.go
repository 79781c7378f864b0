package feed

import (
	"testing"
)

// FuzzParseFeed: any bytes either parse into a feed whose entries the
// poller can read (link, time, version) or fail with an error; nothing
// panics or hangs.
func FuzzParseFeed(f *testing.F) {
	for _, s := range []string{
		`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a</link><guid>https://example.org/g</guid><pubDate>Sun, 23 Nov 2025 10:00:00 GMT</pubDate></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>A</title><link href="https://example.org/a"/><updated>2025-11-23T10:00:00Z</updated></entry></feed>`,
		`{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","url":"https://example.org/a","date_published":"2025-11-23T10:00:00Z"}]}`,
		`<rss><channel><item><link>javascript:alert(1)</link></item><item><guid>http://[::1</guid></item></channel></rss>`,
		`<rss><channel><item><link>%zz</link><pubDate>not a date</pubDate></item></channel></rss>`,
		"", "<", "{", "\x00\xff", `<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>caf` + "\xe9" + `</title></channel></rss>`,
	} {
		f.Add([]byte(s), "https://example.org/feed.xml")
	}
	f.Fuzz(func(t *testing.T, body []byte, feedURL string) {
		parsed, err := parseFeed(body)
		if err != nil {
			return
		}
		if parsed == nil {
			t.Fatal("nil feed without an error")
		}
		for _, it := range parsed.Items {
			if it == nil {
				continue
			}
			if ts := itemTime(it); !ts.IsZero() && stamp(it) == "" {
				t.Fatalf("entry dated %v has no version stamp", ts)
			}
			u, err := entryURL(feedURL, it)
			if err == nil && u == "" {
				t.Fatalf("entryURL gave no URL and no error for link %q guid %q", it.Link, it.GUID)
			}
		}
	})
}
