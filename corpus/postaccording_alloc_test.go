package corpus

import "testing"

// TestPostAccordingNoCopyWithoutPostposition checks that a sentence
// holding no "according to" postposition costs postAccording no copy of
// its tokens (it is asked of every sentence, in every language), while one
// that holds it is still read: English, German and Russian sentences
// without one, a Hungarian and a Finnish one with one.
func TestPostAccordingNoCopyWithoutPostposition(t *testing.T) {
	for _, c := range []struct{ lang, s string }{
		{"en", "The envoy said on Tuesday that the talks in Geneva would go on next week."},
		{"de", "Der Gesandte sagte am Dienstag, die Gespräche in Genf gingen nächste Woche weiter."},
		{"ru", "Посланник заявил во вторник, что переговоры в Женеве продолжатся на следующей неделе."},
	} {
		x := &extractor{lx: lexiconData(), src: Source{Lang: c.lang}, toks: make([]tok, 0, 64), look: make([]tok, 0, 64)}
		x.postAccording(c.s, 0) // fills the buffers once
		if n := testing.AllocsPerRun(20, func() { x.postAccording(c.s, 0) }); n != 0 {
			t.Errorf("%s: %v allocations for a sentence with no postposition", c.lang, n)
		}
	}
	for _, c := range []struct{ lang, s string }{
		{"hu", "Kovács Anna szóvivő szerint a tárgyalások jövő héten folytatódnak."},
		{"fi", "Virtasen mukaan neuvottelut jatkuvat ensi viikolla."},
	} {
		pw := postAccordingWords()
		x := &extractor{lx: lexiconData(), src: Source{Lang: c.lang}, toks: make([]tok, 0, 64), look: make([]tok, 0, 64)}
		found := false
		for _, tk := range x.tokensOf(c.s) {
			found = found || pw.postpositions[tk.low]
		}
		if !found {
			t.Errorf("%s: the postposition of %q is not in the data", c.lang, c.s)
		}
	}
}
