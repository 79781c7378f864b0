// Protocol: parliamentary and briefing records. A record prints who has
// the floor as a label at the start of a paragraph, in forms news labels
// do not take: a member with their group or constituency in brackets
// ("Dr. Anna Beispiel (SPD):", "Mr Tom Example (Northshire) (LD):"), an
// office with the name in brackets ("The Secretary of State for Defence
// (John Example):"), a function before the name ("Poseł Jan Przykład:",
// "Senator EXAMPLE."), a name in capitals closed by a period ("GIULIA
// ESEMPIO."), a label alone on its line with the speech below it
// ("Образцов П. С., фракция «…»."). Everything after a label, across the
// following paragraphs until the next label, is that person's; the chair's
// turns, the benches' interjections ("Hon. Members: Hear, hear!") and the
// stage directions ("(Beifall bei der SPD)") are nobody's. The record is
// rewritten, for the readers of statements, into the plain "Name: text"
// turns of a transcript, and the office a label gives is set as the
// speaker's role afterwards; provisions read it without its stage
// directions. Passages keep the text as printed.

package corpus

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/protocols.json
var protocolsJSON []byte

// protocolLexicon is data/protocols.json.
type protocolLexicon struct {
	chairs, chairPhrases, members, honorifics, offices, benches, stage, groups, askers map[string]bool
	honorificList, memberList                                                          []string
	rises                                                                              []string
	// leads is the first word of every label phrase above: a period
	// label is only looked for after one, a name in capitals or a
	// surname with initials, as most paragraphs open with none
	leads map[string]bool
	// groupIsRole: the group in a member's bracket is their role when
	// the label gives no office
	groupIsRole bool
}

var protocolData = sync.OnceValue(func() protocolLexicon {
	var d struct {
		Chairs       []string `json:"chairs"`
		ChairPhrases []string `json:"chairPhrases"`
		Members      []string `json:"memberTitles"`
		Honorifics   []string `json:"honorifics"`
		Offices      []string `json:"officeWords"`
		Benches      []string `json:"interjections"`
		Stage        []string `json:"stageWords"`
		Groups       []string `json:"groupWords"`
		Rises        []string `json:"rises"`
		Askers       []string `json:"askers"`
		GroupIsRole  bool     `json:"groupIsRole"`
	}
	mustDecodeJSON("data/protocols.json", protocolsJSON, &d)
	leads := map[string]bool{}
	for _, l := range [][]string{d.Chairs, d.ChairPhrases, d.Members, d.Honorifics, d.Offices, d.Benches} {
		for _, p := range l {
			f := strings.Fields(p)
			if len(f) > 1 && labelArticles[f[0]] {
				leads[strings.Trim(f[1], ".,")] = true // "de heer": "heer"
			} else if len(f) > 0 {
				leads[strings.Trim(f[0], ".,")] = true
			}
		}
	}
	return protocolLexicon{leads: leads, groupIsRole: d.GroupIsRole,
		chairs: labelSet(d.Chairs...), chairPhrases: labelSet(d.ChairPhrases...), members: labelSet(d.Members...),
		honorifics: labelSet(d.Honorifics...), offices: labelSet(d.Offices...), benches: labelSet(d.Benches...),
		stage: labelSet(d.Stage...), groups: labelSet(d.Groups...), askers: labelSet(d.Askers...),
		honorificList: longestFirst(d.Honorifics), memberList: longestFirst(d.Members), rises: d.Rises,
	}
})

// longestFirst orders phrases so that "народна депутатка" is tried
// before "депутатка".
func longestFirst(ws []string) []string {
	out := append([]string(nil), ws...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// recordTurn is what a record's label says of who has the floor.
type recordTurn struct {
	name   string // the speaker as a transcript label writes them
	role   string // the office or function the label gives, "" if none
	chair  bool   // the presiding officer
	bench  bool   // the benches or the floor, no one person
	marked bool   // the label has a record's form (not a bare name)
	cont   bool   // a paragraph after the label's: the speech goes on
}

// minRecordLabels is the fewest labels of a record's own forms that make
// a document a record.
const minRecordLabels = 2

// record is a document read as a parliamentary or briefing record.
type record struct {
	speech []paragraph       // the paragraphs for statements: "Name: text" turns
	prose  []paragraph       // the paragraphs for provisions: without stage directions
	roles  map[string]string // speaker name -> the office their label gave
}

// readRecord reads ps as a record, or returns nil when it is none. ps is
// not changed.
func readRecord(ps []paragraph) *record {
	// counted first without keeping anything: most documents are none
	marked := 0
	for _, p := range ps {
		if p.kind != paraText && p.kind != paraHeading || p.log { // a log's labels are no turns (labelledlines.go)
			continue
		}
		if t, _, ok := recordLabel(p.text); ok && t.marked {
			if marked++; marked >= minRecordLabels {
				break
			}
		}
	}
	if marked < minRecordLabels {
		return nil
	}
	turns := make([]recordTurn, len(ps))
	rests := make([]string, len(ps))
	has := make([]bool, len(ps))
	for i, p := range ps {
		if p.kind != paraText && p.kind != paraHeading || p.log {
			continue
		}
		if t, rest, ok := recordLabel(p.text); ok && (t.marked || p.kind == paraText) {
			// a heading is a turn only in a record's own form
			// ("**Name (Group):**"), not "Ukraine: Peace Negotiations"
			turns[i], rests[i], has[i] = t, rest, true
		}
	}
	r := &record{speech: append([]paragraph(nil), ps...), prose: append([]paragraph(nil), ps...), roles: map[string]string{}}
	var cur *recordTurn
	known := map[string]bool{} // last names of the labels in a record's form so far
	for i, p := range ps {
		var t *recordTurn
		if has[i] {
			t = &turns[i]
		}
		if t != nil && !t.chair && !t.bench {
			last := lowerString(lastWord(t.name))
			if t.marked {
				known[last] = true
			} else if !known[last] {
				// "John Healey:" after "The Secretary of State for
				// Defence (John Healey):" is a turn; a bare label of
				// someone no record label named is read as before
				t = nil
			}
		}
		switch {
		case t != nil:
			r.prose[i].text = dropStage(p.text)
			if t.chair || t.bench {
				r.speech[i].kind, r.prose[i].kind = paraTags, paraTags
				// the chair's words name no one's role ("der Kollege X")
				r.speech[i].text = ""
				if t.chair {
					cur = nil
				}
				continue
			}
			cur = t
			if t.role != "" {
				if old := r.roles[t.name]; old == "" || !strings.Contains(lowerString(old), lowerString(t.role)) {
					r.roles[t.name] = t.role
				}
			}
			rest := dropStage(rests[i])
			if !hasLetter(rest) {
				// the label alone on its line: the speech is below it
				r.speech[i].kind, r.prose[i].kind = paraTags, paraTags
				continue
			}
			r.speech[i].kind = paraText
			r.speech[i].text, r.speech[i].turn = t.name+": "+rest, t
		case p.kind == paraHeading && !wholeBracket(strings.TrimSpace(p.text)):
			cur = nil
		case p.kind == paraText || p.kind == paraHeading || p.kind == paraItem && p.dash && p.number == 0:
			text := dropStage(p.text)
			r.prose[i].text = text
			if !hasLetter(text) || risesLine(text) || italicNote(text) || wholeBracket(text) {
				// "(The briefing was concluded at 2:49 p.m.)": a note,
				// the turn goes on after it
				r.speech[i].kind, r.prose[i].kind = paraTags, paraTags
				if risesLine(text) {
					cur = nil
				}
				continue
			}
			if p.kind == paraItem {
				// "– Das bezahlt der, …": the speaker answers a heckle
				r.prose[i].kind = paraText
			}
			if cur == nil || looksLabelled(text) || len(strings.Fields(text)) < 3 {
				if looksLabelled(text) {
					cur = nil // "FRAGE: …": someone else has the floor
				}
				r.speech[i].text = text
				continue
			}
			r.speech[i].kind = paraText
			cont := *cur
			cont.cont = true
			r.speech[i].text, r.speech[i].turn = cur.name+": "+text, &cont
		}
	}
	return r
}

// recordSpeech reads a paragraph of a record's speaker: all of it is
// theirs, and what others said inside it is read as in a transcript's
// answer. A label is trusted as a name even when it is a lone surname
// ("Senator DALBY."): the record names who speaks.
func (x *extractor) recordSpeech(p paragraph) {
	t := p.turn
	sp := x.person(strings.Fields(t.name), t.role)
	if sp == nil || sp.kind != kindPerson {
		sp = &speaker{name: t.name, role: t.role, kind: kindPerson}
		x.people[sp.name] = sp
	}
	// the text keeps the label a transcript prints, for the readers that
	// count a document's labels
	text := strings.TrimPrefix(p.text, t.name+": ")
	if at := x.lastLabel; t.cont && at >= 0 && at < len(x.out) && x.out[at].Speaker == sp.name && x.lastLabelPara >= 0 {
		// the speech goes on after applause or a heckle: one statement,
		// as a transcript's answer over several paragraphs is; what
		// others said inside it is theirs
		x.out[at].Text += "\n" + text
		x.lastLabelPara = p.index
		x.relayed(text, sp, p.index)
		x.lastLabel = min(at, len(x.out)-1)
		return
	}
	x.labelledTurn(sp, text, "", p.index)
}

// recordRoles gives the statements of a record's speakers the office
// their label named, when extraction found none.
func recordRoles(sts []Statement, roles map[string]string) {
	if len(roles) == 0 {
		return
	}
	for i := range sts {
		if sts[i].Role != "" {
			continue
		}
		low := lowerString(sts[i].Speaker)
		for name, role := range roles {
			f := strings.Fields(lowerString(name))
			if len(f) > 0 && (low == lowerString(name) || strings.HasSuffix(low, " "+f[len(f)-1]) || low == f[len(f)-1]) {
				sts[i].Role = role
				break
			}
		}
	}
}

// italicNote reports whether a paragraph is all in italics: the
// publisher's note on the record ("*Excerpt of the Official Report …*"),
// nobody's words.
func italicNote(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) > 2 && (t[0] == '*' && t[len(t)-1] == '*' || t[0] == '_' && t[len(t)-1] == '_')
}

// inSet looks a word up in a lower-case set without allocating its
// lower-case form.
func inSet(set map[string]bool, w string) bool {
	var buf [64]byte
	return set[string(appendLower(buf[:0], w))]
}

// hasLetter reports whether s holds a letter: "(Aplausos)." leaves ".".
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// risesLine reports whether a paragraph is a member standing without the
// floor: "Mr Tom Example (Northshire) (Con) rose—".
func risesLine(t string) bool {
	if len(strings.Fields(t)) > 12 {
		return false
	}
	low := lowerString(strings.TrimSpace(t))
	for _, r := range protocolData().rises {
		if strings.HasSuffix(low, " "+r) || strings.HasSuffix(low, ") "+r) {
			return true
		}
	}
	return false
}

// stageBracket is a bracket a stage direction may stand in.
var stageBracket = regexp.MustCompile(`\s*[(\[]([^()\[\]]{1,240})[)\]]\.?`)

// dropStage removes the stage directions printed in brackets inside a
// paragraph ("(Beifall bei der SPD)", "[Laughter.]", "(Zuruf von der AfD:
// Wer zahlt das?)"), and the dash a reply to a heckle opens with.
func dropStage(t string) string {
	if !containsAny(t, "([") {
		return t
	}
	lx := protocolData()
	out := stageBracket.ReplaceAllStringFunc(t, func(m string) string {
		in := strings.TrimSpace(m)
		in = strings.TrimSuffix(in, ".")
		in = strings.Trim(in, "()[] ")
		first := lowerString(strings.Trim(firstWord(in), ".,:;!"))
		if lx.stage[first] {
			return " "
		}
		return m
	})
	if out == t {
		return t
	}
	out = strings.Join(strings.Fields(out), " ")
	for _, d := range []string{"– ", "— ", "- "} {
		out = strings.TrimPrefix(out, d)
		out = strings.ReplaceAll(out, ". "+d, ". ")
		out = strings.ReplaceAll(out, "! "+d, "! ")
		out = strings.ReplaceAll(out, "? "+d, "? ")
	}
	return strings.TrimSpace(out)
}

// recordLabel reads the label a record's paragraph opens with, by a colon
// ("Name (Group): …") or a period ("Senator NAME. …", "PRESIDENTE. …"),
// and returns the turn and the text after the label.
func recordLabel(t string) (recordTurn, string, bool) {
	t = strings.TrimSpace(strings.Trim(t, "* "))
	if i := labelColon(t); i > 0 {
		label := strings.TrimSpace(strings.Trim(t[:i], "* "))
		rest := strings.TrimSpace(strings.Trim(t[i+1:], "* "))
		if turn, ok := parseRecordLabel(label, false); ok {
			return turn, rest, true
		}
	}
	if !periodLead(t) {
		return recordTurn{}, "", false
	}
	// period labels: the first ". " (or the end) that closes a label
	for from, tries := 0, 0; from < len(t) && from < 200 && tries < 4; tries++ {
		j := strings.Index(t[from:], ".")
		if j < 0 {
			break
		}
		end := from + j
		if end+1 < len(t) && t[end+1] != ' ' {
			from = end + 1
			continue
		}
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[end+1:], " ")); unicode.IsDigit(r) {
			// "AKTUALIZACJA, godz. 18:40 (30.12) – …", "UPDATE, ca. 30
			// …": an abbreviation before a number, no label's end
			from = end + 1
			continue
		}
		if turn, ok := parseRecordLabel(t[:end], true); ok {
			return turn, strings.TrimSpace(t[end+1:]), true
		}
		from = end + 1
	}
	return recordTurn{}, "", false
}

// periodLead reports whether t opens as a period label may: with a
// label phrase's first word ("Senator", "Mme", "PRESIDENTE"), a word in
// capitals, or a surname before initials ("Образцов П. С.").
func periodLead(t string) bool {
	first := firstWord(t)
	if utf8.RuneCountInString(first) > 1 && isAllCaps(strings.Trim(first, ".,")) {
		return true
	}
	lead := lowerString(strings.Trim(first, ".,"))
	if labelArticles[lead] {
		// "The CHAIRMAN.", "De heer X.", "El señor PRESIDENTE.": the
		// word after the article decides; "The talks …" opens prose
		second := firstWord(strings.TrimPrefix(t, first+" "))
		return isAllCaps(second) || lowerIn(protocolData().leads, strings.Trim(second, ".,"))
	}
	if protocolData().leads[lead] {
		return true
	}
	if heardWords()[lead] {
		return false // "Слушали С. П. Мухина": a minutes heading and its object, no surname before initials (namecase.go)
	}
	rest := strings.TrimPrefix(t, first+" ")
	r, n := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && n < len(rest) && rest[n] == '.'
}

// labelArticles are the articles a record's label may open with.
var labelArticles = map[string]bool{"the": true, "el": true, "la": true, "le": true, "de": true, "der": true, "die": true, "il": true}

// labelColon is the colon that closes a label at the start of t: followed
// by a space or ending t, within the first 160 bytes, with no sentence
// punctuation or quotation before it.
func labelColon(t string) int {
	for i, r := range t {
		if i > 160 {
			return -1
		}
		switch r {
		case ':':
			if i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '*' {
				return i
			}
			return -1
		case '!', '?', '"', '“', '„', '«', ';':
			return -1
		}
	}
	return -1
}

// initialsTail is "П. С." or "I.V." after a Russian or Ukrainian
// surname in a record's label.
var initialsTail = regexp.MustCompile(`^(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}\.\s?\p{Lu}\.?$`)

// initialsHead is "А.С." glued before a surname.
var initialsHead = regexp.MustCompile(`^\p{Lu}\.\s?\p{Lu}\.\s?(\p{Lu}[\p{Ll}'’-]+)$`)

// parseRecordLabel reads a label's words. period says the label closed
// with a period, which only a record's own forms do.
func parseRecordLabel(label string, period bool) (recordTurn, bool) {
	lx := protocolData()
	label = strings.TrimSpace(label)
	if label == "" || utf8.RuneCountInString(label) > 160 || containsAny(label, "!?\"“”„;") {
		return recordTurn{}, false
	}
	low := lowerString(label)
	if lx.askers[low] || questionLabels[low] || answerLabels[low] {
		return recordTurn{}, false // "ZUSATZFRAGE:": the questioner
	}
	if scriptLabel(label) {
		return recordTurn{}, false // "BULLE (Barrot)", "SPRECHERIN": a script's label, not a member's (scriptlabels.go)
	}
	if lx.benches[strings.TrimSuffix(low, ".")] {
		return recordTurn{bench: true, marked: true}, true
	}
	if chairLabelWords(low) {
		return recordTurn{chair: true, marked: true}, true
	}
	base, brackets := label, []string(nil)
	for {
		b, br := cutBracket(base)
		if br == "" {
			break
		}
		base, brackets = b, append(brackets, br)
	}
	if containsAny(base, "()") {
		return recordTurn{}, false
	}
	var t recordTurn
	if fw := strings.Trim(firstWord(base), ".,"); inSet(lx.askers, fw) || inSet(questionLabels, fw) {
		return recordTurn{}, false // "Pregunta de Julián M. (Cartagena):": a reader asks
	}
	for w := range strings.FieldsSeq(base) {
		if inSet(floorData().staff, strings.Trim(w, ".,")) {
			return recordTurn{}, false // "CONDUTTRICE (NAME):": the broadcaster's own (floor.go)
		}
	}
	// "(SPD)", "(Northshire)": a group or a constituency marks a record;
	// "(post on X, Saturday)", "(voice-over)" are notes on the delivery
	t.marked = len(brackets) > 0
	for _, b := range brackets {
		if !groupBracket(b) {
			t.marked = false
		}
	}
	// "The Secretary of State for Defence (John Example)": an office,
	// the name in brackets
	if len(brackets) > 0 {
		office := dropLead(base, []string{"the", "el señor", "la señora", "der", "die"})
		if w := lowerString(firstWord(office)); (lx.offices[w] || office != base || officeWord(office, brackets[len(brackets)-1])) && bracketName(brackets[len(brackets)-1]) {
			t.name = personName(brackets[len(brackets)-1])
			t.role = officeCase(office)
			return t, t.name != ""
		}
	}
	name, office, comma := strings.Cut(base, ", ")
	if comma {
		ow := lowerString(firstWord(office))
		switch {
		case lx.groups[ow]:
			office = "" // "фракция «…»": a group, no role
			t.marked = true
		case inSet(lx.offices, firstWord(name)) && !lx.offices[ow] && bracketName(office):
			name, office = office, name // "Portavoz del Gobierno, Lucía Muestra"
			t.marked = true
		case lx.offices[ow] || lx.members[ow]:
			t.marked = true
		case isLowerStart(office):
			// "Name, ministre de …": a record's form only with an
			// honorific or a name in capitals (checked below); news
			// lists write "Name, foreign minister (on X): …" too
		default:
			return recordTurn{}, false
		}
		t.role = officeCase(office)
	}
	// "Поseł Jan Przykład", "Senator DALBY", "Народний депутат Іван Приклад"
	if m := matchLead(name, lx.memberList); m != "" {
		if t.role == "" {
			t.role = strings.TrimSpace(name[:len(m)])
		}
		name = strings.TrimSpace(name[len(m):])
		t.marked = true
	}
	honored := false
	for {
		m := matchLead(name, lx.honorificList)
		if m == "" {
			break
		}
		name, honored = strings.TrimSpace(name[len(m):]), true
	}
	// "Bundesminister Dr. Karl Muster", "Ministr zahraničních věcí Petr
	// Příklad", "Речник МЗС Ганна Зразкова": the office, then the name
	if w := firstWord(name); inSet(lx.offices, w) && !strings.EqualFold(w, "the") {
		words := strings.Fields(name)
		k := len(words)
		for k > 1 && len(words)-k < 2 && recordNameWord(words[k-1]) && !isAllCaps(words[k-1]) {
			k--
		}
		if k == len(words) {
			return recordTurn{}, false
		}
		if t.role == "" {
			// "Bundesminister Dr. Karl Muster": the honorific is the name's
			t.role = officeCase(dropHonorificTail(strings.Join(words[:k], " ")))
		}
		name = strings.Join(words[k:], " ")
		t.marked = true
	}
	if m := initialsTail.FindStringSubmatch(name); m != nil {
		name, t.marked = m[1], true // "Образцов П. С."
	} else if m := initialsHead.FindStringSubmatch(name); m != nil {
		name, t.marked = m[1], true // "А.С.Примерова": a briefing's official
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 {
		return recordTurn{}, false
	}
	caps := true
	for _, w := range words {
		if !recordNameWord(w) {
			return recordTurn{}, false
		}
		if !isAllCaps(w) {
			caps = false
		}
	}
	for _, w := range words {
		if caps && utf8.RuneCountInString(strings.Trim(w, ".")) < 2 {
			caps = false // "A U.S. official, …": no name in capitals
		}
	}
	if comma && isLowerStart(office) && t.role != "" {
		if period && !honored && !caps {
			return recordTurn{}, false // "Kirill Dmitriev, the Kremlin's envoy who …, said …."
		}
		if honored || caps {
			t.marked = true
		}
	}
	if t.role == "" && lx.groupIsRole && len(brackets) > 0 && groupBracket(brackets[0]) {
		t.role = brackets[0] // "Name (Fraktion A)", the last bracket printed
	}
	if caps {
		for i, w := range words {
			words[i] = titleCase(w)
		}
		if period && (len(words) >= 2 || honored || t.role != "") {
			t.marked = true
		}
	}
	if honored && (period || caps) {
		t.marked = true // "Mme Claire Exemple.", "La señora EJEMPLO:", "Ms. NAME."
	}
	if period && !t.marked && !honored {
		return recordTurn{}, false // "Thank you. …" is no label
	}
	t.name = strings.Join(words, " ")
	return t, true
}

// officeWord reports whether a label's base is an office in one word
// before the speaker's name in brackets, as Nordic records print a
// minister ("Udenrigsministeren (Henrik Vestergaard):", "Statsministern
// (Anna Exempel):"): one capitalised word, not in capitals (a group or a
// constituency is "SPD"), that is none of the bracketed name's words
// ("Dahl (Søren Dahl)" names the man twice). A member's label is the other
// way round, the name first and the group in one word in brackets
// ("Ingrid Bæk (Nordlisten):"); bracketName tells the two apart.
func officeWord(base, bracket string) bool {
	if strings.Contains(base, " ") || !isCapital(base) || isAllCaps(base) {
		return false
	}
	for w := range strings.FieldsSeq(bracket) {
		if strings.EqualFold(w, base) {
			return false
		}
	}
	return true
}

// chairLabelWords reports whether a lower-case label is a presiding
// officer's: a chair phrase ("mr speaker", "de voorzitter") or a chair's
// title, after an article or honorific, alone or before a name.
func chairLabelWords(low string) bool {
	lx := protocolData()
	low = strings.TrimSuffix(low, ".")
	for p := range lx.chairPhrases {
		if strings.HasPrefix(low, p) && (len(low) == len(p) || low[len(p)] == ' ') {
			return !speechAfterChair(low[len(p):])
		}
	}
	low = dropLead(low, []string{"the", "el señor", "la señora", "mme la", "m. le", "madame la", "monsieur le", "der", "die", "de", "il", "la", "pan", "pani"})
	w := strings.Trim(firstWord(low), ",.")
	if !lx.chairs[w] {
		return false
	}
	return len(strings.Fields(low)) <= 6 && !speechAfterChair(low[len(firstWord(low)):])
}

// speechAfterChair reports whether the words after a chair's title hold
// a speech verb or a that-word: minutes' prose ("The Chair said that the
// year had been …", "The Chair agreed to consider this."), not a
// record's label ("The CHAIRMAN (Mr X).", "Präsident Dr. Norbert
// Lammert"), which names whoever holds the chair and says nothing.
func speechAfterChair(rest string) bool {
	lx := lexiconData()
	for w := range strings.FieldsSeq(rest) {
		w = strings.Trim(w, ",.:;()")
		if lx.speechOrThat(w) {
			return true
		}
	}
	return false
}

// dropLead removes the first of leads (lower case) that s opens with.
func dropLead(s string, leads []string) string {
	low := lowerString(s)
	for _, l := range leads {
		if strings.HasPrefix(low, l+" ") {
			return strings.TrimSpace(s[len(l)+1:])
		}
	}
	return s
}

// matchLead returns the phrase of list (lower case, longest first) that
// s opens with as whole words, or "".
func matchLead(s string, list []string) string {
	for _, l := range list {
		if len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) && (len(s) == len(l) || s[len(l)] == ' ' || strings.HasSuffix(l, ".")) {
			if len(s) == len(l) {
				return "" // the title alone names no one
			}
			return s[:len(l)]
		}
	}
	return ""
}

// dropHonorificTail removes an honorific the office ran into
// ("Bundesminister Dr." gives "Bundesminister").
func dropHonorificTail(office string) string {
	f := strings.Fields(office)
	for len(f) > 1 && lowerIn(protocolData().honorifics, f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
}

// recordNameWord reports whether w can be a word of a person's name in a label.
func recordNameWord(w string) bool {
	switch lowerString(w) {
	case "of", "von", "van", "der", "de", "di", "da", "del", "zu", "la", "le":
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !containsAny(w, "0123456789/«»\"")
}

// bracketName reports whether a bracket holds a person's name ("John
// Example", "Baroness Example of Town") rather than a group or a
// constituency in one word or capitals ("SPD", "Northshire", "LD").
func bracketName(b string) bool {
	words := strings.Fields(b)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if !recordNameWord(w) || isAllCaps(w) && utf8.RuneCountInString(w) > 1 {
			return false
		}
	}
	return true
}

// personName is a bracketed name without its honorific.
func personName(b string) string {
	lx := protocolData()
	for {
		m := matchLead(b, lx.honorificList)
		if m == "" {
			return strings.TrimSpace(b)
		}
		b = strings.TrimSpace(b[len(m):])
	}
}

// isLowerStart reports whether s opens with a lower-case letter, as an
// office after a comma does in French and Italian ("ministre de …").
func isLowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// officeCase writes an office printed in capitals as text does
// ("MINISTRO DE ASUNTOS EXTERIORES" gives "ministro de asuntos
// exteriores").
func officeCase(o string) string {
	o = strings.TrimSpace(strings.TrimSuffix(o, "."))
	letters := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, o)
	if utf8.RuneCountInString(letters) > 3 && isAllCaps(letters) {
		return lowerString(o)
	}
	return o
}
