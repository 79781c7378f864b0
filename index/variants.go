package index

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names and places change their endings in the languages that decline
// them, and people type them in Latin letters however the report writes
// them: "malbork" for the Polish "w Malborku", "rzeszow" for "Rzeszowie",
// "kramatorsk" for the Ukrainian "у Краматорську", "belgorod" for the
// Russian "из Белгорода", "grinchuk" for "Гринчук". The analyzers stem
// common words but not these, so the word typed is unknown to the corpus
// and the question finds nothing. So, like an accent typed without its
// mark (fold.go), a query word the corpus does not know is read as an
// indexed word of another language that is the same word with another
// ending, or the same word in Cyrillic once both are written in a rough
// Latin skeleton (variantTerm); respell puts it in the query.

// Bounds of a variant: the two words share a prefix of at least
// variantStem letters, and at most variantTyped letters of the typed word
// and variantEnding of the indexed one differ after it. A typed word of
// fewer than variantShort letters must be a prefix of the indexed word.
const (
	variantStem   = 4
	variantTyped  = 2
	variantEnding = 3
	variantShort  = 5
)

// cyrillicLatin writes a Cyrillic letter in Latin, as news agencies do.
var cyrillicLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "e",
	'є': "ye", 'ж': "zh", 'з': "z", 'и': "i", 'і': "i", 'ї': "yi", 'й': "y", 'к': "k",
	'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya", '\'': "", '’': "",
}

// skeletonSteps reduce the ways one sound is spelt in Latin letters to
// one: Ukrainian "h" and Russian "g" for "г", "y", "i" and "j" for the
// same vowel or glide, the digraphs of the transliteration schemes.
var skeletonSteps = strings.NewReplacer(
	"shch", "s", "sch", "s", "tch", "c", "zh", "z", "kh", "h", "ch", "c", "ts", "c", "tz", "c",
	"sh", "s", "ph", "f", "w", "v", "x", "ks", "q", "k", "ck", "k", "g", "h", "j", "i", "y", "i",
)

// vowelGlides drops the glide before a vowel once "y" and "j" are "i"
// ("ya", "ja" and "ia" are all "я").
var vowelGlides = strings.NewReplacer("ia", "a", "ie", "e", "iu", "u", "io", "o")

// skeleton writes w, Latin or Cyrillic, in a rough Latin spelling that
// the usual transliterations of one name share: "Гринчук", "Hrynchuk"
// and "Grinchuk" are all "hrincuk".
func skeleton(w string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		if l, ok := cyrillicLatin[r]; ok {
			b.WriteString(l)
			continue
		}
		b.WriteRune(r)
	}
	s := vowelGlides.Replace(skeletonSteps.Replace(fold(b.String())))
	var out []byte
	for i := 0; i < len(s); i++ {
		if len(out) == 0 || out[len(out)-1] != s[i] {
			out = append(out, s[i])
		}
	}
	return string(out)
}

// variantGap says whether f is another form of q (both folded or both
// skeletons) and how far apart the two are: the letters after their common
// prefix, typed and indexed; 0 for one skeleton of two spellings. ok is
// false when they are too far apart.
func variantGap(q, f string) (gap int, ok bool) {
	c := 0
	for c < len(q) && c < len(f) && q[c] == f[c] {
		c++
	}
	typed, ending := len(q)-c, len(f)-c
	if c < variantStem || typed > variantTyped || ending > variantEnding {
		return 0, false
	}
	if len(q) < variantShort && typed > 0 {
		return 0, false
	}
	return typed + ending, true
}

// cyrillicFirst maps the first letter of a skeleton to the Cyrillic
// letters a word with that skeleton may begin with.
var cyrillicFirst = func() map[byte][]rune {
	out := map[byte][]rune{}
	for r := range cyrillicLatin {
		if !unicode.Is(unicode.Cyrillic, r) {
			continue
		}
		// The letter before a vowel, as it begins a name ("Яна", "Юрий").
		if s := skeleton(string(r) + "a"); s != "" {
			out[s[0]] = append(out[s[0]], r)
		}
	}
	for _, rs := range out {
		sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	}
	return out
}()

// variantTerm returns the indexed word of a language other than English
// that the unknown query word raw (Latin letters, typed without accents)
// is another form of: the same word with another ending, or, in a
// Cyrillic text, the same word once both are skeletons; "" when none is.
// Of several, the closest wins, then the one in most records, then the
// first in order, so the answer never depends on map order.
func (ix *Index) variantTerm(als []string, raw string) (string, error) {
	if utf8.RuneCountInString(raw) < variantStem || !latinWord(raw) {
		return "", nil
	}
	key := "variant\x00" + strings.Join(als, ",") + "\x00" + raw
	gen := ix.facets.gen.Load()
	if w, ok := ix.accents.get(gen, key); ok {
		return w, nil
	}
	w, err := ix.scanVariants(als, raw)
	if err == nil {
		ix.accents.put(gen, key, w)
	}
	return w, err
}

// latinWord reports whether w is written in Latin letters only.
func latinWord(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// variantBest is the best variant found so far.
type variantBest struct {
	term  string
	gap   int
	count uint64
}

func (b *variantBest) offer(term string, gap int, count uint64) {
	if b.term == "" || gap < b.gap || gap == b.gap && (count > b.count || count == b.count && term < b.term) {
		b.term, b.gap, b.count = term, gap, count
	}
}

// scanVariants is variantTerm without the cache: it reads the terms of
// each non-English text field that begin with a letter the variant may
// begin with.
func (ix *Index) scanVariants(als []string, raw string) (string, error) {
	q, sk := fold(raw), skeleton(raw)
	first, _ := utf8.DecodeRuneInString(q)
	latin := append([]rune{first}, accentedFirst[first]...)
	var cyr []rune
	if sk != "" {
		cyr = cyrillicFirst[sk[0]]
	}
	en := analyzerFor(defaultLang)
	sks := latinSkeletons(raw)
	starts := skeletonStarts(sks)
	var best variantBest
	for _, a := range als {
		field := textField(a)
		if a == en {
			// English forms are the analyzer's to find; another
			// transliteration of a name is not ("dmitryev", "Dmitriev").
			for _, p := range starts {
				if err := ix.eachTerm(field, p, func(term string, count uint64) {
					if slices.Contains(sks, skeleton(term)) {
						best.offer(term, 0, count)
					}
				}); err != nil {
					return "", err
				}
			}
			continue
		}
		for _, p := range latin {
			if err := ix.eachTerm(field, p, func(term string, count uint64) {
				if gap, ok := variantGap(q, fold(term)); ok {
					best.offer(term, gap, count)
				} else if slices.Contains(sks, skeleton(term)) {
					best.offer(term, 0, count) // "kachowka", "Kakhovka"
				}
			}); err != nil {
				return "", err
			}
		}
		for _, p := range starts {
			if slices.Contains(latin, p) {
				continue // read above
			}
			if err := ix.eachTerm(field, p, func(term string, count uint64) {
				if slices.Contains(sks, skeleton(term)) {
					best.offer(term, 0, count)
				}
			}); err != nil {
				return "", err
			}
		}
		for _, p := range cyr {
			if err := ix.eachTerm(field, p, func(term string, count uint64) {
				if gap, ok := variantGap(sk, skeleton(term)); ok {
					best.offer(term, gap, count)
				}
			}); err != nil {
				return "", err
			}
		}
	}
	return best.term, nil
}

// eachTerm calls fn with every term of field that begins with first, and
// the number of records it is in.
func (ix *Index) eachTerm(field string, first rune, fn func(term string, count uint64)) error {
	dict, err := ix.idx.FieldDictPrefix(field, []byte(string(first)))
	if err != nil {
		return fmt.Errorf("terms of %s: %w", field, err)
	}
	for {
		e, err := dict.Next()
		if err != nil {
			_ = dict.Close()
			return fmt.Errorf("terms of %s: %w", field, err)
		}
		if e == nil {
			break
		}
		fn(e.Term, e.Count)
	}
	if err := dict.Close(); err != nil {
		return fmt.Errorf("terms of %s: %w", field, err)
	}
	return nil
}

// germanCh reads "ch" as German and Polish transliterations write it, for
// the Cyrillic "х" ("Kachowka", "Charkiw"), where English writes "kh", and
// the Polish "cz" and "sz" as "ch" and "sh" ("Czernihów"); "sch" and
// "tsch" are left to skeleton.
var germanCh = strings.NewReplacer("tsch", "tsch", "sch", "sch", "szcz", "shch", "cz", "tch", "sz", "sh", "ch", "kh")

// latinSkeletons are the skeletons of a Latin word read as an English
// transliteration and, when it has a "ch", as a German or Polish one:
// "dmitryev" and "Dmitriev" share the first, "kachowka" and "Kakhovka"
// the second.
func latinSkeletons(w string) []string {
	out := []string{skeleton(w)}
	if g := skeleton(germanCh.Replace(strings.ToLower(w))); g != out[0] {
		out = append(out, g)
	}
	return out
}

// latinStarts maps the first letter of a skeleton to the letters a Latin
// spelling with that skeleton may begin with ("Tschernihiw" and
// "Chernihiv" are both "cernihiv").
var latinStarts = map[byte]string{
	'c': "ct", 'h': "hgk", 'i': "ijy", 's': "s", 'v': "vw", 'k': "kqc", 'z': "z",
}

// skeletonStarts returns the first letters of the Latin words whose
// skeleton may be one of sks, in order and without repeats.
func skeletonStarts(sks []string) []rune {
	var out []rune
	for _, sk := range sks {
		if sk == "" {
			continue
		}
		letters := latinStarts[sk[0]]
		if letters == "" {
			letters = sk[:1]
		}
		for _, r := range letters {
			if !slices.Contains(out, r) {
				out = append(out, r)
			}
		}
	}
	return out
}
