package discordtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func init() {
	// Gateway URLs are built from APIVersion at connect time; REST endpoints
	// were fixed at v9 during discordgo's init and are mapped by Transport.
	discordgo.APIVersion = "10"
}

// Default identities the double answers for. They are valid snowflakes, as
// the OpenAPI description requires for every ID in a path.
const (
	DefaultAppID = "1100000000000000001"
	DefaultToken = "test-bot-token"
)

// APIPrefix is the path prefix of every REST request the double serves.
const APIPrefix = "/api/v10"

// Request is one request the double received, as the bot sent it.
type Request struct {
	Method  string
	Path    string // below APIPrefix: "/channels/123/messages"
	Query   url.Values
	Header  http.Header
	Body    []byte
	Status  int      // what the double answered
	Invalid []string // why the request does not match the OpenAPI description; empty when it does
}

// Decode unmarshals the request's JSON body into v.
func (r Request) Decode(v any) error {
	if err := json.Unmarshal(r.Body, v); err != nil {
		return fmt.Errorf("decode %s %s body: %w", r.Method, r.Path, err)
	}
	return nil
}

// Double is a fake Discord REST API. Create it with New; it is safe for
// concurrent use.
type Double struct {
	// AppID is the application the double answers for (the bot user's ID).
	AppID string
	// Token is the bot token requests must carry as "Bot <Token>".
	Token string
	// Server is the underlying loopback server.
	Server *httptest.Server
	// Lenient, set before the first request, records and answers invalid
	// requests with 400 without failing the test: for tests of invalid input.
	Lenient bool

	t         testing.TB
	validator *specValidator

	mu       sync.Mutex
	requests []Request
	rules    []*rule
	denied   map[string]int // channel ID -> status
	messages map[string]map[string]any
	commands map[string][]map[string]any // "" global, else guild ID
	nextID   uint64
	changed  chan struct{} // closed and replaced on every recorded request
	shards   int           // recommended by GET /gateway/bot

	gateway gatewayState
}

// rule is one scripted failure.
type rule struct {
	method, pattern string
	status          int
	left            int // requests still to fail; negative means forever
	retryAfter      time.Duration
	global          bool
}

// New starts a double and closes it when the test ends. The OpenAPI
// description is loaded on first use (see the package doc).
func New(t testing.TB) *Double {
	t.Helper()
	d := &Double{
		AppID:     DefaultAppID,
		Token:     DefaultToken,
		t:         t,
		validator: loadSpec(t),
		denied:    map[string]int{},
		messages:  map[string]map[string]any{},
		commands:  map[string][]map[string]any{},
		nextID:    1200000000000000000,
		changed:   make(chan struct{}),
		shards:    1,
	}
	d.Server = httptest.NewServer(http.HandlerFunc(d.serve))
	t.Cleanup(d.Server.Close)
	t.Cleanup(d.closeGateway) // runs first: hijacked connections outlive Server.Close
	return d
}

// URL is the base URL of the double's REST API, ending in APIPrefix.
func (d *Double) URL() string { return d.Server.URL + APIPrefix }

// Client returns an HTTP client whose Transport sends every discord.com
// request to the double and refuses any other host, so nothing leaves the
// machine.
func (d *Double) Client() *http.Client {
	target, _ := url.Parse(d.Server.URL)
	return &http.Client{Transport: &Transport{Target: target, Base: d.Server.Client().Transport}, Timeout: 30 * time.Second}
}

// NewSession returns a discordgo session authenticated as the double's bot
// and talking to the double. Its rate-limit retries are on, as in production.
func (d *Double) NewSession() *discordgo.Session {
	s, err := discordgo.New("Bot " + d.Token)
	if err != nil {
		d.t.Fatalf("discordtest: new session: %v", err)
	}
	s.Client = d.Client()
	s.State.User = &discordgo.User{ID: d.AppID, Username: "planbot", Bot: true}
	return s
}

// NewSession is shorthand for New(t).NewSession(), returning both.
func NewSession(t testing.TB) (*Double, *discordgo.Session) {
	t.Helper()
	d := New(t)
	return d, d.NewSession()
}

// Transport rewrites requests for discord.com to Target, mapping the
// /api/v9/ prefix discordgo's endpoints carry to /api/v10/. Requests for any
// other host fail, which keeps tests off the network.
type Transport struct {
	Target *url.URL
	Base   http.RoundTripper
}

// RoundTrip implements http.RoundTripper.
func (t *Transport) RoundTrip(r *http.Request) (*http.Response, error) {
	host := r.URL.Hostname()
	if host != "discord.com" && host != "discordapp.com" && r.URL.Host != t.Target.Host {
		return nil, fmt.Errorf("discordtest: refusing request to %s: tests must not use the network", r.URL.Host)
	}
	r2 := r.Clone(r.Context())
	r2.URL.Scheme = t.Target.Scheme
	r2.URL.Host = t.Target.Host
	r2.Host = t.Target.Host
	r2.URL.Path = strings.Replace(r2.URL.Path, "/api/v9/", "/api/v10/", 1)
	r2.URL.RawPath = ""
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	return base.RoundTrip(r2)
}

// Fail answers the next n requests matching method and pattern with status
// and a Discord error body; n < 0 means every such request. A 502 makes
// discordgo retry, any other status is returned to the caller as a RESTError.
func (d *Double) Fail(method, pattern string, status, n int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.rules = append(d.rules, &rule{method: method, pattern: pattern, status: status, left: n})
}

// RateLimit answers the next n requests matching method and pattern with 429,
// retry_after and the X-RateLimit-* headers Discord sends; n < 0 means every
// such request. discordgo sleeps retryAfter and retries.
func (d *Double) RateLimit(method, pattern string, retryAfter time.Duration, n int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.rules = append(d.rules, &rule{method: method, pattern: pattern, status: http.StatusTooManyRequests, left: n, retryAfter: retryAfter})
}

// DenyChannel makes every request about channelID fail with status: 403
// (Missing Access) or 404 (Unknown Channel).
func (d *Double) DenyChannel(channelID string, status int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.denied[channelID] = status
}

// SetRecommendedShards sets the shard count GET /gateway/bot recommends
// (1 until set), as Discord raises it when a bot joins more servers.
func (d *Double) SetRecommendedShards(n int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.shards = n
}

// Reset forgets recorded requests and scripted failures, keeping stored
// messages and commands.
func (d *Double) Reset() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.requests = nil
	d.rules = nil
	d.denied = map[string]int{}
}

// Requests returns every request received so far, in arrival order.
func (d *Double) Requests() []Request {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]Request(nil), d.requests...)
}

// Matching returns the recorded requests matching method ("" for any) and
// pattern.
func (d *Double) Matching(method, pattern string) []Request {
	var out []Request
	for _, r := range d.Requests() {
		if (method == "" || r.Method == method) && Match(pattern, r.Path) {
			out = append(out, r)
		}
	}
	return out
}

// Wait blocks until at least n requests match method and pattern and returns
// them; it fails the test after 60 s, which only a hung bot ever reaches (the
// first request of each kind compiles its schema: seconds under -race).
func (d *Double) Wait(method, pattern string, n int) []Request {
	d.t.Helper()
	deadline := time.NewTimer(60 * time.Second)
	defer deadline.Stop()
	for {
		d.mu.Lock()
		ch := d.changed
		d.mu.Unlock()
		if got := d.Matching(method, pattern); len(got) >= n {
			return got
		}
		select {
		case <-ch:
		case <-deadline.C:
			d.t.Fatalf("discordtest: waited 60s for %d %s %s request(s), got %d", n, method, pattern, len(d.Matching(method, pattern)))
			return nil
		}
	}
}

// Message returns a message as it stands now (after any edits), as Discord
// would return it, or nil when the double never created it.
func (d *Double) Message(id string) map[string]any {
	d.mu.Lock()
	defer d.mu.Unlock()
	m, ok := d.messages[id]
	if !ok {
		return nil
	}
	return cloneMap(m)
}

// Commands returns the commands registered globally (guildID "") or in a guild.
func (d *Double) Commands(guildID string) []map[string]any {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]map[string]any, 0, len(d.commands[guildID]))
	for _, c := range d.commands[guildID] {
		out = append(out, cloneMap(c))
	}
	return out
}

// Match reports whether path matches pattern, segment by segment, where a "*"
// segment matches any one segment.
func Match(pattern, path string) bool {
	ps := strings.Split(strings.Trim(pattern, "/"), "/")
	xs := strings.Split(strings.Trim(path, "/"), "/")
	if len(ps) != len(xs) {
		return false
	}
	for i := range ps {
		if ps[i] != "*" && ps[i] != xs[i] {
			return false
		}
	}
	return true
}

func (d *Double) serve(w http.ResponseWriter, r *http.Request) {
	if strings.TrimSuffix(r.URL.Path, "/") == GatewayPath {
		d.serveGateway(w, r)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	rec := Request{Method: r.Method, Query: r.URL.Query(), Header: r.Header.Clone(), Body: body}
	if !strings.HasPrefix(r.URL.Path, APIPrefix+"/") {
		rec.Path = r.URL.Path
		rec.Invalid = []string{"path is not below " + APIPrefix}
		rec.Status = d.writeError(w, http.StatusNotFound, 0, "404: Not Found")
		d.record(rec)
		return
	}
	rec.Path = strings.TrimPrefix(r.URL.Path, APIPrefix)

	rec.Invalid = d.validator.check(r, body)
	if len(rec.Invalid) > 0 && !d.Lenient {
		d.t.Errorf("discordtest: %s %s does not match Discord's OpenAPI description:\n  %s\n  body: %s",
			r.Method, rec.Path, strings.Join(rec.Invalid, "\n  "), truncate(body, 2000))
	}
	if len(rec.Invalid) > 0 {
		rec.Status = d.writeError(w, http.StatusBadRequest, 50035, "Invalid Form Body")
		d.record(rec)
		return
	}
	if auth := r.Header.Get("Authorization"); auth != "" && auth != "Bot "+d.Token {
		rec.Status = d.writeError(w, http.StatusUnauthorized, 0, "401: Unauthorized")
		d.record(rec)
		return
	}
	if st, ok := d.scripted(w, rec); ok {
		rec.Status = st
		d.record(rec)
		return
	}
	rec.Status = d.answer(w, rec)
	d.record(rec)
}

func (d *Double) record(rec Request) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.requests = append(d.requests, rec)
	close(d.changed)
	d.changed = make(chan struct{})
}

// scripted applies a denied channel or a scripted failure, if one matches.
func (d *Double) scripted(w http.ResponseWriter, rec Request) (int, bool) {
	d.mu.Lock()
	segs := strings.Split(strings.Trim(rec.Path, "/"), "/")
	if len(segs) >= 2 && segs[0] == "channels" {
		if st, ok := d.denied[segs[1]]; ok {
			d.mu.Unlock()
			if st == http.StatusNotFound {
				return d.writeError(w, st, 10003, "Unknown Channel"), true
			}
			return d.writeError(w, st, 50001, "Missing Access"), true
		}
	}
	var hit *rule
	for _, ru := range d.rules {
		if ru.left != 0 && (ru.method == "" || ru.method == rec.Method) && Match(ru.pattern, rec.Path) {
			hit = ru
			if ru.left > 0 {
				ru.left--
			}
			break
		}
	}
	d.mu.Unlock()
	if hit == nil {
		return 0, false
	}
	if hit.status == http.StatusTooManyRequests {
		secs := hit.retryAfter.Seconds()
		s := strconv.FormatFloat(secs, 'f', 3, 64)
		h := w.Header()
		h.Set("Retry-After", strconv.Itoa(int(secs+0.999)))
		h.Set("X-RateLimit-Limit", "5")
		h.Set("X-RateLimit-Remaining", "0")
		h.Set("X-RateLimit-Reset", strconv.FormatFloat(float64(time.Now().Add(hit.retryAfter).UnixMilli())/1000, 'f', 3, 64))
		h.Set("X-RateLimit-Reset-After", s)
		h.Set("X-RateLimit-Bucket", "discordtest-"+hit.pattern)
		h.Set("X-RateLimit-Scope", "user")
		writeJSON(w, http.StatusTooManyRequests, map[string]any{
			"message": "You are being rate limited.", "retry_after": secs, "global": hit.global, "code": 0,
		})
		return http.StatusTooManyRequests, true
	}
	msg := http.StatusText(hit.status)
	code := 0
	switch hit.status {
	case http.StatusForbidden:
		code, msg = 50001, "Missing Access"
	case http.StatusNotFound:
		code, msg = 10003, "Unknown Channel"
	default:
		msg = fmt.Sprintf("%d: %s", hit.status, msg)
	}
	return d.writeError(w, hit.status, code, msg), true
}

// answer serves a request the way Discord would when nothing goes wrong.
func (d *Double) answer(w http.ResponseWriter, rec Request) int {
	p, m := rec.Path, rec.Method
	segs := strings.Split(strings.Trim(p, "/"), "/")
	switch {
	case m == http.MethodGet && p == "/gateway":
		return writeJSON(w, http.StatusOK, map[string]any{"url": "ws" + strings.TrimPrefix(d.Server.URL, "http") + GatewayPath,
			"shards": 1, "session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})
	case m == http.MethodGet && p == "/gateway/bot":
		d.mu.Lock()
		shards := d.shards
		d.mu.Unlock()
		return writeJSON(w, http.StatusOK, map[string]any{"url": "ws" + strings.TrimPrefix(d.Server.URL, "http") + GatewayPath,
			"shards": shards, "session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})
	case m == http.MethodGet && p == "/users/@me":
		return writeJSON(w, http.StatusOK, map[string]any{"id": d.AppID, "username": "planbot", "discriminator": "0", "bot": true})

	case m == http.MethodPost && Match("/channels/*/messages", p):
		return writeJSON(w, http.StatusOK, d.createMessage(segs[1], rec.Body))
	case m == http.MethodGet && Match("/channels/*/messages", p):
		return writeJSON(w, http.StatusOK, []any{})
	case Match("/channels/*/messages/*", p):
		return d.messageOp(w, m, segs[3], rec.Body)
	case m == http.MethodGet && Match("/channels/*", p):
		return writeJSON(w, http.StatusOK, map[string]any{"id": segs[1], "type": 0, "name": "general", "guild_id": "1100000000000000100"})

	case Match("/applications/*/commands", p):
		return d.commandsOp(w, m, "", rec.Body)
	case Match("/applications/*/guilds/*/commands", p):
		return d.commandsOp(w, m, segs[3], rec.Body)
	case m == http.MethodDelete && (Match("/applications/*/commands/*", p) || Match("/applications/*/guilds/*/commands/*", p)):
		return writeStatus(w, http.StatusNoContent)

	case m == http.MethodPost && Match("/interactions/*/*/callback", p):
		d.callbackOriginal(segs[2], rec.Body)
		return writeStatus(w, http.StatusNoContent)

	case m == http.MethodPost && Match("/webhooks/*/*", p):
		msg := d.createMessage("", rec.Body)
		if rec.Query.Get("wait") != "true" {
			return writeStatus(w, http.StatusNoContent)
		}
		return writeJSON(w, http.StatusOK, msg)
	case Match("/webhooks/*/*/messages/*", p):
		id := segs[4]
		if id == "@original" {
			id = "original-" + segs[2]
		}
		return d.messageOp(w, m, id, rec.Body)
	}
	return d.writeError(w, http.StatusNotFound, 0, "404: Not Found")
}

func (d *Double) newID() string {
	d.nextID++
	return strconv.FormatUint(d.nextID, 10)
}

// createMessage stores and returns a message built from a create body.
func (d *Double) createMessage(channelID string, body []byte) map[string]any {
	d.mu.Lock()
	defer d.mu.Unlock()
	if channelID == "" {
		channelID = "1100000000000000200"
	}
	msg := baseMessage(d.newID(), channelID, d.AppID)
	mergeBody(msg, body)
	d.messages[msg["id"].(string)] = msg
	return cloneMap(msg)
}

// callbackOriginal creates the original response message of an interaction
// answered (or deferred) with a message, as Discord does, so that the
// webhook's @original exists for GET, PATCH and DELETE.
func (d *Double) callbackOriginal(token string, body []byte) {
	var cb struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if json.Unmarshal(body, &cb) != nil || (cb.Type != 4 && cb.Type != 5) {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	msg := baseMessage(d.newID(), "1100000000000000200", d.AppID)
	mergeBody(msg, cb.Data)
	d.messages["original-"+token] = msg
}

// messageOp serves GET, PATCH and DELETE on one message. A message edited
// before it was created (the deferred @original) springs into existence, as
// it does on Discord.
func (d *Double) messageOp(w http.ResponseWriter, method, id string, body []byte) int {
	d.mu.Lock()
	msg, ok := d.messages[id]
	switch method {
	case http.MethodDelete:
		delete(d.messages, id)
		d.mu.Unlock()
		if !ok {
			return d.writeError(w, http.StatusNotFound, 10008, "Unknown Message")
		}
		return writeStatus(w, http.StatusNoContent)
	case http.MethodPatch:
		if !ok {
			msg = baseMessage(id, "1100000000000000200", d.AppID)
			if strings.HasPrefix(id, "original-") {
				msg["id"] = d.newID()
			}
			d.messages[id] = msg
		}
		mergeBody(msg, body)
		msg["edited_timestamp"] = time.Now().UTC().Format(time.RFC3339Nano)
	case http.MethodGet:
		if !ok {
			d.mu.Unlock()
			return d.writeError(w, http.StatusNotFound, 10008, "Unknown Message")
		}
	default:
		d.mu.Unlock()
		return d.writeError(w, http.StatusMethodNotAllowed, 0, "405: Method Not Allowed")
	}
	out := cloneMap(msg)
	d.mu.Unlock()
	return writeJSON(w, http.StatusOK, out)
}

// commandsOp serves the application command collection of one scope.
func (d *Double) commandsOp(w http.ResponseWriter, method, guildID string, body []byte) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	switch method {
	case http.MethodGet:
		return writeJSON(w, http.StatusOK, d.commands[guildID])
	case http.MethodPut:
		var in []map[string]any
		if err := json.Unmarshal(body, &in); err != nil {
			return d.writeError(w, http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		}
		out := make([]map[string]any, 0, len(in))
		for _, c := range in {
			out = append(out, d.fillCommand(c, guildID))
		}
		d.commands[guildID] = out
		return writeJSON(w, http.StatusOK, out)
	case http.MethodPost:
		var c map[string]any
		if err := json.Unmarshal(body, &c); err != nil {
			return d.writeError(w, http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		}
		c = d.fillCommand(c, guildID)
		d.commands[guildID] = append(d.commands[guildID], c)
		return writeJSON(w, http.StatusCreated, c)
	}
	return d.writeError(w, http.StatusMethodNotAllowed, 0, "405: Method Not Allowed")
}

func (d *Double) fillCommand(c map[string]any, guildID string) map[string]any {
	c = cloneMap(c)
	c["id"] = d.newID()
	c["application_id"] = d.AppID
	c["version"] = d.newID()
	if _, ok := c["type"]; !ok {
		c["type"] = 1
	}
	if guildID != "" {
		c["guild_id"] = guildID
	}
	return c
}

func baseMessage(id, channelID, appID string) map[string]any {
	return map[string]any{
		"id": id, "channel_id": channelID, "type": 0, "content": "", "tts": false,
		"author":    map[string]any{"id": appID, "username": "planbot", "discriminator": "0", "bot": true},
		"timestamp": time.Now().UTC().Format(time.RFC3339Nano), "edited_timestamp": nil,
		"mention_everyone": false, "mentions": []any{}, "mention_roles": []any{},
		"attachments": []any{}, "embeds": []any{}, "components": []any{}, "pinned": false, "flags": 0,
	}
}

// mergeBody copies the displayed fields of a create or edit body into msg.
func mergeBody(msg map[string]any, body []byte) {
	var in map[string]any
	if json.Unmarshal(body, &in) != nil {
		return
	}
	for _, k := range []string{"content", "embeds", "components", "flags", "tts"} {
		if v, ok := in[k]; ok && v != nil {
			msg[k] = v
		}
	}
}

func (d *Double) writeError(w http.ResponseWriter, status, code int, msg string) int {
	return writeJSON(w, status, map[string]any{"code": code, "message": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) int {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return http.StatusInternalServerError
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(b)
	return status
}

func writeStatus(w http.ResponseWriter, status int) int {
	w.WriteHeader(status)
	return status
}

func cloneMap(m map[string]any) map[string]any {
	b, _ := json.Marshal(m)
	var out map[string]any
	_ = json.Unmarshal(b, &out)
	return out
}

func truncate(b []byte, n int) string {
	if len(b) <= n {
		return string(b)
	}
	return string(bytes.ToValidUTF8(b[:n], nil)) + "..."
}
