package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A judgement noun names who judged after what was judged: "«The plan is
// dead.» That was the verdict of Petr Novák, an economist.", "C'est le
// verdict de X.", "Таков вердикт экономиста X.", or, closing the same
// sentence, "The plan is dead, was the verdict of X.", "Der Plan ist tot,
// so das Urteil des Ökonomen X." Features and commentary write it where
// wire copy writes "said"; no speech verb stands in it, so the sentence
// judged was read as no one's. The phrases are data per language
// (predicates.json verdictRefs, verdictTails); the rest must be a person
// (a jury's or a court's verdict is no statement) and at most a
// circumstance.

// verdictLex holds the phrases: the sentence openers lower-case with the
// set of their first runes, the tails as written with the comma before
// and the space after them.
type verdictLex struct {
	heads  map[string][]string
	firsts map[string]map[rune]bool
	tails  map[string][]string
}

var verdictData = sync.OnceValue(func() verdictLex {
	var d struct {
		Heads map[string][]string `json:"verdictRefs"`
		Tails map[string][]string `json:"verdictTails"`
	}
	mustDecodeJSON("data/predicates.json", predicatesJSON, &d)
	v := verdictLex{heads: map[string][]string{}, firsts: map[string]map[rune]bool{}, tails: map[string][]string{}}
	for lang, ps := range d.Heads {
		v.firsts[lang] = map[rune]bool{}
		for _, p := range ps {
			p = lowerString(p)
			r, _ := utf8.DecodeRuneInString(p)
			v.firsts[lang][r] = true
			v.heads[lang] = append(v.heads[lang], p+" ")
		}
	}
	for lang, ps := range d.Tails {
		for _, p := range ps {
			v.tails[lang] = append(v.tails[lang], ", "+p+" ")
		}
	}
	return v
})

// verdictRef reads a sentence that opens with a judgement phrase naming a
// person, and gives that person the sentence before; it reports whether
// it did.
func (x *extractor) verdictRef(s string, pos int) bool {
	v := verdictData()
	heads := v.heads[x.src.Lang]
	if heads == nil || x.prevSentence == "" || x.prevSentencePara < pos-1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !v.firsts[x.src.Lang][unicode.ToLower(r)] {
		return false
	}
	for _, p := range heads {
		if len(s) <= len(p) || !strings.EqualFold(s[:len(p)], p) {
			continue
		}
		toks := x.tokensOf(s)
		sp := x.judgeAfter(toks, len(p))
		if sp == nil || x.hasSpeechCue(x.prevSentence) {
			return false // the sentence before has its own attribution
		}
		return x.emitPreviousQuoted(sp, pos)
	}
	return false
}

// verdictTail reads a sentence closed by a judgement phrase after a comma
// and emits what comes before the comma as the person's; it reports
// whether it did.
func (x *extractor) verdictTail(s string, pos int) bool {
	for _, p := range verdictData().tails[x.src.Lang] {
		i := strings.Index(s, p)
		if i <= 0 {
			continue
		}
		sp := x.judgeAfter(x.tokensOf(s), i+len(p))
		if sp == nil {
			return false
		}
		said := strings.TrimSpace(s[:i])
		if q, ok := wholeQuote(said); ok {
			x.emit(sp, trimSentenceEnd(q), true, pos)
			return true
		}
		x.emit(sp, said, false, pos)
		return true
	}
	return false
}

// judgeAfter is the person named by the tokens from byte offset at on,
// with at most a circumstance after the name; nil when they name no
// person.
func (x *extractor) judgeAfter(toks []tok, at int) *speaker {
	k := 0
	for k < len(toks) && toks[k].start < at {
		k++
	}
	if k == 0 || k == len(toks) {
		return nil
	}
	sp, end := x.trailingSubjectAfter(toks, k-1)
	if sp == nil || sp.kind != kindPerson || end < len(toks) && !x.adverbialTail(toks[end:]) {
		return nil
	}
	return sp
}
