package web

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzExtractArticle: any page either yields an article whose metadata is
// on one line and whose corpus text has a well-formed header, or fails with
// an error; nothing panics or hangs.
func FuzzExtractArticle(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b, "text/html", "https://example.org/"+filepath.Base(file))
		}
	}
	for _, s := range []string{
		"", "<", "<html><body><p>x</p></body></html>",
		`<html lang="de"><head><title>[Login](https://evil.example/login)</title><meta property="og:site_name" content="<@&123>"><link rel="canonical" href="javascript:alert(1)"></head><body><article><p>Point one: the parties agree.</p><ol><li>a</li><li>b</li></ol></article></body></html>`,
		"<html><head><meta charset=\"windows-1251\"></head><body><p>\xcf\xf0\xe8\xe2\xe5\xf2</p></body></html>",
		"<p>" + strings.Repeat("<div>", 300) + "deep" + "</p>",
		"<title>a\nb\r\nc</title><p>x</p>", "\x00\xff\xfe<p>\x00</p>",
	} {
		f.Add([]byte(s), "text/html; charset=utf-8", "")
	}
	f.Fuzz(func(t *testing.T, page []byte, contentType, pageURL string) {
		a, err := ExtractArticle(page, contentType, pageURL)
		if err != nil {
			if a != nil {
				t.Fatal("an article and an error")
			}
			return
		}
		if len(a.Paragraphs) == 0 {
			t.Fatal("an article without paragraphs")
		}
		for _, v := range []string{a.Title, a.Outlet, a.Published, a.Lang} {
			if strings.ContainsAny(v, "\n\r") {
				t.Fatalf("metadata on several lines: %q", v)
			}
		}
		text := a.Text()
		if !bytes.HasPrefix(text, []byte("---\n")) || bytes.Count(text, []byte("\n---\n")) < 1 {
			t.Fatalf("corpus text without a header:\n%s", text)
		}
	})
}
