package corpus

import (
	"strings"
	"testing"
)

// TestReadThreads checks readThreads on invented threads of three kinds
// (a forum thread with a pasted article and nested replies, e-mail threads
// in English and French, a video page's comments) and on texts that are no
// thread, which it must leave as they are.
func TestReadThreads(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string // paragraphs, in order
		absent   []string // nothing of these may be left
	}{
		{
			name: "forum thread: article quoted, nested replies, bot, stickied note, interface",
			in: "r/eastdesk · Posted by u/harbour_owl · 9h\n\n**Text for the paywalled:**\n\n" +
				"> KYIV — Talks resumed on Monday.\n>\n> Foreign minister Ilona Varga said the draft still needed work.\n\n" +
				"**Top comments** · Sort by: Best ▾\n\n**u/pine_marten** · 8h · 1.2k points\n\nPoint 9 is the one nobody reads.\n\n" +
				"> > **u/harbour_owl** · 7h · 310 points\n> > Agreed, and she said so twice.\n\n" +
				"> > > **u/[deleted]** · 7h\n> > > [deleted]\n\n" +
				"**u/AutoModerator** · 9h\n\nThis post links to a paywalled source. *I am a bot.*\n\n" +
				"**u/mod_eastdesk** · 9h · 📌 Stickied\n\nKeep it civil.\n\n---\n\n" +
				"*load more comments (12 replies)*\n\n204 comments · 91% upvoted · Share · Save · Report",
			want: []string{"**Text for the paywalled:**", "KYIV — Talks resumed on Monday.",
				"Foreign minister Ilona Varga said the draft still needed work.", "Point 9 is the one nobody reads.",
				"Agreed, and she said so twice.", "---"},
			absent: []string{"u/", "points", ">", "bot", "civil", "Sort by", "upvoted", "load more", "[deleted]"},
		},
		{
			name: "forum thread with level labels and indented replies",
			in: "Thread\n\nlevel 1 · u/grain_route · 5h · 88 points\nThe clause on the river is new.\n" +
				"  level 2 · u/salt_flats · 4h · 12 points\n  It was in the first draft too.\n",
			want:   []string{"Thread", "The clause on the river is new.", "It was in the first draft too."},
			absent: []string{"level", "u/"},
		},
		{
			name: "e-mail thread in English: headers, reply opener, signature",
			in: "From: Dana Holt <dana@weekly.example>\nTo: Desk <desk@weekly.example>\nDate: Tue, 6 Jan 2026 21:40\nSubject: RE: tonight's lead\n\n" +
				"The ministers met for four hours.\n\nDana\n\n> On Tue, 6 Jan 2026 at 20:10, Sam Reyes <sam@weekly.example> wrote:\n>\n> Do we have the quote?\n\n" +
				"--\nThe Weekly · Foreign desk\nThis message is confidential and intended only for its addressees.",
			want:   []string{"The ministers met for four hours.", "Do we have the quote?"},
			absent: []string{"From:", "Subject", "wrote:", "confidential", "Foreign desk", "Dana"},
		},
		{
			name: "e-mail thread in French",
			in: "**De :** Léa Morin <l.morin@gazette.example>\n**À :** Édition <edition@gazette.example>\n**Objet :** RE: sommet\n\n" +
				"La déclaration a été signée à 17 h.\n\nLéa\n\n> Le 6 janv. 2026 à 18:02, Paul Duret <p.duret@gazette.example> a écrit :\n>\n> Tu confirmes l'heure ?",
			want:   []string{"La déclaration a été signée à 17 h.", "Tu confirmes l'heure ?"},
			absent: []string{"Objet", "a écrit", "De :", "Léa\n"},
		},
		{
			name: "forwarded e-mail in German with a client's divider and footer",
			in: "Von: Jana Brück <j.brueck@blatt.example>\nGesendet: Dienstag, 6. Januar 2026 21:40\nAn: Redaktion <red@blatt.example>\nBetreff: WG: Gipfel\n\n" +
				"Zur Info, unten die Meldung.\n\nVon meinem iPhone gesendet\n\n-----Ursprüngliche Nachricht-----\n" +
				"Von: Agentur Nord <dienst@nord.example>\nDatum: 6. Januar 2026\nBetreff: Gipfel\n\nDie Erklärung wurde am Abend unterzeichnet.",
			want:   []string{"Zur Info, unten die Meldung.", "Die Erklärung wurde am Abend unterzeichnet."},
			absent: []string{"Von:", "Betreff", "iPhone", "Ursprüngliche"},
		},
		{
			name: "social thread: display-name heads stay for the embedded-post readers, buttons go",
			in: "**Lise Aubert** @laubert.example · 7 janv.\n1/2 Le sommet s'est terminé tard.\n\n💬 4  🔁 20  ♡ 90\n\n" +
				"**Lise Aubert** @laubert.example · 7 janv.\n2/2 Fin du fil.\n\nAfficher plus de réponses · Signaler · Traduire",
			want: []string{"**Lise Aubert** @laubert.example · 7 janv.\n1/2 Le sommet s'est terminé tard.",
				"**Lise Aubert** @laubert.example · 7 janv.\n2/2 Fin du fil."},
			absent: []string{"Signaler", "♡"},
		},
		{
			name: "forum threads in French and Russian",
			in: "**u/heron_gris** · il y a 3 h · 12 points\n\nLe point 7 change tout.\n\n**u/loutre** · il y a 2 h · 4 points\n\nNon.\n\nRépondre · Partager\n\n" +
				"u/olm_87 · 5 ч. назад · 41 очко\n\nПункт 7 важнее.\n\nu/sever · 4 ч. назад\n\nСогласен.\n\nОтветить · Поделиться",
			want:   []string{"Le point 7 change tout.", "Non.", "Пункт 7 важнее.", "Согласен."},
			absent: []string{"u/", "il y a", "назад", "Partager", "Ответить"},
		},
		{
			name: "video page comments",
			in: "Comments 412   Sort by ▾\n\n@river_kite 3h\nthe part at 4:10 explains point 21 well\n  ↳ 57 likes · Reply\n\n" +
				"@old_tram 2h\nuseful summary\n  ↳ 9 likes · Reply\n\n[Show full transcript]",
			want:   []string{"the part at 4:10 explains point 21 well", "useful summary"},
			absent: []string{"@river_kite", "likes", "Reply", "transcript", "Comments 412"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := readThreads(c.in)
			var paras []string
			for p := range strings.SplitSeq(got, "\n\n") {
				if p = strings.TrimSpace(p); p != "" {
					paras = append(paras, p)
				}
			}
			if strings.Join(paras, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("paragraphs\n%q\nwant\n%q", paras, c.want)
			}
			for _, a := range c.absent {
				if strings.Contains(got, a) {
					t.Errorf("%q left in\n%s", a, got)
				}
			}
		})
	}
	// no thread: left as it is
	for _, in := range []string{
		"The minister said the plan was a basis.\n\n> A quoted post by a minister.\n\nDate: 6 January 2026",
		"📌 **@kyiv_desk** · Sun 23 Nov, 21:47 · 👁 1.4M\n\nThe admin writes that the talks went well.\n\n📌 **@front_notes** · Sun 23 Nov, 22:10 · 👁 0.9M\n\nHe adds more.",
		"> **Kaja Velt** @kvelt · Nov 24\n> Any plan needs us on board.\n\n> **Ivo Maran** @imaran · Nov 24\n> Work remains.",
		"2:15\nso the first readout came late\n2:19\n>> which is diplomatic speak\n",
	} {
		if got := readThreads(in); got != in {
			t.Errorf("not a thread, changed:\n%s\n->\n%s", in, got)
		}
	}
}

// TestThreadSpeakers checks a whole forum thread through Parse: the
// attribution inside the quoted article is read, commenters are no
// speakers, a reply's pronoun does not reach into the article or the post
// before, and no passage keeps a quote marker or a post head.
func TestThreadSpeakers(t *testing.T) {
	doc := "---\ntitle: Talks thread\nlang: en\n---\n\n" +
		"r/eastdesk · Posted by u/harbour_owl · 9h\n\n" +
		"> Foreign minister Ilona Varga said the draft still needed work on the border clause.\n\n" +
		"**u/pine_marten** · 8h · 1.2k points\n\nThe border clause is what matters here.\n\n" +
		"> > **u/salt_flats** · 7h · 310 points\n> > He said later that the talks would go on next week.\n\n" +
		"**u/grain_route** · 6h · 90 points\n\nPrime minister Tomas Ruud said the summit would be held in Oslo.\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "thread.md", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, s := range d.Statements {
		found[s.Speaker] = true
		for _, bad := range []string{"pine_marten", "salt_flats", "grain_route", "harbour_owl"} {
			if strings.Contains(strings.ToLower(s.Speaker+s.Role), bad) {
				t.Errorf("a commenter is a speaker: %+v", s)
			}
		}
		if strings.Contains(s.Text, "talks would go on") {
			t.Errorf("a reply's pronoun read across posts: %+v", s)
		}
	}
	for _, want := range []string{"Ilona Varga", "Tomas Ruud"} {
		if !found[want] {
			t.Errorf("no statement by %s; got %+v", want, d.Statements)
		}
	}
	for _, p := range d.Passages {
		if strings.HasPrefix(p.Text, ">") || strings.Contains(p.Text, "u/") || strings.Contains(p.Text, "points") {
			t.Errorf("passage not clean: %q", p.Text)
		}
	}
}

// TestSymbolPassages checks that a paragraph of symbols alone (a rule
// between posts, a "* * *" break) is no passage: no search finds it.
func TestSymbolPassages(t *testing.T) {
	doc := "---\ntitle: t\nlang: en\n---\n\nFirst post text.\n\n---\n\n* * *\n\nSecond post text."
	d, err := Parse([]byte(doc), ParseOptions{Name: "rules.md", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Passages {
		if !hasLetter(p.Text) {
			t.Errorf("passage of symbols: %q", p.Text)
		}
	}
	if len(d.Passages) != 2 {
		t.Errorf("got %d passages, want the two posts: %+v", len(d.Passages), d.Passages)
	}
}
