package corpus

import (
	"strings"
	"testing"
)

// TestDigestPostHead pins the post heads a channel digest prints, and
// the lines that only look like them.
func TestDigestPostHead(t *testing.T) {
	cases := []struct {
		text, author, role string
		ok, anonymous      bool
	}{
		{"📌 **@harbour_watch** · Sun 23 Nov, 21:47 · 👁 1.4M", "@harbour_watch", "", true, false},
		{"📌 **@riverside_notes** (anonymous, pro-government) · Mon 24 Nov, 08:02 · 👁 390K", "@riverside_notes", "", true, true},
		{"📌 **@quai_ouest** (anonyme) · mer. 26 nov., 09:10", "@quai_ouest", "", true, true},
		{"📌 **Olena Marchuk, MP** · Mon 24 Nov, 19:30 · 👁 84K", "Olena Marchuk", "MP", true, false},
		{"🔴 **Tobias Wendland** | Di., 25. Nov., 17:55 | 👁 52.000", "Tobias Wendland", "", true, false},
		{"**Kanzleramt** · 26.11. · 12 Tsd. Aufrufe", "Kanzleramt", "", true, false},
		// prose and lists are no heads
		{"The talks went on · and on · all night.", "", "", false, false},
		{"Kyiv · Moscow · Washington", "", "", false, false},
		{"📌 The minister said the talks went well. · 21:47", "", "", false, false},
		// bylines are no heads
		{"*Oksana Petrenko · 1 December 2025, 08:15*", "", "", false, false},
		{"Deccan Desk World | New Delhi | Updated: Dec 03, 2025 09:15 IST", "", "", false, false},
	}
	for _, c := range cases {
		author, role, anonymous, ok := digestPostHead(c.text)
		if ok != c.ok || ok && (author != c.author || role != c.role || anonymous != c.anonymous) {
			t.Errorf("%q: got %q %q %v %v, want %q %q %v %v", c.text, author, role, anonymous, ok, c.author, c.role, c.anonymous, c.ok)
		}
	}
}

// TestHandleParts pins how a handle is cut into words.
func TestHandleParts(t *testing.T) {
	for h, want := range map[string]string{
		"V_Zelenskiy_official": "V Zelenskiy official",
		"KremlinPressOffice":   "Kremlin Press Office",
		"harbour.watch2025":    "harbour watch",
	} {
		if got := strings.Join(handleParts(h), " "); got != want {
			t.Errorf("handleParts(%q) = %q, want %q", h, got, want)
		}
	}
}

// TestDigestPostSpeakers reads digests in English and French: a title
// alone and a pronoun under a post's head are its author (named, or a
// known person by the handle), with the head's role or the title the
// post's summary opens with ("The president …"); "the admin" of a channel
// the head calls anonymous is an unnamed source; a channel that
// names no one gives its words to no one the post before named.
func TestDigestPostSpeakers(t *testing.T) {
	docs := []struct {
		lang, doc string
		want      []struct{ speaker, role, frag string }
		nobody    []string
	}{
		{"en", "---\ntitle: Channel roundup\nlang: en\npublished: 2025-11-27\n---\n\n" +
			"*Compiled by Mara Quist. Posts are summarised by us.*\n\n---\n\n" +
			"📌 **@V_Zelenskiy_official** · Sun 23 Nov, 21:47 · 👁 1.4M\n\n" +
			"The president spoke of the grain corridor again. He wrote that the ports of Odesa would stay open all winter.\n\n---\n\n" +
			"📌 **Olena Marchuk, MP** · Mon 24 Nov, 19:30 · 👁 84K\n\n" +
			"The deputy, who chairs the energy committee, argues that the new tariff would hurt small farms. \"A tariff is not a plan,\" she writes.\n\n---\n\n" +
			"📌 **Hennadiy Ostapchuk** · Tue 25 Nov, 17:55 · 👁 52K\n\n" +
			"The chairman of the State Property Fund writes that the sale of the port cranes has been postponed to spring.\n\n---\n\n" +
			"📌 **@grey_harbour** (anonymous) · Wed 26 Nov, 10:12 · 👁 47K\n\n" +
			"Reposts a photo of a ferry. He writes that the ferry will be sold.\n\n---\n\n" +
			"📌 **@salt_marsh_news** (anonymous) · Thu 27 Nov, 11:00 · 👁 12K\n\n" +
			"A map of the marsh. The admin adds that the dykes \"will not last the winter\".\n",
			[]struct{ speaker, role, frag string }{
				{"Volodymyr Zelensky", "president", "the ports of Odesa would stay open all winter"},
				{"Olena Marchuk", "MP", "the new tariff would hurt small farms"},
				{"Olena Marchuk", "MP", "A tariff is not a plan"},
				{"Hennadiy Ostapchuk", "chairman of the State Property Fund", "the sale of the port cranes has been postponed"},
				{unnamedSpeaker, "admin", "will not last the winter"},
			},
			[]string{"the ferry will be sold"}},
		{"fr", "---\ntitle: Revue des canaux\nlang: fr\npublished: 2025-11-27\n---\n\n" +
			"📌 **Claire Vautrin, députée** · mar. 25 nov., 17:55 · 👁 52 000\n\n" +
			"La députée écrit que la réforme du port arrivera au printemps. Elle écrit aussi que les ferries continueront jusque-là.\n\n---\n\n" +
			"📌 **@quai_ouest** (anonyme) · mer. 26 nov., 09:10 · 👁 8 000\n\n" +
			"Une photo du quai. Il écrit que le quai sera fermé. L'admin ajoute que le port ne rouvrira pas avant l'été.\n",
			[]struct{ speaker, role, frag string }{
				{"Claire Vautrin", "députée", "la réforme du port arrivera au printemps"},
				{"Claire Vautrin", "députée", "les ferries continueront"},
				{unnamedSpeaker, "", "le port ne rouvrira pas avant l'été"},
			},
			[]string{"le quai sera fermé"}},
	}
	for _, c := range docs {
		d, err := Parse([]byte(c.doc), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		wantRoleStatements(t, c.lang, d.Statements, c.want)
		for _, s := range d.Statements {
			for _, n := range c.nobody {
				if strings.Contains(s.Text, n) && s.Speaker != unnamedSpeaker {
					t.Errorf("%s: an anonymous channel's words given to %s: %q", c.lang, s.Speaker, s.Text)
				}
			}
		}
	}
}
