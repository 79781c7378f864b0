package index

import (
	"strings"
	gounicode "unicode"
	"unicode/utf8"
)

// estonianStemmer is the Estonian light stemmer (see stemlight.go).
// Estonian adds case endings to a stem ending in a vowel ("leping",
// "lepingu", "lepingus", "lepingust", "lepingule", "lepinguga") and
// plural markers before them ("läbirääkimised", "läbirääkimiste",
// "läbirääkimistel"). So two passes: the case (or plural, or verb) ending,
// then the stem's last vowel (or long vowel: "garantii", "Venemaa"). A
// one-consonant ending ("lepingu|s", "lepingu|t") is stripped only after
// a vowel, so "punkt" keeps its "t", and a vowel only from a stem of five
// letters or more, so "rahu" (peace) and "raha" (money) stay apart. The
// consonant gradation of many stems ("sõda", "sõja"; "president",
// "presidendi") is left alone.
var estonianStemmer = &lightStemmer{
	filter:   "planbot_stemmer_et",
	analyzer: "planbot_et",
	script:   gounicode.Latin,
	passes: []stemPass{
		{min: 3, endings: endings(`
			tesse desse tele dele telt delt teks deks teta deta tega dega test dest
			sse lle tel del ide sid takse nud tud
			lt le ks ta ga st id de te
			s l d t b`)},
		{min: 4, endings: endings(`aa ee ii uu a e i u`)},
	},
	allow: func(stem, ending string) bool {
		if utf8.RuneCountInString(ending) > 1 || !strings.Contains("sldtb", ending) {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(stem)
		return strings.ContainsRune("aeiouõäöü", r)
	},
}
