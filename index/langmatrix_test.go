package index

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"planbot/corpus"
)

// The search language matrix: the domain's core terms (security
// guarantees, frozen assets, ceasefire, ... see testdata/langmatrix/en.txt)
// in every language the glossary should cover. Blind search sets bring new
// languages each time, and what transfers to a report nobody has read is
// the glossary's coverage of the domain vocabulary, not a rule for one
// fixture: this test measures that coverage, one language at a time.
//
// testdata/langmatrix/<lang>.txt holds, per term, the term as a reader of
// that language types it and a short passage written for this test that
// uses it inflected the way running text does ("a tűzszünetről", "pri
// prímerí"). For each language:
//
//   - en->xx: the passages are indexed together (each one a distractor for
//     the others, with off-topic ones); the English query must bring the
//     term's passage first.
//   - xx->en: over the English passages, the language's own term must bring
//     the English passage first, and so must the term typed without its
//     diacritics (xx->en plain).
//
// The figures are printed per language; a figure below its floor
// (langMatrixFloors) fails the test, so the glossary cannot lose a
// language's coverage unnoticed. PLANBOT_LANGMATRIX_MISSES=1 logs each
// miss with what came first.

// langMatrixFloors are the per-language floors: en->xx, xx->en and xx->en
// plain top-1 counts, as measured when the glossary was last filled.
var langMatrixFloors = map[string][3]int{
	"bg": {39, 37, 37},
	"cs": {39, 39, 38},
	"da": {37, 38, 36},
	"de": {11, 11, 11},
	"el": {37, 36, 36},
	"en": {40, 40, 40},
	"es": {12, 12, 12},
	"et": {37, 39, 39},
	"fi": {36, 36, 36},
	"fr": {12, 12, 12},
	"hr": {39, 38, 37},
	"hu": {37, 38, 38},
	"it": {12, 12, 12},
	"lt": {37, 39, 38},
	"lv": {38, 38, 38},
	"nl": {34, 37, 37},
	"no": {37, 38, 38},
	"pl": {12, 12, 12},
	"pt": {40, 40, 38},
	"ro": {39, 37, 37},
	"ru": {12, 12, 12},
	"sk": {39, 39, 39},
	"sl": {37, 37, 36},
	"sr": {39, 38, 38},
	"sv": {35, 38, 37},
	"tr": {37, 38, 38},
	"uk": {12, 12, 12},
	// the wide scripts (synonyms-scripts.txt), nine terms each
	"ko": {9, 9, 9},
	"he": {9, 9, 9},
	"ar": {9, 9, 9},
	"zh": {9, 9, 9},
	"ja": {9, 9, 9},
}

// matrixEntry is one line of a matrix file: a term's key, the term as
// typed in the file's language, and a passage using it.
type matrixEntry struct{ key, query, passage string }

// readMatrix reads testdata/langmatrix/<lang>.txt: "key | query | passage"
// lines; "#" starts a comment; the key "-" marks an off-topic distractor.
func readMatrix(t *testing.T, lang string) []matrixEntry {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "langmatrix", lang+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out []matrixEntry
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "|")
		if len(f) != 3 {
			t.Fatalf("%s.txt:%d: want key | query | passage", lang, n)
		}
		out = append(out, matrixEntry{strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.TrimSpace(f[2])})
	}
	return out
}

// openMatrix indexes the entries' passages, one document each, in lang,
// with two English off-topic distractors.
func openMatrix(t *testing.T, lang string, entries []matrixEntry) *Index {
	t.Helper()
	texts := []string{
		"The football final in Madrid drew a record crowd on Saturday.",
		"The weather in Lisbon stayed warm all week, forecasters said.",
	}
	for _, e := range entries {
		texts = append(texts, e.passage)
	}
	var docs []*corpus.Document
	for i, text := range texts {
		l := lang
		if i < 2 {
			l = "en"
		}
		d, err := corpus.Parse([]byte("---\nlang: "+l+"\n---\n\n"+text+"\n"), corpus.ParseOptions{Name: fmt.Sprintf("m%03d.md", i)})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return openDocs(t, docs)
}

// matrixFirst returns the key of the entry whose passage came first for
// query, "" for no answer, or "?" for a distractor.
func matrixFirst(t *testing.T, ix *Index, entries []matrixEntry, query string) string {
	t.Helper()
	res, err := ix.Search(context.Background(), corpus.Query{Text: query})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 {
		return ""
	}
	h := strings.Join(strings.Fields(res.Hits[0].Text), " ")
	for _, e := range entries {
		if strings.Contains(h, e.passage) || strings.Contains(e.passage, h) {
			return e.key
		}
	}
	return "?"
}

// langMatrixLangs are the languages of the matrix: the ones blind sets
// brought lately, then spot-checks of the glossary's older languages.
var langMatrixLangs = []string{
	"en", "hu", "bg", "el", "ro", "cs", "sk", "sl", "hr", "sr", "lt", "lv", "et",
	"fi", "sv", "da", "no", "nl", "pt", "tr",
	"de", "fr", "it", "es", "pl", "ru", "uk",
	"ko", "he", "ar", "zh", "ja",
}

func TestLangMatrix(t *testing.T) {
	if testing.Short() {
		t.Skip("builds an index per language")
	}
	misses := os.Getenv("PLANBOT_LANGMATRIX_MISSES") != ""
	en := readMatrix(t, "en")
	enQuery := map[string]string{}
	for _, e := range en {
		enQuery[e.key] = e.query
	}
	enIx := openMatrix(t, "en", en)
	var lines []string
	only := os.Getenv("PLANBOT_LANGMATRIX_LANGS") // "ko,he": only these languages (floors of the others not checked)
	for _, lang := range langMatrixLangs {
		if only != "" && !slices.Contains(strings.Split(only, ","), lang) {
			continue
		}
		if _, err := os.Stat(filepath.Join("testdata", "langmatrix", lang+".txt")); err != nil {
			continue
		}
		entries := readMatrix(t, lang)
		ix := openMatrix(t, lang, entries)
		var got [3]int
		n := 0
		for _, e := range entries {
			if e.key == "-" {
				continue
			}
			q, ok := enQuery[e.key]
			if !ok {
				t.Fatalf("%s: key %q not in en.txt", lang, e.key)
			}
			n++
			first := [3]string{matrixFirst(t, ix, entries, q), matrixFirst(t, enIx, en, e.query), ""}
			if plain(e.query) {
				first[2] = first[1] // nothing to fold: as typed
			} else {
				first[2] = matrixFirst(t, enIx, en, fold(e.query))
			}
			for i, k := range first {
				if k == e.key {
					got[i]++
				} else if misses {
					t.Logf("%s miss %d %q/%q (%s): first %q", lang, i, q, e.query, e.key, k)
				}
			}
		}
		lines = append(lines, fmt.Sprintf("%-3s n=%2d  en->xx %2d  xx->en %2d  plain %2d", lang, n, got[0], got[1], got[2]))
		if f, ok := langMatrixFloors[lang]; ok {
			for i := range got {
				if got[i] < f[i] {
					t.Errorf("%s: figure %d is %d, below its floor %d", lang, i, got[i], f[i])
				}
			}
		}
	}
	sort.Strings(lines)
	t.Logf("language matrix (top-1 counts):\n%s", strings.Join(lines, "\n"))
}
