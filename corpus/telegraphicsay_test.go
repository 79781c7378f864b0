package corpus

import (
	"strings"
	"testing"
)

// relayCase is an invented document and what must and must not be read
// from it.
type relayCase struct {
	name, lang, body string
	frontMatter      bool // a title, outlet and date above the body
	published        string
	statements       [][2]string // speaker, words
	notSpeakers      []string
	notTexts         []string // words no one said, in no statement's text
}

func (c relayCase) run(t *testing.T) {
	t.Helper()
	doc := c.body
	if c.frontMatter {
		doc = "---\ntitle: Live\noutlet: Invented Desk\nlang: " + c.lang + "\npublished: 2025-11-24\n---\n\n" + c.body
	}
	name := "chat.txt"
	if c.frontMatter {
		name = "relay.md"
	}
	d, err := Parse([]byte(doc), ParseOptions{Name: name, Now: fixedNow, Lang: c.lang})
	if err != nil {
		t.Fatal(err)
	}
	if c.published != "" && d.Source.Published != c.published {
		t.Errorf("published %q, want %q", d.Source.Published, c.published)
	}
	for _, w := range c.statements {
		found := false
		for _, s := range d.Statements {
			if strings.Contains(s.Speaker, w[0]) && strings.Contains(s.Text, w[1]) {
				found = true
			}
		}
		if !found {
			t.Errorf("no statement %s / %q in %q", w[0], w[1], statementPairs(d.Statements))
		}
	}
	for _, s := range d.Statements {
		for _, n := range c.notSpeakers {
			if strings.Contains(strings.ToLower(s.Speaker), strings.ToLower(n)) {
				t.Errorf("statement given to %q: %q", s.Speaker, s.Text)
			}
		}
		for _, n := range c.notTexts {
			if strings.Contains(s.Text, n) {
				t.Errorf("statement %s / %q holds %q, which no one said", s.Speaker, s.Text, n)
			}
		}
	}
}

// TestTelegraphicSay reads "Says …", "Adds …", "Also said …" and German
// "Sagte außerdem, …" after a person is named as theirs, and leaves an
// inverted subject ("Says Rubio: …"), an infinitive ("Said to be …") and
// a question ("Says who?") alone.
func TestTelegraphicSay(t *testing.T) {
	for _, c := range []relayCase{
		{
			name: "english", lang: "en", frontMatter: true,
			body: "Marco Rubio met the Ukrainian delegation for six hours on Sunday. Says some issues still need to be finalised before anything goes to Moscow.\n\n" +
				"Trump on Truth Social again. Adds that Europe keeps buying Russian oil.\n\n" +
				"Said to be worth billions, the fund was not mentioned by anyone at the meeting.\n",
			statements: [][2]string{
				{"Rubio", "some issues still need to be finalised"},
				{"Trump", "Europe keeps buying Russian oil"},
			},
			notTexts: []string{"worth billions"},
		},
		{
			name: "german", lang: "de", frontMatter: true,
			body:       "Friedrich Merz traf am Montag die ukrainische Delegation in Berlin. Sagte außerdem, Europa müsse am Tisch sitzen.\n",
			statements: [][2]string{{"Merz", "Europa müsse am Tisch sitzen"}},
		},
	} {
		t.Run(c.name, c.run)
	}
}
