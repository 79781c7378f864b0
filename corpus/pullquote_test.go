package corpus

import "testing"

// TestPullQuotes: a quotation printed whole and signed with a dash and a
// name (and a title after a comma), on its line or the next, is the named
// person's, in several languages; a quotation signed with a source or a
// date, or a dash line that is a sentence, is no one's.
func TestPullQuotes(t *testing.T) {
	tests := []struct {
		name, body, speaker, role string
	}{
		{"same line", "“We are closer than ever, but the last mile is the hardest.” — Rustem Umerov", "Rustem Umerov", ""},
		{"next line with title", "“We are closer than ever, but the last mile is the hardest.”\n— Rustem Umerov, secretary of Ukraine's security council", "Rustem Umerov", "secretary of Ukraine's security council"},
		{"blockquote", "> „Europa muss mit am Tisch sitzen.“\n> — Friedrich Merz, Bundeskanzler", "Friedrich Merz", "Bundeskanzler"},
		{"french guillemets", "« Nous n'accepterons aucun accord sans l'Europe. » — Emmanuel Macron", "Emmanuel Macron", ""},
		{"separate paragraph", "«Переговоры были полезными и конструктивными».\n\n— Юрий Ушаков, помощник президента", "Yuri Ushakov", "помощник президента"},
		{"signed with a source", "“Talks will resume on Monday.” — Reuters, 23 November", "", ""},
		{"dash sentence", "“Talks will resume on Monday.”\n\n— and nobody in Kyiv believes it.", "", ""},
	}
	for _, tc := range tests {
		doc := "---\ntitle: Feature\npublished: 2025-12-10\n---\n\nThe road to Geneva was long.\n\n" + tc.body + "\n\nMore text here about the talks.\n"
		d, err := Parse([]byte(doc), ParseOptions{Name: "feature.md"})
		if err != nil {
			t.Fatal(err)
		}
		if tc.speaker == "" {
			if len(d.Statements) != 0 {
				t.Errorf("%s: statements %+v, want none", tc.name, d.Statements)
			}
			continue
		}
		if len(d.Statements) != 1 || d.Statements[0].Speaker != tc.speaker || !d.Statements[0].Direct || tc.role != "" && d.Statements[0].Role != tc.role {
			t.Errorf("%s: statements %+v, want %s (%s) quoted", tc.name, d.Statements, tc.speaker, tc.role)
		}
	}
}
