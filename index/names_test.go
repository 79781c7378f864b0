package index

import "testing"

// TestMinorNames: a person the extractor does not know, named once in a
// report next to another capitalised word, is what a question naming them
// is about: "hnatov delegation" finds the paragraph that names him though
// it does not say "delegation", in English or German text, while a common
// word written in lower case ("host city") lends nothing to an off-topic
// question, nor does a name among everyday words ("golf club fees" and a
// report naming the Shell Bay Club).
func TestMinorNames(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\n---\n\nThe new list also names the chief of the General Staff Andriy Hnatov and the deputy minister Serhiy Tkach.\n\nThe delegation met the Americans in Florida.\n\nA second delegation went to Abu Dhabi.\n\nThe city will host another round next month.\n\nThe envoys met at the Shell Bay Club, whose fees the hosts paid.\n",
		"---\nlang: de\n---\n\nZum Team gehört auch Generalleutnant Mykola Zabara, der frühere Befehlshaber im Süden.\n\nDie Delegation reiste am Sonntag nach Genf.\n",
	)
	wantFirst(t, ix, "hnatov delegation", "Hnatov")
	wantFirst(t, ix, "tkach delegation", "Tkach")
	wantFirst(t, ix, "zabara delegation", "Zabara")
	wantFirst(t, ix, "eurovision host city", "")
	wantFirst(t, ix, "golf club fees", "")
}

func TestProperNameWord(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"It lists the General Staff chief Andriy Hnatov.", "hnatov", true},
		{"Randy George travelled too.", "george", true},
		{"Hnatov said little.", "hnatov", false}, // first in its sentence, alone
		{"The city will host talks.", "host", false},
		{"Officials said. Host cities were named.", "host", false},
		{"the Thanksgiving holiday", "thanksgiving", false},
	} {
		if got := properNameWord(c.text, c.word); got != c.want {
			t.Errorf("properNameWord(%q, %q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

// TestLexiconNames: the surname of anyone the people's lexicon knows names
// a person though no statement of theirs is indexed: among paragraphs that
// match as many of the query's words, the one naming that person comes
// first, in English or German text.
func TestLexiconNames(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\n---\n\nThe draft took shape during a meeting in Miami in October.\n\nKirill Dmitriev spent three days in Miami with the envoys.\n",
		"---\nlang: de\n---\n\nDas Treffen in Abu Dhabi dauerte zwei Tage.\n\nAuch Kyrylo Budanow war in Abu Dhabi.\n",
	)
	wantFirst(t, ix, "miami meeting dmitriev", "Dmitriev")
	wantFirst(t, ix, "dmitriev miami meeting", "Dmitriev")
	wantFirst(t, ix, "budanov abu dhabi meeting", "Budanow")
}

// TestRussianSurnameCases: a Russian report that names a person in an
// oblique case ("заявление Пескова", "делегацию Ушакова"), which the Russian
// stemmer cuts differently from the nominative, is found by the name.
func TestRussianSurnameCases(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: ru\n---\n\nЗаявление Пескова о переговорах прозвучало в среду.\n\nДелегацию Ушакова встретили в аэропорту.\n",
		"---\nlang: en\n---\n\nThe talks continued on Wednesday.\n\nThe delegation arrived in the evening.\n",
	)
	wantFirst(t, ix, "peskov talks wednesday", "Пескова")
	wantFirst(t, ix, "ushakov delegation", "Ушакова")
}
