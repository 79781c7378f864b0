package corpus

import (
	"slices"
	"testing"
)

// TestTopicsLanguagesData: the per-language keywords load, name only
// topics of the taxonomy, and every core language covers every topic.
func TestTopicsLanguagesData(t *testing.T) {
	tgs, err := parseLangTopics(topicsLangData, Topics())
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"de", "fr", "it", "es", "pt", "pl", "ru", "uk"} {
		tg := tgs[lang]
		if tg == nil {
			t.Errorf("%s: no keywords", lang)
			continue
		}
		var bits uint64
		for _, ks := range tg.exact {
			for _, k := range ks {
				bits |= k.bit
			}
		}
		for _, ks := range tg.prefix {
			for _, k := range ks {
				bits |= k.bit
			}
		}
		for i, tp := range Topics() {
			if bits&(1<<i) == 0 {
				t.Errorf("%s: no keyword for topic %s", lang, tp.ID)
			}
		}
	}
	if _, err := parseLangTopics([]byte(`{"languages":{"de":{"no-such-topic":["wort"]}}}`), Topics()); err == nil {
		t.Error("an unknown topic ID was accepted")
	}
	if _, err := parseLangTopics([]byte(`{"languages":{"de":{"nato":["nat*"]}}}`), Topics()); err == nil {
		t.Error("a three-letter prefix was accepted")
	}
}

// TestOtherLanguageTopics: a record in another language gets the topics
// its own words name, inflected forms reached by the keywords' stems, as
// an English record gets them from topics.json. Invented sentences.
func TestOtherLanguageTopics(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"ru", "Стороны обсудили обмен пленными и возвращение депортированных детей.", []string{"prisoners-humanitarian"}},
		{"uk", "Делегації домовилися про припинення вогню на лінії зіткнення.", []string{"territory", "ceasefire", "negotiations"}},
		{"uk", "Йдеться про возз’єднання родин після обміну.", []string{"prisoners-humanitarian"}},
		{"it", "Il governo chiede nuove sanzioni contro il settore energetico.", []string{"sanctions-economy"}},
		{"de", "Die Zahl der Soldaten soll auf eine feste Obergrenze sinken.", []string{"military-size"}},
		{"fr", "Le texte prévoit un cessez-le-feu et des élections dans cent jours.", []string{"elections-governance", "ceasefire"}},
		{"es", "La central nuclear quedará bajo supervisión del OIEA.", []string{"nuclear-safety", "implementation-monitoring"}},
		{"pt", "O documento fala da adesão à União Europeia e de garantias de segurança.", []string{"security-guarantees", "eu-membership"}},
		{"pl", "Rozmowy dotyczyły odbudowy kraju i zamrożonych aktywów.", []string{"reconstruction-assets", "negotiations"}},
		{"pt-br", "O Brasil defende o fim da guerra por meio de negociações.", []string{"ceasefire", "negotiations"}},
		// a Latin apostrophe ends a word: "l'OTAN" is NATO
		{"fr", "Paris refuse l'élargissement de l'OTAN vers l'est.", []string{"nato"}},
		// a word that only begins like a keyword's stem is no keyword
		{"de", "Sie handeln schnell und gehen dann.", nil},
		// English records keep topics.json's keywords alone
		{"en", "Стороны обсудили обмен пленными.", nil},
	} {
		doc := &Document{Source: Source{Lang: c.lang}, Passages: []Passage{{Text: c.text, Topics: []string{}}}}
		tagOtherLanguages(doc)
		got := doc.Passages[0].Topics
		want := c.want
		if want == nil {
			want = []string{}
		}
		if !slices.Equal(got, inTaxonomyOrder(want)) {
			t.Errorf("%s %q: topics %v, want %v", c.lang, c.text, got, inTaxonomyOrder(want))
		}
	}
}

// inTaxonomyOrder sorts topic IDs as the taxonomy lists them.
func inTaxonomyOrder(ids []string) []string {
	out := []string{}
	for _, tp := range Topics() {
		if slices.Contains(ids, tp.ID) {
			out = append(out, tp.ID)
		}
	}
	return out
}

// TestOtherLanguageTopicsKeepOwn: a record's English topics stay, merged
// in taxonomy order, and a slice shared with another record (a provision
// and its passage share their memo's) is never written through.
func TestOtherLanguageTopicsKeepOwn(t *testing.T) {
	shared := []string{"nato", "negotiations"}
	doc := &Document{
		Source:     Source{Lang: "ru"},
		Provisions: []Provision{{Text: "НАТО и санкции.", Topics: shared[:1:1]}},
		Passages:   []Passage{{Text: "НАТО и санкции.", Topics: shared[:1:1]}},
	}
	tagOtherLanguages(doc)
	want := []string{"nato", "sanctions-economy"}
	if got := doc.Provisions[0].Topics; !slices.Equal(got, inTaxonomyOrder(want)) {
		t.Errorf("provision topics %v, want %v", got, inTaxonomyOrder(want))
	}
	if shared[1] != "negotiations" {
		t.Errorf("the shared slice was written through: %v", shared)
	}
}

// TestParseTagsOtherLanguages: Parse tags a finished record of a Russian
// document with the topics of its own words.
func TestParseTagsOtherLanguages(t *testing.T) {
	doc, err := Parse([]byte("---\nlang: ru\n---\n\nМосква и Киев договорились о прекращении огня и обмене пленными.\n"), ParseOptions{Name: "ru.md"})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Passages) == 0 {
		t.Fatal("no passage")
	}
	got := doc.Passages[0].Topics
	for _, id := range []string{"prisoners-humanitarian"} {
		if !slices.Contains(got, id) {
			t.Errorf("passage topics %v, want %s among them", got, id)
		}
	}
}
