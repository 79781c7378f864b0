package index

import (
	"context"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/search"
)

// Glossary words in scripts no sourced field's text is written in.
//
// A term with synonyms is scored as a disjunction of it and each synonym,
// times the share of them matched (bleve's coordination factor, counted
// over every synonym, found in the index or not). The Korean, Hebrew,
// Arabic, Chinese and Japanese words the glossary and speakers.json hold
// for an English, German or Russian term are synonyms of it in that
// language's field too, where no text holds them: each one added lowered
// the term's weight against the other words of an English question over
// English text, and the released search sets moved with it. So a
// synonym in one of these scripts is kept on a sourced field only when
// some record of the field holds it; the English word still finds the
// Korean text through the Korean field, which has no source and takes
// only the synonyms it holds anyway (sourceless.go).

// wideScript reports whether s has a letter of the Hangul, Hebrew,
// Arabic, Han or kana scripts.
func wideScript(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return r >= 0x0590 && (unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Hebrew, r) ||
			unicode.Is(unicode.Arabic, r) || unicode.Is(unicode.Han, r) ||
			unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
	}) >= 0
}

// withoutAbsentWide drops from fts, on the fields with a synonym source,
// the synonyms in a wide script (wideScript) that no record of the field
// holds. The lists are copied, not changed in place: they may be the
// thesaurus cache's.
func (ix *Index) withoutAbsentWide(ctx context.Context, fts search.FieldTermSynonymMap) (search.FieldTermSynonymMap, error) {
	var dfs *dfReader
	defer func() {
		if dfs != nil {
			dfs.close()
		}
	}()
	for field, terms := range fts {
		a, ok := strings.CutPrefix(field, textPrefix)
		if !ok || !withSynonyms(a) {
			continue
		}
		for term, syns := range terms {
			keep := -1 // syns[:keep] are kept as they are, until one is dropped
			var out []string
			for i, s := range syns {
				drop := false
				if wideScript(s) {
					if dfs == nil {
						dfs = ix.newDFReader(ctx)
					}
					n, err := dfs.df(field, s)
					if err != nil {
						return fts, err
					}
					drop = n == 0
				}
				switch {
				case drop && keep < 0:
					keep = i
					out = append(make([]string, 0, len(syns)-1), syns[:i]...)
				case !drop && keep >= 0:
					out = append(out, s)
				}
			}
			switch {
			case keep >= 0 && len(out) == 0:
				delete(terms, term) // a plain term, as with no group
			case keep >= 0:
				terms[term] = out
			}
		}
	}
	return fts, nil
}
