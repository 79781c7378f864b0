package corpus

import (
	"strings"
	"testing"
)

// TestFrontedPhraseDroppedSubject checks a speech verb without its subject
// after a fronted phrase of time, place or occasion, with and without a
// comma, the words given to the person the sentence before was about, in
// Spanish, Portuguese, Italian, Polish, Czech and Ukrainian; and that a
// speaker of an earlier paragraph is not taken for the dropped subject.
func TestFrontedPhraseDroppedSubject(t *testing.T) {
	cases := map[string]struct{ doc, speaker, words string }{
		"es": {"---\nlang: es\n---\n# T\n\nLa ministra Elena Prats ha criticado el borrador por vago. A su llegada a Lisboa, ha dicho que el texto necesita más trabajo.\n",
			"Elena Prats", "el texto necesita más trabajo"},
		"pt": {"---\nlang: pt\n---\n# T\n\nO deputado Rui Gameiro visitou Varsóvia na terça-feira. Depois da reunião, disse aos jornalistas que a proposta ainda é frágil.\n",
			"Rui Gameiro", "a proposta ainda é frágil"},
		"it": {"---\nlang: it\n---\n# T\n\nIl sindaco Paolo Ferri ha incontrato i consiglieri. Dopo l'incontro, ha detto che la città farà la sua parte.\n",
			"Paolo Ferri", "la città farà la sua parte"},
		"it-aside": {"---\nlang: it\n---\n# T\n\nIl sindaco Paolo Ferri ha criticato il testo americano. In serata, ha spiegato ai cronisti, il documento \"resta vago\" su troppi punti.\n",
			"Paolo Ferri", "resta vago"},
		"pl": {"---\nlang: pl\n---\n# T\n\nPosłanka Anna Wrzosek-Kowalska spotkała się z ambasadorem. Po spotkaniu powiedziała dziennikarzom, że rozmowa była trudna.\n",
			"Anna Wrzosek-Kowalska", "rozmowa była trudna"},
		"cs": {"---\nlang: cs\n---\n# T\n\nMinistr Karel Mráz navštívil hranici. Po jednání řekl, že obec potřebuje jasné záruky.\n",
			"Karel Mráz", "obec potřebuje jasné záruky"},
		"uk": {"---\nlang: uk\n---\n# T\n\nМіністр Тарас Лисенко прибув до Варшави. Після зустрічі сказав, що сторони зблизили позиції.\n",
			"Тарас Лисенко", "сторони зблизили позиції"},
	}
	checkSpokenBy(t, cases)
	// the speaker of an earlier paragraph is no dropped subject
	doc := "---\nlang: es\n---\n# T\n\nLa ministra Elena Prats dijo que el texto necesita más trabajo.\n\nEl borrador circula desde el lunes. Tras la cumbre, ha dicho que nadie lo firmará.\n"
	for _, s := range statementsOf(t, doc) {
		if strings.Contains(s.Text, "nadie lo firmará") {
			t.Errorf("%q given to %q, a speaker of an earlier paragraph", s.Text, s.Speaker)
		}
	}
}
