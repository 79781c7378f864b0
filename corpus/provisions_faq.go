package corpus

import (
	"strings"
	"unicode/utf8"
)

// maxQuestionWords is the longest a question heading an answer may be: an
// FAQ's "What does it say about the army?", not a paragraph's question.
const maxQuestionWords = 15

// faqQuestion reports whether paragraph k is a question that heads the
// answer below it, as FAQ pages and explainers print them ("Що в ньому про
// армію?", "And the elections?"): one short sentence ending with a
// question mark, over a text paragraph that is no question. The answer is
// a section of its own: a version the answer before it named in passing
// does not carry into it.
func faqQuestion(ps []paragraph, k int) bool {
	if k < 0 || k+1 >= len(ps) || ps[k].kind != paraText && ps[k].kind != paraHeading {
		return false
	}
	answer := k + 1
	if answerOptions(ps[answer].text) && answer+1 < len(ps) {
		answer++ // a quiz prints its options between question and answer (provisions_quiz.go)
	}
	if ps[answer].kind != paraText {
		return false
	}
	t := strings.Trim(strings.TrimSpace(ps[k].text), "*_ ")
	if !strings.HasSuffix(t, "?") || strings.HasSuffix(strings.TrimSpace(ps[answer].text), "?") {
		return false
	}
	t = withoutQuestionLabel(t) // "Question 4. What happens …?" (provisions_quiz.go)
	if strings.Count(t, " ")+1 > maxQuestionWords || utf8.RuneCountInString(t) < 4 {
		return false
	}
	return len(sentences(t)) == 1
}

// firstVersion is the first version the paragraphs name, from the top:
// what the document is about when a section names none. "" for none.
func firstVersion(ps []paragraph, planFor func(string) (string, bool)) string {
	for _, p := range ps {
		if name, _ := planFor(p.text); name != "" {
			return contextVersion(p.text, name) // (contextversion.go)
		}
	}
	return ""
}

// questionItem reports whether paragraph k is a numbered question an
// answer follows: a double interview or a questionnaire numbers its
// questions ("**3. E la centrale di Zaporizhzhia?**", "2. What changes
// for the army?") and the parser reads them as list items, which
// faqQuestion does not take. Each question opens a section of its own: a
// version an earlier answer named ("il testo americano originale") is not
// what "il testo" of the next answer speaks of.
func questionItem(ps []paragraph, k int) bool {
	if k < 0 || k+1 >= len(ps) || ps[k].kind != paraItem || ps[k+1].kind != paraText {
		return false
	}
	t := strings.Trim(strings.TrimSpace(ps[k].text), "*_ ")
	return strings.HasSuffix(t, "?") && strings.Count(t, " ")+1 <= maxQuestionWords
}

// questionBetween reports whether a question opens a new answer between
// paragraphs from and to (both left out): an interview's "**5. Un voto
// per il piano?**" between the answer whose "testo americano originale"
// set out terms and a later answer's "Il testo prevede …".
func questionBetween(ps []paragraph, from, to int) bool {
	for k := max(from+1, 0); k < to && k < len(ps); k++ {
		if questionItem(ps, k) || faqQuestion(ps, k) {
			return true
		}
	}
	return false
}
