package corpus

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestParseMarkup: a page saved from a browser and a feed copied out of a
// reader (HTML, RSS with CDATA and with escaped HTML, Atom with escaped
// HTML) are read as the text they hold, with the page's or feed's metadata
// where the document gives none, and no markup left in any passage.
func TestParseMarkup(t *testing.T) {
	tests := []struct {
		file                     string
		title, outlet, lang, pub string
		speakers                 []string
		provision                string // "plan number"
	}{
		{"atom-en.txt", "Lakeside Courier – Europe", "Lakeside Courier – Europe", "en", "2025-12-16",
			[]string{"Volodymyr Zelensky", "Dmitry Peskov"}, "US 28-point draft 7"},
		{"rss-fr.xml", "Le Veilleur du Rhône — International", "Le Veilleur du Rhône — International", "fr", "2026-01-06",
			[]string{"Emmanuel Macron", "Keir Starmer"}, "US 28-point draft 6"},
		{"page-de.txt", "Gipfel in Paris: Zusagen für die Ukraine", "Mainufer Bote", "de", "2026-01-07",
			[]string{"Friedrich Merz", "Emmanuel Macron"}, "20-point framework 5"},
		// The document's own front matter wins; the page fills the rest.
		{"page-de-frontmatter.md", "Eigener Titel", "Mainufer Bote", "de", "2026-01-07",
			[]string{"Friedrich Merz"}, "20-point framework 5"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "markup", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(data, ParseOptions{Name: tt.file})
			if err != nil {
				t.Fatal(err)
			}
			s := d.Source
			if s.Title != tt.title || s.Outlet != tt.outlet || s.Lang != tt.lang || s.Published != tt.pub {
				t.Errorf("source %q / %q / %q / %q, want %q / %q / %q / %q",
					s.Title, s.Outlet, s.Lang, s.Published, tt.title, tt.outlet, tt.lang, tt.pub)
			}
			said := map[string]bool{}
			for _, st := range d.Statements {
				said[st.Speaker] = true
			}
			for _, sp := range tt.speakers {
				if !said[sp] {
					t.Errorf("no statement of %s; speakers %v", sp, said)
				}
			}
			found := false
			for _, p := range d.Provisions {
				if p.Plan+" "+strconv.Itoa(p.Number) == tt.provision {
					found = true
				}
			}
			if !found {
				t.Errorf("no provision %s in %d provisions", tt.provision, len(d.Provisions))
			}
			for _, p := range d.Passages {
				if strings.ContainsAny(p.Text, "<>") || strings.Contains(p.Text, "&lt;") || strings.Contains(p.Text, "&amp;") {
					t.Errorf("markup left in passage %q", p.Text)
				}
			}
		})
	}
}
