package main

import (
	"path/filepath"
	"strings"
	"testing"

	"planbot/internal/testtree"
)

// TestIngestSubtitles: planbot ingest takes caption files, dated and
// titled by their names, and planbot extract shows their transcript.
func TestIngestSubtitles(t *testing.T) {
	src := t.TempDir()
	data := filepath.Join(t.TempDir(), "data")
	files := map[string]string{
		"clips/2025-11-24_embassy-briefing.srt": mustRead(t, "../../corpus/testdata/subtitles/2025-11-24_embassy-briefing.srt"),
		"clips/2025-11-26_pressekonferenz.vtt":  mustRead(t, "../../corpus/testdata/subtitles/2025-11-26_pressekonferenz.vtt"),
		"clips/broken.vtt":                      "WEBVTT\n\nNOTE nothing but a note\n",
	}
	testtree.Write(t, src, files)
	code, out, errs := runCLI(t, "", "ingest", "--data", data, filepath.Join(src, "clips"))
	if code != 1 {
		t.Fatalf("exit %d, want 1 for the broken file\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{
		"2025-11-24_embassy-briefing.srt -> ",
		"3 provisions, 2 statements",
		"speakers: Helen Marsh",
		"speakers: Jonas Albrecht",
		"FAILED  " + filepath.Join(src, "clips/broken.vtt") + ": parse broken.vtt: malformed subtitles: no cues",
		"sources added       2",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, errs = runCLI(t, "", "extract", filepath.Join(src, "clips", "2025-11-26_pressekonferenz.vtt"))
	if code != 0 || !strings.Contains(out, "Pressekonferenz") || !strings.Contains(out, "published: 2025-11-26 | lang: de") || strings.Contains(out, "-->") {
		t.Errorf("extract: exit %d\n%s\n%s", code, out, errs)
	}
}
