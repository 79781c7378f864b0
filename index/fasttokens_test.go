package index

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
)

// TestFastTokensAsUnicode: the fast path (asciiTokens) gives exactly the
// unicode tokenizer's tokens (bytes, offsets, positions, types) for the
// word-break corner cases of ASCII text and for 20,000 random texts over
// the characters it knows, and declines text with any other character.
// It fails when the fast path is not taken for ASCII text, or when a rule
// differs from the segmenter's.
func TestFastTokensAsUnicode(t *testing.T) {
	slow := unicode.NewUnicodeTokenizer()
	same := func(t *testing.T, text string) {
		t.Helper()
		got, ok := asciiTokens([]byte(text))
		if !ok {
			t.Errorf("%q: fast path not taken", text)
			return
		}
		want := slow.Tokenize([]byte(text))
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got %v\nwant %v", text, got, want)
		}
	}
	for _, text := range []string{
		"", " ", "The talks in Geneva ended on Tuesday.",
		"U.S. envoys met at 10:30; the 28-point plan's text, 3.5 pages, was read.",
		"It's the envoy’s plan – a ‘framework’ — “not a treaty”, «said» one.",
		"1,000,000 and 1.5.3 and 2;3 and a,b and a;b and a:b and 1:2 and a.b and a'b",
		"x1 1x a_b _a a_ __ _1 1_ _ 1_a a_1 1.a a.1 a..b 1..2 a._b a_.b",
		"end.", "end'", "'start", ".5", "5.", "a’", "’a", "a’b", "1’2", "a’1",
		"line\r\nnext\nthird\rfourth\vfifth\ffinal\ttab",
		"no-break\u00a0space, en–dash, em—dash, „low“ quote",
		"part one.\u2029Part two\u2028line 3\u20294",
		"ALL CAPS AND MixedCase and camelCase123 and 123abc and abc123def",
		"e-mail, re-election, well-known, 24/7, 50%, $100, #tag, @name, a&b, (aside) [note] {brace}",
	} {
		same(t, text)
	}
	alphabet := []string{"a", "Z", "q", "0", "7", "_", ":", ",", ";", ".", "'", " ", "\n", "\r", "-", "\"",
		"(", "’", "‘", "—", "–", "“", "”", "„", "«", "»", "\u00a0", "\u2028", "\u2029", "\t", "/", "!", "?", "ab", "12"}
	r := rand.New(rand.NewPCG(31, 15))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(24) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		same(t, b.String())
	}
	for _, text := range []string{"café", "Київ", "naïve text", "zero\u200bwidth", "soft\u00adhyphen", "日本", "a…b", "x\u2019\u0301y"} {
		if _, ok := asciiTokens([]byte(text)); ok {
			t.Errorf("%q: fast path taken for a character it does not know", text)
		}
	}
}

// TestFastTokenizerAnalyzers: the analyzers records are indexed with use
// the fast path when bleve's is built on the unicode tokenizer, and give
// the same tokens as the mapping's own, in three languages (the token
// filters, stop words and stemmers, are unchanged).
func TestFastTokenizerAnalyzers(t *testing.T) {
	sh, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "The envoys' 28-point plan was discussed in Geneva on 23 November."},
		{"de", "Die Unterhaendler trafen sich in Genf, um den Friedens-Plan und die NATO-Frage zu besprechen."},
		{"fr", "Les negociateurs se sont reunis a Geneve; l'accord n'est pas signe."},
	} {
		t.Run(c.lang, func(t *testing.T) {
			a := sh.analyzers[analyzerFor(c.lang)]
			fast := withFastTokenizer(a)
			d, ok := fast.(*analysis.DefaultAnalyzer)
			if !ok {
				t.Fatalf("analyzer is %T", fast)
			}
			tok := d.Tokenizer
			if dh, ok := tok.(deHyphenTokenizer); ok {
				tok = dh.inner // German: the fast path inside the compound joiner
			}
			if _, ok := tok.(fastTokenizer); !ok {
				t.Fatalf("tokenizer is %T, not the fast one", d.Tokenizer)
			}
			got, want := fast.Analyze([]byte(c.text)), a.Analyze([]byte(c.text))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %v\nwant %v", got, want)
			}
		})
	}
}
