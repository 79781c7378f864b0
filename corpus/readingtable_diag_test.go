package corpus

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// readingRow counts, for one reading, the released statements whose words
// a gold statement holds (attributed), how many of those it gave to the
// gold speaker (right) or to someone else (wrong), and, for the wrong and
// right ones, whether a simple alternative would have been right: the
// runner-up (the speaker before an emit-time reading replaced it) and the
// nearest named person before the words (same sentence, then paragraph).
type readingRow struct {
	attributed, right, wrong int
	pronounGold              int // wrong by a gold speaker that is a bare pronoun ("he", "elle"): the writers' convention, not counted as wrong
	sets, wrongSets          map[string]bool
	upWin, upLose            int // runner-up right where the reading was wrong; runner-up wrong where it was right
	nearWin, nearLose        int // nearest preceding name, the same
	upWinSets, nearWinSets   map[string]bool
	upLoseSets, nearLoseSets map[string]bool
	kinWin, kinLose          int // the relation phrase the words open with ("su hermano, camionero …"), as an unnamed source: right where the reading was wrong; not the gold speaker, whatever the reading gave
	kinWinSets, kinLoseSets  map[string]bool
}

func newReadingRow() *readingRow {
	return &readingRow{sets: map[string]bool{}, wrongSets: map[string]bool{}, upWinSets: map[string]bool{},
		nearWinSets: map[string]bool{}, upLoseSets: map[string]bool{}, nearLoseSets: map[string]bool{},
		kinWinSets: map[string]bool{}, kinLoseSets: map[string]bool{}}
}

// TestReadingTableDiag prints, for every reading that gives a statement
// its speaker (readingtrace.go: the emit call and the emit-time readings
// that replaced the speaker), what it did on the released extraction sets
// (never a blind one): statements whose words a gold statement holds,
// right and wrong speaker, in how many sets, and whether the runner-up or
// the nearest preceding named person would have been right (win) or
// wrong where the reading was right (lose). It runs only with
// PLANBOT_READING_DIAG set:
//
//	PLANBOT_READING_DIAG=1 go test ./corpus -run TestReadingTableDiag -v -count=1
//
// PLANBOT_READING_DIAG=lines keys the rows by the emit call's line too,
// and =wrong prints each wrong statement as well.
func TestReadingTableDiag(t *testing.T) {
	mode := os.Getenv("PLANBOT_READING_DIAG")
	if mode == "" {
		t.Skip("set PLANBOT_READING_DIAG to print the reading table")
	}
	rows := map[string]*readingRow{}
	eachReleasedParse(t, ParseOptions{trace: true}, func(set string, f goldFixture, d *Document) {
		names := docNames(d.Statements)
		paras := map[int]string{}
		for _, p := range d.Passages {
			paras[p.Position] = p.Text
		}
		for _, s := range d.Statements {
			var held []goldStatement
			for _, g := range f.gold.Statements {
				if g.holds(s) {
					held = append(held, g)
				}
			}
			if len(held) == 0 {
				continue
			}
			key := s.reading
			if key == "" {
				key = "(untraced)"
			}
			if mode != "lines" {
				key = readingFunc(key)
			}
			r := rows[key]
			if r == nil {
				r = newReadingRow()
				rows[key] = r
			}
			r.attributed++
			r.sets[set] = true
			right := heldBySpeaker(held, s.Speaker)
			near := nearestName(paras[s.Position], s.Text, names)
			upRight := s.runnerUp != "" && heldBySpeaker(held, s.runnerUp)
			nearRight := near != "" && heldBySpeaker(held, near)
			kin := kinOpened(s.Text)
			kinRight := kin && heldBySpeaker(held, unnamedSpeaker)
			if kin && !kinRight && !pronounGold(held) {
				// the relative is not who the gold names, whether or
				// not the reading was right (a name form the scorer
				// does not join is a loss too)
				r.kinLose++
				r.kinLoseSets[set] = true
				if mode == "wrong" || mode == key {
					t.Logf("KINLOSE %s | %s | %s | gold %q | got %q | %.80q", key, set, filepath.Base(f.doc), held[0].Speaker, s.Speaker, s.Text)
				}
			}
			if right {
				r.right++
				if s.runnerUp != "" && !upRight {
					r.upLose++
					r.upLoseSets[set] = true
				}
				if near != "" && !nearRight {
					r.nearLose++
					r.nearLoseSets[set] = true
				}
				continue
			}
			if pronounGold(held) {
				r.pronounGold++
				continue
			}
			r.wrong++
			r.wrongSets[set] = true
			if upRight {
				r.upWin++
				r.upWinSets[set] = true
			}
			if nearRight {
				r.nearWin++
				r.nearWinSets[set] = true
			}
			if kinRight {
				r.kinWin++
				r.kinWinSets[set] = true
			}
			if mode == "wrong" || mode == key {
				t.Logf("WRONG %s | %s | %s | gold %q | got %q | up %q | near %q | kin %v | %.80q", key, set, filepath.Base(f.doc), held[0].Speaker, s.Speaker, s.runnerUp, near, kinRight, s.Text)
			}
		}
	})
	keys := make([]string, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(rows[b].wrong, rows[a].wrong), cmp.Compare(rows[b].attributed, rows[a].attributed), cmp.Compare(a, b))
	})
	t.Logf("READING | attributed | right | wrong | gold a pronoun | sets | wrong sets | runner-up win/lose (sets) | nearest name win/lose (sets) | kin opening win/lose (sets)")
	var tot readingRow
	for _, k := range keys {
		r := rows[k]
		tot.attributed += r.attributed
		tot.right += r.right
		tot.wrong += r.wrong
		tot.pronounGold += r.pronounGold
		t.Logf("READING %s | %d | %d | %d | %d | %d | %d | %d/%d (%d/%d) | %d/%d (%d/%d) | %d/%d (%d/%d)", k, r.attributed, r.right, r.wrong, r.pronounGold, len(r.sets), len(r.wrongSets),
			r.upWin, r.upLose, len(r.upWinSets), len(r.upLoseSets), r.nearWin, r.nearLose, len(r.nearWinSets), len(r.nearLoseSets),
			r.kinWin, r.kinLose, len(r.kinWinSets), len(r.kinLoseSets))
	}
	t.Logf("READING total | %d | %d | %d | %d", tot.attributed, tot.right, tot.wrong, tot.pronounGold)
}

// holds reports whether s holds g's words: the whole fragment, or three
// in five of its words as nearIn counts them.
func (g goldStatement) holds(s Statement) bool {
	if strings.Contains(goldLow(s.Text), fragmentWords(g.Fragment)) || g.attributedIn(s.Text) {
		return true
	}
	return g.nearIn([]Statement{s}) != ""
}

// pronounGold reports whether every gold statement held names a bare
// pronoun as its speaker with nobody in alt_speaker (goldPronouns,
// TestGoldPronounsNamed: none is left in the released sets since stop 64).
func pronounGold(held []goldStatement) bool {
	for _, g := range held {
		sp := goldLow(g.Speaker)
		if g.AltSpeaker != "" || pronounGender[sp] == "" && !goldPronouns[sp] {
			return false
		}
	}
	return true
}

// heldBySpeaker reports whether one of the gold statements held is the words of
// speaker, the role aside.
func heldBySpeaker(held []goldStatement, speaker string) bool {
	for _, g := range held {
		if g.matchesSpeaker(Statement{Speaker: speaker, Text: g.Fragment}) {
			return true
		}
	}
	return false
}

// readingFunc is a reading without its file and line:
// "sentence@statements:912/subject:named+backref" is
// "sentence/subject:named+backref".
func readingFunc(r string) string {
	at := strings.Index(r, "@")
	if at < 0 {
		return r
	}
	rest := r[at:]
	end := strings.IndexAny(rest, "+/")
	if end < 0 {
		return r[:at]
	}
	return r[:at] + rest[end:]
}

// kinOpened reports whether text opens with a possessive relation phrase
// of relations.json set off by a comma ("su hermano, camionero …", "His
// wife, he said, …", "Його онук, за його словами, …"): words the relative
// said, relayed. (Without the comma the words are as often about the
// relative: "her mother still lives forty kilometres from the plant".)
func kinOpened(text string) bool {
	toks := tokenizeInto(nil, text)
	for j := 1; j <= 3 && j < len(toks); j++ {
		if possessiveRelation(toks, 0, j) && toks[j].trail == "," {
			return true
		}
	}
	return false
}

// docNames are the people extraction named as speakers in a document,
// the candidates of the nearest-name alternative.
func docNames(ss []Statement) []string {
	var names []string
	for _, s := range ss {
		if s.Speaker != unnamedSpeaker && strings.Contains(s.Speaker, " ") && !slices.Contains(names, s.Speaker) {
			names = append(names, s.Speaker)
		}
	}
	return names
}

// nearestName is the candidate named (full name or surname) nearest
// before the statement's words in their paragraph: in the same sentence
// first, else earlier in the paragraph. "" when none is.
func nearestName(para, text string, names []string) string {
	if para == "" {
		return ""
	}
	head := text
	if len(head) > 40 {
		head = head[:40]
		for !strings.HasSuffix(head, " ") && len(head) > 10 {
			head = head[:len(head)-1]
		}
	}
	at := strings.Index(para, strings.TrimSpace(head))
	if at < 0 {
		return ""
	}
	before := para[:at]
	best, bestAt := "", -1
	for _, n := range names {
		f := strings.Fields(n)
		for _, form := range []string{n, f[len(f)-1]} {
			if i := lastWordAt(before, form); i > bestAt {
				best, bestAt = n, i
			}
		}
	}
	return best // the nearest: in the sentence when one is there
}

// lastWordAt is the last index of form in s as whole words (wordIndex),
// -1 if none.
func lastWordAt(s, form string) int {
	last := -1
	for from := 0; from < len(s); {
		i := wordIndex(s[from:], form)
		if i < 0 {
			break
		}
		last = from + i
		from = last + len(form)
	}
	return last
}
