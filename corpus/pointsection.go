// Point sections: a reprint that heads each point with a bare label on a
// line of its own ("Point 7", "Punkt 7", "Пункт 7") prints the point's
// text in the paragraph under it, sometimes running on into the next one
// ("…, and NATO agrees to include in its statutes …"). That text is the
// plan's, not speech: "Ukraine agrees to enshrine in its constitution
// that it will not join NATO" has no speaker. Notes and reactions after
// it are read as usual.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// pointText reports whether paragraph p is the text of a point under a
// bare point heading: the paragraph right after it, or one that runs on
// from that text in lower case.
func (x *extractor) pointText(p *paragraph) bool {
	for i := p.index - 1; i >= 0 && i >= p.index-3 && i < len(x.paras); i-- {
		q := x.paras[i]
		if q.index != i {
			return false
		}
		if q.kind == paraHeading || q.kind == paraText && barePointLabel(q.text) {
			return barePointLabel(q.text)
		}
		r, _ := utf8.DecodeRuneInString(p.text)
		if !unicode.IsLower(r) {
			return false // a new paragraph of its own, not the point running on
		}
		p = &x.paras[i] // the paragraph it runs on from must be the point's text too
	}
	return false
}

// barePointLabel reports whether a line is only a point word and its
// number: "Point 7", "Punkt 7.", "Пункт 7". It is asked of most
// paragraphs, so the number is checked first and nothing is split.
func barePointLabel(s string) bool {
	s = strings.Trim(s, "*# ")
	sp := strings.IndexByte(s, ' ')
	if sp <= 0 || sp > 24 {
		return false
	}
	n := strings.TrimRight(s[sp+1:], ".:")
	if n == "" || len(n) > 3 {
		return false
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return lowerIn(lexiconData().pointWords, s[:sp])
}
