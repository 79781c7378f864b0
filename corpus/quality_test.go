package corpus

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// goldFile is the expected extraction of one fixture in
// testdata/extraction: every provision and statement the document holds
// (so that what is extracted beyond them counts against precision), each
// named by a fragment of its text, and the source's outlet and language.
type goldFile struct {
	Outlet      string          `json:"outlet"`
	Lang        string          `json:"lang"`
	Published   string          `json:"published"` // suffix of the ISO date
	Provisions  []goldProvision `json:"provisions"`
	Statements  []goldStatement `json:"statements"`
	NotSpeakers []string        `json:"not_speakers"`
}

type goldProvision struct {
	Plan     string `json:"plan"`
	Number   int    `json:"number"` // 0: any
	Fragment string `json:"fragment"`
}

type goldStatement struct {
	Speaker    string `json:"speaker"`
	AltSpeaker string `json:"alt_speaker"`
	Role       string `json:"role"`
	Fragment   string `json:"fragment"`
}

// goldLow normalises text for matching fragments: case, apostrophes and
// spaces do not count.
func goldLow(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("\u2019", "'", "\u00a0", " ", "\u202f", " ", "\n", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// fragmentWords is a gold statement's fragment without the quotation marks
// and the comma or full stop some writers kept around it ("\"I can live
// with it,\""): the marks belong to the report, not to what was said, and
// extraction gives a quotation's words without its outer marks.
func fragmentWords(s string) string {
	return strings.Trim(goldLow(s), "\"'“”„«»‹›‚‘,.;: ")
}

func (g goldProvision) matches(p Provision) bool {
	return strings.Contains(goldLow(p.Text), goldLow(g.Fragment)) &&
		(strings.Contains(goldLow(p.Plan), goldLow(g.Plan)) || usRevision(g.Plan, p.Plan)) &&
		(g.Number == 0 || p.Number == g.Number)
}

// usRevision says whether a gold plan "28-point" names plan as the US
// plan's revision: the blind sets' writers were told to label the US plan
// and its revised versions "28-point", while extraction tells the revisions
// apart, as /compare needs: the one made in Geneva ("Geneva framework") and
// the December one of 20 points ("20-point framework"; set V's writers,
// told of it, label it "20-point", which its name holds).
func usRevision(gold, plan string) bool {
	return goldLow(gold) == "28-point" && (plan == "Geneva framework" || plan == "20-point framework")
}

func (g goldStatement) matches(s Statement) bool {
	if !strings.Contains(goldLow(s.Text), fragmentWords(g.Fragment)) && !g.attributedIn(s.Text) {
		return false
	}
	g = g.unnamedRead()
	sp := goldLow(s.Speaker)
	if !strings.Contains(sp, goldArticleless(g.Speaker)) && (g.AltSpeaker == "" || !strings.Contains(sp, goldLow(g.AltSpeaker))) &&
		!sameKnownPerson(g.Speaker, s.Speaker) && (g.AltSpeaker == "" || !sameKnownPerson(g.AltSpeaker, s.Speaker)) &&
		!g.titleLed(s) && !honorificSurname(g.Speaker, sp) && !honorificSurname(g.AltSpeaker, sp) {
		return false
	}
	return g.Role == "" || strings.Contains(goldCaseless(goldLow(s.Role)), goldCaseless(goldRole(g.Role)))
}

// attributedIn reports whether text holds the words of a gold fragment
// that opens with its own attribution: set ZS's writer often marked the
// whole reporting sentence ("president macron said the coalition wanted
// guarantees that were \"robust\"", "ms mabry said it was …"), where
// every other set marks the words said, which is what extraction gives as
// a statement's text. Such a fragment is read without an opening of at most
// sixteen words that names the speaker (a word of the speaker, the
// alt_speaker or the role); at least three words must be left, and they
// must lie in text. The speaker is still checked as for any statement.
func (g goldStatement) attributedIn(text string) bool {
	words := strings.Fields(fragmentWords(g.Fragment))
	var names []string
	for _, n := range []string{goldArticleless(g.Speaker), goldLow(g.AltSpeaker), goldRole(g.Role)} {
		if f := strings.Fields(n); len(f) > 0 {
			names = append(names, strings.Trim(f[len(f)-1], ",."))
		}
	}
	t := goldLow(text)
	for k := 1; k <= 16 && k <= len(words)-3; k++ {
		head := " " + strings.Join(words[:k], " ") + " "
		named := false
		for _, n := range names {
			named = named || strings.Contains(head, " "+n+" ") || strings.Contains(head, " "+n+",")
		}
		if named && strings.Contains(t, strings.Join(words[k:], " ")) {
			return true
		}
	}
	return false
}

// honorificSurname reports whether a gold speaker written as a courtesy
// title and a name ("mr falk", "mme barthe", "il sig. galimberti", "dr
// nandakumar"; or, as an alt_speaker, which is read without
// goldArticleless, "sir clive ambersley") is the extracted speaker sp: sp
// is the words after the title, or ends in them and has a word more, the
// given name the document wrote once ("Gideon Falk").
// goldArticleless cuts a title only before two words or more, so that a
// surname alone is no substring that matches any speaker holding it; here
// the surname must be sp's whole last words. Sets ZT, ZX, ZZB, ZZC and ZZI
// (stop 67, zfreshs) named people so where extraction gives the full name.
func honorificSurname(gold, sp string) bool {
	g := goldLow(gold)
	for _, a := range []string{"the ", "il ", "la ", "el ", "le "} {
		g = strings.TrimPrefix(g, a)
	}
	first, rest, ok := strings.Cut(g, " ")
	hs := lexiconData().honorifics
	if !ok || rest == "" || !(hs[first] || hs[strings.TrimSuffix(first, ".")+"."] || hs[strings.TrimSuffix(first, ".")] || addressWords[first]) {
		return false
	}
	return sp == rest || len(strings.Fields(sp)) > len(strings.Fields(rest)) && strings.HasSuffix(sp, " "+rest)
}

// titleLed reports whether the gold speaker is the extracted speaker's
// name led by the title extraction gave as the role: writers name a person
// "as the document names them" ("professor ilse varga", set ZS), while
// extraction keeps a title that is not an honorific (roles.json) out of
// the name and writes it as the role ("Ilse Varga", "Professor of
// International Law"). The name must have two words at least, so a
// surname alone is not enough, and a gold source marked unnamed has no
// name to lead ("ekspert ośrodka studiów wschodnich", set S, is not the
// person "Studiów Wschodnich").
func (g goldStatement) titleLed(s Statement) bool {
	if goldLow(g.AltSpeaker) == unnamedSpeaker {
		return false
	}
	name := goldLow(s.Speaker)
	title, ok := strings.CutSuffix(goldArticleless(g.Speaker), " "+name)
	return ok && strings.Contains(name, " ") && title != "" &&
		strings.Contains(goldLow(s.Role), title)
}

// goldCaseless is a lower-case role with its first word in the
// nominative when it is a Slavic title in a case form (rolecases.go):
// sets S and ZD's writers copied a title in the case the sentence gave it
// ("пресс-секретаря президента россии" from "ответы пресс-секретаря …",
// "президента україни" from "За словами Президента України …"), while
// extraction names the title in the nominative. Both sides are read so.
func goldCaseless(r string) string {
	return lexiconData().nominativeRole(r)
}

// foundIn reports whether one of ss is the gold statement g.
func (g goldStatement) foundIn(ss []Statement) bool {
	for _, s := range ss {
		if g.matches(s) {
			return true
		}
	}
	return false
}

// inGold reports whether s is one of the gold statements.
func inGold(gold []goldStatement, s Statement) bool {
	for _, g := range gold {
		if g.matches(s) {
			return true
		}
	}
	return false
}

// matchesSpeaker is matches without the role: who said the words, which
// is what issue 12 calls speaker attribution. The quality line reports it
// beside the strict figure, so a statement given to the right person but
// with a missing or shorter role ("coach" for "negotiation coach") is seen
// as a role miss, not as a statement lost.
func (g goldStatement) matchesSpeaker(s Statement) bool {
	g = g.unnamedRead()
	g.Role = ""
	return g.matches(s)
}

// unnamedRead reads set M's way of marking an unnamed source as every
// other set's: M's writers gave role "unnamed source" where the others
// write alt_speaker "unnamed source". Both say the same, that extraction
// must keep the speaker unnamed (speaker "unnamed source", the
// description as its role).
func (g goldStatement) unnamedRead() goldStatement {
	if goldLow(g.Role) == unnamedSpeaker && g.AltSpeaker == "" {
		g.AltSpeaker, g.Role = unnamedSpeaker, ""
	}
	return g
}

// goldArticleless is a gold speaker without the definite article sets T
// and U's writers kept from the text ("the kremlin", "les dirigeants
// européens", "the united states and ukraine"): extraction names a body
// or a group without its article ("Kremlin"), in every language, as it
// writes titles without theirs (goldRole). The alt_speaker, by the same
// sets' convention, is the full name in the document's language
// ("владимир путин", "wolodymyr selenskyj"): matches reads it through the
// lexicon's spellings of known people (sameKnownPerson), as it reads the
// speaker, since extraction writes a known person's canonical name.
// Dutch "de" and "het" were added in stop 33 after set X's "de europese
// leiders"; only the gold side is cut and the match is a substring test,
// so a surname such as "De Wever" still matches. The French and Italian
// article elided onto a body's name ("l'élysée", sets U and X) was added
// in stop 47, when extraction first read that body.
//
// A gold speaker's honorific ("dr hanna ostrowska", "prof. anna kowalska",
// sets S, X, ZF and ZM) is read without it too: extraction keeps a
// person's honorific out of the name (roles.json's honorifics), so that
// "Dr Ostrowska" later in the text is the same person. A polite form of
// address (speakernames.json's addressWords: "пані ганна ткачук", set ZS)
// is read the same way: extraction names "пані Ганна Ткачук" "Ганна
// Ткачук", as it names "Frau Weber" "Weber".
func goldArticleless(sp string) string {
	sp = goldLow(sp)
	for _, a := range []string{"the ", "les ", "le ", "la ", "der ", "die ", "das ", "el ", "los ", "las ", "il ", "gli ", "de ", "het ", "l'", "l’"} {
		if rest, ok := strings.CutPrefix(sp, a); ok && rest != "" {
			sp = rest
			break
		}
	}
	if first, rest, ok := strings.Cut(sp, " "); ok && strings.Contains(rest, " ") {
		hs := lexiconData().honorifics
		if hs[first] || hs[strings.TrimSuffix(first, ".")+"."] || hs[strings.TrimSuffix(first, ".")] || addressWords[first] {
			return rest // (a name of two words or more after it: "dr house" stays)
		}
	}
	return sp
}

// goldRole is a gold role as extraction writes roles: set O's writer gave
// some roles with their indefinite article ("a senior fellow at …"), and
// set P's in French ("un diplomate européen"), which no extracted role
// keeps (a title is the noun phrase, not the article before it), so the
// article is not required, in any language the sets use. Sets S and U
// gave English roles with the definite one ("the head of the Russian
// Direct Investment Fund", "the kremlin's foreign policy aide"), read the
// same way. Set ZI's writer did the same in Portuguese ("o chefe da
// diplomacia russa"; its feminine "a " is the English article's). Set
// ZL's writer kept the definite article in the other languages too ("il
// consigliere", "le secrétaire d'état", "der britische premier"), read the
// same way.
func goldRole(r string) string {
	r = goldLow(r)
	for _, a := range []string{"a ", "an ", "the ", "un ", "une ", "uno ", "una ", "um ", "uma ", "o ", "ein ", "eine ", "einen ", "einer ", "een ", "en ", "ett ", "le ", "la ", "l'", "il ", "lo ", "el ", "der ", "die ", "das ", "het "} {
		if rest, ok := strings.CutPrefix(r, a); ok {
			return rest
		}
	}
	return r
}

// nearIn tells whether one of ss holds at least three in five of the
// words of g's fragment though it does not match g: a miss of the
// fragment's bounds or of the speaker rather than of the statement. The
// quality line counts such misses ("near"), the only view a blind set
// gives of why its statements are missed, without showing its text, and
// splits them: "bounds" when a statement with g's speaker holds the words
// (the fragment's ends were cut elsewhere), "speaker" when only another
// speaker's does (the words were given to the wrong person). It gives ""
// when no statement holds them. "role" is a statement of the speaker that
// holds the whole fragment, missed for its role alone: of the 136 released
// "bounds" near misses at the start of stop 64, 98 (33 sets) were such
// (zbounds), so "bounds" now counts only fragments cut elsewhere.
func (g goldStatement) nearIn(ss []Statement) string {
	words := strings.Fields(fragmentWords(g.Fragment))
	if len(words) < 3 {
		return ""
	}
	kind := ""
	for _, s := range ss {
		if !holdsMostWords(s.Text, words) {
			continue
		}
		// The speaker is compared alone: matchesSpeaker also asks for
		// the whole fragment in the text, which a near miss by definition
		// lacks, so every near miss used to read as "speaker".
		switch {
		case g.matchesSpeaker(s):
			return "role"
		case g.matchesSpeaker(Statement{Speaker: s.Speaker, Role: s.Role, Text: g.Fragment}):
			kind = "bounds"
		case kind == "":
			kind = "speaker"
		}
	}
	return kind
}

// holdsMostWords tells whether text holds at least three in five of
// words (a gold fragment's, fragmentWords split on spaces), each compared
// lower-cased without its quotes and punctuation: the near-miss test of
// nearIn, fpShare and zspeaker's diagnosis.
func holdsMostWords(text string, words []string) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(goldLow(text)) {
		have[strings.Trim(w, "\"'“”„«»‹›‚‘,.;:!?()")] = true
	}
	n := 0
	for _, w := range words {
		if have[strings.Trim(w, "\"'“”„«»‹›‚‘,.;:!?()")] {
			n++
		}
	}
	return 5*n >= 3*len(words)
}

// qualityScore counts matches over a set of fixtures.
type qualityScore struct {
	provGold, provFound, provOut, provRight int
	stGold, stFound, stOut, stRight         int
	stFoundSpeaker, stRightSpeaker          int // as stFound and stRight, role not required
	stNear                                  int // missed statements whose words an extracted one mostly holds
	stNearBounds                            int // of those, held by a statement of the gold speaker, cut elsewhere
	stNearRole                              int // of those, held whole by a statement of the gold speaker with another role
	meta, metaRight                         int
	// stRoleAbsent counts gold statements whose role the document never
	// writes ("us president" for "President Trump", "astronomer" for a
	// woman "who ran the observatory's dome"): no reading of the text can
	// give that role, so such a statement is found at best speaker-only.
	// Stop 71: a third of ZZQ's and ZZR's golds are so.
	stRoleAbsent int
	misses       []string
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (q *qualityScore) add(name string, d *Document, g goldFile, data []byte) {
	text := goldLow(string(data))
	for _, gs := range g.Statements {
		if r := goldLow(gs.Role); r != "" && !strings.Contains(text, r) {
			q.stRoleAbsent++
		}
	}
	for _, c := range []struct{ field, got, want string }{
		{"outlet", d.Source.Outlet, g.Outlet},
		{"lang", d.Source.Lang, g.Lang},
		{"published", d.Source.Published, g.Published},
	} {
		if c.want == "" {
			continue
		}
		q.meta++
		ok := strings.Contains(goldLow(c.got), goldLow(c.want))
		if c.field == "outlet" && !ok {
			ok = outletNamed(c.want) == c.got // "риа новости" is RIA Novosti, as the outlet list spells it
		}
		if c.field == "lang" {
			ok = c.got == c.want
		}
		if c.field == "published" {
			ok = strings.HasSuffix(c.got, c.want)
		}
		if ok {
			q.metaRight++
		} else {
			q.misses = append(q.misses, fmt.Sprintf("%s: %s %q, want %q", name, c.field, c.got, c.want))
		}
	}
	for _, gp := range g.Provisions {
		q.provGold++
		found := false
		for _, p := range d.Provisions {
			if gp.matches(p) {
				found = true
				break
			}
		}
		if found {
			q.provFound++
		} else {
			q.misses = append(q.misses, fmt.Sprintf("%s: missed provision %s %d %q", name, gp.Plan, gp.Number, gp.Fragment))
		}
	}
	for _, p := range d.Provisions {
		q.provOut++
		right := false
		for _, gp := range g.Provisions {
			if gp.matches(p) {
				right = true
				break
			}
		}
		if right {
			q.provRight++
		} else {
			q.misses = append(q.misses, fmt.Sprintf("%s: extra provision %s %d %q", name, p.Plan, p.Number, p.Text))
		}
	}
	for _, gs := range g.Statements {
		q.stGold++
		if gs.foundIn(d.Statements) {
			q.stFound++
		} else {
			q.misses = append(q.misses, fmt.Sprintf("%s: missed statement %s / %q", name, gs.Speaker, gs.Fragment))
			switch gs.nearIn(d.Statements) {
			case "bounds":
				q.stNearBounds++
				q.stNear++
			case "role":
				q.stNearRole++
				q.stNear++
			case "speaker":
				q.stNear++
			}
		}
		for _, s := range d.Statements {
			if gs.matchesSpeaker(s) {
				q.stFoundSpeaker++
				break
			}
		}
	}
	for _, s := range d.Statements {
		q.stOut++
		right := inGold(g.Statements, s)
		speakerRight := false
		for _, gs := range g.Statements {
			if gs.matchesSpeaker(s) {
				speakerRight = true
				break
			}
		}
		for _, n := range g.NotSpeakers {
			if containsWords(goldLow(s.Speaker), goldLow(n)) {
				right, speakerRight = false, false
			}
		}
		if speakerRight {
			q.stRightSpeaker++
		}
		if right {
			q.stRight++
		} else {
			q.misses = append(q.misses, fmt.Sprintf("%s: extra statement %s (%s) / %q", name, s.Speaker, s.Role, s.Text))
		}
	}
}

// scoreFixtures parses every fixture in dir against its gold file.
func scoreFixtures(t *testing.T, dir string) qualityScore {
	t.Helper()
	var q qualityScore
	fixtures := goldFixtures(t, dir)
	for _, f := range fixtures {
		doc, g, data := f.doc, f.gold, f.data
		d, err := Parse(data, ParseOptions{Name: filepath.Base(doc), Now: fixedNow})
		if errors.Is(err, ErrUnsupportedFormat) {
			// A format a moderator could upload but Parse refuses
			// (subtitles, say) scores as nothing found, not as a
			// broken test: the set measures what users would get.
			t.Logf("%s: refused: %v", filepath.Base(doc), err)
			d = &Document{}
		} else if err != nil {
			t.Fatalf("%s: %v", doc, err)
		}
		q.add(filepath.Base(doc), d, g, data)
	}
	if len(fixtures) == 0 {
		t.Fatalf("no fixtures in %s", dir)
	}
	return q
}

// TestExtractionQuality measures extraction on documents in real news
// formats and several languages against hand-written gold files, for the
// fixtures extraction was developed on (dev) and for a held-out third that
// was written before any tuning and never tuned on. It fails below floors
// a little under the figures reached, so a change that loses ground shows.
func TestExtractionQuality(t *testing.T) {
	floors := map[string][4]float64{ // provisions R, P; statements R, P
		"dev":     {0.95, 0.95, 0.90, 0.95}, // reached: 1.00 1.00 0.94 0.99
		"heldout": {0.95, 0.95, 0.90, 0.90}, // reached: 1.00 1.00 0.95 0.95
	}
	for _, set := range extractionSets {
		q := scoreFixtures(t, set.dir)
		// A blind set's misses would show its text to whoever runs the
		// test: only its figures are printed.
		for _, m := range q.misses {
			if isBlind(set.dir) {
				break
			}
			t.Logf("%s: %s", set.name, m)
		}
		got := [4]float64{
			ratio(q.provFound, q.provGold), ratio(q.provRight, q.provOut),
			ratio(q.stFound, q.stGold), ratio(q.stRight, q.stOut),
		}
		t.Logf("%-9s provisions R %.2f (%d/%d) P %.2f (%d/%d) | statements R %.2f (%d/%d) P %.2f (%d/%d) | outlet/lang/date %d/%d | speaker only R %.2f P %.2f | near misses %d (bounds %d, role %d, speaker %d) | gold roles not in the text %d",
			set.name, got[0], q.provFound, q.provGold, got[1], q.provRight, q.provOut,
			got[2], q.stFound, q.stGold, got[3], q.stRight, q.stOut, q.metaRight, q.meta,
			ratio(q.stFoundSpeaker, q.stGold), ratio(q.stRightSpeaker, q.stOut), q.stNear, q.stNearBounds, q.stNearRole, q.stNear-q.stNearBounds-q.stNearRole, q.stRoleAbsent)
		floor, enforced := floors[set.name]
		if !enforced {
			continue
		}
		for i, what := range []string{"provision recall", "provision precision", "statement recall", "statement precision"} {
			if got[i] < floor[i] {
				t.Errorf("%s %s %.2f is below the floor %.2f", set.name, what, got[i], floor[i])
			}
		}
	}
}

// sameKnownPerson reports whether a gold speaker written as the document
// writes the name ("ушаков", "zelenskyy", "ouchakov") is the known person
// extraction names in one spelling for every language ("Yuri Ushakov"), as
// issue 12 asks: the gold name, or a word of it, is one of that person's
// spellings in the speaker lexicon, or its surname is theirs once both are
// read by the name keys extraction uses (namekey.go). A person the lexicon
// does not know must match as written.
func sameKnownPerson(gold, extracted string) bool {
	lx := lexiconData()
	p, ok := lx.people[strings.ToLower(extracted)]
	if !ok {
		return false
	}
	if f := strings.Fields(gold); len(f) > 0 && KnownPersonOf(f[len(f)-1], "") == p.Name {
		return true // "Kirill Dmitrijev": the person's surname in a spelling the name keys read (namekey.go)
	}
	spellings := append([]string{p.Name}, p.Aliases...)
	for _, w := range append([]string{gold}, strings.Fields(gold)...) {
		w = goldLow(w)
		for _, a := range spellings {
			a = goldLow(a)
			if a == w || strings.HasSuffix(a, " "+w) {
				return true
			}
		}
	}
	return false
}

// containsWords reports whether the words of part occur together in s as
// whole words: a not-speaker "aw" (an agency's initials) names the agency,
// not every speaker whose name holds those letters ("Radosław").
func containsWords(s, part string) bool {
	for i := strings.Index(s, part); i >= 0; {
		end := i + len(part)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (i == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) &&
			(end == len(s) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			return true
		}
		next := strings.Index(s[i+1:], part)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// goldFixture is one fixture of an extraction set: its document's path
// and text, and its gold file.
type goldFixture struct {
	doc  string
	data []byte
	gold goldFile
}

// goldFixtures reads every fixture of the set in dir (gold file and
// document), failing the test on a file it cannot read: the one loop the
// quality test and the diagnosis tests share.
func goldFixtures(t testing.TB, dir string) []goldFixture {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]goldFixture, 0, len(files))
	for _, gf := range files {
		f := goldFixture{doc: goldDocument(t, gf)}
		b, err := os.ReadFile(gf)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &f.gold); err != nil {
			t.Fatalf("%s: %v", gf, err)
		}
		if f.data, err = os.ReadFile(f.doc); err != nil {
			t.Fatal(err)
		}
		out = append(out, f)
	}
	return out
}

// goldDocument is the document a gold file describes: the .md or .txt
// file beside it with the same base name.
func goldDocument(t testing.TB, gf string) string {
	t.Helper()
	base := strings.TrimSuffix(gf, ".gold.json")
	var doc string
	for _, ext := range []string{".md", ".txt", ".srt", ".vtt"} {
		if _, err := os.Stat(base + ext); err == nil {
			doc = base + ext
		}
	}
	if doc == "" {
		t.Fatalf("%s has no document beside it", gf)
	}
	return doc
}

// extractionSets are the sets TestExtractionQuality scores, in the order it
// prints them: the development fixtures, the first held-out set, and every
// blind set since, each with why it was written. TestExtractionSetsListed
// keeps every gold folder in testdata/extraction on this list.
var extractionSets = []struct{ name, dir string }{
	{"dev", "testdata/extraction"},
	{"heldout", "testdata/extraction/heldout"},
	// heldout-c is the blind set written on 2026-12-01 by someone who
	// had not read the extraction code or its tuning data: printed to
	// be reported, never enforced, so that nobody tunes against it.
	{"heldout-c", "testdata/extraction/heldout-c"},
	// heldout-d is a second blind set, written the same way on the
	// same day in other formats (Telegram compilation, TV transcript,
	// Q&A, live blog, a list split over two posts): reported only.
	{"heldout-d", "testdata/extraction/heldout-d"},
	// heldout-e is a third blind set, written the same way in still
	// other formats (live blog, photo captions and "read also" lines,
	// an op-ed, a Q&A interview, unnamed sources, points quoted in
	// prose, in seven languages): reported only.
	{"heldout-e", "testdata/extraction/heldout-e"},
	// heldout-f is a fourth blind set, written the same way (a live
	// ticker, an Italian reprint of points, a TASS dateline, a French
	// explainer, a Polish radio transcript, an exclusive wire quoting a
	// document, a Spanish round-up, Ukrainian quotes with translations
	// in brackets): reported only.
	{"heldout-f", "testdata/extraction/heldout-f"},
	// heldout-g is a fifth blind set, written the same way on
	// 2026-12-01 (an AP wire and a Polish PAP dispatch without front
	// matter, a briefing transcript with capital labels, a factbox of
	// unnumbered bullets, Italian "Punto 6 –" headings, a GMT live
	// blog, a German magazine interview, Interfax and Ukrainska Pravda
	// styles, a French reprint, a prose analysis, a Spanish report of
	// the 20-point revision): reported only.
	{"heldout-g", "testdata/extraction/heldout-g"},
	// heldout-h is a sixth blind set, written the same way on
	// 2026-12-01 (a French and a German agency wire without front
	// matter, an explainer citing points in prose, a Russian "—
	// заявил" report, a Ukrainian evening digest, an Italian Q&A on
	// the 20-point revision, a podcast transcript, a Polish TV page,
	// a newsletter, a corrected wire, a Portuguese report, a forum
	// thread quoting points): reported only.
	{"heldout-h", "testdata/extraction/heldout-h"},
	// heldout-i is a seventh blind set, written the same way on
	// 2026-12-01 and weighted toward the most common coverage (wires
	// with and without front matter, reprints of the points in German
	// and English, Italian side-by-side points, a French radio
	// interview, a Russian briefing report, a Ukrainian explainer, a
	// Dutch web article, an interview write-up, a "who said what"
	// round-up): reported only.
	{"heldout-i", "testdata/extraction/heldout-i"},
	// heldout-j is an eighth blind set, written the same way on
	// 2026-12-01 (wires with bylines and a WRAPUP without front
	// matter, German "**Nr. 6:**" and Italian "15)" reprints, a
	// French analysis citing points in prose, a Russian live text, a
	// Ukrainian Q&A, a Czech agency report, a point-by-point
	// briefing, a "takeaways" article, an exclusive quoting the
	// counter-proposal, a German live ticker): reported only.
	{"heldout-j", "testdata/extraction/heldout-j"},
	// heldout-k is a ninth blind set, written the same way on
	// 2026-12-01 (a wire and an Italian agency string without front
	// matter, a markdown table of points, Swiss and Austrian German,
	// an Italian run-in list, Quebec French, a Russian "№ 6." reprint,
	// Ukrainian posts in block quotes, a timeline, a Berlin wire,
	// Swedish): reported only.
	{"heldout-k", "testdata/extraction/heldout-k"},
	// heldout-l is a tenth blind set, written the same way on
	// 2026-12-01 (an English wire and a Ukrainian agency wire without
	// front matter, a German reprint sorted by theme, Italian points
	// in prose, a French fact-check, a Russian summary, Romanian, a
	// readout log, an English report with agency inputs, a policy
	// brief with footnotes, a numbered social-media thread, the full
	// text with hard line breaks): reported only.
	{"heldout-l", "testdata/extraction/heldout-l"},
	// heldout-m is an eleventh blind set, written the same way on
	// 2026-12-01 (a regional rewrite of a wire, a TV transcript, a
	// German parliamentary record, a Hungarian agency wire, a Spanish
	// press conference, Polish agency flashes, a Ukrainian FAQ, a
	// Russian regional paper, a newsletter with block quotes, a
	// Brazilian op-ed, a Czech version table, a reprint whose points
	// run over several paragraphs): reported only.
	{"heldout-m", "testdata/extraction/heldout-m"},
	// heldout-n is a twelfth blind set, written the same way on
	// 2026-12-01 (a radio bulletin script, a German press review, an
	// Italian timeline, a French fact-check, Slovak and Turkish agency
	// wires, a Russian digest of Telegram posts, a Ukrainian
	// interview, a Dutch background piece, a Spanish round-up of
	// posts, an annotated counter-proposal, a Polish radio
	// interview): reported only.
	{"heldout-n", "testdata/extraction/heldout-n"},
	// heldout-o is a thirteenth blind set, written the same way on
	// 2026-12-01 (a wire with UPDATE blocks, an email briefing, a German
	// state press release, a French call readout, an Italian photo
	// gallery, a Spanish factbox, a Kremlin summary, Ukrainian question
	// time, Polish ministers' comments, a Portuguese reprint of the
	// counter-proposal, an English fact-check, a Greek Q&A explainer;
	// Greek is new): reported only.
	{"heldout-o", "testdata/extraction/heldout-o"},
	// heldout-p is a fourteenth blind set, written the same way on
	// 2026-12-01 (a magazine long-read, an editorial board, a German
	// local paper, a French think-tank note with footnotes, an Italian
	// market story, a Spanish NGO release, a Russian wire analysis, a
	// Polish ministry briefing, Ukrainian readers' letters, a Czech
	// explainer quoting the English text, a Romanian-English bilingual
	// article, a Finnish TV story; Finnish is new): reported only.
	{"heldout-p", "testdata/extraction/heldout-p"},
	// heldout-q is a fifteenth blind set, written the same way on
	// 2026-12-01 (a "winners and losers" scorecard, a parliamentary
	// working group's numbered findings, a German church synod, a
	// French council motion, Italian "pagelle", a Spanish talk-show
	// recap, a Russian profile, a Ukrainian diaspora newsletter, Polish
	// podcast show notes, Dutch push alerts, a Bulgarian quiz, a
	// Croatian wire; Bulgarian and Croatian are new): reported only.
	{"heldout-q", "testdata/extraction/heldout-q"},
	// heldout-r is a sixteenth blind set, written the same way on
	// 2026-12-01 (a corrections column, a Chatham House roundtable
	// summary, German seminar minutes, a French reporter's diary, an
	// Italian radio phone-in, a Spanish A-Z glossary, a Russian online
	// Q&A, a Ukrainian e-petition and the mayor's reply, a Polish
	// written question and answer, a Portuguese encyclopedia entry, a
	// Swedish subtitle file, Romanian columnists' letters): reported only.
	{"heldout-r", "testdata/extraction/heldout-r"},
	// heldout-s is a seventeenth blind set, written the same way on
	// 2026-12-01 at the start of stop 26 (an agency "what we know" page,
	// by-election hustings, a client risk memo, a German trade
	// association circular, a French municipal debate, an Italian
	// mayors' open letter, a Spanish correspondent's mailbag, a Russian
	// briefing transcript, a Ukrainian week-ahead calendar, a Polish
	// foreign-press review, Swedish quotes of the week, a Portuguese
	// morning newsletter): reported only.
	{"heldout-s", "testdata/extraction/heldout-s"},
	{"heldout-t", "testdata/extraction/heldout-t"},
	// heldout-u is a nineteenth blind set, written at the start of stop 28
	// (2026-12-02) in mainstream news formats like T (wire reports with
	// and without front matter, an Italian list reprint in two posts, a
	// German magazine, a French daily, Russian and Spanish agencies, a
	// Ukrainian site, an analysis, a Q&A, a live blog): reported only.
	{"heldout-u", "testdata/extraction/heldout-u"},
	// heldout-v is a twentieth blind set, written at the start of stop 29
	// in mainstream news formats (a wire report with only a dateline, a
	// German counter-proposal reprint in parts, Polish points in prose,
	// a French interview, a Dutch round-up, a Russian agency report, a
	// Ukrainian channels report, an Italian agency, a Portuguese
	// explainer, a Czech list, a Spanish live blog, the 20-point
	// framework in English): reported only.
	{"heldout-v", "testdata/extraction/heldout-v"},
	// heldout-w is a twenty-first blind set, written at the start of
	// stop 30 in mainstream news formats (wire reports from Geneva and
	// Berlin, a German list reprint in two posts without lang, a Polish
	// agency report with only a dateline, a Ukrainian interview, a
	// Spanish live blog, a French analysis, an Italian magazine, a
	// Russian agency, an English explainer, a Portuguese agency):
	// reported only.
	{"heldout-w", "testdata/extraction/heldout-w"},
	// heldout-x is a twenty-second blind set, written at the start of
	// stop 31 in formats V and W lack (an English TV interview
	// transcript with speaker labels, a French press-conference
	// write-up, a German newsletter, a Spanish factbox, a Polish list
	// reprint in two posts, an Italian regional paper, a Dutch op-ed, a
	// Ukrainian Q&A, an English agency report with only a dateline, a
	// Russian live blog, an English briefing): reported only.
	{"heldout-x", "testdata/extraction/heldout-x"},
	// heldout-y is a twenty-third blind set, written at the start of
	// stop 32 in further formats (a German radio transcript with name
	// labels, an Italian parliamentary debate, a French fact-check, a
	// Russian agency digest of datelined items, a Ukrainian live blog,
	// a Spanish list of points named only in its intro, a Polish op-ed,
	// an English Q&A explainer, a Dutch newsletter with bold leads, a
	// Czech regional report with unnamed sources, a Romanian TV panel,
	// a Swedish report quoting the draft in prose): reported only.
	{"heldout-y", "testdata/extraction/heldout-y"},
	// heldout-z is a twenty-fourth blind set, written at the start of
	// stop 33 in formats X and Y lack (a Hungarian wire with only a
	// dateline, a Finnish explainer with ordinal points, a Greek
	// interview write-up, a Lithuanian list reprint in two posts, a
	// Spanish radio talk show, a Brazilian column, an Italian letters
	// page, a German Telegram round-up, a Russian exile-media analysis, a
	// Ukrainian regional item, an English podcast transcript with
	// timestamps): reported only.
	{"heldout-z", "testdata/extraction/heldout-z"},
	// heldout-za is a twenty-fifth blind set, written at the start of
	// stop 34 in formats earlier sets lack (an English "five
	// takeaways" analysis, a French regional daily, a German FAQ, an
	// Italian TV-news transcript, a Russian Telegram repost of points
	// 1-14, a Ukrainian presidential readout, a Polish radio
	// interview, a Spanish wire with only a dateline, a Portuguese
	// explainer, an English Security Council summary, a Czech list of
	// points 15-28, a Romanian wire): reported only.
	{"heldout-za", "testdata/extraction/heldout-za"},
	// heldout-zb is a twenty-sixth blind set, written at the start of
	// stop 35 in formats earlier sets lack (a Commons debate, a
	// Bundestag protocol, a French agency wire, an Italian flash
	// series, a Russian agency wire with points as words, a Rada
	// committee report, a Bulgarian list of points 15-28, a Swedish
	// report of a leaders' call, a think-tank brief, an Argentine
	// "what they said" round-up, a Turkish ministry release, a fact
	// check): reported only.
	{"heldout-zb", "testdata/extraction/heldout-zb"},
	// heldout-zc is a twenty-seventh blind set, written at the start
	// of stop 36 in formats earlier sets lack (a Senate hearing
	// transcript, an updated wire with its update header, a markdown
	// table comparing the two versions, a timeline, a German print
	// interview, a French press review, an Italian behind-the-scenes
	// piece, a Spanish correspondent's chronicle, Ukrainian points 1-14
	// with an editor's comment after each, a Kremlin press-call
	// transcript, a Slovak profile, a Norwegian agency summary of the
	// points): reported only.
	{"heldout-zc", "testdata/extraction/heldout-zc"},
	// heldout-zd is a twenty-eighth blind set, written at the start
	// of stop 37 in formats earlier sets lack (a White House briefing
	// transcript, a wire built on a leaked document, an editorial, a
	// numbered X thread, a German government press conference
	// protocol, a French "what the plan contains" by theme, an Italian
	// talk-show write-up, a Polish agency wire, a Russian foreign
	// ministry briefing transcript, a Ukrinform-style wire, an
	// Estonian news report, a Serbian wire with only a dateline):
	// reported only.
	{"heldout-zd", "testdata/extraction/heldout-zd"},
	// heldout-ze is a twenty-ninth blind set, written at the start
	// of stop 38 in formats earlier sets lack (the full text of an
	// evening address, a joint statement of leaders under a wire
	// intro, a scraped web page with its furniture left in, text
	// taken out of a PDF with hard wraps and page headers, a reaction
	// round-up under name-and-role headings, a digest of datelined
	// items, a German encyclopedia article with footnote marks, a
	// French reportage, Italian points under bold titles, a Russian
	// dash-dialogue interview, a Ukrainian MP's post, a Spanish
	// Diario de Sesiones record): reported only.
	{"heldout-ze", "testdata/extraction/heldout-ze"},
	// heldout-zf is a thirtieth blind set, written at the start of
	// stop 39 in formats and scripts earlier sets lack (a magazine
	// feature with pull quotes, a law-firm analysis citing clauses
	// and articles, an RSS feed dump, a bilingual Russian-English
	// transcript, a Japanese wire, a Chinese wire, an Arabic wire, a
	// Portuguese agency wire, a Catalan radio script, a German
	// government press release, a Ukrainian TV marathon transcript,
	// a Dutch government letter to parliament): reported only.
	{"heldout-zf", "testdata/extraction/heldout-zf"},
	// heldout-zg is a thirty-first blind set, written at the start
	// of stop 40 in formats and scripts earlier sets lack (a news
	// video's subtitles as an .srt file, an email newsletter with
	// embedded social posts, a parliamentary written question and
	// answer, an embassy fact sheet, a Turkish agency wire, a Korean
	// wire, a Hebrew report, a Romanian report listing points, a
	// Czech article with a numbered list, a Swedish agency wire, a
	// Greek report, an Austrian TV studio interview): reported only.
	{"heldout-zg", "testdata/extraction/heldout-zg"},
	// heldout-zh is a thirty-second blind set, written at the start
	// of stop 42 in formats and languages earlier sets lack or used
	// least (a State Department style briefing, Japanese WebVTT TV
	// captions, a Chinese timeline, an Arabic agency wire, an
	// Indonesian fact check, a Danish chamber debate, a Vietnamese
	// wire, an English policy brief taken out of a PDF, a Hungarian
	// op-ed, a "what to know" explainer, a Spanish radio interview, a
	// Telegram channel digest): reported only.
	{"heldout-zh", "testdata/extraction/heldout-zh"},
	// heldout-zi is a thirty-third blind set, written at the start
	// of stop 43 in the languages real coverage of the story mostly
	// uses (English, German, Italian, French, Russian, Ukrainian,
	// Spanish, Polish, Portuguese) and in the shapes real web copy
	// has (a wire story with "UPDATE 3-" and its credit trailer, an
	// AP-style story, a page copied from a browser, a live blog
	// newest first, a paywall teaser, a correction appended, a Q&A
	// interview, TV subtitles, a reprint of part of the 20-point
	// list, a newsletter of headline items, a "what we know"
	// explainer, a PDF note): reported only.
	{"heldout-zi", "testdata/extraction/heldout-zi"},
	// heldout-zj is a thirty-fourth blind set, written at the start
	// of stop 44, again in the languages of real coverage (five
	// English, German, French, Italian, Spanish, Russian, Ukrainian,
	// Polish) and in web-copy shapes ZI did not use (a FACTBOX
	// reprint, a reader-mode page, a news aggregator, a wiki-style
	// article with reference marks, a print column with hyphenated
	// wraps, a fact check, an op-ed, a podcast transcript, a
	// timeline, a Kremlin-style transcript, a Telegram feed, a
	// parliamentary stenogram): reported only.
	{"heldout-zj", "testdata/extraction/heldout-zj"},
	// heldout-zk is a thirty-fifth blind set, written at the start
	// of stop 45 in the same languages (five English, German,
	// French, Italian, Spanish, Russian, Ukrainian, Polish) and in
	// shapes of pasted pages ZJ did not use (a video page with
	// auto-captions and comments, a discussion thread with the
	// article pasted in, an agency story with "Read more:" lines, a
	// press release, a redline of the versions point by point, an
	// Atom feed, a social thread "1/9", a photo carousel, a search
	// alert e-mail, explainer cards, a machine-translated page, a TV
	// ticker log): reported only.
	{"heldout-zk", "testdata/extraction/heldout-zk"},
	// heldout-zl is a thirty-sixth blind set, written at the start
	// of stop 46 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Portuguese) in shapes no earlier set used
	// (a messenger export, a shared document with suggestions and
	// comments, a professional-network post, a pool report, an OCR'd
	// newspaper scan, a forwarded e-mail chain, a TV rundown, a forum
	// thread, a vertical-video script, a box-drawn table, a search
	// results page, an embargoed press release): reported only.
	{"heldout-zl", "testdata/extraction/heldout-zl"},
	// heldout-zm is a thirty-seventh blind set, written at the start
	// of stop 47 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Polish), mostly everyday coverage in new
	// shapes (a wire story with a correction, a feature with pull
	// quotes, a factbox, a live page, a reprint of the points) and a
	// few rarer layouts (a news API's JSON, a wiki talk page,
	// teletext, a messenger channel, a before/after explainer):
	// reported only.
	{"heldout-zm", "testdata/extraction/heldout-zm"},
	// heldout-zn is a thirty-eighth blind set, written at the start
	// of stop 48 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Dutch), everyday coverage in shapes no
	// earlier set used (a news-in-brief column, an agency coverage
	// plan, a media-monitoring summary, a listicle in numbers, a radio
	// page with its transcript, a news ticker, a poll write-up, a
	// double interview, quotes of the week, a foreign-press digest, a
	// vox pop, an article with reader comments): reported only.
	{"heldout-zn", "testdata/extraction/heldout-zn"},
	// heldout-zo is a thirty-ninth blind set, written at the start
	// of stop 49 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Polish), in formats no earlier set used
	// (its README lists them; the lead has not read it): reported
	// only.
	{"heldout-zo", "testdata/extraction/heldout-zo"},
	// heldout-zp is a fortieth blind set, written at the start of
	// stop 50 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Polish), in formats no earlier set used
	// (its README lists them; the lead has not read it): reported
	// only.
	{"heldout-zp", "testdata/extraction/heldout-zp"},
	// heldout-zq is a forty-first blind set, written at the start of
	// stop 51 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Portuguese), in formats no earlier set used
	// (its README lists them; the lead has not read it): reported
	// only.
	{"heldout-zq", "testdata/extraction/heldout-zq"},
	// heldout-zr is a forty-second blind set, written at the start
	// of stop 52 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Polish), in formats no earlier extraction
	// set used (its README lists them; the lead has not read it):
	// reported only.
	{"heldout-zr", "testdata/extraction/heldout-zr"},
	// heldout-zs is a forty-third blind set, written at the start
	// of stop 53 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Dutch), in formats no earlier extraction
	// or search set used (its README lists them; the lead has not
	// read it): reported only.
	{"heldout-zs", "testdata/extraction/heldout-zs"},
	// heldout-zt is a forty-fourth blind set, written at the start
	// of stop 54 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Polish), in formats no earlier extraction
	// or search set used (its README lists them; the lead has not
	// read it): reported only.
	{"heldout-zt", "testdata/extraction/heldout-zt"},
	// heldout-zu is a forty-fifth blind set, written at the start
	// of stop 55 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Portuguese), in formats no earlier
	// extraction or search set used (its README lists them; the lead
	// has not read it): reported only.
	{"heldout-zu", "testdata/extraction/heldout-zu"},
	// heldout-zv is a forty-sixth blind set, written at the start
	// of stop 56 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Polish), in formats no earlier extraction
	// or search set used (its README lists them; the lead has not
	// read it): reported only.
	{"heldout-zv", "testdata/extraction/heldout-zv"},
	// heldout-zw is a forty-seventh blind set, written at the start
	// of stop 57 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Portuguese), in formats no earlier
	// extraction or search set used (its README lists them; the lead
	// has not read it): reported only.
	{"heldout-zw", "testdata/extraction/heldout-zw"},
	// heldout-zx is a forty-eighth blind set, written at the start
	// of stop 58 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Czech), in formats no earlier extraction
	// or search set used (its README lists them; the lead has not
	// read it): reported only.
	{"heldout-zx", "testdata/extraction/heldout-zx"},
	// heldout-zy is a forty-ninth blind set, written at the start
	// of stop 59 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Romanian), in formats no earlier
	// extraction or search set used (its README lists them; the lead
	// has not read it): reported only.
	{"heldout-zy", "testdata/extraction/heldout-zy"},
	// heldout-zz is a fiftieth blind set, written at the start of
	// stop 60 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Romanian), in formats no earlier
	// extraction or search set used (its README lists them; the lead
	// has not read it): reported only.
	{"heldout-zz", "testdata/extraction/heldout-zz"},
	// heldout-zza is a fifty-first blind set, written at the start
	// of stop 61 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Swedish), in formats no earlier
	// extraction or search set used (its README lists them; the lead
	// has not read it): reported only. After heldout-zz the names
	// take a third letter, which heldout.Blind orders after every
	// two-letter name.
	{"heldout-zza", "testdata/extraction/heldout-zza"},
	// heldout-zzb is a fifty-second blind set, written at the start
	// of stop 62 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Swedish), in formats no earlier
	// extraction or search set used (its README lists them; the lead
	// has not read it): reported only.
	{"heldout-zzb", "testdata/extraction/heldout-zzb"},
	// heldout-zzc is a fifty-third blind set, written at the start
	// of stop 63 (five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, Czech), in private and small-organisation
	// formats no earlier extraction or search set used (its README
	// lists them; the lead has not read it): reported only.
	{"heldout-zzc", "testdata/extraction/heldout-zzc"},
	// heldout-zzd is a fifty-fourth blind set, written at the same
	// time by another writer in the news-coverage formats planbot is
	// used on (wire reports, live blogs, transcripts, reprints of the
	// points; five English, German, French, Italian, Spanish, Russian,
	// Ukrainian, Polish): it measures unseen text of the kind the
	// project is judged on, where the sets before it went after
	// ever rarer genres. Reported only.
	{"heldout-zzd", "testdata/extraction/heldout-zzd"},
	// heldout-zze and heldout-zzf are a fifty-fifth and fifty-sixth
	// blind set, written at the start of stop 64 by two writers, each
	// in a half of the news-coverage formats no earlier set used
	// (five English, German, French, Italian, Spanish, Russian,
	// Ukrainian, and Portuguese or Dutch; their READMEs list them; the
	// lead has not read them). A third writer, who read only these two
	// sets, named the person behind each pronoun speaker
	// (TestGoldPronounsNamed). Reported only.
	{"heldout-zze", "testdata/extraction/heldout-zze"},
	{"heldout-zzf", "testdata/extraction/heldout-zzf"},
	// heldout-zzg and heldout-zzh are a fifty-seventh and fifty-eighth
	// blind set, written at the start of stop 65 by two writers, each in
	// a half of twenty-four news formats no earlier set used (a
	// parliamentary sketch, a poll story, a vox pop, a Security Council
	// report, a wire analysis, letters to the editor ...; five English,
	// German, French, Italian, Spanish, Russian, Ukrainian, and Romanian
	// or Swedish). The writing rules now ask for the person behind a
	// pronoun speaker, so no fixer was needed. Reported only.
	{"heldout-zzg", "testdata/extraction/heldout-zzg"},
	{"heldout-zzh", "testdata/extraction/heldout-zzh"},
	// heldout-zzi and heldout-zzj are a fifty-ninth and sixtieth blind
	// set, written at the start of stop 66 by two writers, each in a half
	// of twenty-four news formats no earlier set used (a multi-dateline
	// wrap-up, a hearing write-up, a "who's who", an updated article with
	// editor's notes, a glossary, a talk-show write-up ...; five English,
	// German, French, Italian, Spanish, Russian, Ukrainian, and Dutch or
	// Czech). Reported only.
	{"heldout-zzi", "testdata/extraction/heldout-zzi"},
	{"heldout-zzj", "testdata/extraction/heldout-zzj"},
	// heldout-zzk and heldout-zzl are a sixty-first and sixty-second
	// blind set, written at the start of stop 67 by two writers, each in
	// a half of twenty-four formats no earlier set used (a human rights
	// commissioner's findings, twin-town association minutes, a mailing
	// list digest, a short-video transcript, an energy-market note, a
	// law-clinic explainer, a shipping-press item ...; five English,
	// German, French, Italian, Spanish, Russian, Ukrainian, and Hungarian
	// or Greek). Reported only.
	{"heldout-zzk", "testdata/extraction/heldout-zzk"},
	{"heldout-zzl", "testdata/extraction/heldout-zzl"},
	// heldout-zzm and heldout-zzn are a sixty-third and sixty-fourth blind
	// set, written at the start of stop 68 by two writers, each in a half
	// of twenty-four formats no earlier set used (a tribunal's judgment
	// summary, a think-tank webinar chat log, a community Viber thread, a
	// P&I club's war-risk circular, a moderator's pre-brief, a mayor's
	// proclamation ...; five English, German, French, Italian, Spanish,
	// Russian, Ukrainian, and Bulgarian or Finnish). Reported only.
	{"heldout-zzm", "testdata/extraction/heldout-zzm"},
	{"heldout-zzn", "testdata/extraction/heldout-zzn"},
	// heldout-zzo and heldout-zzp are a sixty-fifth and sixty-sixth blind
	// set, written at the start of stop 69 by two writers, each choosing
	// formats no earlier set used (live captions of a council meeting, an
	// ice-hockey press conference, an interpreters' bulletin, a thesis
	// defence, a fund's letter to investors, a synagogue bulletin, a
	// charity-shop newsletter ...; both wrote up a German town's New Year
	// reception, each in their own way; five
	// English, German, French, Italian, Spanish, Russian, Ukrainian, and
	// Latvian or Norwegian). Reported only.
	{"heldout-zzo", "testdata/extraction/heldout-zzo"},
	{"heldout-zzp", "testdata/extraction/heldout-zzp"},
	// heldout-zzq and heldout-zzr are a sixty-seventh and sixty-eighth
	// blind set, written at the start of stop 70 by two writers, each given
	// formats of their own to check against every earlier set (a lifeboat
	// crew's newsletter, a golf club captain's report, a Feuerwehr's annual
	// meeting, a Hindu temple's newsletter, a philatelic society's journal,
	// a veterinarians' jornada, a Danish folk high school's lecture ...;
	// five English, German, French, Italian, Spanish, Russian, Ukrainian,
	// and Slovenian or Danish). Reported only.
	{"heldout-zzq", "testdata/extraction/heldout-zzq"},
	{"heldout-zzr", "testdata/extraction/heldout-zzr"},
	// heldout-zzs and heldout-zzt are a sixty-ninth and seventieth blind
	// set, written at the start of stop 71 by two writers, each given
	// formats of their own to check against every earlier set (a hospice
	// volunteers' bulletin, a harbour master's notice, a Landfrauenverein,
	// a garage co-operative, a credit union's letter, a cricket club's
	// annual report, a Siedlergemeinschaft, a Red Cross district branch
	// ...; both ended up with a pigeon racing club, each in their own way;
	// five English, German, French, Italian, Spanish, Russian, Ukrainian,
	// and Serbian or Belarusian). Reported only.
	{"heldout-zzs", "testdata/extraction/heldout-zzs"},
	{"heldout-zzt", "testdata/extraction/heldout-zzt"},
	// heldout-zzu and heldout-zzv are a seventy-first and seventy-second
	// blind set, written at the start of stop 72 by two writers told that a
	// role is words the document prints (their checkers fail any other): a
	// book indexers' group, a bus garage staff e-mail, a chartered
	// surveyors' circular, a Bäckerinnung, a notaries' chamber, a canoe
	// club, an archery club, a brass band, a caving group, a table-tennis
	// club ...; five English, German, French, Italian, Spanish, Russian,
	// Ukrainian, and Macedonian or Georgian). Reported only.
	{"heldout-zzu", "testdata/extraction/heldout-zzu"},
	{"heldout-zzv", "testdata/extraction/heldout-zzv"},
}
