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

import (
	"strings"
	"sync"
)

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

// questionTopicsData is pointrefs.json's questionTopics: the words by
// which a sentence names a point as the subject of questions asked ("did
// not answer our questions concerning point 9", "pytania dotyczące punktu
// 9", "Fragen zu Punkt 9"), lower case.
var questionTopicsData = sync.OnceValue(func() []string {
	var d struct {
		Topics []string `json:"questionTopics"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &d)
	return d.Topics
})

// askedAboutPoint reports whether sentence s names point n only as what
// questions were about: a question-topic phrase right before the point's
// reference, with no term the catalogue numbers n stated ("Ministerstwo
// nie odpowiedziało na nasze pytania dotyczące punktu 9." sets out no
// term of point 9; the point is given where the article states it).
func askedAboutPoint(s string, n int) bool {
	_, end, ok := pointRefEnd(s)
	if !ok {
		return false
	}
	low := lowerString(s[:end])
	for _, q := range questionTopicsData() {
		at := strings.LastIndex(low, q)
		if at < 0 {
			continue
		}
		// the point word (and its number) follow the phrase, an article
		// at most between them: "questions about the point 9"
		if rest := strings.Fields(low[at+len(q):]); len(rest) <= 3 {
			var sc termScan
			return !numberedAt(planTermsData(), &sc, s, n)
		}
	}
	return false
}
