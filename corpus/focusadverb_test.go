package corpus

import "testing"

// TestFocusAdverbBeforeVerb checks a restricting adverb ("only", "лише",
// "jedynie", "lediglich") between a titled speaker and the speech verb:
// the words after the verb are still the speaker's, in Ukrainian,
// Russian, Polish, Czech and English (speakers.json adverbs).
func TestFocusAdverbBeforeVerb(t *testing.T) {
	cases := map[string]struct{ doc, speaker, words string }{
		"uk": {"---\nlang: uk\n---\n# Т\n\nРечник уряду Остап Гнатюк лише сказав журналістам, що рішення ще не ухвалене.\n",
			"Остап Гнатюк", "рішення ще не ухвалене"},
		"ru": {"---\nlang: ru\n---\n# Т\n\nПресс-секретарь министерства Олег Рябов лишь заметил, что переговоры продолжатся.\n",
			"Олег Рябов", "переговоры продолжатся"},
		"pl": {"---\nlang: pl\n---\n# T\n\nRzecznik rządu Piotr Mazur jedynie powiedział, że decyzja jeszcze nie zapadła.\n",
			"Piotr Mazur", "decyzja jeszcze nie zapadła"},
		"cs": {"---\nlang: cs\n---\n# T\n\nMluvčí vlády Petr Dvořák pouze řekl, že rozhodnutí ještě nepadlo.\n",
			"Petr Dvořák", "rozhodnutí ještě nepadlo"},
		"en": {"---\nlang: en\n---\n# T\n\nGovernment spokesman Owen Hale merely said that no decision had been taken.\n",
			"Owen Hale", "no decision had been taken"},
	}
	checkSpokenBy(t, cases)
}
