package intake

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"planbot/corpus"
	"planbot/corpus/web"
	"planbot/internal/testtree"
)

// captions is a SubRip file of a short statement.
const captions = "1\n00:00:01,000 --> 00:00:03,500\n[ANNA BERG] We will never accept\na plan that rewards aggression.\n\n2\n00:00:03,600 --> 00:00:06,000\nThe talks must go on.\n"

// TestIngestSubtitles: caption files are picked up in folders, read by
// name or by content, fetched by URL, and stored as their transcript.
func TestIngestSubtitles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"videos/2025-11-23_berg-interview.srt": captions,
		"videos/evening.vtt":                   "WEBVTT\nLanguage: de\n\n00:00:01.000 --> 00:00:04.000\n<v Jonas Albrecht>Wir lehnen diesen Plan ab, er ist nicht fair.\n",
		"videos/broken.srt":                    "1\n00:00:01,000 --> soon\nText.\n",
		"videos/notes.txt":                     strings.Replace(captions, "ANNA BERG", "TOM HALE", 1),
	}
	testtree.Write(t, dir, files)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/vtt; charset=utf-8")
		fmt.Fprint(w, "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nCLAIRE DUVAL: Nous soutenons pleinement l'Ukraine dans ces négociations sur le plan.\n")
	}))
	defer srv.Close()
	store, err := corpus.OpenStore(filepath.Join(dir, "data", "docs"))
	if err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	sum, err := Run(context.Background(), store, []string{filepath.Join(dir, "videos"), srv.URL + "/2025-11-25_duval.vtt"},
		Options{Fetch: web.Config{AllowPrivate: true}, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Added) != 4 || len(sum.Failures) != 1 {
		t.Fatalf("added %d, failures %d\n%s", len(sum.Added), len(sum.Failures), log.String())
	}
	var out bytes.Buffer
	sum.Write(&out)
	if !strings.Contains(out.String(), "broken.srt") || !strings.Contains(out.String(), "malformed subtitles") {
		t.Errorf("summary does not explain the broken file:\n%s", out.String())
	}
	byTitle := map[string]*corpus.Document{}
	for _, d := range sum.Added {
		byTitle[d.Source.Title] = d
		if strings.Contains(d.Body, "-->") {
			t.Errorf("%s stored with its timings: %q", d.Source.Title, d.Body)
		}
	}
	berg := byTitle["Berg interview"]
	if berg == nil || berg.Source.Published != "2025-11-23" || len(berg.Statements) == 0 || berg.Statements[0].Speaker != "Anna Berg" {
		t.Errorf("the .srt file: %+v", berg)
	}
	if d := byTitle["Evening"]; d == nil || d.Source.Lang != "de" || len(d.Statements) != 1 {
		t.Errorf("the .vtt file: %+v", d)
	}
	if d := byTitle["Notes"]; d == nil || len(d.Statements) == 0 || d.Statements[0].Speaker != "Tom Hale" {
		t.Errorf("captions named .txt: %+v", d)
	}
	if d := byTitle["Duval"]; d == nil || d.Source.Published != "2025-11-25" || d.Source.URL == "" || len(d.Statements) != 1 {
		t.Errorf("fetched captions: %+v", d)
	}
}
