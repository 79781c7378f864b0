package corpus

import "testing"

func TestEmbeddedPostSignature(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en post signed with a handle", doc("en", "The draft was published in full.\n\n> Before we start working on any plan, it would be good to know who the author is.\n> — Donald Tusk (@donaldtusk) November 24, 2025\n"), "Tusk", "Before we start working on any plan"},
		{"de post signed with a handle", doc("de", "Der Entwurf wurde vollständig veröffentlicht.\n\n> Über die Ukraine wird nicht ohne die Ukraine entschieden, und über Europa nicht ohne Europa.\n> — Annalena Brenner (@abrenner) 22. November 2025\n"), "Annalena Brenner", "Über die Ukraine wird nicht ohne die Ukraine entschieden"},
	})
}
