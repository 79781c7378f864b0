package corpus

import (
	"strings"
	"testing"
)

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

// TestWordsHead checks that the head wordsHead cuts tokenizes to the
// first n tokens of the whole text, and that it says when it cut.
func TestWordsHead(t *testing.T) {
	for _, c := range []struct {
		s   string
		n   int
		cut bool
	}{
		{"", 3, false},
		{"one two", 3, false},
		{"one two three", 3, false},
		{"one  two three four", 3, true},
		{"  Ala ma kota, a kot ma Alę.", 2, true},
		{"Редакция беседует с министром", 4, false},
	} {
		head, cut := wordsHead(c.s, c.n)
		if cut != c.cut {
			t.Errorf("wordsHead(%q, %d) cut = %v, want %v", c.s, c.n, cut, c.cut)
		}
		want := tokenize(c.s)
		if len(want) > c.n {
			want = want[:c.n]
		}
		got := tokenize(head)
		if len(got) != len(want) {
			t.Fatalf("wordsHead(%q, %d) = %q: %d tokens, want %d", c.s, c.n, head, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("wordsHead(%q, %d): token %d = %+v, want %+v", c.s, c.n, i, got[i], want[i])
			}
		}
	}
}

// TestReversedIntroHead checks that asking the head of a paragraph for a
// reversed introduction's verb answers as the whole paragraph does, the
// verb placed at every reach, in invented Polish and Russian intros and
// in text with no verb at all.
func TestReversedIntroHead(t *testing.T) {
	filler := strings.Repeat("słowo ", 30)
	for _, verb := range []string{"rozmawia", "беседует", "mówi"} {
		for lead := 0; lead < 16; lead++ {
			s := strings.Repeat("Anna ", lead) + verb + " z Janem Kowalskim, " + filler
			whole := reversedIntroVerb(tokenize(s))
			head, cut := wordsHead(s, reversedIntroReach())
			if !cut {
				t.Fatalf("%q: the head should leave the filler out", s)
			}
			if got := reversedIntroVerb(tokenize(head)); got != whole {
				t.Errorf("verb after %d words: head says %v, whole text %v", lead, got, whole)
			}
		}
	}
	if reversedIntroVerb(tokenize("Anna Nowak rozmawia z Janem Kowalskim o planie.")) != true {
		t.Error("a reversed intro's verb was not found")
	}
}

// TestBylineInsideIntro checks the intro line that names its author after
// a byline word ("This statement is by X, …"), which bylineAuthor now
// finds in one pass over the words before tokenizing: a byline word
// followed by a lower-case word ("by hand", "by a panel") names no one,
// and a later one in the same line still counts.
func TestBylineInsideIntro(t *testing.T) {
	body := "\n\nWe cannot accept a plan that rewards the invader. I have read the draft twice and it gives away too much.\n"
	for _, c := range []struct{ intro, speaker string }{
		{"This statement is by Mara Lind, a security analyst at the Northgate Institute.", "Mara Lind"},
		{"This statement was written by a panel, then signed by Mara Lind, a security analyst.", "Mara Lind"},
		{"The statement below, written by hand, was sent to us.", ""},
		// a byline read from its first words only (bylineReach)
		{"By Mara Lind, security analyst at the Northgate Institute", "Mara Lind"},
		{"By Mara Ilse Lind, security analyst at the Northgate Institute", "Mara Ilse Lind"},
	} {
		d, err := Parse([]byte("# Northgate notes\n\n"+c.intro+body), ParseOptions{Name: "intro.md"})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, s := range d.Statements {
			if strings.HasPrefix(s.Text, "We cannot accept") {
				got = s.Speaker
			}
		}
		if got != c.speaker {
			t.Errorf("%q: the text below is %q's, want %q", c.intro, got, c.speaker)
		}
	}
}
