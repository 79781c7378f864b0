package corpus

import (
	"strings"
	"testing"
)

// TestVerbFinalForms checks the Turkish press-release shapes of
// verb-final speech: a speech verb in the formal past, the present
// progressive or the aorist (read by stem and ending), a role alone or a
// role with "our" after the person was named, a body in the first person
// plural, a subject dropped after a person named with a title, and a
// stance whose verb belongs to what was said. A narrative sentence in the
// same shape gives nothing.
func TestVerbFinalForms(t *testing.T) {
	cases := []struct {
		name, text, speaker, fragment string
	}{
		{"formal past", "Dışişleri Bakanı Kerem Aydın, görüşmelerin olumlu geçtiğini belirtmiştir.", "Kerem Aydın", "görüşmelerin olumlu geçtiğini"},
		{"present", "Hükümet Sözcüsü Elif Demirtaş, ateşkesin korunması gerektiğini vurguluyor.", "Elif Demirtaş", "ateşkesin korunması gerektiğini"},
		{"two-word verb", "Savunma Bakanı Selin Arıkan, sınırın açık kalacağını ifade etmektedir.", "Selin Arıkan", "sınırın açık kalacağını"},
		{"quote formal", "Dışişleri Bakanı Kerem Aydın, \"Kapımız her zaman açık\" demiştir.", "Kerem Aydın", "Kapımız her zaman açık"},
		{"role alone", "Dışişleri Bakanı Kerem Aydın, müzakerelere hazır olduklarını söyledi. Sayın Bakan ayrıca, yaptırımların sürdüğünü hatırlatmıştır.", "Kerem Aydın", "yaptırımların sürdüğünü"},
		{"our president", "Cumhurbaşkanımız Sayın Selim Tekin, barışın yakın olduğunu ifade etmiştir. Cumhurbaşkanımız, görüşmelerin yeniden başlayacağını kaydetmiştir.", "Selim Tekin", "görüşmelerin yeniden başlayacağını"},
		{"our ministry", "Bakanlığımız, anlaşmanın bölgedeki limanları ilgilendiren hükümlerine özel önem atfetmektedir.", "Bakanlığımız", "hükümlerine özel önem atfetmektedir"},
		{"dropped subject", "Hükümet Sözcüsü Elif Demirtaş sabah gazetecilerle görüştü. Toplantının verimli geçtiğini de sözlerine ekledi.", "Elif Demirtaş", "Toplantının verimli geçtiğini"},
		{"narrative", "Dışişleri Bakanı Kerem Aydın, sabah Brüksel'e giderek heyetle görüşmüştür.", "", ""},
	}
	for _, c := range cases {
		d, err := Parse([]byte("---\ntitle: t\nlang: tr\n---\n\n"+c.text+"\n"), ParseOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if c.speaker == "" {
			if len(d.Statements) != 0 {
				t.Errorf("%s: want no statement, got %s", c.name, statementsBrief(d.Statements))
			}
			continue
		}
		ok := false
		for _, s := range d.Statements {
			ok = ok || strings.Contains(s.Speaker, c.speaker) && strings.Contains(s.Text, c.fragment)
		}
		if !ok {
			t.Errorf("%s: no statement of %q with %q; got %s", c.name, c.speaker, c.fragment, statementsBrief(d.Statements))
		}
	}
}

// TestInflectedFrom checks the stem and ending reading of Turkish speech
// verbs, with the stem's own vowel dropped before "-iyor".
func TestInflectedFrom(t *testing.T) {
	f := verbFinalForms()
	for _, c := range []struct {
		word, stem string
		want       bool
	}{
		{"belirtmiştir", "belirt", true},
		{"vurgulamıştır", "vurgula", true},
		{"söylüyor", "söyle", true},
		{"diyor", "de", true},
		{"eder", "ed", true},
		{"açıklamaktadır", "açıkla", true},
		{"belirti", "belirt", false},
		{"dere", "de", false},
	} {
		if got := inflectedFrom(c.word, c.stem, f.endings, f.yor); got != c.want {
			t.Errorf("inflectedFrom(%q, %q) = %v, want %v", c.word, c.stem, got, c.want)
		}
	}
}
