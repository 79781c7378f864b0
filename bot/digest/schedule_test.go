package digest

import (
	"context"
	"strings"
	"testing"
	"time"

	"planbot/bot/store"
)

func TestParseWhen(t *testing.T) {
	for _, c := range []struct {
		when, zone string
		cron       string // want, "" for an error
		errHas     []string
	}{
		{"daily 09:00", "Europe/Berlin", "0 9 * * *", nil},
		{"Daily 18:30", "UTC", "30 18 * * *", nil},
		{"weekly mon 09:00", "America/New_York", "0 9 * * 1", nil},
		{"weekly Sunday 7:05", "Asia/Tokyo", "5 7 * * 0", nil},
		{"0 9 * * 1-5", "Europe/Kyiv", "0 9 * * 1-5", nil},
		{"@daily", "UTC", "@daily", nil},
		{"daily 25:00", "UTC", "", []string{`"25:00" is not a time of day`, "daily 09:00"}},
		{"weekly funday 09:00", "UTC", "", []string{`"funday" is not a day`, "weekly mon 09:00"}},
		{"0 9 * *", "UTC", "", []string{"five fields", "this one has 4"}},
		{"61 9 * * *", "UTC", "", []string{"invalid schedule", "0 9 * * 1-5"}},
		{"CRON_TZ=UTC 0 9 * * *", "UTC", "", []string{"timezone option"}},
		{"daily 09:00", "Europe/Berln", "", []string{`unknown time zone "Europe/Berln"`, "Europe/Berlin"}},
		{"daily 09:00", "", "", []string{"time zone is required"}},
	} {
		w, err := ParseWhen(c.when, c.zone)
		if c.cron != "" {
			if err != nil || w.Cron != c.cron {
				t.Errorf("ParseWhen(%q, %q) = %q, %v; want %q", c.when, c.zone, w.Cron, err, c.cron)
			}
			continue
		}
		if err == nil {
			t.Errorf("ParseWhen(%q, %q) accepted", c.when, c.zone)
			continue
		}
		for _, h := range c.errHas {
			if !strings.Contains(err.Error(), h) {
				t.Errorf("ParseWhen(%q, %q) error %q lacks %q", c.when, c.zone, err, h)
			}
		}
	}
}

func TestParseSince(t *testing.T) {
	for in, want := range map[string]time.Duration{"": 0, "24h": 24 * time.Hour, "90m": 90 * time.Minute, "3d": 72 * time.Hour, "2w": 336 * time.Hour} {
		if got, err := ParseSince(in); err != nil || got != want {
			t.Errorf("ParseSince(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"yesterday", "-3h", "0d", "1.5d"} {
		if _, err := ParseSince(in); err == nil {
			t.Errorf("ParseSince(%q) accepted", in)
		}
	}
}

// runScheduler starts s.Run and returns a stop function that waits for it.
func runScheduler(t *testing.T, s *Service) func() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	return func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	}
}

// postTimes lists, in UTC, the clock times at which the double got posts.
type timedSender struct {
	inner Sender
	clock Clock
	times chan time.Time
}

func (s timedSender) SendMessage(ctx context.Context, ch string, body []byte) (string, error) {
	id, err := s.inner.SendMessage(ctx, ch, body)
	if err == nil {
		s.times <- s.clock.Now().UTC()
	}
	return id, err
}

// TestScheduleAcrossDST: "daily 09:00" in Berlin and New York fires at 09:00
// local on both sides of each zone's autumn change (Europe 25 Oct 2026,
// US 1 Nov 2026), which is a different UTC hour before and after.
func TestScheduleAcrossDST(t *testing.T) {
	for _, c := range []struct {
		zone  string
		start time.Time
		want  []string
	}{
		{"Europe/Berlin", time.Date(2026, 10, 23, 12, 0, 0, 0, time.UTC), []string{
			"2026-10-24T07:00:00Z", "2026-10-25T08:00:00Z", "2026-10-26T08:00:00Z"}},
		{"America/New_York", time.Date(2026, 10, 30, 18, 0, 0, 0, time.UTC), []string{
			"2026-10-31T13:00:00Z", "2026-11-01T14:00:00Z", "2026-11-02T14:00:00Z"}},
	} {
		t.Run(c.zone, func(t *testing.T) {
			e := newEnv(t, c.start)
			times := make(chan time.Time, 10)
			s := e.service(Config{PostEmpty: true, Sender: timedSender{inner: e.sender, clock: e.clock, times: times}})
			if _, _, err := s.SetSchedule(chanA, guild, "daily 09:00", c.zone, "u1"); err != nil {
				t.Fatal(err)
			}
			stop := runScheduler(t, s)
			defer stop()
			for i, want := range c.want {
				// Step the clock to each deadline the scheduler waits for
				// (it wakes at least hourly) until the post arrives.
				var got time.Time
				for got.IsZero() {
					e.clock.advanceTo(e.clock.waitForWaiter(t))
					select {
					case got = <-times:
					default:
						e.clock.waitForWaiter(t) // let that tick finish before checking again
						select {
						case got = <-times:
						default:
						}
					}
				}
				if got.Format(time.RFC3339) != want {
					t.Errorf("run %d at %s, want %s", i, got.Format(time.RFC3339), want)
				}
			}
		})
	}
}

// TestMissedRunMadeUpOnce: after three days down, one digest covers
// everything since the watermark, then the schedule continues as normal.
func TestMissedRunMadeUpOnce(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	e := newEnv(t, now)
	e.lib.add(testDoc(1, now.Add(-70*time.Hour), "Plan A", 1, 0), testDoc(2, now.Add(-30*time.Hour), "Plan A", 1, 0))
	err := e.st.PutSchedule(store.Schedule{ChannelID: chanA, When: "daily 09:00", Cron: "0 9 * * *", Zone: "UTC",
		CreatedAt: now.Add(-80 * time.Hour), LastFire: now.Add(-75 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	// The channel's floor predates both sources, as it would had it been
	// posting before the downtime.
	if _, err := e.st.EnsureFloor(TrackDigest, chanA, now.Add(-76*time.Hour)); err != nil {
		t.Fatal(err)
	}
	s := e.service(Config{})
	stop := runScheduler(t, s)
	next := e.clock.waitForWaiter(t)
	stop()
	if n := e.countCreated(); n != 1 {
		t.Fatalf("%d messages after downtime, want 1", n)
	}
	w, _, _ := e.st.Watermark(TrackDigest, chanA)
	if w.Covered != 2 {
		t.Errorf("covered %d sources, want 2", w.Covered)
	}
	if want := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC); next.After(want) {
		t.Errorf("next wake %v is after the next run %v", next, want)
	}
}

// TestOutageDuringScheduledRun: Discord answers 500 for longer than one
// run's retry budget; Run keeps the post and finishes it later, once.
func TestOutageDuringScheduledRun(t *testing.T) {
	e := newEnv(t, time.Date(2026, 11, 25, 8, 59, 0, 0, time.UTC))
	e.lib.add(testDoc(1, time.Date(2026, 11, 25, 6, 0, 0, 0, time.UTC), "Plan A", 1, 1))
	e.double.Fail("POST", "/channels/*/messages", 500, 6)
	s := e.service(Config{Retry: RetryPolicy{MaxAttempts: 3}})
	if _, _, err := s.SetSchedule(chanA, guild, "daily 09:00", "UTC", "u1"); err != nil {
		t.Fatal(err)
	}
	stop := runScheduler(t, s)
	for i := 0; e.countCreated() == 0; i++ {
		if i == 100 {
			t.Fatal("the post never went through")
		}
		e.clock.advanceTo(e.clock.waitForWaiter(t))
		e.clock.waitForWaiter(t)
	}
	stop()
	if got := len(e.double.Matching("POST", "/channels/*/messages")); got != 7 {
		t.Errorf("%d requests, want 7 (6 failures, 1 success)", got)
	}
	if n := e.countCreated(); n != 1 {
		t.Errorf("%d messages, want 1", n)
	}
	if late := e.clock.Now().Sub(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)); late > 15*time.Minute {
		t.Errorf("finished %v after the scheduled time, want within two retry periods", late)
	}
}

func TestDefaultZone(t *testing.T) {
	e := newEnv(t, now0)
	if _, _, err := e.service(Config{}).SetSchedule(chanA, guild, "daily 09:00", "", "u1"); err == nil || !strings.Contains(err.Error(), "time zone is required") {
		t.Errorf("no zone, no default: err = %v", err)
	}
	sc, next, err := e.service(Config{DefaultZone: "Asia/Tokyo"}).SetSchedule(chanA, guild, "daily 09:00", "", "u1")
	if err != nil || sc.Zone != "Asia/Tokyo" || next.UTC().Hour() != 0 {
		t.Errorf("default zone: %+v next %v err %v", sc, next.UTC(), err)
	}
}

// TestScheduledEmpty: a scheduled run with nothing new posts nothing, or a
// short "no updates" message with PostEmpty.
func TestScheduledEmpty(t *testing.T) {
	for _, postEmpty := range []bool{false, true} {
		e := newEnv(t, now0)
		s := e.service(Config{PostEmpty: postEmpty})
		res, err := s.PostDigest(context.Background(), chanA, "", 0, ReasonScheduled)
		if err != nil || res.Empty == postEmpty {
			t.Fatalf("PostEmpty=%v: %+v, %v", postEmpty, res, err)
		}
		want := 0
		if postEmpty {
			want = 1
		}
		if n := e.countCreated(); n != want {
			t.Errorf("PostEmpty=%v: %d messages, want %d", postEmpty, n, want)
		}
		// A manual post never sends "no updates": the moderator is told instead.
		if res, _ := s.PostDigest(context.Background(), chanA, "", 0, ReasonManual); !res.Empty {
			t.Errorf("manual empty post sent something: %+v", res)
		}
	}
}

// TestCrashMidMultipart: a digest of several messages interrupted after the
// first is finished with the rest only.
func TestCrashMidMultipart(t *testing.T) {
	e := newEnv(t, now0)
	for i := range 30 {
		e.lib.add(testDoc(i, now0.Add(-time.Duration(i+1)*time.Minute), "Plan A", 8, 4))
	}
	ctx, crash := context.WithCancel(context.Background())
	sent := 0
	dying := senderFunc(func(c context.Context, ch string, body []byte) (string, error) {
		if sent == 1 {
			crash()
			return "", ctx.Err()
		}
		sent++
		return e.sender.SendMessage(c, ch, body)
	})
	if _, err := e.service(Config{Sender: dying}).PostDigest(ctx, chanA, "", 0, ReasonManual); err == nil {
		t.Fatal("crashed post reported success")
	}
	e.restart()
	if err := e.service(Config{}).ResumePending(context.Background()); err != nil {
		t.Fatal(err)
	}
	p, _ := e.st.Posts(1)
	if len(p) != 1 || p[0].State != store.PostSent || len(p[0].Parts) < 3 {
		t.Fatalf("post = %+v", p)
	}
	if n := e.countCreated(); n != len(p[0].Parts) {
		t.Errorf("%d messages for a %d-part digest", n, len(p[0].Parts))
	}
}
