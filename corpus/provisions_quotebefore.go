package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sentence the splitter reads as one may open with someone's quoted
// words and only then name a point: "« Ce plan a été écrit sans nous »,
// glisse-t-elle, avant d'ajouter : « Et l'argent russe gelé restera en
// Europe. » La ministre fait allusion au point 14, qui destinait …". The
// numbered-point rule takes the sentence's quotation as the point's
// wording, which is right when the quotation follows the reference ("В
// пункте 11 говорится: «…»", "Point 7 reads: "…"") but not when it comes
// before it, closed by a sentence of its own that the splitter did not
// cut: those are the speaker's words, and the point is set out in the
// clause that names it. A quotation whose attribution names the point
// ("«Россия не будет препятствовать …», — сказано в пункте 23") is the
// point's wording and stays.

// pastQuotesBeforeRef is s from after the last closing quotation mark
// before its point reference, when quoted (the quotation pointRef found)
// stands wholly before that reference and what follows the last closing
// mark opens a new sentence (a capital); ok is false otherwise.
func pastQuotesBeforeRef(s, quoted string) (string, bool) {
	if quoted == "" {
		return s, false
	}
	_, end, ok := pointRefEnd(s)
	q := strings.Index(s, quoted)
	if !ok || q < 0 || q+len(quoted) >= end {
		return s, false
	}
	cut := strings.LastIndexAny(s[:end], "»”\"“")
	if cut < q+len(quoted) {
		return s, false
	}
	_, size := utf8.DecodeRuneInString(s[cut:])
	tail := strings.TrimLeft(s[cut+size:], " .,;:!?—–-")
	if r, _ := utf8.DecodeRuneInString(tail); !unicode.IsUpper(r) || strings.Count(tail, " ") < 3 {
		return s, false // "«…», — сказано в пункте 23": the quotation's own attribution names the point, whose words it gives
	}
	return tail, true
}
