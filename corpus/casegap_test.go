package corpus

import "testing"

// hungarianCaseGapCases are Hungarian reports with a place or an addressee
// in a case form between the subject and "azt mondta" (sets M, Z, ZH,
// ZZK): gaps.go caseGapAt reads the phrase as a gap, appositionfinal.go
// lets the cataphoric "azt" open a clause after a colon or a bare comma.
var hungarianCaseGapCases = []statementCase{
	{"hu place in -ban, comma, no hogy", langDoc("hu", "A budapesti kormány hallgat. Marco Rubio amerikai külügyminiszter Genfben azt mondta, a tárgyalások rendkívül eredményesek voltak."), "Marco Rubio", "a tárgyalások rendkívül eredményesek voltak"},
	{"hu place in -ban, hogy", langDoc("hu", "A budapesti kormány hallgat. Volodimir Zelenszkij ukrán elnök Dublinban azt mondta, hogy Kijev jelzéseket vár Washingtontól."), "Zelensky", "Kijev jelzéseket vár Washingtontól"},
	{"hu addressee with its article", langDoc("hu", "A budapesti kormány hallgat. Kovács Anna külügyi szóvivő a hírügynökségnek azt mondta, hogy a tárca nem kommentálja a részleteket."), "Kovács Anna", "a tárca nem kommentálja a részleteket"},
	{"hu apposition, addressee, colon", langDoc("hu", "A budapesti kormány hallgat. Halmi Eszter, a parlament külügyi bizottságának tagja a hírügynökségnek azt mondta: a kormány kritika nélkül visszhangozza Washington álláspontját."), "Halmi Eszter", "a kormány kritika nélkül visszhangozza"},
}

// TestHungarianCaseGap checks that the cases above are read, and that
// with ParseOptions.noCaseGap none is: the case-form gap is what reads
// them.
func TestHungarianCaseGap(t *testing.T) {
	checkStatements(t, hungarianCaseGapCases)
	checkNoStatementsWith(t, ParseOptions{noCaseGap: true}, hungarianCaseGapCases)
}

// TestHungarianCaseGapNot checks what the gap must not read: a cased
// place after a verb that is no speech verb, and a cased word in a
// language that marks no case so (German "Genfben" is nothing).
func TestHungarianCaseGapNot(t *testing.T) {
	checkNoStatements(t, []statementCase{
		{"hu no speech verb", langDoc("hu", "A budapesti kormány hallgat. Marco Rubio amerikai külügyminiszter Genfben tárgyalt, a tárgyalások rendkívül eredményesek voltak."), "", "a tárgyalások rendkívül eredményesek"},
		{"hu cased word not before the verb", langDoc("hu", "A budapesti kormány hallgat. Marco Rubio amerikai külügyminiszter Genfben az ukrán küldöttséggel tárgyalt arról, hogy a tárgyalások eredményesek voltak."), "", "a tárgyalások eredményesek"},
	})
}

// gapOpenerNameCases are quotations whose sentence before opens with a
// place phrase of the document's language ("Στον Πειραιά, …", set ZZL):
// with no speaker of their own, the phrase was taken for one.
var gapOpenerNameCases = []statementCase{
	{"el place phrase before an inverted unnamed source", langDoc("el", "Η αγορά περιμένει. Στον Πειραιά, οι αριθμοί αυτοί αντιμετωπίζονται με χαμόγελο. «Το υπόλοιπο 10% είναι τα εδάφη και το εργοστάσιο. Δηλαδή όλα», λέει ένας έμπειρος ναυλομεσίτης."), "", "Το υπόλοιπο 10%"},
}

// TestGapOpenerName checks that a name never opens with a gap opener of
// the document's language (speakers.go person): without the switch the
// quotation above gets no speaker at all, with ParseOptions.noGapOpenerName
// it is given to "Στον Πειραιά"; an according word that is also a gap
// opener still names whose view it is ("Podľa Kováčika").
func TestGapOpenerName(t *testing.T) {
	checkNoStatements(t, gapOpenerNameCases)
	d, err := Parse([]byte(gapOpenerNameCases[0].text), ParseOptions{noGapOpenerName: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements) == 0 {
		t.Errorf("with noGapOpenerName the place phrase should be read as the speaker (the case tests nothing otherwise)")
	}
	checkStatements(t, []statementCase{
		{"sk according word that opens gaps", langDoc("sk", "Umerov sa narodil v roku 1982. Marek Kováčik, slovenský diplomat, s ním rokoval. Podľa Kováčika nemá Umerov rád veľké gestá a nikdy neustúpi."), "Kováčik", "nemá Umerov rád veľké gestá"},
	})
}

// TestGreekHungarianVerbForms checks the speech verbs morphology.json
// lacked in Greek and Hungarian (sets Z, ZZK, ZZL): "σχολίασε ότι",
// "προσθέτει ότι", "όπως εξηγεί", "bejelentette, hogy"; a text that
// "adds" or "says" something is still no speaker.
func TestGreekHungarianVerbForms(t *testing.T) {
	checkStatements(t, []statementCase{
		{"el σχολίασε ότι", langDoc("el", "Η αγορά περιμένει. Ο Νικόλαος Βλαχάκης σχολίασε ότι ο αμερικανός υπουργός λέει την αλήθεια, αλλά όχι όλη."), "Βλαχάκης", "ο αμερικανός υπουργός λέει την αλήθεια"},
		{"el προσθέτει ότι", langDoc("el", "Η αγορά περιμένει. Ο εφοπλιστής Αντώνης Βαρβέρης-Μπέκερ προσθέτει ότι οι ναύλοι θα πέσουν γρήγορα."), "Βαρβέρης-Μπέκερ", "οι ναύλοι θα πέσουν γρήγορα"},
		{"el όπως εξηγεί", langDoc("el", "«Η Χερσώνα γίνεται ξανά λιμάνι», λέει ο Αντώνης Βαρβέρης-Μπέκερ. Όπως εξηγεί, οι εταιρείες του έχουν ήδη ετοιμάσει σχέδια για την επιστροφή."), "Βαρβέρης-Μπέκερ", "οι εταιρείες του έχουν ήδη ετοιμάσει σχέδια"},
		{"hu bejelentette, hogy", langDoc("hu", "A budapesti kormány hallgat. A január 6-i párizsi találkozón Keir Starmer brit miniszterelnök bejelentette, hogy tűzszünet esetén katonai központokat hoznának létre."), "Keir Starmer", "tűzszünet esetén katonai központokat"},
	})
	checkNoStatements(t, []statementCase{
		{"el a text adds, no person", langDoc("el", "Η αγορά περιμένει. Το νέο κείμενο προσθέτει ότι οι εκλογές θα γίνουν σε εκατό ημέρες."), "", "οι εκλογές θα γίνουν"},
		{"hu a plan announces, no person", langDoc("hu", "A budapesti kormány hallgat. A terv Genfben azt mondja, hogy a választásokat száz napon belül megtartják."), "", "a választásokat száz napon belül"},
	})
}

// anonymityAsideCases are unnamed sources whose aside says they asked not
// to be named, between them and their speech verb (set ZX; the shape is in
// sets N, T, W, ZH, ZM, ZP, ZX, ZZI, ZZK, ZZL): gaps.go anonymityAside
// drops the aside.
var anonymityAsideCases = []statementCase{
	{"en who asked not to be named", langDoc("en", "Prices fell on Monday. An analyst at a Zurich bank, who asked not to be named, said markets had priced in a ceasefire far too early."), unnamedSpeaker, "markets had priced in a ceasefire"},
}

// TestAnonymityAside checks the case above, that with
// ParseOptions.noAnonymityAside (and noAnonymousSubject, which reads the
// same subject from its aside since stop 69) it is not read, that the sources another
// reader already took still are ("A European diplomat, who …", the
// Hungarian "aki nem kívánta a nevét adni"), and that an aside of another
// kind is not dropped so ("who had expected a deal by spring").
func TestAnonymityAside(t *testing.T) {
	checkStatements(t, anonymityAsideCases)
	checkNoStatementsWith(t, ParseOptions{noAnonymityAside: true, noAnonymousSubject: true}, anonymityAsideCases)
	checkStatements(t, []statementCase{
		{"en a diplomat", langDoc("en", "Prices fell on Monday. A European diplomat, who asked not to be named, said the changes had been shared with Washington."), unnamedSpeaker, "the changes had been shared with Washington"},
		{"hu aki nem kívánta a nevét adni, azt mondta", langDoc("hu", "A budapesti kormány hallgat. Egy uniós tisztviselő, aki nem kívánta a nevét adni, azt mondta, hogy a genfi szöveg már sokkal inkább Kijevé is."), unnamedSpeaker, "a genfi szöveg már sokkal inkább"},
	})
	checkNoStatements(t, []statementCase{
		{"en another aside", langDoc("en", "Prices fell on Monday. An analyst at a Zurich bank, who had expected a deal by spring, said markets had priced in a ceasefire far too early."), "", "markets had priced in a ceasefire"},
	})
}
