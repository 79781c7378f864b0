package corpus

import "testing"

// TestAsidePronounShortTail: a speech verb and a lone pronoun set inside
// the sentence ("…, добавила она, …") leave the words after the aside to
// what was said even when they are only two: after a pronoun no
// appositive role can follow, so the sentence is not cut at the aside.
func TestAsidePronounShortTail(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru", reportDoc("ru", "Депутат Ирина Лаптева заявила, что текст стал лучше. Некоторые положения, добавила она, по-прежнему неприемлемы."), "Лаптева", "по-прежнему неприемлемы"},
		{"uk", reportDoc("uk", "Депутатка Ірина Коваль заявила, що текст покращився. Деякі положення, додала вона, досі неприйнятні."), "Коваль", "досі неприйнятні"},
		{"ro", reportDoc("ro", "Deputata Ioana Marin a declarat că textul s-a îmbunătățit. Unele clauze, a adăugat ea, rămân inacceptabile."), "Marin", "rămân inacceptabile"},
	})
}
