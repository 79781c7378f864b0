package corpus

import (
	"strings"
	"testing"
)

// TestUnboldChatHeads: a Zoom chat's and a Viber archive's bold heads are
// written plain; a bold run-in label without a stamp, and fewer than three
// heads, are left as they are.
func TestUnboldChatHeads(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"zoom", "[14:00] **Events (to Everyone):** Welcome!\n\n[14:06] **Dr Ilona Varga (Panellist) (to Everyone):** It is a ceiling.\n\n[14:07] **Ben O. (Privately):** thanks",
			"[14:00] Events: Welcome!\n\n[14:06] Dr Ilona Varga (Panellist): It is a ceiling.\n\n[14:07] Ben O.: thanks"},
		{"viber", "**[26.01.2026, 08:15] Адміністратор спільноти:**\nДоброго ранку!\n\n**[26.01.2026, 08:40] Директорка ліцею Алла Кушнір:**\nУкриття перевірено.\n\n**[26.01.2026, 09:02] Тарас К.:**\nА що там?",
			"[26.01.2026, 08:15] Адміністратор спільноти:\nДоброго ранку!\n\n[26.01.2026, 08:40] Директорка ліцею Алла Кушнір:\nУкриття перевірено.\n\n[26.01.2026, 09:02] Тарас К.:\nА що там?"},
		{"run-in labels, no stamp", "**Peskov:** No comment.\n\n**Rubio:** Progress.\n\n**Kallas:** Not yet.", ""},
		{"two heads only", "[14:00] **Events (to Everyone):** Welcome!\n\n[14:06] **Ilona Varga (Panellist):** A ceiling.", ""},
	} {
		got, n := unboldChatHeads(c.body)
		want := c.want
		if want == "" {
			want = c.body
		}
		if got != want || (c.want == "") != (n == 0) {
			t.Errorf("%s: got %d heads\n%s\nwant\n%s", c.name, n, got, want)
		}
	}
}

// TestCutChatAudience: a chat head's audience note goes in each language
// threads.json lists; a bracket that is a role or anything else stays.
func TestCutChatAudience(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Dr Ilona Varga (Panellist) (to Everyone)", "Dr Ilona Varga (Panellist)"},
		{"Ben O. (Privately)", "Ben O."},
		{"Jonas Weber (an Alle)", "Jonas Weber"},
		{"Claire Dubois (à Tout le monde)", "Claire Dubois"},
		{"Олена Коваль (особисто)", "Олена Коваль"},
		{"Ilona Varga (Panellist)", "Ilona Varga (Panellist)"},
		{"Marco Rossi (a nome del comitato)", "Marco Rossi (a nome del comitato)"},
		{"Events (to )", "Events (to )"},
		{"Events", "Events"},
	} {
		if got := cutChatAudience(c.in); got != c.want {
			t.Errorf("cutChatAudience(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBoldChatLogParse: a webinar's chat log with bold heads is read as a
// chat, so a participant's question does not take the host's next line;
// with ParseOptions.noNamedPosts the heads are read as before.
func TestBoldChatLogParse(t *testing.T) {
	doc := "---\ntitle: Chat log\nlang: en\npublished: 2026-02-18\n---\n\n" +
		"[14:00] **Meridian Events (to Everyone):** Welcome! The session is being recorded.\n\n" +
		"[14:04] **Jonah Pereira-Kask (Host) (to Everyone):** Dr Varga-Whitfield just said the framework keeps the army at 800,000 in peacetime.\n\n" +
		"[14:05] **Aisha Rahman (to Everyone):** Mirror Article 5 without NATO membership?\n\n" +
		"[14:09] **Jonah Pereira-Kask (Host) (to Everyone):** Sophie Lemaire-Oduya now on point 7. She says member states have \"not even agreed what a defined date means.\"\n\n" +
		"[14:11] **Helga Nordström (to Everyone):** Is there anything on elections?\n"
	speakers := func(opts ParseOptions) string {
		d, err := Parse([]byte(doc), opts)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, s := range d.Statements {
			out = append(out, s.Speaker)
		}
		return strings.Join(out, ",")
	}
	on := speakers(ParseOptions{Name: "chat.md"})
	for _, bad := range []string{"Meridian", "Aisha", "Helga"} {
		if strings.Contains(on, bad) {
			t.Errorf("a chat line's sender %q took a statement: %s", bad, on)
		}
	}
	if !strings.Contains(on, "Lemaire-Oduya") {
		t.Errorf("the host's relay of Lemaire-Oduya was lost: %s", on)
	}
	if off := speakers(ParseOptions{Name: "chat.md", noNamedPosts: true}); off == on {
		t.Errorf("switch off changed nothing: %s", off)
	}
}
