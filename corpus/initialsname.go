package corpus

import (
	"unicode"
	"unicode/utf8"
)

// Spaced initials before a surname ("J. D. Hargreaves", "Начальник
// отдела Е. В. Самохвалова", "Директор по безопасности А. Н. Глебов"):
// Russian and Ukrainian office memos, minutes and corporate digests name
// people so, and English reports often. The tokenizer cuts "Е." into the
// word "Е" and the trail ".", and the subject reading took the full stop
// as the end of the title, leaving "В Самохвалова" with the role
// "Начальник отдела Е". An initial keeps its full stop as part of the
// word, so the name reads "Е. В. Самохвалова" as the document writes it
// (gold convention: speakers as named); glued initials ("А.Н. Глебов")
// were read before.

// initialsGlued returns phrase with each run of spaced initials before a
// capitalised word made one word with its full stops and spaces ("Е.
// В."), and whether there was one; phrase is copied only then.
func initialsGlued(phrase []tok) ([]tok, bool) {
	i := 0
	for i < len(phrase) && !(phrase[i].trail == "." && initialWord(phrase[i].word)) {
		i++
	}
	if i+1 >= len(phrase) {
		return phrase, false
	}
	out := make([]tok, 0, len(phrase))
	for i := 0; i < len(phrase); i++ {
		t := phrase[i]
		j := i
		for j+1 < len(phrase) && phrase[j].trail == "." && initialWord(phrase[j].word) && len(phrase[j].raw) == len(phrase[j].word)+1 {
			j++
		}
		if j == i || !isCapital(phrase[j].word) {
			out = append(out, t)
			continue
		}
		// phrase[i:j] are initials, phrase[j] the surname
		w, l := t.word+".", t.low+"."
		for k := i + 1; k < j; k++ {
			w, l = w+" "+phrase[k].word+".", l+" "+phrase[k].low+"."
		}
		t.word, t.low, t.trail = w, l, ""
		out = append(out, t)
		i = j - 1
	}
	return out, true
}

// initialWord reports whether w is one capital letter, in any script.
func initialWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && n > 0 && unicode.IsUpper(r)
}

// initialsToken reports whether w is only initials, glued or spaced
// ("J.D.", "Е. В."): no word in capitals to write in title case.
func initialsToken(w string) bool {
	letters := 0
	prevLetter := false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			if prevLetter {
				return false // "NATO.": a word, not initials
			}
			prevLetter = true
			letters++
		case r == '.':
			if !prevLetter {
				return false
			}
			prevLetter = false
		case r == ' ':
			if prevLetter {
				return false
			}
		default:
			return false
		}
	}
	return letters > 0 && !prevLetter
}
