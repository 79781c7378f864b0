package corpus

import "unicode/utf8"

// cyrillicByLetters corrects the trigram detector's verdict on a Cyrillic
// text by the letters only one of the corpus's Cyrillic languages writes:
// ы, э and ё are Russian (Bulgarian and Ukrainian have none), і, ї, є and ґ
// are Ukrainian (Russian and Bulgarian have none). A Russian deputy's
// reply letter opening with an e-mail header ("От: Приёмная депутата …",
// set ZU) read as Bulgarian, so none of the Russian cues were tried on
// it. A verdict the letters contradict gives way to the other language
// when that language's letters are at least two and one in a hundred of
// the Cyrillic letters (it writes them at about 2% and 6%), and the
// verdict's own are none: a Bulgarian report quoting one Russian sentence
// stays Bulgarian. Any other verdict stands.
func cyrillicByLetters(verdict, text string) string {
	if verdict != "bg" && verdict != "uk" && verdict != "ru" {
		return verdict // (a Latin or Greek verdict: no Cyrillic letters to read)
	}
	ru, uk, cyr := 0, 0, 0
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r >= 0x400 && r <= 0x4ff {
			cyr++
		}
		switch r {
		case 'ы', 'э', 'ё', 'Ы', 'Э', 'Ё':
			ru++
		case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
			uk++
		}
	}
	switch {
	case verdict != "ru" && ru >= 2 && ru*100 >= cyr && uk == 0:
		return "ru"
	case verdict != "uk" && uk >= 2 && uk*100 >= cyr && ru == 0:
		return "uk"
	}
	return verdict
}
