package corpus

import (
	"strings"
	"testing"
)

// TestKeycapItemMarker pins the keycap markers read as numbered items,
// with and without the variation selector, and "🔟".
func TestKeycapItemMarker(t *testing.T) {
	cases := []struct{ in, want string }{
		{"1️⃣ Point 7 – the army is capped.", "1. Point 7 – the army is capped."},
		{"2\u20e3 Пункт 21 – територія.", "2. Пункт 21 – територія."},
		{"🔟 The last point.", "10. The last point."},
		{"1️⃣4️⃣ Активы остаются замороженными.", "14. Активы остаются замороженными."},
		{"0️⃣ Nothing.", ""},
		{"1️⃣", ""},
		{"12 soldiers", ""},
	}
	for _, c := range cases {
		got, ok := keycapItemMarker(c.in)
		if ok != (c.want != "") || got != c.want {
			t.Errorf("keycapItemMarker(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

// TestKeycapList reads a card of keycap bullets under a lead-in naming
// the plan, in English and Ukrainian: each line is a point of its own,
// numbered by the point it names, not glued to the lead-in.
func TestKeycapList(t *testing.T) {
	docs := []struct{ lang, doc string }{
		{"en", "---\ntitle: Card\nlang: en\npublished: 2025-11-24\n---\n\nThe channel's card on the 28-point plan:\n1️⃣ Point 7 – Kyiv drops its bid for the alliance.\n2️⃣ Point 13 – Moscow rejoins the club of eight.\n"},
		{"uk", "---\ntitle: Картка\nlang: uk\npublished: 2025-11-24\n---\n\nКартка каналу про план із 28 пунктів:\n1️⃣ Пункт 7 – Київ відмовляється від вступу до альянсу.\n2️⃣ Пункт 13 – Москва повертається до клубу восьми.\n"},
	}
	for _, c := range docs {
		d, err := Parse([]byte(c.doc), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[int]string{}
		for _, p := range d.Provisions {
			got[p.Number] = p.Text
		}
		for _, n := range []int{7, 13} {
			if got[n] == "" {
				t.Errorf("%s: no point %d; got %v", c.lang, n, got)
			}
			if strings.Contains(got[n], "️⃣") || strings.Contains(got[n], ":") {
				t.Errorf("%s: point %d holds another line: %q", c.lang, n, got[n])
			}
		}
	}
}
