package corpus

import (
	"strings"
	"testing"
)

// The speed-ups of stop 43 answer exactly what the loops they replace
// answered. Each table below runs the new look-up beside the old loop, on
// texts of invented words made to hit the edges: a phrase at the very
// start or end, inside a longer word, overlapping another, after a
// non-ASCII letter, or a text that lower-cases to fewer bytes.

// naiveFirst is the loop headCue ran: each phrase's first whole-phrase
// index by cuePhraseAt, keeping the strictly earliest accepted.
func naiveFirst(phrases []string, low string, ok func(j, i int) bool) (int, int) {
	at, which := -1, -1
	for j, w := range phrases {
		i := cuePhraseAt(low, w)
		if i < 0 || ok != nil && !ok(j, i) {
			continue
		}
		if at < 0 || i < at {
			at, which = i, j
		}
	}
	return at, which
}

func TestCuePhrasesMatchCuePhraseAt(t *testing.T) {
	phrases := []string{"the brolvian text", "brolvian", "zet", "a", "the brolvian", "ölvar draft", "x:", "zet zet", "—"}
	texts := []string{
		"",
		"a",
		"brolvian",
		"the brolvian text keeps point 4",
		"unlike the brolvian, the zet text",
		"zetzet zet zet",
		"our brolvians disagree",
		"kölvar draft and ölvar draft",
		"the ölvar draft",
		"x: the draft",
		"ax: no, x:",
		"a brolvian",
		"zet",
		"text — brolvian",
		"bbrolvian brolvian",
		"the brolvian text",
		"the brolvian",
	}
	c := newCuePhrases(phrases)
	for _, low := range texts {
		if got, want := c.any(low), func() bool { i, _ := naiveFirst(phrases, low, nil); return i >= 0 }(); got != want {
			t.Errorf("any(%q) = %v, want %v", low, got, want)
		}
		gi, gj := c.first(low, nil)
		wi, wj := naiveFirst(phrases, low, nil)
		if gi != wi || gj != wj {
			t.Errorf("first(%q) = %d, %d, want %d, %d", low, gi, gj, wi, wj)
		}
		// a condition like headCue's: some phrases only at the head
		atHead := func(j, i int) bool { return j%2 == 1 || i == 0 }
		gi, gj = c.first(low, atHead)
		wi, wj = naiveFirst(phrases, low, atHead)
		if gi != wi || gj != wj {
			t.Errorf("first(%q, atHead) = %d, %d, want %d, %d", low, gi, gj, wi, wj)
		}
	}
}

// TestHeadCueSetMatchesData checks the loaded judgement and cue phrase
// sets against the data files' own loop on sentences of every kind the
// extraction fixtures hold: the per-phrase loop and the set agree.
func TestHeadCueSetMatchesData(t *testing.T) {
	texts := []string{
		"the european text keeps the u.s. numbering.",
		"washington's point 13 readmits the partner to the g8.",
		"european capitals should press for point 10 before the summit.",
		"in der europäischen fassung bleibt das geld blockiert.",
		"their version keeps the assets frozen until a settlement.",
		"frankly, i would be astonished if this held.",
		"point 26 is the hardest of all.",
	}
	var judgements []string
	judgements = append(judgements, versionCueData().Judgements...)
	judgements = append(judgements, textJudgements()...)
	f := versionCueData()
	var cues []string
	var start []bool
	for _, c := range f.Cues {
		for _, w := range c.Words {
			cues = append(cues, w)
			start = append(start, c.Start)
		}
	}
	for _, low := range texts {
		wi, _ := naiveFirst(judgements, low, nil)
		if got := judgementPhrases().any(low); got != (wi >= 0) {
			t.Errorf("judgementPhrases().any(%q) = %v, want %v", low, got, wi >= 0)
		}
		ok := func(j, i int) bool { return !start[j] || i == 0 }
		wi, wj := naiveFirst(cues, low, ok)
		gi, gj := headCuePhrases().set.first(low, ok)
		if gi != wi || gj != wj {
			t.Errorf("headCuePhrases().first(%q) = %d, %d, want %d, %d", low, gi, gj, wi, wj)
		}
	}
}

func TestPrefixListMatchesHasAnyPrefix(t *testing.T) {
	list := []string{"photo:", "ph", "p", "foto ", "знімок:", "zdjęcie"}
	pl := newPrefixList(list)
	for _, s := range []string{"", "p", "ph", "pho", "photo: a", "foto", "foto x", "знімок: б", "зн", "zdjęcie 1", "zdj", "xp", "q"} {
		if got, want := pl.opens([]byte(s)), hasAnyPrefix([]byte(s), list); got != want {
			t.Errorf("opens(%q) = %v, want %v", s, got, want)
		}
	}
	noShort := []string{"ab", "abc", "ñu"}
	pl = newPrefixList(noShort)
	for _, s := range []string{"", "a", "ab", "ñ", "ñu", "ñuñ", "b"} {
		if got, want := pl.opens([]byte(s)), hasAnyPrefix([]byte(s), noShort); got != want {
			t.Errorf("opens(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLowerHeadOpensLower checks lowerHead's promise on texts whose lower
// case is shorter (the Kelvin sign, a dotted capital I), longer, or
// not valid UTF-8, cut at every length.
func TestLowerHeadOpensLower(t *testing.T) {
	texts := []string{
		"Sincerely yours, Mara Vell",
		"\u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a kelvins",
		"İİİİİİİİİİİİİİİİİİ dotted",
		"ȺȺȺȺȺȺȺ grows",
		"З повагою, Ірина Сорока",
		"\xff\xfe broken \xe2\x82",
		"",
		"We, the",
	}
	for _, s := range texts {
		full := strings.ToLower(s)
		for n := 0; n <= 12; n++ {
			h := lowerHead(nil, s, n)
			if !strings.HasPrefix(full, h) {
				t.Errorf("lowerHead(%q, %d) = %q, not a head of %q", s, n, h, full)
			}
			if len(h) < n && h != full {
				t.Errorf("lowerHead(%q, %d) = %q, shorter than %d and not all of %q", s, n, h, n, full)
			}
		}
	}
}

// TestIsMarkMatchesMarkLine checks isMark against the map look-up of
// markLine it stands for, on marks and on long lines.
func TestIsMarkMatchesMarkLine(t *testing.T) {
	marks := map[string]bool{"begin text": true, "k": true}
	longest := longestOf([]string{"begin text", "k"})
	for _, s := range []string{"Begin text:", "  BEGIN TEXT. ", "— Begin text —", "\u212a", "\u212a\u212a", "K.", strings.Repeat("\u212a", 11), "Begin text: the leaders of Brolvia and Kestmark met today."} {
		if got, want := isMark(marks, longest, s), marks[markLine(s)]; got != want {
			t.Errorf("isMark(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFirstTokLow checks firstTokLow against tokenize's first word.
func TestFirstTokLow(t *testing.T) {
	for _, s := range []string{"", " ", "Answered on 3 May", "  “Answered,” she said", "ÉCRIT par", "x"} {
		want := ""
		if toks := tokenize(s); len(toks) > 0 {
			want = toks[0].low
		}
		if got := firstTokLow(s); got != want {
			t.Errorf("firstTokLow(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFieldCountMatchesFields checks fieldCount and firstField against
// strings.Fields, with every kind of space it splits at and bytes that
// are not UTF-8.
func TestFieldCountMatchesFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", " one  two ", "a\tb\nc\vd\fe\rf", "no\u00a0break", "next\u0085line", "ideo\u3000graphic", "thin\u2009space", "\xff \xfe\xfd", "  Ключ слово  ", "x\u200by"} {
		f := strings.Fields(s)
		if got := fieldCount(s); got != len(f) {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, len(f))
		}
		want := ""
		if len(f) > 0 {
			want = f[0]
		}
		if got := firstField(s); got != want {
			t.Errorf("firstField(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestRuleLineMatchesCopy checks ruleLine against the copy without
// spaces it used to test.
func TestRuleLineMatchesCopy(t *testing.T) {
	old := func(t string) bool {
		t = strings.ReplaceAll(strings.TrimSpace(t), " ", "")
		return len(t) >= 3 && (strings.Trim(t, "-") == "" || strings.Trim(t, "*") == "" || strings.Trim(t, "_") == "")
	}
	for _, s := range []string{"", "---", "--", "- - -", " * * * ", "___", "-*-", "----x", "\t---\n", "— — —", "- -\t-", "**", "* *", "__ _", "a"} {
		if got, want := ruleLine(s), old(s); got != want {
			t.Errorf("ruleLine(%q) = %v, want %v", s, got, want)
		}
	}
}
