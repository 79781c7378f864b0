package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestObliqueSpeakerDiag prints, for every released extraction set (never
// a blind one), the two shapes of a speaker named in an oblique case:
//
//   - OBLQ: an extracted statement that is no gold statement, whose speaker
//     differs from a gold speaker of the document only by the endings of
//     its words ("Тараса Климчука" for "тарас климчук"): the name was
//     written in the case the sentence gave it;
//   - ASIDE: a gold statement missed whose speaker's surname stands, in the
//     document, within a few words after an "according to / in the
//     opinion of" phrase (planterms.json accordingWords and opinion
//     nouns), with the speaker the words went to, if any.
//
// It runs only with PLANBOT_CASE_DIAG set:
//
//	PLANBOT_CASE_DIAG=1 go test ./corpus -run TestObliqueSpeakerDiag -v -count=1
func TestObliqueSpeakerDiag(t *testing.T) {
	if os.Getenv("PLANBOT_CASE_DIAG") == "" {
		t.Skip("set PLANBOT_CASE_DIAG to print speakers named in an oblique case")
	}
	asides := []string{"according to", "in the opinion of", "in the view of", "на думку", "по мнению", "по словам", "за словами",
		"zdaniem", "według", "podle", "podľa", "nach ansicht", "laut", "selon", "secondo", "según", "segundo", "на погляд", "по оценке", "за оцінкою", "na zdanie", "dle", "volgens"}
	eachReleasedParse(t, ParseOptions{}, func(set string, f goldFixture, d *Document) {
		for _, s := range d.Statements {
			if inGold(f.gold.Statements, s) {
				continue
			}
			for _, g := range f.gold.Statements {
				if obliqueOf(goldLow(s.Speaker), goldArticleless(g.Speaker)) {
					t.Logf("OBLQ %s | %s | got %q | gold %q | %.80q", set, filepath.Base(f.doc), s.Speaker, g.Speaker, s.Text)
					break
				}
			}
		}
		seen := map[string]bool{}
		for _, s := range d.Statements {
			words := strings.Fields(s.Speaker)
			nom := strings.Join(nominativeName(d.Source.Lang, words), " ")
			if seen[s.Speaker] || nom == s.Speaker {
				continue
			}
			seen[s.Speaker] = true
			inGoldSp := false
			for _, g := range f.gold.Statements {
				inGoldSp = inGoldSp || goldArticleless(g.Speaker) == goldLow(nom)
			}
			if inGoldSp || strings.Contains(string(f.data), nom) {
				t.Logf("OBLX %s | %s | got %q | nominative %q (gold %v)", set, filepath.Base(f.doc), s.Speaker, nom, inGoldSp)
			}
		}
		for _, g := range f.gold.Statements {
			if g.foundIn(d.Statements) {
				continue
			}
			for _, s := range d.Statements {
				if g.matchesSpeaker(s) {
					t.Logf("ROLE %s | %s | gold %q | got %q", set, filepath.Base(f.doc), g.Role, s.Role)
					break
				}
			}
		}
		low := goldLow(string(f.data))
		for _, g := range f.gold.Statements {
			if g.foundIn(d.Statements) {
				continue
			}
			w := strings.Fields(goldArticleless(g.Speaker))
			if len(w) == 0 {
				continue
			}
			sur := []rune(w[len(w)-1])
			if len(sur) < 4 {
				continue
			}
			stem := string(sur[:len(sur)-2])
			for _, a := range asides {
				hit := false
				for i := 0; ; {
					j := strings.Index(low[i:], a+" ")
					if j < 0 {
						break
					}
					i += j + len(a)
					win := low[i:min(len(low), i+120)]
					if strings.Contains(win, stem) {
						hit = true
						break
					}
				}
				if hit {
					got := ""
					for _, s := range d.Statements {
						if g.nearIn([]Statement{s}) != "" {
							got = s.Speaker
						}
					}
					t.Logf("ASIDE %s | %s | %q | gold %q | got %q | %.60q", set, filepath.Base(f.doc), a, g.Speaker, got, g.Fragment)
					break
				}
			}
		}
	})
}

// obliqueOf says whether got differs from gold only by the endings of its
// words: the same number of words, each sharing all but its last three
// letters at most, and at least one word different.
func obliqueOf(got, gold string) bool {
	gw, dw := strings.Fields(got), strings.Fields(gold)
	if len(gw) != len(dw) || got == gold {
		return false
	}
	for i := range gw {
		a, b := []rune(gw[i]), []rune(dw[i])
		n := 0
		for n < len(a) && n < len(b) && a[n] == b[n] {
			n++
		}
		if n < 3 || len(a)-n > 3 || len(b)-n > 3 {
			return false
		}
	}
	return true
}

// TestObliqueSpeakerDoc prints every statement extracted from the released
// document named by PLANBOT_CASE_DOC (a path under corpus/), for reading a
// cause table's rows.
func TestObliqueSpeakerDoc(t *testing.T) {
	p := os.Getenv("PLANBOT_CASE_DOC")
	if p == "" || isBlind(p) {
		t.Skip("set PLANBOT_CASE_DOC to a released document")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(data, ParseOptions{Name: filepath.Base(p), Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		t.Logf("STMT %q | %q | %.100q", s.Speaker, s.Role, s.Text)
	}
}
