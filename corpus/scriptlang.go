package corpus

import (
	"unicode"
	"unicode/utf8"
)

// scriptLang tells the language of a text written mostly in a script that
// one language (or one family the corpus treats as one) owns: Hangul is
// Korean, Hebrew letters are Hebrew, kana beside Han characters is
// Japanese, Han alone is Chinese, Arabic letters are Arabic (Persian when
// its own letters پ چ ژ گ and its kaf and yeh ک ی appear). The common-word vote and the trigram
// detector know none of these languages (languages.json lists the ones
// extraction has cues for), so without this a Korean or Hebrew body with no
// lang header was read as English and went to the English analyzer, whose
// words never meet a Korean or Hebrew question.
//
// A text qualifies when more than half its letters are in these scripts:
// a Latin report quoting a Hebrew headline stays with the vote. It returns
// "" otherwise.
func scriptLang(s string) string {
	var sc scriptCount
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII: a letter is A-Z or a-z, and of none of the scripts
			// below (a byte at a time, as the rune loop read it)
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				sc.letters++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:]) // (an invalid byte: U+FFFD, one byte, as range reads it)
		i += size
		if !unicode.IsLetter(r) {
			continue
		}
		sc.letters++
		if r < scriptLangLow {
			continue // Latin, Greek, Cyrillic: below every script counted here
		}
		sc.add(r)
	}
	return sc.lang()
}

// scriptCount tallies a text's letters and those of the scripts
// scriptLang knows; the tally decides the language (lang). It is apart from
// scriptLang's loop so that the loop's shortcuts can be held to a plain
// rune-by-rune reading over the same tally (TestScriptLangBytes).
type scriptCount struct {
	letters, hangul, hebrew, arabic, persian, han, kana int
}

// add counts a letter at or above scriptLangLow (letters is counted by the
// caller).
func (sc *scriptCount) add(r rune) {
	switch {
	case unicode.Is(unicode.Hangul, r):
		sc.hangul++
	case unicode.Is(unicode.Hebrew, r):
		sc.hebrew++
	case unicode.Is(unicode.Arabic, r):
		sc.arabic++
		if r == 'پ' || r == 'چ' || r == 'ژ' || r == 'گ' || r == 'ک' || r == 'ی' {
			sc.persian++
		}
	case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
		sc.kana++
	case unicode.Is(unicode.Han, r):
		sc.han++
	}
}

// lang is the language the tally shows, or "" when no script has more
// than half the letters.
func (sc *scriptCount) lang() string {
	if sc.letters == 0 {
		return ""
	}
	half := sc.letters / 2
	switch {
	case sc.hangul > half:
		return "ko"
	case sc.hebrew > half:
		return "he"
	case sc.arabic > half:
		// Persian writes these letters in almost every sentence (its kaf
		// and yeh in most words); Arabic has ك and ي instead and carries
		// the others only in foreign names.
		if sc.persian*50 > sc.arabic {
			return "fa"
		}
		return "ar"
	case sc.han+sc.kana > half:
		// Japanese running text is mostly kana (particles, endings);
		// Chinese has none. A few katakana in a Chinese text (a foreign
		// name written by a Japanese source) do not make it Japanese.
		if sc.kana*10 > sc.han+sc.kana {
			return "ja"
		}
		return "zh"
	}
	return ""
}

// scriptLangLow is the lowest code point of the scripts scriptLang counts,
// read from their tables: a letter below it (Latin, Greek, Cyrillic,
// Armenian) is counted as a letter and looked up in none of them.
var scriptLangLow = func() rune {
	low := rune(utf8.MaxRune)
	for _, t := range []*unicode.RangeTable{unicode.Hangul, unicode.Hebrew, unicode.Arabic, unicode.Hiragana, unicode.Katakana, unicode.Han} {
		if len(t.R16) > 0 {
			low = min(low, rune(t.R16[0].Lo))
		} else if len(t.R32) > 0 {
			low = min(low, rune(t.R32[0].Lo))
		}
	}
	return low
}()
