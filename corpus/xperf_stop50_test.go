package corpus

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// The stop 50 fast paths, each run beside what it stands in for on random
// texts: the answers must be the same for every text, not only for the
// documents of testdata.

// TestFieldCountMaxMatchesFields checks fieldCountMax against
// strings.Fields for every limit up to 8.
func TestFieldCountMaxMatchesFields(t *testing.T) {
	pieces := []string{"a", "Zé", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\xff", "ж", ",", "word"}
	rng := rand.New(rand.NewSource(50))
	for n := 0; n < 20000; n++ {
		s := randomJoin(rng, pieces, rng.Intn(30))
		want := len(strings.Fields(s))
		for max := 0; max <= 8; max++ {
			got := fieldCountMax(s, max)
			if want <= max && got != want || want > max && got != max+1 {
				t.Fatalf("fieldCountMax(%q, %d) = %d, strings.Fields gives %d words", s, max, got, want)
			}
		}
	}
}

// TestLookSetTriMatchesContains checks lookSet.in (with its third-byte
// filter) and lookGroup.holds against a strings.Contains per look, for
// lists with and without a shared lead byte, with looks of two bytes
// (no filter) and of one.
func TestLookSetTriMatchesContains(t *testing.T) {
	lists := [][]string{
		{" a. D. ", " in congedo ", " von ", " z ", " в отставке "},
		{"gen.", "Gen.", "płk.", "abc", "ab c"},
		{"ab", "abc", " x"},
		{"a", " von ", "zz"},
		{"gen.x", "Gen.x", "abcd", "ab cd", "płk.", "dcba"},       // a stride of 3
		{"abcdefghij", "bcdefghijk", "ab cd ef gh", "  abcdefgh"}, // of 8
	}
	pieces := []string{"a", "b", "c", "d", " ", ".", "D", "von", "z", "in", "congedo", "в", "отставке", "gen", "G", "x", "zz", "płk", "ab", "cd", "efgh", "ij", "k", "bcdefghij"}
	rng := rand.New(rand.NewSource(51))
	for _, list := range lists {
		ls := newLookSet(list)
		found := 0
		ps := pieces
		for _, l := range list {
			ps = append(ps, l[:len(l)/2], l[len(l)/2:]) // halves that join into the look now and then
		}
		for n := 0; n < 20000; n++ {
			s := randomJoin(rng, ps, rng.Intn(14))
			want := false
			for _, l := range list {
				want = want || strings.Contains(s, l)
			}
			if got := ls.in(s); got != want {
				t.Fatalf("%q.in(%q) = %v, Contains says %v", list, s, got, want)
			}
			if want {
				found++
			}
		}
		if found < 200 || found > 19800 {
			t.Errorf("%q: %d of 20000 random texts hold a look: the texts do not test both answers", list, found)
		}
	}
	// the lookGroup of three space-led lists, one look in two of them
	groups := map[uint8][]string{
		roleLookQual:   {" a. D. ", " in congedo "},
		roleLookAff:    {" von ", " z ", " in congedo "},
		roleLookOffice: {" chairs ", " leads "},
	}
	g := newLookGroup(groups)
	words := []string{"a.", "D.", "in", "congedo", "von", "z", "chairs", "leads", "x", "  "}
	for n := 0; n < 20000; n++ {
		s := randomJoin(rng, append(words, " "), rng.Intn(12))
		var want uint8
		for bit, list := range groups {
			for _, l := range list {
				if strings.Contains(s, l) {
					want |= bit
				}
			}
		}
		if got := g.holds(s); got != want {
			t.Fatalf("holds(%q) = %b, Contains says %b", s, got, want)
		}
	}
}

// TestMidASCIIWordImpliesNoWordStart checks that every position
// midASCIIWord passes over is one phraseStartsWord refuses.
func TestMidASCIIWordImpliesNoWordStart(t *testing.T) {
	pieces := []string{"a", "z", "0", "9", " ", "-", "é", "ж", "中", "\xff", "'", "_"}
	rng := rand.New(rand.NewSource(52))
	for n := 0; n < 20000; n++ {
		s := randomJoin(rng, pieces, 1+rng.Intn(12))
		for i := 1; i < len(s); i++ {
			if midASCIIWord(s, i) && phraseStartsWord(s, i) {
				t.Fatalf("midASCIIWord(%q, %d) passes over a word start", s, i)
			}
		}
	}
}

// TestEmptyReportTwoWords checks emptyReport, which keeps two words,
// against the reading of all of them it replaced.
func TestEmptyReportTwoWords(t *testing.T) {
	old := func(text string) bool {
		var words []string
		for _, w := range strings.Fields(text) {
			if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
				words = append(words, w)
			}
		}
		if len(words) >= 3 {
			return false
		}
		if strings.HasPrefix(text, "– ") || strings.HasPrefix(text, "— ") || strings.HasPrefix(text, "- ") {
			return true
		}
		return len(words) == 2 && pronounGender[strings.ToLower(words[0])] != "" && !strings.ContainsAny(words[1], ".!?")
	}
	pieces := []string{"he", "He", "sie", "would", "werde.", " ", "– ", "- ", "—", ",", "?", "ok", "1"}
	rng := rand.New(rand.NewSource(53))
	for n := 0; n < 20000; n++ {
		s := randomJoin(rng, pieces, rng.Intn(8))
		if got, want := emptyReport(s), old(s); got != want {
			t.Fatalf("emptyReport(%q) = %v, was %v", s, got, want)
		}
	}
}

// TestMayHoldMarkEightBytes checks mayHoldMark, which passes over eight
// ASCII bytes a step, against its byte loop on random texts, and
// hasByte8 against a byte-by-byte comparison.
func TestMayHoldMarkEightBytes(t *testing.T) {
	old := func(s string) bool { return markFrom(s, 0) } // the byte loop alone, from the first byte
	pieces := []string{"a", "word ", "Z", "[", "^", "]", "\x5a", "\x5c", "\x5d", "\x5f", "²", "³", "¹", "⁰", "⁹", "é", "—", "\xc2", "\xe2\x81", "\xff", "  "}
	rng := rand.New(rand.NewSource(54))
	for n := 0; n < 30000; n++ {
		s := randomJoin(rng, pieces, rng.Intn(30))
		if got, want := mayHoldMark(s), old(s); got != want {
			t.Fatalf("mayHoldMark(%q) = %v, byte loop says %v", s, got, want)
		}
		for i := 0; i+8 <= len(s); i++ {
			x := load8(s, i)
			for _, c := range []byte{'[', '^', 0, 0x80, 0xff} {
				if got, want := hasByte8(x, c), strings.IndexByte(s[i:i+8], c) >= 0; got != want {
					t.Fatalf("hasByte8(%q, %#x) = %v, want %v", s[i:i+8], c, got, want)
				}
			}
		}
	}
}
