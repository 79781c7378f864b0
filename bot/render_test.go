package bot

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// words returns text of exactly n characters made of words, so truncation
// has word boundaries to find.
func words(n int) string {
	s := strings.Repeat("lorem ipsum dolor sit amet ", n/27+1)
	return s[:n]
}

func entries(n, bodyLen int) []Entry {
	out := make([]Entry, n)
	for i := range out {
		out[i] = Entry{Heading: fmt.Sprintf("Entry %d", i+1), Body: words(bodyLen), Citation: "A title, An outlet, 2025-11-23", URL: "https://example.org/a"}
	}
	return out
}

func TestRenderLimits(t *testing.T) {
	tests := []struct {
		name  string
		reply Reply
		check func(t *testing.T, d *discordgo.InteractionResponseData)
	}{
		{"content_at_2000", Reply{Text: words(2000)}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if Len(d.Content) != 2000 || strings.HasSuffix(d.Content, ellipsis) {
				t.Errorf("content %d chars, cut=%v", Len(d.Content), strings.HasSuffix(d.Content, ellipsis))
			}
		}},
		{"content_over_2000", Reply{Text: words(2001)}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if Len(d.Content) > 2000 || !strings.HasSuffix(d.Content, ellipsis) {
				t.Errorf("content %d chars", Len(d.Content))
			}
		}},
		{"title_at_256", Reply{Title: words(256)}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if Len(d.Embeds[0].Title) != 256 {
				t.Errorf("title %d", Len(d.Embeds[0].Title))
			}
		}},
		{"title_over_256", Reply{Title: words(257)}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if Len(d.Embeds[0].Title) > 256 || !strings.HasSuffix(d.Embeds[0].Title, ellipsis) {
				t.Errorf("title %d", Len(d.Embeds[0].Title))
			}
		}},
		{"description_at_4096", Reply{Title: "t", Text: words(4096)}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if Len(d.Embeds[0].Description) != 4096 {
				t.Errorf("description %d", Len(d.Embeds[0].Description))
			}
		}},
		{"description_over_4096", Reply{Title: "t", Text: words(5000)}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if n := Len(d.Embeds[0].Description); n > 4096 || n < 4000 {
				t.Errorf("description %d", n)
			}
		}},
		{"fields_at_25", Reply{Title: "t", Entries: entries(25, 20)}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if len(d.Embeds[0].Fields) != 25 {
				t.Errorf("%d fields", len(d.Embeds[0].Fields))
			}
		}},
		{"fields_over_25", Reply{Title: "t", Entries: entries(26, 20)}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if len(d.Embeds[0].Fields) != 25 {
				t.Errorf("%d fields", len(d.Embeds[0].Fields))
			}
		}},
		{"field_name_over_256", Reply{Title: "t", Entries: []Entry{{Heading: words(300), Body: "b"}}}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if n := Len(d.Embeds[0].Fields[0].Name); n > 256 || n < 200 {
				t.Errorf("name %d", n)
			}
		}},
		{"field_value_at_1024", Reply{Title: "t", Entries: []Entry{{Heading: "h", Body: words(1024)}}}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if n := Len(d.Embeds[0].Fields[0].Value); n != 1024 {
				t.Errorf("value %d", n)
			}
		}},
		{"field_value_over_1024_keeps_citation", Reply{Title: "t", Entries: []Entry{{Heading: "h", Body: words(3000), Citation: "Cited title, Outlet, 2025-11-23", URL: "https://example.org/x"}}}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			v := d.Embeds[0].Fields[0].Value
			if Len(v) > 1024 || !strings.HasSuffix(v, "— Cited title, Outlet, 2025-11-23 · [link](https://example.org/x)") {
				t.Errorf("value %d: ...%s", Len(v), v[len(v)-80:])
			}
		}},
		{"footer_over_2048", Reply{Title: "t", Footer: words(3000)}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if n := Len(d.Embeds[0].Footer.Text); n > 2048 || n < 2000 {
				t.Errorf("footer %d", n)
			}
		}},
		{"total_over_6000", Reply{Title: words(256), Text: words(4096), Footer: words(2048), Entries: entries(25, 1024)}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			e := d.Embeds[0]
			if n := embedLen(e); n > 6000 || n < 5500 {
				t.Errorf("total %d", n)
			}
			if len(e.Fields) != 25 {
				t.Errorf("%d fields, want all 25 shortened", len(e.Fields))
			}
			for _, f := range e.Fields {
				if !strings.Contains(f.Value, "— ") {
					t.Errorf("field lost its citation: %q", f.Value)
				}
			}
		}},
		{"total_short_entries_kept_whole", Reply{Title: "t", Entries: append(entries(1, 20), entries(8, 1000)...)}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if f := d.Embeds[0].Fields[0]; strings.Contains(f.Value, ellipsis) {
				t.Errorf("short entry was cut: %q", f.Value)
			}
		}},
		{"bold_not_left_open", Reply{Text: strings.Repeat("x", 1990) + " **bold words here**"}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if strings.Count(d.Content, "**")%2 != 0 {
				t.Errorf("unbalanced bold: %q", d.Content[len(d.Content)-30:])
			}
		}},
		{"custom_id_over_100", Reply{Title: "t", Pager: &Pager{NextID: "search/page/2/" + strings.Repeat("x", 90)}}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if b := d.Components[0].(discordgo.ActionsRow).Components[1].(discordgo.Button); !b.Disabled || len(b.CustomID) > 100 {
				t.Errorf("button %+v", b)
			}
		}},
		{"multibyte_counted_in_utf16", Reply{Text: strings.Repeat("😀", 1500)}, func(t *testing.T, d *discordgo.InteractionResponseData) {
			if Len(d.Content) > 2000 || !strings.HasSuffix(d.Content, ellipsis) {
				t.Errorf("content %d", Len(d.Content))
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := Render(KindCommand, tt.reply)
			if err := CheckLimits(resp); err != nil {
				t.Fatal(err)
			}
			tt.check(t, resp.Data)
			golden(t, "render_"+tt.name, resp)
		})
	}
}

func TestRenderChoices(t *testing.T) {
	var cs []Choice
	for i := range 30 {
		cs = append(cs, Choice{Name: fmt.Sprintf("choice %d %s", i, strings.Repeat("n", 120)), Value: fmt.Sprintf("v%d", i)})
	}
	cs = append([]Choice{{Name: "too long value", Value: strings.Repeat("v", 101)}, {Name: "dup", Value: "v1"}}, cs...)
	resp := Render(KindAutocomplete, Reply{Choices: cs})
	if err := CheckLimits(resp); err != nil {
		t.Fatal(err)
	}
	if n := len(resp.Data.Choices); n != 25 {
		t.Fatalf("%d choices", n)
	}
	if v := resp.Data.Choices[0].Value; v != "v1" {
		t.Fatalf("first choice %v: the over-long value must be dropped, not cut", v)
	}
	golden(t, "render_choices_over_25", resp)
}

func TestRenderAlwaysBlocksMentions(t *testing.T) {
	for _, r := range []Reply{{Text: "@everyone"}, {Title: "<@&1> @here", Entries: entries(1, 5)}, {Ephemeral: true}} {
		for _, k := range []RequestKind{KindCommand, KindComponent} {
			resp := Render(k, r)
			am := resp.Data.AllowedMentions
			if am == nil || am.Parse == nil || len(am.Parse) != 0 || len(am.Roles) != 0 || len(am.Users) != 0 {
				t.Fatalf("allowed_mentions = %+v", am)
			}
		}
	}
	if m := RenderMessage(Reply{Text: "@everyone"}); m.AllowedMentions == nil || m.AllowedMentions.Parse == nil {
		t.Fatal("RenderMessage without allowed_mentions")
	}
}

// TestRenderNeverExceedsLimits renders random replies of every size and
// checks each one against every limit.
func TestRenderNeverExceedsLimits(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(max int) string {
		n := rng.IntN(max + 1)
		alphabet := []string{"a", "b ", "**", "é", "😀", "\n", "—", " ", "word "}
		var b strings.Builder
		for l := 0; l < n; {
			a := alphabet[rng.IntN(len(alphabet))]
			b.WriteString(a)
			l += Len(a)
		}
		return b.String()
	}
	for i := range 500 {
		r := Reply{Title: pick(300), Text: pick(5000), Footer: pick(2500), Ephemeral: i%2 == 0}
		if i%5 == 0 {
			r.Title = ""
		}
		for range rng.IntN(30) {
			r.Entries = append(r.Entries, Entry{Heading: pick(300), Body: pick(1500), Citation: pick(200), URL: "https://example.org/" + pick(50)})
		}
		for range rng.IntN(30) {
			r.Choices = append(r.Choices, Choice{Name: pick(120), Value: pick(110)})
		}
		for _, k := range []RequestKind{KindCommand, KindAutocomplete, KindComponent} {
			if err := CheckLimits(Render(k, r)); err != nil {
				t.Fatalf("case %d kind %d: %v", i, k, err)
			}
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"hello world again", 12, "hello world…"},
		{"abcdefghij", 5, "abcd…"},
		{"a **bold** b **open bold**", 20, "a **bold** b…"},
		{"😀😀😀", 4, "😀…"},
		{"x", 0, ""},
	}
	for _, tt := range tests {
		if got := Truncate(tt.in, tt.n); got != tt.want || Len(got) > tt.n {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
