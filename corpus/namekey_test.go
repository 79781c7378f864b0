package corpus

import (
	"strings"
	"testing"
)

// TestKnownPersonOf: a known person's surname in the spellings, scripts
// and cases the coverage writes is that person; words that only look like
// a declined known surname are no one.
func TestKnownPersonOf(t *testing.T) {
	for _, c := range []struct{ word, lang, want string }{
		{"Dmitrijev", "hu", "Kirill Dmitriev"},
		{"Dmitrijevas", "lt", "Kirill Dmitriev"},
		{"Zelenszkijjel", "hu", "Volodymyr Zelensky"},
		{"Zelenskiui", "lt", "Volodymyr Zelensky"},
		{"Zelenskõi", "et", "Volodymyr Zelensky"},
		{"Зеленського", "uk", "Volodymyr Zelensky"},
		{"Ζελένσκι", "el", "Volodymyr Zelensky"},
		{"Medvegyev", "hu", "Dmitry Medvedev"},
		{"Miedwiediewa", "pl", "Dmitry Medvedev"},
		{"Oesjakov", "nl", "Yuri Ushakov"},
		{"Ouchakov", "fr", "Yuri Ushakov"},
		{"Kyslyzja", "de", "Serhiy Kyslytsya"},
		{"Kîslîția", "ro", "Serhiy Kyslytsya"},
		{"Sibiga", "tr", "Andrii Sybiha"},
		{"Jermakiem", "pl", "Andriy Yermak"},
		{"Ρούτε", "el", "Mark Rutte"},
		{"Putin'e", "tr", "Vladimir Putin"},
		{"Svyrydenkovou", "cs", "Yulia Svyrydenko"},
		{"Mercs", "lv", "Friedrich Merz"},
		// unknown languages try every language's endings
		{"Zelenszkijnek", "", "Volodymyr Zelensky"},
		// not a person: another name, a short word, an ending no language has
		{"Ruta", "lt", ""},
		{"Putney", "en", ""},
		{"Trumpet", "en", ""},
		{"Medve", "hu", ""},
	} {
		if got := KnownPersonOf(c.word, c.lang); got != c.want {
			t.Errorf("KnownPersonOf(%q, %q) = %q, want %q", c.word, c.lang, got, c.want)
		}
	}
}

// TestKeyedSpeakers: the extractor gives a known person's canonical name
// for a surname in another spelling or case, but keeps another person
// with the same surname ("Ana Costa"), and a name after "with" is not the
// speaker.
func TestKeyedSpeakers(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"hu", "Dmitrijev szerint az európaiak csak bonyolítják a tárgyalásokat.", "Kirill Dmitriev"},
		{"lt", "Pasak Zelenskio, derybos Ženevoje buvo naudingos.", "Volodymyr Zelensky"},
		{"el", "Ο Κούσνερ δήλωσε ότι οι συνομιλίες ήταν χρήσιμες.", "Jared Kushner"},
		{"lv", "Pēc Trampa teiktā, sarunas bijušas noderīgas.", "Donald Trump"},
		{"pt", "Segundo Ana Costa, as negociações serão retomadas em janeiro.", "Ana Costa"},
		{"pl", "Wołodymyr Zełenski powiedział, że rozmowy były pożyteczne.", "Volodymyr Zelensky"},
	} {
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.text+"\n"), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range d.Statements {
			got = append(got, s.Speaker)
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%s %q: speakers %v, want [%s]", c.lang, c.text, got, c.want)
		}
	}
	d, err := Parse([]byte("---\ntitle: t\nlang: ru\n---\n\nТрамп поговорил с Юрием Ушаковым. Трамп заявил, что переговоры были полезными.\n"), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		if strings.Contains(s.Speaker, "Ushakov") {
			t.Errorf("comitative name read as a speaker: %+v", s)
		}
	}
}
