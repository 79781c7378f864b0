// An institution's people telling the reporter: "В Офісі президента нам
// повідомили, що …", "В Кремле нам сообщили, что …", "W Kancelarii
// Prezydenta przekazano nam, że …", "Im Kanzleramt hieß es, …". The place
// names the institution, but no one speaks for it on the record: the
// speaker is an unnamed source, the institution its role. "В Кремле
// заявили" without the pronoun stays the body's own statement
// (institutions.go).

package corpus

// toldUs are the pronouns "(to) us" by which the outlet says it was told
// itself; impersonalIt is the German "es" of "hieß es".
var (
	toldUs       = grammarSet("toldUs")
	impersonalIt = grammarSet("impersonalIt")
)

// institutionToldUs reads a sentence that opens with a place preposition
// and an institution, then a speech verb with "us" beside it (or German
// "hieß es"), as an unnamed source of that institution. It reports
// whether it emitted a statement.
func (x *extractor) institutionToldUs(s string, toks []tok, pos int) bool {
	if len(toks) < 5 || !isCapital(toks[1].word) {
		return false
	}
	first := lowerWord(toks[0])
	if !placePreps[first] && first != "im" {
		return false
	}
	// the institution: up to four words with no punctuation among them
	k := 1
	for k < 5 && k < len(toks)-2 && toks[k].trail == "" && !x.lx.sayVerbs[lowerWord(toks[k+1])] && !toldUs[lowerWord(toks[k+1])] {
		k++
	}
	if k >= 5 || k >= len(toks)-2 {
		return false
	}
	words := tokWords(toks[:k+1])
	var body *speaker
	if first == "im" || first == "in" {
		il := institutionData()
		if il.isHead(toks[1].word) || k >= 2 && il.isHead(toks[k].word) {
			body = &speaker{name: bodyName(words[1:]), kind: kindBody}
		}
	} else if h := institutionData().obliqueHead(toks[1].word); h != "" && len([]rune(h)) > 3 || x.isAcronym(toks[1].word) && h != "" {
		// "В Офісі президента", "W Kancelarii Prezydenta": the head in
		// the locative, its complement as written (a title word such as
		// "президента" is the office's name here, not a person's title)
		body = x.locativeBody(words[:2], lowerWords(words[:2]))
		if body != nil && k > 1 {
			body.name += " " + joinWords(toks[2:k+1])
		}
	}
	if body == nil || body.kind != kindBody {
		return false
	}
	// the verb, with "us" before or after it, or "es" after it
	j := k + 1
	us := false
	if toldUs[lowerWord(toks[j])] {
		us, j = true, j+1
	}
	for j < len(toks)-1 && x.lx.auxiliaries[toks[j].low] {
		j++
	}
	if j >= len(toks)-1 || !x.lx.sayVerbs[lowerWord(toks[j])] {
		return false
	}
	vi := j
	if l := lowerWord(toks[j+1]); !us && (toldUs[l] || impersonalIt[l]) {
		us, vi = true, j+1
	}
	if !us {
		return false
	}
	text, direct := x.content(s, toks, vi, false)
	if text == "" {
		return false
	}
	x.emit(&speaker{name: unnamedSpeaker, role: cleanRole(body.name), kind: kindGroup}, text, direct, pos)
	return true
}
