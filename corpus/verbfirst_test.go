package corpus

import "testing"

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
		if c.speaker == "" {
			if d := parseInLang(t, c.lang, c.text); len(d.Statements) > 0 {
				t.Errorf("%s: want no statement, got %s", c.text, statementsBrief(d.Statements))
			}
			continue
		}
		wantStatementOf(t, c.lang, c.text, c.speaker, c.want, false)
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
		wantStatementOf(t, c.lang, c.text, c.speaker, c.want, true)
	}
}
