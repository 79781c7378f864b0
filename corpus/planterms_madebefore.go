package corpus

import "strings"

// hitsNotMade are the term hits of sentence own (lower case; hits are
// read in sl, which ends with own) that lie outside every part of the
// sentence another rule already made a provision of at paragraph
// position. madeBefore stopped any sentence holding another provision's
// text, but the other rules often take one clause of a sentence that
// states several points ("… in point 7 that …, and in point 8 that NATO
// agrees not to station troops …", "point 9 (a package of funds …) and
// point 10, under which …") or only a quotation or aside in it ("…
// affidabili», senza dire quali"): a term whose words lie elsewhere in the
// sentence is then still unread. A sentence a provision holds whole, or
// whose hits all overlap what was taken, gives none (the construction's
// own rule read it: "800,000 rather than the 600,000 of the US draft").
// taken are the spans of own the other provisions hold, for notMadePiece.
func hitsNotMade(have []Provision, position int, own, sl string, hits []termHit) (free []termHit, taken [][2]int) {
	low := strings.TrimRight(own, ".;: ")
	off := len(sl) - len(own)
	for _, p := range have {
		if p.Position != position {
			continue
		}
		pl := strings.TrimRight(lowerString(strings.TrimSpace(p.Text)), ".;: ")
		if pl == "" {
			continue
		}
		if strings.Contains(pl, low) {
			return nil, nil // the whole sentence is another provision's
		}
		for from := 0; ; {
			at := strings.Index(own[from:], pl)
			if at < 0 {
				break
			}
			taken = append(taken, [2]int{from + at, from + at + len(pl)})
			from += at + len(pl)
		}
	}
	for _, h := range hits {
		ok := h.start >= off // a hit read with the sentence before is not this sentence's own
		for _, sp := range taken {
			if h.start-off < sp[1] && sp[0] < h.end-off {
				ok = false
				break
			}
		}
		if ok {
			free = append(free, h)
		}
	}
	return free, taken
}

// notMadePiece is the part of sentence s around the term words at
// [start, end) of own (s lower-cased) that lies between the spans other
// provisions took: "Of note for reconstruction: point 9 (a package of funds
// for rebuilding) and" when "point 10, under which …" was taken. The piece
// is a provision's text of its own, so that the point's number is read in
// it and later passes do not split the other points' clauses out of it a
// second time. With no span taken, or when lower-casing changed the
// sentence's length (offsets would not hold), s is returned whole.
func notMadePiece(s, own string, taken [][2]int, start, end int) string {
	if len(taken) == 0 || len(s) != len(own) {
		return strings.TrimSpace(s)
	}
	lo, hi := 0, len(s)
	for _, sp := range taken {
		if sp[1] < end && sp[1] > lo {
			lo = sp[1]
		}
		if sp[0] >= end && sp[0] < hi {
			hi = sp[0]
		}
	}
	return strings.Trim(s[lo:hi], " ,;:—–-")
}
