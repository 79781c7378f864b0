package index

import (
	"slices"
	"testing"
)

// TestEnglishKeptStopWords: an English question's word that another
// language drops as a stop word ("war" in German, "sea" in Spanish,
// "man" in German, "come" in Italian) is a query word when the question
// reads as English, and still left out when the question is in the
// language that drops it (stop 52, xsearch, from sets ZM and ZN: "putin
// europe ready for war right now" lost its subject word). The reports are
// invented; each pair shares a place, so the right one ranks first only
// when the kept word matches, and everyday questions answer nothing.
func TestEnglishKeptStopWords(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: fr\n---\n\nÀ Rennes, le ministre se dit prêt à la guerre dès maintenant.\n\nÀ Rennes, le marché du dimanche reste ouvert.\n",
		"---\nlang: es\n---\n\nEn Vigo, el almirante amenaza con cortar el acceso al mar.\n\nEn Vigo, el alcalde inaugura una biblioteca.\n",
		"---\nlang: de\n---\n\nIn Kiel war das Treffen am Montag.\n\nIn Kiel wurde über den Krieg gesprochen.\n",
		"---\nlang: it\n---\n\nA Bari il piano si chiama pace.\n",
		"---\nlang: en\n---\n\nReporters from Rennes, Vigo, Bari and Kiel met to talk about the army and the plan.\n",
	)
	als := ix.analyzersInUse()
	for _, c := range []struct {
		query, word string
		kept        bool
	}{
		{"putin europe ready for war right now", "war", true},
		{"the war in ukraine", "war", true},
		{"war in ukraine", "war", false}, // German drops more of its words: left out as before
		{"stützpunkte in der ukraine bauen", "der", false},
		{"wann war das treffen in mar-a-lago", "das", false},
		{"coalition des volontaires visio", "des", false},
		{"putin cut ukraine off from the sea", "sea", true},
		{"what does the man in charge say", "man", true},
		{"wann war das treffen in kiel", "war", false},
		{"wer war gastgeber der gespräche", "war", false},
		{"come si chiama il piano", "come", false},
		{"cuando sea posible la tregua", "sea", false},
	} {
		var raws []string
		for _, qt := range ix.queryTerms(als, normalizeQuery(c.query)) {
			raws = append(raws, qt.raw)
		}
		if got := slices.Contains(raws, c.word); got != c.kept {
			t.Errorf("%q: %q kept=%v, want %v (words %v)", c.query, c.word, got, c.kept, raws)
		}
	}
	for _, c := range []struct{ query, want string }{
		{"rennes ready for war", "guerre"},
		{"vigo access to the sea", "mar"},
		{"star wars movie marathon", ""},
		{"sea salt caramel recipe", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
