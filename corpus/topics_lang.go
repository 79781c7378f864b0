package corpus

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The taxonomy's keywords (topics.json) are English, so a Russian or
// Italian point of the plan got no topic: the topic filter passed it over
// and the index wrote no topic words beside it. topics-languages.json
// gives each topic its keywords in the other languages, and a record of a
// document in such a language gets the topics they name, beside those its
// English words give.
//
// Only finished records are tagged (tagOtherLanguages, at the end of
// parse): the extraction rules compare the topics of sentences
// (pointGiven, the trailing-point rule), and tagging those too moved
// sentences between points.

//go:embed data/topics-languages.json
var topicsLangData []byte

// minLangPrefix is the shortest prefix keyword, in letters: a shorter one
// starts words of every sense.
const minLangPrefix = 4

// langKeyword is one keyword of one language: its words, each a prefix
// when it ends with * in the data, and the topic bit it sets.
type langKeyword struct {
	words  []string
	prefix []bool
	bit    uint64
}

// langTagger holds one language's keywords by their first word: exact
// words in exact, prefixes in prefix (looked up by each of a word's
// leading cuts of minLangPrefix letters or more).
type langTagger struct {
	exact  map[string][]langKeyword
	prefix map[string][]langKeyword
	maxPre int // the longest prefix, in bytes
}

// langTaggers parses topics-languages.json once; the file is part of the
// binary and TestTopicsLanguagesData loads it, so an error is a
// programming error.
var langTaggers = sync.OnceValue(func() map[string]*langTagger {
	out, err := parseLangTopics(topicsLangData, lexiconData().topics)
	if err != nil {
		panic(err)
	}
	return out
})

// parseLangTopics reads the per-language keywords against the taxonomy
// (topic IDs must exist, prefixes must be long enough).
func parseLangTopics(data []byte, topics []Topic) (map[string]*langTagger, error) {
	var f struct {
		Languages map[string]map[string][]string `json:"languages"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("topics-languages.json: %w", err)
	}
	bitOf := map[string]uint64{}
	for i, t := range topics {
		bitOf[t.ID] = 1 << i
	}
	out := map[string]*langTagger{}
	for lang, byTopic := range f.Languages {
		tg := &langTagger{exact: map[string][]langKeyword{}, prefix: map[string][]langKeyword{}}
		for id, kws := range byTopic {
			bit, ok := bitOf[id]
			if !ok {
				return nil, fmt.Errorf("topics-languages.json: %s: no topic %q in topics.json", lang, id)
			}
			for _, kw := range kws {
				k := langKeyword{bit: bit}
				for _, w := range strings.Fields(lowerString(kw)) {
					p := strings.HasSuffix(w, "*")
					w = strings.TrimSuffix(w, "*")
					if p && utf8.RuneCountInString(w) < minLangPrefix {
						return nil, fmt.Errorf("topics-languages.json: %s %s: prefix %q* needs %d letters", lang, id, w, minLangPrefix)
					}
					if w == "" {
						return nil, fmt.Errorf("topics-languages.json: %s %s: empty word in %q", lang, id, kw)
					}
					k.words = append(k.words, w)
					k.prefix = append(k.prefix, p)
				}
				if len(k.words) == 0 {
					return nil, fmt.Errorf("topics-languages.json: %s %s: empty keyword", lang, id)
				}
				if k.prefix[0] {
					tg.prefix[k.words[0]] = append(tg.prefix[k.words[0]], k)
					tg.maxPre = max(tg.maxPre, len(k.words[0]))
				} else {
					tg.exact[k.words[0]] = append(tg.exact[k.words[0]], k)
				}
			}
		}
		out[lang] = tg
	}
	return out, nil
}

// langWords splits text into lower-case words: letters, digits, and a
// hyphen or apostrophe between letters ("cessez-le-feu", "возз'єднання").
// A Latin apostrophe ends a word ("l'otan" is "l" and "otan"); only a
// Cyrillic word keeps it, where it belongs to the spelling, written as
// the ASCII apostrophe whichever of isApostrophe's was typed.
func langWords(text string) []string {
	var out []string
	var b strings.Builder
	var prev rune
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case b.Len() > 0 && (r == '-' || isApostrophe(r) && unicode.Is(unicode.Cyrillic, prev)):
			next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
			if unicode.IsLetter(next) && r == '-' {
				b.WriteRune(r)
			} else if unicode.IsLetter(next) {
				b.WriteByte('\'') // one apostrophe however typed
			} else {
				flush()
			}
		default:
			flush()
		}
		prev = r
	}
	flush()
	return out
}

// isApostrophe says whether r is an apostrophe as Ukrainian is typed:
// ASCII, the typographic one or the modifier letter.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// tag returns the topic bits of the keywords that occur in words.
func (tg *langTagger) tag(words []string) uint64 {
	var hit uint64
	for i, w := range words {
		for _, k := range tg.exact[w] {
			if hit&k.bit == 0 && k.matchesAt(words, i) {
				hit |= k.bit
			}
		}
		// every leading cut of minLangPrefix letters or more, up to the
		// longest prefix keyword
		n := 0
		for j := range w {
			if n >= minLangPrefix {
				if j > tg.maxPre {
					break
				}
				for _, k := range tg.prefix[w[:j]] {
					if hit&k.bit == 0 && k.matchesAt(words, i) {
						hit |= k.bit
					}
				}
			}
			n++
		}
		if len(w) <= tg.maxPre {
			for _, k := range tg.prefix[w] {
				if hit&k.bit == 0 && k.matchesAt(words, i) {
					hit |= k.bit
				}
			}
		}
	}
	return hit
}

// matchesAt says whether k's words occur from words[i] on.
func (k langKeyword) matchesAt(words []string, i int) bool {
	if i+len(k.words) > len(words) {
		return false
	}
	for j, kw := range k.words {
		w := words[i+j]
		if k.prefix[j] && !strings.HasPrefix(w, kw) || !k.prefix[j] && w != kw {
			return false
		}
	}
	return true
}

// taggerFor returns the keywords of a document's language ("pt-br" reads
// as "pt"), nil when it has none (English: topics.json's own).
func taggerFor(lang string) *langTagger {
	lang, _, _ = strings.Cut(lowerString(lang), "-")
	return langTaggers()[lang]
}

// tagOtherLanguages adds to each record of doc the topics its language's
// keywords name, in taxonomy order after merging with those it has. A
// record's slice is replaced, never appended to: provisions and passages
// share the slices of their memo.
func tagOtherLanguages(doc *Document) {
	tg := taggerFor(doc.Source.Lang)
	if tg == nil {
		return
	}
	memo := map[string]uint64{}
	with := func(text string, topics []string) []string {
		hit, ok := memo[text]
		if !ok {
			hit = tg.tag(langWords(text))
			memo[text] = hit
		}
		if hit == 0 {
			return topics
		}
		return mergeTopics(topics, hit)
	}
	for i := range doc.Provisions {
		doc.Provisions[i].Topics = with(doc.Provisions[i].Text, doc.Provisions[i].Topics)
	}
	for i := range doc.Statements {
		doc.Statements[i].Topics = with(doc.Statements[i].Text, doc.Statements[i].Topics)
	}
	for i := range doc.Passages {
		doc.Passages[i].Topics = with(doc.Passages[i].Text, doc.Passages[i].Topics)
	}
}

// mergeTopics returns topics with the topics of the bits in hit, in
// taxonomy order; topics itself when hit adds nothing.
func mergeTopics(topics []string, hit uint64) []string {
	lx := lexiconData()
	var have uint64
	for i, t := range lx.topics {
		if slices.Contains(topics, t.ID) {
			have |= 1 << i
		}
	}
	if hit&^have == 0 {
		return topics
	}
	all := have | hit
	out := make([]string, 0, len(topics)+4)
	for i, t := range lx.topics {
		if all&(1<<i) != 0 {
			out = append(out, t.ID)
		}
	}
	return out
}
