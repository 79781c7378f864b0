// Quizzes and numbered FAQs: a question may carry its number as a label of
// its own ("Question 4. What happens to the plant?", "Въпрос 4. Какво …?")
// and a quiz prints its answer options ("A) 12 B) 20 C) 28") between the
// question and the answer. Both are structure, not words: the answer below
// is still a section of its own (faqQuestion), so a version the answer
// before it compared in passing ("In the European counter-proposal the cap
// is 800,000") does not carry into it.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// withoutQuestionLabel drops a short label holding a number that opens a
// question ("Question 4.", "Въпрос 4.", "Frage 4:"): up to three words,
// one of them a number, ended by a full stop or a colon.
func withoutQuestionLabel(t string) string {
	for _, sep := range []string{". ", ": "} {
		label, rest, ok := strings.Cut(t, sep)
		if !ok || rest == "" || strings.Count(label, " ") > 2 {
			continue
		}
		f := strings.Fields(label)
		if len(f) >= 2 && isDigit(f[len(f)-1][0]) && strings.Trim(f[len(f)-1], "0123456789") == "" {
			return rest
		}
	}
	return t
}

// answerOptions reports whether a paragraph is a quiz's answer options:
// two or more options each opened by a single letter and a closing
// bracket ("А) 12 Б) 20 В) 28", "a) Romania b) Poland"), short as options
// are.
func answerOptions(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || utf8.RuneCountInString(t) > 200 {
		return false
	}
	n := 0
	for _, w := range strings.Fields(t) {
		r, size := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && w[size:] == ")" {
			n++
		}
	}
	first, size := utf8.DecodeRuneInString(t)
	return n >= 2 && unicode.IsLetter(first) && strings.HasPrefix(t[size:], ")")
}
