package index

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
)

// People type names and words without their accents: "Helene", "Sikorski
// Radoslaw", "Korolev" for "Hélène", "Radosław", "Королёв". The French,
// Spanish, Italian, German and Portuguese analyzers fold accents already;
// the English, Polish, Russian and Ukrainian ones keep them, so the word
// typed is unknown to the corpus. The mapping stays as it is: the query
// side looks, for an unknown word typed without accents, for an indexed
// word that is the same once its accents are dropped, and reads the query
// word as that one (see respell).

// folder drops the accents of Latin letters (bleve's ASCII folding: "ł" ->
// "l", "é" -> "e", "ß" -> "ss").
var folder = asciifolding.New()

// fold returns s without accents: Latin letters folded to ASCII, and the
// Cyrillic "ё" and "ї" as most people type them ("е", "і").
func fold(s string) string {
	s = cyrillicFolder.Replace(s)
	return string(folder.Filter([]byte(s)))
}

var cyrillicFolder = strings.NewReplacer("ё", "е", "Ё", "Е", "ї", "і", "Ї", "І")

// plain reports whether s has no letter that fold changes: a word typed
// without accents.
func plain(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && !unicode.Is(unicode.Cyrillic, r) || r == 'ё' || r == 'ї' {
			return false
		}
	}
	return true
}

// accentedFirst maps a letter to the letters that fold to it ('z' -> 'ź',
// 'ż', 'ž', ...; 'е' -> 'ё'): an indexed word may begin with any of them.
var accentedFirst = func() map[rune][]rune {
	out := map[rune][]rune{}
	add := func(r rune) {
		f := []rune(fold(string(r)))
		if len(f) == 1 && f[0] != r {
			out[f[0]] = append(out[f[0]], r)
		}
	}
	for r := rune(0xC0); r <= 0x24F; r++ {
		if unicode.IsLower(r) {
			add(r)
		}
	}
	add('ё')
	add('ї')
	return out
}()

// accentedTerm returns the term of field that folds to t or raw (the query
// word as analysed and as typed, both without accents) and differs from
// it, the one in most records when several do (then the first in order),
// or "" when none does.
func (ix *Index) accentedTerm(field, t, raw string) (string, error) {
	key := field + "\x00" + t + "\x00" + raw
	gen := ix.facets.gen.Load()
	if w, ok := ix.accents.get(gen, key); ok {
		return w, nil
	}
	w, err := ix.scanAccented(field, t, raw)
	if err == nil {
		ix.accents.put(gen, key, w)
	}
	return w, err
}

// accentCache holds accentedTerm's answers for one index generation: the
// scan of the term dictionary was a tenth of a search's CPU, and the same
// unknown words (misspellings, off-topic words) come back again and again.
type accentCache struct {
	mu  sync.Mutex
	gen uint64
	m   map[string]string
}

// maxAccentCache bounds the cache: when full it starts again empty.
const maxAccentCache = 4096

func (c *accentCache) get(gen uint64, key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen || c.m == nil {
		return "", false
	}
	w, ok := c.m[key]
	return w, ok
}

func (c *accentCache) put(gen uint64, key, w string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen || c.m == nil || len(c.m) >= maxAccentCache {
		c.gen, c.m = gen, map[string]string{}
	}
	c.m[key] = w
}

// scanAccented is accentedTerm without the cache.
func (ix *Index) scanAccented(field, t, raw string) (string, error) {
	first, _ := utf8.DecodeRuneInString(t)
	if first == utf8.RuneError {
		return "", nil
	}
	best, bestN := "", uint64(0)
	for _, p := range append([]rune{first}, accentedFirst[first]...) {
		dict, err := ix.idx.FieldDictPrefix(field, []byte(string(p)))
		if err != nil {
			return "", fmt.Errorf("terms of %s: %w", field, err)
		}
		for {
			e, err := dict.Next()
			if err != nil {
				_ = dict.Close()
				return "", fmt.Errorf("terms of %s: %w", field, err)
			}
			if e == nil {
				break
			}
			if plain(e.Term) {
				continue
			}
			if f := fold(e.Term); (f == t || f == raw) && (e.Count > bestN || e.Count == bestN && e.Term < best) {
				best, bestN = e.Term, e.Count
			}
		}
		if err := dict.Close(); err != nil {
			return "", fmt.Errorf("terms of %s: %w", field, err)
		}
	}
	return best, nil
}

// accented returns, for the query words in need (unknown to the corpus and
// typed without accents, three letters or more), the indexed word each
// folds to, from the text fields of als in order.
func (ix *Index) accented(als []string, qts []queryTerm, need []bool) (map[string]string, error) {
	fix := map[string]string{}
	for i, qt := range qts {
		if !need[i] || utf8.RuneCountInString(qt.raw) < 3 || !plain(qt.raw) {
			continue
		}
		as := append([]string(nil), als...)
		sort.Strings(as)
		for _, a := range as {
			t, ok := qt.byAnalyzer[a]
			if !ok || !plain(t) || !ix.keepsAccents(a, t) {
				continue
			}
			w, err := ix.accentedTerm(textField(a), t, qt.raw)
			if err != nil {
				return nil, err
			}
			if w != "" {
				fix[qt.raw] = w
				break
			}
		}
	}
	return fix, nil
}

// accentKeepers caches keepsAccents per analyzer name and script: an
// analyzer is the same in every index.
var accentKeepers sync.Map // analyzer name + script -> bool

// keepsAccents reports whether analyzer a leaves accents in the terms of a
// word in the script of w (Latin or Cyrillic): the English and Polish
// analyzers keep "é" and "ł", the French or German ones fold them; only
// fields whose analyzer keeps them can hold a word that a query typed
// without them does not find.
func (ix *Index) keepsAccents(a, w string) bool {
	probe := "brézol"
	if strings.IndexFunc(w, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0 {
		probe = "брёзол"
	}
	key := a + "\x00" + probe
	if v, ok := accentKeepers.Load(key); ok {
		return v.(bool)
	}
	an := ix.analyzer(a)
	if an == nil {
		return false
	}
	keeps := false
	for _, t := range terms(an, probe) {
		keeps = keeps || !plain(t)
	}
	accentKeepers.Store(key, keeps)
	return keeps
}
