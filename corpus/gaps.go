// Gaps: the time, place and manner phrases news puts inside an
// attribution. The attribution rules read a speaker, a speech verb and
// what was said in a few arrangements of adjacent words; a report adds "в
// среду" between speaker and verb ("Дмитрий Песков в среду отметил, что
// …"), an adverb between an auxiliary and its participle ("a simplement
// indiqué que"), a place between an inverted verb and its speaker ("mówił
// w Johannesburgu Donald Tusk") or after the speaker ("— заявил Юрий
// Ушаков по итогам встречи."). closeGaps drops such a phrase from the
// words the rules read (never from the text kept), so the same rules
// apply. It is a second reading: a sentence is read again without its
// asides only when the first reading found no statement, so a place that
// belongs to a title ("Botschafter in Kiew") stays in it. The words after
// a quotation or a dialogue dash that opens a sentence are only its
// attribution, and are read without their asides at once. A phrase is
// dropped only when it opens with a gap word of data/morphology.json (a
// preposition, an adverb of time or manner) or an adverb by its ending,
// holds no punctuation, no quotation, no "that" and no other speech verb,
// and is at most maxGap words long. The same second look joins a French
// auxiliary inverted with its pronoun to its participle ("a-t-elle
// martelé") and reads a title set off from its name by a comma after an
// inverted verb ("afirmou o secretário de Estado norte-americano, Marco
// Rubio").

package corpus

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxGap is the most words a dropped phrase may have: more is a clause of
// its own, not an aside.
const maxGap = 6

// gapOpeners is data/morphology.json's gapOpeners: the words that open a
// time, place or manner phrase, all languages in one set.
var gapOpeners = func() map[string]bool {
	var md struct {
		GapOpeners map[string][]string `json:"gapOpeners"`
	}
	mustUnmarshalMorphology(&md)
	out := map[string]bool{}
	for _, words := range md.GapOpeners {
		for _, w := range words {
			out[lowerString(w)] = true
		}
	}
	return out
}()

// langGapOpeners is data/morphology.json's gapOpeners by language: a
// name never opens with one of its own language's, so a capitalised
// place phrase that opens a sentence ("Στον Πειραιά, …") is no speaker
// when a quotation after it has none of its own.
var langGapOpeners = func() map[string]map[string]bool {
	var md struct {
		GapOpeners map[string][]string `json:"gapOpeners"`
	}
	mustUnmarshalMorphology(&md)
	return langSets(md.GapOpeners)
}()

// placeGapOpeners is data/morphology.json's placeGapOpeners: prepositions
// that open a place phrase before a speech verb in one language only.
var placeGapOpeners = func() map[string]map[string]bool {
	var md struct {
		PlaceGapOpeners map[string][]string `json:"placeGapOpeners"`
	}
	mustUnmarshalMorphology(&md)
	return langSets(md.PlaceGapOpeners)
}()

// opensGapBefore reports whether t can open a phrase between a subject
// and its verb: a gap opener of any language, or a preposition that
// opens a place phrase in the document's language ("da Dublino").
func (x *extractor) opensGapBefore(t tok) bool {
	return gapOpener(t) || t.trail == "" && !isCapital(t.word) && placeGapOpeners[x.src.Lang][lowerWord(t)]
}

// gapOpener reports whether t can open a dropped phrase: a listed
// preposition or adverb, or an adverb by its ending ("simplement",
// "chiaramente", "briefly").
func gapOpener(t tok) bool {
	if t.trail != "" || t.word == "" || isCapital(t.word) {
		return false
	}
	l := lowerWord(t)
	if gapOpeners[l] {
		return true
	}
	n := utf8.RuneCountInString(l)
	return n >= 7 && (strings.HasSuffix(l, "ment") || strings.HasSuffix(l, "mente") || strings.HasSuffix(l, "ly"))
}

// monthPartAt reports whether toks[g] opens a part of a month and its name
// ("hatte | Anfang Januar | gesagt"): a time phrase, though German
// capitalises its noun.
func monthPartAt(toks []tok, g int) bool {
	return g+1 < len(toks) && toks[g].trail == "" && monthPartName(toks[g].word+" "+toks[g+1].word)
}

// dayMonthAt reports whether toks[g] opens a date written day first
// ("Путин | 21 ноября | заявил", "Zelensky | 23 novembre | ha detto"):
// a time phrase with no preposition before it, as a date is put in the
// languages that write it so.
func dayMonthAt(toks []tok, g int) bool {
	w := toks[g].word
	if g+1 >= len(toks) || toks[g].trail != "" && toks[g].trail != "." || len(w) == 0 || len(w) > 2 || w[0] < '0' || w[0] > '9' {
		return false // (before Atoi, whose error for a word is an allocation)
	}
	d, err := strconv.Atoi(w)
	if err != nil || d < 1 || d > 31 {
		return false
	}
	_, ok := monthOf(toks[g+1].word)
	return ok
}

// nameRunBefore reports whether the words before toks[g] are a name and
// its title only, from the sentence's start or a comma ("Президент России
// Владимир Путин | 21 ноября | заявил"): a bare date follows its subject
// there, while after "после встречи с Уиткоффом и Кушнером" the name
// before the date is whom the meeting was with.
func (x *extractor) nameRunBefore(toks []tok, g int) bool {
	k := g - 1
	for k >= 0 && toks[k].trail == "" && (isCapital(toks[k].word) || x.lx.isRole(lowerWord(toks[k]))) {
		k--
	}
	return k < g-1 && (k < 0 || toks[k].trail != "" || x.lx.conjunctions[lowerWord(toks[k])] && (k == 0 || toks[k-1].trail != ""))
}

// gapWord reports whether t may stand inside a dropped phrase: no
// punctuation after it, no quotation, and not a word that makes the
// phrase a clause ("that", a speech verb, an auxiliary).
func (x *extractor) gapWord(t tok) bool {
	if t.trail != "" || t.word == "" || containsAny(t.raw, "“”\"«»„‹›—–()") {
		return false
	}
	l := lowerWord(t)
	return !x.lx.thatWords[l] && !x.lx.sayVerbs[l] && !x.lx.actVerbs[l] && (!x.lx.auxiliaries[l] || l == "a" && prepositionA[x.src.Lang])
}

// prepositionA are the languages whose "a" is a preposition ("oggi a
// Roma", "ayer a las diez") or an article ("told a news conference in
// Kyiv, adding that …", "on a visit to Paris"), never the French auxiliary
// of "a déclaré" the merged auxiliaries hold.
var prepositionA = map[string]bool{"it": true, "es": true, "pt": true, "ca": true, "en": true}

// speechVerb reports whether t is a say or act verb.
func (x *extractor) speechVerb(t tok) bool {
	l := lowerWord(t)
	return x.lx.sayVerbs[l] || x.lx.actVerbs[l]
}

// closeGaps drops the phrases an attribution holds from toks, compacting
// the slice in place, and returns it; toks is returned as it is when there
// is none.
func (x *extractor) closeGaps(toks []tok) []tok {
	x.commaTitle = titleTail{}
	toks = x.joinInvertedAuxiliary(toks)
	for vi := 0; vi < len(toks); vi++ {
		if a, b, ok := x.outletAside(toks, vi); ok {
			// "Giorgia Meloni, it reports, reaffirmed that …": whose report
			// relays the words, not who spoke; the verb after it is read
			// (outletaside.go)
			toks[a-1].trail = ""
			toks = append(toks[:a], toks[b+1:]...)
			vi = a - 1
			continue
		}
		if l := lowerWord(toks[vi]); !x.lx.speechCues.has(wordKey(l)) || !x.lx.sayVerbs[l] && !x.lx.report.characterise[l] { // (the filter holds every say verb)
			// an act verb after an aside ("a senator on Tuesday
			// questioned whether …") reports an act more than words; a
			// verb of calling ("Зеленський у Дубліні назвав момент …",
			// "Dmitriev on X called the meeting …") gives words as a say
			// verb does
			continue
		}
		if a, e, ok := x.anonymityAside(toks, vi); ok {
			// "An oil broker in Singapore, who asked not to be named, said
			// …": the aside says why the source has no name, not who spoke
			toks[a-1].trail = ""
			toks = append(toks[:a], toks[e:]...)
			vi -= e - a
		}
		if c := x.afterClitic(toks, vi+1); c > vi+1 {
			// "izjavio je u srijedu savjetnik X", "rekla je da …": the
			// clitic after the participle is read as if it were not there
			toks = append(toks[:vi+1], toks[c:]...)
		}
		toks, vi = x.cliticBesideAddressee(toks, vi) // "je novinarjem povedal" (cliticaddressee.go)
		if n := x.addresseePhraseBefore(toks, vi); n > 1 {
			// "Bíró Ottó (az) újságíróknak azt mondta": the addressee with
			// its article, then a gap word ("azt") before the verb
			toks = append(toks[:vi-n], toks[vi:]...)
			vi -= n
		}
		if vi >= 2 && x.addresseeBefore(toks, vi) {
			// "Песков журналистам сказал", "Peskov novinářům řekl": whom
			// the words were given to stands between who gave them and the verb
			toks = append(toks[:vi-1], toks[vi:]...)
			vi--
		}
		if g := x.gapBefore(toks, vi); g < vi {
			toks = append(toks[:g], toks[vi:]...)
			vi = g
		} else {
			e := vi // where the verb group begins
			if a := vi - 1; a >= 2 && toks[a].trail == "" && x.lx.auxiliaries[lowerWord(toks[a])] {
				e = a // "Zelensky ieri da Dublino | ha detto", "Zelensky hier à Dublin | a déclaré": the phrase stands before the auxiliary
			}
			g := e
			if e < vi {
				g = x.gapBefore(toks, e)
			}
			if g == e {
				g = x.asidesBefore(toks, e)
			}
			if g < e {
				toks[g-1].trail = "" // the comma that opened an aside goes with it
				toks = append(toks[:g], toks[e:]...)
				vi -= e - g
			}
		}
		if x.inverted(toks, vi) && vi+2 < len(toks) && toks[vi].trail == "" && toks[vi+1].trail == "" && x.lx.addressees[lowerWord(toks[vi+1])] && x.subjectWord(toks[vi+2], false) {
			// "— заявил журналистам помощник президента …": whom the
			// words were given to stands before who gave them
			toks = append(toks[:vi+1], toks[vi+2:]...)
		}
		if x.inverted(toks, vi) {
			toks = x.titleCommaName(toks, vi)
		}
		if from, to := x.gapAfter(toks, vi); to > from {
			toks = append(toks[:from], toks[to:]...)
		}
	}
	return toks
}

// maxAsides is the most phrases asidesBefore drops in a row.
const maxAsides = 3

// asidesBefore returns where a run of time and place phrases between a
// subject and the verb group at e begins, when one of them is set off by
// commas ("Emmanuel Macron, lundi à Paris, | a affirmé", "Putin, prima
// dell'incontro, al forum VTB | ha detto"), or e when there is none. Each
// phrase opens with a gap word and holds at most maxGap gap words; the
// word before the run must end a subject, with or without its comma.
func (x *extractor) asidesBefore(toks []tok, e int) int {
	pos, commas := e, 0
	for n := 0; n < maxAsides; n++ {
		end := pos // the phrase is toks[g:end]; a comma may close it
		closed := end >= 1 && toks[end-1].trail == ","
		g := -1
		for c := max(end-maxGap, 1); c < end; c++ {
			if !x.opensGapBefore(toks[c]) && !closedByPostposition(toks, c, end, closed) || toks[c-1].trail != "" && toks[c-1].trail != "," || toks[c-1].trail == "" && closed {
				continue
			}
			ok := true
			for m := c; m < end && ok; m++ {
				t := toks[m]
				if m == end-1 {
					t.trail = strings.TrimSuffix(t.trail, ",")
				}
				ok = x.gapWord(t)
			}
			if ok {
				g = c
				break
			}
		}
		if g < 0 {
			break
		}
		if closed {
			commas++
		}
		pos = g
		before := toks[g-1]
		l := lowerWord(before)
		if isCapital(before.word) && x.subjectWord(before, true) && !x.lx.isUnnamed(l) {
			if commas == 0 {
				return e // no comma: gapBefore's reading, which found none
			}
			return g
		}
	}
	return e
}

// addresseeBefore reports whether the word before the verb at vi is an
// addressee ("journalists" in its languages) that stands right after the
// end of a subject: a name, a title or a pronoun.
func (x *extractor) addresseeBefore(toks []tok, vi int) bool {
	a, before := toks[vi-1], toks[vi-2]
	return a.trail == "" && before.trail == "" && !isCapital(a.word) && x.lx.addressees[lowerWord(a)] && x.subjectWord(before, true)
}

// addresseePhraseBefore returns how many words before the verb at vi are
// an addressee with its definite article and a gap word after it ("az
// újságíróknak azt mondta"), right after the end of a subject; 0 when
// there is none. The article is read as the document's language maps it
// to "the" (morphology.json's readAs).
func (x *extractor) addresseePhraseBefore(toks []tok, vi int) int {
	e := vi
	if e >= 1 && gapOpener(toks[e-1]) && x.gapWord(toks[e-1]) {
		e--
	}
	if e < 2 {
		return 0
	}
	a := toks[e-1]
	if a.trail != "" || isCapital(a.word) || !x.lx.addressees[lowerWord(a)] {
		return 0
	}
	b := e - 1
	if b >= 2 && toks[b-1].trail == "" && !isCapital(toks[b-1].word) && lowerWord(toks[b-1]) == "the" {
		b--
	}
	if toks[b-1].trail != "" || !x.subjectWord(toks[b-1], true) {
		return 0
	}
	return vi - b
}

// gapBefore returns where a phrase between a subject and the verb at vi
// begins ("Песков | в среду | отметил", "a | simplement | indiqué"), or vi
// when there is none. The word before the phrase must end a subject (a
// capitalised name, a title, a pronoun) or be an auxiliary.
func (x *extractor) gapBefore(toks []tok, vi int) int {
	for g := max(vi-maxGap-maxQuotedName+1, 1); g < vi; g++ {
		if !x.opensGapBefore(toks[g]) && !monthPartAt(toks, g) && !((dayMonthAt(toks, g) || determinedTimeAt(toks, g)) && x.nameRunBefore(toks, g)) && !x.caseGapAt(toks[g:vi]) || !x.gapPhrase(toks[g:vi]) {
			continue
		}
		before := toks[g-1]
		if before.trail != "" {
			continue
		}
		l := lowerWord(before)
		switch {
		case x.lx.auxiliaries[l]:
			return g // "a | par ailleurs | assuré"
		case x.lx.isUnnamed(l) || l == "of" || l == "and" || l == "the":
			return vi // "Sources in Moscow said": the place is part of who
		case x.subjectWord(before, true):
			return g
		}
	}
	return vi
}

// gapPhrase reports whether ts may be dropped as one phrase: every word
// may stand in one, and a short quoted name after the first word is the
// name of a noun before it, not a quotation of words said, and not
// counted ("Путин в ходе «Прямой линии» заявил", "Putin during his annual
// «Direct Line» broadcast said"); it holds at most maxGap words so
// counted.
func (x *extractor) gapPhrase(ts []tok) bool {
	words := 0
	for i := 0; i < len(ts); i++ {
		if n := quotedNameAt(ts, i); n > 0 && i > 0 {
			i += n - 1
			continue // the name of the noun before it, not a word of its own
		}
		if !x.gapWord(ts[i]) {
			return false
		}
		words++
	}
	return words <= maxGap
}

// maxQuotedName is the most words of a quoted name inside a phrase.
const maxQuotedName = 4

// quotedNameAt returns how many tokens from ts[i] make a short quoted name:
// an opening quotation mark and a capital on ts[i], the closing mark
// after one of the next words and no other punctuation; 0 when there is
// none.
func quotedNameAt(ts []tok, i int) int {
	r, _ := utf8.DecodeRuneInString(ts[i].raw)
	if r != '«' && r != '„' && r != '“' && r != '"' || !isCapital(strings.TrimLeft(ts[i].word, "«„“\"")) {
		return 0
	}
	for k := i; k < len(ts) && k < i+maxQuotedName; k++ {
		if tr := ts[k].trail; tr != "" {
			if strings.Trim(tr, "»“”\"") == "" {
				return k - i + 1
			}
			return 0
		}
	}
	return 0
}

// allGapWords reports whether every word of ts may stand in a dropped
// phrase.
func (x *extractor) allGapWords(ts []tok) bool {
	for _, t := range ts {
		if !x.gapWord(t) {
			return false
		}
	}
	return true
}

// trailingOpener reports whether toks[e] opens a phrase after an inverted
// speaker: a gap word, or a preposition before a social platform ("a écrit
// Roustem Oumerov | sur Facebook", "ha scritto Rustem Umerov | su
// Facebook", "escribió Rustem Umerov | en Facebook"), whose prepositions
// are no gap words in those languages.
func trailingOpener(toks []tok, e int) bool {
	return gapOpener(toks[e]) || e+1 < len(toks) && toks[e].trail == "" && circumstanceOpener(toks[e]) && platformName(toks[e+1].word)
}

// gapAfter returns the phrase to drop after an inverted verb at vi: one
// between the verb (and its addressee) and the speaker ("mówił | w
// Johannesburgu | Donald Tusk"), or one after the speaker to the end of
// the sentence ("заявил Юрий Ушаков | по итогам встречи."). A verb that
// opens toks follows a quotation cut off before them. It returns from ==
// to when there is none.
func (x *extractor) gapAfter(toks []tok, vi int) (from, to int) {
	if !x.inverted(toks, vi) {
		return 0, 0
	}
	k := vi + 1
	if k < len(toks) && toks[vi].trail == "" && x.lx.addressees[lowerWord(toks[k])] {
		k++ // "заявил журналистам"
	}
	if k >= len(toks) || toks[k-1].trail != "" {
		return 0, 0
	}
	if gapOpener(toks[k]) {
		// the phrase runs to the speaker, whose words run to the end
		for e := k + 2; e < len(toks) && e-k <= maxGap; e++ {
			if !x.gapWord(toks[e-1]) {
				break
			}
			if x.subjectRun(toks[e:]) || x.speakerToComma(toks[e:]) || x.speakerThenAffiliation(toks[e:]) {
				return k, e
			}
		}
		return 0, 0
	}
	// the speaker, then the phrase to the end of the sentence
	e := k
	for e < len(toks) && e-k < 8 && !trailingOpener(toks, e) {
		if toks[e].trail != "" {
			return 0, 0
		}
		e++
	}
	if e == k || e >= len(toks) || !trailingOpener(toks, e) || len(toks)-e > maxGap+2 || !isCapital(toks[e-1].word) && pronounGender[lowerWord(toks[e-1])] == "" || !x.subjectWord(toks[k], false) {
		// the speaker ends in a capitalised name or is a pronoun:
		// "помощник президента Юрий Ушаков | по итогам встречи", "sagte er
		// | vor Journalisten"
		return 0, 0
	}
	for _, t := range toks[e : len(toks)-1] {
		if !x.gapWord(t) {
			return 0, 0
		}
	}
	if last := toks[len(toks)-1]; containsAny(last.raw, "“”\"«»„") || x.speechVerb(last) {
		return 0, 0
	}
	return e, len(toks)
}

// inverted reports whether the verb at vi follows what was said: it opens
// the words after a quotation, or follows a comma, a dash or a closing
// quotation mark.
func (x *extractor) inverted(toks []tok, vi int) bool {
	if vi > 0 && toks[vi-1].trail == "" && x.lx.auxiliaries[lowerWord(toks[vi-1])] {
		vi-- // "», ha detto …", "», a déclaré …"
	}
	return vi == 0 || strings.HasPrefix(toks[vi-1].trail, ",") || isDashTok(toks[vi-1]) || containsAny(toks[vi-1].raw, "”\"»")
}

// subjectRun reports whether ts, the rest of a sentence, is only a
// speaker: subject words, a capitalised one among them.
func (x *extractor) subjectRun(ts []tok) bool {
	if len(ts) == 0 || len(ts) > 8 {
		return false
	}
	capital := false
	for i, t := range ts {
		if !x.subjectWord(t, i == len(ts)-1) || i < len(ts)-1 && t.trail != "" {
			return false
		}
		capital = capital || isCapital(t.word)
	}
	return capital
}

// retryWithoutGaps reads a sentence again with its asides dropped when the
// first reading (which began with before statements) found none and there
// is an aside to drop.
func (x *extractor) retryWithoutGaps(s string, pos, before int) {
	if x.gapRetry || len(x.out) > before || !x.hasSpeechCue(s) {
		return
	}
	toks := x.lookToks(s) // the sentence's look buffer: closeGaps compacts a copy
	buf := tokPool.Get().(*[]tok)
	*buf = append((*buf)[:0], toks...)
	same := len(x.closeGaps(*buf)) == len(toks)
	tokPool.Put(buf)
	if same {
		return
	}
	x.gapRetry = true
	x.sentenceNo-- // the same sentence, not the next
	x.sentence(s, pos)
	x.gapRetry = false
}

// gapsOnRetry drops the asides of toks on the second reading of a
// sentence, and returns toks as they are on the first.
func (x *extractor) gapsOnRetry(toks []tok) []tok {
	if !x.gapRetry {
		return toks
	}
	return x.closeGaps(toks)
}

// joinInvertedAuxiliary reads a French auxiliary inverted with its subject
// pronoun and the participle after it ("a-t-elle martelé", "a-t-il
// ajouté", "avait-il affirmé") as the one inverted verb the rules know
// ("martelé-t-elle"), so the pronoun is the speaker as in "explique-t-elle".
func (x *extractor) joinInvertedAuxiliary(toks []tok) []tok {
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		aux, pron, ok := strings.Cut(t.low, "-")
		if !ok || t.trail != "" || !x.lx.auxiliaries[aux] || !x.lx.sayVerbs[lowerWord(toks[i+1])] {
			continue
		}
		v := toks[i+1]
		word := v.word + "-" + pron
		toks[i+1] = tok{raw: t.raw[:strings.Index(t.raw, t.word)] + word + v.trail, word: word, low: lowerString(word), trail: v.trail, start: t.start}
		toks = append(toks[:i], toks[i+1:]...)
	}
	return toks
}

// splitFirstSentence splits s after its first sentence: the attribution
// after a dialogue dash, and the sentences that follow it in the same
// paragraph.
func splitFirstSentence(s string) (first, more string) {
	ss := sentences(s)
	if len(ss) < 2 {
		return s, ""
	}
	if i := strings.Index(s, ss[1]); i > 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// titleCommaName reads a title set off from its name by a comma after an
// inverted verb ("», afirmou o secretário de Estado norte-americano,
// Marco Rubio, aos jornalistas", "», ha detto il segretario di Stato
// americano, Marco Rubio"): what follows the title's head word is dropped
// with the comma, so the title runs into the name as in "ha detto il
// segretario Marco Rubio" (its capitalised complements, "des Affaires
// étrangères", would read as part of the name). The dropped complement is
// kept in x.commaTitle, and subjectAfter gives it back to the role
// ("secretário de Estado norte-americano", not "secretário": stop 65,
// zrole2). toks is returned as it is for any other arrangement.
func (x *extractor) titleCommaName(toks []tok, vi int) []tok {
	k := vi + 1
	if k >= len(toks) || toks[vi].trail != "" {
		return toks
	}
	c, role := -1, false
	for i := k; i < len(toks) && i <= k+8; i++ {
		role = role || x.lx.isRole(lowerWord(toks[i]))
		if toks[i].trail != "" {
			if toks[i].trail == "," {
				c = i
			}
			break
		}
	}
	if c < 0 || !role {
		return toks
	}
	n := c + 1
	for n < len(toks) && n-c <= 4 && nameWord(toks[n].word) {
		n++
		if toks[n-1].trail != "" {
			break
		}
	}
	if n-c-1 < 2 || n < len(toks) && toks[n-1].trail == "" {
		return toks // not a name of two to four words closed by punctuation or the end
	}
	r := k // the title's head: what follows it may be capitalised without being a name ("des Affaires étrangères")
	for r < c && !x.lx.isRole(lowerWord(toks[r])) {
		r++
	}
	for r+1 < c && x.lx.isRole(lowerWord(toks[r+1])) && !isCapital(toks[r+1].word) {
		r++ // "la directora general de …": a title of two title words keeps both
	}
	stops := false // a word the title reading stops at: "norte-americano", "étrangères"
	for _, t := range toks[r+1 : c+1] {
		stops = stops || !isCapital(t.word) && !x.subjectWord(t, false)
	}
	if !stops {
		return toks // "la ministra de Defensa, Margarita Robles" is read as it is
	}
	tail := make([]string, 0, c-r)
	for _, t := range toks[r+1 : c+1] {
		tail = append(tail, strings.TrimSuffix(t.raw, t.trail))
	}
	x.commaTitle = titleTail{head: toks[r], tail: strings.Join(tail, " ")}
	toks[r].trail = ""
	return append(toks[:r+1], toks[c+1:]...)
}

// titleTail is a title's complement titleCommaName took out of the
// sentence's tokens: head is the title word it followed, as tokenized.
type titleTail struct {
	head tok
	tail string
}

// giveBack lengthens sp's role by the complement titleCommaName dropped
// after the title word ending it, when that word is one of toks (the
// same reading of the same sentence) and sp a person.
func (c titleTail) giveBack(sp *speaker, toks []tok) {
	if c.tail == "" || sp == nil || sp.kind != kindPerson || sp.role == "" {
		return
	}
	if !strings.EqualFold(lastWord(sp.role), c.head.word) {
		return
	}
	for _, t := range toks {
		if t.start == c.head.start && t.word == c.head.word {
			sp.role += " " + cleanRole(c.tail)
			return
		}
	}
}

// speakerToComma reports whether ts opens with a short speaker set off by
// a comma from the rest of what was said ("президент, а если не уйдут
// …"): subject words, the last followed by the comma, one of them a name
// or a title.
func (x *extractor) speakerToComma(ts []tok) bool {
	for i := 0; i < len(ts) && i < 6; i++ {
		if !x.subjectWord(ts[i], false) {
			return false
		}
		if ts[i].trail != "" {
			if ts[i].trail != "," {
				return false
			}
			for _, t := range ts[:i+1] {
				if isCapital(t.word) || x.lx.isRole(lowerWord(t)) || x.lx.backRef[lowerWord(t)] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// gapClosers is data/morphology.json's gapClosers: postpositions that close
// a time phrase ("неделю спустя", "tydzień później"), all languages in one
// set, single words.
var gapClosers = func() map[string]bool {
	var md struct {
		GapClosers []string `json:"gapClosers"`
	}
	mustUnmarshalMorphology(&md)
	out := map[string]bool{}
	for _, w := range md.GapClosers {
		out[lowerString(w)] = true
	}
	return out
}()

// closedByPostposition reports whether toks[c:end] is a short time phrase
// set off by commas and closed by a postposition ("Петр Новак, | неделю
// спустя, | заявил"): the languages that put "later" after the noun give
// the phrase no opener that asidesBefore could know it by. A comma must
// stand before it and close it, and it holds two or three words, the
// first lower case (a noun or a number, never a name).
func closedByPostposition(toks []tok, c, end int, closed bool) bool {
	if !closed || end-c < 2 || end-c > 3 || toks[c-1].trail != "," || isCapital(toks[c].word) {
		return false
	}
	last := toks[end-1]
	last.trail = ""
	return gapClosers[lowerWord(last)]
}

// caseGapAt reports whether ts, the words between a subject and its
// speech verb, are a place or an addressee in a case form of a language
// that marks them by an ending and puts them before the verb (grammar.json
// caseGapLanguages, caseGapEndings: Hungarian "… ukrán elnök | Dublinban
// azt | mondta", "… diplomata | a dunamenti hírügynökségnek azt | mondta",
// "… tisztviselő | e sorok írójának azt | mondta"): a cased word, alone or
// closing a phrase opened by an article or a demonstrative
// (caseGapOpeners), then at most the cataphoric word that announces the
// clause (caseGapCataphors: "azt", "úgy"). Capitalised places have no
// preposition there for opensGapBefore to see.
func (x *extractor) caseGapAt(ts []tok) bool {
	if x.noCaseGap || !caseGapLangs[x.src.Lang] || len(ts) == 0 {
		return false
	}
	if n := len(ts); n >= 2 && lowerIn(caseGapCataphors, ts[n-1].raw) {
		ts = ts[:n-1]
	}
	if len(ts) == 0 || len(ts) > 1 && !lowerIn(caseGapOpeners, ts[0].raw) {
		return false
	}
	last := lowerString(ts[len(ts)-1].raw)
	if utf8.RuneCountInString(last) < 6 {
		return false
	}
	for _, e := range caseGapEndings {
		if strings.HasSuffix(last, e) {
			return true
		}
	}
	return false
}

// caseGapLangs, caseGapEndings, caseGapOpeners and caseGapCataphors are
// grammar.json's caseGapLanguages, caseGapEndings, caseGapOpeners and
// caseGapCataphors (caseGapAt).
var (
	caseGapLangs     = grammarSet("caseGapLanguages")
	caseGapEndings   = grammarWords["caseGapEndings"]
	caseGapOpeners   = grammarSet("caseGapOpeners")
	caseGapCataphors = grammarSet("caseGapCataphors")
)

// maxAnonymityAside is the most words an anonymity aside may hold.
const maxAnonymityAside = 20

// anonymityAside returns the bounds [a, e) of an aside set off by commas
// between a subject and the speech verb at vi that says the source asked
// not to be named (grammar.json anonymityAsides: "who asked not to be
// named", "que pidió no ser identificada", "aki nem kívánta nevét adni",
// "який попросив не називати його імені"), closing right before the verb
// or before a cataphoric word of caseGapCataphors ("…, azt mondta").
// Sets N, T, ZH, ZM, ZX, ZZI, ZZK, ZZL hold such sources; without the
// aside dropped the subject was never joined to its verb.
func (x *extractor) anonymityAside(toks []tok, vi int) (int, int, bool) {
	if x.noAnonymityAside || vi < 3 {
		return 0, 0, false
	}
	e := vi
	if lowerIn(caseGapCataphors, toks[e-1].raw) && toks[e-1].trail == "" {
		e--
	}
	if e < 3 || toks[e-1].trail != "," {
		return 0, 0, false
	}
	for a := e - 1; a >= 1 && a >= e-maxAnonymityAside; a-- {
		if toks[a-1].trail == "" {
			continue
		}
		if toks[a-1].trail != "," {
			return 0, 0, false
		}
		if anonymityIn(toks[a:e]) {
			return a, e, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// anonymityAsides is grammar.json's anonymityAsides (anonymityAside).
var anonymityAsides = grammarWords["anonymityAsides"]

// anonymityIn reports whether the words of toks, lower case, hold one of
// anonymityAsides: the aside says its subject is a source the report does
// not name. anonymityAside asks it of an aside before the verb,
// anonymousClause (anonymoussubject.go) of the aside after a subject.
func anonymityIn(toks []tok) bool {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(lowerString(t.raw))
		b.WriteByte(' ')
	}
	text := b.String()
	for _, p := range anonymityAsides {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
}
