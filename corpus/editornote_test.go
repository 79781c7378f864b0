package corpus

import (
	"strings"
	"testing"
)

// TestEditorNoteEndsTurn checks that a paragraph set wholly in italics
// after a transcript's last answer is the publication's note, not more of
// the answer, in English, Polish and Russian, whether the answer was
// labelled or followed the publication's question; and that an answer
// going on over a plain paragraph still holds it.
func TestEditorNoteEndsTurn(t *testing.T) {
	for _, c := range []struct {
		lang, body, note string
		kept             bool
	}{
		{"en", "**MARA VOSS:** The draft is thin on guarantees.\n\n**TOM REYES:** Thank you.\n\n**MARA VOSS:** The clause on elections is the weakest one.\n\n*The recording lasted forty minutes and was shortened by the editors.*", "recording lasted", false},
		{"pl", "**ANNA NOWAK:** Czy plan jest dobry?\n\n**JAN KOWAL:** Nie, plan jest zły.\n\n**ANNA NOWAK:** A punkt o wyborach?\n\n**JAN KOWAL:** Najsłabszy ze wszystkich, bo nikt go nie dopracował.\n\n*Zapis rozmowy został skrócony przez redakcję.*", "Zapis rozmowy", false},
		{"ru", "**Вера Лунина:** Каков этот план?\n\n**Олег Титов:** План слабый.\n\n**Вера Лунина:** А гарантии?\n\n**Олег Титов:** Пункт о гарантиях ещё слабее, чем всё остальное.\n\n*Запись беседы сокращена редакцией.*", "Запись беседы", false},
		// an answer running on over a plain paragraph is still the answer
		{"en", "**TOM REYES:** What do you make of it?\n\n**MARA VOSS:** The draft is thin on guarantees.\n\nThe recording lasted forty minutes, and I kept reading the clause on elections.", "recording lasted", true},
	} {
		sts := statementsOf(t, "---\ntitle: \"Transcript\"\nlang: "+c.lang+"\n---\n\n"+c.body)
		held := false
		for _, s := range sts {
			held = held || strings.Contains(s.Text, c.note)
		}
		if held != c.kept {
			t.Errorf("%s: note %q held by a statement: %v, want %v; got %+v", c.lang, c.note, held, c.kept, sts)
		}
	}
}
