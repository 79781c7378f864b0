// Rewrite notes: coverage that walks through one version point by point
// often adds, right after a point, how the other version rewrote it
// ("Point 6 caps the armed forces at 600,000. The European text lifts that
// to 800,000.", "Europe's version: assets stay frozen until Russia pays",
// "Evropski kontrapredlog tu odredbu je ublažio …"). That sentence names
// the other version, and the readers that look for the version named
// nearest above a bare point (planBefore, planAbove) took it as the new
// subject, so every later point of the walk-through went to the other
// version. A note names no point of its own and refers back to the point
// before it, by a term the catalogue numbers as that point or by a word
// that points back (data/rewritenotes.json); as context it names nothing,
// and the version named before it holds.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/rewritenotes.json
var rewriteNotesJSON []byte

// rewriteNoteFile is data/rewritenotes.json, lower case.
type rewriteNoteFile struct {
	HeadWords int      `json:"headWords"`
	BackWords []string `json:"backWords"`
	DropWords []string `json:"dropWords"` // read with plans.json's passingWords (provisions_passing.go)
}

// rewriteNoteData reads data/rewritenotes.json once.
var rewriteNoteData = sync.OnceValue(func() *rewriteNoteFile {
	var f rewriteNoteFile
	mustDecodeJSON("data/rewritenotes.json", rewriteNotesJSON, &f) // fixed at build time; TestVersionMatrix reads it
	for _, ws := range [][]string{f.BackWords, f.DropWords} {
		for i, w := range ws {
			ws[i] = lowerString(w)
		}
	}
	if f.HeadWords <= 0 {
		f.HeadWords = 8
	}
	return &f
})

// rewriteNote reports whether sentence k of ss (one paragraph's
// sentences) is a note on the point set out in the sentence before it:
// it names a version, names no point itself, and the sentence before names
// a point that it refers back to.
func rewriteNote(ss []string, k int) bool {
	if k <= 0 || k >= len(ss) {
		return false
	}
	if noteAfter(ss[k-1], ss[k]) {
		return true
	}
	// "În punctul 10, … . Dacă Ucraina invadează Rusia, pierde garanția.
	// Contrapropunerea europeană cere în schimb …": the point's terms went
	// on in a sentence naming neither a point nor a version, and the note
	// refers back past it to the point
	lx := lexiconData()
	if _, ok := pointRefNumber(lx, ss[k-1]); k >= 2 && !ok && versionIn(ss[k-1]) == "" {
		return noteAfter(ss[k-2], ss[k])
	}
	return false
}

// noteAfter reports whether sentence s is a rewrite note on the point
// sentence prev sets out, as rewriteNote says.
func noteAfter(prev, s string) bool {
	if !versionAtHead(s) {
		return false
	}
	lx := lexiconData()
	if _, ok := pointRefNumber(lx, s); ok {
		return false
	}
	n, ok := pointRefNumber(lx, prev)
	if !ok {
		return false
	}
	if backWordAtHead(s) {
		return true
	}
	c := planTermsData()
	var sc termScan
	return numberedAt(c, &sc, s, n) || numberedAfter(c, &sc, prev, s, n)
}

// openingNote reports whether the first sentence of paragraph i is a
// rewrite note on the point the last point sentence of the text paragraph
// before it sets out ("… amerykański dokument w punkcie 10 daje …" then, a
// paragraph on, "Według rozmówcy europejski kontrprojekt zastępuje ten
// zapis …").
func openingNote(ps []paragraph, i int, first string) bool {
	if i <= 0 || ps[i-1].kind != paraText || !hasPointRef(ps[i-1].text) && !unnumberedPoints(lexiconData(), ps[i-1].text) {
		return false
	}
	ss := sentences(ps[i-1].text)
	lx := lexiconData()
	for k := len(ss) - 1; k >= 0; k-- {
		if _, ok := pointRefNumber(lx, ss[k]); ok {
			return noteAfter(ss[k], first) // (a quotation may close the paragraph after the point's sentence)
		}
	}
	return false
}

// maxNoteSubjectWords is how many words may stand before the version a
// note names, not counting its adjective: the note has the other version
// as its subject ("The European text lifts …", "According to her the
// European text replaces …", "Evropski kontrapredlog tu odredbu …"), where
// a comparison names it later ("Là où Washington prévoyait 600 000
// hommes, le texte européen écrit …" sets out the version the paragraph is
// about).
const maxNoteSubjectWords = 4

// versionAtHead reports whether s names a version among its first words,
// not after a subordinator that opens a comparison ("Where Washington
// wants …, …": versioncues.json's subordinators).
func versionAtHead(s string) bool {
	low := lowerString(s)
	for _, w := range versionCueData().Subordinators {
		if strings.HasPrefix(low, w) {
			return false
		}
	}
	named := namedVersions(low)
	if len(named) == 0 {
		return false
	}
	before := strings.Fields(low[:named[0].start])
	if n := len(before); n > 0 && adjectiveVersion(before[n-1]) != "" {
		before = before[:n-1] // "europejski kontrprojekt": the adjective is the name's (provisions_pointadjective.go)
	}
	return len(before) <= maxNoteSubjectWords
}

// backWordAtHead reports whether one of the words that point back stands
// among the first headWords words of s.
func backWordAtHead(s string) bool {
	f := rewriteNoteData()
	ws := strings.Fields(lowerString(s))
	if len(ws) > f.HeadWords {
		ws = ws[:f.HeadWords]
	}
	head := " " + strings.Join(ws, " ") + " "
	head = strings.NewReplacer(",", " ", ":", " ", ".", " ", ";", " ").Replace(head)
	for _, w := range f.BackWords {
		if strings.Contains(head, " "+w+" ") {
			return true
		}
	}
	return false
}

// withoutRewriteNotes is text with the sentences that are rewrite notes
// taken out, and whether any was; text itself when it holds no point
// reference (most paragraphs: not split).
func withoutRewriteNotes(text string) (string, bool) {
	lx := lexiconData()
	if !hasPointRef(text) && !unnumberedPoints(lx, text) {
		return text, false
	}
	ss := sentences(text)
	if len(ss) < 2 {
		return text, false
	}
	keep := make([]string, 0, len(ss))
	for k, s := range ss {
		if !rewriteNote(ss, k) {
			keep = append(keep, s)
		}
	}
	if len(keep) == len(ss) {
		return text, false
	}
	return strings.Join(keep, " "), true
}
