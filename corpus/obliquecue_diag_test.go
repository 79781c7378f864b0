package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestObliqueCueDiag prints, for every released extraction set (never a
// blind one) in a language that declines names, each capitalised run
// after an according or opinion cue ("по словам Петрова", "według
// Kowalskiego", "potrivit Anei") whose last word's stem is in a gold
// speaker or alt_speaker of the document, with whether that gold statement
// was found and to whom the words went: the cause table of names in an
// oblique case (stop 66, zoblique). Only with PLANBOT_CASE_DIAG set:
//
//	PLANBOT_CASE_DIAG=1 go test ./corpus -run TestObliqueCueDiag -v -count=1
func TestObliqueCueDiag(t *testing.T) {
	if os.Getenv("PLANBOT_CASE_DIAG") == "" {
		t.Skip("set PLANBOT_CASE_DIAG to print names after according cues in declining languages")
	}
	langs := map[string]bool{"ru": true, "uk": true, "pl": true, "cs": true, "sk": true, "hr": true, "sr": true, "lt": true, "lv": true, "ro": true, "bg": true, "sl": true, "be": true}
	re := regexp.MustCompile(`(?i)(по словам|по мнению|по оценке|по данным|по информации|за словами|на думку|за даними|за оцінкою|як заявив|как заявил|zdaniem|według|wg|podle|podľa|dle|prema riječima|prema|po riječima|potrivit|conform|pasak|teigimu|pēc|по думите на|според)\s+((?:[\p{Lu}][\p{L}'’-]*\s*){1,3})`)
	eachReleasedParse(t, ParseOptions{}, func(set string, f goldFixture, d *Document) {
		if !langs[d.Source.Lang] {
			return
		}
		for _, m := range re.FindAllStringSubmatch(string(f.data), -1) {
			names := strings.Fields(m[2])
			last := []rune(goldLow(names[len(names)-1]))
			if len(last) < 4 {
				continue
			}
			stem := string(last[:len(last)-2])
			for _, g := range f.gold.Statements {
				sp := goldArticleless(g.Speaker) + " " + goldLow(g.AltSpeaker)
				if !strings.Contains(sp, stem) {
					continue
				}
				got := ""
				for _, s := range d.Statements {
					if strings.Contains(goldLow(s.Text), fragmentWords(g.Fragment)) {
						got = s.Speaker
					}
				}
				t.Logf("OBLCUE %s %s | %s | %q %q | gold %q alt %q | found=%v got %q", set, d.Source.Lang, filepath.Base(f.doc), m[1], m[2], g.Speaker, g.AltSpeaker, g.foundIn(d.Statements), got)
			}
		}
	})
}
