package corpus

import "testing"

// Spaced initials before a surname are part of the name, in any script
// (initialsname.go); a capital word in a title is no initial.
func TestInitialsBeforeSurname(t *testing.T) {
	for _, c := range []struct{ phrase, name, role string }{
		{"Head of logistics J. D. Hargreaves", "J. D. Hargreaves", "Head of logistics"},
		{"Начальник отдела Е. В. Самохвалова", "Е. В. Самохвалова", "Начальник отдела"},
		{"Директор по безопасности А. Н. Глебов", "А. Н. Глебов", "Директор по безопасности"},
		{"Директор по безопасности А.Н. Глебов", "А.Н. Глебов", "Директор по безопасности"}, // glued: no title case "А.н."
		{"Керівник відділу О. П. Марченко", "О. П. Марченко", "Керівник відділу"},
		{"Marco Rubio", "Marco Rubio", ""}, // no initials: unchanged
	} {
		x := newExtractor(lexiconData(), Source{Lang: "en"}, nil)
		sp := x.classify(tokenize(c.phrase), true)
		if sp == nil || sp.name != c.name || sp.role != c.role {
			t.Errorf("%q: got %+v, want %q (%q)", c.phrase, sp, c.name, c.role)
		}
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"J.D.", true}, {"Е. В.", true}, {"А.", true}, {"NATO.", false}, {"USA", false}, {"J.d.", false}, {"", false}} {
		if got := initialsToken(c.w); got != c.want {
			t.Errorf("initialsToken(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// A sentence does not end after an initial in another script, and still
// ends after a word.
func TestSentencesCyrillicInitials(t *testing.T) {
	for _, c := range []struct {
		p    string
		want int
	}{
		{"Начальник отдела Е. В. Самохвалова считает, что ключевым является п. 13.", 1},
		{"Ł. Kowalski powiedział, że to dobry plan.", 1},
		{"Переговоры завершились. Песков заявил, что ответа нет.", 2},
	} {
		if got := sentences(c.p); len(got) != c.want {
			t.Errorf("sentences(%q) = %q, want %d", c.p, got, c.want)
		}
	}
}

// A person named with the title in brackets, then a verb that is no
// speech verb, is whom the next pronoun means (bracketopener.go).
func TestBracketOpener(t *testing.T) {
	for _, c := range []struct {
		s, name, role string
	}{
		{"Mówca 2, Kacper Ondrusz (wicepremier) porównał wersje.", "Kacper Ondrusz", "wicepremier"},
		{"Anna Weber (head of research) began with the numbers.", "Anna Weber", "head of research"},
		{"Julia Sosnowska (premier) otworzyła wyliczanką.", "Julia Sosnowska", "premier"},
		{"Ingrid Bæk (SPD): Wir lehnen das ab.", "", ""},            // a record's label
		{"Kacper Ondrusz (Warszawa) porównał wersje.", "", ""},      // a place, no title
		{"Die Sitzung (Beginn 10 Uhr) wurde eröffnet.", "", ""},     // no name
		{"Sędziowie przyznali zwycięstwo (2:1) opozycji.", "", ""},  // no name before the bracket
		{"Wołodymyr Zełenski (prezydent Ukrainy), Kraków.", "", ""}, // no verb after the bracket
	} {
		x := newExtractor(lexiconData(), Source{Lang: "pl"}, nil)
		ok := x.bracketOpener(c.s)
		if c.name == "" {
			if ok {
				t.Errorf("%q: read %+v, want nothing", c.s, x.openedBy)
			}
			continue
		}
		if !ok || x.openedBy == nil || x.openedBy.name != c.name || x.openedBy.role != c.role {
			t.Errorf("%q: got %v %+v, want %q (%q)", c.s, ok, x.openedBy, c.name, c.role)
		}
	}
}

// A two-word speech verb before a comma is a new speaker's own verb
// (phrasecue.go).
func TestPhraseCueBeforeComma(t *testing.T) {
	x := &extractor{lx: lexiconData(), src: Source{Lang: "de"}}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Die Grünen-Abgeordnete Selin Aydoğan hält dagegen, ohne Mandat sei jede Zusage nur eine Absichtserklärung.", true},
		{"Der Minister stellt klar, man werde nicht verhandeln.", true},
		{"Die Ministerin hält fest, die Frist gelte.", true},
		{"Dagegen hält die Regierung an ihrem Plan fest.", false}, // no comma after the phrase
		{"Die Opposition ist dagegen, die Regierung auch.", false},
	} {
		if got := x.phraseCueBeforeComma(c.s); got != c.want {
			t.Errorf("phraseCueBeforeComma(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// Statements whose speaker the shapes above name, end to end.
func TestXintlStatements(t *testing.T) {
	for _, c := range []struct {
		lang, text, speaker, role, frag string
	}{
		{"ru", "Начальник отдела Е. В. Самохвалова считает, что для логистики ключевым является пункт 13.", "Е. В. Самохвалова", "Начальник отдела", "для логистики ключевым является пункт 13"},
		{"en", "Head of logistics J. D. Hargreaves said that point 13 was key for shipping.", "J. D. Hargreaves", "Head of logistics", "point 13 was key for shipping"},
		{"de", "Grävenitz antwortet, Deutschland müsse mehr tun. Die Grünen-Abgeordnete Selin Aydoğan hält dagegen, ohne Mandat sei jede Zusage nur eine Absichtserklärung.", "Selin Aydoğan", "Grünen-Abgeordnete", "ohne Mandat sei jede Zusage nur eine Absichtserklärung"},
		{"pl", "Steve Witkoff mówił w Davos, że został jeden problem.\n\nMówca 2, Kacper Ondrusz (wicepremier) porównał wersje. Według niego pierwotny projekt odbierał Ukrainie gwarancję USA.", "Kacper Ondrusz", "wicepremier", "pierwotny projekt odbierał Ukrainie gwarancję USA"},
	} {
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\npublished: 2026-01-09\n---\n\n"+c.text+"\n"), ParseOptions{Name: "x.md"})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range d.Statements {
			if s.Speaker == c.speaker && s.Role == c.role && s.Text == c.frag {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want %s (%s) / %q, got %+v", c.lang, c.speaker, c.role, c.frag, d.Statements)
		}
	}
}
