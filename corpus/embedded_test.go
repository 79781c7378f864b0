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

// TestSignedQuotedPost checks a block-quoted post signed on its last line
// with a name, a comma and where it was posted (no account handle): the
// signature is no list item and the post is its signer's words.
func TestSignedQuotedPost(t *testing.T) {
	uk := "---\ntitle: t\nlang: uk\n---\n\nПісля зустрічі міністр написав допис.\n\n> Працювали предметно, пункт за пунктом.\n>\n> — Рустем Умєров, допис у Telegram, 30 листопада\n"
	it := "---\ntitle: t\nlang: it\n---\n\nIl ministro ha commentato sui social.\n\n> La pace deve essere giusta e duratura.\n> — Andrea Colonna, post su X, 30 novembre\n"
	checkStatements(t, []statementCase{
		{"uk допис у Telegram", uk, "Umerov", "Працювали предметно, пункт за пунктом"},
		{"it post su X", it, "Andrea Colonna", "La pace deve essere giusta e duratura"},
	})
	for _, doc := range []string{uk, it} {
		d, err := Parse([]byte(doc), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Provisions) > 0 {
			t.Errorf("a signature read as a point: %+v", d.Provisions)
		}
	}
}
