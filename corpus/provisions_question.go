// A point named inside a question: "What about the Peace Council in point
// 27, chaired by President Trump?", "Et l'amnistie générale prévue par le
// point 26 ?", "А девятнадцатый пункт, про Запорожскую АЭС под контролем
// МАГАТЭ?". An interviewer's question often states the point it asks
// about, and that point is a provision of its version like any other. A
// question was left out whole since cb8dccc because most questions that
// name a point state nothing of it ("Le point 7, sur l'OTAN, est-il
// négociable ?", "Which point worried you most?"): the question names a
// topic and the answer gives the terms. So a question is read only when
// the catalogue (data/planterms.json) numbers a term it states at the very
// number it names, in some version, and at no other: the question then
// states that point's term, not just its topic.

package corpus

import "strings"

// questionPoint reports whether sentence s may give point n's term though
// it asks: it is no question, or it is one whose stated term the
// catalogue numbers n.
func questionPoint(s string, n int) bool {
	if !strings.HasSuffix(strings.TrimSpace(s), "?") {
		return true
	}
	if n <= 0 {
		return false
	}
	var sc termScan
	return numberedAt(planTermsData(), &sc, s, n)
}
