package corpus

import "testing"

// TestUnnamedSubjectLateReaders checks that the readers deferred to the end
// of a sentence (an inverted auxiliary "a-t-il dit" read by reportClause,
// an aside "dit-il" read on the second reading) find the unnamed source
// the sentence before opened with (sentencebefore.go), not the person
// quoted a paragraph earlier; with no unnamed opener the earlier person
// keeps the words.
func TestUnnamedSubjectLateReaders(t *testing.T) {
	const before = "Le ministre belge Jan Peeters a affirmé mardi que les négociations avançaient bien à Genève.\n\n"
	for _, tc := range []struct{ lang, body, speaker, text string }{
		{"fr", before + "Un diplomate européen s'est montré plus réservé. Le ton a changé, a-t-il dit.", unnamedSpeaker, "Le ton a changé"},
		{"fr", before + "Une diplomate européenne était plus prudente. Rien n'est fait, a-t-elle ajouté.", unnamedSpeaker, "Rien n'est fait"},
		{"fr", before + "Un diplomate européen s'est montré plus réservé. Le texte, dit-il, reste fragile.", unnamedSpeaker, "Le texte, dit-il, reste fragile"},
		// negative: no unnamed opener before the pronoun
		{"fr", before + "La salle s'est vidée vers midi. Le ton a changé, a-t-il dit.", "Jan Peeters", "Le ton a changé"},
	} {
		t.Run(tc.text+" "+tc.speaker, func(t *testing.T) {
			got := statementsOf(t, "---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n")
			if len(got) == 0 || got[len(got)-1].Speaker != tc.speaker || got[len(got)-1].Text != tc.text {
				t.Fatalf("want %s / %q, got %+v", tc.speaker, tc.text, got)
			}
		})
	}
}
