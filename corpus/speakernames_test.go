package corpus

import (
	"strings"
	"testing"
)

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

// TestQuestionParticleNoSpeaker checks that a yes-no question opened by its
// particle ("Czy rząd uważa, że …?") gives no statement: it asks what the
// government thinks; the same sentence without the particle is a report.
func TestQuestionParticleNoSpeaker(t *testing.T) {
	for _, c := range []struct{ name, lang, text string }{
		{"pl czy", "pl", "Czy ministerstwo uważa, że nowy zapis osłabia wschodnią flankę?"},
		{"uk чи", "uk", "Чи уряд вважає, що нова редакція послаблює оборону?"},
		{"cs zda", "cs", "Zda vláda soudí, že nové znění oslabuje obranu?"},
	} {
		sts := statementsOf(t, "---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.text)
		if len(sts) != 0 {
			t.Errorf("%s: a question gave statements %+v", c.name, sts)
		}
	}
	checkStatements(t, []statementCase{
		{"pl report", "---\ntitle: t\nlang: pl\n---\n\nMinisterstwo uważa, że nowy zapis osłabia wschodnią flankę.", "inisterstwo", "nowy zapis osłabia wschodnią flankę"},
	})
}

// TestAffiliationWithLowerCaseWords checks a person named before an
// institution whose name holds lower-case words, as Slavic languages
// decline it, and an addressee after it: the person speaks, with the
// title before the name as role.
func TestAffiliationWithLowerCaseWords(t *testing.T) {
	checkStatements(t, []statementCase{
		{"cs z Ústavu", "---\ntitle: t\nlang: cs\n---\n\nAnalytička Jana Horáková z Ústavu mezinárodních vztahů uvedla, že text je nedotažený.", "Jana Horáková", "text je nedotažený"},
		{"sk z ... pre agentúru", "---\ntitle: t\nlang: sk\n---\n\nPolitológ Marek Hudec z trnavského Inštitútu verejnej politiky pre agentúru povedal, že kľúčové budú hranice.", "Marek Hudec", "kľúčové budú hranice"},
		{"hr iz Instituta", "---\ntitle: t\nlang: hr\n---\n\nAnalitičar Ivan Horvat iz Instituta za razvoj i međunarodne odnose rekao je da je plan nedorečen.", "Ivan Horvat", "plan nedorečen"},
		{"sv vid", "---\ntitle: t\nlang: sv\n---\n\nForskaren Anna Lind vid Utrikespolitiska institutet säger att planen saknar garantier.", "Anna Lind", "planen saknar garantier"},
	})
	// a German genitive after a noun is no affiliation of a name
	sts := statementsOf(t, "---\ntitle: t\nlang: de\n---\n\nDer Entwurf ist nach Worten des ukrainischen Präsidenten Wolodymyr Selenskyj kürzer geworden.")
	for _, s := range sts {
		if s.Role != "" && len(s.Role) > len("Präsidenten")+4 {
			t.Errorf("de genitive: role %q read across the sentence", s.Role)
		}
	}
}

// TestRelativeClauseBeforeVerb checks that a relative clause between a
// speaker and the verb ("X, koji je … bio u Dublinu, rekao je da …") is
// about the speaker, in the languages whose pronouns are data.
func TestRelativeClauseBeforeVerb(t *testing.T) {
	checkStatements(t, []statementCase{
		{"hr koji", "---\ntitle: t\nlang: hr\n---\n\nAnalitičar Goran Babić, koji je prošli tjedan bio u Kijevu, rekao je da je prekid vatre daleko.", "Goran Babić", "prekid vatre daleko"},
		{"bg който", "---\ntitle: t\nlang: bg\n---\n\nДепутатът Стоян Колев, който беше в Брюксел, заяви, че Европа трябва да участва.", "Стоян Колев", "Европа трябва да участва"},
		{"sk ktorý", "---\ntitle: t\nlang: sk\n---\n\nPoslanec Martin Hudák, ktorý minulý týždeň navštívil Kyjev, povedal, že prímerie je ďaleko.", "Martin Hudák", "prímerie je ďaleko"},
	})
}

// TestObliqueSurnameOtherSpelling checks a surname after a cue that puts it
// in its case ("Podľa Zelenského") when the document named the person in
// full with another transliteration ("Volodymyr Zelenskyj"): the case
// ending goes, the spellings fold alike, and the statement is that
// person's. Two words of the fold (and a language without case endings)
// are left to the other rules.
func TestObliqueSurnameOtherSpelling(t *testing.T) {
	checkStatements(t, []statementCase{
		{"sk podľa", "---\ntitle: t\nlang: sk\n---\n\nMinister Oleksandr Kovalskyj povedal, že rokovania pokračujú. Podľa Kovalského zostali otvorené len dva body.", "Oleksandr Kovalskyj", "zostali otvorené len dva body"},
		{"cs podle", "---\ntitle: t\nlang: cs\n---\n\nVelvyslanec Andrij Ostrovskyj uvedl, že jednání pokračují. Podle Ostrovského zůstaly otevřené jen dva body.", "Andrij Ostrovskyj", "zůstaly otevřené jen dva body"},
	})
	for _, c := range []struct{ a, b string }{{"Zelenskyj", "zelenský"}, {"Kovalskyi", "Kovalský"}, {"Зеленський", "Зеленски"}} {
		if nameFold(c.a) != nameFold(c.b) {
			t.Errorf("nameFold(%q) = %q, nameFold(%q) = %q: want equal", c.a, nameFold(c.a), c.b, nameFold(c.b))
		}
	}
	if nameFold("Nowak") == nameFold("Novák") && nameFold("Nowak") != "nowak" {
		t.Errorf("nameFold changed a name with no transliterated ending")
	}
}

// TestInvertedSpeakerWithAffiliation checks a speaker named after the verb
// with an institution after the name: the person speaks, not the
// institution; a name holding a particle stays whole.
func TestInvertedSpeakerWithAffiliation(t *testing.T) {
	checkStatements(t, []statementCase{
		{"de von der Universität", "---\ntitle: t\nlang: de\n---\n\n„Das Papier ist ein Entwurf, kein Vertrag“, sagte der Historiker Tobias Lenz von der Universität Kiel.", "Tobias Lenz", "Das Papier ist ein Entwurf"},
		{"de vom Institut", "---\ntitle: t\nlang: de\n---\n\n„Die Zahlen sind geschönt“, sagte die Analystin Mara Vogt vom Institut für Friedensforschung.", "Mara Vogt", "Die Zahlen sind geschönt"},
		{"pl z Ośrodka", "---\ntitle: t\nlang: pl\n---\n\n„Ten plan pisano w pośpiechu” – powiedział analityk Paweł Zając z Ośrodka Studiów Wschodnich.", "Paweł Zając", "Ten plan pisano w pośpiechu"},
		{"de particle name whole", "---\ntitle: t\nlang: de\n---\n\n„Wir bleiben an der Seite der Ukraine“, sagte Klara von der Heide.", "Klara von der Heide", "Wir bleiben an der Seite der Ukraine"},
	})
	sts := statementsOf(t, "---\ntitle: t\nlang: de\n---\n\n„Das Papier ist ein Entwurf, kein Vertrag“, sagte der Historiker Tobias Lenz von der Universität Kiel.")
	for _, s := range sts {
		if strings.Contains(s.Speaker, "Universität") {
			t.Errorf("the institution became the speaker: %+v", s)
		}
	}
}

// TestMusingAndRecallingVerbs checks verbs that report a view or a memory
// ("рассуждает", "wspomina", "vzpomíná") as speech in the Slavic
// lexicons, with the speaker named after the quotation.
func TestMusingAndRecallingVerbs(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru рассуждает", "---\ntitle: t\nlang: ru\n---\n\n«Переговоры идут медленнее, чем хотелось бы», — рассуждает экономист Олег Панов из Высшей школы экономики.", "Олег Панов", "Переговоры идут медленнее"},
		{"pl wspomina", "---\ntitle: t\nlang: pl\n---\n\n„Wtedy nikt nie wierzył w porozumienie” – wspomina była ambasador Ewa Lis.", "Ewa Lis", "Wtedy nikt nie wierzył"},
		{"uk згадує", "---\ntitle: t\nlang: uk\n---\n\n«Тоді ніхто не вірив у домовленість», — згадує колишній посол Ігор Дорош.", "Ігор Дорош", "Тоді ніхто не вірив"},
	})
}

// TestPlacePhraseInsideSubject checks a phrase of place between a title
// and the verb whose last words are capitalised ("na pokładzie samolotu
// Air Force One"): the vehicle is no person; the title speaks, as the
// holder the document named, or nobody.
func TestPlacePhraseInsideSubject(t *testing.T) {
	checkStatements(t, []statementCase{
		{"pl na pokładzie", "---\ntitle: t\nlang: pl\n---\n\nPremier Jan Kowalczyk powiedział, że rozmowy trwają. Premier na pokładzie samolotu Casa Nova powiedział dziennikarzom, że delegacja wraca.", "Jan Kowalczyk", "delegacja wraca"},
		{"sk na palube", "---\ntitle: t\nlang: sk\n---\n\nMinister Ivan Sokol povedal, že rokovania pokračujú. Minister na palube lietadla Sky Wing novinárom povedal, že delegácia sa vracia.", "Ivan Sokol", "delegácia sa vracia"},
		// a lower-case phrase closing the title (titleTails) is no place:
		// the capitals after it are the name
		{"pl w stanie spoczynku", "---\ntitle: t\nlang: pl\n---\n\nPułkownik w stanie spoczynku Marek Zawada, z którym rozmawialiśmy, powiedział: \"Lotniska na północy są gotowe od dawna\".", "Marek Zawada", "Lotniska na północy są gotowe od dawna"},
		{"ru в отставке", "---\ntitle: t\nlang: ru\n---\n\nГенерал в отставке Олег Сурин заявил, что линия обороны пройдёт по реке.", "Олег Сурин", "линия обороны пройдёт по реке"},
	})
	for _, c := range []struct{ lang, text string }{
		{"sk", "Americký prezident na palube lietadla Air Force One novinárom povedal, že plán bol zúžený."},
		{"pl", "Prezydent USA na pokładzie samolotu Air Force One powiedział dziennikarzom, że plan został skrócony."},
	} {
		for _, s := range statementsOf(t, "---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.text) {
			if strings.Contains(s.Speaker, "Force One") {
				t.Errorf("%s: the vehicle became the speaker: %+v", c.lang, s)
			}
		}
	}
}

// TestTitleBeforeHonorific checks a title written before an abbreviated
// honorific and the name ("Präses Dr. X", "Minister dr. X"): the point of
// the abbreviation ends no subject, and the title is the role.
func TestTitleBeforeHonorific(t *testing.T) {
	wantRoleOf(t, "de", "Landesbischöfin Dr. Hanna Kerber sagte, die Kirche bleibe an der Seite der Geflüchteten.", "Hanna Kerber", "Landesbischöfin")
	wantRoleOf(t, "pl", "Wiceminister dr. Tomasz Lis powiedział, że Polska poprze wspólne stanowisko.", "Tomasz Lis", "Wiceminister")
}
