package corpus

import (
	"strings"
	"testing"
)

// titleGapCases give a person a title the lexicon lacked before the name,
// in Ukrainian (a feminine title), Croatian and Polish: the title must
// become the statement's role.
var titleGapCases = []titledCase{
	{"uk", "---\ntitle: t\nlang: uk\n---\n\nУ селищі готуються до зими. Секретарка селищної ради Олена Бойко запевнила, що котельня запрацює до середи.", "Олена Бойко", "Секретарка селищної ради", "котельня запрацює"},
	{"hr", "---\ntitle: t\nlang: hr\n---\n\nVijeće je zasjedalo dugo. Predstavnica udruge Marija Horvat rekla je da će odluka biti poznata u petak.", "Marija Horvat", "Predstavnica udruge", "odluka biti poznata"},
	{"pl", "---\ntitle: t\nlang: pl\n---\n\nSpotkanie trwało do wieczora. Koordynatorka projektu Anna Wrona powiedziała, że prace skończą się w marcu.", "Anna Wrona", "Koordynatorka projektu", "prace skończą się"},
}

// TestTitleGaps checks the titles added to data/roles.json in three
// languages. Without them (checked once by removing the entries) the
// statements carry no role.
func TestTitleGaps(t *testing.T) {
	checkRoleCases(t, titleGapCases, nil)
}

// TestDocMentionsOutliveWindow checks that a title noted early stays
// available to the end-of-document fillers after the newest-mentions
// window has moved on.
func TestDocMentionsOutliveWindow(t *testing.T) {
	x := &extractor{}
	x.noteMention(&speaker{name: "Early Person", role: "mayor", kind: kindPerson})
	for _, n := range []string{"A B", "C D", "E F", "G H", "I J", "K L", "M N", "O P", "Q R"} {
		x.noteMention(&speaker{name: n, role: "minister", kind: kindPerson})
	}
	for _, m := range x.mentioned {
		if m.name == "Early Person" {
			t.Fatalf("the window kept the first mention; the case tests nothing")
		}
	}
	found := false
	for _, m := range x.docMentions() {
		found = found || m.name == "Early Person" && m.role == "mayor"
	}
	if !found {
		t.Errorf("docMentions lost the early title")
	}
}

// elidedTitleCases name a person after a title fused with an elided
// article or preposition, in a sentence that does not quote them; their
// later words take the title (elided.go). The fused forms are Italian
// ("dall'", "dell'", "nell'"); French and Catalan "l'" was read before.
var elidedTitleCases = []titledCase{
	{"it-dall", "---\ntitle: t\nlang: it\n---\n\nLa bozza era stata scritta dall'inviato Carlo Benni durante l'estate.\n\nBenni ha detto che «il testo cambierà ancora».", "Carlo Benni", "inviato", "il testo cambierà"},
	{"it-dell", "---\ntitle: t\nlang: it\n---\n\nIl viaggio dell'ambasciatrice Laura Serra è stato rinviato a gennaio.\n\nSerra ha spiegato che «le date non sono ancora fissate».", "Laura Serra", "ambasciatrice", "le date non sono"},
}

// TestElidedTitles checks the elided readings; each case fails with
// "dall'"/"dell'" removed from grammar.json (checked once).
func TestElidedTitles(t *testing.T) {
	checkRoleCases(t, elidedTitleCases, nil)
}

// articledTitleCases set a title off before a name in the middle of a
// clause, with its article; the person's later words name no title and
// take it (articledtitle.go).
var articledTitleCases = []titledCase{
	{"es", "---\ntitle: t\nlang: es\n---\n\nEs el resumen de la rueda de prensa que el ministro de Exteriores de Chile, Pedro Soto, dio el lunes en la capital.\n\n«Fue una reunión útil», dijo Soto a la prensa.", "Pedro Soto", "ministro de Exteriores de Chile", "reunión útil"},
	{"en", "---\ntitle: t\nlang: en\n---\n\nThe notes come from a briefing that the deputy mayor of Leeds, Ann Fox, gave on Friday evening.\n\n\"We are not there yet,\" Fox told reporters.", "Ann Fox", "deputy mayor of Leeds", "not there yet"},
	{"pt", "---\ntitle: t\nlang: pt\n---\n\nA proposta foi levada a Lisboa depois de o ministro da Economia de Cabo Verde, Rui Lopes, visitar o porto.\n\n«Ainda falta muito», disse Lopes aos jornalistas.", "Rui Lopes", "ministro da Economia de Cabo Verde", "Ainda falta muito"},
}

// TestArticledTitle checks the reading in three languages and that each
// case fails without it.
func TestArticledTitle(t *testing.T) {
	checkRoleCases(t, articledTitleCases, &articledTitleOff)
}

// relativeAndCases describe a person with a relative clause of two
// coordinated verbs; the first verb's clause is their role (relativeand.go).
var relativeAndCases = []titledCase{
	{"en", "---\ntitle: t\nlang: en\n---\n\nAnn Fox, who heads the mayor's office and led the team in May, wrote that the first talk had been useful.", "Ann Fox", "who heads the mayor's office", "first talk had been useful"},
	{"fr", "---\ntitle: t\nlang: fr\n---\n\nPaul Girard, qui dirige le cabinet du maire et a conduit la délégation, a écrit que la première réunion avait été utile.", "Paul Girard", "qui dirige le cabinet du maire", "première réunion avait été utile"},
	{"it", "---\ntitle: t\nlang: it\n---\n\nMarco Bini, che guida l'ufficio del sindaco e ha condotto la squadra, ha scritto che il primo incontro è stato utile.", "Marco Bini", "che guida l'ufficio del sindaco", "primo incontro è stato utile"},
}

// TestRelativeAnd checks the reading in three languages and that each
// case fails without it.
func TestRelativeAnd(t *testing.T) {
	checkRoleCases(t, relativeAndCases, &relativeAndOff)
}

// possessiveNameCases name a person with a title in the possessive; their
// later words name no title and take it (possessivename.go). The ending
// with an apostrophe is English; other languages inflect the name itself.
var possessiveNameCases = []titledCase{
	{"en", "---\ntitle: t\nlang: en\n---\n\nGovernor Tim Reed's aides met on Friday.\n\nReed had warned in a video that the state faced a hard choice.", "Tim Reed", "Governor", "faced a hard choice"},
	{"en-curly", "---\ntitle: t\nlang: en\n---\n\nThe note reached Mayor Jo Hart’s office late.\n\nHart said on Sunday that the offer was not final.", "Jo Hart", "Mayor", "offer was not final"},
	{"en-mid", "---\ntitle: t\nlang: en\n---\n\nThe letter said Chief Inspector Ruth Dale's team would report in June.\n\nDale told the committee that the findings were not ready.", "Ruth Dale", "Chief Inspector", "findings were not ready"},
}

// TestPossessiveName checks the reading and that each case fails without it.
func TestPossessiveName(t *testing.T) {
	checkRoleCases(t, possessiveNameCases, &possessiveNameOff)
}

// itemMentionCases name a person with a title in a list item that says
// nothing of speech; their words below take the title (itemmentions.go,
// titlewords.go: the title stands after a clause, not at the item's start).
var itemMentionCases = []titledCase{
	{"en", "---\ntitle: t\nlang: en\n---\n\nKey dates:\n\n1. Friday, the deadline that Mayor Joe Sample had set for the council;\n2. Monday, the vote.\n\nSample said on Saturday that the offer was not final.", "Joe Sample", "Mayor", "offer was not final"},
	{"de", "---\ntitle: t\nlang: de\n---\n\nDie Termine:\n\n1. Freitag, die Frist, die Bürgermeisterin Anna Keller dem Rat gesetzt hatte;\n2. Montag, die Abstimmung.\n\nKeller sagte am Samstag, das Angebot sei nicht endgültig.", "Anna Keller", "Bürgermeisterin", "Angebot sei nicht endgültig"},
	{"es", "---\ntitle: t\nlang: es\n---\n\nLas fechas:\n\n1. Viernes, el plazo que la alcaldesa Marta Gil había fijado al consejo;\n2. Lunes, la votación.\n\nGil dijo el sábado que la oferta no era definitiva.", "Marta Gil", "alcaldesa", "oferta no era definitiva"},
}

// TestItemMentions checks the reading in three languages and that each
// case fails with item mentions off.
func TestItemMentions(t *testing.T) {
	checkRoleCases(t, itemMentionCases, &itemMentionsOff)
}

// titledCase is a document and the statement it must give: who, with which
// role, saying words that hold fragment.
type titledCase struct{ name, text, speaker, role, fragment string }

// findRole reports whether c's document gives its statement, and what it
// gave instead.
func findRole(t *testing.T, c titledCase) (bool, []string) {
	t.Helper()
	return findRoleWith(t, c, ParseOptions{})
}

// findRoleWith is findRole parsed with opts.
func findRoleWith(t *testing.T, c titledCase, opts ParseOptions) (bool, []string) {
	t.Helper()
	var got []string
	opts.Name = "x.txt"
	d, err := Parse([]byte(c.text), opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		got = append(got, s.Speaker+" ("+s.Role+") "+s.Text)
		if strings.Contains(s.Text, c.fragment) && s.Speaker == c.speaker && strings.EqualFold(s.Role, c.role) {
			return true, got
		}
	}
	return false, got
}

// checkRoleCases checks that every case gives its statement and, with
// off (a reading's switch) set, that none does: the cases test that
// reading and no other.
func checkRoleCases(t *testing.T, cases []titledCase, off *bool) {
	t.Helper()
	for _, c := range cases {
		if ok, got := findRole(t, c); !ok {
			t.Errorf("%s: no statement of %q (%q) with %q; got %q", c.name, c.speaker, c.role, c.fragment, got)
		}
	}
	if off == nil {
		return
	}
	*off = true
	defer func() { *off = false }()
	for _, c := range cases {
		// (the name-first fallback, namefirstrole.go, reads many of the
		// same titles: it is off with the reading)
		if ok, _ := findRoleWith(t, c, ParseOptions{noNameFirstRoles: true}); ok {
			t.Errorf("%s: found without the reading; the case tests nothing", c.name)
		}
	}
}
