package web

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update to create): %v", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs (run with -update to accept):\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

func TestExtractArticle(t *testing.T) {
	tests := []struct {
		file, contentType, url string
		wantTitle, wantOutlet  string
		wantPublished, wantLng string
		wantIn, wantOut        []string
	}{
		{
			file: "boilerplate.html", contentType: "text/html; charset=utf-8",
			url:       "https://www.courier.example/world/geneva-drafts",
			wantTitle: "Negotiators trade drafts in Geneva", wantOutlet: "The Lakeside Courier",
			wantPublished: "2025-11-24", wantLng: "en",
			wantIn: []string{
				"Delegations from the United States and Ukraine spent a second day in Geneva",
				"\n1. A ceasefire along the current line of contact",
				"\n2. Security guarantees for Ukraine",
				"\n3. A phased exchange of all prisoners of war.",
				`"We are closer than we were a week ago`,
				"A further meeting is planned",
			},
			wantOut: []string{"NAV-MARKER", "SCRIPT-MARKER", "ASIDE-MARKER", "FOOTER-MARKER", "cookies", "trackingQueue", "By Ilse Marchetti"},
		},
		{
			file: "latin1.html", contentType: "text/html; charset=iso-8859-1",
			url:       "http://news.example.org/2025/statement",
			wantTitle: "Ministers welcome the Geneva talks", wantOutlet: "news.example.org",
			wantPublished: "2025-11-23", wantLng: "fr",
			wantIn: []string{
				"Le ministre a déclaré", // decoded from Latin-1
				"\n- Un cessez-le-feu immédiat.",
				"\n- Des garanties de sécurité.",
			},
			wantOut: []string{"MENU-MARKER", "SCRIPT-MARKER"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := ExtractArticle(page, tt.contentType, tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.wantTitle || a.Outlet != tt.wantOutlet || a.Published != tt.wantPublished || a.Lang != tt.wantLng || a.URL != tt.url {
				t.Errorf("metadata = %q %q %q %q %q, want %q %q %q %q %q", a.Title, a.Outlet, a.Published, a.Lang, a.URL,
					tt.wantTitle, tt.wantOutlet, tt.wantPublished, tt.wantLng, tt.url)
			}
			text := string(a.Text())
			for _, s := range tt.wantIn {
				if !strings.Contains(text, s) {
					t.Errorf("article text lacks %q", s)
				}
			}
			for _, s := range tt.wantOut {
				if strings.Contains(text, s) {
					t.Errorf("article text contains boilerplate %q", s)
				}
			}
			golden(t, strings.TrimSuffix(tt.file, ".html")+".golden.txt", a.Text())
		})
	}
}

func TestExtractArticleEmpty(t *testing.T) {
	_, err := ExtractArticle([]byte("<html><body><nav>Home</nav><script>x()</script></body></html>"), "text/html", "")
	if err == nil {
		t.Fatal("a page with no article text extracted without error")
	}
}

func TestFrontMatterQuoting(t *testing.T) {
	got := FrontMatter(map[string]string{
		"title":     "Rubio: \"tremendous\" progress\nin Geneva",
		"outlet":    "Plain Outlet",
		"published": "2025-11-23",
		"url":       "",
	})
	want := "---\ntitle: \"Rubio: \\\"tremendous\\\" progress in Geneva\"\noutlet: Plain Outlet\npublished: 2025-11-23\n---\n"
	if got != want {
		t.Errorf("FrontMatter =\n%s\nwant\n%s", got, want)
	}
}

func TestToCorpusText(t *testing.T) {
	html, err := os.ReadFile("testdata/boilerplate.html")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, contentType, data, url string
		wantPrefix                   string
		wantErr                      bool
	}{
		{name: "a.txt", data: "Plain body.\n", wantPrefix: "Plain body."},
		{name: "a.md", contentType: "text/plain", data: "# Head\n\nBody.\n", url: "https://x.example/a.md", wantPrefix: "---\nurl: https://x.example/a.md\n---\n\n# Head"},
		{name: "b.md", data: "---\ntitle: Kept\n---\nBody.\n", url: "https://x.example/b.md", wantPrefix: "---\ntitle: Kept\n---\nBody."},
		{name: "page.html", data: string(html), wantPrefix: "---\ntitle: Negotiators trade drafts in Geneva\n"},
		{name: "attachment", contentType: "text/html; charset=utf-8", data: string(html), wantPrefix: "---\ntitle: Negotiators"},
		{name: "notes.txt", contentType: "text/html", data: string(html), wantPrefix: "---\ntitle: Negotiators"},
		{name: "image.png", contentType: "image/png", data: "\x89PNG", wantErr: true},
		{name: "data.pdf", data: "%PDF-1.4", wantErr: true},
		{name: "bad.txt", data: "\xff\xfe\x00bad", wantErr: true},
		{name: "clip.srt", data: srtSample, url: "https://x.example/clip.srt", wantPrefix: "---\nurl: https://x.example/clip.srt\n---\n\n1\n00:00:01,000"},
		{name: "attachment", contentType: "application/x-subrip", data: srtSample, wantPrefix: srtSample},
		{name: "captions", contentType: "text/vtt; charset=utf-8", data: "WEBVTT\n", wantPrefix: "WEBVTT"},
		{name: "clip.vtt", contentType: "text/plain", data: "WEBVTT\n", wantPrefix: "WEBVTT"},
		{name: "bad.srt", data: "1\n\xff\n", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ToCorpusText([]byte(tt.data), tt.contentType, tt.name, tt.url)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if !strings.HasPrefix(string(got), tt.wantPrefix) {
				t.Errorf("got %q, want prefix %q", got, tt.wantPrefix)
			}
		})
	}
}

// srtSample is a SubRip file as a video site serves it.
const srtSample = "1\n00:00:01,000 --> 00:00:03,000\nWe will never accept this plan.\n"

// TestDetectFormatSubtitles: captions are known by media type and name.
func TestDetectFormatSubtitles(t *testing.T) {
	tests := []struct {
		contentType, name string
		want              Format
	}{
		{"text/vtt", "", FormatSubtitles},
		{"application/x-subrip", "upload", FormatSubtitles},
		{"text/plain; charset=utf-8", "clip.srt", FormatSubtitles},
		{"application/octet-stream", "clip.webvtt", FormatSubtitles},
		{"", "https://x.example/subs/clip.vtt?sig=1", FormatSubtitles},
		{"text/plain", "clip.txt", FormatText},
		{"image/png", "clip.srt", FormatUnknown},
		{"application/json", "", FormatText},
		{"", "response.json", FormatText},
		{"text/calendar; charset=utf-8", "", FormatText},
		{"", "https://x.example/diary.ics", FormatText},
		{"application/octet-stream", "diary.ICS", FormatText},
	}
	for _, tt := range tests {
		if got := DetectFormat(tt.contentType, tt.name); got != tt.want {
			t.Errorf("DetectFormat(%q, %q) = %v, want %v", tt.contentType, tt.name, got, tt.want)
		}
	}
	if !TypeAllowed("text/vtt", DocumentTypes) || !TypeAllowed("application/x-subrip", DocumentTypes) {
		t.Error("DocumentTypes refuses subtitle media types")
	}
	if !TypeAllowed("application/json", DocumentTypes) {
		t.Error("DocumentTypes refuses JSON documents")
	}
	if !TypeAllowed("text/calendar", DocumentTypes) {
		t.Error("DocumentTypes refuses calendar exports")
	}
}

func TestParseName(t *testing.T) {
	for in, want := range map[string]string{
		"notes.md":                     "notes.md",
		"a.TXT":                        "a.TXT",
		"page.html":                    "page.html.txt",
		"https://x.example/news/story": "https://x.example/news/story",
		"https://x.example/s.php?id=3": "https://x.example/s.php?id=3.txt",
		"https://x.example/a.md?raw=1": "https://x.example/a.md?raw=1.txt",
		"2025-11-23_interview.srt":     "2025-11-23_interview.srt",
		"captions.VTT":                 "captions.VTT",
	} {
		if got := ParseName(in); got != want {
			t.Errorf("ParseName(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkExtractArticle measures turning one news page (boilerplate,
// scripts, a list) into corpus text.
//
//	go test ./corpus/web -run '^$' -bench ExtractArticle
func BenchmarkExtractArticle(b *testing.B) {
	page, err := os.ReadFile("testdata/boilerplate.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		a, err := ExtractArticle(page, "text/html; charset=utf-8", "https://www.courier.example/a")
		if err != nil {
			b.Fatal(err)
		}
		_ = a.Text()
	}
}
