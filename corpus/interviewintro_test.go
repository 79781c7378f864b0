package corpus

import (
	"strings"
	"testing"
)

// TestWithIntroduction checks the reading of an interview introduction
// that names the guest after "with", in the case it governs, and the
// journalist after a verb of talking: the guest comes out in the
// nominative with the apposition as role, the journalist as written.
func TestWithIntroduction(t *testing.T) {
	for _, c := range []struct {
		lang, text, guest, role, interviewer string
	}{
		{"pl", "*Z gen. Markiem Sobczakiem, byłym dowódcą operacyjnym, rozmawia Ewa Lis.*", "Marek Sobczak", "byłym dowódcą operacyjnym", "Ewa Lis"},
		{"pl", "Z Adamem Wrzoskiem rozmawiała Anna Sowa.", "Adam Wrzosek", "", "Anna Sowa"},
		{"cs", "S analytikem Pavlem Hájkem hovořila Jana Malá.", "Pavel Hájek", "", "Jana Malá"},
		{"sk", "So Zuzanou Benkovou sa rozprával Martin Oravec.", "Zuzana Benková", "", "Martin Oravec"},
		{"ru", "С политологом Игорем Зотовым беседовал Антон Ершов.", "Игорь Зотов", "", "Антон Ершов"},
		{"ru", "С экспертом Сергеем Лавренёвым беседовала Анна Котова.", "Сергей Лавренёв", "", "Анна Котова"},
		{"uk", "Розмову з колишньою дипломаткою Оленою Гаврилюк вела Марія Чорна.", "Олена Гаврилюк", "", "Марія Чорна"},
		{"de", "Mit der Analystin Anna Berg sprach Jan Roth.", "Anna Berg", "", "Jan Roth"},
	} {
		x := &extractor{lx: lexiconData(), src: Source{Lang: c.lang}}
		got, ok := readWithIntro(x, c.text)
		if !ok || got.guest != c.guest || got.role != c.role || got.interviewer != c.interviewer {
			t.Errorf("%s %q: got %+v (%v), want guest %q role %q interviewer %q", c.lang, c.text, got, ok, c.guest, c.role, c.interviewer)
		}
	}
	for _, text := range []string{
		"Об этом говорил Дмитрий Песков на брифинге.",     // a verb of talking without "with": a speaker
		"Z premierem rozmawiał w poniedziałek prezydent.", // no name after the verb
		"Premier Donald Tusk rozmawia z Kanclerzem Merzem.",
	} {
		x := &extractor{lx: lexiconData(), src: Source{Lang: "ru"}}
		if got, ok := readWithIntro(x, text); ok {
			t.Errorf("%q: read as an introduction %+v", text, got)
		}
	}
}

// TestInitialsLabelsOfIntroduction checks a transcript whose labels are
// the initials of the two people a "with" introduction names: the
// guest's answers are theirs in the nominative, the journalist's
// questions are no statements, and what a question reports is its
// speaker's.
func TestInitialsLabelsOfIntroduction(t *testing.T) {
	for _, c := range []struct{ lang, doc, guest, answer, asked string }{
		{"pl", "*Z Markiem Sobczakiem, byłym dowódcą operacyjnym, rozmawia Ewa Lis.*\n\nEL: Czy plan ma jeszcze szanse?\n\nMS: Ma, jeśli Europa usiądzie przy stole.\n\nEL: A co z wojskami?\n\nMS: Bez nich gwarancje są tylko na papierze.",
			"Marek Sobczak", "jeśli Europa usiądzie przy stole", "Czy plan ma jeszcze szanse"},
		{"cs", "*S analytikem Pavlem Hájkem hovořila Jana Malá.*\n\nJM: Co se v Ženevě změnilo?\n\nPH: Hlavně pořadí otázek na stole.\n\nJM: A území?\n\nPH: O území rozhodnou až prezidenti.",
			"Pavel Hájek", "pořadí otázek na stole", "Co se v Ženevě změnilo"},
		{"ru", "С политологом Игорем Зотовым беседовал Антон Ершов.\n\nАЕ: Чего ждать после Женевы?\n\nИЗ: Долгой паузы, стороны договорились только о рамке.\n\nАЕ: А дальше?\n\nИЗ: Дальше торг по каждому пункту.",
			"Игорь Зотов", "Долгой паузы", "Чего ждать после Женевы"},
	} {
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.doc+"\n"), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range d.Statements {
			if strings.Contains(s.Text, c.asked) {
				t.Errorf("%s: the journalist's question is a statement of %q", c.lang, s.Speaker)
			}
			if s.Speaker == c.guest && strings.Contains(s.Text, c.answer) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no answer of %q with %q; got %s", c.lang, c.guest, c.answer, statementsBrief(d.Statements))
		}
	}
}
