// Reader comments under an article: a page copied whole brings the
// comment section after the story ("REACTIES (143)   Sorteer op: Nieuwste
// | Populairste", "Comments (12)", "87 Kommentare"), its handles, stamps,
// "> " replies and like counters. A commenter who repeats the story
// ("Putin says he is ready for war with Europe. I'd take that seriously.")
// or names a point ("Point 21 remains the problem") is neither a speaker
// nor a source of the plan's points: what follows the section's heading is
// the readers', not the publication's. readThread (threads.go) reads a
// thread that is the document; this reads the comments below an article,
// and takes them out of extraction only: their passages stay searchable.

package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// commentSectionWords is data/threads.json's commentSections, with the
// sort buttons of interfacePrefixes that may stand beside them.
var commentSectionWords = sync.OnceValue(func() struct {
	heads []string
	sorts []string
} {
	var d struct {
		Heads []string `json:"commentSections"`
		Pre   []string `json:"interfacePrefixes"`
	}
	mustDecodeJSON("data/threads.json", threadsJSON, &d)
	var sorts []string
	for _, p := range d.Pre {
		if !strings.HasPrefix(p, "[") && !strings.HasSuffix(p, "@") && !strings.HasSuffix(p, " ") {
			sorts = append(sorts, p)
		}
	}
	return struct {
		heads []string
		sorts []string
	}{d.Heads, sorts}
})

// maxCommentHeadRunes bounds a comment section's heading line.
const maxCommentHeadRunes = 90

// commentSectionHead reports whether a paragraph is the heading a reader
// comment section opens with: the section's word with a count ("REACTIES
// (143)", "143 reacties", "Comments: 12") or a sort button after it
// ("Comments · Sort by: Newest"). A heading word alone ("## Comments") may
// head the article's own section of officials' comments and is not read.
func commentSectionHead(text string) bool {
	if len(text) > 4*maxCommentHeadRunes || containsAny(text, ".!?«»“”\"") {
		return false // a sentence (most paragraphs), looked at before any copy is made
	}
	t := lowerString(strings.Trim(strings.TrimSpace(text), "-=*#_ "))
	if t == "" || utf8.RuneCountInString(t) > maxCommentHeadRunes {
		return false
	}
	counted := false
	if r, _ := utf8.DecodeRuneInString(t); unicode.IsDigit(r) {
		i := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' })
		if i < 0 {
			return false
		}
		t, counted = strings.TrimSpace(t[i:]), true // "143 reacties"
	}
	w := commentSectionWords()
	for _, h := range w.heads {
		rest, ok := strings.CutPrefix(t, h)
		if !ok || rest != "" && unicode.IsLetter(firstRune(rest)) {
			continue
		}
		rest = strings.TrimLeft(rest, " :·|(")
		if r := firstRune(rest); unicode.IsDigit(r) {
			counted = true // "(143)", ": 12"
			rest = strings.TrimLeft(rest, "0123456789.,) ·|")
		}
		for _, s := range w.sorts {
			if strings.HasPrefix(rest, s) {
				return true // "Sorteer op: Nieuwste | Populairste"
			}
		}
		return counted
	}
	return false
}

// withoutReaderComments returns ps with the paragraphs of a reader comment
// section below the article (from its heading on, see commentSectionHead)
// read as no content, or ps as it is when it has none. The heading must
// follow some of the article's text.
func withoutReaderComments(ps []paragraph) []paragraph {
	text := 0
	for i, p := range ps {
		if p.kind == paraText && len(p.text) > 80 {
			text++
		}
		if text < 2 || p.kind != paraText && p.kind != paraHeading || !commentSectionHead(p.text) {
			continue
		}
		out := append([]paragraph(nil), ps...)
		for k := i; k < len(out); k++ {
			out[k].kind = paraTags
		}
		return out
	}
	return ps
}
