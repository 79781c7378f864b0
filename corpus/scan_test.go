package corpus

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestPhraseSetMatchesIndex checks that phraseSet answers what a
// strings.Index per phrase answers, on chosen texts and random ones.
func TestPhraseSetMatchesIndex(t *testing.T) {
	phrases := []string{"told ", "quoted by ", "interview with ", "в интервью ", "im interview mit ", "x", "to", "", "X"}
	ps := newPhraseSet(phrases)
	check := func(s string) {
		t.Helper()
		low, fold := s, true
		if !isASCII(s) {
			low, fold = strings.ToLower(s), false
		}
		at := ps.firstIndexes(low, fold, nil)
		for j, p := range phrases {
			if want := strings.Index(strings.ToLower(s), p); at[j] != want && len(strings.ToLower(s)) == len(s) {
				t.Errorf("%q in %q: got %d, want %d", p, s, at[j], want)
			}
		}
	}
	for _, s := range []string{
		"", "t", "to", "He TOLD reporters he had been told so.",
		"She said in an Interview With Deutsche Welle that it was told ",
		"Он сказал В интервью РИА Новости, что …",
		"Er sagte Im Interview mit der FAZ", "foretold x",
	} {
		check(s)
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"t", "o", "l", "d", " ", "T", "x", "в", "и", "quoted by ", "told ", "I", "m"}
	for range 2000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		check(b.String())
	}
}

// normaliseBodyCopy is normaliseBody as it was before it learned to return
// a canonical body without copying it: the reference the lazy writer must
// agree with.
func normaliseBodyCopy(body string) string {
	var b strings.Builder
	blank := 0
	started := false
	for line := range strings.SplitSeq(body, "\n") {
		line = trimRightSpace(line)
		if strings.TrimSpace(line) == "" {
			if started {
				blank++
			}
			continue
		}
		if started {
			b.WriteByte('\n')
			if blank > 0 {
				b.WriteByte('\n')
			}
		}
		blank = 0
		started = true
		indent := len(line) - len(strings.TrimLeft(line, " \t"))
		b.WriteString(strings.Repeat(" ", min(indent, 8)))
		collapseSpaces(&b, line[indent:])
	}
	return b.String()
}

func TestNormaliseBodyMatchesCopy(t *testing.T) {
	for _, s := range []string{
		"", "\n", "a", "a\n", "a\n\n", "a\n\n\nb", "  a\n\t b", "a  b", "a\u00a0b\u00a0",
		"\n\na\nb\n \n\nc\n", "          deep\n   \tmixed", "x \ny\t\n\u2003\nz",
	} {
		if got, want := normaliseBody(s), normaliseBodyCopy(s); got != want {
			t.Errorf("normaliseBody(%q) = %q, want %q", s, got, want)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "b", " ", "  ", "\t", "\n", "\n\n", "\u00a0", "\u2003", "é"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := normaliseBody(s), normaliseBodyCopy(s); got != want {
			t.Fatalf("normaliseBody(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestAppendLowerMatchesToLower(t *testing.T) {
	for _, s := range []string{"", "ABC", "Зеленський СКАЗАВ", "Im Gespräch MIT", "İstanbul", "\u212a", "bad \xff byte", "ΣΑΣ", "“Quoted” — DASH"} {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// needsCollapseBytes is needsCollapse one byte at a time, the reference
// for the eight-byte version.
func needsCollapseBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case 0xC2:
			if i+1 < len(s) && s[i+1] == 0xA0 {
				return true
			}
		}
	}
	return false
}

func TestNeedsCollapseMatchesBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"a", "b", " ", "\t", "\u00a0", "\xc2", "\xa0", "«", "é", "xxxxxxx"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := needsCollapse(s), needsCollapseBytes(s); got != want {
			t.Fatalf("needsCollapse(%q) = %v, want %v", s, got, want)
		}
	}
	// each pattern at each offset of plain text, and text with single
	// spaces and Latin-1 letters only
	for _, pat := range []string{"  ", "\t", "\u00a0", " a ", "\xc2", "é ", " «"} {
		for n := range 24 {
			for tail := range 10 {
				s := strings.Repeat("a", n) + pat + strings.Repeat("b", tail)
				if got, want := needsCollapse(s), needsCollapseBytes(s); got != want {
					t.Fatalf("needsCollapse(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
	words := []string{"word", "é", "«", "»", "x", "\xc2", "\xa0"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(20) {
			b.WriteString(words[r.IntN(len(words))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if got, want := needsCollapse(s), needsCollapseBytes(s); got != want {
			t.Fatalf("needsCollapse(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestLowerSetMatchesToLower(t *testing.T) {
	m := map[string]bool{"point": true, "punkt": true, "пункте": true, "clausole": true, "größe": true}
	s := newLowerSet(m)
	for _, w := range []string{"point", "Point", "POINT", "points", "Punkt", "ПУНКТЕ", "Пункте", "пУНКТЕ", "Clausole", "GRÖSSE", "Größe", "GRÖßE", "", "x", "\xff", strings.Repeat("a", 80)} {
		if got, want := s.has(w), m[strings.ToLower(w)]; got != want {
			t.Errorf("has(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestHasPrefixLoweredMatchesToLower(t *testing.T) {
	for _, s := range []string{"", "Nr 5", "NR. 5", "№ 5", "No. 12", "n. 3", "ПУНКТ", "\xffNr", "İx", "\u212a"} {
		for _, p := range []string{"", "№", "nr ", "nr. ", "no. ", "n. ", "k", "i"} {
			if got, want := hasPrefixLowered(s, p), strings.HasPrefix(strings.ToLower(s), p); got != want {
				t.Errorf("hasPrefixLowered(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
	}
}

func TestLowerIsFold(t *testing.T) {
	for _, s := range []string{"", "Plain ASCII", "“Quoted” — dash «x»", "Зеленський", "зеленський", "Größe", "GRÜN", "bad \xff", "\ufffd ok", "İx", "\u212a"} {
		want := strings.ToLower(s) == lowerASCII(s)
		if got := lowerIsFold(s); got != want {
			t.Errorf("lowerIsFold(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFirstFields checks that the opening words are those strings.Fields
// gives, in any script and with any white space between them.
func TestFirstFields(t *testing.T) {
	for _, s := range []string{
		"",
		"   ",
		"Clause 4 provides that",
		"  Пункт\u00a0 7 предусматривает обмен",
		"Artikel\t9\nregelt die Wahlen",
		"one two",
	} {
		for n := 0; n <= 4; n++ {
			want := strings.Fields(s)
			want = want[:min(n, len(want))]
			got := firstFields(s, make([]string, 0, n))
			if !slices.Equal(got, want) {
				t.Errorf("firstFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestHasWordSeq checks the plan-word match on whole words, with a plural
// s, in two languages, against the split-then-compare it replaces.
func TestHasWordSeq(t *testing.T) {
	seqs := [][]string{{"road", "map"}, {"accord"}, {"мирный", "план"}}
	for _, c := range []struct {
		low  string
		want bool
	}{
		{"the new road map for the talks", true},
		{"two road maps were drafted", true},
		{"a roadmap in one word", false},
		{"the accords of last year", true},
		{"they accorded little weight", false},
		{"новый мирный план обсуждали", true},
		{"мирный процесс и план", false},
		{"", false},
	} {
		if got := hasWordSeq(c.low, seqs); got != c.want {
			t.Errorf("hasWordSeq(%q) = %v, want %v", c.low, got, c.want)
		}
	}
}

// TestLastIndex checks lastIndex against strings.LastIndex, with
// overlapping and repeated separators and in two scripts.
func TestLastIndex(t *testing.T) {
	for _, c := range []struct{ s, sep string }{
		{"", "x"},
		{"abc", ""},
		{"", ""},
		{"the deal under the plan, under the terms", " under the "},
		{"no such phrase here", " under the "},
		{"aaaa", "aa"},
		{"– Nie teraz – powiedział – dodał", " – "},
		{"— Да, — сказал он", " — "},
	} {
		if got, want := lastIndex(c.s, c.sep), strings.LastIndex(c.s, c.sep); got != want {
			t.Errorf("lastIndex(%q, %q) = %d, want %d", c.s, c.sep, got, want)
		}
	}
}

// TestContainsAny checks containsAny against strings.ContainsAny on
// chosen texts in several scripts, invalid bytes and random strings.
func TestContainsAny(t *testing.T) {
	sets := []string{"", ",;:", "“\"«„‹", "“”\"—–()«»„‹›", ".:;\"“”«»?!", "\ufffd", "\xff", "é"}
	texts := []string{"", "plain words", "he said, then left", "«Мир»", "„Frieden“ jetzt", "a — b", "caf\xe9", "x\ufffdy", "résumé", "‹›", "word)"}
	rng := rand.New(rand.NewPCG(7, 12))
	alphabet := []string{"a", " ", ",", "“", "”", "«", "—", "é", "\xff", "(", "ж", "\ufffd"}
	for range 300 {
		texts = append(texts, randomText(rng, alphabet, 12))
	}
	for _, chars := range sets {
		for _, s := range texts {
			if got, want := containsAny(s, chars), strings.ContainsAny(s, chars); got != want {
				t.Errorf("containsAny(%q, %q) = %v, want %v", s, chars, got, want)
			}
		}
	}
}

// TestDotThenDigitPrefilter checks that the prefilter never rejects what
// datelineDot matches, in several scripts, and rejects plain leads.
func TestDotThenDigitPrefilter(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"Москва. 24 ноября. ТАСС - Кремль не получил текст.", true},
		{"Kyjiw. 3 grudnia. PAP - Rozmowy trwają.", true},
		{"Nowa Huta.  7 marca. RMF - tekst", true},
		{"The talks went on. 28 points remain.", true}, // passes the filter; the regexp decides
		{"The talks went on for hours.", false},
		{"Geneva.Then 28", false},
		{".5 percent", false},
		{"", false},
	} {
		if got := dotThenDigit(c.p); got != c.want {
			t.Errorf("dotThenDigit(%q) = %v, want %v", c.p, got, c.want)
		}
		if datelineDot.MatchString(datelineWindow(c.p)) && !dotThenDigit(c.p) {
			t.Errorf("%q: datelineDot matches but the prefilter rejects it", c.p)
		}
		if strings.Contains(c.p, " - ") && !datelineDot.MatchString(datelineWindow(c.p)) {
			t.Errorf("%q: the dateline cases must be datelines", c.p)
		}
	}
}

// TestHasAnyPhrase checks hasAnyPhrase against a strings.Contains per
// phrase, for phrases sharing a first byte and not, in two languages.
func TestHasAnyPhrase(t *testing.T) {
	sets := [][]string{
		nil,
		{", however,", ", en cambio,", ", invece,"},
		{", however,", "zwar", ""},
		{"пункт", "point"},
	}
	texts := []string{"", "The plan, however, stands.", "El plan, en cambio, no.", "Il piano, invece,", "a, b, c", ", however", "Пункт 5", "no match here", "x, invece, y, however,"}
	for _, ps := range sets {
		for _, s := range texts {
			want := false
			for _, p := range ps {
				want = want || strings.Contains(s, p)
			}
			if got := hasAnyPhrase(s, ps); got != want {
				t.Errorf("hasAnyPhrase(%q, %q) = %v, want %v", s, ps, got, want)
			}
		}
	}
}

// TestPlanSeqIndexMatchesLoop checks the indexed look for the lexicon's
// plan words against the plain loop (a copy of the list is not indexed),
// on lead-ins in several languages, plurals and near misses.
func TestPlanSeqIndexMatchesLoop(t *testing.T) {
	seqs := lexiconData().planWordSeqs
	plain := append([][]string(nil), seqs...)
	for _, low := range []string{
		"", "the peace plans were leaked", "two road maps", "a roadmap", "the full texts of both", "the full", "planning ahead",
		"мирный план из 28 пунктов", "повний текст документа", "pełna treść porozumienia", "il testo integrale del piano",
		"nothing of the sort", "texte intégral", "the deals", "dealing with it", "s", "plans",
	} {
		if got, want := hasWordSeq(low, seqs), hasWordSeq(low, plain); got != want {
			t.Errorf("hasWordSeq(%q): indexed %v, loop %v", low, got, want)
		}
	}
	if !hasWordSeq("two road maps", seqs) || hasWordSeq("nothing of the sort", seqs) {
		t.Error("the plan words are not what the test expects")
	}
}

// TestOpenersForKeepsMatches checks that termOpenerAt finds the same
// opener through the buckets as through the whole list, in any case and
// in several languages.
func TestOpenersForKeepsMatches(t *testing.T) {
	lx := lexiconData()
	whole := func(s string) string {
		for _, o := range lx.termOpeners {
			if len(s) > len(o) && s[len(o)] == ' ' && strings.EqualFold(s[:len(o)], o) {
				return o
			}
		}
		return ""
	}
	texts := []string{"Under the plan Ukraine would", "UNDER THE PLAN", "Según el borrador, Kiev", "secondo il piano", "Согласно плану", "In base al testo", "Nothing here", "", "u", "\u212ander the plan"}
	for _, o := range lx.termOpeners {
		texts = append(texts, o+" x", strings.ToUpper(o)+" x")
	}
	for _, s := range texts {
		if got, want := termOpenerAt(lx, s), whole(s); got != want {
			t.Errorf("termOpenerAt(%q) = %q, want %q", s, got, want)
		}
	}
	if termOpenerAt(lx, "Under the plan Ukraine would") == "" {
		t.Error("no opener found where the lexicon has one")
	}
}

// TestRunesAtMost checks runesAtMost against a rune count around its
// limits, in one- to four-byte scripts and with invalid bytes.
func TestRunesAtMost(t *testing.T) {
	for _, s := range []string{"", "abc", "абв", "日本語", "𝄞𝄞", "a\xffb", strings.Repeat("ж", 50), strings.Repeat("x", 200), strings.Repeat("𝄞", 26)} {
		for _, n := range []int{0, 1, 2, 3, 6, 25, 26, 50, 100, 101} {
			if got, want := runesAtMost(s, n), utf8.RuneCountInString(s) <= n; got != want {
				t.Errorf("runesAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestLowerWordIsToLower checks that lowerWord gives what strings.ToLower
// of the token's ASCII-lowered form gives, for words of several scripts
// in upper, lower and mixed case.
func TestLowerWordIsToLower(t *testing.T) {
	text := "Песков заявил ПЕСКОВ пЕСКОВ «Кремль» Зеленський сказав Ελλάδα über Über ÜBER Ústí łódź Łódź zażółć"
	for _, tk := range tokenize(text) {
		want := tk.low
		if tk.low != "" && tk.low[0] >= 0x80 {
			want = strings.ToLower(tk.low)
		}
		if got := lowerWord(tk); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", tk.raw, got, want)
		}
	}
	mixed := tok{low: "жA"} // not what tokenize writes, but lowerWord must still lower it
	if got := lowerWord(mixed); got != "жa" {
		t.Errorf("lowerWord(%q) = %q, want %q", mixed.low, got, "жa")
	}
}

// randomText joins fewer than pieces strings drawn from alphabet: the
// random inputs on which a fast path is checked against the plain call.
func randomText(rng *rand.Rand, alphabet []string, pieces int) string {
	var b strings.Builder
	for range rng.IntN(pieces) {
		b.WriteString(alphabet[rng.IntN(len(alphabet))])
	}
	return b.String()
}
