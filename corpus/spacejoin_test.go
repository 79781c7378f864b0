package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSpaceJoinIsLookSet checks that pointCardinalLook (a spaceJoin)
// answers as the lookSet of pointCardinalLooks did, on made cases in
// several languages and on every paragraph and sentence of the English
// test articles, lower case.
func TestSpaceJoinIsLookSet(t *testing.T) {
	want := newLookSet(pointCardinalLooks())
	got := pointCardinalLook()
	texts := []string{
		"", " ", "point", "point ", "point seventeen sets up a committee", "in point five the united states",
		"the fifth point", "at this point one must ask", "punto diciassette prevede", "пункт семнадцатый", "пункт семь",
		"le point neuf prévoit", "el punto cinco", "punkt sieben", "the appointment of two envoys", "joint seven",
		"point\u00a0seven", "points seven", "n. 5", "n. five", "no. twelve", "xpoint onex",
	}
	files, _ := filepath.Glob("testdata/articles/*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range strings.Split(string(data), "\n") {
			texts = append(texts, lowerString(p), lowerASCII(p))
		}
	}
	for _, l := range pointCardinalLooks()[:300] {
		texts = append(texts, l, "x"+l, l[:len(l)-1], "a "+l+" b", strings.Replace(l, " ", "  ", 1))
	}
	hits := 0
	for _, s := range texts {
		w := want.in(s)
		if got.in(s) != w {
			t.Errorf("in(%q) = %v, want %v", s, !w, w)
		}
		if w {
			hits++
		}
	}
	if hits < 300 {
		t.Errorf("only %d texts hold a look: the comparison says little", hits)
	}
}

// TestLookSetWideAndTriplesAsAnyIn checks the strided scans (pairs for
// looks of three bytes, triples from four) and the wide buckets against
// anyIn, over lists of many looks (the ordinals, the author words, the
// text nouns, a slice of pointCardinalLooks) and made lists, on
// lookSetTexts, the English test articles' paragraphs and the looks
// themselves within text.
func TestLookSetWideAndTriplesAsAnyIn(t *testing.T) {
	lists := [][]string{
		bareOrdinalData().ordinals.looks,
		authorWordSet().looks,
		textNounSet().looks,
		pointCardinalLooks()[:2000],
		{"abc", "xyz", "éèê"},
		{"abcd", "bcde", "punto uno", "punto due", "punto tre", "punto quattro", "punto cinque", "punto sei", "punto sette", "punto otto", "punto nove"},
		{"пункт один", "пункт два", "пункт три", "пункт четыре", "пункт пять", "пункт шесть", "пункт семь", "пункт восемь", "пункт девять", "пункт"},
	}
	texts := append([]string{}, lookSetTexts...)
	files, _ := filepath.Glob("testdata/articles/*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range strings.Split(string(data), "\n\n") {
			texts = append(texts, lowerString(p))
		}
	}
	for _, looks := range lists {
		ls := newLookSet(looks)
		cases := texts
		for k, l := range looks {
			if k%7 == 0 {
				cases = append(cases, "— "+l+" …", l[1:], "x"+l[:len(l)-1])
			}
		}
		for _, s := range cases {
			if got, want := ls.in(s), anyIn(s, looks); got != want {
				t.Errorf("lookSet of %d looks (%q …).in(%q) = %v, anyIn %v", len(looks), looks[0], s, got, want)
			}
		}
	}
}
