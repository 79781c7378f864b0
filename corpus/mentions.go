package corpus

import "strings"

// mentions remembers the people a sentence names with a title without
// quoting them: "W konferencji uczestniczył również wiceminister obrony
// narodowej Tomasz Wierzbicki." A later "Wiceminister poinformował, że …"
// or "premier odparł" then finds them by their title (byRole), and their
// statements carry the title when no other is given. The title is read as
// for a speaker (subjectSpan), so "US Secretary of State Marco Rubio" is
// one title. The sentence is tokenized only when a word is a title word.
func (x *extractor) mentions(s string) {
	if !x.hasRoleWord(s) {
		x.plainMention(s) // "Le ha risposto … Gianluca Ferraresi." (plainmention.go)
		return
	}
	toks := x.lookToks(s)
	for i := 1; i+1 < len(toks); i++ {
		// a name: two or three capitalised words after a lower-case or
		// title word, not themselves titles
		if !isCapital(toks[i].word) || x.lx.isRole(lowerWord(toks[i])) {
			continue
		}
		if sp, n := x.complementMention(s, toks, i); n > 0 {
			if sp != nil {
				x.noteMention(sp) // "Minister van Buitenlandse Zaken Joost Verhagen" (rolephrase.go)
			}
			i = n - 1
			continue
		}
		if toks[i-1].trail == "," {
			// "El presidente de Ucrania, Volodímir Zelenski, leyó …":
			// the title first, the name set off by commas after it
			if n := x.titleThenName(s, toks, i); n > i {
				i = n - 1
			} else if n := x.frontedMention(s, toks, i); n > i {
				i = n - 1 // "Across the border, Mira Castellane, a historian, …" (fronted.go)
			}
			continue
		}
		if (toks[i-1].trail == "." || toks[i-1].trail == "") && x.honorificGapTitle(toks, i) {
			continue // "die Politikwissenschaftlerin Prof. Dr. Wiebke Harmsen" (listedroles.go)
		}
		if toks[i-1].trail != "" && strings.Trim(toks[i-1].trail, "»”“\"") != "" {
			continue // (but "… «Дніпровий міст» Денис Ковальчук": an institution in quotation marks before the name)
		}
		prev := lowerWord(toks[i-1])
		if !x.lx.isRole(prev) && isCapital(toks[i-1].word) {
			continue
		}
		n := x.nameRunEnd(toks, i)
		if n-i >= 2 && !x.lx.isRole(prev) && !x.roleBefore(toks, i) && strings.HasPrefix(toks[n-1].trail, ",") && n < len(toks) {
			// "Gościem był dr Tomasz Wierzbicki, analityk Ośrodka …":
			// the title in apposition after the name
			x.appositiveMention(s, toks, i, n)
			i = n - 1
			continue
		}
		if n-i < 1 || n-i < 2 && !x.lx.isRole(prev) || !x.lx.isRole(prev) && !x.roleBefore(toks, i) {
			i = n - 1
			continue
		}
		if n-i == 1 && strings.HasPrefix(toks[i].trail, ",") && x.keyedPerson(tokWords(toks[i:n])) == "" {
			// "ministrul Apărării, Mihai Popescu,": a lone word set off by a
			// comma is the title's complement before the name, unless it
			// is a known person's surname ("President Zelensky, who …")
			i = n - 1
			continue
		}
		// read the title back from the name as subjectSpan reads a
		// speaker back from the verb
		named := toks
		if pt, ok := withoutPossessive(toks, n-1); ok {
			named = pt // "Governor Tim Reed's aides" (possessivename.go)
		}
		if sp, start := x.titledName(s, named, i, n); sp != nil && sp.kind == kindPerson && sp.role != "" {
			sp.role = x.withoutAccordingCue(sp.role) // "Podle premiéra Jana Nováka" (accordingrole.go)
			x.noteMention(sp)
			if start == 0 || start < len(toks) && strings.HasPrefix(toks[start-1].trail, ",") && x.sentenceSubject(toks[:start]) {
				// the sentence is about them: "Asked about the document,
				// government spokesman X declined …" too
				x.openedBy, x.openedAt = sp, x.sentenceNo
			}
		}
		i = n - 1
	}
}

// roleBefore reports whether a title word stands within the few words
// before toks[i] ("wiceminister obrony narodowej Tomasz"), its
// institution's name in quotation marks or after it ("Експерт Центру …
// «Дніпровий міст» Денис").
func (x *extractor) roleBefore(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		quoted := containsAny(toks[k].raw, "«»„“”")
		if toks[k].trail != "" && k < i-1 && !(quoted && strings.Trim(toks[k].trail, "»”“\"") == "") {
			return false
		}
		if x.lx.isRole(lowerWord(toks[k])) {
			return true
		}
		if r, ok := cutElidedArticle(toks[k].word); ok && x.lx.isRole(r) {
			return true // "preparato dall'inviato X" (elided.go)
		}
		if quoted {
			continue // "Експерт Центру … «Дніпровий міст» Денис": the institution's name
		}
		if isCapital(toks[k].word) && !(k > 0 && x.lx.isRole(lowerWord(toks[k-1]))) {
			return false // (but "Експерт Центру …": the title's institution)
		}
	}
	return false
}

// noteMention keeps the newest mentions, for byRole, and the role for
// the person's later statements that name none.
func (x *extractor) noteMention(sp *speaker) {
	// the same person named again by the same sentence (a plain mention,
	// then with the title in apposition) is still one person
	again := len(x.mentioned) > 0 && x.mentioned[len(x.mentioned)-1].name == sp.name && x.mentionTally.sentence == x.sentenceNo && x.mentionTally.para == x.pos
	for i, m := range x.mentioned {
		if m.name == sp.name {
			x.mentioned = append(x.mentioned[:i], x.mentioned[i+1:]...)
			break
		}
	}
	x.mentioned = append(x.mentioned, sp)
	x.noteTitled(sp) // the window below forgets; the document's titles must not (doctitles.go)
	if len(x.mentioned) > 8 {
		x.mentioned = x.mentioned[1:]
	}
	x.mentionedAt = x.pos
	if !again {
		x.mentionTally.note(x.sentenceNo, x.pos)
	}
}

// hasRoleWord is a cheap look for a title word in a sentence.
func (x *extractor) hasRoleWord(s string) bool {
	var lb [64]byte // compound titles are lower-cased here, on the stack
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			return false
		}
		i = next
		if (len(w) >= 3 || len(w) == 2 && isAllCaps(w)) && x.lx.exTitleWord(w) { // ("MP")
			return true
		}
		if len(w) >= 9 && len(w) <= 64 && isCapital(w) && x.lx.isRole(string(appendLower(lb[:0], w))) {
			return true // "CDU-Abgeordnete", "Bundesaußenminister": a compound title
		}
	}
	return false
}

// sentenceSubject reports whether the words before a name set off by a
// comma are an introductory phrase, so that the name is the sentence's
// subject: no other capitalised word but the first ("Asked about the
// document,", "Interrogé sur le texte,", "On Monday,").
func (x *extractor) sentenceSubject(intro []tok) bool {
	if len(intro) > 8 {
		return false
	}
	for i, t := range intro {
		if i > 0 && isCapital(t.word) || i < len(intro)-1 && t.trail != "" {
			return false
		}
	}
	return true
}

// appositiveMention notes the person named by toks[i:n] when the words
// after the comma that ends the name, up to the next comma or the end of
// the sentence, are a title: "dr Tomasz Wierzbicki, analityk Ośrodka
// Studiów Wschodnich." An interview's later label then carries the title.
func (x *extractor) appositiveMention(s string, toks []tok, i, n int) {
	end := n
	for end < len(toks) && end-n < 12 && (end == n || toks[end-1].trail == "") {
		end++
	}
	if end == n || end < len(toks) && !strings.HasPrefix(toks[end-1].trail, ",") && toks[end-1].trail != "." {
		return
	}
	words := tokWords(toks[n:end])
	if len(words) > 1 && lowerIn(x.lx.indefinites, words[0]) {
		// "X, a historian of armistices, …": the indefinite article is
		// no part of the title ("X, the army would …" opens a clause)
		words = words[1:]
	}
	if !x.lx.isRole(lowerString(words[0])) {
		return // the title comes first: "X, analityk …", not "X, who …"
	}
	sp := x.classify(toks[i:n], false)
	if sp == nil || sp.kind != kindPerson || !strings.Contains(sp.name, " ") {
		return
	}
	if sp.role == "" {
		sp.role = cleanRole(s[toks[n].start : toks[end-1].start+len(toks[end-1].word)])
		x.people[sp.name] = sp
	}
	x.noteMention(sp)
}

// titleThenName notes the person named by the capitalised words from
// toks[i] to the next comma when the words from the start of the sentence
// (or of the clause) to the comma before them are a title: "El presidente
// de Ucrania, Volodímir Zelenski, leyó …", "Il ministro degli Esteri,
// Antonio Tajani, ha incontrato …". It returns where the name ends, or i.
func (x *extractor) titleThenName(s string, toks []tok, i int) int {
	first := i - 1
	for first > 0 && i-first < 6 && toks[first-1].trail == "" {
		first--
	}
	if first > 0 && !strings.HasPrefix(toks[first-1].trail, ",") {
		if first = x.articledTitleStart(toks, i); first < 0 {
			return i
		} // "que el ministro de Exteriores de Chile, Pedro Soto, dio" (articledtitle.go)
	}
	if n, _ := x.timeLeadCut(toks[first:i]); n > 0 && first+n < i-1 {
		first += n // "In the afternoon the defence minister, Tom Hadley, …": when, then the title (timelead.go)
	}
	if first < i-1 && roleArticles[lowerWord(toks[first])] {
		first++
	}
	if !x.lx.isRole(lowerWord(toks[first])) && !x.qualifiedTitle(toks, first, i) {
		return i
	}
	n := i
	for n < len(toks) && n < i+3 && isCapital(toks[n].word) && !x.lx.isRole(lowerWord(toks[n])) {
		n++
		if toks[n-1].trail != "" {
			break
		}
	}
	end := n
	if n-i >= 2 && n < len(toks) && toks[n-1].trail == "" {
		end = affiliationCommaEnd(toks, n) // "The expert, Dr Halina Kostyuk of the Institute for Borderland Studies, gave …"
	}
	if n-i < 2 || end >= len(toks) || toks[end-1].trail != "," {
		return i
	}
	sp := x.classify(toks[i:n], false)
	if sp == nil || sp.kind != kindPerson {
		return i
	}
	if sp.role == "" {
		sp.role = cleanRole(s[toks[first].start : toks[i-1].start+len(toks[i-1].word)])
		x.people[sp.name] = sp
	}
	x.noteMention(sp)
	return end
}

// affiliationCommaEnd is where an affiliation after a name set off by
// commas ends: "of the Institute for Borderland Studies," after "The
// expert, Dr Halina Kostyuk": a preposition of affiliation, then up to
// eight words, capitalised or short lower-case links ("the", "for"), the
// last closed by the comma. It is n itself when toks[n] opens none.
func affiliationCommaEnd(toks []tok, n int) int {
	if !affiliationPreps[toks[n].low] {
		return n
	}
	for m := n + 1; m < len(toks) && m <= n+8; m++ {
		t := toks[m]
		if !isCapital(t.word) && (len(t.word) > 3 || strings.ContainsAny(t.word, "0123456789")) {
			return n // a lower-case word of its own: a clause, not a name
		}
		if t.trail == "," {
			if !isCapital(t.word) {
				return n
			}
			return m + 1
		}
		if t.trail != "" {
			return n
		}
	}
	return n
}

// nameRunEnd is where the name that toks[i] opens ends: up to three
// capitalised words that are no titles, stopping after a word with
// punctuation behind it. Mentions (mentions.go) and a debate's plain
// mention of a newcomer (plainmention.go) read a name so.
func (x *extractor) nameRunEnd(toks []tok, i int) int {
	n := i
	for n < len(toks) && n < i+3 && isCapital(toks[n].word) && !x.lx.isRole(lowerWord(toks[n])) {
		n++
		if toks[n-1].trail != "" {
			break
		}
	}
	return n
}
