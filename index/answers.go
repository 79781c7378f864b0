package index

import (
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"go.uber.org/zap"
)

// An interview asks in the words a member would type and answers in its
// own: "P. ¿Es optimista?" holds "optimista", the answer after it says
// what Arrieta expects; "Question : Le plan respecte-t-il la souveraineté
// ukrainienne ?" holds the words, the answer the position. So a hit that is
// an interviewer's question is shown as the paragraph that answers it (the
// next one) in the question's place, its text after the question's; when
// the answer is on the page already, behind the question, it moves up.

// questionLabels are the labels that open an interviewer's question, lower
// case, in the languages the glossary covers.
var questionLabels = []string{
	"q", "question", "frage", "f", "domanda", "d", "pregunta", "p", "pytanie",
	"pergunta", "vraag", "v", "вопрос", "в", "питання", "п",
}

// maxQuestionWords is the length of the longest paragraph read as a
// question heading without a label ("Who would police the plan?").
const maxQuestionWords = 16

// isQuestion says whether text is an interviewer's question: it ends with
// a question mark and opens with a question label ("Q:", "P.", "Question
// :") or is a short one-sentence heading.
func isQuestion(text string) bool {
	text = strings.TrimSpace(text)
	if !strings.HasSuffix(text, "?") || strings.ContainsRune(text, '\n') {
		return false
	}
	if i := strings.IndexAny(text, ".:"); i > 0 && i <= 9 {
		label := strings.ToLower(strings.TrimSpace(text[:i]))
		if slices.Contains(questionLabels, label) {
			return true
		}
	}
	body := strings.TrimSuffix(text, "?")
	return len(strings.Fields(text)) <= maxQuestionWords && !strings.ContainsAny(body, ".!?;")
}

// answers replaces every hit of hits that is an interviewer's question by
// the record of the paragraph after it in its source, when that paragraph
// is no question itself, the question's text before the answer's (an
// answer that was a later hit moves up); kinds filters that record
// as the search did (the next paragraph is of the same source, so visible
// wherever the question is). A failed look-up leaves the question shown,
// as it was before, and is logged.
func (ix *Index) answers(hits []*search.DocumentMatch, kinds query.Query, als []string) []*search.DocumentMatch {
	at := map[string]int{} // paragraph -> index of its hit
	for i, h := range hits {
		at[paragraphKey(h)] = i
	}
	out := hits[:0]
	drop := map[int]bool{} // answers moved up into their question's place
	for i := 0; i < len(hits); i++ {
		h := hits[i]
		if !isQuestion(storedText(h, als)) {
			continue
		}
		next, err := ix.nextParagraph(h, kinds, als)
		if err != nil {
			ix.log.Warn("answer of an interview question", zap.Error(err))
			continue
		}
		if next == nil || isQuestion(storedText(next, als)) {
			continue
		}
		if j, ok := at[paragraphKey(next)]; ok {
			if j < i {
				continue // the answer ranks first already
			}
			// The answer is on the page already, behind its question: it
			// is shown once, in the question's place.
			next = hits[j]
			drop[j] = true
		}
		hits[i] = withQuestion(next, h, als)
		hits[i].Score = h.Score
	}
	for i, h := range hits {
		if !drop[i] {
			out = append(out, h)
		}
	}
	return out
}

// withQuestion returns answer with the question's text before its own, so
// that the hit reads as the exchange ("P. ¿Es optimista? R. Soy
// prudente…") and still holds the words the query matched in the question.
func withQuestion(answer, question *search.DocumentMatch, als []string) *search.DocumentMatch {
	q := storedText(question, als)
	for _, a := range als {
		f := textField(a)
		if s, _ := answer.Fields[f].(string); s != "" {
			answer.Fields[f] = q + "\n" + s
			answer.Fragments = nil // the snippet would show the answer alone
			return answer
		}
	}
	return answer
}

// maxSourceRecords bounds how many of a source's records nextParagraph
// reads.
const maxSourceRecords = 1000

// nextParagraph returns the record of the paragraph after h's in h's
// source (its passage, or else the first of its records by ID), or nil.
func (ix *Index) nextParagraph(h *search.DocumentMatch, kinds query.Query, als []string) (*search.DocumentMatch, error) {
	src, _ := h.Fields[fieldSourceID].(string)
	pos, ok := h.Fields[fieldPosition].(float64)
	if src == "" || !ok {
		return nil, nil
	}
	sq := query.NewTermQuery(src)
	sq.SetField(fieldSourceID)
	req := bleve.NewSearchRequestOptions(query.NewConjunctionQuery([]query.Query{sq, kinds}), maxSourceRecords, 0, false)
	req.Fields = hitFields(als)
	req.SortBy([]string{"_id"})
	sr, err := ix.idx.Search(req)
	if err != nil {
		return nil, fmt.Errorf("next paragraph of %s: %w", h.ID, err)
	}
	var out *search.DocumentMatch
	for _, r := range sr.Hits {
		if p, _ := r.Fields[fieldPosition].(float64); p != pos+1 {
			continue
		}
		if out == nil || isPassage(r) && !isPassage(out) {
			out = r
		}
	}
	return out, nil
}
