package corpus

import "testing"

// TestAnyWordMatchesTokenize checks that anyWord visits the same words,
// in the same order, as the tokens tokenize cuts: bylineAuthor asks it
// before tokenizing, so a word it skipped or cut otherwise would change
// which paragraphs are read.
func TestAnyWordMatchesTokenize(t *testing.T) {
	for _, s := range []string{
		"",
		"   ",
		"By Jane Roe, a columnist",
		"  «Das Statement»  von   Max Muster: ",
		"Заявление (полный текст) — Ивана Петрова.",
		"U.S. officials' \"text\"",
		"word",
		"声明 全文",
	} {
		var got []string
		anyWord(s, func(w string) bool {
			got = append(got, w)
			return false
		})
		toks := tokenize(s)
		if len(got) != len(toks) {
			t.Errorf("%q: anyWord saw %d words, tokenize cut %d", s, len(got), len(toks))
			continue
		}
		for i, tk := range toks {
			if got[i] != tk.word {
				t.Errorf("%q: word %d = %q, tokenize has %q", s, i, got[i], tk.word)
			}
		}
		if len(toks) > 0 && !anyWord(s, func(w string) bool { return w == toks[len(toks)-1].word }) {
			t.Errorf("%q: anyWord did not report the last word", s)
		}
	}
}

// TestFirstTokenMatchesTokenize checks firstToken against the first of
// tokenize's tokens (its offset aside).
func TestFirstTokenMatchesTokenize(t *testing.T) {
	for _, s := range []string{"", "  ", "By Jane Roe", "  Írta: Kiss Anna", "Автор: Иван", "«Quote» said"} {
		first, ok := firstToken(s)
		toks := tokenize(s)
		if ok != (len(toks) > 0) {
			t.Fatalf("%q: firstToken ok=%v, tokenize cut %d tokens", s, ok, len(toks))
		}
		if !ok {
			continue
		}
		w := toks[0]
		if first.raw != w.raw || first.word != w.word || first.low != w.low || first.trail != w.trail || lowerWord(first) != lowerWord(w) {
			t.Errorf("%q: firstToken %+v, tokenize %+v", s, first, w)
		}
	}
}

// TestMidEnds checks the short list pointMidScan keeps its entries' ends
// in: an entry never set reads 0, a set one its latest end.
func TestMidEnds(t *testing.T) {
	var buf [2]midEnd
	m := midEnds(buf[:0])
	if m.of(7) != 0 {
		t.Fatal("an unset entry should read 0")
	}
	m = m.with(7, 10)
	m = m.with(3, 4)
	m = m.with(9, 12) // past the buffer: grows
	m = m.with(7, 20)
	for j, want := range map[int]int{7: 20, 3: 4, 9: 12, 1: 0} {
		if got := m.of(j); got != want {
			t.Errorf("of(%d) = %d, want %d", j, got, want)
		}
	}
}

// TestAppendLowerASCII checks that appendLowerASCII gives tok.low's lower
// case: A-Z lowered, every other byte (Cyrillic capitals included) kept.
func TestAppendLowerASCII(t *testing.T) {
	for _, w := range []string{"", "By", "BY", "Von", "Écrit", "ПО", "x.Y"} {
		if got, want := string(appendLowerASCII(nil, w)), lowerASCII(w); got != want {
			t.Errorf("appendLowerASCII(%q) = %q, want %q", w, got, want)
		}
	}
}
