package corpus

import "strings"

// A version may be named by its authors and their verb, "Los europeos
// proponen que …", "Європейці пропонують 800 тисяч …", "Europejczycy
// proponują 800 tysięcy." (plans.json's phrases). After a that-word the
// clause that follows is the term on its own; but when the verb takes the
// term as its object, what follows it is a bare figure ("800 tysięcy"),
// which says nothing without the words that propose it. authorsObject
// keeps the authors and their verb in the provision's text then.

// authorsObject is the text of a term whose version its authors name
// (subject) with a verb that takes the term (rest) as its object: the
// sentence from the subject on; ok is false when a that-word or anything
// more than the verb stands between them.
func authorsObject(s, subject, rest string) (text string, ok bool) {
	from := strings.Index(s, subject)
	at := strings.LastIndex(s, rest)
	if from < 0 || at < from+len(subject) {
		return "", false
	}
	if gap := strings.Fields(s[from+len(subject) : at]); len(gap) != 1 || containsAny(gap[0], ",:;") {
		return "", false
	}
	return trimSentenceEnd(s[from:]), true
}

// throughWord is s up to byte i, or past it to the end of the word i
// falls in: "Європейці пропонують" whole, where sixteen bytes after the
// subject end inside the verb in Cyrillic or Greek.
func throughWord(s string, i int) string {
	if i >= len(s) {
		return s
	}
	for i < len(s) && s[i] != ' ' && s[i] != ',' && s[i] != '.' {
		i++
	}
	return s[:i]
}
