package corpus

import (
	"strings"
	"testing"
)

// TestFloorQuestionAndContactLines probes the two kinds of false
// statement floorquestion.go drops (questions, contact and source lines),
// in several languages, beside the
// shapes that must stay statements: a request ("asked Ukraine to …"), a
// question asked in public with where it was asked, one with quoted
// words, a number of troops, a link inside a quoted post.
func TestFloorQuestionAndContactLines(t *testing.T) {
	for _, c := range []struct {
		name, doc string
		word      string // a word of the statement that must (keep) or must not be given
		keep      bool
	}{
		{"en whether", "Shareholder Desmond Rao asked whether the Company would reopen its Mykolaiv office.", "Mykolaiv", false},
		{"en what", "Beatrice Ollerenshaw asked what the Company would do if the peace talks failed.", "talks", false},
		{"fr qui", "La journaliste Anne Morel a demandé qui contrôlerait la trêve.", "trêve", false},
		{"it se", "Il deputato Marco Ferri chiede se il governo sia stato informato del piano.", "informato", false},
		{"de ob", "Die Abgeordnete Anna Krüger fragte, ob die Regierung den Plan kenne.", "Regierung", false},
		{"en request", "Zelensky asked European partners to stand with Ukraine at the table.", "partners", true},
		{"fr request", "Le président Emmanuel Macron a demandé aux alliés de maintenir la pression sur Moscou.", "pression", true},
		{"pl public", "Premier Donald Tusk pytał w mediach społecznościowych, kto właściwie napisał ten plan.", "napisał", true},
		{"fr quoted", "Donald Trump a demandé s'il était « vraiment possible » que de grands progrès soient en cours.", "possible", true},
		{"en said", "Desmond Rao said the Company would reopen its Mykolaiv office in spring.", "Mykolaiv", true},
		{"fr troops", "Le ministre Jean Morel a déclaré que l'armée ukrainienne compterait 800 000 soldats en 2026.", "soldats", true},
		{"en asked participle", "Asked whether Moscow would accept, analyst Carla Ruiz said no, not before spring.", "not before spring", true},
		{"ru said", "Дмитрий Песков заявил, что Кремль изучает план из 28 пунктов.", "Кремль", true},
	} {
		d, err := Parse([]byte(c.doc+"\n"), ParseOptions{Name: "probe.txt", Now: fixedNow})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got := false
		for _, s := range d.Statements {
			got = got || strings.Contains(s.Text, c.word)
		}
		if got != c.keep {
			t.Errorf("%s: statement with %q given %v, want %v (%+v)", c.name, c.word, got, c.keep, d.Statements)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Kelsey Marrow, Communications Director kelsey.marrow@mail.house.example", true},
		{"segreteria, 035 000 0417", true},
		{"1431 Longworth House Office Building | Phone: (202) 555-0100", true},
		{"*Journal of Alliance Politics*, 28(1), 41–58. https://doi.example/10.5555/jap.2026.0104", true},
		{"l'armée compterait 1 200 000 soldats et 800 000 réservistes", false},
		{"the fund would hold 100 000 000 dollars by 2026", false},
		{"the talks on 20.11.2025 were productive", false},
		{"he wrote on @zelenskyy's channel that the deal was close", false},
		{"no deal will be imposed — video https://videohost.example › watch 2:14 · the Secretary said no deal would be imposed", false},
	} {
		if got := contactLine(c.text); got != c.want {
			t.Errorf("contactLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
