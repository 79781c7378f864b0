package corpus

import "testing"

// TestNameParticlesOtherScripts checks that a particle inside a name
// written in Cyrillic ("фон", "ван") keeps the name whole, as "von" and
// "van" do in Latin script (data/speakernames.json).
func TestNameParticlesOtherScripts(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru фон", "---\ntitle: t\nlang: ru\n---\n\nГрета фон Хальден заявила, что переговоры зашли в тупик.", "Грета фон Хальден", "переговоры зашли в тупик"},
		{"uk ван", "---\ntitle: t\nlang: uk\n---\n\nМартин ван Бейк заявив, що Нідерланди продовжать допомогу.", "Мартин ван Бейк", "Нідерланди продовжать допомогу"},
		{"bg фон дер", "---\ntitle: t\nlang: bg\n---\n\nКлара фон дер Хайде заяви, че Европа трябва да участва.", "Клара фон дер Хайде", "Европа трябва да участва"},
		{"de von (Latin)", "---\ntitle: t\nlang: de\n---\n\nGreta von Halden sagte, die Gespräche stockten.", "Greta von Halden", "die Gespräche stockten"},
		{"de von der (Latin, two particles)", "---\ntitle: t\nlang: de\n---\n\nKlara von der Heide sagte, Europa müsse mitreden.", "Klara von der Heide", "Europa müsse mitreden"},
	})
}

// TestTitleWithDefiniteEnding checks a Scandinavian title written with its
// article as an ending before a name: the title is the role, not a given
// name; the same ending in German is a plural or a case and reads as no
// title.
func TestTitleWithDefiniteEnding(t *testing.T) {
	wantRoleOf(t, "sv", "Försvarsanalytikern Per Ekholm säger att planen saknar garantier.", "Per Ekholm", "Försvarsanalytikern")
	wantRoleOf(t, "sv", "Riksdagsledamoten Lisa Granqvist sa att regeringen borde agera.", "Lisa Granqvist", "Riksdagsledamoten")
	for _, c := range []struct {
		lang, word string
		want       bool
	}{
		{"sv", "utrikesministern", true},
		{"sv", "talespersonen", true},
		{"sv", "planen", false},
		{"de", "ministern", false},
		{"de", "präsidenten", false},
	} {
		x := &extractor{lx: lexiconData(), src: Source{Lang: c.lang}}
		if got := x.articleTitle(c.word); got != c.want {
			t.Errorf("%s %q: articleTitle %v, want %v", c.lang, c.word, got, c.want)
		}
	}
}

// TestFallbackTitleBeforeName checks the quotation fallback (a verb the
// lexicon does not hold) when a capitalised title opens the capitals that
// name the speaker: the title is the role, the rest the person.
func TestFallbackTitleBeforeName(t *testing.T) {
	wantRoleOf(t, "de", "„Wir verhandeln nicht über Kinder“, begründete Oberkirchenrätin Maren Voss den Antrag.", "Maren Voss", "Oberkirchenrätin")
	wantRoleOf(t, "de", "„Das Papier ist kein Vertrag“, konterte Landesbischof Ulrich Brahms trocken.", "Ulrich Brahms", "Landesbischof")
	wantRoleOf(t, "en", "“Nobody asked the parishes,” grumbled Archbishop Colm Healy afterwards.", "Colm Healy", "Archbishop")
}

// TestAdverbBetweenSpeakerAndVerb checks that an adverb of the Slavic,
// German, Dutch and Swedish lexicons may stand between the speaker and the
// speech verb (data/morphology.json).
func TestAdverbBetweenSpeakerAndVerb(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru действительно", "---\ntitle: t\nlang: ru\n---\n\nИгорь Белов действительно сказал, что документ станет основой.", "Белов", "документ станет основой"},
		{"pl rzeczywiście", "---\ntitle: t\nlang: pl\n---\n\nAnna Kołodziej rzeczywiście mówiła w Sejmie, że Polska musi być przy stole.", "Kołodziej", "Polska musi być przy stole"},
		{"uk справді", "---\ntitle: t\nlang: uk\n---\n\nОлег Ткачук справді наголошував у Брюсселі, що кордони не змінюються силою.", "Ткачук", "кордони не змінюються силою"},
		{"cs skutečně", "---\ntitle: t\nlang: cs\n---\n\nPetr Vondráček skutečně zdůraznil v Bruselu, že Česko podporuje Kyjev.", "Vondráček", "Česko podporuje Kyjev"},
	})
}
