package corpus

import "strings"

// byDemonymTitle reads a title with an adjective of nationality, opening
// a sentence or standing alone as subject ("El presidente polaco dijo",
// "Președintele polonez a declarat", "the Polish president said"), as
// the person the document gave that title of that country: a report
// names "el presidente polaco Jan Kowalik" once and goes on with the
// title. The adjective must agree with the person's title (the same word
// or the same country, demonyms.json), so "the Russian president" is not
// the Polish one; offices.json, read before, covers the real heads of
// state. words and lows are the phrase without its article; nil when it
// is no such title or nobody holds it.
func (x *extractor) byDemonymTitle(words, lows []string) *speaker {
	if len(lows) != 2 {
		return nil
	}
	adj, title := lows[0], lows[1]
	if !demonymAdjectives()[adj] {
		adj, title = lows[1], lows[0]
	}
	if !demonymAdjectives()[adj] || demonymAdjectives()[title] || !x.lx.isRole(title) && !x.isBackRef(title) {
		return nil
	}
	country := countryOf(adj)
	holds := func(sp *speaker) bool {
		if sp == nil || sp.kind != kindPerson || sp.role == "" {
			return false
		}
		r := lowerString(sp.role)
		if !strings.Contains(r, title) {
			return false
		}
		if roleHoldsWord(r, adj) {
			return true
		}
		if country == "" {
			return false
		}
		for _, w := range strings.Fields(r) {
			if countryOf(w) == country {
				return true
			}
		}
		return false
	}
	for i := len(x.speakers) - 1; i >= 0 && i >= len(x.speakers)-8; i-- {
		if holds(x.speakers[i]) {
			return x.speakers[i]
		}
	}
	for i := len(x.titled) - 1; i >= 0; i-- {
		if holds(x.titled[i]) {
			return x.titled[i]
		}
	}
	for i := len(x.mentioned) - 1; i >= 0; i-- {
		if holds(x.mentioned[i]) {
			return x.mentioned[i]
		}
	}
	// the title as the document gave it may have lost its adjective ("Der
	// polnische Präsident Jan Kowalik" keeps "Präsident"): the newest
	// person with the title and no country in it, when no one holds the
	// title of another country, nor is the title a known office ("the
	// Russian president" is never the president the document named
	// without a country)
	if _, office := officeTitles()[strings.Join(lows, " ")]; office {
		return nil
	}
	var plain *speaker
	for i := len(x.titled) - 1; i >= 0; i-- {
		sp := x.titled[i]
		if sp.kind != kindPerson || !strings.Contains(lowerString(sp.role), title) {
			continue
		}
		if roleCountry(sp.role) != "" {
			return nil
		}
		if plain == nil {
			plain = sp
		}
	}
	return plain
}

// roleCountry is the country a title names by an adjective or a country's
// name (demonyms.json), or "".
func roleCountry(role string) string {
	for _, w := range strings.Fields(lowerString(role)) {
		if c := countryOf(w); c != "" {
			return c
		}
	}
	return ""
}

// demonymAfterTitle reports whether toks[k] is an adjective of
// nationality right after a title ("presidente polaco", "președintele
// polonez"): the Romance languages put it after the noun, and the subject
// reader, which stops at a lower-case word no title list holds, reads it
// as part of the title.
func (x *extractor) demonymAfterTitle(toks []tok, k int) bool {
	if k < 1 || toks[k-1].trail != "" || !demonymAdjectives()[lowerWord(toks[k])] {
		return false
	}
	l := lowerWord(toks[k-1])
	return x.lx.isRole(l) || x.isBackRef(l) || x.articleStem(l) != ""
}

// demonymBeforeTitle reports whether toks[k], inside a subject ending at
// toks[j], is an adjective of nationality written in lower case right
// before a title ("der britische Premier Keir Starmer", "британский
// премьер Кир Стармер", "der finnische Präsident" by its ending,
// demonymLike; "il nuovo" is not): the adjective is part of the
// title phrase, so the role keeps it ("britische Premier") and a title
// without a name is read with its country (titlegate.go).
func (x *extractor) demonymBeforeTitle(toks []tok, k, j int) bool {
	if k >= j || toks[k].trail != "" || isCapital(toks[k].word) || !demonymLike(toks[k].low, x.src.Lang) {
		return false
	}
	l := lowerWord(toks[k+1])
	return x.lx.isRole(l) || x.isBackRef(l)
}
