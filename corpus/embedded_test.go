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

// TestHeadedPost checks a post copied under its header, name, account,
// where and when (headedPost), in a newsletter or a live page: the words
// after the date are the author's, the header is not.
func TestHeadedPost(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en name, handle, date", doc("en", "Reactions came fast.\n\n> **Marta Lindgren** @mlindgren · Dec 2\n> A ceasefire that cannot be checked is only a pause.\n"), "Marta Lindgren", "A ceasefire that cannot be checked is only a pause"},
		{"en name, handle, platform, date", doc("en", "Reactions came fast.\n\n> **Paul Okonjo** @pokonjo · Bluesky · 3 December 2025\n> Nobody in this city wants a frozen conflict.\n"), "Paul Okonjo", "Nobody in this city wants a frozen conflict"},
		{"de Name, Konto, Datum", doc("de", "Die Reaktionen kamen schnell.\n\n> **Annalena Brenner** @abrenner · 22. Nov.\n> Ohne Europa gibt es keinen dauerhaften Frieden.\n"), "Annalena Brenner", "Ohne Europa gibt es keinen dauerhaften Frieden"},
	})
	// the header is no part of the words
	d, err := Parse([]byte(doc("en", "Reactions came fast.\n\n> **Marta Lindgren** @mlindgren · Dec 2\n> A ceasefire that cannot be checked is only a pause.\n")), ParseOptions{Name: "t.md"})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range d.Statements {
		if st.Speaker == "Marta Lindgren" && (st.Text == "" || st.Text[0] == '@' || len(st.Text) > 60) {
			t.Errorf("header kept in the post: %q", st.Text)
		}
	}
}

// TestHeadedPostOpeningDocument checks that a post header opening the
// body, a reporter's own thread, gives the reporter no statement.
func TestHeadedPostOpeningDocument(t *testing.T) {
	body := "---\ntitle: t\nlang: en\n---\n\n**Lena Marsh** @lmarsh_news · Dec 1\n\n1/ I'm at the talks venue, where both delegations arrived an hour ago. More as it comes.\n"
	d, err := Parse([]byte(body), ParseOptions{Name: "t.md"})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range d.Statements {
		if st.Speaker == "Lena Marsh" {
			t.Errorf("the thread's reporter speaks: %q", st.Text)
		}
	}
}
