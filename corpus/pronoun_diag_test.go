package corpus

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// diagPronouns are the subject pronouns news text writes for a speaker
// named before, in the corpus's languages (both genders), for the pronoun
// diagnosis only: which sentence's speaker is a pronoun.
var diagPronouns = map[string]bool{
	"he": true, "she": true, "er": true, "sie": true, "il": true, "elle": true, "lui": true, "lei": true,
	"он": true, "она": true, "він": true, "вона": true, "on": true, "ona": true, "hij": true, "zij": true, "ze": true,
	"han": true, "hon": true, "hun": true, "él": true, "ella": true, "ele": true, "ela": true, "el": true, "ea": true,
	"той": true, "тя": true, "αυτός": true, "αυτή": true, "hän": true, "ő": true, "jis": true, "ji": true, "viņš": true, "viņa": true,
}

// TestPronounSpeakerDiag prints, for every released extraction set (never
// a blind one), the gold statements missed whose sentence names the
// speaker only by a subject pronoun ("pronoun") or not at all in a
// subject-drop language ("dropped"): set, file, kind, how it was missed
// (nearIn: "speaker" given to someone else, "bounds" cut otherwise, ""
// never extracted), gold and extracted speaker, the sentence. The table
// at the end counts them by kind and miss, with distinct sets. It runs only
// with PLANBOT_PRONOUN_DIAG set:
//
//	PLANBOT_PRONOUN_DIAG=1 go test ./corpus -run TestPronounSpeakerDiag -v -count=1
func TestPronounSpeakerDiag(t *testing.T) {
	if os.Getenv("PLANBOT_PRONOUN_DIAG") == "" {
		t.Skip("set PLANBOT_PRONOUN_DIAG to print the pronoun-speaker misses")
	}
	drop := subjectDrop
	type row struct {
		n    int
		sets map[string]bool
	}
	rows := map[string]*row{}
	eachReleasedParse(t, ParseOptions{trace: true}, func(set string, f goldFixture, d *Document) {
		lang := detectLang(string(f.data))
		low := goldLow(string(f.data))
		for _, g := range f.gold.Statements {
			if g.foundIn(d.Statements) {
				continue
			}
			frag := fragmentWords(g.Fragment)
			at := strings.Index(low, frag)
			if at < 0 || frag == "" {
				continue
			}
			sent := diagSentence(low, at, at+len(frag))
			outside := strings.Replace(sent, frag, " ", 1)
			sur := goldLow(g.Speaker)
			if fs := strings.Fields(sur); len(fs) > 0 {
				sur = fs[len(fs)-1]
			}
			if len(sur) > 5 {
				sur = sur[:len(sur)-2] // a case ending
			}
			if sur != "" && strings.Contains(sent, sur) {
				continue // named in the sentence
			}
			kind := ""
			for _, w := range strings.FieldsFunc(outside, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if diagPronouns[w] {
					kind = "pronoun:" + w
					break
				}
			}
			if kind == "" {
				if !drop[lang] {
					continue
				}
				kind = "dropped"
			}
			miss := g.nearIn(d.Statements)
			got, reading := "", ""
			for _, s := range d.Statements {
				if g.holds(s) {
					got, reading = s.Speaker, readingFunc(s.reading)
					break
				}
			}
			k := strings.SplitN(kind, ":", 2)[0] + " | " + lang + " | " + cmp.Or(miss, "never")
			r := rows[k]
			if r == nil {
				r = &row{sets: map[string]bool{}}
				rows[k] = r
			}
			r.n++
			r.sets[set] = true
			t.Logf("PRON %s | %s | %s | %s | gold %q | got %q | %s | %.220q", set, filepath.Base(f.doc), kind, cmp.Or(miss, "never"), g.Speaker, got, reading, sent)
		}
	})
	keys := make([]string, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		sets := make([]string, 0, len(rows[k].sets))
		for s := range rows[k].sets {
			sets = append(sets, strings.TrimPrefix(s, "heldout-"))
		}
		slices.Sort(sets)
		t.Logf("PRONROW %s | %d | %d | %s", k, rows[k].n, len(sets), strings.Join(sets, " "))
	}
}

// diagSentence is the sentence around low[from:to]: back to the sentence
// end before from, on to the one after to.
func diagSentence(low string, from, to int) string {
	start := 0
	for _, e := range []string{". ", "? ", "! ", " # ", " - "} {
		if i := strings.LastIndex(low[:from], e); i+len(e) > start && i >= 0 {
			start = i + len(e)
		}
	}
	if from-start > 300 {
		start = from - 300
	}
	end := len(low)
	for _, e := range []string{". ", "? ", "! "} {
		if i := strings.Index(low[to:], e); i >= 0 && to+i+1 < end {
			end = to + i + 1
		}
	}
	if end-to > 200 {
		end = to + 200
	}
	for start > 0 && start < len(low) && low[start]&0xC0 == 0x80 {
		start--
	}
	for end < len(low) && low[end]&0xC0 == 0x80 {
		end++
	}
	return low[start:end]
}
