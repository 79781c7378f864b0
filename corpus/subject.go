// Who speaks: reading the speaker back from a speech verb (subjectSpan)
// or forward from an inverted one (subjectAfter), with the titles,
// complements, affiliations and parentheticals that stand around a name.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// subjectOfHead reads head, a phrase that stands before a speech verb
// (a name, a title and a name, a description), as the subject of "head
// said": the readers that find a speaker in a clause without its verb
// (an apposition, an aside, a relative clause) ask the subject reader
// through it. htoks are head's tokens; the verb is appended to them.
func (x *extractor) subjectOfHead(head string, htoks []tok) *speaker {
	return x.subjectBefore(head+" said", append(htoks, tok{raw: "said", word: "said", low: "said", start: len(head) + 1}), len(htoks))
}

// subjectBefore finds who speaks for the verb at toks[vi], reading the words
// before it (and the appositive between commas, if any).
func (x *extractor) subjectBefore(s string, toks []tok, vi int) *speaker {
	sp, _ := x.subjectSpan(s, toks, vi)
	return sp
}

// stressPronouns are data/grammar.json's stressPronouns: the French
// disjunctive pronouns a report sets off after a named subject to mark a
// turn to them ("Dmitri Peskov, lui, a répété que …"; sets ZN, ZW, ZZ,
// ZZE, ZZH).
var stressPronouns = grammarSet("stressPronouns")

// subjectSpan is subjectBefore also returning the index of the subject's
// first token.
func (x *extractor) subjectSpan(s string, toks []tok, vi int) (*speaker, int) {
	j := vi - 1
	for j >= 0 {
		if j > 0 && stressPronouns[toks[j].low] && toks[j].trail == "," && toks[j-1].trail == "," && (isCapital(toks[j-1].word) || x.lx.auxiliaries[toks[j-1].low]) {
			// "Giorgia Meloni, elle, a redit que …", "Donald Tusk a,
			// lui, ironisé …": a stress pronoun set off by commas after
			// the subject or its auxiliary is no aside the appositive
			// reader knows; read the subject as if it were not there
			t := append(append([]tok{}, toks[:j]...), toks[j+1:]...)
			t[j-1].trail = ""
			return x.subjectSpan(s, t, vi-1)
		}
		if p := x.adverbPhraseStart(toks, j); p >= 0 {
			j = p - 1 // "X a quant à lui indiqué": the phrase's pronoun is not the subject
			continue
		}
		if !((x.lx.adverbs[toks[j].low] || j+1 == vi && predicateData().doSupport[toks[j].low] || postDemonstratives[toks[j].low] && j > 0 && !isCapital(toks[j].word) || x.lx.auxiliaries[toks[j].low] || reflexive[toks[j].low] && j+1 < vi && x.lx.auxiliaries[toks[j+1].low] || (reflexive[toks[j].low] && (j+1 == vi || j+2 == vi && reflexiveAux[toks[j+1].low]) || reflexiveAux[toks[j].low] && j+1 == vi && j > 0 && reflexive[toks[j-1].low]) && x.lx.actVerbs[toks[vi].low] || x.objectCliticAt(toks, j, vi)) && toks[j].trail == "" && !isCapital(toks[j].word)) {
			break
		}
		j-- // ("Putin did say in Bishkek that …": an emphatic "did" right before the verb; "se limitó a decir", "si è limitato a dire": a reflexive before an auxiliary; "se comprometió a …", "s'est engagé à …": a reflexive act verb; "Cố vấn này cho biết": a demonstrative after its noun, postdemonstrative.go)
	}
	if sp, k, ok := x.originTail(s, toks, j); ok {
		return sp, k // "Toomas Leppik Tallinna Julgeolekuuuringute Keskusest hoiatas": where he works, not his name (speakerkinds.go)
	}
	if sp, k := x.delegateSpan(toks, j); sp != nil {
		return sp, k // "Le représentant de la France a déclaré" (delegate.go)
	}
	if sp, k, ok := x.nameBracket(s, toks, j); ok {
		return sp, k // "Anna Huber (Freie Wähler) sagte": the bracket is what she is (namebracket.go)
	}
	if j > 0 && strings.HasPrefix(toks[j].raw, "(") && strings.HasSuffix(toks[j].raw, ")") && toks[j-1].trail == "" {
		j-- // "The head of the Russian Direct Investment Fund (RDIF) stressed": the acronym in brackets
	}
	if j < 0 {
		return nil, 0
	}
	if j > 0 && toks[j].trail == "" && !x.subjectWord(toks[j], true) {
		// "Зеленский в вечернем обращении заявил": a channel phrase
		// between the speaker and the verb
		for m := j; m > 0 && m >= j-4 && toks[m].trail == ""; m-- {
			if x.lx.channels[lowerWord(toks[m])] {
				for p := m - 1; p > 0 && p >= m-3 && toks[p].trail == ""; p-- {
					if x.lx.asides[lowerWord(toks[p])] && toks[p-1].trail == "" {
						return x.subjectSpan(s, toks[:p+1], p)
					}
				}
				break
			}
		}
	}
	if sp, at := x.officeSubject(toks, j); sp != nil {
		return sp, at // "L'envoyé spécial américain a ajouté": a whole title of offices.json (offices.go)
	}
	if sp, at, ok := x.caselessCommaSubject(toks, j); ok {
		return sp, at // "הנשיא טראמפ, שדרש …, אמר" (caseless.go)
	}
	if toks[j].trail == "," || quotedComma(toks[j].trail) {
		return x.appositive(s[:toks[j].start+len(toks[j].raw)]), 0 // (a quoted name closing the aside: "…, μιλώντας στην «Αιγαίο Πρες», εκτίμησε")
	}
	if toks[j].trail != "" {
		return nil, 0
	}
	if sp, at := x.groupSubject(toks, j); sp != nil {
		return sp, at // "the two delegations said", "Obie strony oświadczyły" (groupsubject.go)
	}
	if sp, at, ok := x.caselessSubject(toks, j); ok {
		return sp, at // Arabic, Hebrew: the words before the verb, with no capital to mark a name (caseless.go)
	}
	k := j
	for k >= 0 && j-k < 12 {
		t := toks[k]
		if k < j && t.trail != "" && strings.Trim(t.trail, "»”“\"") != "" && !(t.trail == "." && (x.lx.honorifics[t.low+"."] || eponymMark(toks, k) || initialWord(t.word) && isCapital(toks[k+1].word))) {
			break // (a closing quotation mark may end an institution's name inside a title; "Präses Dr. X": an honorific's point ends nothing, nor an initial's, "Е. В. Самохвалова", initialsname.go)
		}
		if !x.subjectWord(t, k == j) {
			if k > 0 && k < j && eponymMark(toks, k) && isCapital(toks[k-1].word) {
				k-- // "Ośrodka … im. Kazimierza Pułaskiego": the eponym is the institution's (speakerkinds.go)
				continue
			}
			if n := relationLinkNoun(toks, k); n > 0 {
				k -= n + 1 // "Der Sprecher des russischen Präsidenten sagte", "el jefe de prensa del presidente ruso dijo" (relations.go)
				continue
			}
			if possessiveRelation(toks, k, j) {
				k-- // "… and his spokesman said", "il suo consigliere ha detto": whose relation (relations.go)
				continue
			}
			if x.demonymBeforeTitle(toks, k, j) {
				k-- // "der britische Premier Keir Starmer sagte": the adjective is the title's (demonymtitle.go)
				continue
			}
			if x.demonymAfterTitle(toks, k) {
				k-- // "el presidente polaco dijo": the adjective belongs to the title (demonymtitle.go)
				continue
			}
			if x.rankLeadBeforeTitle(toks, k, j) {
				k-- // "el primer ministro polaco Donald Tusk dijo": the rank is the title's (titlequal.go)
				continue
			}
			if x.titleModifierAfterName(toks, k, j) {
				k-- // "Kovács Bence ukrán nagykövet", "Nagy Gábor elnöki tanácsadó" (namefirst.go)
				continue
			}
			if c := x.roleComplement(toks, k, j); c < k {
				k = c
				continue
			}
			if k > 0 && k < j && toks[k-1].trail == "" && isCapital(toks[k-1].word) && (elidedAffiliation(t.word) || (affiliationPreps[t.low] || t.low == "für") && isCapital(toks[k+1].word)) {
				// "Giulia Ferrandi dell'Istituto di Studi Adriatici
				// osserva", "Anna Weber vom Institut für Sicherheit sagte":
				// the institution after the name (affiliated finds it)
				k--
				continue
			}
			if c := x.affiliationBefore(toks, k, j); c < k {
				k = c // "z Ústavu mezinárodních vztahů": lower-case words inside (affiliationspan.go)
				continue
			}
			break
		}
		k--
	}
	if ch := x.channelBefore(toks, k); ch > 0 {
		if sp, at := x.openingChannelSpeaker(s, toks, ch, k, j); sp != nil {
			return sp, at // "In an interview Zelensky said", "В интервью Песков заявил": the phrase opens the sentence (channelopener.go)
		}
	}
	if ch := x.channelBefore(toks, k); ch > 0 && k+1 <= j && (outletNamed(s[toks[k+1].start:toks[j].start+len(toks[j].word)]) != "" || j-k <= 2 && k >= 0 && toks[k].trail == "" && x.lx.channels[lowerWord(toks[k])] && isCapital(toks[k+1].word) || x.platformAfterChannel(toks, ch, k, j)) {
		// "Шойгу в интервью РИА Новости заявил", "X w rozmowie z TVN24
		// powiedział": the outlet is where it was said; the speaker
		// stands before the channel and its preposition
		c := ch - 1
		if c > 0 && toks[c].trail == "" && !isCapital(toks[c].word) {
			c--
		}
		if toks[c].trail == "" {
			return x.subjectSpan(s, toks[:c+2], c+1)
		}
		if toks[c].trail == "," {
			// "Ірина Кравець, членкиня комітету, у коментарі Укрінформу
			// зазначила": the speaker and their appositive before it
			return x.appositive(s[:toks[c].start+len(toks[c].raw)]), 0
		}
	}
	if k >= 1 && toks[k].trail == "" && toks[k-1].trail == "" && placePreps[toks[k].low] && (x.lx.groupNouns[toks[k-1].low] || x.lx.isUnnamed(toks[k-1].low)) {
		// "Western diplomats in Moscow said": the group speaks, not the
		// place
		return x.subjectSpan(s, toks, k)
	}
	if k >= 0 && k < j && x.lx.oneWords[lowerWord(toks[k])] && x.lx.ofWords[toks[k+1].low] {
		// "one of the deputy ministers told Reuters"
		if sp := x.oneOf(toks[:j+1], k); sp != nil {
			return sp, k
		}
	}
	phrase := toks[k+1 : j+1]
	if len(phrase) > 1 && k >= 0 && toks[k].trail == "" && !isCapital(toks[k].word) && x.lx.conjunctions[toks[j].low] && toks[j].word == toks[j].low {
		// "Trump hosted Zelensky at Mar-a-Lago and told reporters": the
		// words before the conjunction are the first verb's object, not a
		// name and its affiliation; the coordinated verb's subject opens
		// the sentence (coordinatedSubject)
		return nil, 0
	}
	for len(phrase) > 0 && (phrase[0].low == "of" || phrase[0].low == "and") {
		phrase = phrase[1:]
	}
	if len(phrase) >= 2 && k >= 0 && toks[k].trail == "" && endsInDigit(toks[k].word) {
		if _, ok := lowerIn2(sourceData().months, strings.TrimSuffix(phrase[0].word, ".")); ok {
			phrase = phrase[1:] // "in Berlin on 14–15 Dec Zelensky said": the date's month, not a given name (stop 55)
		}
	}
	if x.placeAfterSubject(toks, k, phrase) {
		return nil, 0 // "Zelensky ieri da Dublino ha detto": a place, read again without it (gaps.go)
	}
	if len(phrase) >= 2 && k >= 0 && toks[k].trail == "" && !isCapital(toks[k].word) && phrase[0].trail == "" && platformName(phrase[0].word) {
		phrase = phrase[1:] // "W serwisie Telegram Zełenski napisał", "У своєму Telegram-каналі Зеленський написав": where, then who
	} else if len(phrase) >= 3 && k < 0 && phrase[0].trail == "" && phrase[1].trail == "" && circumstanceOpeners().words[lowerWord(phrase[0])] && platformName(phrase[1].word) {
		phrase = phrase[2:] // "Su Telegram Zelensky ha scritto": the preposition opens the sentence with a capital
	}
	if sp := x.nameFirstSubject(phrase); sp != nil {
		return sp, j + 1 - len(phrase) // "Kovács Anna szóvivő közölte": the title after the name (namefirst.go)
	}
	if len(phrase) == 0 {
		sp, at := x.institutionSubject(toks, j) // "Le conseil départemental demande" (institutions.go)
		if sp != nil && sp.kind == kindPerson {
			return sp, at
		}
		if p, b := x.affiliationTail(toks, j); p != nil {
			return p, b // "Tomasz Wierzbicki of the Millbrook parish said", "X du conseil municipal a déclaré" (affiliationtail.go)
		}
		return sp, at
	}
	if affiliationPreps[phrase[0].low] || k >= 0 && toks[k].trail == "" {
		if sp, b := x.affiliationTail(toks, j); sp != nil {
			return sp, b // "Paolo Serra della parrocchia di Rovigo ha detto": not "di Rovigo"
		}
		if x.complementOfNoun(toks, k, phrase) && nameCases[x.src.Lang].endings == nil {
			return nil, j + 1 - len(phrase) // "Il titolare della Farnesina ha precisato": whose office, not a name (affiliationtail.go)
		}
	}
	if k >= 0 && k < j && institutionData().isHead(toks[k].word) && !isCapital(toks[k+1].word) {
		// "Het ministerie van Buitenlandse Zaken zei": the capitals after
		// the head's preposition are its name, not a person (institutions.go)
		if sp, at := x.institutionSubject(toks, j); sp != nil {
			return sp, at
		}
	}
	if sp := x.affiliated(phrase); sp != nil {
		return sp, j + 1 - len(phrase)
	}
	if st := j + 1 - len(phrase); st >= 1 && x.comitativeWord(toks[st-1]) {
		// "После встречи с Юрием Ушаковым Песков заявил", "Po rozmowie z
		// Andrijem Sybihą Radosław Sikorski powiedział": the names in the
		// comitative case are the other party, the nominative after them
		// the speaker
		if n := comitativeParty(x.src.Lang, phrase); n > 0 && n < len(phrase) {
			return x.classify(phrase[n:], false), st + n
		}
	}
	if len(phrase) >= 4 && k < 0 && placePreps[lowerWord(phrase[0])] && phrase[0].trail == "" && phrase[1].trail == "" && isCapital(phrase[1].word) && !isCapital(phrase[2].word) && x.lx.isRole(lowerWord(phrase[2])) {
		// "В Москве пресс-секретарь Кремля Дмитрий Песков заявил", "У
		// Москві речник Кремля Дмитро Пєсков сказав": the place opens
		// the sentence with no comma; the title after it starts the
		// speaker (channelopener.go reads the channel phrases)
		if sp := x.classify(phrase[2:], false); sp != nil && sp.kind == kindPerson {
			return sp, j + 1 - len(phrase) + 2
		}
	}
	if len(phrase) == 4 && k < 0 && placePreps[lowerWord(phrase[0])] && phrase[0].trail == "" && nameCases[x.src.Lang].endings != nil && isCapital(phrase[1].word) {
		k, phrase = 0, phrase[1:] // "В Москве Игорь Волков заявил": the preposition opens the sentence
	}
	if k >= 0 && len(phrase) == 3 && toks[k].trail == "" && placePreps[lowerWord(toks[k])] && nameCases[x.src.Lang].endings != nil && phrase[0].trail == "" && isCapital(phrase[1].word) && isCapital(phrase[2].word) {
		// "u Splitu Ivana Matić-Radoš smatra", "в Москве Игорь Волков
		// заявил": in a language of cases the capital right after a
		// place preposition is the place, the two after it the name; a
		// title before the place is theirs ("Analitičarka Instituta …
		// u Splitu")
		phrase = phrase[1:]
		sp := x.classify(phrase, false)
		if sp != nil && sp.kind == kindPerson && sp.role == "" {
			for r := k - 1; r >= 0 && r >= k-8 && toks[r].trail == ""; r-- {
				if x.lx.isRole(lowerWord(toks[r])) {
					sp.role = cleanRole(s[toks[r].start : toks[k+1].start+len(toks[k+1].word)])
					break
				}
			}
		}
		return sp, j + 1 - len(phrase)
	}
	if len(phrase) == 2 && k >= 0 && toks[k].trail == "" && placePreps[lowerWord(toks[k])] && phrase[0].trail == "" && isCapital(phrase[1].word) && !x.lx.honorifics[phrase[0].low] ||
		len(phrase) == 3 && k < 0 && phrase[0].trail == "" && placePreps[lowerWord(phrase[0])] && phrase[1].trail == "" && isCapital(phrase[2].word) {
		// "А в Москві Пєсков знову каже, що …", "In Moskou Peskov zegt
		// dat …": a capital after a place preposition, then one more
		// before the verb, is the place and the surname; "in Moskou
		// Peskov" is no one's name
		phrase = phrase[len(phrase)-1:]
		return x.classify(phrase, false), j
	}
	if st := j + 1 - len(phrase); st >= 2 && (x.comitativeWord(toks[st-1]) || x.comitativeWord(toks[st-2]) && toks[st-2].trail == "" || x.comitativeCoordinate(toks, st, j)) {
		// "Помощник президента Юрий Ушаков по итогам встречи … со
		// спецпосланником США Стивеном Уиткоффом заявил": the name after
		// "with" is the other party; the speaker opens the sentence
		if sp, at := x.openingSpeaker(s, toks, st); sp != nil {
			return sp, at
		}
		return nil, 0
	}
	if k >= 0 && len(phrase) == j-k && toks[k].trail == "" && x.lx.indefinites[toks[k].low] {
		// "a Kremlin official told reporters": the article makes the
		// speaker unnamed
		if sp := x.unnamedPhrase(toks[k : j+1]); sp != nil {
			return sp, k
		}
	}
	if sp, at := x.modifiedUnnamed(toks, k, j); sp != nil {
		return sp, at // "A senior European shipping lawyer told us": a noun before the title (stop 55)
	}
	if sp := x.classify(phrase, k+1 == 0); sp != nil {
		return sp, j + 1 - len(phrase)
	}
	if sp, at := x.institutionSubject(toks, j); sp != nil {
		return sp, at // "europejscy przywódcy uznali" (institutions.go)
	}
	return nil, j + 1 - len(phrase)
}

// clauseOpener reports whether a word opens a clause about the speaker
// rather than going on with what was said: "…, said Peskov, who spoke in
// Moscow", "adding that …".
func clauseOpener(t tok) bool {
	switch lowerWord(t) {
	case "who", "whose", "which", "whom", "according", "который", "которая", "которые", "которого", "которому", "которой", "которую", "який", "яка", "які", "якого", "якому", "якої", "яку", "który", "która", "którzy", "którego", "któremu", "której", "którą", "che", "cui", "que", "quien", "qui", "dont", "der", "die", "das", "welcher", "welche":
		return true
	}
	if relativePronouns[lowerWord(t)] {
		return true // "koji", "který", "който" (data/speakernames.json)
	}
	return strings.HasSuffix(t.low, "ing")
}

// anyCapital reports whether any of the words is capitalised: a name has
// begun.
func anyCapital(ts []tok) bool {
	for _, t := range ts {
		if isCapital(t.word) {
			return true
		}
	}
	return false
}

// channelBefore returns the index of the channel noun ("интервью",
// "rozmowie") at k or just before a preposition at k ("w rozmowie z"),
// or -1.
func (x *extractor) channelBefore(toks []tok, k int) int {
	if k < 0 {
		return -1
	}
	if x.lx.channels[lowerWord(toks[k])] {
		return k
	}
	if k > 0 && len(toks[k].word) <= 4 && !isCapital(toks[k].word) && toks[k-1].trail == "" && x.lx.channels[lowerWord(toks[k-1])] {
		return k - 1
	}
	return -1
}

// subjectAfter reads the speaker after an inverted verb: “...,” said US
// Secretary of State Marco Rubio / said Dmitry Peskov, the Kremlin spokesman.
// A title's complement closeGaps set aside (titleCommaName) goes back into
// the role.
func (x *extractor) subjectAfter(toks []tok, from int) *speaker {
	sp := x.subjectAfterRead(toks, from)
	if from < len(toks) {
		x.commaTitle.giveBack(sp, toks[from:])
	}
	return sp
}

func (x *extractor) subjectAfterRead(toks []tok, from int) *speaker {
	if from < len(toks) && (reportTo[toks[from].low] || x.addresseeAfterVerb(toks[from])) { // (Italian and Spanish "a": addresseeprep.go)
		// "», afirmou ao Diário do Tejo", "…, said to X": whom the words
		// were given to opens no subject (Portuguese "ao" is read as "al"),
		// unless a medium is read past and a speaker follows it ("explicó
		// a este canal Lucía Ferrándiz", mediaafter.go)
		start, ok, skip := x.mediumAfter(toks, from+1)
		if !ok || skip || toks[from].trail != "" {
			return nil
		}
		from = start
	}
	if from+1 < len(toks) && isCapital(strings.TrimLeft(toks[from].word, "„“«\"")) && containsAny(toks[from].raw, "„“«\"") {
		// "– powiedział „Rzeczpospolitej” jeden z wiceministrów": the
		// outlet told, in quotation marks, is no speaker
		for k := from; k < len(toks)-1 && k < from+4; k++ {
			if containsAny(toks[k].trail, "”“\"»") {
				if strings.Trim(toks[k].trail, "”“\"»") == "" {
					from = k + 1
				}
				break
			}
		}
	}
	if start, ok, skip := x.mediumAfter(toks, from); ok {
		if skip {
			return nil // "řekl deníku Hlas Moravy": the outlet told, nobody named after it (mediaafter.go)
		}
		from = start
	}
	if sp := x.oneOf(toks, from); sp != nil {
		return sp
	}
	if sp := x.nameFirstAt(toks, from); sp != nil {
		return sp // "– mondta Varga Tamás nagykövet": the title after the name (namefirst.go)
	}
	k := from
	for k < len(toks) && k-from < 10 && (x.subjectWord(toks[k], false) || x.titleNationality(toks, from, k) || possessiveOpens(toks, k)) {
		if toks[k].trail != "" {
			k++
			break
		}
		k++
	}
	if k == from {
		return nil
	}
	for m := from + 1; m < k; m++ {
		if x.lx.addresseeArticles[toks[m].low] && toks[m-1].trail == "" && (isCapital(toks[m-1].word) && !x.lx.isRole(lowerWord(toks[m-1])) || addresseeAfterPronoun(toks, from, m)) {
			// "sagt Brenninger der „Rheinpost“", "sagte Leavitt dem
			// Sender": after a name, the article opens whom the words
			// were given to, not more of the speaker
			k = m
			break
		}
	}
	for pass, was := 0, -1; pass < 2 && k != was && k < len(toks) && toks[k-1].trail == "" && !isCapital(toks[k].word) && (!anyCapital(toks[from:k]) || x.capitalComplement(toks[from:k])) && pronounGender[lowerWord(toks[from])] == ""; pass++ {
		was = k
		// "przekazał rzecznik rządu Piotr Malinowski": a lower-case
		// word of the title before the name (not "зазначила вона в
		// коментарі «Правді Київській»": a pronoun is the subject, and
		// what follows it is where the words were given); the title's
		// complement may open on a capital and go on in lower case, read
		// in a second pass ("a déclaré le ministre des Affaires étrangères
		// Jean-Noël Barrot")
		for m := k + 1; m < len(toks) && m <= k+2; m++ {
			if isCapital(toks[m].word) && x.subjectWord(toks[m], false) && (!x.lx.isRole(lowerWord(toks[m])) || x.countryThenName(toks, m)) && !containsAny(toks[m].raw, "«„“\"") {
				for k = m; k < len(toks) && k-from < 10 && x.subjectWord(toks[k], false); k++ {
					if toks[k].trail != "" {
						k++
						break
					}
				}
				break
			}
			if toks[m].trail != "" || toks[m-1].trail != "" {
				break
			}
		}
	}
	if c := x.affiliationAfterName(toks, from, k); c < k {
		k = c // "sagte der Politologe Jens Krause von der Universität Bremen" (affiliationspan.go)
	}
	if strings.HasPrefix(toks[k-1].trail, ",") && k < len(toks) && x.roleLike(tokWords(toks[from:k])) {
		// "», ha asegurado la ministra de Defensa, Margarita Robles.":
		// the title, then the name closing the sentence
		m := k
		for m < len(toks) && m-k < 4 && toks[m].trail == "" {
			m++
		}
		if m == len(toks)-1 && x.allNames(toks[k:m+1]) {
			if sp := x.classify(toks[k:m+1], false); sp != nil && sp.kind == kindPerson {
				if sp.role == "" {
					sp.role = cleanRole(strings.Join(tokWords(toks[from:k]), " "))
					x.people[sp.name] = sp
				}
				return sp
			}
		}
	}
	sp := x.classify(toks[from:k], false)
	if sp == nil {
		return nil
	}
	if strings.HasPrefix(toks[k-1].trail, ",") && k < len(toks) && sp.kind == kindPerson && !lonePronoun(toks[from:k]) {
		var role []string
		for _, t := range toks[k:] {
			role = append(role, t.word)
			if t.trail != "" {
				break
			}
		}
		if r := cleanRole(strings.Join(role, " ")); r != "" && x.roleLike(role) {
			sp.role = r
			x.people[sp.name] = sp
		}
	}
	return sp
}

// countryThenName reports whether the capital title word at m (a
// country's genitive the title lexicon holds: "России", "України") has a
// name right after it: "заявил министр иностранных дел России Сергей
// Лавров", where the lower-case step used to stop at "России" and the
// sentence gave no statement (stop 65, zrole3).
func (x *extractor) countryThenName(toks []tok, m int) bool {
	if x.noCountryName || toks[m].trail != "" || m+1 >= len(toks) {
		return false
	}
	n := toks[m+1]
	return isCapital(n.word) && x.subjectWord(n, false) && !x.lx.isRole(lowerWord(n)) && !containsAny(n.raw, "«„“\"")
}

// capitalComplement reports whether a subject phrase read so far is a
// title whose complement opens on a capital ("le ministre des Affaires",
// "el ministro de Asuntos"): a title word, then a lower-case word that is
// no title word (the preposition), then the first capital. A capital
// right after the title word is a name ("le président Macron"), not a
// complement (stop 65, zrole2).
func (x *extractor) capitalComplement(ts []tok) bool {
	for i, t := range ts {
		if !isCapital(t.word) {
			continue
		}
		if i < 2 || isCapital(ts[i-1].word) || x.lx.isRole(lowerWord(ts[i-1])) {
			return false
		}
		for _, r := range ts[:i-1] {
			if !isCapital(r.word) && x.lx.isRole(lowerWord(r)) {
				return true
			}
		}
		return false
	}
	return false
}

var stopCaps = map[string]bool{
	"on": true, "in": true, "at": true, "but": true, "however": true, "though": true, "although": true,
	"when": true, "while": true, "as": true, "after": true, "before": true, "because": true, "since": true,
	"if": true, "meanwhile": true, "speaking": true, "separately": true, "later": true, "earlier": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"yet": true, "so": true, "and": false, "then": true, "still": true, "also": true, "asked": true, "here": true,
	"now": true, "today": true, "yesterday": true, "last": true, "this": true, "that": true, "with": true,
	"for": true, "to": true, "from": true, "by": true, "where": true, "who": true, "which": true,
	"both": true, "all": true, "only": true, "even": true,
	"afterwards": true, "afterward": true, // "Afterwards Trump told reporters"
}

// subjectWord says whether a word can be part of a speaker phrase.
func (x *extractor) subjectWord(t tok, last bool) bool {
	if t.word == "" || stopCaps[t.low] {
		return false
	}
	if containsAny(t.raw, "“”\"—–()«»„‹›") {
		return false // (a name in quotation marks is an outlet or a title: "заявил он «Интерфаксу»")
	}
	if isCapital(t.word) {
		if x.focusWord(t) {
			return false // "Сам Ушаков заявил": the emphatic is no part of the name
		}
		if t.start == 0 && x.lx.sayVerbs[lowerWord(t)] {
			return false // "Заявил министр X, что …": a speech verb opening the sentence is no name (reportclause.go)
		}
		if t.start == 0 && x.openerWord(t) {
			return false // "Als Beispiel nannte er …", "Den Anfang machte …": a fronted phrase, no name (clauseopener.go)
		}
		return t.low[0] < 0x80 || !x.lx.adverbs[lowerWord(t)] // "Также он отметил"
	}
	if x.lx.isRole(t.low) || x.lx.backRef[t.low] || x.lx.groupNouns[t.low] || x.lx.bodyWords[t.low] || x.nameParticle(t.low) || hyphenParticleName(t.word) || isPartyWord(t.low) {
		return true // ("al-Sabah": particlename.go; "el republicano": partyref.go)
	}
	if !relationOff && relationData().nouns[t.low] {
		return true // "зять Трампа", "his son-in-law": a relation noun (relations.go)
	}
	if guestLex().nouns[t.low] {
		return true // "nasz gość uważa": the programme's guest (guestref.go)
	}
	if x.hyphenTitle(t) {
		return true // "foreign-policy aide" (hyphentitle.go)
	}
	if rest, ok := cutElidedArticle(t.word); ok && (x.lx.isRole(rest) || x.lx.backRef[rest]) {
		return true // "ha detto l'ambasciatore"
	}
	if elidedCapital(t.word) {
		return true // "a insisté le chef de l'État" (elidedtitle.go)
	}
	if !last && nameArticles[t.low] {
		return true // "…, δήλωσε ο πρέσβης X": the Greek article of a title or a name (namearticle.go)
	}
	switch t.low {
	case "of", "and", "the", "he", "she", "they", "it":
		return true
	case "il":
		// "ha detto il ministro X": the Italian article of a title; right
		// before a French verb it is the pronoun ("Mardi soir, il a
		// estimé …"), as "elle" is (frpronoun.go)
		return !last || x.frenchPronoun()
	case "el", "lo", "los", "las", "gli", "der", "die", "das", "les":
		return !last // "ha detto il ministro X": the article of a title
	case "он", "она", "він", "вона", "ona", "lui", "lei", "él", "ella", "elle", "er":
		return true // "— добавил он", "ha aggiunto lei"
	}
	return false
}

// roleComplement reads a title's lower-case complement back from toks[k]:
// "Wiceminister obrony Paweł Zaremba", "Il consigliere del presidente
// russo Yuri Ushakov", "Ekspertka ds. bezpieczeństwa Agnieszka Wróbel".
// Up to three lower-case words may stand between a title word and the
// capitalised words already read (which end at j, before the verb), or
// make the whole subject when the title opens the sentence ("Rzecznik
// rządu zapowiedział"); it returns the index before the title word, or k
// when there is none.
func (x *extractor) roleComplement(toks []tok, k, j int) int {
	// named: a name follows, right after k or after title words of its
	// own ("przewodniczący sejmowej komisji spraw zagranicznych Tadeusz
	// Gawlik": "spraw zagranicznych" is read as a title already)
	named := k < j && anyCapital(toks[k+1:j+1])
	if k > j || k < j && !named {
		return k
	}
	for m := k; m >= 0 && m >= k-5; m-- { // ("przewodniczący sejmowej komisji spraw zagranicznych Tadeusz Gawlik")
		t := toks[m]
		quotedName := containsAny(t.raw, "«»„“”") && !containsAny(t.raw, "—–()") && strings.Trim(t.trail, "»”“\"") == ""
		if t.trail != "" && !(t.trail == "." && len(t.word) <= 3) && !quotedName || containsAny(t.raw, "“”\"«»„—–()") && !quotedName {
			return k // punctuation ends the subject ("ds." is an abbreviation)
		}
		if quotedName && containsAny(t.raw, "“”\"«»„") {
			// "Експерт Центру безпекових студій «Дніпровий міст» Денис
			// Ковальчук": an institution's name in quotation marks
			continue
		}
		if lw := lowerWord(t); x.lx.isRole(lw) || x.elidedRole(lw) {
			if !named && m > 0 && !(m == 1 && roleArticles[lowerWord(toks[0])]) {
				return k // "Rzecznik rządu zapowiedział", "El presidente francés subrayó" only opening the sentence
			}
			return m - 1
		}
		if (titlePreps[t.low] || placePreps[t.low]) && m > 0 && m+1 < len(toks) && isCapital(toks[m+1].word) && x.lx.isRole(lowerWord(toks[m-1])) && toks[m-1].trail == "" {
			// "Envoy for Investment …", "ambassador to Kyiv John Tefft",
			// "Botschafter in Kiew Hans Vogel": the title's own
			// preposition and the place or domain after it
			continue
		}
		if isCapital(t.word) && m < k && m > 1 && placePreps[lowerWord(toks[m-1])] && toks[m-1].trail == "" && x.lx.isRole(lowerWord(toks[m-2])) && toks[m-2].trail == "" {
			continue // "Zastupnica u Hrvatskom saboru Marina Vuković": the place of the title, in its case
		}
		if isCapital(t.word) && m < k && m > 0 && (complementPreps[toks[m-1].low] || x.lx.isRole(lowerWord(toks[m-1])) && !isCapital(toks[m+1].word)) && toks[m-1].trail == "" {
			// "le ministre des Affaires étrangères Jean-Noël Barrot",
			// "Експерт Центру безпекових студій …": a capitalised noun
			// of the title's complement
			continue
		}
		if isCapital(t.word) && m < k || x.lx.speechOrThat(t.low) || stopCaps[t.low] {
			return k
		}
	}
	return k
}

// elidedRole reports whether a lower-case word is a title with its article
// elided onto it ("l'envoyé", "l'inviato", "l'ambassadrice"): the title
// word of "L'envoyé spécial Steve Witkoff a écrit", whose complement
// ("spécial") roleComplement reads back to it as it does after "Le
// conseiller".
func (x *extractor) elidedRole(l string) bool {
	rest, ok := cutElidedArticle(l)
	return ok && x.lx.isRole(rest)
}

// titlePreps join a title to its domain: "Envoy for Investment", "Minister
// of Defence", "Commissioner on Enlargement".
var titlePreps = grammarSet("titlePreps")

// placeAfterSubject reports whether the words read as the subject are a
// place phrase ("da Dublino", "à Dublin") after a name or a time word
// ("Zelensky ieri | da Dublino | ha detto"): no speaker, so the sentence
// is read again with the phrase closed as a gap and the name before it
// found.
func (x *extractor) placeAfterSubject(toks []tok, k int, phrase []tok) bool {
	if len(phrase) < 2 || len(phrase) > 3 || k < 0 || toks[k].trail != "" || isCapital(phrase[0].word) || !x.opensGapBefore(phrase[0]) || !isCapital(phrase[1].word) {
		return false
	}
	return gapOpener(toks[k]) || isCapital(toks[k].word) && x.subjectWord(toks[k], true)
}

// placePreps put a group speaker somewhere: "diplomats in Moscow".
var placePreps = grammarSet("placePreps")

// affiliationPreps tie a person to an institution after the name: "Giulia
// Ferrandi dell'Istituto …", "Anna Weber vom Institut …", "Jan Nowak z
// Ośrodka …", "Иван Петров из Центра …".
var affiliationPreps = grammarSet("affiliationPreps")

// elidedAffiliation reports whether a word is an elided preposition and a
// capitalised noun: "dell'Istituto", "dall'Università", "d'Oxford".
func elidedAffiliation(w string) bool {
	for _, p := range []string{"dell'", "dell’", "dall'", "dall’", "d'", "d’", "all'", "all’"} {
		if len(w) > len(p) && strings.EqualFold(w[:len(p)], p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// affiliated reads a person named before their institution: "L'analista
// Giulia Ferrandi dell'Istituto di Studi Adriatici" is Giulia Ferrandi,
// an analyst. It returns nil unless a person of two or more capitalised
// words stands before the affiliation.
func (x *extractor) affiliated(phrase []tok) *speaker {
	for i := 2; i < len(phrase); i++ {
		t := phrase[i]
		next := i + 1
		if next < len(phrase)-1 && roleArticles[phrase[next].low] {
			next++ // "of the Nordic Institute"
		}
		if !(elidedAffiliation(t.word) || affiliationPreps[t.word] && next < len(phrase) && capitalWithin(phrase, next, 2, len(phrase)-1) || (affiliationPreps[t.word] || placePreps[t.word]) && lowerPlacePhrase(phrase, i, len(phrase)-1)) {
			continue
		}
		if x.particleInNameAt(phrase, i) {
			continue // "Ursula von der Leyen": a particle of the name, no affiliation (particlename.go)
		}
		if !isCapital(phrase[i-1].word) || !isCapital(phrase[i-2].word) || x.lx.isRole(lowerWord(phrase[i-1])) {
			return nil // ("Prime Minister of Poland Donald Tusk": a title's "of")
		}
		sp := x.classify(phrase[:i], false)
		if sp == nil || sp.kind != kindPerson {
			return nil
		}
		return sp
	}
	return nil
}

// reflexive pronouns may open a compound speech verb: "se limitó a decir".
var reflexive = grammarSet("reflexives")

// reflexiveAux holds the forms of "be" between a reflexive and its act
// verb in a compound past ("si è impegnata a …", "se sont engagés à …"):
// they are read over only there, since "è" and "sont" alone are no
// auxiliaries of speech.
var reflexiveAux = grammarSet("reflexiveAuxiliaries")

// comitative prepositions put a person beside the speaker, not in their
// place: "met with X", "со спецпосланником", "mit dem Gesandten".
var comitative = grammarSet("comitatives")

// openingSpeaker reads the speaker that opens a sentence, before toks[limit]:
// a title and a name ("Помощник президента России Юрий Ушаков") or a name
// alone, followed by the adverbials that stand between it and the verb.
func (x *extractor) openingSpeaker(s string, toks []tok, limit int) (*speaker, int) {
	if k := slugLead(toks, limit); k > 0 {
		// "RUSSIA-UKRAINE _ Donald Trump hosted … and told …": a budget
		// line's slug is no speaker; the sentence opens after its dash
		sp, at := x.openingSpeaker(s, toks[k:], limit-k)
		return sp, at + k
	}
	if k := openingCircumstance(toks, limit); k > 0 {
		// "Desde Kiev, Zelenski se mostró … y pidió …": the place before
		// the comma is no speaker (predicate.go)
		sp, at := x.openingSpeaker(s, toks[k:], limit-k)
		return sp, at + k
	}
	if limit > 2 && pronounGender[lowerWord(toks[0])] != "" && toks[0].trail == "" && !isCapital(toks[1].word) && !x.lx.isRole(lowerWord(toks[1])) && !x.lx.backRef[lowerWord(toks[1])] {
		// (not "Il ministro Guido Ferri …": an Italian article)
		// "He declined to set a deadline, and said …": the person the
		// pronoun refers back to
		if sp := x.classify(toks[:1], true); sp != nil && sp.kind == kindPerson {
			return sp, 0
		}
		return nil, 0
	}
	if limit > 2 && toks[0].trail == "" && isCapital(toks[0].word) && !isCapital(toks[1].word) && x.knownName(toks[0].word) {
		// "Zelensky struck a defiant tone, saying …", "Peskov declined to
		// comment, saying …": a known person's surname alone
		if sp := x.classify(toks[:1], true); sp != nil && sp.kind == kindPerson {
			return sp, 0
		}
	}
	for i := 0; i+1 < limit && i < 6; i++ {
		if !isCapital(toks[i].word) || x.lx.isRole(lowerWord(toks[i])) || !isCapital(toks[i+1].word) || x.lx.isRole(lowerWord(toks[i+1])) {
			continue
		}
		n := i + 2
		for n < limit && n < i+3 && isCapital(toks[n].word) && toks[n-1].trail == "" {
			n++
		}
		for n < limit && n < i+5 && isCapital(toks[n].word) && initialLike(toks[n-1]) {
			n++ // "Помощник Президента Ю. В. Ушаков": initials, then the surname (stop 56, xspk2)
		}
		span := make([]tok, n+1)
		copy(span, toks[:n])
		span[n-1].trail = ""
		span[n] = tok{raw: "said", word: "said", low: "said", start: toks[n-1].start + len(toks[n-1].raw) + 1}
		if sp, at := x.subjectSpan(s, span, n); sp != nil && sp.kind == kindPerson && at == 0 {
			return sp, at
		}
		return nil, 0
	}
	return nil, 0
}

// oneOf reads "one of the deputy ministers", "jeden z wiceministrów",
// "uno dei negoziatori" at toks[from]: a member of a group the report
// does not name, an unnamed speaker described by the phrase (up to the
// next punctuation). nil otherwise, and for "one of them".
func (x *extractor) oneOf(toks []tok, from int) *speaker {
	if from+2 >= len(toks) || !x.lx.oneWords[lowerWord(toks[from])] || !x.lx.ofWords[lowerWord(toks[from+1])] || toks[from].trail != "" || toks[from+1].trail != "" {
		return nil
	}
	end := from + 2
	for end < len(toks)-1 && end-from < 7 && toks[end].trail == "" && !isCapital(toks[end+1].word) {
		end++
	}
	last := toks[end]
	if isCapital(last.word) || oneOfThem(toks[from:end+1]) {
		return nil
	}
	words := tokWords(toks[from : end+1])
	return &speaker{name: unnamedSpeaker, role: strings.Join(words, " "), kind: kindGroup} // (cleanRole would take "uno" for an article)
}

// quotedComma reports whether a trail closes a quotation, then a comma:
// "«Αιγαίο Πρες»,", "“Die Zeit”,".
func quotedComma(trail string) bool {
	return len(trail) > 1 && strings.HasSuffix(trail, ",") && strings.Trim(trail[:len(trail)-1], "»”\"’") == ""
}

// slugLead is the index after an agency budget line's slug and its dash
// ("RUSSIA-UKRAINE-TRUMP _ …", "UKRAINE-PEACE — …"): one or two words in
// capitals, then a lone dash or underscore; 0 when the sentence opens
// otherwise.
func slugLead(toks []tok, limit int) int {
	for d := 1; d <= 2 && d+2 < limit; d++ {
		if w := toks[d].raw; w != "_" && w != "—" && w != "–" {
			if toks[d].trail != "" {
				return 0
			}
			continue
		}
		for _, t := range toks[:d] {
			if t.trail != "" || strings.ToUpper(t.word) != t.word || lowerString(t.word) == t.word {
				return 0
			}
		}
		return d + 1
	}
	return 0
}

// personSubjectAt reports whether the sentence opens with a named person
// set off by a comma before the verb at toks[vi] ("Olena Hollis, who
// arrived from Kharkiv in 2022, said people wanted peace", "Anna Berg, a
// councillor, said officials were …"): the comma before the verb closes
// the person's apposition, not a quotation, so the plural after the verb
// ("people", "officials", "sources") is the subject of what was said, not
// an unnamed speaker of an inverted attribution.
func (x *extractor) personSubjectAt(s string, toks []tok, vi int) bool {
	if sp, from := x.subjectSpan(s, toks, vi); sp != nil {
		return sp.kind == kindPerson && from == 0
	}
	c := 0
	for c < vi && c < 5 && toks[c].trail == "" {
		c++
	}
	if c == 0 || c >= vi-1 || toks[c].trail != "," {
		return false
	}
	sp := x.classify(toks[:c+1], true)
	return sp != nil && sp.kind == kindPerson
}

// endsInDigit reports whether a word ends in a digit: a day of the month
// before its month ("15 Dec", "14–15 Dec").
func endsInDigit(w string) bool {
	return w != "" && isDigit(w[len(w)-1])
}

// modifiedUnnamed reads an unnamed source whose title has a lower-case
// noun before it, which no subject word takes: "A senior European
// shipping lawyer told us", "a Western banking source said". The subject
// words stop at the noun (toks[k]); when an indefinite article opens the
// sentence at most three words before it, and the
// verb's subject (toks[j]) is a title or a source noun, the whole phrase
// is the unnamed speaker's description.
func (x *extractor) modifiedUnnamed(toks []tok, k, j int) (*speaker, int) {
	if k < 1 || k >= j || toks[k].trail != "" || isCapital(toks[k].word) || len(toks[k].word) < 4 {
		return nil, 0
	}
	if head := lowerWord(toks[j]); !x.lx.isRole(head) && !x.lx.isUnnamed(head) {
		return nil, 0
	}
	if l := toks[k].low; x.lx.thatWords[l] || placePreps[l] || affiliationPreps[l] || x.lx.conjunctions[l] || x.lx.sayVerbs[l] || x.lx.actVerbs[l] || x.lx.auxiliaries[l] {
		return nil, 0
	}
	for m := k - 1; m >= 0 && m >= k-3 && toks[m].trail == ""; m-- {
		if !x.lx.indefinites[toks[m].low] {
			continue
		}
		if m > 0 {
			return nil, 0 // (after a comma, "…, a desk editor said": the trailing readers' to read)
		}
		words := make([]string, 0, j-m)
		for _, t := range toks[m+1 : j+1] {
			words = append(words, t.word)
		}
		return &speaker{name: unnamedSpeaker, role: cleanRole(strings.Join(words, " ")), kind: kindGroup}, m
	}
	return nil, 0
}
