package index

import (
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// Korean and Hebrew text.
//
// Korean was analysed by bleve's CJK analyzer, whose bigram filter joins
// the Han and kana characters the tokenizer gives one by one, but not
// Hangul: the tokenizer gives a Hangul word whole, particles and all, so
// "안보보장을" (security guarantees, object) was one term, and neither
// "안보보장" nor "안보 보장" (the same words with a space, as Korean
// writes them too) found it. hangulFilter types Hangul words as the
// tokenizer types Han, so the bigram filter cuts them into overlapping
// syllable pairs as it cuts Chinese: "안보", "보보", "보장", "장을"; a
// question in either spacing then shares its pairs with the text, and a
// particle costs one pair, not the word. Chinese and Japanese terms are
// unchanged (the analyzer keeps bleve's name, so the field is the same).
//
// Hebrew had no analyzer and went to the English one, which leaves a
// Hebrew word whole: the conjunction, article and prepositions written
// onto the word (ו "and", ה "the", ב "in", ל "to", מ "from", ש "that",
// כ "as") made "והסנקציות" (and the sanctions) a term apart from
// "סנקציות". hebrewPrefixFilter strips up to three such letters while
// four letters or more remain. A root letter that looks like a prefix is
// stripped too ("מלחמה", war, is indexed as "לחמה"), but the same way in
// the text and in the question, so the two still meet; the cost is a rare
// pair of words falling together.

// Names of the filters and of the Hebrew analyzer.
const (
	hangulFilter       = "planbot_hangul_bigram_type"
	hebrewPrefixFilter = "planbot_he_prefix"
	heAnalyzer         = "planbot_he"
)

// hebrewPrefixes are the one-letter prefixes hebrewStem strips.
const hebrewPrefixes = "והבלמשכ"

// hebrewStem strips up to three prefix letters from a Hebrew word while
// four letters or more remain after each. Words with other letters are
// left as they are.
func hebrewStem(w string) string {
	for _, r := range w {
		if !unicode.Is(unicode.Hebrew, r) && r != '"' && r != '\'' && r != '״' && r != '׳' {
			return w
		}
	}
	for i := 0; i < 3; i++ {
		r, n := utf8.DecodeRuneInString(w)
		if !containsRune(hebrewPrefixes, r) || utf8.RuneCountInString(w[n:]) < 4 {
			break
		}
		w = w[n:]
	}
	return w
}

// containsRune reports whether s holds r.
func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// hebrewPrefixStripper is the token filter of hebrewStem.
type hebrewPrefixStripper struct{}

func (hebrewPrefixStripper) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if s := hebrewStem(string(t.Term)); len(s) != len(t.Term) {
			t.Term = []byte(s)
		}
	}
	return input
}

// hangulTyper types a token of Hangul syllables as ideographic, for the
// bigram filter after it.
type hangulTyper struct{}

func (hangulTyper) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if t.Type != analysis.AlphaNumeric {
			continue
		}
		r, _ := utf8.DecodeRune(t.Term)
		if unicode.Is(unicode.Hangul, r) && allHangul(t.Term) {
			t.Type = analysis.Ideographic
		}
	}
	return input
}

// allHangul reports whether b is Hangul syllables only.
func allHangul(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
		b = b[n:]
	}
	return true
}

func init() {
	if err := registry.RegisterTokenFilter(hangulFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return hangulTyper{}, nil
	}); err != nil {
		panic(err)
	}
	if err := registry.RegisterTokenFilter(hebrewPrefixFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return hebrewPrefixStripper{}, nil
	}); err != nil {
		panic(err)
	}
}

// cjkAnalyzer is bleve's CJK analyzer (unicode tokenizer, width folding,
// lower case, bigrams) with Hangul words typed for the bigrams.
func cjkAnalyzer() map[string]interface{} {
	return map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicodetok.Name,
		"token_filters": []interface{}{cjk.WidthName, lowercase.Name, hangulFilter, cjk.BigramName},
	}
}

// hebrewAnalyzer splits and lower-cases (the Latin words among the
// Hebrew) and strips Hebrew prefixes.
func hebrewAnalyzer() map[string]interface{} {
	return map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicodetok.Name,
		"token_filters": []interface{}{lowercase.Name, hebrewPrefixFilter},
	}
}
