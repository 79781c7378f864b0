package index

import (
	"strings"
)

// Cognates across the corpus's languages. A question often holds a word
// that no glossary carries into the language of the report that answers
// it: "convention" for a Polish "konwencja", "satellites" for a Czech
// "satelitů", "monitoring" for a Polish "monitorowanie". The corpus then
// holds the word nowhere (it is unknown), so the relevance rule counts it
// against every hit, and the report in the other language is rejected
// although it says what was asked. International words of this kind keep
// their first letters in every Latin-script language once accents and a
// few spelling habits are set aside (c/k, w/v, y/i, ph/f, th/t, doubled
// letters). So, for a query word the corpus does not know, a word of the
// hit's own text that shares its first cognatePrefix letters in that
// spelling is taken as the same word: the hit matches it, as it would
// through a translation. The word must be long enough that its first
// letters are specific (cognatePrefix), and the hit's language must not
// hold the word itself (or a synonym): there it has its own matches, and
// a word that only begins alike is another word of that language. A word
// that other languages hold ("convention" in English reports) is still
// guessed at in a language that does not (the Polish report).
// Off-topic questions stay unanswered by the rule's other conditions (half
// the words and a domain word, or three words in four), which a cognate
// alone does not meet.

// cognatePrefix is how many letters of the cognate spelling (cognateKey)
// two words must share: fewer make "konst" of "constitution" and
// "construction" one word.
const cognatePrefix = 6

// cognateSpelling rewrites the spelling habits in which the Latin-script
// languages of the corpus differ for the same international word: English
// and Romance "c" (before a, o, u and consonants) where Polish, Czech,
// German and the Nordic languages write "k", Polish "w" for "v", "y" for
// "i" in Greek loans, "ph" and "th" of English and French.
var cognateSpelling = strings.NewReplacer(
	"ph", "f", "th", "t", "ch", "k", "ck", "k", "qu", "kv",
	"ce", "se", "ci", "si", "cy", "si",
	"c", "k", "q", "k", "w", "v", "y", "i", "x", "ks", "z", "s",
)

// cognateKey is w lower-cased, without accents, in the spelling above and
// without doubled letters, cut to cognatePrefix letters; "" when w is not
// a Latin-script word of at least cognatePrefix letters in that spelling.
func cognateKey(w string) string {
	s := strings.ToLower(fold(w))
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	s = cognateSpelling.Replace(s)
	var b strings.Builder
	var last rune
	for _, r := range s {
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
		if b.Len() == cognatePrefix {
			return b.String()
		}
	}
	return ""
}

// addCognates adds, per analyzer of the marked text fields, the cognate
// keys of the query words whose terms and synonyms that analyzer's text
// does not hold (held, from lookupTerms), so that mark matches them in a
// hit's text (cognateWords). A word the hit's language holds is left to
// its own matches there: in German, "Investmentfonds" is the fund, not
// every text on "investiert". The English field is the exception: it also
// holds the languages that have no analyzer of their own (Czech, Slovak,
// Bulgarian; mapping.go), so its holding "satellites" says nothing of whether
// a Czech text there has the word; measured, the exception gains N/all,
// V/all and blind W questions over the check everywhere, and loses none.
func (m *markTerms) addCognates(qts []queryTerm, held []map[string]bool) {
	shared := analyzerFor(defaultLang)
	for i, qt := range qts {
		k := cognateKey(qt.raw)
		if k == "" {
			continue
		}
		for a := range m.terms {
			if a != shared && i < len(held) && held[i][a] {
				continue
			}
			if m.cognates == nil {
				m.cognates = map[string]map[string][]int{}
			}
			if m.cognates[a] == nil {
				m.cognates[a] = map[string][]int{}
			}
			m.cognates[a][k] = append(m.cognates[a][k], i)
		}
	}
}

// cognateWords returns the query words whose cognate key the word w (as
// written in a's text) shares.
func (m *markTerms) cognateWords(a, w string) []int {
	keys := m.cognates[a]
	// "x" spells two letters ("ks"), so a word of half the key's length may
	// still make a key.
	if len(keys) == 0 || len(w) < cognatePrefix/2 || !keyMayStart(keys, w[0]) {
		return nil
	}
	return keys[cognateKey(w)]
}

// keyMayStart says whether a word whose first byte is b may have a key
// among keys: most words of a hit do not, and their key (accents, the
// spelling rewrite) is the costly part of marking a hit. A byte outside
// ASCII letters (an accented first letter) may start any key.
func keyMayStart(keys map[string][]int, b byte) bool {
	if b >= 'A' && b <= 'Z' {
		b += 'a' - 'A'
	}
	if b < 'a' || b > 'z' {
		return b >= 0x80
	}
	var firsts []byte
	switch b {
	case 'c':
		firsts = []byte{'k', 's'} // "ca" -> "ka", "ce" -> "se"
	case 'p':
		firsts = []byte{'p', 'f'} // "ph" -> "f"
	case 'q', 'x':
		firsts = []byte{'k'}
	case 'w':
		firsts = []byte{'v'}
	case 'y':
		firsts = []byte{'i'}
	case 'z':
		firsts = []byte{'s'}
	default:
		firsts = []byte{b}
	}
	for k := range keys {
		for _, f := range firsts {
			if k[0] == f {
				return true
			}
		}
	}
	return false
}
