package corpus

import (
	"strings"
	"testing"
)

// TestLineFurniture checks what a log line's furniture is: time stamps,
// slot labels, flags and pictographs, cut off; a line without a slot label
// or a flag is not called labelled.
func TestLineFurniture(t *testing.T) {
	for _, c := range []struct {
		in, rest string
		labelled bool
	}{
		{"08:02 [PASEK] TUSK: ZANIM …", "TUSK: ZANIM …", true},
		{"11:04 [PASEK] 🔴 PILNE | TRUMP: ZERO …", "TRUMP: ZERO …", true},
		{"[LOWER THIRD] BREAKING: Rubio: progress", "Rubio: progress", true},
		{"EILMELDUNG +++ Peskow: nichts", "Peskow: nichts", true},
		{"14:05 Peskov said the text had not arrived", "Peskov said the text had not arrived", false},
		{"Live coverage continues below", "Live coverage continues below", false},
		{"[...] and then he left", "[...] and then he left", false},
		{"Urgentemente il governo", "Urgentemente il governo", false},
	} {
		end, labelled := lineFurniture(c.in)
		if got := c.in[end:]; got != c.rest || labelled != c.labelled {
			t.Errorf("lineFurniture(%q) = %q, %v; want %q, %v", c.in, got, labelled, c.rest, c.labelled)
		}
	}
}

// TestLabelledLines reads invented chyron logs, in several languages: a
// label naming a known person, a title and a name, or a title alone
// under the person's line gives the line's text to that person; a place
// or a topic label gives it to no one; a board's "Point N:" items are
// the points of the version it names.
func TestLabelledLines(t *testing.T) {
	type st struct{ speaker, text string }
	type pr struct {
		plan   string
		number int
		text   string
	}
	for _, c := range []struct {
		name, lang, body string
		statements       []st
		provisions       []pr
		notSpeakers      []string
		notTexts         []string // words no one said
	}{
		{
			name: "english lower thirds", lang: "en",
			body: "`06:30` **[LOWER THIRD]** RUBIO: TREMENDOUS PROGRESS IN GENEVA\n" +
				"`06:30` **[STRAP]** Secretary of State: some issues still need work before the plan goes to Moscow\n" +
				"`06:31` **[STRAP]** Secretary of State on X calls the Geneva meeting the most productive so far\n" +
				"`06:32` **[STRAP]** Secretary of State on Sunday flies back to Washington\n\n" +
				"`06:40` **[LIVE]** Rubio says the talks were productive: both sides made real progress\n\n" +
				"`06:45` **[LOWER THIRD]** GENEVA: US AND UKRAINIAN DELEGATIONS MEET AT THE US MISSION\n\n" +
				"`07:02` **[BOARD]** US PLAN – KEY POINTS | Point 6: Ukraine's army capped at 600,000 | Point 7: Ukraine writes into its constitution that it will not join NATO\n",
			statements: []st{
				{"Marco Rubio", "TREMENDOUS PROGRESS IN GENEVA"},
				{"Marco Rubio", "some issues still need work"},
				{"Marco Rubio", "calls the Geneva meeting the most productive so far"},
				{"Marco Rubio", "both sides made real progress"},
			},
			provisions: []pr{
				{"28-point", 6, "army capped at 600,000"},
				{"28-point", 7, "will not join NATO"},
			},
			notSpeakers: []string{"Geneva", "Point"},
			notTexts:    []string{"flies back"},
		},
		{
			name: "german straps with a flag", lang: "de",
			body: "`18:22` **[BAUCHBINDE]** 🔴 EILMELDUNG | PESKOW: MOSKAU HAT KEINE INFORMATIONEN AUS GENF ERHALTEN\n" +
				"`18:22` **[BAUCHBINDE 2]** Kremlsprecher: Es gibt vorerst nichts zu kommentieren\n\n" +
				"`18:40` **[BAUCHBINDE]** GENF: GESPRÄCHE DAUERN AN\n",
			statements: []st{
				{"Dmitry Peskov", "MOSKAU HAT KEINE INFORMATIONEN AUS GENF ERHALTEN"},
				{"Dmitry Peskov", "Es gibt vorerst nichts zu kommentieren"},
			},
			notSpeakers: []string{"Genf"},
		},
		{
			name: "polish chyrons: a studio guest by title and surname", lang: "pl",
			body: "Gościem studia był gen. dyw. (rez.) Tadeusz Wronecki.\n\n" +
				"`13:20` **[PASEK]** GEN. (REZ.) WRONECKI W STUDIU: „GWARANCJE BEZ WOJSK TO ZA MAŁO”\n" +
				"`13:21` **[PASEK 2]** Ekspert: potrzebna jest obecność sojuszników na miejscu\n\n" +
				"`14:00` **[PASEK]** WIELKA BRYTANIA, FRANCJA I NIEMCY: WŁASNA WERSJA PLANU\n\n" +
				"`14:05` **[PLANSZA]** WERSJA EUROPEJSKA | Punkt 6: 800 tys. żołnierzy w czasie pokoju | Punkt 7: członkostwo w NATO zależy od konsensusu sojuszników\n",
			statements: []st{
				{"Wronecki", "GWARANCJE BEZ WOJSK TO ZA MAŁO"},
				{"Wronecki", "potrzebna jest obecność sojuszników"},
			},
			provisions: []pr{
				{"counter-proposal", 6, "800 tys. żołnierzy"},
				{"counter-proposal", 7, "konsensusu sojuszników"},
			},
			notSpeakers: []string{"Brytania", "Europejska", "Punkt"},
		},
		{
			name: "french banners: a guest named in the programme, then by her title with its article", lang: "fr",
			body: "Invitée de la matinale : Claire Vasseur, ancienne ambassadrice.\n\n" +
				"`07:40` **[BANDEAU]** ALERTE | VASSEUR : « LES GARANTIES PASSENT AVANT LE CESSEZ-LE-FEU »\n" +
				"`07:41` **[BANDEAU 2]** L'ancienne ambassadrice : rien ne se fera sans les Européens\n\n" +
				"`07:50` **[BANDEAU]** BRUXELLES : RÉUNION DES MINISTRES LUNDI\n",
			statements: []st{
				{"Claire Vasseur", "LES GARANTIES PASSENT AVANT LE CESSEZ-LE-FEU"},
				{"Claire Vasseur", "rien ne se fera sans les Européens"},
			},
			notSpeakers: []string{"Bruxelles", "Alerte"},
		},
		{
			name: "english card: a pictograph and a label a line", lang: "en",
			body: "Swipe through our explainer.\n\n" +
				"[Card 4/6]\nWHAT THEY SAID\n" +
				"🇺🇦 Zelensky: there is no consensus with Washington on territory yet\n" +
				"🇷🇺 Peskov: Moscow is working out its position after the briefing\n",
			statements: []st{
				{"Volodymyr Zelensky", "there is no consensus with Washington on territory yet"},
				{"Dmitry Peskov", "Moscow is working out its position"},
			},
			notTexts: []string{"WHAT THEY SAID"},
		},
		{
			name: "italian agency headline in capitals, a known person before the colon", lang: "it",
			body: "PESKOV: NESSUN TESTO RICEVUTO, ASPETTIAMO I DETTAGLI DA WASHINGTON\n\n" +
				"(AGENZIA INVENTATA) - MOSCA, 23 NOV - Il Cremlino non ha ricevuto alcun testo ufficiale.\n",
			statements: []st{
				{"Dmitry Peskov", "NESSUN TESTO RICEVUTO, ASPETTIAMO I DETTAGLI DA WASHINGTON"},
			},
			notSpeakers: []string{"Nessun"},
		},
		{
			name: "italian board without stamps", lang: "it",
			body: "Il piano in breve.\n\n" +
				"PIANO USA | Punto 6: esercito ucraino limitato a 600 mila uomini | Punto 7: rinuncia alla NATO scritta nella costituzione\n",
			provisions: []pr{
				{"28-point", 6, "esercito ucraino limitato"},
				{"28-point", 7, "rinuncia alla NATO"},
			},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := "---\ntitle: Log\noutlet: Invented Channel\nlang: " + c.lang + "\npublished: 2025-11-23\n---\n\n" + c.body
			d, err := Parse([]byte(doc), ParseOptions{Name: "log.md", Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.statements {
				found := false
				for _, s := range d.Statements {
					if strings.Contains(s.Speaker, w.speaker) && strings.Contains(s.Text, w.text) {
						found = true
					}
				}
				if !found {
					t.Errorf("no statement %s / %q in %+v", w.speaker, w.text, statementPairs(d.Statements))
				}
			}
			for _, s := range d.Statements {
				for _, n := range c.notTexts {
					if strings.Contains(s.Text, n) {
						t.Errorf("statement %s / %q: no one said it", s.Speaker, s.Text)
					}
				}
				for _, n := range c.notSpeakers {
					if strings.Contains(strings.ToLower(s.Speaker), strings.ToLower(n)) {
						t.Errorf("statement given to %q: %q", s.Speaker, s.Text)
					}
				}
			}
			for _, w := range c.provisions {
				found := false
				for _, p := range d.Provisions {
					if p.Number == w.number && strings.Contains(p.Plan, w.plan) && strings.Contains(p.Text, w.text) {
						found = true
					}
				}
				if !found {
					t.Errorf("no provision %s %d %q in %+v", w.plan, w.number, w.text, d.Provisions)
				}
			}
		})
	}
}

// statementPairs lists statements as speaker and text, for a failure's
// message.
func statementPairs(ss []Statement) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Speaker + " / " + s.Text
	}
	return out
}
