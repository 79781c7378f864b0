package digest

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"planbot/bot"
	"planbot/bot/store"
	"planbot/corpus"
)

var now0 = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

// crashAfterIntent simulates the process dying after the intent is recorded
// but before anything reaches Discord.
func TestCrashBetweenRecordedAndSent(t *testing.T) {
	e := newEnv(t, now0)
	e.lib.add(testDoc(1, now0.Add(-time.Hour), "Plan A", 2, 1))
	ctx, crash := context.WithCancel(context.Background())
	dying := senderFunc(func(context.Context, string, []byte) (string, error) {
		crash()
		return "", ctx.Err()
	})
	if _, err := e.service(Config{Sender: dying}).PostDigest(ctx, chanA, "", 0, ReasonManual); !errors.Is(err, context.Canceled) {
		t.Fatalf("crashed post: err = %v", err)
	}
	if n := e.countCreated(); n != 0 {
		t.Fatalf("%d messages before restart", n)
	}

	e.restart()
	s := e.service(Config{})
	if err := s.ResumePending(context.Background()); err != nil {
		t.Fatal(err)
	}
	res, err := s.PostDigest(context.Background(), chanA, "", 0, ReasonManual)
	if err != nil || !res.Empty {
		t.Fatalf("post after resume = %+v, %v; want empty", res, err)
	}
	if n := e.countCreated(); n != 1 {
		t.Fatalf("%d messages, want exactly 1", n)
	}
}

// TestCrashBetweenSentAndRecorded: Discord created the message but the
// process died before recording it; the resumed send reuses the nonce and
// Discord (enforce_nonce) returns the first message instead of a second.
func TestCrashBetweenSentAndRecorded(t *testing.T) {
	e := newEnv(t, now0)
	e.lib.add(testDoc(1, now0.Add(-time.Hour), "Plan A", 2, 1))
	ctx, crash := context.WithCancel(context.Background())
	dying := senderFunc(func(_ context.Context, ch string, body []byte) (string, error) {
		if _, err := e.sender.SendMessage(context.Background(), ch, body); err != nil {
			return "", err
		}
		crash()
		return "", ctx.Err()
	})
	if _, err := e.service(Config{Sender: dying}).PostDigest(ctx, chanA, "", 0, ReasonScheduled); err == nil {
		t.Fatal("crashed post reported success")
	}
	e.restart()
	s := e.service(Config{})
	stop := runScheduler(t, s) // Run resumes pending posts first
	e.clock.waitForWaiter(t)
	stop()

	if n := e.countCreated(); n != 1 {
		t.Fatalf("%d messages created, want exactly 1", n)
	}
	calls := e.sender.calls
	if len(calls) != 2 || calls[0].Nonce == "" || calls[0].Nonce != calls[1].Nonce || !calls[1].EnforceNonce {
		t.Fatalf("sends = %+v; want the same nonce twice with enforce_nonce", calls)
	}
	if len(calls[0].Nonce) > 25 {
		t.Errorf("nonce %q longer than Discord's 25", calls[0].Nonce)
	}
	w, _, _ := e.st.Watermark(TrackDigest, chanA)
	if w.Covered != 1 || w.LastPostID == "" {
		t.Errorf("watermark after resume = %+v", w)
	}
}

func TestRetries(t *testing.T) {
	for _, c := range []struct {
		name   string
		script func(e *env)
		posts  int // requests the double sees
	}{
		{"429", func(e *env) { e.double.RateLimit("POST", "/channels/*/messages", 500*time.Millisecond, 2) }, 3},
		{"500", func(e *env) { e.double.Fail("POST", "/channels/*/messages", 500, 2) }, 3},
		{"502", func(e *env) { e.double.Fail("POST", "/channels/*/messages", 502, 1) }, 2},
		{"503", func(e *env) { e.double.Fail("POST", "/channels/*/messages", 503, 4) }, 5},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t, now0)
			e.clock.auto = true
			e.lib.add(testDoc(1, now0.Add(-time.Hour), "Plan A", 1, 0))
			c.script(e)
			s := e.service(Config{})
			if _, err := s.PostDigest(context.Background(), chanA, "", 0, ReasonManual); err != nil {
				t.Fatal(err)
			}
			if got := len(e.double.Matching("POST", "/channels/*/messages")); got != c.posts {
				t.Errorf("%d requests, want %d", got, c.posts)
			}
			if n := e.countCreated(); n != 1 {
				t.Errorf("%d messages, want 1", n)
			}
			if c.name == "429" && e.clock.slept < time.Second {
				t.Errorf("backed off %v in total, less than the 2×500ms Retry-After", e.clock.slept)
			}
		})
	}
}

// TestRetriesExhausted: Discord down for longer than the retry budget
// leaves the post pending; the next run finishes it under the same nonce.
func TestRetriesExhausted(t *testing.T) {
	e := newEnv(t, now0)
	e.clock.auto = true
	e.lib.add(testDoc(1, now0.Add(-time.Hour), "Plan A", 1, 0))
	e.double.Fail("POST", "/channels/*/messages", 500, 3)
	s := e.service(Config{Retry: RetryPolicy{MaxAttempts: 3}})
	if _, err := s.PostDigest(context.Background(), chanA, "", 0, ReasonManual); err == nil {
		t.Fatal("want an error after 3 failed attempts")
	}
	if p, _ := e.st.Pending(TrackDigest, chanA); p == nil || !strings.Contains(p.Error, "500") {
		t.Fatalf("pending after exhausted retries = %+v", p)
	}
	res, err := s.PostDigest(context.Background(), chanA, "", 0, ReasonManual)
	if err != nil || !res.Empty || res.Resumed == "" {
		t.Fatalf("second post = %+v, %v; want the first resumed and nothing new", res, err)
	}
	if n := e.countCreated(); n != 1 {
		t.Errorf("%d messages, want 1", n)
	}
}

// TestGoneChannel: 403 and 404 are not retried, are recorded, stop the
// schedule and show in /digest status.
func TestGoneChannel(t *testing.T) {
	for _, status := range []int{http.StatusForbidden, http.StatusNotFound} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			e := newEnv(t, now0)
			e.clock.auto = true
			e.lib.add(testDoc(1, now0.Add(-time.Hour), "Plan A", 1, 0))
			e.double.DenyChannel(chanA, status)
			s := e.service(Config{})
			if _, _, err := s.SetSchedule(chanA, guild, "daily 09:00", "UTC", "u1"); err != nil {
				t.Fatal(err)
			}
			_, err := s.PostDigest(context.Background(), chanA, "", 0, ReasonScheduled)
			var pe *PermanentError
			if !errors.As(err, &pe) || pe.Status != status {
				t.Fatalf("err = %v, want PermanentError %d", err, status)
			}
			if got := len(e.double.Matching("POST", "/channels/*/messages")); got != 1 {
				t.Errorf("%d requests, want 1 (no retry)", got)
			}
			if p, _ := e.st.Pending(TrackDigest, chanA); p != nil {
				t.Error("gone channel's post still pending")
			}
			sc, _ := e.st.Schedules()
			if len(sc) != 1 || sc[0].Disabled == "" {
				t.Fatalf("schedule not stopped: %+v", sc)
			}
			reply, err := s.Commands()[0].Handle(context.Background(), modReq("status", nil))
			if err != nil {
				t.Fatal(err)
			}
			body := reply.Entries[0].Body
			if !strings.Contains(body, "stopped") || !strings.Contains(body, "Last error") {
				t.Errorf("status does not report the failure:\n%s", body)
			}
		})
	}
}

// TestConcurrentManualAndScheduled: a manual /digest post racing the
// scheduled run for the same channel yields one message.
func TestConcurrentManualAndScheduled(t *testing.T) {
	e := newEnv(t, time.Date(2026, 11, 25, 8, 59, 0, 0, time.UTC))
	e.lib.add(testDoc(1, now0.Add(-4*time.Hour), "Plan A", 2, 2))
	entered := make(chan struct{})
	release := make(chan struct{})
	var once sync.Once
	gated := senderFunc(func(ctx context.Context, ch string, body []byte) (string, error) {
		once.Do(func() { close(entered); <-release })
		return e.sender.SendMessage(ctx, ch, body)
	})
	s := e.service(Config{Sender: gated})
	if _, _, err := s.SetSchedule(chanA, guild, "daily 09:00", "UTC", "u1"); err != nil {
		t.Fatal(err)
	}
	stop := runScheduler(t, s)
	e.clock.advanceTo(e.clock.waitForWaiter(t)) // 09:00: the scheduled run starts and blocks in send
	<-entered
	manual := make(chan Result, 1)
	go func() {
		r, err := s.Commands()[0].Handle(context.Background(), modReq("post", map[string]string{"channel": chanA}))
		if err != nil {
			t.Error(err)
		}
		if !strings.Contains(r.Text, "Nothing new") {
			t.Errorf("manual post reply = %q, want nothing new", r.Text)
		}
		manual <- Result{}
	}()
	close(release)
	<-manual
	e.clock.waitForWaiter(t)
	stop()
	if n := e.countCreated(); n != 1 {
		t.Fatalf("%d messages, want 1", n)
	}
}

func modReq(sub string, opts map[string]string) bot.Request {
	return bot.Request{Kind: bot.KindCommand, Name: "digest", Sub: sub, Options: opts, GuildID: guild,
		ChannelID: chanB, UserID: "1400000000000000001", Permissions: bot.PermManageServer}
}

func TestModeratorsOnly(t *testing.T) {
	e := newEnv(t, now0)
	e.lib.add(testDoc(1, now0.Add(-time.Hour), "Plan A", 1, 0))
	s := e.service(Config{})
	for _, c := range []struct {
		name string
		mod  func(*bot.Request)
	}{
		{"member", func(r *bot.Request) { r.Permissions = 0 }},
		{"dm", func(r *bot.Request) { r.GuildID = "" }},
	} {
		for _, cmd := range s.Commands() {
			for _, sub := range []string{"post", "schedule", "channel", "preview"} {
				req := modReq(sub, map[string]string{"channel": chanA, "when": "daily 09:00", "timezone": "UTC"})
				req.Name = cmd.Definition().Name
				c.mod(&req)
				_, err := cmd.Handle(context.Background(), req)
				var ue bot.UserError
				if !errors.As(err, &ue) {
					t.Errorf("%s /%s %s: err = %v, want a refusal", c.name, req.Name, sub, err)
				}
			}
		}
	}
	if n := len(e.double.Requests()); n != 0 {
		t.Errorf("%d requests reached Discord", n)
	}
	if sc, _ := e.st.Schedules(); len(sc) != 0 {
		t.Errorf("refused schedule was stored: %+v", sc)
	}
	if a, _ := e.st.AnnounceChannels(); len(a) != 0 {
		t.Errorf("refused announce was stored: %+v", a)
	}
	for _, cmd := range s.Commands() {
		def := cmd.Definition()
		if def.DefaultMemberPermissions == nil || *def.DefaultMemberPermissions != bot.PermManageServer {
			t.Errorf("/%s registered without default_member_permissions Manage Server", def.Name)
		}
		if def.Contexts == nil || len(*def.Contexts) != 1 {
			t.Errorf("/%s usable outside servers", def.Name)
		}
	}
}

func TestCommands(t *testing.T) {
	e := newEnv(t, now0)
	e.lib.add(testDoc(1, now0.Add(-time.Hour), "Plan A", 3, 2))
	s := e.service(Config{})
	digest := s.Commands()[0]
	ctx := context.Background()

	r, err := digest.Handle(ctx, modReq("preview", nil))
	if err != nil || !r.Ephemeral || len(r.Entries) != 5 || !strings.Contains(r.Footer, "1 message") {
		t.Fatalf("preview = %+v, %v", r, err)
	}
	if n := len(e.double.Requests()); n != 0 {
		t.Fatalf("preview sent %d requests", n)
	}
	_, err = digest.Handle(ctx, modReq("schedule", map[string]string{"channel": chanA, "when": "daily 9am", "timezone": "UTC"}))
	if err == nil || !strings.Contains(err.Error(), "daily 09:00") {
		t.Errorf("bad schedule error = %v", err)
	}
	r, err = digest.Handle(ctx, modReq("schedule", map[string]string{"channel": chanA, "when": "weekly mon 09:00", "timezone": "Europe/Kyiv"}))
	if err != nil || !strings.Contains(r.Text, "<t:") {
		t.Fatalf("schedule = %+v, %v", r, err)
	}
	r, err = digest.Handle(ctx, modReq("post", nil)) // defaults to the invoking channel
	if err != nil || !strings.Contains(r.Text, "Posted") {
		t.Fatalf("post = %+v, %v", r, err)
	}
	if got := e.double.Matching("POST", "/channels/"+chanB+"/messages"); len(got) != 1 {
		t.Fatalf("%d posts to the invoking channel", len(got))
	}
	r, err = digest.Handle(ctx, modReq("status", nil))
	if err != nil || len(r.Entries) != 2 {
		t.Fatalf("status = %+v, %v", r, err)
	}
	if _, err := digest.Handle(ctx, modReq("unschedule", map[string]string{"channel": chanA})); err != nil {
		t.Fatal(err)
	}
	if _, err := digest.Handle(ctx, modReq("unschedule", map[string]string{"channel": chanA})); err == nil {
		t.Error("second unschedule succeeded")
	}
}

// TestAnnounce: announce channels hear about each new source once, the
// backlog at /announce time is not announced, and off stops them.
func TestAnnounce(t *testing.T) {
	e := newEnv(t, now0)
	old := testDoc(1, now0.Add(-time.Hour), "Plan A", 1, 0)
	e.lib.add(old)
	s := e.service(Config{})
	ann := s.Commands()[1]
	req := modReq("channel", map[string]string{"channel": chanA})
	req.Name = "announce"
	if _, err := ann.Handle(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	fresh := testDoc(2, now0, "Plan A", 2, 1)
	e.lib.add(fresh)
	for range 2 { // the ingest path may report the same batch twice
		if err := s.Announce(context.Background(), []*corpus.Document{old, fresh}); err != nil {
			t.Fatal(err)
		}
	}
	posts := e.double.Matching("POST", "/channels/"+chanA+"/messages")
	if len(posts) != 1 {
		t.Fatalf("%d announcements, want 1", len(posts))
	}
	var m Message
	if err := posts[0].Decode(&m); err != nil {
		t.Fatal(err)
	}
	if m.Nonce == "" || !m.EnforceNonce || len(m.Embeds) != 1 || !strings.Contains(m.Embeds[0].Description, "Report 2") || strings.Contains(m.Embeds[0].Description, "Report 1") {
		t.Errorf("announcement = %+v", m.Embeds[0])
	}
	req.Sub = "off"
	if _, err := ann.Handle(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	if err := s.Announce(context.Background(), []*corpus.Document{testDoc(3, now0, "Plan A", 1, 0)}); err != nil {
		t.Fatal(err)
	}
	if n := len(e.double.Matching("POST", "/channels/*/messages")); n != 1 {
		t.Errorf("%d posts after /announce off", n)
	}
}

// TestAnnounceNewIsIdempotent: announcing the whole library again after a
// restart posts only what the channel has not heard of.
func TestAnnounceNewIsIdempotent(t *testing.T) {
	e := newEnv(t, now0)
	e.lib.add(testDoc(1, now0.Add(-time.Hour), "Plan A", 1, 0))
	if err := e.st.SetAnnounce(store.AnnounceChannel{ChannelID: chanA}); err != nil {
		t.Fatal(err)
	}
	s := e.service(Config{})
	if err := s.AnnounceNew(context.Background()); err != nil {
		t.Fatal(err)
	}
	e.restart()
	e.lib.add(testDoc(2, now0, "Plan A", 1, 0))
	s = e.service(Config{})
	e.lib.gets = 0
	for range 2 {
		if err := s.AnnounceNew(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if n := e.countCreated(); n != 2 {
		t.Errorf("%d announcements, want 2 (one per source)", n)
	}
	// Only the one document not announced yet was read, once.
	if e.lib.gets != 1 {
		t.Errorf("%d documents read, want 1", e.lib.gets)
	}
}
