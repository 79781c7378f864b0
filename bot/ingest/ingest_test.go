package ingest

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"planbot/bot"
	"planbot/corpus"
	"planbot/corpus/feed"
	"planbot/corpus/web"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

const (
	guild = "111111111111111111"
	mod   = bot.PermManageServer
)

// newsSite serves testdata pages, attachments and a feed on loopback,
// counting requests so tests can prove a refused request never fetched.
type newsSite struct {
	srv  *httptest.Server
	hits atomic.Int32
}

func newNewsSite(t *testing.T) *newsSite {
	s := &newsSite{}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.hits.Add(1)
		switch r.URL.Path {
		case "/world/geneva-drafts", "/syndicated/geneva":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			http.ServeFile(w, r, "testdata/geneva-drafts.html")
		case "/attachments/statement.md":
			w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
			http.ServeFile(w, r, "testdata/statement.md")
		case "/attachments/2025-11-24_embassy-briefing.srt":
			// served as a CDN serves what it does not know
			w.Header().Set("Content-Type", "application/octet-stream")
			http.ServeFile(w, r, "testdata/2025-11-24_embassy-briefing.srt")
		case "/attachments/captions.vtt":
			w.Header().Set("Content-Type", "text/vtt")
			fmt.Fprint(w, "WEBVTT\nLanguage: de\n\n00:00:01.000 --> 00:00:04.000\n<v Jonas Albrecht>Wir lehnen diesen Plan ab, er ist nicht fair.\n")
		case "/attachments/broken.srt":
			w.Header().Set("Content-Type", "application/x-subrip")
			fmt.Fprint(w, "1\n00:00:01,000 --> later\nText.\n")
		case "/attachments/broken.txt":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			fmt.Fprint(w, "---\ntitle: never closed\n\nBody text.\n")
		case "/empty":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body><nav>Home</nav></body></html>")
		case "/logo.png":
			w.Header().Set("Content-Type", "image/png")
			fmt.Fprint(w, "\x89PNG\r\n\x1a\n")
		case "/rss.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Northbridge Gazette</title><link>https://gazette.example/</link><description>News</description></channel></rss>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.srv.Close)
	return s
}

type fixture struct {
	site   *newsSite
	store  *corpus.Store
	poller *feed.Poller
	hooked []string
	cmds   map[string]bot.Command
}

func newFixture(t *testing.T, hookErr error) *fixture {
	t.Helper()
	f := &fixture{site: newNewsSite(t)}
	dir := t.TempDir()
	var err error
	if f.store, err = corpus.OpenStore(filepath.Join(dir, "docs")); err != nil {
		t.Fatal(err)
	}
	client := web.New(web.Config{AllowPrivate: true, MaxBytes: 64 << 10})
	f.poller, err = feed.New(feed.Config{Client: client, Store: f.store, StatePath: filepath.Join(dir, "feeds.json"),
		Feeds: []feed.Source{{URL: "https://configured.example/feed.xml"}}})
	if err != nil {
		t.Fatal(err)
	}
	f.cmds = map[string]bot.Command{}
	for _, c := range Commands(Config{Fetcher: client, Store: f.store, Feeds: f.poller, OnTopicOnly: true,
		OnAdded: func(_ context.Context, res corpus.PutResult) error {
			f.hooked = append(f.hooked, res.Doc.Source.ID)
			return hookErr
		}}) {
		f.cmds[c.Definition().Name] = c
	}
	return f
}

// run handles a request for a moderator in a guild unless the request
// says otherwise, and renders the reply as the console would.
func (f *fixture) run(t *testing.T, req bot.Request) (string, error) {
	t.Helper()
	if req.Kind == 0 {
		req.Kind = bot.KindCommand
	}
	if req.GuildID == "" && req.Permissions == 0 {
		req.GuildID, req.Permissions = guild, mod
	}
	req.UserID = "222222222222222222"
	reply, err := f.cmds[req.Name].Handle(context.Background(), req)
	if err != nil {
		return "", err
	}
	text := bot.FormatText(bot.Render(req.Kind, reply))
	text = strings.ReplaceAll(text, f.site.srv.URL, "http://SITE")
	return regexp.MustCompile(`<t:\d+:R>`).ReplaceAllString(text, "<t:TIME:R>"), nil
}

func attachment(site *newsSite, name, contentType string, size int) bot.Request {
	return bot.Request{Name: "ingest", Options: map[string]string{"file": "900"},
		Attachments: map[string]bot.Attachment{"900": {ID: "900", Filename: name, ContentType: contentType, Size: size,
			URL: site.srv.URL + "/attachments/" + name}}}
}

func link(site *newsSite, path string) bot.Request {
	return bot.Request{Name: "ingest", Options: map[string]string{"url": site.srv.URL + path}}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update to create): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run with -update to accept):\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

func TestIngest(t *testing.T) {
	f := newFixture(t, nil)
	seed := len(f.store.Documents())
	steps := []struct {
		name    string
		req     bot.Request
		golden  string // reply compared with testdata/<golden> when set
		wantErr string // a UserError containing this
		stored  int    // documents added to the store so far
	}{
		{name: "page", req: link(f.site, "/world/geneva-drafts"), golden: "ingest-url.golden.txt", stored: 1},
		{name: "same article, second URL", req: link(f.site, "/syndicated/geneva"), golden: "ingest-duplicate.golden.txt", stored: 1},
		{name: "markdown attachment", req: attachment(f.site, "statement.md", "text/markdown; charset=utf-8", 400), golden: "ingest-file.golden.txt", stored: 2},
		{name: "same attachment again", req: attachment(f.site, "statement.md", "", 400), wantErr: "", golden: "", stored: 2},
		{name: "unparsable attachment", req: attachment(f.site, "broken.txt", "text/plain", 40), wantErr: "no closing --- line", stored: 2},
		{name: "attachment too large", req: attachment(f.site, "huge.txt", "text/plain", 10<<20), wantErr: "the limit is 64 KB", stored: 2},
		{name: "attachment of another type", req: attachment(f.site, "scan.pdf", "application/pdf", 1000), wantErr: "only text (.txt), Markdown (.md), HTML (.html), calendar (.ics) and subtitle (.srt, .vtt)", stored: 2},
		{name: "subrip attachment", req: attachment(f.site, "2025-11-24_embassy-briefing.srt", "application/x-subrip", 1200), golden: "ingest-subtitles.golden.txt", stored: 3},
		{name: "webvtt attachment named by type only", req: attachment(f.site, "captions.vtt", "text/vtt; charset=utf-8", 200), stored: 4},
		{name: "malformed subtitles", req: attachment(f.site, "broken.srt", "application/x-subrip", 40), wantErr: "cannot read the timing", stored: 4},
		{name: "page without article", req: link(f.site, "/empty"), wantErr: "no article text was found", stored: 4},
		{name: "image link", req: link(f.site, "/logo.png"), wantErr: "not a web page or a text document", stored: 4},
		{name: "missing page", req: link(f.site, "/nope"), wantErr: "HTTP 404", stored: 4},
		{name: "ftp link", req: bot.Request{Name: "ingest", Options: map[string]string{"url": "ftp://example.org/a.txt"}}, wantErr: "only http:// and https://", stored: 4},
		{name: "both", req: bot.Request{Name: "ingest", Options: map[string]string{"url": "https://a.example/", "file": "1"}}, wantErr: "not both", stored: 4},
		{name: "neither", req: bot.Request{Name: "ingest", Options: map[string]string{}}, wantErr: "Attach a file", stored: 4},
		{name: "not a moderator", req: bot.Request{Name: "ingest", GuildID: guild, Permissions: 1 << 11, Options: map[string]string{"url": "https://a.example/"}}, wantErr: "Only moderators", stored: 4},
		{name: "in a DM", req: bot.Request{Name: "ingest", Permissions: mod, Options: map[string]string{"url": "https://a.example/"}}, wantErr: "only be used in a server", stored: 4},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			got, err := f.run(t, st.req)
			if st.wantErr != "" {
				var ue bot.UserError
				if !errors.As(err, &ue) || !strings.Contains(err.Error(), st.wantErr) {
					t.Fatalf("err = %v, want a UserError containing %q", err, st.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if st.golden != "" {
				golden(t, st.golden, got)
			}
			if n := len(f.store.Documents()) - seed; n != st.stored {
				t.Errorf("store holds %d added documents, want %d", n, st.stored)
			}
		})
	}
	if len(f.hooked) != 4 {
		t.Errorf("OnAdded ran %d times, want 4 (once per added document)", len(f.hooked))
	}
}

func TestRefusedRequestsFetchNothing(t *testing.T) {
	f := newFixture(t, nil)
	for _, req := range []bot.Request{
		attachment(f.site, "huge.txt", "text/plain", 10<<20),
		attachment(f.site, "scan.pdf", "application/pdf", 100),
		attachment(f.site, "photo.png", "image/png", 100),
	} {
		if _, err := f.run(t, req); err == nil {
			t.Errorf("%v was accepted", req.Attachments)
		}
	}
	if n := f.site.hits.Load(); n != 0 {
		t.Errorf("refused attachments caused %d downloads", n)
	}
}

func TestLoopbackRefusedWithoutAllowPrivate(t *testing.T) {
	site := newNewsSite(t)
	store, err := corpus.OpenStore(filepath.Join(t.TempDir(), "docs"))
	if err != nil {
		t.Fatal(err)
	}
	cmds := Commands(Config{Fetcher: web.New(web.Config{}), Store: store})
	_, err = cmds[0].Handle(context.Background(), bot.Request{Kind: bot.KindCommand, Name: "ingest", GuildID: guild, Permissions: mod,
		Options: map[string]string{"url": site.srv.URL + "/world/geneva-drafts"}})
	if err == nil || !strings.Contains(err.Error(), "private, local or cloud-metadata address") {
		t.Errorf("err = %v, want the private-address refusal", err)
	}
	if site.hits.Load() != 0 {
		t.Error("the loopback site was reached")
	}
}

func TestIndexFailureIsReported(t *testing.T) {
	f := newFixture(t, errors.New("index is read-only"))
	got, err := f.run(t, link(f.site, "/world/geneva-drafts"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "updating the search index failed") {
		t.Errorf("reply does not mention the index failure:\n%s", got)
	}
}

func TestFeedCommands(t *testing.T) {
	f := newFixture(t, nil)
	feedURL := f.site.srv.URL + "/rss.xml"
	steps := []struct {
		name    string
		req     bot.Request
		golden  string
		wantErr string
		want    string // reply contains
	}{
		{name: "add", req: bot.Request{Name: "feed", Sub: "add", Options: map[string]string{"url": feedURL}}, golden: "feed-add.golden.txt"},
		{name: "add again", req: bot.Request{Name: "feed", Sub: "add", Options: map[string]string{"url": feedURL}}, wantErr: "already subscribed"},
		{name: "add a page", req: bot.Request{Name: "feed", Sub: "add", Options: map[string]string{"url": f.site.srv.URL + "/world/geneva-drafts"}}, wantErr: "not an RSS, Atom or JSON feed"},
		{name: "add missing", req: bot.Request{Name: "feed", Sub: "add", Options: map[string]string{"url": f.site.srv.URL + "/gone.xml"}}, wantErr: "HTTP 404"},
		{name: "list", req: bot.Request{Name: "feed", Sub: "list"}, golden: "feed-list.golden.txt"},
		{name: "autocomplete", req: bot.Request{Kind: bot.KindAutocomplete, Name: "feed", Sub: "remove", Focused: "url", Options: map[string]string{"url": "northbridge"}}, want: "http://SITE/rss.xml"},
		{name: "autocomplete no match", req: bot.Request{Kind: bot.KindAutocomplete, Name: "feed", Sub: "remove", Focused: "url", Options: map[string]string{"url": "zzz"}}, want: "(no suggestions)"},
		{name: "remove configured", req: bot.Request{Name: "feed", Sub: "remove", Options: map[string]string{"url": "https://configured.example/feed.xml"}}, wantErr: "configuration file"},
		{name: "remove", req: bot.Request{Name: "feed", Sub: "remove", Options: map[string]string{"url": feedURL}}, want: "Unsubscribed from <http://SITE/rss.xml>"},
		{name: "remove again", req: bot.Request{Name: "feed", Sub: "remove", Options: map[string]string{"url": feedURL}}, wantErr: "is not subscribed"},
		{name: "remove garbage", req: bot.Request{Name: "feed", Sub: "remove", Options: map[string]string{"url": "not a link"}}, wantErr: "not a feed link"},
		{name: "not a moderator", req: bot.Request{Name: "feed", Sub: "list", GuildID: guild, Permissions: 1}, wantErr: "Only moderators"},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			got, err := f.run(t, st.req)
			if st.wantErr != "" {
				var ue bot.UserError
				if !errors.As(err, &ue) || !strings.Contains(err.Error(), st.wantErr) {
					t.Fatalf("err = %v, want a UserError containing %q", err, st.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if st.golden != "" {
				golden(t, st.golden, got)
			}
			if !strings.Contains(got, st.want) {
				t.Errorf("reply lacks %q:\n%s", st.want, got)
			}
		})
	}
}

func TestDefinitionsAreModeratorOnly(t *testing.T) {
	f := newFixture(t, nil)
	for name, c := range f.cmds {
		d := c.Definition()
		if d.DefaultMemberPermissions == nil || *d.DefaultMemberPermissions != bot.PermManageServer || d.Name != name {
			t.Errorf("/%s is not registered for moderators only", name)
		}
	}
	if len(f.cmds) != 2 {
		t.Errorf("commands = %d, want /ingest and /feed", len(f.cmds))
	}
}
