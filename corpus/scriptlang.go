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
	var letters, hangul, hebrew, arabic, persian, han, kana int
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII: a letter is A-Z or a-z, and of none of the scripts
			// below (a byte at a time, as the rune loop read it)
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				letters++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:]) // (an invalid byte: U+FFFD, one byte, as range reads it)
		i += size
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if r < scriptLangLow {
			continue // Latin, Greek, Cyrillic: below every script counted here
		}
		switch {
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case unicode.Is(unicode.Arabic, r):
			arabic++
			if r == 'پ' || r == 'چ' || r == 'ژ' || r == 'گ' || r == 'ک' || r == 'ی' {
				persian++
			}
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		}
	}
	if letters == 0 {
		return ""
	}
	half := letters / 2
	switch {
	case hangul > half:
		return "ko"
	case hebrew > half:
		return "he"
	case arabic > half:
		// Persian writes these letters in almost every sentence (its kaf
		// and yeh in most words); Arabic has ك and ي instead and carries
		// the others only in foreign names.
		if persian*50 > arabic {
			return "fa"
		}
		return "ar"
	case han+kana > half:
		// Japanese running text is mostly kana (particles, endings);
		// Chinese has none. A few katakana in a Chinese text (a foreign
		// name written by a Japanese source) do not make it Japanese.
		if kana*10 > han+kana {
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
