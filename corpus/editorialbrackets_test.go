package corpus

import (
	"strings"
	"testing"
)

// TestLeakedDocumentShapes is a battery of invented sentences in the
// shapes of documents printed in full: unnamed interlocutors in editorial
// brackets, a pronoun after a sentence that introduced an unnamed source
// without quoting them, classification marks, a routing header. Each
// case lists every statement wanted as "Speaker (Role): text start", in
// order; the negatives list what the text gave before these rules.
func TestLeakedDocumentShapes(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []string
	}{
		{"en bracketed source", "en",
			"[A senior European diplomat] told reporters that the text was nearly done.",
			[]string{"unnamed source (senior European diplomat): the text was nearly done"}},
		{"fr bracketed source", "fr",
			"[Un diplomate européen] a estimé que le texte était presque prêt.",
			[]string{"unnamed source (diplomate européen): le texte était presque prêt"}},
		{"de bracketed source", "de",
			"[Ein Berater des Ministers] sagte, der Text sei fast fertig.",
			[]string{"unnamed source (Berater des Ministers): der Text sei fast fertig"}},
		{"it bracketed source", "it",
			"[Un diplomatico europeo] ha detto che il testo è quasi pronto.",
			[]string{"unnamed source (diplomatico europeo): il testo è quasi pronto"}},
		{"ru bracketed source", "ru",
			"[Один из дипломатов] заявил, что текст почти готов.",
			[]string{"unnamed source (Один из дипломатов): текст почти готов"}},
		{"uk bracketed source", "uk",
			"[Один із дипломатів] сказав, що текст майже готовий.",
			[]string{"unnamed source (Один із дипломатів): текст майже готовий"}},
		{"en pronoun after an unnamed subject", "en",
			"Peter Ruud said the talks were useful.\n\nA diplomat from Oslo was less sure. The text, he said, was thin.",
			[]string{"Peter Ruud (): the talks were useful", "unnamed source (diplomat): The text, he said, was thin"}},
		{"de pronoun after an unnamed subject", "de",
			"Peter Ruud sagte, die Gespräche seien nützlich gewesen.\n\nEin Diplomat aus Oslo war skeptischer. Der Text sei dünn, sagte er.",
			[]string{"Peter Ruud (): die Gespräche seien", "unnamed source (Diplomat): Der Text sei dünn"}},
		{"en classification mark", "en",
			"(C) Peter Ruud said the talks were useful.",
			[]string{"Peter Ruud (): the talks were useful"}},
		{"en cable routing header", "en",
			"FM: EMBASSY OSLO\nTO: MFA SELLUND\nINFO: EMBASSY KYIV, EMBASSY MOSCOW, PERMREP BRUSSELS\nSUBJ: TALKS\n\nPeter Ruud said the talks were useful.",
			[]string{"Peter Ruud (): the talks were useful"}},
		// negatives
		{"chat label in brackets stays", "en",
			"[Kyiv stringer] a member of the delegation tells me the clause was parked.",
			nil},
		{"pronoun after a named subject", "en",
			"Peter Ruud said the talks were useful.\n\nPeter Ruud met a diplomat from Oslo. He said the text was thin.",
			[]string{"Peter Ruud (): the talks were useful", "Peter Ruud (): the text was thin"}},
		{"pronoun after a sentence of no unnamed noun", "en",
			"Peter Ruud said the talks were useful.\n\nA day later the mood changed. He said the text was thin.",
			[]string{"Peter Ruud (): the talks were useful", "Peter Ruud (): the text was thin"}},
		{"agency headline in capitals still read", "it",
			"UCRAINA: USHAKOV, NESSUN COMPROMESSO SUL TERRITORIO",
			[]string{"Yuri Ushakov"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseProbe(t, tc.lang, "2026-01-09", tc.text)
			var got []string
			for _, s := range d.Statements {
				got = append(got, s.Speaker+" ("+s.Role+"): "+s.Text)
			}
			if tc.want == nil {
				for _, g := range got {
					if strings.HasPrefix(g, "Kyiv stringer") || strings.HasPrefix(g, unnamedSpeaker+" (stringer") {
						t.Fatalf("the label read as a speaker: %q", got)
					}
				}
				return
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("statement %d = %q, want %q…", i, got[i], w)
				}
			}
		})
	}
}
