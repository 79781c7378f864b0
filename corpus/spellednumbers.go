package corpus

// Figures spelled out in words: a leader's address says "cap our army at
// six hundred thousand" and "elections within a hundred days" where a
// wire writes 600,000 and 100. The plan's terms hold figures
// (planterms.json "#600000"); readSpelled gives the scanner the value of
// such words as readNumber gives it for digits. The words are data
// (planterms.json numberWords, hundreds; thousands and millions as for
// digits), so a language is a list entry.

// spelledLex is the number words of planterms.json.
type spelledLex struct {
	words    map[string]int64 // "six" -> 6, "a" -> 1
	hundreds []string         // "hundred"
	start    [256]bool        // first bytes of the words: the scanner's cheap test
	heads    spelledHeads     // the words' first letters, for readSpelled's own test
}

// spelledHeads holds how the number words that readSpelled can read open:
// those of one letter, the two letters of those of two, the first three
// letters of the longer ones. readSpelled reads a word as far as wordEnd
// goes (ASCII a-z), so a word with any other byte is never read and is
// left out. Three letters are enough to turn away the words that share a
// first byte with a number word ("the", "said", "for") without reading
// them to their end and hashing them (spelledHeads.may).
type spelledHeads struct {
	one   [26]bool
	two   [26 * 26]bool
	three [26 * 26 * 26 / 64]uint64
}

// add notes the opening of an ASCII a-z word.
func (h *spelledHeads) add(w string) {
	for k := 0; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return // never read: wordEnd stops at its first other byte
		}
	}
	switch len(w) {
	case 0:
	case 1:
		h.one[w[0]-'a'] = true
	case 2:
		h.two[int(w[0]-'a')*26+int(w[1]-'a')] = true
	default:
		k := int(w[0]-'a')*676 + int(w[1]-'a')*26 + int(w[2]-'a')
		h.three[k>>6] |= 1 << (k & 63)
	}
}

// may reports whether the word wordEnd reads at low[i:] can be one of the
// words added: it is false only when that word is not. It reads at most
// three bytes.
func (h *spelledHeads) may(low string, i int) bool {
	az := func(k int) bool { return k < len(low) && low[k] >= 'a' && low[k] <= 'z' }
	if !az(i) {
		return false // no word: wordEnd reads nothing
	}
	a := int(low[i] - 'a')
	if !az(i + 1) {
		return h.one[a]
	}
	b := int(low[i+1] - 'a')
	if !az(i + 2) {
		return h.two[a*26+b]
	}
	k := a*676 + b*26 + int(low[i+2]-'a')
	return h.three[k>>6]&(1<<(k&63)) != 0
}

// newSpelledLex indexes the number words.
func newSpelledLex(words map[string]int64, hundreds []string) spelledLex {
	s := spelledLex{words: make(map[string]int64, len(words)), hundreds: hundreds}
	for w, v := range words {
		w = lowerString(w)
		if w != "" {
			s.words[w] = v
			s.start[w[0]] = true
			s.heads.add(w)
		}
	}
	return s
}

// wordEnd is where the ASCII word at low[i:] ends.
func wordEnd(low string, i int) int {
	for i < len(low) && low[i] >= 'a' && low[i] <= 'z' {
		i++
	}
	return i
}

// readSpelled reads a number spelled out at low[i:] ("six hundred
// thousand", "a hundred", "twenty-eight thousand") and returns its value
// and where it ends; end == i when there is none. A number needs a
// hundred or a multiplier: "a" or "six" alone is no figure.
func (c *termCatalogue) readSpelled(low string, i int) (int64, int) {
	sl := &c.spelled
	if len(sl.words) == 0 || i >= len(low) || !sl.start[low[i]] {
		return 0, i
	}
	if !sl.heads.may(low, i) && !gatesOff {
		// the first word is no number word: with nothing read yet (cur
		// 0) only the first case below can hold, and it needs one
		return 0, i
	}
	var total, cur int64
	scaled, end := false, i
	j := i
words:
	for j < len(low) {
		k := wordEnd(low, j)
		if k == j {
			break
		}
		w := low[j:k]
		// cur is tested before the stems are looked up: most word starts
		// read here open no number, and with cur 0 only the first case can
		// hold
		v, ok := sl.words[w]
		switch {
		case ok && (cur%100 == 0 || v < 10 && cur%10 == 0 && cur%100 >= 20):
			cur += v // "six", "twenty-eight"
		case cur > 0 && cur < 100 && hasStemAt(low, j, sl.hundreds):
			cur *= 100
			scaled = true
		case cur > 0 && c.multiplier(low, j) > 0:
			total += cur * c.multiplier(low, j)
			cur, scaled = 0, true
		case w == "and" && cur > 0:
			// "six hundred and fifty"
		default:
			break words
		}
		if w != "and" {
			end = k
		}
		j = k
		if j < len(low) && (low[j] == ' ' || low[j] == '-') {
			j++
		}
	}
	if !scaled {
		return 0, i
	}
	return total + cur, end
}

// hasStemAt reports whether one of stems stands at j of low, by stemAt.
func hasStemAt(low string, j int, stems []string) bool {
	_, ok := stemAt(low, j, stems)
	return ok
}

// multiplier is the factor of the multiplying word at low[j:]
// ("thousand", "million", "billion"), 0 when there is none.
func (c *termCatalogue) multiplier(low string, j int) int64 {
	for _, m := range []struct {
		stems []string
		times int64
	}{{c.thousands, 1e3}, {c.millions, 1e6}, {c.billions, 1e9}} {
		if end, ok := stemAt(low, j, m.stems); ok && end-j > 1 {
			return m.times
		}
	}
	return 0
}
