package digest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"planbot/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// checkLimits fails the test for any Discord limit a message breaks.
func checkLimits(t *testing.T, name string, m Message) {
	t.Helper()
	if size(m.Content) > LimitContent {
		t.Errorf("%s: content %d > %d", name, size(m.Content), LimitContent)
	}
	if len(m.Embeds) > LimitEmbeds {
		t.Errorf("%s: %d embeds > %d", name, len(m.Embeds), LimitEmbeds)
	}
	if m.Content == "" && len(m.Embeds) == 0 {
		t.Errorf("%s: empty message", name)
	}
	if m.AllowedMentions == nil || len(m.AllowedMentions.Parse) != 0 {
		t.Errorf("%s: allowed_mentions must parse nothing, got %+v", name, m.AllowedMentions)
	}
	total := 0
	for i, e := range m.Embeds {
		total += embedSize(e)
		if size(e.Title) > LimitTitle {
			t.Errorf("%s embed %d: title %d > %d", name, i, size(e.Title), LimitTitle)
		}
		if size(e.Description) > LimitDescription {
			t.Errorf("%s embed %d: description %d > %d", name, i, size(e.Description), LimitDescription)
		}
		if len(e.Fields) > LimitFields {
			t.Errorf("%s embed %d: %d fields > %d", name, i, len(e.Fields), LimitFields)
		}
		for j, f := range e.Fields {
			if size(f.Name) > LimitFieldName || f.Name == "" {
				t.Errorf("%s embed %d field %d: name size %d", name, i, j, size(f.Name))
			}
			if size(f.Value) > LimitFieldValue || f.Value == "" {
				t.Errorf("%s embed %d field %d: value size %d", name, i, j, size(f.Value))
			}
		}
		if e.Footer != nil && size(e.Footer.Text) > LimitFooter {
			t.Errorf("%s embed %d: footer %d > %d", name, i, size(e.Footer.Text), LimitFooter)
		}
	}
	if total > LimitEmbedChars {
		t.Errorf("%s: %d embed characters > %d", name, total, LimitEmbedChars)
	}
}

func golden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -update and review the diff", path)
	}
}

var day = time.Date(2026, 11, 24, 8, 0, 0, 0, time.UTC)

func TestRenderGolden(t *testing.T) {
	earlier := testDoc(1, day.Add(-48*time.Hour), "US 28-point draft", 3, 0)
	changed := testDoc(2, day.Add(time.Hour), "US 28-point draft", 3, 2)
	changed.Provisions[0].Text = "Point 1, revised: monitoring passes to a mission chosen jointly."
	// Point 2 repeats report 1's text word for word: restated, not new.
	changed.Provisions[1].Text = earlier.Provisions[1].Text
	tricky := testDoc(3, day.Add(2*time.Hour), "Geneva framework", 1, 1)
	tricky.Source.Title = "Talks *resume* [again] @everyone"
	tricky.Source.URL = "https://news.example.org/a_(b)"
	tricky.Statements[0].Text = "Ping @here and `code` — “quotes” stay."

	busy := []*corpus.Document{}
	for i := 0; i < 40; i++ {
		busy = append(busy, testDoc(10+i, day.Add(time.Duration(i)*time.Minute), []string{"US 28-point draft", "European counter-proposal", "Geneva framework"}[i%3], 8, 4))
	}
	cases := []struct {
		name     string
		all      []*corpus.Document
		fresh    []*corpus.Document
		maxParts int
		parts    int // expected message count
	}{
		{"small", []*corpus.Document{earlier, changed, tricky}, []*corpus.Document{changed, tricky}, 0, 1},
		{"empty", []*corpus.Document{earlier}, nil, 0, 1},
		{"busy", busy, busy, 0, 5},
		{"busy_two_parts", busy, busy, 2, 2},
		{"busy_many_parts", busy, busy, 100, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Compose(c.all, c.fresh, day.Add(-24*time.Hour), day.Add(24*time.Hour))
			msgs := Render(d, RenderOptions{MaxParts: c.maxParts})
			for i, m := range msgs {
				checkLimits(t, c.name+"#"+string(rune('0'+i)), m)
			}
			if c.parts > 0 && len(msgs) != c.parts {
				t.Errorf("%d messages, want %d", len(msgs), c.parts)
			}
			if c.name == "busy_many_parts" {
				// Nothing dropped: every item of the day is in some field.
				np, ns := d.Counts()
				fields := 0
				for _, m := range msgs {
					for _, e := range m.Embeds {
						fields += len(e.Fields)
						if e.Title == "More not shown" {
							t.Errorf("notice with room to spare")
						}
					}
				}
				if fields != np+ns {
					t.Errorf("%d fields for %d items", fields, np+ns)
				}
				return
			}
			if strings.HasPrefix(c.name, "busy") {
				last := msgs[len(msgs)-1].Embeds
				if notice := last[len(last)-1]; notice.Title != "More not shown" || !strings.Contains(notice.Description, "more") {
					t.Errorf("last embed of a truncated digest is %q, want the notice", notice.Title)
				}
			}
			golden(t, "render_"+c.name+".json", msgs)
		})
	}
}

func TestComposeChangedAndRestated(t *testing.T) {
	a := testDoc(1, day, "Plan A", 2, 0)
	b := testDoc(2, day.Add(time.Hour), "plan a", 3, 0) // same plan, other case
	b.Provisions[0].Text = "Different wording of point 1."
	b.Provisions[1].Text = a.Provisions[1].Text
	d := Compose([]*corpus.Document{a, b}, []*corpus.Document{b}, day, day)
	if d.Restated != 1 {
		t.Errorf("restated = %d, want 1", d.Restated)
	}
	if len(d.Plans) != 1 || len(d.Plans[0].Provisions) != 2 {
		t.Fatalf("plans = %+v", d.Plans)
	}
	p := d.Plans[0].Provisions
	if !p[0].Changed || p[0].Number != 1 || p[1].Changed || p[1].Number != 3 {
		t.Errorf("provisions = %+v", p)
	}
}

func TestTruncate(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four five", 12, "one two…"},
		{"🙂🙂🙂🙂", 5, "🙂🙂…"},
		{"abc", 1, ""},
	} {
		if got := truncate(c.in, c.n); got != c.want || size(got) > c.n {
			t.Errorf("truncate(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

// Sources are listed by publication date whatever order they were added in,
// and a reprint that restates every point with no statement is left out of
// the list (but still covered, so it is not offered again).
func TestComposeSourceOrderAndNothingNew(t *testing.T) {
	base := testDoc(1, day.Add(-72*time.Hour), "Plan A", 2, 0)
	late := testDoc(2, day, "Plan A", 0, 1)
	late.Source.Published = "2026-11-23"
	early := testDoc(3, day.Add(time.Hour), "Plan B", 1, 0)
	early.Source.Published = "2026-11-20"
	undated := testDoc(4, day.Add(2*time.Hour), "Plan C", 1, 0)
	undated.Source.Published = ""
	reprint := testDoc(5, day.Add(3*time.Hour), "Plan A", 2, 0)
	for i := range reprint.Provisions {
		reprint.Provisions[i].Text = base.Provisions[i].Text
	}
	report := testDoc(6, day.Add(4*time.Hour), "", 0, 0) // passages only
	report.Source.Published = "2026-11-21"
	report.Passages = []corpus.Passage{{ID: "src006-g0", SourceID: "src006", Text: "A paragraph of background."}}
	empty := testDoc(7, day.Add(5*time.Hour), "", 0, 0)

	fresh := []*corpus.Document{late, early, undated, reprint, report, empty}
	d := Compose(append([]*corpus.Document{base}, fresh...), fresh, day.Add(-time.Hour), day.Add(24*time.Hour))
	var got []string
	for _, s := range d.Sources {
		got = append(got, s.ID)
	}
	if want := "src003 src006 src002 src004"; strings.Join(got, " ") != want {
		t.Errorf("sources %q, want %q", strings.Join(got, " "), want)
	}
	if want := "src005 src007"; strings.Join(d.Unchanged, " ") != want {
		t.Errorf("unchanged %q, want %q", d.Unchanged, want)
	}
	if ids := d.SourceIDs(); len(ids) != 6 {
		t.Errorf("covered %q, want all six", ids)
	}
	text := FormatText(Render(d, RenderOptions{}))
	if strings.Contains(text, "Report 5 ") || strings.Contains(text, "Report 7 ") || !strings.Contains(text, "4 sources") {
		t.Errorf("digest lists a source with nothing new or miscounts:\n%s", text)
	}
}
