package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestCheckAddr(t *testing.T) {
	tests := []struct {
		addr    string
		blocked bool
	}{
		{"127.0.0.1", true},
		{"127.5.6.7", true},
		{"::1", true},
		{"10.0.0.1", true},
		{"172.16.5.4", true},
		{"172.31.255.255", true},
		{"192.168.1.1", true},
		{"100.64.0.1", true},      // CGNAT
		{"169.254.169.254", true}, // cloud metadata
		{"fd00:ec2::254", true},   // AWS IPv6 metadata
		{"fe80::1", true},
		{"fc00::1", true},
		{"224.0.0.1", true},
		{"ff02::1", true},
		{"0.0.0.0", true},
		{"::", true},
		{"255.255.255.255", true},
		{"::ffff:127.0.0.1", true}, // IPv4-mapped loopback
		{"::ffff:10.1.2.3", true},
		{"64:ff9b::a00:1", true}, // NAT64 of 10.0.0.1
		{"2002:7f00:1::1", true}, // 6to4 of 127.0.0.1
		{"8.8.8.8", false},
		{"1.1.1.1", false},
		{"172.32.0.1", false},
		{"100.128.0.1", false},
		{"2001:4860:4860::8888", false},
		{"64:ff9b::808:808", false}, // NAT64 of 8.8.8.8
	}
	for _, tt := range tests {
		err := CheckAddr(netip.MustParseAddr(tt.addr))
		if got := errors.Is(err, ErrBlockedAddress); got != tt.blocked {
			t.Errorf("CheckAddr(%s) = %v, want blocked=%v", tt.addr, err, tt.blocked)
		}
	}
}

// onlyServer returns a Client that may reach exactly srv (as the test's
// stand-in for "a public server") and applies the production rules to
// every other address.
func onlyServer(t *testing.T, srv *httptest.Server, cfg Config) *Client {
	t.Helper()
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	allowed := netip.MustParseAddrPort(u.Host)
	c := New(cfg)
	c.checkAddr = func(ap netip.AddrPort) error {
		if ap == allowed {
			return nil
		}
		return CheckAddr(ap.Addr())
	}
	return c
}

func TestRefusesLoopbackWithoutAllowPrivate(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, "secret")
	}))
	defer srv.Close()
	port := strings.TrimPrefix(srv.URL, "http://127.0.0.1:")
	c := New(Config{})
	for _, u := range []string{srv.URL, "http://localhost:" + port + "/", "http://[::1]:" + port + "/"} {
		_, err := c.Get(context.Background(), u, Request{})
		if !errors.Is(err, ErrBlockedAddress) {
			t.Errorf("Get(%s) = %v, want ErrBlockedAddress", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the loopback server was reached %d times", n)
	}
}

func TestRedirectToPrivateRefused(t *testing.T) {
	// inner stands for a service on the bot's own machine; it is reached
	// only through a hostname, so the refusal must come from the dial hook.
	var innerHits atomic.Int32
	inner := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		innerHits.Add(1)
		fmt.Fprint(w, "internal")
	}))
	defer inner.Close()
	innerPort := strings.TrimPrefix(inner.URL, "http://127.0.0.1:")

	targets := map[string]string{
		"/to-private":   "http://10.0.0.1/admin",
		"/to-loopback":  "http://127.0.0.1:" + innerPort + "/",
		"/to-localhost": "http://localhost:" + innerPort + "/",
		"/to-metadata":  "http://169.254.169.254/latest/meta-data/",
		"/to-metadata6": "http://[fd00:ec2::254]/latest/meta-data/",
		"/to-cgnat":     "http://100.64.1.1/",
		"/to-file":      "file:///etc/passwd",
		"/to-gopher":    "gopher://example.org/",
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, targets[r.URL.Path], http.StatusFound)
	}))
	defer srv.Close()
	c := onlyServer(t, srv, Config{ConnectTimeout: 2 * time.Second})
	for path, target := range targets {
		_, err := c.Get(context.Background(), srv.URL+path, Request{})
		want := ErrBlockedAddress
		if !strings.HasPrefix(target, "http") {
			want = ErrScheme
		}
		if !errors.Is(err, want) {
			t.Errorf("redirect %s -> %s: err = %v, want %v", path, target, err, want)
		}
	}
	if n := innerHits.Load(); n != 0 {
		t.Errorf("the internal server was reached %d times", n)
	}
}

func TestRedirectLimit(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/hop/%d", &n)
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "arrived")
	}))
	defer srv.Close()
	c := New(Config{AllowPrivate: true})
	resp, err := c.Get(context.Background(), srv.URL+"/hop/5", Request{})
	if err != nil {
		t.Fatalf("5 redirects: %v", err)
	}
	if string(resp.Body) != "arrived" || !strings.HasSuffix(resp.URL, "/hop/0") {
		t.Errorf("5 redirects: body %q at %s", resp.Body, resp.URL)
	}
	if _, err := c.Get(context.Background(), srv.URL+"/hop/6", Request{}); !errors.Is(err, ErrTooManyRedirects) {
		t.Errorf("6 redirects: err = %v, want ErrTooManyRedirects", err)
	}
}

func TestSchemes(t *testing.T) {
	c := New(Config{AllowPrivate: true})
	for _, u := range []string{"file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "//example.org/x", "http:///nohost"} {
		if _, err := c.Get(context.Background(), u, Request{}); !errors.Is(err, ErrScheme) {
			t.Errorf("Get(%q) = %v, want ErrScheme", u, err)
		}
	}
}

func TestBodyLimits(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		switch r.URL.Path {
		case "/endless":
			chunk := []byte(strings.Repeat("all work and no play ", 512))
			for r.Context().Err() == nil {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/announced":
			w.Header().Set("Content-Length", "2000000")
			w.Write([]byte("short"))
		case "/fits":
			w.Write([]byte(strings.Repeat("x", 1000)))
		}
	}))
	defer srv.Close()
	c := New(Config{AllowPrivate: true, MaxBytes: 64 << 10})
	if _, err := c.Get(context.Background(), srv.URL+"/endless", Request{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("endless body: err = %v, want ErrTooLarge", err)
	}
	if _, err := c.Get(context.Background(), srv.URL+"/announced", Request{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("announced large body: err = %v, want ErrTooLarge", err)
	}
	resp, err := c.Get(context.Background(), srv.URL+"/fits", Request{})
	if err != nil || len(resp.Body) != 1000 {
		t.Errorf("small body: %v, %d bytes", err, len(resp.Body))
	}
}

func TestSlowServerTimesOut(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow-body" {
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte("start"))
			w.(http.Flusher).Flush()
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	c := New(Config{AllowPrivate: true, HeaderTimeout: 50 * time.Millisecond, Timeout: 200 * time.Millisecond})
	for _, p := range []string{"/slow-headers", "/slow-body"} {
		_, err := c.Get(context.Background(), srv.URL+p, Request{})
		var ne interface{ Timeout() bool }
		if err == nil || !errors.As(err, &ne) || !ne.Timeout() {
			t.Errorf("%s: err = %v, want a timeout", p, err)
		}
	}
}

func TestConditionalGet(t *testing.T) {
	const etag = `"v1"`
	const lastMod = "Mon, 24 Nov 2025 08:00:00 GMT"
	var full atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, "<rss></rss>")
	}))
	defer srv.Close()
	c := New(Config{AllowPrivate: true})
	first, err := c.Get(context.Background(), srv.URL, Request{Accept: FeedTypes})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || first.ETag != etag || first.LastModified != lastMod || first.ContentType != "application/rss+xml" {
		t.Fatalf("first response = %+v", first)
	}
	for _, r := range []Request{{ETag: etag}, {LastModified: lastMod}} {
		r.Accept = FeedTypes
		again, err := c.Get(context.Background(), srv.URL, r)
		if err != nil {
			t.Fatal(err)
		}
		if !again.NotModified || again.Body != nil {
			t.Errorf("conditional %+v: NotModified=%v body=%q", r, again.NotModified, again.Body)
		}
	}
	if n := full.Load(); n != 1 {
		t.Errorf("full responses = %d, want 1", n)
	}
}

func TestContentTypeChecked(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/png":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n\x1a\n"))
		case "/sniffed":
			w.Header()["Content-Type"] = nil // keep net/http from sniffing for us
			w.Write([]byte("<!DOCTYPE html><html><body><p>hi</p></body></html>"))
		case "/missing":
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	defer srv.Close()
	c := New(Config{AllowPrivate: true})
	if _, err := c.Get(context.Background(), srv.URL+"/png", Request{}); !errors.Is(err, ErrUnsupportedType) {
		t.Errorf("png: err = %v, want ErrUnsupportedType", err)
	}
	resp, err := c.Get(context.Background(), srv.URL+"/sniffed", Request{})
	if err != nil || resp.ContentType != "text/html" {
		t.Errorf("sniffed: %v, type %q", err, resp.ContentType)
	}
	var se *StatusError
	if _, err := c.Get(context.Background(), srv.URL+"/missing", Request{}); !errors.As(err, &se) || se.Code != 404 {
		t.Errorf("missing: err = %v, want StatusError 404", err)
	}
}

func TestFetchDocument(t *testing.T) {
	srv := httptest.NewServer(http.FileServer(http.Dir("testdata")))
	defer srv.Close()
	c := New(Config{AllowPrivate: true})
	text, final, err := c.FetchDocument(context.Background(), srv.URL+"/boilerplate.html")
	if err != nil {
		t.Fatal(err)
	}
	if final != srv.URL+"/boilerplate.html" {
		t.Errorf("final URL = %s", final)
	}
	if !strings.Contains(string(text), "url: "+srv.URL+"/boilerplate.html\n") || !strings.Contains(string(text), "\n2. Security guarantees") {
		t.Errorf("document text:\n%s", text)
	}
}
