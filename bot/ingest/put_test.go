package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"planbot/bot"
	"planbot/corpus"
	"planbot/corpus/web"
)

// TestRefusedLinkIsLoggedAtDebug: what a member typed never reaches an
// info log line, even when /ingest refuses it.
func TestRefusedLinkIsLoggedAtDebug(t *testing.T) {
	core, logs := observer.New(zapcore.DebugLevel)
	store, err := corpus.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	cmds := Commands(Config{Fetcher: web.New(web.Config{}), Store: store, Logger: zap.New(core)})
	const typed = "http://127.0.0.1:9/secret-path-typed-by-a-member"
	_, err = cmds[0].Handle(context.Background(), bot.Request{Kind: bot.KindCommand, Name: "ingest", GuildID: guild, Permissions: mod,
		Options: map[string]string{"url": typed}})
	if err == nil || !strings.Contains(err.Error(), "private, local") {
		t.Fatalf("err = %v, want the blocked-address refusal", err)
	}
	var sawDebug bool
	for _, e := range logs.All() {
		if e.Level >= zapcore.InfoLevel && strings.Contains(fmt.Sprint(e.ContextMap()), "secret-path") {
			t.Errorf("typed link logged at %s: %+v", e.Level, e)
		}
		if e.Level == zapcore.DebugLevel && e.ContextMap()["url"] == typed {
			sawDebug = true
		}
	}
	if !sawDebug {
		t.Error("the refusal is not logged at debug")
	}
}

// fakePut is a Store whose Put returns a set result, to show how /ingest
// words a replacement and a document with nothing extracted.
type fakePut struct{ res corpus.PutResult }

func (f fakePut) Put([]byte, corpus.ParseOptions) (corpus.PutResult, error) { return f.res, nil }

func TestIngestReplyReplacedAndNothingFound(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "A note on the weather.\n\nIt rained all week in the capital.\n")
	}))
	defer srv.Close()
	doc := &corpus.Document{
		Source:   corpus.Source{ID: "aaaaaaaaaaaaaaaa", Title: "A note on the weather"},
		Passages: make([]corpus.Passage, 2),
	}
	var hooked []corpus.PutResult
	cmds := Commands(Config{
		Fetcher: web.New(web.Config{AllowPrivate: true}),
		Store:   fakePut{corpus.PutResult{Doc: doc, Added: true, Replaced: []corpus.Source{{ID: "bbbbbbbbbbbbbbbb"}}}},
		OnAdded: func(_ context.Context, r corpus.PutResult) error { hooked = append(hooked, r); return nil },
	})
	reply, err := cmds[0].Handle(context.Background(), bot.Request{Kind: bot.KindCommand, Name: "ingest", GuildID: guild, Permissions: mod,
		Options: map[string]string{"url": srv.URL + "/weather.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"No provision and no statement found (its 2 passages are still searchable", "replaces the older version"} {
		if !strings.Contains(reply.Text, want) {
			t.Errorf("reply lacks %q:\n%s", want, reply.Text)
		}
	}
	if reply.Title != "Replaced in the record" {
		t.Errorf("title %q", reply.Title)
	}
	if len(hooked) != 1 || len(hooked[0].Replaced) != 1 {
		t.Errorf("OnAdded got %+v, want the PutResult with its replaced source", hooked)
	}
}
