package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"planbot/bot"
	"planbot/bot/internal/bottest"
	"planbot/corpus"
	"planbot/corpus/web"
)

// TestIngestReplyEscapesDocumentText: the /ingest reply lists what was
// extracted under headings built from the document (plan, speaker, role);
// a hostile document must not turn them into links, pills or mentions.
func TestIngestReplyEscapesDocumentText(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "Some text.\n")
	}))
	defer srv.Close()
	for i, h := range bottest.HostileTexts {
		doc := &corpus.Document{
			Source:     corpus.Source{ID: fmt.Sprintf("%016x", i), Title: h, Outlet: h},
			Provisions: []corpus.Provision{{Plan: h, Number: 3, Text: h}},
			Statements: []corpus.Statement{{Speaker: h, Role: h, Text: h}},
		}
		cmds := Commands(Config{
			Fetcher: web.New(web.Config{AllowPrivate: true}),
			Store:   fakePut{corpus.PutResult{Doc: doc, Added: true}},
		})
		reply, err := cmds[0].Handle(context.Background(), bot.Request{Kind: bot.KindCommand, Name: "ingest", GuildID: guild, Permissions: mod,
			Options: map[string]string{"url": srv.URL + "/a.txt"}})
		if err != nil {
			t.Fatal(err)
		}
		resp := bot.Render(bot.KindCommand, reply)
		if err := bot.CheckLimits(resp); err != nil {
			t.Errorf("%q: %v", h, err)
		}
		for _, e := range resp.Data.Embeds {
			texts := []string{e.Title, e.Description}
			for _, f := range e.Fields {
				texts = append(texts, f.Name, f.Value)
			}
			for _, s := range texts {
				for _, bad := range bottest.Unsafe(s, func(string) bool { return false }) {
					t.Errorf("%q: %s in %q", h, bad, s)
				}
			}
		}
	}
}
