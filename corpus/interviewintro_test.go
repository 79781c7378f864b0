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
		{"cs", "S analytikem Pavlem Hájkem hovořila Jana Malá.", "Pavel Hájek", "analytikem", "Jana Malá"},
		{"sk", "So Zuzanou Benkovou sa rozprával Martin Oravec.", "Zuzana Benková", "", "Martin Oravec"},
		{"ru", "С политологом Игорем Зотовым беседовал Антон Ершов.", "Игорь Зотов", "политологом", "Антон Ершов"},
		{"ru", "С экспертом Сергеем Лавренёвым беседовала Анна Котова.", "Сергей Лавренёв", "экспертом", "Анна Котова"},
		{"uk", "Розмову з колишньою дипломаткою Оленою Гаврилюк вела Марія Чорна.", "Олена Гаврилюк", "колишньою дипломаткою", "Марія Чорна"},
		{"de", "Mit der Analystin Anna Berg sprach Jan Roth.", "Anna Berg", "Analystin", "Jan Roth"},
		// the other order: the journalist, the verb, "with", the guest
		{"ru", "Анна Котова беседовала с бывшим дипломатом Виктором Зуевым о переговорах.", "Виктор Зуев", "бывшим дипломатом", "Анна Котова"},
		{"pl", "Marta Nowicka rozmawia z prof. Jerzym Kaczmarkiem, politologiem z Uniwersytetu Warszawskiego.", "Jerzy Kaczmarek", "politologiem z Uniwersytetu Warszawskiego", "Marta Nowicka"},
		{"uk", "Ірина Бондар розмовляла з експертом Петром Дейнекою.", "Петро Дейнека", "експертом", "Ірина Бондар"},
	} {
		x := &extractor{lx: lexiconData(), src: Source{Lang: c.lang}}
		got, ok := readWithIntro(x, c.text)
		if !ok || got.guest != c.guest || got.role != c.role || got.interviewer != c.interviewer {
			t.Errorf("%s %q: got %+v (%v), want guest %q role %q interviewer %q", c.lang, c.text, got, ok, c.guest, c.role, c.interviewer)
		}
	}
	for _, text := range []string{
		"Об этом говорил Дмитрий Песков на брифинге.",            // a verb of talking without "with": a speaker
		"Z premierem rozmawiał w poniedziałek prezydent.",        // no name after the verb
		"Premier Donald Tusk rozmawia z Kanclerzem Merzem.",      // news: a title before the name
		"Donald Tusk rozmawiał z Jerzym Kaczmarkiem w Brukseli.", // a newsmaker the lexicon knows
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

// TestInterviewTurnsOfTheAsker checks the asker's turns in four layouts:
// the outlet asking under its short name, the host whose first label
// carries a title, a dashed line relaying someone's words, and a guest
// whose name holds a particle. In each, the interviewer's own words are
// no statement, the guest answers, and what a turn relays is its
// speaker's.
func TestInterviewTurnsOfTheAsker(t *testing.T) {
	for _, c := range []struct {
		name, lang, outlet, doc string
		guest, answer, asked    string
		relayed, relayedText    string
	}{
		{"outlet's short name, fr", "fr", "Le Courrier de l'Est",
			"Marc Aubry est politologue à Nancy.\n\nLE COURRIER : Le texte corrige-t-il les défauts du premier plan ?\n\nMARC AUBRY : En partie seulement, les clauses militaires restent floues.\n\nLE COURRIER : Le député Paul Ferrand a déclaré que la France devait proposer sa version.\n\nMARC AUBRY : C'est déjà le cas avec le texte européen.",
			"Marc Aubry", "En partie seulement", "corrige-t-il", "Paul Ferrand", "la France devait proposer sa version"},
		{"outlet's short name, de", "de", "Der Wochenspiegel",
			"Jana Roth ist Politologin in Bonn.\n\nWOCHENSPIEGEL: Ist der Entwurf ein Durchbruch?\n\nRoth: Nein, aber eine Grundlage für weitere Gespräche.\n\nWOCHENSPIEGEL: Der Abgeordnete Uwe Lind sagte, Europa werde übergangen.\n\nRoth: Das galt für die erste Fassung.",
			"Jana Roth", "eine Grundlage für weitere Gespräche", "Ist der Entwurf", "Uwe Lind", "Europa werde übergangen"},
		{"host titled once, en", "en", "Example Radio",
			"MARY STONE, HOST: Welcome back. With me is Tom Reed, a former envoy.\n\nMARY STONE: Tom, what came out of Geneva?\n\nTOM REED: A shorter text and a longer list of open questions.\n\nMARY STONE: Senator Ruth Kale said that the plan rewards aggression.\n\nTOM REED: A framework is not a treaty.\n\nMARY STONE: Tom Reed, thank you.",
			"Tom Reed", "A shorter text", "Tom Reed, thank you", "Ruth Kale", "the plan rewards aggression"},
		{"dashed relay, uk", "uk", "Приклад",
			"Розмову з аналітиком Петром Дейнекою вела Марія Чорна.\n\n— Пане Петре, що головне в новій версії?\n\n— Головне, що зник пункт про амністію для всіх.\n\n— Міністр Богдан Оліфіренко заявив, що уряд чекає на офіційний текст документа.\n\n— Він має рацію, чутки обговорювати немає сенсу.",
			"Петро Дейнека", "Він має рацію", "що головне в новій версії", "Богдан Оліфіренко", "уряд чекає на офіційний текст"},
		{"particle in the guest's name, nl", "nl", "Voorbeeldkrant",
			"Sanne van Dijk is onderzoeker bij een instituut in Leiden.\n\nVraag: Is het plan een stap vooruit?\n\nAntwoord: Ja, maar een kleine stap.\n\nVraag: Minister Joost Ramaker zei dat Nederland geen troepen stuurt.\n\nAntwoord: Dat is verstandig zolang het mandaat onduidelijk is.",
			"Sanne van Dijk", "maar een kleine stap", "Is het plan een stap", "Joost Ramaker", "Nederland geen troepen stuurt"},
	} {
		d, err := Parse([]byte("---\ntitle: t\noutlet: "+c.outlet+"\nlang: "+c.lang+"\n---\n\n"+c.doc+"\n"), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		answered, relayed := false, false
		for _, s := range d.Statements {
			if strings.Contains(s.Text, c.asked) {
				t.Errorf("%s: the asker's %q is a statement of %q", c.name, c.asked, s.Speaker)
			}
			if s.Speaker == c.guest && strings.Contains(s.Text, c.relayedText) {
				t.Errorf("%s: the relayed words %q are the guest's", c.name, c.relayedText)
			}
			answered = answered || s.Speaker == c.guest && strings.Contains(s.Text, c.answer)
			relayed = relayed || s.Speaker == c.relayed && strings.Contains(s.Text, c.relayedText)
		}
		if !answered || !relayed {
			t.Errorf("%s: answer of %q %v, relayed words of %q %v; got %s", c.name, c.guest, answered, c.relayed, relayed, statementsBrief(d.Statements))
		}
	}
}

// TestTitledSurnameLabels checks transcript labels of a title and a
// surname the document never gives in full, in three languages: the
// surname speaks with the title as role. The same words in prose give no
// speaker; the label does.
func TestTitledSurnameLabels(t *testing.T) {
	for _, c := range []struct{ lang, doc, speaker, role, text string }{
		{"en", "The committee heard from the secretary on Tuesday.\n\nSEN. BRANNIGAN: Will the framework limit the army?\n\nSECRETARY LINDQVIST: The size of the army is still under discussion.\n\nSEN. BRANNIGAN: A cap on the army would be a mistake.",
			"Lindqvist", "Secretary", "still under discussion"},
		{"en", "The committee heard from the secretary on Tuesday.\n\nSEN. BRANNIGAN: Will the framework limit the army?\n\nSECRETARY LINDQVIST: The size of the army is still under discussion.\n\nSEN. BRANNIGAN: A cap on the army would be a mistake.",
			"Brannigan", "Senator", "would be a mistake"}, // the label's "SEN." in full (captionturns.go: labelTitleInFull), as the golds write it
		{"de", "Die Ministerin stellte sich am Freitag den Fragen.\n\nFrage: Was halten Sie vom Entwurf?\n\nMinisterin Hellwig: Er ist ein Anfang, mehr nicht.\n\nFrage: Und Europa?\n\nMinisterin Hellwig: Europa muss mitreden.",
			"Hellwig", "Ministerin", "Er ist ein Anfang"},
		{"ru", "Стенограмма заседания комитета.\n\nПредседатель: Слово депутату.\n\nДепутат Гладышев: Мы не поддержим этот текст без поправок.\n\nПредседатель: Спасибо.\n\nДепутат Гладышев: Это наша общая позиция.",
			"Гладышев", "Депутат", "не поддержим этот текст"},
	} {
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.doc+"\n"), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range d.Statements {
			found = found || s.Speaker == c.speaker && s.Role == c.role && strings.Contains(s.Text, c.text)
		}
		if !found {
			t.Errorf("%s: no statement of %q (%s) with %q; got %s", c.lang, c.speaker, c.role, c.text, statementsBrief(d.Statements))
		}
	}
}

// TestQuestionsReportingSpeech checks what an interviewer's question
// reports: a verb of speaking of ("mówi o", "spricht von", "говорит о")
// after a form of address, and a verb of asking with a question word
// ("pytała, kto", "fragte, wer", "спросил, кто") are the named person's
// statements; asking whether or about something is none.
func TestQuestionsReportingSpeech(t *testing.T) {
	for _, c := range []struct {
		lang, question, speaker, text string
		want                          bool
	}{
		{"pl", "Panie generale, premier Adam Nowicki mówi o realnej szansie na rozejm.", "Adam Nowicki", "realnej szansie na rozejm", true},
		{"de", "Frau Vogt, der Minister Lars Brenner spricht von einer echten Chance auf Frieden.", "Lars Brenner", "echten Chance auf Frieden", true},
		{"ru", "Министр Ларс Бреннер говорит о реальном шансе на перемирие.", "Ларс Бреннер", "реальном шансе на перемирие", true},
		{"pl", "Minister Ewa Sowa pytała w poniedziałek, kto właściwie napisał ten plan.", "Ewa Sowa", "kto właściwie napisał ten plan", true},
		{"de", "Die Abgeordnete Ines Kühn fragte am Montag, wer den Entwurf geschrieben hat.", "Ines Kühn", "wer den Entwurf geschrieben hat", true},
		{"ru", "Депутат Олег Гладков спросил, кто готовил первый вариант плана.", "Олег Гладков", "кто готовил первый вариант плана", true},
		{"uk", "Депутатка Оксана Лісова запитала, чи погодився уряд на обмеження армії.", "Оксана Лісова", "погодився уряд", false},
		{"de", "Die Abgeordnete Ines Kühn fragte, ob der Entwurf schon vorliege.", "Ines Kühn", "der Entwurf schon vorliege", false},
		{"pl", "Minister Ewa Sowa pytała o punkt dotyczący myśliwców.", "Ewa Sowa", "punkt dotyczący myśliwców", false},
	} {
		doc := "Z Tomaszem Zawadzkim rozmawia Ewa Lipska.\n\nEL: " + c.question + "\n\nTZ: To prawda, ale to dopiero początek rozmów.\n\nEL: Dziękuję.\n\nTZ: Dziękuję."
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+doc+"\n"), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, s := range d.Statements {
			got = got || s.Speaker == c.speaker && strings.Contains(s.Text, c.text)
		}
		if got != c.want {
			t.Errorf("%s %q: statement of %q with %q %v, want %v; got %s", c.lang, c.question, c.speaker, c.text, got, c.want, statementsBrief(d.Statements))
		}
	}
}

// TestTurnWordsAndCopulasMoreLanguages checks interviews in languages
// whose turn words ("Otázka"/"Odpověď", "Întrebare"/"Răspuns",
// "Pitanje"/"Odgovor") and copula ("je", "este") the reader lacked: the
// guest the introduction says who they are answers.
func TestTurnWordsAndCopulasMoreLanguages(t *testing.T) {
	for _, c := range []struct{ lang, doc, guest, answer string }{
		{"cs", "Petr Novák je analytik institutu v Brně.\n\nOtázka: Je text krokem vpřed?\n\nOdpověď: Malým krokem, nic víc.\n\nOtázka: A dál?\n\nOdpověď: Rozhodnou prezidenti.", "Petr Novák", "Malým krokem"},
		{"ro", "Andrei Ionescu este analist la un centru din Iași.\n\nÎntrebare: Este textul mai bun?\n\nRăspuns: Este mai scurt și mai prudent.\n\nÎntrebare: Și acum?\n\nRăspuns: Decid președinții.", "Andrei Ionescu", "mai scurt și mai prudent"},
		{"hr", "Ivana Babić je analitičarka instituta u Zagrebu.\n\nPitanje: Je li tekst korak naprijed?\n\nOdgovor: Mali korak, ništa više.\n\nPitanje: A sada?\n\nOdgovor: Odlučuju predsjednici.", "Ivana Babić", "Mali korak"},
	} {
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.doc+"\n"), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range d.Statements {
			found = found || s.Speaker == c.guest && strings.Contains(s.Text, c.answer)
		}
		if !found {
			t.Errorf("%s: no answer of %q with %q; got %s", c.lang, c.guest, c.answer, statementsBrief(d.Statements))
		}
	}
}

// TestPronounForThePersonAsked checks a third-person pronoun in an
// answer to a question that named one person: with a verb of saying and
// what was said after it, it is that person ("er hat gesagt, …", "She
// said that …", "він сказав, що …"); saying how they spoke ("Він сказав
// це чесно") stays the guest's judgement.
func TestPronounForThePersonAsked(t *testing.T) {
	for _, c := range []struct {
		lang, question, answer, speaker, text string
		want                                  bool
	}{
		{"de", "Der Außenminister Lars Brenner hat sich am Wochenende geäußert.", "Ja, und er hat gesagt, ohne die Ukraine könne es keinen Frieden geben.", "Lars Brenner", "ohne die Ukraine könne es keinen Frieden geben", true},
		{"en", "Senator Ruth Kale was on television on Sunday.", "She was. She said that the talks had gone better than anyone expected.", "Ruth Kale", "the talks had gone better than anyone expected", true},
		{"uk", "Міністр Богдан Оліфіренко виступав у неділю.", "Так. Він сказав, що уряд чекає на офіційний текст.", "Богдан Оліфіренко", "уряд чекає на офіційний текст", true},
		{"uk", "Міністр Богдан Оліфіренко виступав у неділю.", "Він сказав це чесно, і це було правильно.", "Богдан Оліфіренко", "чесно", false},
	} {
		doc := "Ferdinand Hollerer ist Forscher in Graz. Das Gespräch führte Jana Stöckel.\n\nStöckel: Was sagen Sie zum Entwurf?\n\nHollerer: Ein Anfang, mehr nicht.\n\nStöckel: " + c.question + "\n\nHollerer: " + c.answer + "\n\nStöckel: Danke."
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+doc+"\n"), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, s := range d.Statements {
			got = got || s.Speaker == c.speaker && strings.Contains(s.Text, c.text)
		}
		if got != c.want {
			t.Errorf("%s %q: statement of %q with %q %v, want %v; got %s", c.lang, c.answer, c.speaker, c.text, got, c.want, statementsBrief(d.Statements))
		}
	}
}
