package corpus

import "testing"

// TestProvisionTextSeenBy checks that "the text" stands for the plan after
// a term opener, as wires put it when they describe a document they
// obtained ("Under the text seen by …, X would …"), in two phrasings and
// two languages, and that a text message is no document.
func TestProvisionTextSeenBy(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "text seen by a wire", doc: "Talks resume\n\nLISBON, Nov 19 (Tagus Wire) - Envoys met on Wednesday.\n\nUnder the text seen by Tagus Wire, Ukrainian units would leave the river towns they still hold.\n",
			want: []Provision{{Plan: unnamedPlan, Text: "Ukrainian units would leave the river towns"}}},
		{name: "text obtained by a paper", doc: "# Envoys meet\n\nUnder the text obtained by the Harbour Courier, the peacetime army will be held at 650,000.\n",
			want: []Provision{{Plan: unnamedPlan, Text: "the peacetime army will be held at 650,000"}}},
		{name: "french text consulted", doc: "# Les émissaires se voient\n\nSelon le texte consulté par l'agence, l'Ukraine renoncerait à ses bases sur le fleuve.\n",
			want: []Provision{{Plan: unnamedPlan, Text: "renoncerait à ses bases"}}},
		{name: "a text message is no plan", doc: "# Envoys meet\n\nThe text message from the envoy said the delegations would meet again on Monday.\n",
			not: []string{"would meet again"}},
	})
}

// TestProvisionNoteClosesRun checks that a point note after a run of
// sentences ("… (point 21).") makes the whole run that point's term when
// the paragraph marks its terms so, and that a note joins neither a
// quotation, nor a sentence before a paragraph's only note.
func TestProvisionNoteClosesRun(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english, by theme", doc: "# The US draft by theme\n\n## Land\n\nThe northern districts would be recognised as Russian. Kyiv's troops leave the river valley. The line is frozen where it runs today (point 21). Neither side moves the border by force (point 22).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "The northern districts would be recognised as Russian. Kyiv's troops leave the river valley. The line is frozen"},
				{Plan: "US 28-point draft", Number: 22, Text: "Neither side moves the border"}}},
		{name: "italian, by theme", doc: "# Il piano in 28 punti per temi\n\n## Esercito\n\nLe forze armate scendono a 600 mila uomini. Il tetto vale anche per la riserva (punto 6). I soldati della Nato restano fuori dal paese (punto 8).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "Le forze armate scendono a 600 mila uomini. Il tetto vale"}}},
		{name: "a quotation ends the run", doc: "# The US draft by theme\n\n\"It is a bad deal,\" an analyst said. The army is capped at 600,000 (point 6). Elections follow in 100 days (point 25).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "The army is capped"}},
			not:  []string{"bad deal"}},
		{name: "one note joins nothing", doc: "# The US draft\n\nThe talks went on late into the night. The army is capped at 600,000 (point 6).\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "The army is capped"}},
			not:  []string{"late into the night"}},
	})
}

// TestEndsWithPointNote reads a bracketed point note closing a sentence.
func TestEndsWithPointNote(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The line is frozen (point 21).", true},
		{"Die Front wird eingefroren (Punkt 21)", true},
		{"Il tetto vale anche per la riserva [punto 6].", true},
		{"The line is frozen (as point 21 of the draft says, for now).", false},
		{"Point 21 freezes the line.", false},
		{"The line is frozen (for now).", false},
	}
	for _, tt := range tests {
		if got := endsWithPointNote(tt.s); got != tt.want {
			t.Errorf("endsWithPointNote(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestProvisionVersionByMonthOrOrigin checks that a version named by when
// it appeared or as the original ("the November draft's point 6", "the
// original point 5", "la bozza di novembre") is the US draft, in a brief
// whose title names no version.
func TestProvisionVersionByMonthOrOrigin(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "november draft", doc: "# Two versions compared\n\n## Army\n\nThe November draft's point 6 held the army at 610,000 troops.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "held the army at 610,000"}}},
		{name: "original point", doc: "# Two versions compared\n\n## Guarantees\n\nThe original point 5 only promised Kyiv firm guarantees.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 5, Text: "only promised Kyiv firm guarantees"}}},
		{name: "italian, bozza di novembre", doc: "# Due versioni a confronto\n\n## Esercito\n\nIl punto 6 della bozza di novembre fissava l'esercito a 610 mila uomini.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "610 mila"}}},
		{name: "german, Novemberentwurf", doc: "# Zwei Fassungen im Vergleich\n\n## Armee\n\nPunkt 6 des Novemberentwurfs begrenzte die Armee auf 610.000 Mann.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "610.000"}}},
	})
}

// TestProvisionContrastedPoint checks that another version's wording given
// right after a point of one version ("Point 6 of the U.S. draft … . The
// European version reads: …") is that point of the other version, and that
// a sentence after a point of the same version keeps no number.
func TestProvisionContrastedPoint(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "version reads", doc: "# Side by side\n\nPoint 4 of the U.S. draft bars foreign bases. The European version reads: \"Foreign bases may be hosted with the consent of parliament.\"\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 4, Text: "bars foreign bases"},
				{Plan: "European counter-proposal", Number: 4, Text: "Foreign bases may be hosted"}}},
		{name: "counter-proposal says instead", doc: "# Side by side\n\nPoint 9 of the U.S. draft sends European jets to Poland. The counter-proposal instead says that \"allied aircraft will be based in neighbouring states.\"\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 9, Text: "allied aircraft will be based"}}},
		{name: "italian", doc: "# A confronto\n\nIl punto 6 del piano americano fissa l'esercito a 610 mila uomini. La controproposta recita invece: «L'esercito ucraino conta 790 mila uomini in tempo di pace».\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 6, Text: "790 mila"}}},
		{name: "another topic keeps no number", doc: "# Side by side\n\nPoint 6 of the U.S. draft limits the army to 610,000 troops. The counter-proposal instead says that talks on land will start from the front line.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 0, Text: "talks on land will start from the front line"}}},
		{name: "same version keeps no number", doc: "# Side by side\n\nPoint 4 of the U.S. draft bars foreign bases. The U.S. draft also says that Kyiv will hold elections within 90 days.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 0, Text: "Kyiv will hold elections within 90 days"}}},
	})
}

// TestProvisionPointTrail checks that a bare point keeps the version of the
// last point named with its version, across a heading that names none and
// past a passing mention of another version, and that a version named
// after that point takes over.
func TestProvisionPointTrail(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "french, across a heading", doc: "# Ce que l'Europe a réécrit dans le plan américain\n\n## L'armée\n\nLe point 6 du texte européen fixe un plafond de 790 000 militaires.\n\n## L'Otan\n\nLe point 7 ne ferme plus la porte : l'adhésion dépend du consensus des alliés.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "l'adhésion dépend du consensus"}}},
		{name: "german interview, past a passing mention", doc: "# Interview zum Friedensplan\n\n**WB:** Punkt 6 des 28-Punkte-Plans sah 610.000 Mann vor. Der europäische Gegenvorschlag nennt mehr. Womit leben Sie?\n\n**Kranz:** Mit keinem der beiden.\n\n**WB:** Punkt 26 verspricht beiden Lagern eine umfassende Amnestie für Taten im Krieg. Wie kommt das an?\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "verspricht beiden Lagern eine umfassende Amnestie"}}},
		{name: "english, a heading naming another version takes over", doc: "# Two texts\n\nPoint 6 of the U.S. draft holds the army at 610,000.\n\n## The European counter-proposal\n\nPoint 7 leaves the alliance's door open.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "leaves the alliance's door open"}}},
	})
}

// TestProvisionPointAside checks that a bracketed aside labelling a point
// with its terms ("(pt 26: …)", "(п. 7: …)") gives that point, in a thread
// whose own numbering is no plan's, and that a bare reference in brackets
// or an aside of a time gives none.
func TestProvisionPointAside(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "thread, abbreviated", doc: "# Thread: talks in Florida\n\n1/ Delegations arrived at noon.\n\n2/ Asked whether the clause from the 28-point text (pt 14: frozen funds go to a rebuilding fund run by Washington) survived, an aide shrugged.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "frozen funds go to a rebuilding fund run by Washington"}},
			not:  []string{"Delegations arrived"}},
		{name: "english, point word", doc: "# The talks\n\nThe European text keeps the old wording on the alliance (point 7: no membership without consensus of all members) and nothing else.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 7, Text: "no membership without consensus of all members"}}},
		{name: "russian abbreviation", doc: "# Переговоры\n\nВ американском плане есть и пункт об амнистии (п. 26: полная амнистия для всех сторон конфликта), его обсуждали отдельно.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 26, Text: "полная амнистия для всех сторон конфликта"}}},
		{name: "a bare reference or a time is no term", doc: "# The talks\n\nThe US draft sets a cap on the army (point 6). Talks resumed (at 10:30 local time) after lunch.\n",
			not: []string{"local time"}},
	})
}

// TestPointAside reads the aside itself.
func TestPointAside(t *testing.T) {
	tests := []struct {
		s     string
		n     int
		terms string
	}{
		{"the clause (pt 26: full amnesty for all sides) was in", 26, "full amnesty for all sides"},
		{"the clause [Punkt 21: Front wird eingefroren] bleibt", 21, "Front wird eingefroren"},
		{"the clause (point 6) was in", 0, ""},
		{"(see page 4: a long note here)", 0, ""},
		{"(pt 3: two words)", 0, ""},
	}
	for _, tt := range tests {
		n, terms, _ := pointAside(tt.s)
		if n != tt.n || terms != tt.terms {
			t.Errorf("pointAside(%q) = %d %q, want %d %q", tt.s, n, terms, tt.n, tt.terms)
		}
	}
}

// TestProvisionPointGoesOn checks that a conditional sentence right after a
// numbered point's terms, and a sentence opening "the same point", go on
// with that point instead of standing as terms of their own, and that a
// conditional after an unnumbered term stays its own.
func TestProvisionPointGoesOn(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "french fact-check", doc: "# Vrai ou faux sur le plan américain\n\n**Verdict : VRAI.** Selon le point 14, 90 milliards de dollars d'avoirs gelés seraient investis dans la reconstruction. Les Européens ajouteraient une somme égale.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "seraient investis dans la reconstruction. Les Européens ajouteraient une somme égale"}}},
		{name: "english explainer", doc: "# What the US draft says\n\nUnder point 19, the reactor would restart under IAEA watch. Its power would be split between the two sides.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 19, Text: "the reactor would restart under IAEA watch. Its power would be split"}}},
		{name: "the same point, next paragraph", doc: "# What the US draft says\n\nUnder point 21, the southern front would be frozen where it stands.\n\nThe same point goes further: the eastern towns would become a buffer zone.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "frozen where it stands. The same point goes further: the eastern towns would become a buffer zone"}}},
		{name: "italian, lo stesso punto", doc: "# Cosa prevede il piano americano\n\nIl punto 21 congela il fronte meridionale.\n\nLo stesso punto prevede inoltre che le città dell'est diventino una zona cuscinetto.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "congela il fronte meridionale. "}}},
		{name: "after an unnumbered term, its own", doc: "# What the US draft says\n\nThe US draft says that Kyiv will hold a vote within 90 days. The army would shrink to 610,000.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 0, Text: "Kyiv will hold a vote within 90 days"}, {Plan: "US 28-point draft", Number: 0, Text: "The army would shrink to 610,000"}}},
	})
}

// TestProvisionSpeechBullets checks that bullets opening with who said
// them, under a heading that names the plan, are a digest of statements
// and give no points, while bullets of terms, with the document named or
// an attribution after the term, still do.
func TestProvisionSpeechBullets(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "russian digest", doc: "# Главное\n\n**Об американском плане**\n\n— Лавров сказал, что американские идеи можно обсуждать, но не в нынешнем виде.\n\n— По словам министра, Москва ждёт официального текста.\n",
			not: []string{"американские идеи", "официального текста"}},
		{name: "english digest", doc: "# Key quotes\n\n**On the US plan**\n\n- Rutte said the allies would study the draft closely.\n- According to the minister, Kyiv had not yet replied.\n",
			not: []string{"study the draft", "not yet replied"}},
		{name: "terms stay", doc: "# What the US plan says\n\n- **La centrale.** Selon le document, la centrale serait relancée sous contrôle international.\n- Kyiv would cap its army at 610,000, officials said.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "la centrale serait relancée"}, {Plan: "US 28-point draft", Text: "Kyiv would cap its army at 610,000"}}},
	})
}

// TestProvisionDocAdverbial checks the verb-second languages' adverbial
// naming a document with no comma after it ("Laut dem Entwurf soll …",
// "… sollen laut dem Papier …", "Enligt planen ska …"), a reportative
// sentence after such a term, and that the adverbial with someone's
// speech, or without a modal, gives nothing.
func TestProvisionDocAdverbial(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "german, adverbial first", doc: "---\nlang: de\n---\n# Der US-Plan\n\nLaut dem Entwurf soll die Ukraine ihre Armee auf 610.000 Mann verkleinern.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "soll die Ukraine ihre Armee auf 610.000 Mann verkleinern"}}},
		{name: "german, adverbial after the verb, version named", doc: "---\nlang: de\n---\n# Bericht aus Genf\n\nDie Gelder sollen laut dem europäischen Gegenvorschlag eingefroren bleiben, bis Moskau zahlt.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "eingefroren bleiben, bis Moskau zahlt"}}},
		{name: "swedish, then a reportative term", doc: "---\nlang: sv\n---\n# USA:s fredsplan\n\nEnligt planen ska Ukraina minska sin armé till 610 000 soldater. Fronten i söder ska frysas längs den nuvarande linjen.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "ska Ukraina minska sin armé"}, {Plan: "US 28-point draft", Text: "Fronten i söder ska frysas"}}},
		{name: "dutch", doc: "---\nlang: nl\n---\n# Het Amerikaanse plan\n\nVolgens het plan moet Oekraïne zijn leger inkrimpen tot 610.000 man.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "moet Oekraïne zijn leger inkrimpen"}}},
		{name: "speech or no modal gives nothing", doc: "---\nlang: de\n---\n# Der US-Plan\n\nLaut dem Entwurf ist die Lage ernst, sagte der Minister am Abend in Berlin.\n\nLaut dem Papier wurde lange verhandelt über viele offene Fragen.\n",
			not: []string{"Lage ernst", "lange verhandelt"}},
	})
}

// TestProvisionSpeechAside checks that an attribution between a point and
// what it provides ("Point 11, Zelensky said, confirms …") leaves the
// point's terms, and that a point followed by someone's quoted view does
// not.
func TestProvisionSpeechAside(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# The US draft, read aloud\n\nPoint 16, the minister said, sets up a joint committee on detainees.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 16, Text: "sets up a joint committee on detainees"}}},
		{name: "italian", doc: "# Il piano americano letto in aula\n\nIl punto 16, ha spiegato il ministro, istituisce un comitato congiunto sui detenuti.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 16, Text: "istituisce un comitato congiunto"}}},
		{name: "a quoted view stays speech", doc: "# The US draft, read aloud\n\nPoint 16, the minister said, \"is the only part that works\".\n",
			not: []string{"the only part that works"}},
	})
}

// TestProvisionRomanian checks Romanian, read through the same rules as
// the other languages with its words as data: a document and its verb
// with the point named in an aside, a point reference opening a sentence,
// and the counter-proposal named.
func TestProvisionRomanian(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "document verb, point in an aside", doc: "# Negocieri la Abu Dhabi\n\nPlanul inițial prevedea, la punctul 19, ca centrala să fie repornită sub supravegherea AIEA.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 19, Text: "centrala să fie repornită"}}},
		{name: "point reference", doc: "# Planul american, explicat\n\nPunctul 6 limitează armata ucraineană la 610.000 de militari.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "limitează armata ucraineană"}}},
		{name: "counter-proposal", doc: "# Ce schimbă Europa\n\nContrapropunerea prevede ca negocierile teritoriale să înceapă de la linia frontului.\n",
			want: []Provision{{Plan: "European counter-proposal", Text: "negocierile teritoriale să înceapă"}}},
	})
}

// TestProvisionContrastClause checks that a clause opening a sentence to
// set another version against the one it gives terms of ("While the US
// draft capped …, the European text …") is a term of that other version,
// and that a clause naming no version, or the same one, adds nothing.
func TestProvisionContrastClause(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english while", doc: "# Europe's answer\n\nWhile the US draft held the army to 610,000 troops, the European text provides that the army will stay at 790,000.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "the US draft held the army to 610,000 troops"}, {Plan: "European counter-proposal", Text: "the army will stay at 790,000"}},
			not:  []string{"While the US draft"}},
		{name: "italian se", doc: "# La risposta europea\n\nSe il piano americano fissava le elezioni entro 90 giorni, la controproposta prevede che si votino appena possibile.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "il piano americano fissava le elezioni entro 90 giorni"}, {Plan: "European counter-proposal", Text: "si votino appena possibile"}}},
		{name: "french alors que", doc: "# La réponse européenne\n\nAlors que le plan américain gelait le front à Kherson, le texte européen prévoit que les négociations partiront de la ligne actuelle.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "le plan américain gelait le front à Kherson"}}},
		{name: "no version in the clause", doc: "# Europe's answer\n\nWhile the talks went on late into the night, the European text provides that the army will stay at 790,000.\n",
			not: []string{"talks went on"}},
	})
}

// TestProvisionCopulaWithRelative checks that "X is point N, which …"
// gives point N with its own relative clause, instead of taking the next
// clause as point N's terms, in two languages, and that a bare "X is
// point N." still introduces the next sentence.
func TestProvisionCopulaWithRelative(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "italian pair", doc: "# Il piano americano\n\nIl primo è il punto 6, secondo cui l'esercito scenderebbe a 610.000 uomini; il secondo è il punto 25, che prevede il voto entro novanta giorni.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "l'esercito scenderebbe a 610.000"}, {Plan: "US 28-point draft", Number: 25, Text: "prevede il voto entro novanta giorni"}}},
		{name: "english", doc: "# The US draft\n\nThe first is point 6, which holds the army at 610,000 troops; the second is point 25, which sets a vote within 90 days.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "holds the army at 610,000"}, {Plan: "US 28-point draft", Number: 25, Text: "sets a vote within 90 days"}}},
		{name: "bare copula still introduces", doc: "# The US draft\n\nThe hardest part is point 21. It freezes the southern front where it stands.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "It freezes the southern front"}}},
	})
}

// TestProvisionVersionRelative checks that a conditional relative clause
// on a named version ("a 28-point plan that would …", "il piano
// americano, che prevederebbe …") is that version's term, and that a
// relative clause whose subject is someone else gives none.
func TestProvisionVersionRelative(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english that would", doc: "# Live\n\nEnvoys meet in Geneva over a 28-point plan that would, among other things, make Kyiv cede the eastern towns and drop its alliance bid.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "make Kyiv cede the eastern towns"}}},
		{name: "english which would", doc: "# Live\n\nEuropeans objected to the US draft, which would hold Ukraine's army to 610,000 troops.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "hold Ukraine's army to 610,000 troops"}}},
		{name: "italian che", doc: "# Diretta\n\nGli inviati discutono il piano americano, che prevederebbe il voto in Ucraina entro novanta giorni.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "prevederebbe il voto in Ucraina"}}},
		{name: "someone else's would", doc: "# Live\n\nOfficials discussed the US draft that they would present to Kyiv on Monday.\n",
			not: []string{"present to Kyiv"}},
	})
}

// TestProvisionBothTexts checks that a term whose subject is both
// versions ("Ambos textos recogen …", "Both drafts provide …") is a term
// of each, and that a sentence about one version stays that version's.
// (English "Both drafts provide that …" is not read as a document's terms
// at all yet: the English reading of a document subject wants "the".)
func TestProvisionBothTexts(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "spanish", doc: "# Dos planes\n\nEl plan estadounidense limita el ejército a 610.000 efectivos. La contrapropuesta europea eleva ese techo a 790.000.\n\nAmbos textos recogen un canje de todos los detenidos.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "un canje de todos los detenidos"}, {Plan: "European counter-proposal", Text: "un canje de todos los detenidos"}}},
		{name: "italian", doc: "# Due piani\n\nIl piano americano limita l'esercito a 610 mila uomini. La controproposta europea alza il tetto a 790 mila.\n\nEntrambi i testi prevedono uno scambio di tutti i detenuti.\n",
			want: []Provision{{Plan: "US 28-point draft", Text: "uno scambio di tutti i detenuti"}, {Plan: "European counter-proposal", Text: "uno scambio di tutti i detenuti"}}},
		{name: "one version stays one", doc: "# Two plans\n\nThe US draft caps the army at 610,000. The European counter-proposal provides that detainees will be swapped all for all.\n",
			not: []string{"The US draft caps the army at 610,000. The European"}},
	})
}
