// Labels: "NAME: text" at the start of a paragraph, as transcripts and
// live blogs write who speaks.

package corpus

import (
	"strings"
)

// colonLabel recognises "NAME: text" at the start of a paragraph, the form
// of transcripts and of quotes in live blogs.
func (x *extractor) colonLabel(p string) (string, *speaker, bool) {
	i := strings.Index(p, ": ")
	if i <= 0 || i > 60 {
		return "", nil, false
	}
	label, text := p[:i], strings.TrimSpace(p[i+2:])
	if text == "" || strings.ContainsAny(label, "“”\",;") {
		return "", nil, false
	}
	toks := tokenize(label)
	if len(toks) == 0 || len(toks) > 6 {
		return "", nil, false
	}
	for _, t := range toks {
		if !x.subjectWord(t, false) || x.lx.sayVerbs[t.low] {
			return "", nil, false
		}
	}
	sp := x.classify(toks, false)
	if sp == nil || sp.kind == kindBody && len(toks) == 1 {
		return "", nil, false // "KYIV: ..." is a dateline, not a speaker
	}
	if q, ok := wholeQuote(text); ok {
		text = q
	}
	return text, sp, true
}

// looksLabelled reports whether a paragraph opens with a speaker label of
// any kind, resolved or not ("Q:", "MODERATOR:").
func looksLabelled(p string) bool {
	i := strings.Index(p, ": ")
	if i <= 0 || i > 40 {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(p[:i]) {
		if n++; n > 5 || !isCapital(w) {
			return false
		}
	}
	return true
}
