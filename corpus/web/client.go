package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"go.uber.org/zap"
)

// Errors a fetch can fail with, wrapped with the URL and details; test with
// errors.Is.
var (
	ErrScheme           = errors.New("only http and https URLs can be fetched")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrTooLarge         = errors.New("body exceeds the size limit")
	ErrUnsupportedType  = errors.New("unsupported content type")
)

// StatusError is returned when the server answers with a status other than
// 2xx (or 304 to a conditional request).
type StatusError struct {
	URL  string
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("GET %s: HTTP %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

// Defaults used when the matching Config field is zero.
const (
	DefaultMaxBytes       = 5 << 20
	DefaultConnectTimeout = 5 * time.Second
	DefaultHeaderTimeout  = 10 * time.Second
	DefaultTimeout        = 30 * time.Second
	DefaultMaxRedirects   = 5
	DefaultUserAgent      = "planbot/1.0 (peace plan news tracker)"
)

// Config configures a Client. The zero value is safe: public addresses only,
// 5 MB bodies, 5 redirects, 5 s to connect, 10 s to the response headers and
// 30 s in all.
type Config struct {
	// AllowPrivate lifts the public-address check, for tests against
	// httptest servers and for self-hosted sources on a private network.
	AllowPrivate bool
	// MaxBytes caps a response body after decompression; defaults to 5 MB.
	MaxBytes int64
	// ConnectTimeout bounds the TCP connect and TLS handshake; defaults to 5 s.
	ConnectTimeout time.Duration
	// HeaderTimeout bounds the wait for response headers; defaults to 10 s.
	HeaderTimeout time.Duration
	// Timeout bounds a whole fetch including redirects and the body; defaults to 30 s.
	Timeout time.Duration
	// MaxRedirects is how many redirects a fetch follows; defaults to (and is
	// capped at) 5.
	MaxRedirects int
	// UserAgent is sent with every request; defaults to DefaultUserAgent.
	UserAgent string
	// Logger receives one debug line per fetch; defaults to zap.NewNop().
	Logger *zap.Logger
}

func (c Config) withDefaults() Config {
	if c.MaxBytes <= 0 {
		c.MaxBytes = DefaultMaxBytes
	}
	if c.ConnectTimeout <= 0 {
		c.ConnectTimeout = DefaultConnectTimeout
	}
	if c.HeaderTimeout <= 0 {
		c.HeaderTimeout = DefaultHeaderTimeout
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxRedirects <= 0 || c.MaxRedirects > DefaultMaxRedirects {
		c.MaxRedirects = DefaultMaxRedirects
	}
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.Logger == nil {
		c.Logger = zap.NewNop()
	}
	return c
}

// Client fetches web resources under the safety rules of its Config. It is
// safe for concurrent use.
type Client struct {
	cfg  Config
	http *http.Client
	// checkAddr decides whether a resolved address may be dialled. Tests in
	// this package replace it to admit exactly one httptest server while
	// still refusing everything else.
	checkAddr func(netip.AddrPort) error
}

// New returns a Client for cfg.
func New(cfg Config) *Client {
	cfg = cfg.withDefaults()
	c := &Client{cfg: cfg}
	c.checkAddr = func(ap netip.AddrPort) error {
		if c.cfg.AllowPrivate {
			return nil
		}
		return CheckAddr(ap.Addr())
	}
	dialer := &net.Dialer{
		Timeout: cfg.ConnectTimeout,
		// Control runs after DNS resolution and before connect(2), for
		// every address tried, so a hostname resolving to a private
		// address (or DNS rebinding between checks) never gets a packet
		// through.
		Control: func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("dial %s: %w", address, ErrBlockedAddress)
			}
			if err := c.checkAddr(ap); err != nil {
				return fmt.Errorf("dial %s: %w", address, err)
			}
			return nil
		},
	}
	transport := &http.Transport{
		Proxy:                 nil, // a proxy would dial on our behalf and bypass the address check
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.HeaderTimeout,
		ExpectContinueTimeout: time.Second,
		MaxIdleConns:          16,
		IdleConnTimeout:       90 * time.Second,
	}
	c.http = &http.Client{
		Transport: transport,
		Timeout:   cfg.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > c.cfg.MaxRedirects {
				return fmt.Errorf("after %d redirects: %w", len(via)-1, ErrTooManyRedirects)
			}
			return c.checkURL(req.URL)
		},
	}
	return c
}

// Config returns the effective configuration, defaults filled in.
func (c *Client) Config() Config { return c.cfg }

// checkURL refuses non-http(s) schemes and literal non-public IP hosts early,
// with a clear error; hostnames are checked when dialled.
func (c *Client) checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%q: %w", u.Redacted(), ErrScheme)
	}
	host := u.Hostname()
	if host == "" {
		return fmt.Errorf("%q has no host: %w", u.Redacted(), ErrScheme)
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		port := u.Port()
		if port == "" {
			port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
		}
		ap, err := netip.ParseAddrPort(net.JoinHostPort(ip.String(), port))
		if err != nil {
			return fmt.Errorf("%q: bad port: %w", u.Redacted(), ErrBlockedAddress)
		}
		if err := c.checkAddr(ap); err != nil {
			return fmt.Errorf("%q: %w", u.Redacted(), err)
		}
	}
	return nil
}

// Request says what a fetch accepts and, for conditional requests, what the
// caller already has.
type Request struct {
	// Accept lists the media types the caller can use ("text/html",
	// "text/*"); a response of another type fails with ErrUnsupportedType.
	// Empty means DocumentTypes.
	Accept []string
	// ETag and LastModified come from a previous Response; when set, an
	// unchanged resource comes back as a Response with NotModified.
	ETag         string
	LastModified string
}

// DocumentTypes are the media types a page can be ingested from: pages,
// text, subtitles and JSON documents (a news API's response, a JSON Feed,
// which corpus.Parse reads as their articles).
var DocumentTypes = append([]string{"text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown", "application/json", "application/feed+json", "text/calendar"}, SubtitleTypes...)

// FeedTypes are the media types feeds are served with in practice,
// including the generic XML and text types many servers use.
var FeedTypes = []string{
	"application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
	"application/feed+json", "application/json", "text/plain", "text/html",
	"application/rdf+xml", "application/x-rss+xml", "application/octet-stream",
}

// Response is a fetched resource.
type Response struct {
	URL          string // final URL, after redirects
	StatusCode   int
	ContentType  string // media type, lower case, without parameters
	Header       string // the full Content-Type header, for charset detection
	Body         []byte // nil when NotModified
	ETag         string
	LastModified string
	NotModified  bool // the server answered 304 to a conditional request
}

// Get fetches rawURL under the client's safety rules.
func (c *Client) Get(ctx context.Context, rawURL string, r Request) (*Response, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, fmt.Errorf("parse URL %q: %w", rawURL, err)
	}
	if err := c.checkURL(u); err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("build request for %s: %w", u.Redacted(), err)
	}
	accept := r.Accept
	if len(accept) == 0 {
		accept = DocumentTypes
	}
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	req.Header.Set("Accept", strings.Join(accept, ", ")+", */*;q=0.1")
	if r.ETag != "" {
		req.Header.Set("If-None-Match", r.ETag)
	}
	if r.LastModified != "" {
		req.Header.Set("If-Modified-Since", r.LastModified)
	}
	start := time.Now()
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	out := &Response{
		URL:          final,
		StatusCode:   resp.StatusCode,
		Header:       resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}
	if resp.StatusCode == http.StatusNotModified && (r.ETag != "" || r.LastModified != "") {
		out.NotModified = true
		c.cfg.Logger.Debug("not modified", zap.String("url", final), zap.Duration("took", time.Since(start)))
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &StatusError{URL: final, Code: resp.StatusCode}
	}
	if out.Header != "" {
		mt, _, err := mime.ParseMediaType(out.Header)
		if err != nil {
			return nil, fmt.Errorf("fetch %s: content type %q: %w", final, out.Header, ErrUnsupportedType)
		}
		out.ContentType = strings.ToLower(mt)
		if !TypeAllowed(out.ContentType, accept) {
			return nil, fmt.Errorf("fetch %s: %s: %w", final, out.ContentType, ErrUnsupportedType)
		}
	}
	if resp.ContentLength > c.cfg.MaxBytes {
		return nil, fmt.Errorf("fetch %s: %d bytes announced, limit %d: %w", final, resp.ContentLength, c.cfg.MaxBytes, ErrTooLarge)
	}
	body, err := ReadLimited(resp.Body, c.cfg.MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", final, err)
	}
	if out.ContentType == "" {
		// No header: sniff, as browsers do, and apply the same check.
		mt, _, _ := mime.ParseMediaType(http.DetectContentType(body))
		out.ContentType = mt
		if !TypeAllowed(mt, accept) {
			return nil, fmt.Errorf("fetch %s: sniffed %s: %w", final, mt, ErrUnsupportedType)
		}
	}
	out.Body = body
	c.cfg.Logger.Debug("fetched", zap.String("url", final), zap.Int("status", resp.StatusCode),
		zap.String("type", out.ContentType), zap.Int("bytes", len(body)), zap.Duration("took", time.Since(start)))
	return out, nil
}

// ReadLimited reads r to the end, failing with ErrTooLarge as soon as more
// than limit bytes arrive, so an endless body costs at most limit+1 bytes.
func ReadLimited(r io.Reader, limit int64) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("more than %d bytes: %w", limit, ErrTooLarge)
	}
	return body, nil
}

// TypeAllowed reports whether media type mt matches one of the patterns,
// which are exact types or "type/*".
func TypeAllowed(mt string, patterns []string) bool {
	mt = strings.ToLower(mt)
	for _, p := range patterns {
		p = strings.ToLower(p)
		if p == mt || p == "*/*" {
			return true
		}
		if prefix, ok := strings.CutSuffix(p, "/*"); ok && strings.HasPrefix(mt, prefix+"/") {
			return true
		}
	}
	return false
}
