// A day written as an ordinal before its month ("am 2. Dezember", "den 23.
// November", "1. Mai"): German and the languages that write dates so put
// a full stop after the day and a capital on the month, which reads as a
// sentence end. Cut there, a report ("X habe nach dem Treffen am 2.
// Dezember gesagt, …") loses its subject to one half and its verb to the
// other, and the half with neither goes on with the last speaker. The
// months are languages.json's, every language's.

package corpus

// dayBeforeMonth reports whether the full stop at s[i] closes a day of one
// or two digits standing alone and the word after it is a month.
func dayBeforeMonth(s string, i int) bool {
	d := i
	for d > 0 && s[d-1] >= '0' && s[d-1] <= '9' {
		d--
	}
	if n := i - d; n < 1 || n > 2 || d > 0 && s[d-1] != ' ' {
		return false
	}
	w, _ := nextWord(s, i+1)
	_, ok := monthOf(w)
	return ok
}
