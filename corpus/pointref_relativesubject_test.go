package corpus

import (
	"strings"
	"testing"
)

// TestRelativeSubjectPointTerm: a point that is the subject of a relative
// clause set off by commas ("…, которую шестой пункт ограничивает …, …")
// gives that clause as its term, not the sentence's remainder after the
// verb, which runs on into what someone thinks of it (Russian, Ukrainian,
// Polish).
func TestRelativeSubjectPointTerm(t *testing.T) {
	head := func(lang, title string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n# " + title + "\n\n"
	}
	for _, c := range []struct {
		name, doc, want, not string
	}{
		{"ru", head("ru", "Американский план из 28 пунктов") + "Размер армии, который седьмой пункт ограничивает 550 тысячами, в парламенте считают слишком малым.\n",
			"седьмой пункт ограничивает 550 тысячами", "в парламенте"},
		{"uk", head("uk", "Американський план із 28 пунктів") + "Чисельність війська, яку сьомий пункт обмежує 550 тисячами, у парламенті вважають замалою.\n",
			"сьомий пункт обмежує 550 тисячами", "у парламенті"},
		{"pl", head("pl", "Amerykański plan 28 punktów") + "Liczebność armii, którą siódmy punkt ogranicza do 550 tysięcy, w Sejmie uważa się za zbyt małą.\n",
			"siódmy punkt ogranicza do 550 tysięcy", "w Sejmie"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.doc), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, p := range d.Provisions {
				if strings.Contains(p.Text, c.not) {
					t.Errorf("provision %d %q runs past the relative clause", p.Number, p.Text)
				}
				found = found || p.Number == 7 && strings.Contains(p.Text, c.want)
			}
			if !found {
				t.Errorf("no point 7 holding %q: %+v", c.want, d.Provisions)
			}
		})
	}
}
