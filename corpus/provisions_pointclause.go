// A point of a plan reported in running prose, in any language: "Le texte
// américain prévoyait dans son point 6 un plafond de 600 000 soldats",
// "El plan estadounidense, en su punto nº 6, fija un techo …", "Il punto
// 26 prevedeva un'amnistia piena …, nella controproposta europea non c'è
// più", "в п. 12 американского плана говорится …". Coverage reports single
// points so far more often than as lists. Three things go wrong when the
// rules built for lists and labels read them:
//
//   - the term is cut at the number, or after the document's verb, so the
//     reader loses who sets it out and how ("dans son point 6 un plafond de
//     …"): pointClauseText keeps the point's whole clause, from the clause
//     start (a colon, a semicolon, a dash, a comma before a conjunction),
//     without a leading attribution ("Zelensky said that", "According to
//     Reuters,"); a later clause that speaks of another version stays, as
//     the rewrite rules read the other version's term from it;
//   - a point word's short form ("п. 12", "Pkt. 7", "pkt 5") is not read:
//     runningPointAbbr, asked by pointRefEnd;
//   - a version named in a later clause that contrasts ("…, nella
//     controproposta europea non c'è più") takes the point from the
//     version the sentence is about: laterContrastAt, asked by
//     pointVersion, which also reads the version names plans.json leaves
//     out elsewhere when the sentence names a point ("Європейський варіант
//     у пункті 12 …", sentenceVersion).
//
// The words are pointrefs.json's (_pointClause).

package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// pointClauseData is pointrefs.json's _pointClause lists.
type pointClauseLists struct {
	Abbrs     []string            `json:"runningPointAbbreviations"`
	Numbered  []string            `json:"numberedAbbreviations"`
	Joins     []string            `json:"clauseJoins"`
	OpenPreps []string            `json:"clauseOpenPrepositions"`
	Lead      []string            `json:"pointLeadWords"`
	Contrast  []string            `json:"laterContrastWords"`
	Versions  map[string][]string `json:"sentenceVersions"`
	Relatives []string            `json:"versionClauseRelatives"`
	Partners  map[string]string   `json:"contrastPartners"`
	AsWords   []string            `json:"reportAsideOpeners"`
	AsVerbs   []string            `json:"reportAsideVerbs"`
	asWords   map[string]bool
	asVerbs   map[string]bool
	abbrs     map[string]bool
	numbered  map[string]bool // an article's short form: "art. 5", "ст. 5"
	joins     map[string]bool
	openPreps map[string]bool
	lead      map[string]bool
	contrast  map[string]bool
	versions  []versionPhrase
	abbrFirst [256]bool // the first bytes of abbrs, either case: most words are skipped on one look
}

type versionPhrase struct{ plan, phrase string }

var pointClauseData = sync.OnceValue(func() *pointClauseLists {
	var d pointClauseLists
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &d)
	d.abbrs, d.joins, d.openPreps = set(d.Abbrs), set(d.Joins), set(d.OpenPreps)
	d.numbered = set(d.Numbered)
	d.lead, d.contrast = set(d.Lead), set(d.Contrast)
	d.asWords, d.asVerbs = set(d.AsWords), set(d.AsVerbs)
	for _, a := range d.Abbrs {
		d.abbrFirst[a[0]] = true
		d.abbrFirst[strings.ToUpper(a)[0]] = true
	}
	for plan, phrases := range d.Versions {
		for _, p := range phrases {
			d.versions = append(d.versions, versionPhrase{plan, p})
		}
	}
	return &d
})

// runningPointAbbr reports whether word w, which ends at next in s, is a
// point word's short form before a number ("п. 12", "Pkt. 7", "pkt 5"),
// and where the number may start (past its dot).
func runningPointAbbr(s, w string, next int) (after int, ok bool) {
	if len(w) > 5 || !pointClauseData().abbrFirst[w[0]] {
		return 0, false
	}
	var buf [8]byte
	l := appendLower(buf[:0], w)
	dot := next < len(s) && s[next] == '.'
	if dot {
		l = append(l, '.')
	}
	if !pointClauseData().abbrs[string(l)] {
		return 0, false
	}
	if dot {
		next++
	}
	return next, true
}

// pointRefStart is where the name of the point whose reference ends at end
// starts in s: its point word or short form, else the number.
func pointRefStart(s string, end int) int {
	start := end
	for start > 0 && isDigit(s[start-1]) {
		start--
	}
	// back over the marks and the point word before the number: at most
	// three words ("punto nº 6", "п. 12", "point 6")
	k := start
	for n := 0; n < 3 && k > 0; n++ {
		j := strings.LastIndexByte(s[:k], ' ')
		w := strings.TrimSpace(s[j+1 : k])
		if w == "" {
			k = j
			continue
		}
		lw := lowerString(strings.TrimRight(w, "."))
		if len(w) >= 3 && pointRefSet().has(strings.TrimRight(w, ".")) {
			return j + 1
		}
		if lowerIn(pointClauseData().abbrs, w) || pointClauseData().abbrs[lw] || lw == "nr" || lw == "no" || w == "№" || lw == "n" {
			k = j
			start = j + 1
			continue
		}
		break
	}
	return start
}

// pointClauseStart is where the clause holding position at starts in s:
// after the last colon, semicolon, spaced dash, or comma before a
// conjunction that opens a clause of its own, 0 for none.
func pointClauseStart(s string, at int) int {
	start := 0
	for _, sep := range []string{": ", "; ", " — ", " – ", " - "} {
		if i := strings.LastIndex(s[:at], sep); i >= 0 && i+len(sep) > start {
			start = i + len(sep)
		}
	}
	d := pointClauseData()
	for from := start; from < at; {
		i := strings.Index(s[from:at], ", ")
		if i < 0 {
			break
		}
		c := from + i + 2
		w, _ := nextWord(s, c)
		if lowerIn(d.joins, w) && strings.HasPrefix(s[c:], w) {
			start = c
		}
		from = c
	}
	return start
}

// pointClauseText is the term text of a numbered point read from running
// prose, widened to the whole clause of s that names the point when the
// text leaves out the words before it that set the point out (its
// document, its verb): "dans son point 6 un plafond …" becomes "Le texte
// américain prévoyait dans son point 6 un plafond …". A leading
// attribution is left out, and a clause opening on a preposition and the
// point ("Under point 14, the assets …") is kept as it was, its subject
// being after the comma. text otherwise.
func pointClauseText(lx *lexicon, s, text string) string {
	at := strings.Index(s, text)
	if at < 0 {
		return text
	}
	if at == 0 {
		// "According to Reuters, the sixth point of the US draft would
		// …": the attribution before the point is no part of its term
		if w, _ := nextWord(s, 0); lowerIn(lx.according, w) || strings.EqualFold(w, "according") {
			if c := strings.Index(text, ", "); c > 0 && strings.Count(text[:c], " ") < 6 && !hasPointRef(text[:c]) && ordinalPointRef(text[:c]) == 0 && (hasPointRef(text[c:]) || ordinalPointRef(text[c:]) > 0) {
				return text[c+2:]
			}
		}
		// "Lo que sí está cerrado: en el punto 4, el ejército …": a short
		// lead-in before the point's clause is no part of its term
		if _, end, ok := pointRefEnd(text); ok {
			if c := pointClauseStart(text, pointRefStart(text, end)); c > 0 && strings.Count(text[:c], " ") <= 6 && !hasASCIIDigit(text[:c]) && !strings.HasSuffix(text[:c], ", ") && strings.Count(text[c:], " ") >= 3 && !speakerLabelLike(text[:c]) {
				return text[c:]
			}
		}
		return text
	}
	_, end, ok := pointRefEnd(s)
	ref := 0
	if ok {
		ref = pointRefStart(s, end)
	} else if ref, end, ok = ordinalPointSpan(lx, s); !ok {
		return text
	}
	if ref >= at {
		// the point inside the term: its head is added only when the
		// term opens on a phrase placing the point ("dans son point 6 un
		// plafond …", "w pkt 5, że …"), not when the point is what the
		// head's verb acts on ("keeps the second point of …")
		if strings.Count(s[at:ref], " ") > 3 {
			return text
		}
		if w, _ := nextWord(s, at); !lowerIn(pointClauseData().openPreps, w) {
			return text
		}
	}
	if ref < at && end > at {
		return text // the term starts inside the point's name
	}
	if ref < at {
		if strings.Contains(s[end:at], ": ") || strings.Contains(s[end:at], " — ") || strings.Contains(s[end:at], " – ") {
			return text // "Al punto 10 compare la novità più pesante: gli Stati Uniti …": a lead-in names the point, the term follows it
		}
		if k := strings.Index(s[end:at], ", "); k >= 0 {
			relative := false
			if w, _ := nextWord(s, end+k+2); lowerIn(lx.relPronouns, w) {
				relative = true // "… is point 27, which would have …": the relative clause is the term
			}
			for _, r := range lx.pointRels {
				relative = relative || strings.Contains(s[end:at], r) // "Pytany o punkt 9 planu, zgodnie z którym …"
			}
			if relative {
				// "Двадцять перший пункт, який вимагав виведення військ, …",
				// "The eighteenth point, under which Ukraine remains …": a
				// point opening its clause keeps its name and the relative
				// word; one named inside another clause gives the
				// relative clause alone
				start := pointClauseStart(s, ref)
				if k <= 60 && opensOnPoint(lx, s[start:ref]) {
					return trimSentenceEnd(s[start : at+len(text)])
				}
				return text
			}
		}
	}
	first := min(ref, at)
	start := pointClauseStart(s, first)
	if start >= at {
		return text
	}
	// a leading attribution: "Zelensky said that …", "According to Reuters, …"
	if c := clauseAfterSpeech(lx, s[start:]); c != "" {
		if k := strings.Index(s[start:], c); k >= 0 && start+k <= first {
			start += k
		}
	}
	if w, _ := nextWord(s, start); lowerIn(lx.according, w) || strings.EqualFold(w, "according") || strings.EqualFold(w, "as") {
		if c := strings.Index(s[start:first], ", "); c > 0 {
			start += c + 2
		}
	}
	if start >= at {
		return text
	}
	head := s[start:at]
	if containsAny(head, "“”\"«»„()[]") || strings.Count(head, " ") > 14 {
		return text
	}
	if start < ref && hasPointRef(s[start:ref]) {
		return text // another point named before this one in the clause
	}
	d := pointClauseData()
	before := s[start:max(ref, start)]
	if w, _ := nextWord(before, 0); w != "" && lowerIn(d.openPreps, w) && strings.HasSuffix(strings.TrimSpace(head), ",") {
		return text // "Under point 14, the assets would be invested": an adverbial before the term's own subject
	}
	subject := false
	for i := 0; i < len(before); {
		w, next := nextWord(before, i)
		if w == "" {
			break
		}
		if !lowerIn(d.lead, strings.Trim(w, ".'’")) {
			subject = true
			break
		}
		i = next
	}
	if !subject && ref > at {
		return text // "au point 6, le plafond …": nothing before the point but its determiners
	}
	return trimSentenceEnd(s[start : at+len(text)])
}

// laterContrastAt is where in s a clause after the point's own begins that
// speaks of another version ("Il punto 26 prevedeva un'amnistia piena per
// tutte le parti, nella controproposta europea non c'è più", "Point 6
// capped the army at 600,000, whereas the European text lifts it"): the
// first comma after the point's reference (at) that opens a clause holding
// a negation or a contrast word; -1 for none.
func laterContrastAt(s string, at int) int {
	d := pointClauseData()
	for from := at; from < len(s); {
		i := strings.Index(s[from:], ", ")
		semi := false
		if k := strings.Index(s[from:], "; "); k >= 0 && (i < 0 || k < i) {
			i, semi = k, true // "The 26th point grants full amnesty …; the European text removes it": read for a drop word only
		}
		if i < 0 {
			return -1
		}
		c := from + i + 2
		from = c
		clause := s[c:]
		if e := strings.IndexAny(clause, ",;:"); e > 0 {
			clause = clause[:e]
		}
		if w, _ := nextWord(clause, 0); lowerIn(lexiconData().relPronouns, w) {
			continue // "Point 3, which said Russia would not invade …": the point's own relative clause
		}
		if low := lowerString(clause); stemIn(low, planTermsData().dropStems) && (len(namedVersions(low)) > 0 || sentenceVersion(low, 0) != "") {
			return c - 2 // "…; the European text removes it": a version that drops the point (planterms.json dropWords)
		}
		if semi {
			continue
		}
		for j := 0; j < len(clause); {
			w, next := nextWord(clause, j)
			if w == "" {
				break
			}
			if lowerIn(d.contrast, w) {
				// a contrast only about another version's words counts
				if low := lowerString(clause); len(namedVersions(low)) > 0 || sentenceVersion(low, 0) != "" {
					return c - 2
				}
				break
			}
			j = next
		}
	}
	return -1
}

// sentenceVersion is the version a sentence naming a point names by one
// of pointrefs.json's sentenceVersions, the one nearest the point at; ""
// for none.
func sentenceVersion(low string, at int) string {
	best, bestDist := "", -1
	for _, v := range pointClauseData().versions {
		i := strings.Index(low, v.phrase)
		if i < 0 {
			continue
		}
		d := i - at
		if i < at {
			d = at - (i + len(v.phrase))
		}
		if d < 0 {
			d = 0
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = v.plan, d
		}
	}
	return best
}

// hasDigitSoon reports whether a digit follows at in s past spaces only.
func hasDigitSoon(s string, at int) bool {
	for at < len(s) && s[at] == ' ' {
		at++
	}
	return at < len(s) && isDigit(s[at])
}

// pointAbbrBeforeNumber reports whether the full stop at i in s closes a
// point word's short form before its number ("в п. 12 американского
// плана", "Laut Pkt. 7"), or an article's ("art. 5 od USA", "ст. 5"),
// which ends no sentence.
func pointAbbrBeforeNumber(s string, i int) bool {
	if !hasDigitSoon(s, i+1) || i+1 < len(s) && s[i+1] != ' ' {
		return false
	}
	j := strings.LastIndexAny(s[:i], " (\u00a0") + 1
	if i-j == 0 || i-j > 5 {
		return false
	}
	var buf [8]byte
	l := append(appendLower(buf[:0], s[j:i]), '.')
	return pointClauseData().abbrs[string(l)] || pointClauseData().numbered[string(l)] // "… odzwierciedlające art. 5 od USA"
}

// dropReportAside drops from sentence s an opening aside that says how
// what follows is known ("As Reuters reported, point 6 of the US draft
// would …", "Как сообщает Reuters, в п. 12 …", "Wie Reuters berichtet,
// sieht Punkt 12 …"): an "as" word, a reporting verb and at most six
// words before a comma, followed by a clause naming a point. The point is
// set out in the report, not said by its source; s otherwise.
func dropReportAside(lx *lexicon, s string) string {
	w, _ := nextWord(s, 0)
	d := pointClauseData()
	if len(w) > 6 || !lowerIn(d.asWords, w) {
		return s // (most sentences: one word looked at)
	}
	c := strings.Index(s, ", ")
	if c < 0 || strings.Count(s[:c], " ") > 6 {
		return s
	}
	verb := false
	for i := 0; i < c; {
		w, next := nextWord(s[:c], i)
		if w == "" {
			break
		}
		l := lowerString(w)
		verb = verb || lx.sayVerbs[l] || d.asVerbs[l]
		i = next
	}
	rest := s[c+2:]
	if !verb || hasPointRef(s[:c]) || !hasPointRef(rest) && ordinalPointRef(rest) == 0 {
		return s
	}
	// the rest sets something out ("prevede", "would", "говорится"), not
	// what the source thinks of it ("As Zelensky said, point 20 is
	// unacceptable"): its words then stay his
	for i, n := 0, 0; i < len(rest) && n < 12; n++ {
		w, next := nextWord(rest, i)
		if w == "" {
			break
		}
		if pointVerbAfter(lx, rest[i:]) || lowerIn(lx.impersonal, w) {
			return rest
		}
		i = next
	}
	return s
}

// ordinalDotBeforePoint reports whether the full stop at i in s makes the
// number before it an ordinal of the point word after it ("Der 6. Punkt
// des US-Entwurfs", "a 19. pont"), which ends no sentence.
func ordinalDotBeforePoint(s string, i int) bool {
	d := i
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	if n := i - d; n < 1 || n > 2 || d > 0 && s[d-1] != ' ' {
		return false
	}
	w, _ := nextWord(s, i+1)
	if len(w) < 3 || !pointRefSet().has(w) {
		return false
	}
	// "… steht in Punkt 5. Punkt 6 regelt …": the number of the point
	// before ends its sentence, as does any other number's
	j := strings.LastIndexByte(strings.TrimRight(s[:d], " "), ' ')
	prev := strings.TrimSpace(s[j+1 : d])
	// and only after an article or a preposition ("Der 6. Punkt", "im 6.
	// Punkt", "a 19. pont"): "… odpowiadać artykułowi 5. Punkt 7 …" ends
	l := lowerString(prev)
	return pointClauseData().lead[l] || elidedOrdinalData().articles[l]
}

// ordinalPointSpan is where the ordinal naming a point starts in s and
// where its point word ends ("Двадцять перший пункт", "the eighteenth
// point"), for the first point word an ordinal names.
func ordinalPointSpan(lx *lexicon, s string) (start, end int, ok bool) {
	for _, w := range lx.pointWordsIn(s) {
		if ordinalAt(lx, s[:w.end], w) == 0 {
			continue // (the ordinal before the word alone: the caller has read the number)
		}
		start = w.start
		// back over the ordinal's words: at most two ("двадцять шостий")
		for n := 0; n < 2 && start > 0; n++ {
			j := strings.LastIndexByte(strings.TrimRight(s[:start], " "), ' ')
			b := strings.TrimSpace(s[j+1 : start])
			l := lowerString(b)
			if lx.ordinals[l] == 0 && ordinalTensData()[l] == 0 && numericOrdinal(b) == 0 && hyphenOrdinal(lx, l) == 0 {
				break
			}
			start = j + 1
		}
		return start, w.end, true
	}
	return 0, 0, false
}

// opensOnPoint reports whether the words before a point's name in its
// clause are only articles, prepositions and possessives: the point opens
// the clause ("Двадцять перший пункт, який …", "The eighteenth point, …").
func opensOnPoint(lx *lexicon, before string) bool {
	d := pointClauseData()
	for i := 0; i < len(before); {
		w, next := nextWord(before, i)
		if w == "" {
			break
		}
		if l := lowerString(w); !d.lead[l] && !elidedOrdinalData().articles[l] {
			return false
		}
		i = next
	}
	return true
}

// contrastedPlan is the version plan, given a point of sentence s from the
// context, unless a later clause of s says that version drops or changes
// the point ("Punkt 26 sah eine volle Amnestie vor, im Gegenvorschlag
// fehlt sie" under a heading on the counter-proposal): then its partner
// (pointrefs.json contrastPartners), or plan when it has none.
func contrastedPlan(s, plan string) string {
	partner := pointClauseData().Partners[plan]
	if partner == "" {
		return plan
	}
	_, end, ok := pointRefEnd(s)
	ref := 0
	if ok {
		ref = pointRefStart(s, end)
	} else if ref, end, ok = ordinalPointSpan(lexiconData(), s); !ok {
		return plan
	}
	if droppedPoint(s, ref, end) {
		return partner // "Sparisce invece del tutto il terzo punto, …" (provisions_droppedpoint.go)
	}
	c := laterContrastAt(s, end)
	if c < 0 {
		return plan
	}
	low := lowerString(s[c:])
	for _, v := range namedVersions(low) {
		if v.plan == plan {
			return partner
		}
	}
	if sentenceVersion(low, 0) == plan {
		return partner
	}
	return plan
}

// speakerLabelLike reports whether a lead-in before a colon may be a
// speaker's label ("Ms Priya Rattan (Leeds Kirkgate) (Lab):", "Mr Tobias
// Wren:"), which the readers of transcripts take off themselves: a
// bracket (a party, a constituency), or every word capitalised. A label in
// square brackets is a direction ("[TEXTO EN PANTALLA]:"), no speaker.
func speakerLabelLike(head string) bool {
	if strings.HasPrefix(head, "[") {
		return false
	}
	if containsAny(head, "()") {
		return true
	}
	for i := 0; i < len(head); {
		w, next := nextWord(head, i)
		if w == "" {
			break
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		i = next
	}
	return true
}
