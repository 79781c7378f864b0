package index

import (
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/de"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// German written for plain-language readers (Leichte Sprache) and some
// headlines split a compound at its parts with a hyphen and a capital:
// "Waffen-Ruhe", "Friedens-Plan", "Stütz-Punkte", "Groß-Britannien". The
// tokenizer cuts such a word at the hyphen, so the text holds "waffen" and
// "ruhe" but never "waffenruhe", the word the glossary gives for a
// ceasefire and the one every other German text writes: a question found
// the plain-language page only through words it shares with everything.
// deHyphenTokenizer keeps the two parts and adds the compound written as
// one word, at the second part's position. It reads the text's case and
// the byte between the parts, so it is the German analyzer's tokenizer
// (bleve's unicode tokenizer, then this), before the lower-case filter; it
// joins only a part ending in a lower-case letter to one opening on a
// capital with exactly a hyphen between them, so "NATO-Länder" and
// "EU-Gipfel" keep only their parts (an abbreviation is a word of its own)
// and "Baden-Württemberg" gains a term no question types, which costs
// nothing.
const deHyphenTokenizerName = "planbot_de_hyphen"

// deHyphenTokenizer is the deHyphenTokenizerName tokenizer.
type deHyphenTokenizer struct{ inner analysis.Tokenizer }

// Tokenize returns the unicode tokenizer's tokens of input with a joined
// token after every hyphenated pair of a lower-case-ending part and a
// capitalised part; the tokens themselves when there is none, as in almost
// every text.
func (d deHyphenTokenizer) Tokenize(input []byte) analysis.TokenStream {
	return joinHyphenated(input, d.inner.Tokenize(input))
}

// joinHyphenated adds the joined compounds of toks, the tokens of input.
func joinHyphenated(input []byte, toks analysis.TokenStream) analysis.TokenStream {
	var out analysis.TokenStream
	for i, tok := range toks {
		if out != nil {
			out = append(out, tok)
		}
		if i == 0 || !hyphenPair(input, toks[i-1], tok) {
			continue
		}
		if out == nil {
			out = make(analysis.TokenStream, 0, len(toks)+4)
			out = append(out, toks[:i+1]...)
		}
		prev := toks[i-1]
		term := make([]byte, 0, len(prev.Term)+len(tok.Term))
		term = append(append(term, prev.Term...), tok.Term...)
		out = append(out, &analysis.Token{
			Term:     term,
			Start:    prev.Start,
			End:      tok.End,
			Position: tok.Position,
			Type:     analysis.AlphaNumeric,
		})
	}
	if out == nil {
		return toks
	}
	return out
}

// hyphenPair says whether a and b are the parts of one compound split by a
// hyphen and a capital: a hyphen alone between them in input, a ending in
// a lower-case letter and b opening on a capital.
func hyphenPair(input []byte, a, b *analysis.Token) bool {
	if a.Type != analysis.AlphaNumeric || b.Type != analysis.AlphaNumeric || a.End+1 != b.Start || a.End >= len(input) || input[a.End] != '-' {
		return false
	}
	last, _ := utf8.DecodeLastRune(a.Term)
	first, _ := utf8.DecodeRune(b.Term)
	return unicode.IsLower(last) && unicode.IsUpper(first)
}

// germanAnalyzer is bleve's "de" analyzer (unicode tokenizer, lower case,
// German stop words, normalisation, light stemmer) with deHyphenTokenizer
// in place of the unicode tokenizer. Defined under bleve's own name, like
// polishAnalyzer, so the text_de field and every lookup by analyzer name
// are unchanged.
func germanAnalyzer() map[string]interface{} {
	return map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     deHyphenTokenizerName,
		"token_filters": []interface{}{lowercase.Name, de.StopName, de.NormalizeName, de.LightStemmerName},
	}
}

func init() {
	if err := registry.RegisterTokenizer(deHyphenTokenizerName, func(config map[string]interface{}, cache *registry.Cache) (analysis.Tokenizer, error) {
		inner, err := cache.TokenizerNamed(unicodetok.Name)
		if err != nil {
			return nil, err
		}
		return deHyphenTokenizer{inner: inner}, nil
	}); err != nil {
		panic(err)
	}
}
