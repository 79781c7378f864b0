package corpus

import (
	"strings"
	"testing"
)

// TestVerbFirst checks sentences that open on the verb of speaking, the
// speaker after it: the statement is the named person's, and a body or a
// verb followed at once by its that-word gives none through this reader.
func TestVerbFirst(t *testing.T) {
	cases := []struct {
		lang, text, speaker, want string // want "" means no statement of speaker
	}{
		{"el", "Είπε ο εκπρόσωπος Γιώργος Σταθόπουλος ότι οι συνομιλίες θα συνεχιστούν αύριο.", "Σταθόπουλος", "οι συνομιλίες θα συνεχιστούν"},
		{"es", "Declaró hoy la alcaldesa Carmen Villalba que el puente abrirá en mayo.", "Villalba", "el puente abrirá en mayo"},
		{"it", "Ha dichiarato la portavoce Anna Rinaldi che la scuola resterà chiusa.", "Rinaldi", "la scuola resterà chiusa"},
		{"pt", "Afirmou o presidente da câmara Paulo Teixeira que a ponte abrirá em maio.", "Teixeira", "a ponte abrirá em maio"},
		{"ro", "A spus primarul Ion Dobre că podul va fi deschis în mai.", "Dobre", "podul va fi deschis"},
		{"es", "Dijo que el puente abrirá en mayo.", "", ""},
	}
	for _, c := range cases {
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.text+"\n"), ParseOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.text, err)
		}
		got := false
		for _, s := range d.Statements {
			if c.speaker != "" && strings.Contains(s.Speaker, c.speaker) && strings.Contains(s.Text, c.want) {
				got = true
			}
		}
		if c.speaker == "" {
			if len(d.Statements) > 0 {
				t.Errorf("%s: want no statement, got %s", c.text, statementsBrief(d.Statements))
			}
			continue
		}
		if !got {
			t.Errorf("%s: no statement of %q with %q; got %s", c.text, c.speaker, c.want, statementsBrief(d.Statements))
		}
	}
}

// TestPhraseVerbLangThat checks speech verbs of several words whose
// that-word is one only in the document's language (Danish and Norwegian
// "at"): "la til at", "lade till att", "føjede til at".
func TestPhraseVerbLangThat(t *testing.T) {
	cases := []struct{ lang, text, speaker, want string }{
		{"no", "Ordfører Per Moe la til at brua åpner i mai.", "Moe", "brua åpner i mai"},
		{"no", "Helseministeren Tone Dahl lagde til at sykehuset får mer penger.", "Dahl", "sykehuset får mer penger"},
		{"da", "Borgmester Jens Holm føjede til at broen åbner i maj.", "Holm", "broen åbner i maj"},
		{"sv", "Ministern Karin Lund lade till att skolan öppnar i augusti.", "Lund", "skolan öppnar i augusti"},
	}
	for _, c := range cases {
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.text+"\n"), ParseOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.text, err)
		}
		got := false
		for _, s := range d.Statements {
			if strings.Contains(s.Speaker, c.speaker) && strings.HasPrefix(s.Text, c.want) {
				got = true
			}
		}
		if !got {
			t.Errorf("%s: no statement of %q opening %q; got %s", c.text, c.speaker, c.want, statementsBrief(d.Statements))
		}
	}
}
