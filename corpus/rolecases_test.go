package corpus

import (
	"os"
	"testing"
)

// roleCaseProbes: a Slavic title in the genitive after an "according to"
// phrase names the person just mentioned, with the title in the
// nominative; a genitive complement keeps its case; an instrumental
// title inside another subject's sentence is not read as the subject's.
var roleCaseProbes = []probeCase{
	{"ru", "Иван Смирнов выступил в Москве. По словам политолога, документ требует доработки.", "Иван Смирнов", "документ требует доработки"},
	{"uk", "Олена Коваль виступила у Києві. За словами посолки, санкції мають залишатися.", "Олена Коваль", "санкції мають залишатися"},
	{"pl", "Jan Kowalski przemawiał w Brukseli. Zdaniem politologa sankcje muszą pozostać.", "Jan Kowalski", "sankcje muszą pozostać"},
	{"pl", "Jan Kowalski przemawiał w Brukseli. Według rzecznika sankcje muszą pozostać.", "Jan Kowalski", "sankcje muszą pozostać"},
	{"ru", "Пресс-секретарь президента Дмитрий Песков заявил, что Москва изучит документ.", "Dmitry Peskov", "Москва изучит документ"},
	// negatives: the instrumental stays out of the subject; a genitive
	// title that is nobody's words
	{"pl", "Po rozmowie Putina ze specjalnym wysłannikiem Witkoffem doradca Kremla Uszakow oświadczył, że bez kwestii terytorialnej nie ma pokoju.", "Yuri Ushakov", "nie ma pokoju"},
	{"pl", "Po rozmowie Putina ze specjalnym wysłannikiem Witkoffem doradca Kremla Uszakow oświadczył, że bez kwestii terytorialnej nie ma pokoju.", "", "Witkoff"},
	{"ru", "Книга политолога вышла в Москве. Документ требует доработки.", "", "Документ требует доработки"},
	{"uk", "Офіс міністра зачинений. Санкції мають залишатися.", "", "Санкції мають залишатися"},
}

// roleCaseRoles: the role each probe's statement carries.
var roleCaseRoles = map[int]string{0: "политолог", 1: "посолка", 2: "politolog", 3: "rzecznik", 4: "Пресс-секретарь президента"}

// TestRoleCaseProbes runs roleCaseProbes and checks the roles.
func TestRoleCaseProbes(t *testing.T) {
	pass := checkProbes(t, roleCaseProbes, nil, os.Getenv("PROBES_ALL") != "")
	for i, want := range roleCaseRoles {
		tc := roleCaseProbes[i]
		d, err := Parse([]byte(probeDoc(tc.lang, tc.text)), ParseOptions{Name: "probe.md"})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, s := range d.Statements {
			if s.Speaker == tc.speaker {
				got = s.Role
			}
		}
		if got != want {
			t.Errorf("#%d %s: role %q, want %q", i, tc.text, got, want)
		}
	}
	t.Logf("%d of %d probes pass", pass, len(roleCaseProbes))
}

// TestCyrillicRoleCases: the genitive forms made from roles.json and
// rolecases.json, their nominatives, and words that get no forms.
func TestCyrillicRoleCases(t *testing.T) {
	lx := lexiconData()
	for _, tc := range []struct {
		form, base string
	}{
		{"политолога", "политолог"},
		{"міністра", "міністр"},
		{"представителя", "представитель"},
		{"посолки", "посолка"},
		{"rzecznika", "rzecznik"},
		{"doradcy", "doradca"},
		{"politologa", "politolog"},
		{"analytika", "analytik"},
	} {
		if !lx.isRole(tc.form) {
			t.Errorf("%q is no title", tc.form)
		}
		if got := lx.nominativeRole(tc.form + " x"); got != tc.base+" x" {
			t.Errorf("nominativeRole(%q) = %q, want %q", tc.form+" x", got, tc.base+" x")
		}
	}
	for _, w := range []string{"официальныйа", "россииа", "политологом", "rzecznikiem", "мида"} {
		if lx.roleWords[w] {
			t.Errorf("%q made a title", w)
		}
	}
	if got := lx.nominativeRole("ministra degli Esteri"); got != "ministra degli Esteri" {
		t.Errorf("Italian title changed: %q", got)
	}
	if got := lx.nominativeRole("Политолога"); got != "Политолог" {
		t.Errorf("capital kept: %q", got)
	}
	if got := lx.nominativeRole("пресс-секретарь президента"); got != "пресс-секретарь президента" {
		t.Errorf("complement changed: %q", got)
	}
}
