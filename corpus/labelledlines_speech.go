// Speech on a log's lines: a chyron or a ticker gives words to a speaker
// with an unquoted label, "TUSK: ZANIM ZACZNIEMY …", "Rubio: …",
// "POSEŁ DRZEWICKI (KOMISJA OBRONY): …", often in capitals, and the
// second line under it names the same person by their title alone
// ("Premier na X: …", "Rzecznik Kremla: …", "Kremlin spokesman: …").
// A log has no interviewer and no turns: a label is a speaker only when
// it names a person the lexicon or the document knows, or a title with a
// name, and a title alone is the person of the line just before; a place
// or a topic ("GENEWA: …", "Punkt 6: …") is read as any other line.

package corpus

import (
	"strings"
	"unicode"
)

// logLine reads a line of a log (labelledlines.go) opened by a label,
// emitting its text as the words of the speaker the label names. It
// reports whether the line is done with: false for a line without a
// label, or with one the other readers know better (a body, a title no
// line before names), true for a place or a topic's label, which names
// no speaker at all.
func (x *extractor) logLine(p paragraph) bool {
	if !p.log || p.kind != paraText && p.kind != paraHeading {
		return false
	}
	prev := x.logPrev
	if x.logPrevAt != p.index-1 {
		prev = nil // a title alone points back one line only
	}
	x.logPrev = nil
	label, text, ok := cutLogLabel(relayDash(p.text)) // "Tusk this morning – …" (relaylabel.go)
	if !ok {
		return x.logChannelLine(p, prev)
	}
	sp, other := x.logSpeaker(label, prev)
	if sp == nil {
		// a place, a topic or a list of countries before the colon
		// ("GENEWA: …") speaks for no one; a body or a title no one
		// holds is left to the other readers, and so is a chat's line,
		// which a desk member writes as prose ("Text circulating from
		// Berlin: …", "Highlights: Peskov said …")
		return !other && !p.chat
	}
	direct := false
	rest := ""
	if q, ok := wholeQuote(text); ok {
		text, direct = q, true
	} else if relayLabel(label) {
		// "Rubio just now: … . Says …", "Kallas oggi a Bruxelles: … .
		// Ushakov invece …": the first sentence is the relayed person's,
		// the others are read as any sentence (relaylabel.go)
		text, rest = firstSentence(text)
	}
	x.pos = p.index
	before := len(x.out)
	x.emit(sp, text, direct, p.index)
	if len(x.out) == before {
		return false
	}
	for _, s := range sentences(rest) {
		x.sentence(s, p.index)
	}
	x.lastLabel = -1 // the next line is no continuation of this one
	x.headSpeaker = nil
	x.logPrev, x.logPrevAt = sp, p.index
	return true
}

// relayLabel reports whether a log's label names a circumstance after
// the name: a channel after a preposition or a time ("Rubio just now",
// "Premier na X").
func relayLabel(label string) bool {
	words := strings.Fields(label)
	for k := 1; k < len(words); k++ {
		if lowerIn(labelPreps, words[k]) {
			return true
		}
	}
	return circumstanceAt(words) > 0
}

// cutLogLabel cuts "LABEL: text" at its first colon: a label of at most six
// words, without quotation marks or digits ("Punkt 6", "08:17"), before a
// text of two words or more.
func cutLogLabel(s string) (label, text string, ok bool) {
	i := strings.Index(s, ": ")
	if i <= 0 || i > 80 {
		return "", "", false
	}
	label, text = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+2:])
	if !strings.Contains(text, " ") || containsAny(label, "“”„\"«»‘’:;!?") {
		return "", "", false
	}
	for _, r := range label {
		if unicode.IsDigit(r) {
			return "", "", false
		}
	}
	return label, text, len(strings.Fields(label)) <= 6
}

// logSpeaker resolves a log line's label (other: nil, and the other
// readers may read the line): a known person ("TUSK",
// "Jermak", "Ushakov"), a title and a name ("POSEŁ DRZEWICKI", "GEN.
// (REZ.) SKOWROŃSKI"), or a title alone ("Premier", "Sekretarz stanu
// USA"), which is prev, the person of the line before. A bracketed aside
// ("(KOMISJA OBRONY)") and a channel ("na X", "W STUDIU", "on Truth
// Social") are no part of it; a label in capitals is read as a name is
// written.
func (x *extractor) logSpeaker(label string, prev *speaker) (sp *speaker, other bool) {
	if head, tail, ok := strings.Cut(label, ", "); ok {
		if !x.roleLike(strings.Fields(lowerString(tail))) {
			return nil, false // "Wielka Brytania, Francja i Niemcy": a list, no one person
		}
		label = head // "ALAN PRICE, RETIRED GENERAL"
	}
	if j := strings.LastIndex(label, " ("); j > 0 && strings.HasSuffix(label, ")") {
		label = label[:j]
	}
	words := strings.Fields(label)
	cut := false
	for k := 1; k < len(words); k++ {
		if lowerIn(labelPreps, words[k]) {
			words, cut = words[:k], true // "Premier na X", "SKOWROŃSKI W STUDIU"
			break
		}
	}
	if k := circumstanceAt(words); !cut && k > 0 {
		words = words[:k] // "Rubio just now", "Starmer from Johannesburg" (relaylabel.go)
	}
	if len(words) == 0 {
		return nil, false
	}
	if len(words) > 1 && lowerIn(roleArticles, words[0]) {
		words = words[1:] // "The Kremlin spokesman", "Le porte-parole du Kremlin"
	} else if noun, ok := cutElidedArticle(lowerString(words[0])); ok {
		words = append([]string{words[0][len(words[0])-len(noun):]}, words[1:]...) // "L'ancienne ambassadrice"
	}
	caps := isAllCaps(strings.Join(words, " "))
	name := make([]string, len(words))
	lows := make([]string, len(words))
	for i, w := range words {
		lows[i] = lowerString(w)
		name[i] = w
		if caps && len([]rune(w)) > 1 {
			name[i] = nameCase(w)
		}
	}
	low := strings.Join(lows, " ")
	if x.lx.notSpeakers[low] || x.lx.bodies[low] != "" {
		return nil, true // "Kremlin: …": a body's words, which the label readers know
	}
	if sp := x.knownPerson(name); sp != nil && sp.kind == kindPerson {
		return sp, false
	}
	t := x.titleWords(words, lows, caps)
	if len(name) == 1 && allLetters(name[0]) && t == 0 {
		if full := x.fullNameOf(name[0]); full != "" {
			if sp := x.person(strings.Fields(full), ""); sp != nil && sp.kind == kindPerson {
				return sp, false
			}
		}
		return nil, false // "GENEWA: …": a place or a topic
	}
	if t == len(lows) {
		if sp := x.byOffice(words, lows); sp != nil {
			return sp, false // "Rzecznik Kremla", "Kremlin spokesman": the office's holder the document names
		}
		if prev != nil && prev.kind == kindPerson && prev.name != unnamedSpeaker {
			return prev, false // "Premier na X" under "TUSK: …"
		}
		return nil, true // "Analyst: …" under no one's line: an unnamed source's
	}
	if t == 0 {
		for _, w := range words {
			if !caps && !isCapital(w) && lowerIn(x.lx.sayVerbs, w) {
				return nil, true // "Rubio says talks were productive: …": a sentence, read as one
			}
		}
		return nil, false // "WSPÓLNE OŚWIADCZENIE USA I UKRAINY": no title, no one known
	}
	if len(name)-t > 2 {
		return nil, true
	}
	for i, w := range name[t:] {
		l := lows[t+i]
		if !isCapital(w) || !allLetters(w) || x.lx.isRole(l) || x.lx.bodies[l] != "" || x.lx.notSpeakers[l] || x.lx.groupNouns[l] || x.lx.bodyWords[l] {
			return nil, true
		}
	}
	title := strings.Join(words[:t], " ")
	if caps {
		title = lowerString(title) // "POSEŁ": "poseł", as a title is written
	}
	if sp := x.person(name[t:], title); sp != nil {
		return sp, false
	}
	if len(name)-t != 1 || len([]rune(name[t])) < 3 {
		return nil, true
	}
	// a title and a surname the document never gave in full: on a
	// log's line, as in a transcript's label, the surname says who
	// speaks (titledLabel)
	if prev, ok := x.people[name[t]]; ok {
		return prev, false
	}
	sp = &speaker{name: name[t], role: title, kind: kindPerson}
	x.people[sp.name] = sp
	return sp, false
}

// titleWords counts the words a label opens with that make up a title: a
// role or an unnamed source's noun first, then the words that qualify it,
// written in lower case ("stanu"), as an acronym ("USA") or being title
// words themselves ("Kremla"), abbreviations ("gen.", "(rez.)") and
// honorifics. A label whose first word is no title has none; in a label
// in capitals every word after the first role word that is no title word
// is read as the name.
func (x *extractor) titleWords(words, lows []string, caps bool) int {
	first := strings.Trim(lows[0], "().")
	if !x.lx.isRole(first) && !x.lx.isRole(lows[0]) && !x.lx.isUnnamed(first) && !x.lx.honorifics[lows[0]] && !x.lx.honorifics[first] {
		return 0
	}
	n := 1
	for ; n < len(lows); n++ {
		w, l := words[n], lows[n]
		bare := strings.Trim(l, "().")
		switch {
		case strings.HasSuffix(l, ".") || strings.HasPrefix(l, "("):
			// "gen. (rez.)": an abbreviated title
		case x.lx.isRole(bare) || x.lx.bodyWords[bare] || x.lx.honorifics[l] || x.lx.bodies[bare] != "":
		case !caps && (!isCapital(w) || isAllCaps(w) && len(w) <= 4):
			// "stanu", "USA": a qualifier of the title
		default:
			return n
		}
	}
	return n
}

// logChannelLine reads a log's line that names its speaker by title and
// where they spoke, without a colon, under the line of the same person:
// "Prezydent USA na Truth Social krytykuje też Europę …" under "TRUMP:
// …", "Kremlin spokesman on Telegram: …" aside. The title is the office's
// holder the document names, or the person of the line before; what
// follows the channel is theirs. A title without a channel ("Prezydent
// USA przyleci do Genewy") says what they did, not what they said.
func (x *extractor) logChannelLine(p paragraph, prev *speaker) bool {
	words := strings.Fields(p.text)
	k := 1
	for k < len(words) && k <= 4 && !lowerIn(labelPreps, words[k]) {
		k++
	}
	if k >= len(words) || k > 4 {
		return false
	}
	j := k + 1
	for j < len(words) && j-k <= 3 && isCapital(words[j]) {
		j++
	}
	if j == k+1 || len(words)-j < 2 || !isCapital(words[0]) || !platformName(words[k+1]) {
		return false // no platform named ("w Genewie" is where they were), or nothing said after it
	}
	title := words[:k]
	lows := make([]string, k)
	for i, w := range title {
		lows[i] = lowerString(w)
	}
	if x.titleWords(title, lows, isAllCaps(strings.Join(title, " "))) != k {
		return false
	}
	sp := x.byOffice(title, lows)
	if sp == nil && prev != nil && prev.kind == kindPerson && prev.name != unnamedSpeaker {
		sp = prev
	}
	if sp == nil {
		return false
	}
	x.pos = p.index
	before := len(x.out)
	x.emit(sp, strings.Join(words[j:], " "), false, p.index)
	if len(x.out) == before {
		return false
	}
	x.lastLabel = -1
	x.logPrev, x.logPrevAt = sp, p.index
	return true
}

// labelHeadline reads a headline in capitals whose one word before the
// colon is a known person ("TUSK: ZANIM ZACZNIEMY PRACĘ NAD PLANEM,
// TRZEBA …"), as a log's line is read: all after the colon is theirs, as
// written. A word that names no one ("UCRAINA: USHAKOV, …") is left to
// headlineClaims, for which it is the subject of the reports.
func (x *extractor) labelHeadline(label, text string, pos int) bool {
	sp := x.headlineSpeaker(label)
	if sp == nil {
		return false
	}
	text = strings.TrimSpace(text)
	direct := false
	if q, ok := wholeQuote(text); ok {
		text, direct = q, true
	}
	x.headSpeaker = sp
	x.emit(sp, text, direct, pos)
	return true
}

// platforms are the social platforms a chyron names as where someone
// spoke, by the start of their name in lower case (a case form follows:
// "Telegramie", "Facebooku"); "x" is the whole word.
var platforms = []string{"truth", "telegram", "facebook", "instagram", "youtube", "twitter", "bluesky", "tiktok", "threads", "linkedin"}

// platformName reports whether w opens a social platform's name.
func platformName(w string) bool {
	l := lowerString(strings.Trim(w, ",.:"))
	if l == "x" {
		return true
	}
	for _, p := range platforms {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}
