package corpus

import (
	"testing"
	"time"
)

// TestStoreGuildCollections checks that a server's own documents stay its
// own: the same text in two servers is two documents, a server's new
// version never replaces another server's or the global one, and the
// server survives a reopen of the store.
func TestStoreGuildCollections(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	now := clock(time.Date(2025, 11, 24, 8, 0, 0, 0, time.UTC))
	text := "---\nurl: https://example.org/a\n---\nPeskov said nothing was agreed yet.\n"
	newer := "---\nurl: https://example.org/a\n---\nPeskov said the talks would go on.\n"

	global, err := s.Put([]byte(text), ParseOptions{Name: "a.md", Now: now})
	if err != nil || !global.Added {
		t.Fatalf("global Put = %+v, %v", global, err)
	}
	// the same text in a server is already visible there: skipped
	if r, err := s.Put([]byte(text), ParseOptions{Name: "a.md", Now: now, Guild: "111"}); err != nil || r.Added || r.Doc.Source.ID != global.Doc.Source.ID {
		t.Fatalf("server copy of a global text = %+v, %v; want the global one, skipped", r, err)
	}
	// a new version in server 111 is that server's own and replaces nothing global
	a, err := s.Put([]byte(newer), ParseOptions{Name: "a.md", Now: now, Guild: "111"})
	if err != nil || !a.Added || len(a.Replaced) != 0 || a.Doc.Source.Guild != "111" {
		t.Fatalf("server 111 Put = %+v, %v; want added, nothing replaced", a, err)
	}
	// server 222 adding the same text gets its own copy: 111's is not "a duplicate"
	b, err := s.Put([]byte(newer), ParseOptions{Name: "a.md", Now: now, Guild: "222"})
	if err != nil || !b.Added || b.Doc.Source.ID == a.Doc.Source.ID || b.Doc.Source.Guild != "222" {
		t.Fatalf("server 222 Put = %+v, %v; want its own document", b, err)
	}
	if a.Doc.Source.Hash != b.Doc.Source.Hash {
		t.Fatal("the same text should keep the same content hash in every server")
	}
	for _, c := range []struct {
		guild string
		ids   map[string]bool
	}{
		{"", map[string]bool{global.Doc.Source.ID: true}},
		{"111", map[string]bool{global.Doc.Source.ID: true, a.Doc.Source.ID: true}},
		{"222", map[string]bool{global.Doc.Source.ID: true, b.Doc.Source.ID: true}},
	} {
		got := map[string]bool{}
		for _, src := range s.Sources() {
			if src.VisibleIn(c.guild) && src.Guild+src.ID != "" && !isSeed(src.ID) {
				got[src.ID] = true
			}
		}
		if len(got) != len(c.ids) {
			t.Errorf("guild %q sees %v, want %v", c.guild, got, c.ids)
		}
		for id := range c.ids {
			if !got[id] {
				t.Errorf("guild %q does not see %s", c.guild, id)
			}
		}
	}

	re, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	d, ok := re.Get(a.Doc.Source.ID)
	if !ok || d.Source.Guild != "111" {
		t.Fatalf("reopened store: %s = %+v, %v; want server 111's document", a.Doc.Source.ID, d, ok)
	}
	if g, ok := re.Get(global.Doc.Source.ID); !ok || g.Source.Guild != "" {
		t.Fatalf("reopened store lost the global document: %+v, %v", g, ok)
	}
}

func isSeed(id string) bool {
	for _, d := range Seed() {
		if d.Source.ID == id {
			return true
		}
	}
	return false
}
