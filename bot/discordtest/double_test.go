package discordtest

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

const channel = "1100000000000000300"

func TestMessageSendIsRecordedAndValidated(t *testing.T) {
	d, s := NewSession(t)
	msg, err := s.ChannelMessageSendComplex(channel, &discordgo.MessageSend{
		Content:         "hello @everyone",
		Embeds:          []*discordgo.MessageEmbed{{Title: "t", Description: "d"}},
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if msg.ID == "" || msg.ChannelID != channel || msg.Content != "hello @everyone" || len(msg.Embeds) != 1 {
		t.Fatalf("message = %+v", msg)
	}
	reqs := d.Matching(http.MethodPost, "/channels/*/messages")
	if len(reqs) != 1 {
		t.Fatalf("got %d requests, want 1", len(reqs))
	}
	r := reqs[0]
	if r.Header.Get("Authorization") != "Bot "+DefaultToken || len(r.Invalid) != 0 || r.Status != http.StatusOK {
		t.Fatalf("request = %+v", r)
	}
	var body map[string]any
	if err := r.Decode(&body); err != nil {
		t.Fatal(err)
	}
	if body["content"] != "hello @everyone" {
		t.Fatalf("body = %v", body)
	}
	if got := d.Message(msg.ID); got["content"] != "hello @everyone" {
		t.Fatalf("stored message = %v", got)
	}
}

func TestInvalidRequestsAreCaught(t *testing.T) {
	tests := []struct {
		name  string
		token string
		body  any
	}{
		{"wrong type", "Bot " + DefaultToken, map[string]any{"content": 5}},
		{"no authorization", "", map[string]any{"content": "hi"}},
		{"embed title not a string", "Bot " + DefaultToken, map[string]any{"embeds": []any{map[string]any{"title": []int{1}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New(t)
			d.Lenient = true
			s := d.NewSession()
			s.Token = tt.token
			_, err := s.RequestWithBucketID(http.MethodPost, discordgo.EndpointChannelMessages(channel), tt.body, "")
			var rest *discordgo.RESTError
			if !errors.As(err, &rest) || rest.Response.StatusCode != http.StatusBadRequest {
				t.Fatalf("err = %v, want a 400 RESTError", err)
			}
			if r := d.Requests(); len(r) != 1 || len(r[0].Invalid) == 0 {
				t.Fatalf("requests = %+v, want one marked invalid", r)
			}
		})
	}
}

func TestWrongTokenIs401(t *testing.T) {
	d, s := NewSession(t)
	s.Token = "Bot not-the-token"
	_, err := s.ChannelMessageSend(channel, "hi")
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Response.StatusCode != http.StatusUnauthorized {
		t.Fatalf("err = %v, want 401", err)
	}
	if n := len(d.Requests()); n != 1 {
		t.Fatalf("%d requests", n)
	}
}

func TestRateLimitIsRetried(t *testing.T) {
	d, s := NewSession(t)
	d.RateLimit(http.MethodPost, "/channels/*/messages", 20*time.Millisecond, 1)
	var limited int
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.RateLimit) { limited++ })
	s.SyncEvents = true
	if _, err := s.ChannelMessageSend(channel, "hi"); err != nil {
		t.Fatal(err)
	}
	reqs := d.Requests()
	if len(reqs) != 2 || reqs[0].Status != http.StatusTooManyRequests || reqs[1].Status != http.StatusOK {
		t.Fatalf("statuses = %v", statuses(reqs))
	}
	if limited != 1 {
		t.Fatalf("rate limit events = %d, want 1", limited)
	}
}

func TestRateLimitWithoutRetryIsAnError(t *testing.T) {
	d, s := NewSession(t)
	s.ShouldRetryOnRateLimit = false
	d.RateLimit("", "/channels/*/messages", time.Second, -1)
	_, err := s.ChannelMessageSend(channel, "hi")
	var rl *discordgo.RateLimitError
	if !errors.As(err, &rl) || rl.RetryAfter != time.Second {
		t.Fatalf("err = %v, want a RateLimitError with retry_after 1s", err)
	}
}

func TestScriptedFailures(t *testing.T) {
	tests := []struct {
		name     string
		script   func(d *Double)
		wantErr  int // HTTP status of the RESTError, 0 for success
		wantReqs int
	}{
		{"500 once", func(d *Double) { d.Fail(http.MethodPost, "/channels/*/messages", 500, 1) }, 500, 1},
		{"502 retried", func(d *Double) { d.Fail("", "/channels/*/messages", 502, 1) }, 0, 2},
		{"403 channel", func(d *Double) { d.DenyChannel(channel, 403) }, 403, 1},
		{"404 channel", func(d *Double) { d.DenyChannel(channel, 404) }, 404, 1},
		{"other path unaffected", func(d *Double) { d.Fail("", "/channels/*", 500, -1) }, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, s := NewSession(t)
			tt.script(d)
			_, err := s.ChannelMessageSend(channel, "hi")
			if tt.wantErr == 0 {
				if err != nil {
					t.Fatal(err)
				}
			} else {
				var rest *discordgo.RESTError
				if !errors.As(err, &rest) || rest.Response.StatusCode != tt.wantErr {
					t.Fatalf("err = %v, want status %d", err, tt.wantErr)
				}
			}
			if n := len(d.Requests()); n != tt.wantReqs {
				t.Fatalf("%d requests, want %d", n, tt.wantReqs)
			}
		})
	}
}

func TestCommandRegistration(t *testing.T) {
	d, s := NewSession(t)
	cmds := []*discordgo.ApplicationCommand{{
		Name: "search", Description: "Search the record",
		Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: "query", Description: "what", Required: true, Autocomplete: true}},
	}}
	got, err := s.ApplicationCommandBulkOverwrite(d.AppID, "", cmds)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID == "" || got[0].ApplicationID != d.AppID || got[0].Name != "search" {
		t.Fatalf("got %+v", got[0])
	}
	if _, err := s.ApplicationCommandBulkOverwrite(d.AppID, "1100000000000000100", cmds); err != nil {
		t.Fatal(err)
	}
	if len(d.Commands("")) != 1 || len(d.Commands("1100000000000000100")) != 1 {
		t.Fatalf("stored commands: global %v guild %v", d.Commands(""), d.Commands("1100000000000000100"))
	}
}

func TestInteractionResponseAndFollowups(t *testing.T) {
	d, s := NewSession(t)
	in := &discordgo.Interaction{ID: "1100000000000000400", AppID: d.AppID, Token: "interaction-token", Type: discordgo.InteractionApplicationCommand}
	if err := s.InteractionRespond(in, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
		t.Fatal(err)
	}
	content := "done"
	msg, err := s.InteractionResponseEdit(in, &discordgo.WebhookEdit{Content: &content})
	if err != nil {
		t.Fatal(err)
	}
	if msg.Content != "done" || msg.ID == "" {
		t.Fatalf("edited = %+v", msg)
	}
	f, err := s.FollowupMessageCreate(in, true, &discordgo.WebhookParams{Content: "more"})
	if err != nil {
		t.Fatal(err)
	}
	if f.Content != "more" {
		t.Fatalf("followup = %+v", f)
	}
	got := d.Wait(http.MethodPatch, "/webhooks/*/*/messages/@original", 1)
	if got[0].Path != "/webhooks/"+d.AppID+"/interaction-token/messages/@original" {
		t.Fatalf("path = %s", got[0].Path)
	}
	if n := len(d.Matching(http.MethodPost, "/interactions/*/*/callback")); n != 1 {
		t.Fatalf("%d callbacks", n)
	}
}

func TestTransportRefusesOtherHosts(t *testing.T) {
	d := New(t)
	resp, err := d.Client().Get("https://example.com/")
	if err == nil {
		resp.Body.Close()
		t.Fatal("request to example.com went through")
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/channels/*/messages", "/channels/1/messages", true},
		{"/channels/*/messages", "/channels/1/messages/2", false},
		{"/webhooks/*/*/messages/@original", "/webhooks/1/tok/messages/@original", true},
		{"/channels/*", "/guilds/1", false},
	}
	for _, tt := range tests {
		if got := Match(tt.pattern, tt.path); got != tt.want {
			t.Errorf("Match(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}

func statuses(rs []Request) []int {
	var out []int
	for _, r := range rs {
		out = append(out, r.Status)
	}
	return out
}

// TestInvalidCallbacksAreCaught shows the description's limits are enforced
// on interaction responses, so tests replaying answers through the double
// catch an over-long reply.
func TestInvalidCallbacksAreCaught(t *testing.T) {
	tests := []struct{ name, body string }{
		{"content over 2000", `{"type":4,"data":{"content":"` + strings.Repeat("x", 2001) + `"}}`},
		{"unknown type", `{"type":99}`},
		{"embed title over 256", `{"type":4,"data":{"embeds":[{"title":"` + strings.Repeat("x", 257) + `"}]}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New(t)
			d.Lenient = true
			s := d.NewSession()
			_, err := s.RequestRaw(http.MethodPost, discordgo.EndpointInteractionResponse("1100000000000000400", "tok"), "application/json", []byte(tt.body), "", 0)
			if err == nil || len(d.Requests()[0].Invalid) == 0 {
				t.Fatalf("accepted: %v", err)
			}
		})
	}
}

func TestGatewayOpenDispatchAndReconnect(t *testing.T) {
	d, s := NewSession(t)
	s.Identify.Intents = discordgo.IntentsGuilds
	got := make(chan *discordgo.InteractionCreate, 4)
	s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) { got <- ic })
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d.WaitReady(1)
	if s.State.User == nil || s.State.User.ID != d.AppID {
		t.Fatalf("state user = %+v", s.State.User)
	}
	if ids := d.Identifies(); len(ids) != 1 || !strings.Contains(string(ids[0]), `"Bot `+DefaultToken+`"`) {
		t.Fatalf("identify = %s", ids)
	}
	in := map[string]any{"id": "1100000000000000400", "application_id": d.AppID, "type": 2, "token": "tok", "version": 1,
		"data": map[string]any{"id": "1", "name": "help", "type": 1}}
	if err := d.Dispatch("INTERACTION_CREATE", in); err != nil {
		t.Fatal(err)
	}
	select {
	case ic := <-got:
		if ic.ApplicationCommandData().Name != "help" {
			t.Fatalf("interaction = %+v", ic.Interaction)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no INTERACTION_CREATE received")
	}
	d.DropGateway()
	d.WaitReady(2) // discordgo reconnects (and resumes) on its own
}

func TestGatewayBotRecommendsShards(t *testing.T) {
	d, s := NewSession(t)
	for _, want := range []int{1, 4} {
		if want != 1 {
			d.SetRecommendedShards(want)
		}
		gw, err := s.GatewayBot()
		if err != nil {
			t.Fatal(err)
		}
		if gw.Shards != want || !strings.HasPrefix(gw.URL, "ws://") || gw.SessionStartLimit.MaxConcurrency != 1 {
			t.Errorf("GET /gateway/bot = %+v, want %d shards", gw, want)
		}
	}
	if reqs := d.Matching(http.MethodGet, "/gateway/bot"); len(reqs) != 2 || len(reqs[0].Invalid) != 0 {
		t.Errorf("recorded %+v", reqs)
	}
}

// TestGatewayResumeReplaysMissedEvents speaks the gateway protocol by hand:
// an event the client did not read before its connection died comes again
// after RESUME with the last sequence it saw, and not after a RESUME past it.
func TestGatewayResumeReplaysMissedEvents(t *testing.T) {
	d := New(t)
	type payload struct {
		Op int             `json:"op"`
		S  int64           `json:"s"`
		T  string          `json:"t"`
		D  json.RawMessage `json:"d"`
	}
	dial := func() *websocket.Conn {
		ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(d.Server.URL, "http")+GatewayPath, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ws.Close() })
		return ws
	}
	read := func(ws *websocket.Conn) payload {
		t.Helper()
		var p payload
		if err := ws.SetReadDeadline(time.Now().Add(10 * time.Second)); err != nil {
			t.Fatal(err)
		}
		if err := ws.ReadJSON(&p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write := func(ws *websocket.Conn, op int, data any) {
		t.Helper()
		if err := ws.WriteJSON(map[string]any{"op": op, "d": data}); err != nil {
			t.Fatal(err)
		}
	}

	ws := dial()
	if p := read(ws); p.Op != 10 {
		t.Fatalf("first payload op %d, want HELLO", p.Op)
	}
	write(ws, 2, map[string]any{"token": "Bot " + d.Token, "intents": 1, "properties": map[string]any{}})
	ready := read(ws)
	if ready.T != "READY" {
		t.Fatalf("got %s, want READY", ready.T)
	}
	if err := d.Dispatch("INTERACTION_CREATE", map[string]any{"id": "1"}); err != nil {
		t.Fatal(err)
	}
	ws.Close() // dies without reading the dispatch

	tests := []struct {
		name   string
		seq    int64
		replay bool
	}{{"missed event replayed", ready.S, true}, {"seen event not replayed", ready.S + 1, false}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := dial()
			read(ws) // HELLO
			write(ws, 6, map[string]any{"token": "Bot " + d.Token, "session_id": "discordtest-session", "seq": tt.seq})
			if p := read(ws); p.T != "RESUMED" || p.S != tt.seq {
				t.Fatalf("got %s seq %d, want RESUMED keeping seq %d", p.T, p.S, tt.seq)
			}
			write(ws, 1, tt.seq) // heartbeat: its ACK comes after any replay
			next := read(ws)
			if replayed := next.T == "INTERACTION_CREATE" && next.S == ready.S+1; replayed != tt.replay {
				t.Errorf("after RESUME got op %d %s seq %d; replayed %v, want %v", next.Op, next.T, next.S, replayed, tt.replay)
			}
		})
	}
}
