package corpus

import (
	"strings"
	"testing"
)

// TestClauseSaidKeepsItsThat: when the clause said has its own subject
// and verb before a "that" ("said the documents showed that …", German
// and Slavic "sagte, die Dokumente zeigten, dass …"), the statement is
// the whole clause, not what follows its inner "that"; an addressee or a
// time adverbial before "that" is still skipped.
func TestClauseSaidKeepsItsThat(t *testing.T) {
	tests := []struct {
		lang, sentence, want string
	}{
		{"en", "President Volodymyr Zelensky said the documents showed that the partners were serious.", "the documents showed that the partners were serious"},
		{"de", "Präsident Wolodymyr Selenskyj sagte, die Dokumente zeigten, dass die Partner es ernst meinten.", "die Dokumente zeigten, dass die Partner es ernst meinten"},
		{"ru", "Дмитрий Песков заявил, переговоры показали, что позиции сторон пока далеки.", "переговоры показали, что позиции сторон пока далеки"},
		{"pl", "Donald Tusk powiedział, rozmowy pokazały, że Europa musi być przy stole.", "rozmowy pokazały, że Europa musi być przy stole"},
		// an addressee or a time before "that" is no clause of its own
		{"en", "Volodymyr Zelensky told the lawmakers that the partners were serious.", "the partners were serious"},
		{"en", "Volodymyr Zelensky said the next day that the partners were serious.", "the partners were serious"},
		{"de", "Friedrich Merz sagte am Freitag, dass Europa am Tisch sitzen müsse.", "Europa am Tisch sitzen müsse"},
		{"ru", "Дмитрий Песков заявил в понедельник, что Кремль изучит текст.", "Кремль изучит текст"},
	}
	for _, tc := range tests {
		doc := "---\ntitle: T\nlang: " + tc.lang + "\npublished: 2026-01-07\n---\n\n" + tc.sentence + "\n"
		d, err := Parse([]byte(doc), ParseOptions{Name: "said.md"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range d.Statements {
			got = append(got, s.Text)
		}
		if len(got) != 1 || strings.TrimRight(got[0], ".") != tc.want {
			t.Errorf("%s: %q\n got %q\nwant %q", tc.lang, tc.sentence, got, tc.want)
		}
	}
}
