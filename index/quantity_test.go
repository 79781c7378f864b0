package index

import (
	"testing"
)

// TestAskedQuantity: the phrases of asking for an amount or a length of
// time are read in several languages, a stem phrase with its ending, and a
// question asking for neither is left alone.
func TestAskedQuantity(t *testing.T) {
	for _, c := range []struct {
		query string
		want  askKind
	}{
		{"how many ships are waiting", askCount},
		{"How much grain left the port", askCount},
		{"how long did the talks take", askDuration},
		{"wie viele Schiffe warten", askCount},
		{"wie lange dauerte das Treffen", askDuration},
		{"combien de navires attendent", askCount},
		{"combien de temps ont duré les discussions", askDuration},
		{"сколько судов ждут в порту", askCount},
		{"сколько длилась встреча", askDuration},
		{"ile trwała rozmowa", askDuration},
		{"скільки кораблів у порту", askCount},
		{"long queue at the harbour", askNone},
		{"who signed the harbour deal", askNone},
	} {
		if got := askedQuantity(c.query); got != c.want {
			t.Errorf("askedQuantity(%q) = %d, want %d", c.query, got, c.want)
		}
	}
}

// TestStatesQuantity: a number in digits or words of the text's language
// states an amount, a year does not, and a length of time needs a unit of
// time beside a number.
func TestStatesQuantity(t *testing.T) {
	en, de, ru, fr := analyzerFor("en"), analyzerFor("de"), analyzerFor("ru"), analyzerFor("fr")
	for _, c := range []struct {
		kind askKind
		a    string
		text string
		want bool
	}{
		{askCount, en, "About forty ships wait.", true},
		{askCount, en, "Some 1,200 people stayed.", true},
		{askCount, en, "In 2024 the port reopened.", false},
		{askCount, en, "Ships wait every morning.", false},
		{askCount, de, "Rund vierzig Schiffe warten.", true},
		{askCount, ru, "В городе остались около пяти тысяч человек.", true},
		{askDuration, en, "The talks lasted nearly three hours.", true},
		{askDuration, en, "The talks were long.", false},
		{askDuration, en, "Forty captains attended.", false},
		{askDuration, fr, "Les discussions ont duré cinq heures.", true},
		{askDuration, ru, "Переговоры продолжались около пяти часов.", true},
		{askDuration, de, "Das Treffen dauerte zwei Stunden.", true},
		{askNone, en, "About forty ships wait.", false},
	} {
		if got := statesQuantity(c.kind, c.a, c.text); got != c.want {
			t.Errorf("statesQuantity(%d, %s, %q) = %v, want %v", c.kind, c.a, c.text, got, c.want)
		}
	}
}

// TestRankQuantity: a question asking how many or how long is answered
// first by the paragraph that states the amount or the time, in English
// and in German, though a shorter paragraph sharing the same words (which
// BM25 prefers) only sets the scene; a question asking for neither, and an
// off-topic one, are answered as before.
func TestRankQuantity(t *testing.T) {
	ix := openFixtureIndex(t, "testdata/quantity/*.md", 2)
	for _, c := range []struct{ query, want string }{
		{"how many grain ships wait at the harbour", "About forty"},
		{"wie viele Getreideschiffe warten vor dem Hafen", "rund vierzig"},
		{"how long were the talks at the harbour office", "three hours"},
		{"how many goals did the team score", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
