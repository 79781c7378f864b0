package digest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"planbot/bot/store"
	"planbot/corpus"
)

// recorder is a Sender that keeps what each channel was sent.
type recorder struct {
	mu   sync.Mutex
	sent map[string]string // channel -> bodies, concatenated
	n    int
}

func (r *recorder) SendMessage(_ context.Context, ch string, body []byte) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.sent == nil {
		r.sent = map[string]string{}
	}
	r.sent[ch] += string(body) + "\n"
	r.n++
	return fmt.Sprintf("9%018d", r.n), nil
}

func (r *recorder) of(ch string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sent[ch]
}

// TestDigestPerServer checks that digests (previewed, posted, scheduled)
// and announcements for a channel of one server draw on the global
// documents and that server's own, never another server's.
func TestDigestPerServer(t *testing.T) {
	const guildA, guildB = "1300000000000000001", "1300000000000000002"
	e := newEnv(t, now0)
	owned := func(n int, guild, plan string) *corpus.Document {
		d := testDoc(n, now0.Add(-time.Hour), plan, 2, 1)
		d.Source.Guild = guild
		return d
	}
	global, docA, docB := owned(1, "", "Global plan"), owned(2, guildA, "Alpha-only plan"), owned(3, guildB, "Beta-only plan")
	e.lib.add(global, docA, docB)
	rec := &recorder{}
	s := e.service(Config{Sender: rec})

	sees := []struct {
		guild string
		want  []*corpus.Document
		not   []*corpus.Document
	}{
		{"", []*corpus.Document{global}, []*corpus.Document{docA, docB}},
		{guildA, []*corpus.Document{global, docA}, []*corpus.Document{docB}},
		{guildB, []*corpus.Document{global, docB}, []*corpus.Document{docA}},
	}
	for _, c := range sees {
		d, err := s.Compose("", c.guild, 0)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, id := range d.SourceIDs() {
			got[id] = true
		}
		for _, w := range c.want {
			if !got[w.Source.ID] {
				t.Errorf("guild %q: digest lacks %s (%s)", c.guild, w.Source.ID, w.Source.Guild)
			}
		}
		for _, n := range c.not {
			if got[n.Source.ID] {
				t.Errorf("guild %q: digest holds %s of server %s", c.guild, n.Source.ID, n.Source.Guild)
			}
		}
	}

	// Posted: chanA is in server A, posted by hand; chanB in server B, on schedule.
	ctx := context.Background()
	if _, err := s.PostDigest(ctx, chanA, guildA, 0, ReasonManual); err != nil {
		t.Fatal(err)
	}
	sc, _, err := s.SetSchedule(chanB, guildB, "daily 09:00", "UTC", "u")
	if err != nil {
		t.Fatal(err)
	}
	s.fire(ctx, sc, now0, now0)
	// Announcements: one channel per server.
	const annA, annB = "1200000000000000011", "1200000000000000012"
	for ch, g := range map[string]string{annA: guildA, annB: guildB} {
		if err := e.st.SetAnnounce(store.AnnounceChannel{ChannelID: ch, GuildID: g, SetBy: "u", SetAt: now0}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.AnnounceNew(ctx); err != nil {
		t.Fatal(err)
	}
	posts := []struct {
		what, channel string
		want, not     *corpus.Document
	}{
		{"manual digest", chanA, docA, docB},
		{"scheduled digest", chanB, docB, docA},
		{"announcement", annA, docA, docB},
		{"announcement", annB, docB, docA},
	}
	for _, p := range posts {
		body := rec.of(p.channel)
		if !strings.Contains(body, p.want.Source.Title) || !strings.Contains(body, global.Source.Title) {
			t.Errorf("%s in %s lacks %q or the global %q:\n%s", p.what, p.channel, p.want.Source.Title, global.Source.Title, body)
		}
		if strings.Contains(body, p.not.Source.Title) {
			t.Errorf("%s in %s shows %q of server %s", p.what, p.channel, p.not.Source.Title, p.not.Source.Guild)
		}
	}
}
