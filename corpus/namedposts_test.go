package corpus

import (
	"strings"
	"testing"
)

// TestNamedPoster: a person by name posts their own words; a handle, a
// short name, a one-word name, the group's account and the host do not.
func TestNamedPoster(t *testing.T) {
	w := threadData()
	for _, c := range []struct {
		sender string
		want   bool
	}{
		{"Dr Ilona Varga-Whitfield (Panellist)", true},
		{"Col. (ret.) Andriy Sokolenko-Grant (Panellist)", true},
		{"Директорка ліцею Алла Кушнір-Вебер", true},
		{"Jonah Pereira-Kask (Host)", false},
		{"Адміністратор спільноти", false},
		{"Meridian Events", false},
		{"Marek T.", false},
		{"Тарас К.", false},
		{"Piotr", false},
		{"maya.k", false},
		{"ste.rigoni77", false},
		{"@cartogirl_odesa", false},
	} {
		if got := w.namedPoster(c.sender); got != c.want {
			t.Errorf("namedPoster(%q) = %v, want %v", c.sender, got, c.want)
		}
	}
}

// TestNamedPostsParse: in a chat log published with bold heads, a
// panellist's own line is theirs; a named participant's question, a link
// shared and the host's relay line are not; with ParseOptions.noNamedPosts
// the panellist's line is silent again.
func TestNamedPostsParse(t *testing.T) {
	doc := "---\ntitle: Chat log\nlang: en\npublished: 2026-02-18\n---\n\n" +
		"[14:00] **Meridian Events (to Everyone):** Welcome! The session is being recorded.\n\n" +
		"[14:05] **Helga Nordström (to Everyone):** Is there anything on elections? My students keep asking.\n\n" +
		"[14:06] **Dr Ilona Varga-Whitfield (Panellist) (to Everyone):** Replying to Marek: it is written as a peacetime level, so effectively a ceiling.\n\n" +
		"[14:20] **Sophie Lemaire-Oduya (Panellist) (to Everyone):** Adding a link to our paper: meridian-iss.example/papers/accession-2027\n\n" +
		"[14:21] **Piotr (to Everyone):** Hungary will veto anyway, no?\n"
	said := func(opts ParseOptions) map[string]string {
		d, err := Parse([]byte(doc), opts)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, s := range d.Statements {
			out[s.Speaker] += s.Text
		}
		return out
	}
	on := said(ParseOptions{Name: "chat.md"})
	if !strings.Contains(on["Ilona Varga-Whitfield"], "peacetime level") {
		t.Errorf("the panellist's own line was not hers: %v", on)
	}
	for _, silent := range []string{"Helga Nordström", "Sophie Lemaire-Oduya", "Piotr", "Meridian Events"} {
		if _, ok := on[silent]; ok {
			t.Errorf("%s took a statement: %v", silent, on)
		}
	}
	if off := said(ParseOptions{Name: "chat.md", noNamedPosts: true}); off["Ilona Varga-Whitfield"] != "" {
		t.Errorf("switch off: the panellist's line still read: %v", off)
	}
}
