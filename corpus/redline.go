package corpus

// Redlines: a document tracker's or newsroom's comparison of two plan
// versions point by point ("the US draft against the European
// counter-proposal", "28 points → 20 points"). Read as prose, a redline is
// noise: "- … + …" lines run together into one paragraph that belongs to
// neither version, and struck text reads as what the new version says.
// readRedline reads the shapes real comparisons use and gives, for each
// point, the old version's provision (its text without the inserted
// parts) and the new version's (without the struck parts):
//
//   - unified-diff lines: "-" only in the old version, "+" only in the
//     new, " " or unmarked in both, in ```diff fences or after "@@" hunk
//     headers, or bare when a legend says what the signs mean;
//   - word-diff marks inside a line: [-struck-] / {+inserted+},
//     <del>/<s>/<strike> and <ins>, ~~struck~~, and **inserted** where the
//     legend says bold is the new text;
//   - labels and notes: "Deleted:" / "Inserted:" / "Added:" lines, and
//     "(struck)" / "(new)" / "(no change)" notes, in several languages.
//
// Which two versions are compared comes from the document: "Original:" /
// "Revised:" labels, a legend tying "-" or "struck" to a version, the
// order of a "US draft ⟷ E3 text" or "28 points → 20 points" line, the
// title last. Unmarked text belongs to both versions. A point present only
// as struck text is a provision of the old version only: its deletion is
// not a provision of the new one. Point numbers are kept so /compare lines
// the versions up. Legends, range lines and counters are not points.

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// redlineSide is the version a piece of a redline belongs to.
type redlineSide int

const (
	sideBoth redlineSide = iota // unmarked: in both versions
	sideOld                     // struck, "-": only in the old version
	sideNew                     // inserted, "+": only in the new version
)

// redlineSeg is a run of a line's text and the version it belongs to.
type redlineSeg struct {
	side redlineSide
	text string
}

// redlineUnit is one point of a redline: its number in each version and
// its lines, each cut into marked runs.
type redlineUnit struct {
	oldNum, newNum int
	lines          [][]redlineSeg
	status         redlineSide // what a heading's note says of unmarked lines ("· deleted in the European text")
	hasStatus      bool
	marked         bool   // diff lines, word marks, labels or notes: the unit is a redline's
	strong         bool   // diff lines, word marks or labels: notes alone ("(new)") may close an explainer's bullets
	pending        string // a line whose word mark goes on on the next line
	diffy          bool   // it has diff lines: free lines after them are commentary
	closed         bool   // a blank line ended its free text
	span           []int  // the lines it was read from, blanked from the prose
}

// redlineProvision is a provision a redline gives, before the document's
// IDs are known.
type redlineProvision struct {
	plan   string
	number int
	text   string
	unit   int
}

// redline is what readRedline found: the two versions compared and the
// provisions of each.
type redline struct {
	oldPlan, newPlan string
	provisions       []redlineProvision
	// covered are the points the redline gives, "plan#number", each
	// version's number of each point, present or struck: a prose
	// sentence on one is the editors' comment
	covered map[string]bool
}

var (
	// redlinePointHead opens a point: "### Point 2 · changed", "Point 2.
	// …", "**Пункт 4**", "Punkt 21 → 14", "2. …".
	redlinePointHead = regexp.MustCompile(`(?i)^(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:(?:point|pt\.|punkt|пункт|п\.|punto|ponto|bod|pont|article|artikel|art\.|статья|стаття|§|nr\.?|№)\s*(?:№\s*)?)?(\d{1,2})(?:\s*(?:→|->|=>|⟶|/)\s*(?:(?:point|punkt|пункт|punto|ponto|bod|pont)\s*)?(\d{1,2}|—|–|-))?\s*(?:\*\*|__)?(?:$|[.:)·|—–-]\s*|\s+(?:[·|—–]\s*)?)`)
	// redlineWordHead tells a heading with a point word from a bare
	// number, which only opens a point when a separator follows it.
	redlineWordHead = regexp.MustCompile(`(?i)^(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:point|pt\.|punkt|пункт|п\.|punto|ponto|bod|pont|article|artikel|art\.|статья|стаття|§|nr\.?|№)`)
	// redlineRange is a range of points ("Points 27-28", "Punkte 3–5"):
	// not one point, not read.
	redlineRange = regexp.MustCompile(`(?i)^(?:#{1,6}\s*)?(?:\*\*)?\s*(?:points|punkte|пункты|punti|pontos|punkty|body)?\s*\d{1,2}\s*[-–—]\s*\d{1,2}\b`)
	// redlineHunk is a unified diff's hunk header.
	redlineHunk = regexp.MustCompile(`^@@.*@@`)
	// redlineHunkPoint is the point a hunk header names ("@@ Point 5 @@").
	redlineHunkPoint = regexp.MustCompile(`(?i)(?:point|punkt|пункт|punto|ponto|bod|pont|article|artikel|§)\s*(\d{1,2})`)
	// redlineWordMarks are the word-diff marks: struck, then inserted.
	redlineWordMarks = []struct {
		open, close string
		side        redlineSide
	}{
		{"[-", "-]", sideOld}, {"{+", "+}", sideNew},
		{"<del>", "</del>", sideOld}, {"<s>", "</s>", sideOld}, {"<strike>", "</strike>", sideOld},
		{"<ins>", "</ins>", sideNew}, {"~~", "~~", sideOld},
	}
)

// redlineLabels open a labelled line or run ("Deleted: …"), by the
// version it belongs to, in the languages of the corpus. A label followed
// only by a count ("Struck: 3") is a counter and gives nothing.
var redlineLabels = map[string]redlineSide{
	"deleted": sideOld, "struck": sideOld, "removed": sideOld, "old": sideOld, "was": sideOld, "before": sideOld,
	"inserted": sideNew, "added": sideNew, "new": sideNew, "now": sideNew, "after": sideNew,
	"gestrichen": sideOld, "gelöscht": sideOld, "entfernt": sideOld, "alt": sideOld, "vorher": sideOld, "bisher": sideOld,
	"eingefügt": sideNew, "hinzugefügt": sideNew, "neu": sideNew, "nachher": sideNew,
	"supprimé": sideOld, "barré": sideOld, "ancien": sideOld, "avant": sideOld,
	"ajouté": sideNew, "inséré": sideNew, "nouveau": sideNew, "après": sideNew,
	"eliminato": sideOld, "soppresso": sideOld, "cancellato": sideOld, "prima": sideOld,
	"aggiunto": sideNew, "inserito": sideNew, "nuovo": sideNew, "dopo": sideNew,
	"eliminado": sideOld, "suprimido": sideOld, "tachado": sideOld, "antes": sideOld,
	"añadido": sideNew, "insertado": sideNew, "nuevo": sideNew, "después": sideNew,
	"удалено": sideOld, "исключено": sideOld, "зачёркнуто": sideOld, "зачеркнуто": sideOld, "было": sideOld,
	"добавлено": sideNew, "вставлено": sideNew, "стало": sideNew,
	"видалено": sideOld, "вилучено": sideOld, "було": sideOld,
	"додано":   sideNew,
	"usunięto": sideOld, "skreślono": sideOld, "było": sideOld,
	"dodano": sideNew, "wstawiono": sideNew, "jest": sideNew,
	"unchanged": sideBoth, "unverändert": sideBoth, "inchangé": sideBoth, "invariato": sideBoth, "sin cambios": sideBoth,
	"без изменений": sideBoth, "без змін": sideBoth, "bez zmian": sideBoth,
}

// redlineNoteWords open an editor's note in parentheses or after a
// heading's number ("(no change)", "· deleted in the European text"),
// by what they say of the unmarked text; sideBoth for notes that say it
// is unchanged or only comment.
var redlineNoteWords = []struct {
	word string
	side redlineSide
}{
	{"no change", sideBoth}, {"unchanged", sideBoth}, {"kept", sideBoth}, {"identical", sideBoth}, {"same", sideBoth}, {"changed", sideBoth}, {"rewritten", sideBoth}, {"reworded", sideBoth},
	{"deleted", sideOld}, {"struck", sideOld}, {"removed", sideOld}, {"dropped", sideOld},
	{"new", sideNew}, {"added", sideNew}, {"inserted", sideNew},
	{"unverändert", sideBoth}, {"geändert", sideBoth}, {"gestrichen", sideOld}, {"entfällt", sideOld}, {"neu", sideNew}, {"eingefügt", sideNew},
	{"inchangé", sideBoth}, {"modifié", sideBoth}, {"supprimé", sideOld}, {"nouveau", sideNew}, {"ajouté", sideNew},
	{"invariato", sideBoth}, {"modificato", sideBoth}, {"soppresso", sideOld}, {"eliminato", sideOld}, {"nuovo", sideNew}, {"aggiunto", sideNew},
	{"sin cambios", sideBoth}, {"modificado", sideBoth}, {"suprimido", sideOld}, {"eliminado", sideOld}, {"nuevo", sideNew}, {"añadido", sideNew},
	{"без изменений", sideBoth}, {"изменён", sideBoth}, {"изменен", sideBoth}, {"исключено", sideOld}, {"исключён", sideOld}, {"исключен", sideOld}, {"удалено", sideOld}, {"удалён", sideOld}, {"удален", sideOld}, {"новое", sideNew}, {"новый", sideNew}, {"новая", sideNew}, {"добавлено", sideNew}, {"добавлен", sideNew},
	{"без змін", sideBoth}, {"змінено", sideBoth}, {"вилучено", sideOld}, {"видалено", sideOld}, {"нове", sideNew}, {"новий", sideNew}, {"нова", sideNew}, {"додано", sideNew},
	{"bez zmian", sideBoth}, {"zmieniony", sideBoth}, {"skreślono", sideOld}, {"skreślony", sideOld}, {"skreślone", sideOld}, {"usunięto", sideOld}, {"usunięty", sideOld}, {"usunięte", sideOld}, {"nowy", sideNew}, {"nowe", sideNew}, {"nowa", sideNew}, {"dodano", sideNew}, {"dodany", sideNew}, {"dodane", sideNew},
}

// redlineWholeNote says whether the text after a point's number is a
// note and nothing else ("(unchanged)", "deleted in the European text"),
// not a point that opens on a note's word ("New elections are held …").
func redlineWholeNote(rest string) bool {
	t := lowerString(strings.Trim(rest, " .()[]*_"))
	if strings.HasPrefix(strings.TrimSpace(rest), "(") && strings.HasSuffix(strings.TrimSpace(rest), ")") {
		return true
	}
	for _, n := range redlineNoteWords {
		if t == n.word {
			return true
		}
		if r := firstRune(t[min(len(t), len(n.word)):]); strings.HasPrefix(t, n.word) && (unicode.IsPunct(r) || unicode.IsSymbol(r)) {
			return true // "(kept, wording …)"
		}
		if strings.HasPrefix(t, n.word+" ") {
			next := strings.Fields(t[len(n.word):])[0]
			switch next {
			case "in", "from", "by", "im", "in der", "vom", "dans", "par", "nel", "nella", "dal", "en", "por", "в", "из", "у", "з", "w", "z", "przez":
				return true
			}
		}
	}
	return false
}

// redlineNote says whether s (lower case) opens with a note word, and
// the side it gives.
func redlineNote(s string) (redlineSide, bool) {
	s = strings.TrimLeft(s, " ·|—–-:(")
	for _, n := range redlineNoteWords {
		if strings.HasPrefix(s, n.word) {
			rest := s[len(n.word):]
			if strings.HasPrefix(strings.TrimLeft(rest, " *_"), ":") {
				return sideBoth, false // "Added: …": a label, not a note
			}
			if r := firstRune(rest); rest == "" || !unicode.IsLetter(r) {
				return n.side, true
			}
		}
	}
	return sideBoth, false
}

// readRedline reads a redline out of text (the body as the paragraphs are
// cut from it) with the document's title. It returns text with the
// points it read blanked out, so the prose around them (legend, notes,
// reactions) is read as usual, and nil when text is no redline of two
// versions it can name.
func readRedline(text, title string) (string, *redline) {
	if !redlineCandidate(text) {
		return text, nil
	}
	lines := strings.Split(text, "\n")
	boldNew := false
	unified := false // a legend ties bare "-" / "+" lines to the versions
	var header []string
	units := readRedlineUnits(lines, &header, &boldNew, &unified)
	legend := false
	for _, h := range header {
		legend = legend || redlineLegend(lowerString(h))
	}
	first, last := -1, -1
	changed, strong := false, legend
	for k, u := range units {
		strong = strong || u.strong
		if u.marked {
			if first < 0 {
				first = k
			}
			last = k
		}
		for _, l := range u.lines {
			for _, s := range l {
				if s.side != sideBoth {
					changed = true
				}
			}
		}
	}
	if first < 0 || last == first || !changed || !strong {
		return text, nil // one marked point, none that changes, or only notes no legend explains: no redline
	}
	units = units[first : last+1]
	oldPlan, newPlan := redlineVersions(header, title)
	if oldPlan == "" || newPlan == "" || oldPlan == newPlan {
		return text, nil
	}
	rl := &redline{oldPlan: oldPlan, newPlan: newPlan, covered: map[string]bool{}}
	for k, u := range units {
		rl.covered[oldPlan+"#"+strconv.Itoa(u.oldNum)] = true
		rl.covered[newPlan+"#"+strconv.Itoa(u.newNum)] = true
		for _, at := range u.span {
			lines[at] = ""
		}
		oldText, newText := u.texts()
		if oldText != "" && u.oldNum >= 0 {
			rl.provisions = append(rl.provisions, redlineProvision{plan: oldPlan, number: u.oldNum, text: oldText, unit: k})
		}
		if newText != "" && u.newNum >= 0 {
			rl.provisions = append(rl.provisions, redlineProvision{plan: newPlan, number: u.newNum, text: newText, unit: k})
		}
	}
	if len(rl.provisions) == 0 {
		return text, nil
	}
	// the legend above the points and counters anywhere ("Struck: 3 ·
	// Rewritten: 8") explain the page: neither text nor anyone's words
	top := units[0].span[0]
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if i < top && redlineLegend(lowerString(t)) || redlineCounter.MatchString(t) {
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n"), rl
}

// redlineCounter is a line of change counts: "Struck: 3 · Rewritten: 8 ·
// Not compared (text disputed): 6".
var redlineCounter = regexp.MustCompile(`^(?:[\p{L}*_ ()]{2,40}:\**\s*\d+\s*[·|,;•]?\s*){2,}$`)

// redlineCandidate is a cheap look for any redline mark, so most
// documents are not cut into lines for nothing.
func redlineCandidate(text string) bool {
	for _, m := range []string{"```diff", "\n@@", "[-", "{+", "<del>", "<ins>", "<s>", "~~", "\n+ ", "\n+\t"} {
		if strings.Contains(text, m) {
			return true
		}
	}
	// a label ("Deleted: …", "Point 12 — Added: …"): the word before
	// each colon, looked up
	for off := 0; ; {
		k := strings.IndexByte(text[off:], ':')
		if k < 0 {
			break
		}
		at := off + k
		off = at + 1
		from := strings.LastIndexAny(text[max(0, at-24):at], " \n*_") + 1 + max(0, at-24)
		if from < at && utf8.ValidString(text[from:at]) {
			if _, ok := lowerIn2(redlineLabels, text[from:at]); ok {
				return true
			}
		}
	}
	return false
}

// readRedlineUnits cuts lines into points. Lines outside any point go to
// header (legends, compare lines) while no point has opened.
func readRedlineUnits(lines []string, header *[]string, boldNew, unified *bool) []*redlineUnit {
	var units []*redlineUnit
	var cur *redlineUnit
	inFence, diffFence := false, false
	open := func(oldNum, newNum int, at int) *redlineUnit {
		u := &redlineUnit{oldNum: oldNum, newNum: newNum, span: []int{at}}
		units = append(units, u)
		return u
	}
	for i, raw := range lines {
		line := strings.TrimRight(raw, " \t")
		trim := strings.TrimSpace(line)
		if strings.HasPrefix(trim, "```") || strings.HasPrefix(trim, "~~~") {
			if !inFence {
				inFence = true
				lang := lowerString(strings.Trim(trim, "`~ "))
				diffFence = lang == "diff" || lang == "patch" || lang == "udiff"
			} else {
				inFence, diffFence = false, false
			}
			if cur != nil {
				cur.span = append(cur.span, i)
			}
			continue
		}
		if inFence && !diffFence {
			continue
		}
		if redlineHunk.MatchString(trim) {
			if m := redlineHunkPoint.FindStringSubmatch(trim); m != nil {
				n, _ := strconv.Atoi(m[1])
				cur = open(n, n, i)
			} else if cur != nil && len(cur.lines) > 0 {
				cur = open(0, 0, i) // "@@ -12,3 +12,4 @@": line numbers, a new stretch
			} else if cur != nil {
				cur.span = append(cur.span, i)
			}
			if cur != nil {
				cur.diffy, cur.marked, cur.strong = true, true, true
			}
			*unified = true
			continue
		}
		if diffFence || *unified && cur != nil && (strings.HasPrefix(line, "+ ") || strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "− ") || cur.diffy && strings.HasPrefix(line, "  ")) {
			if trim == "" {
				continue
			}
			if strings.HasPrefix(line, "+++") || strings.HasPrefix(line, "---") && len(trim) > 3 {
				*header = append(*header, line) // "--- US draft" / "+++ E3 text": the versions
				continue
			}
			side, body := diffPrefix(line)
			if n, rest, ok := diffNumbered(body); ok {
				cur = diffNumberUnit(cur, side, n, i, open)
				body = rest
			}
			if cur == nil {
				cur = open(0, 0, i)
			}
			cur.span = append(cur.span, i)
			cur.diffy, cur.marked, cur.strong = true, true, true
			if t := cleanRedlineText(body); t != "" {
				cur.lines = append(cur.lines, []redlineSeg{{side, t}})
			}
			continue
		}
		if trim == "" {
			if cur != nil {
				cur.flush(*boldNew)
				cur.closed = cur.closed || len(cur.lines) > 0
			}
			continue
		}
		if redlineRange.MatchString(trim) {
			cur = nil // "Points 27-28. …": not compared point by point
			continue
		}
		if m := redlinePointHead.FindStringSubmatch(trim); m != nil && (redlineWordHead.MatchString(trim) || !strings.HasPrefix(strings.TrimLeft(trim, "#*_ "), m[1]+" ")) {
			oldNum, _ := strconv.Atoi(m[1])
			newNum := oldNum
			if m[2] != "" {
				newNum, _ = strconv.Atoi(m[2]) // "Point 21 → —": no counterpart; -1 leaves it out
				if newNum == 0 {
					newNum = -1
				}
			}
			cur = open(oldNum, newNum, i)
			rest := strings.TrimSpace(trim[len(m[0]):])
			heading := strings.HasPrefix(trim, "#") || strings.HasPrefix(trim, "**") && strings.HasSuffix(trim, "**")
			sep := strings.TrimSpace(m[0])
			if side, ok := redlineNote(lowerString(rest)); ok && (heading || strings.HasSuffix(sep, "·") || strings.HasSuffix(sep, "|") || redlineWholeNote(rest)) {
				cur.status, cur.hasStatus, cur.marked = side, true, true
				continue
			}
			if heading {
				continue
			}
			cur.addFree(rest, *boldNew)
			continue
		}
		if cur == nil {
			if len(units) > 0 {
				continue // after the points: notes, read as prose
			}
			*header = append(*header, trim)
			low := lowerString(trim)
			if redlineLegend(low) {
				if strings.Contains(low, "**") || strings.Contains(low, "bold") || strings.Contains(low, "fett") || strings.Contains(low, "gras") || strings.Contains(low, "grassetto") || strings.Contains(low, "negrita") || strings.Contains(low, "жирн") || strings.Contains(low, "pogrubion") {
					*boldNew = true
				}
				if diffSignsLegend(low) {
					*unified = true
				}
			}
			continue
		}
		if strings.HasPrefix(trim, "#") || trim == "---" || trim == "***" || trim == "___" || strings.HasPrefix(trim, "**") && strings.HasSuffix(trim, "**") && !redlineMarked(trim, *boldNew) {
			cur = nil // a heading or rule of the page's own: the points are over
			continue
		}
		if cur.diffy || cur.closed || redlineAnnotation(trim) {
			if redlineAnnotation(trim) {
				cur.closed = true
			}
			continue // commentary under a point: read as prose
		}
		cur.span = append(cur.span, i)
		cur.addFree(trim, *boldNew)
	}
	for _, u := range units {
		u.flush(*boldNew)
	}
	return units
}

// diffPrefix cuts a unified-diff line's sign: "-" old, "+" new, else both.
func diffPrefix(line string) (redlineSide, string) {
	switch {
	case strings.HasPrefix(line, "+"):
		return sideNew, line[1:]
	case strings.HasPrefix(line, "-"):
		return sideOld, line[1:]
	case strings.HasPrefix(line, "−"):
		return sideOld, line[len("−"):]
	}
	return sideBoth, line
}

// diffNumbered reads a point number opening a diff line ("- 21. …").
func diffNumbered(body string) (int, string, bool) {
	t := strings.TrimSpace(body)
	m := redlinePointHead.FindStringSubmatch(t)
	if m == nil || m[2] != "" || !redlineWordHead.MatchString(t) && strings.HasPrefix(t, m[1]+" ") {
		return 0, body, false
	}
	n, _ := strconv.Atoi(m[1])
	return n, t[len(m[0]):], true
}

// diffNumberUnit opens the point a numbered diff line starts: a "+"
// line numbered after a "-" one is the same point renumbered ("- 21. …",
// "+ 14. …").
func diffNumberUnit(cur *redlineUnit, side redlineSide, n, at int, open func(int, int, int) *redlineUnit) *redlineUnit {
	if side == sideNew && cur != nil && cur.newNum == 0 && !cur.hasSide(sideNew) && cur.hasSide(sideOld) {
		cur.newNum = n
		return cur
	}
	switch side {
	case sideOld:
		return open(n, 0, at)
	case sideNew:
		return open(0, n, at)
	}
	return open(n, n, at)
}

func (u *redlineUnit) hasSide(side redlineSide) bool {
	for _, l := range u.lines {
		for _, s := range l {
			if s.side == side {
				return true
			}
		}
	}
	return false
}

// addFree adds a line of text outside a diff: its word marks, labels and
// notes cut it into runs.
func (u *redlineUnit) addFree(line string, boldNew bool) {
	line = strings.TrimSpace(line)
	if line == "" {
		return
	}
	if u.pending != "" {
		line, u.pending = u.pending+" "+line, ""
	}
	if redlineOpenMark(line, boldNew) {
		u.pending = line // "[-… " wrapped onto the next line: read it whole
		return
	}
	u.addRuns(line, boldNew)
}

// flush reads a mark left open at the end of a paragraph as it stands.
func (u *redlineUnit) flush(boldNew bool) {
	if u.pending != "" {
		line := u.pending
		u.pending = ""
		u.addRuns(line, boldNew)
	}
}

func (u *redlineUnit) addRuns(line string, boldNew bool) {
	segs, marked, strong := redlineRuns(line, boldNew)
	u.marked = u.marked || marked
	u.strong = u.strong || strong
	if len(segs) > 0 {
		u.lines = append(u.lines, segs)
	}
}

// redlineOpenMark says whether a line opens a word mark it does not
// close: a struck or inserted run wrapped onto the next line.
func redlineOpenMark(line string, boldNew bool) bool {
	for _, m := range redlineWordMarks {
		if m.open == m.close {
			if strings.Count(line, m.open)%2 == 1 {
				return true
			}
			continue
		}
		if o := strings.LastIndex(line, m.open); o >= 0 && strings.LastIndex(line, m.close) < o+len(m.open) {
			return true
		}
	}
	return boldNew && strings.Count(line, "**")%2 == 1
}

// redlineRuns cuts a line into runs by its labels, word marks and notes,
// and says whether it held any (marked) and any but notes (strong). A
// line of several labels ("Deleted: … · Inserted: …") is read label by
// label.
func redlineRuns(line string, boldNew bool) (segs []redlineSeg, marked, strong bool) {
	if cuts := redlineLabelCuts(line); len(cuts) > 1 {
		for k, at := range cuts {
			end := len(line)
			if k+1 < len(cuts) {
				end = cuts[k+1]
			}
			piece := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line[at:end]), "·|;—–"))
			ss, m, st := redlineRuns(piece, boldNew)
			for _, x := range ss {
				segs = append(segs, redlineSeg{x.side, x.text + " "})
			}
			marked, strong = marked || m, strong || st
		}
		return segs, marked, strong
	}
	return redlineLineRuns(line, boldNew)
}

// redlineLabelCuts are where the labels of a line open: at its start, or
// after a separator ("·", "|", ";", a dash). Fewer than two: one run.
func redlineLabelCuts(line string) []int {
	low := lowerString(line)
	if len(low) != len(line) || !strings.Contains(low, ":") {
		return nil
	}
	var cuts []int
	for i := 0; i < len(low); i++ {
		if i > 0 {
			before := strings.TrimRight(low[:i], " ")
			if len(before) == i || !strings.HasSuffix(before, "·") && !strings.HasSuffix(before, "|") && !strings.HasSuffix(before, ";") && !strings.HasSuffix(before, "—") && !strings.HasSuffix(before, "–") {
				continue
			}
		}
		for l := range redlineLabels {
			if strings.HasPrefix(low[i:], l+":") {
				cuts = append(cuts, i)
				break
			}
		}
	}
	if len(cuts) > 0 && cuts[0] != 0 {
		cuts = append([]int{0}, cuts...) // text before the first label is shared
	}
	return cuts
}

// redlineLineRuns reads one run of a line: its label, word marks and
// notes.
func redlineLineRuns(line string, boldNew bool) (segs []redlineSeg, marked, strong bool) {
	// a label opening the line ("Deleted: …", "Добавлено: …")
	lineSide := sideBoth
	if k := strings.Index(line, ":"); k > 0 && k < 30 {
		if side, ok := lowerIn2(redlineLabels, strings.Trim(line[:k], " *_-")); ok {
			rest := strings.TrimSpace(strings.Trim(line[k+1:], " *_"))
			if !redlineLetters(rest) {
				return nil, true, true // "Struck: 3": a counter
			}
			lineSide, line, marked, strong = side, rest, true, true
		}
	}
	// a closing or opening note: "(struck)", "(new)", "(no change)"
	if strings.HasSuffix(line, ")") {
		if k := strings.LastIndex(line, "("); k > 0 {
			note := lowerString(line[k+1 : len(line)-1])
			if side, ok := redlineNote(note); ok && redlineWholeNote(note) || firstNamedVersion(note) != "" || redlineHasAny(note, redlineTextWords) {
				if ok && side != sideBoth && lineSide == sideBoth {
					lineSide = side
				}
				line, marked = strings.TrimSpace(line[:k]), true
			}
		}
	}
	if strings.HasPrefix(line, "(") {
		if k := strings.Index(line, ")"); k > 0 {
			if side, ok := redlineNote(lowerString(line[1:k])); ok && redlineWholeNote(line[1:k]) {
				if side != sideBoth && lineSide == sideBoth {
					lineSide = side
				}
				line, marked = strings.TrimSpace(line[k+1:]), true
			}
		}
	}
	add := func(side redlineSide, t string) {
		if t == "" {
			return
		}
		if side == sideBoth {
			side = lineSide
		}
		segs = append(segs, redlineSeg{side, t})
	}
	rest := line
	for rest != "" {
		at, which := -1, -1
		for k, m := range redlineWordMarks {
			if i := strings.Index(rest, m.open); i >= 0 && (at < 0 || i < at) {
				if j := strings.Index(rest[i+len(m.open):], m.close); j >= 0 {
					at, which = i, k
				}
			}
		}
		if boldNew {
			if i := strings.Index(rest, "**"); i >= 0 && (at < 0 || i < at) {
				if j := strings.Index(rest[i+2:], "**"); j >= 0 {
					at, which = i, len(redlineWordMarks)
				}
			}
		}
		if at < 0 {
			add(sideBoth, rest)
			break
		}
		m := struct {
			open, close string
			side        redlineSide
		}{"**", "**", sideNew}
		if which < len(redlineWordMarks) {
			m = redlineWordMarks[which]
		}
		add(sideBoth, rest[:at])
		inner := rest[at+len(m.open):]
		j := strings.Index(inner, m.close)
		add(m.side, inner[:j])
		rest = inner[j+len(m.close):]
		marked, strong = true, true
	}
	return segs, marked, strong
}

// texts renders the unit's old and new text: unmarked runs and each
// version's own, one line of the point a line of the text. A version is
// present when it has text of its own, or when the shared text is more
// than a stub left around the other version's words.
func (u *redlineUnit) texts() (string, string) {
	var olds, news []string
	ownOld, ownNew, shared := false, false, 0
	for _, l := range u.lines {
		var ob, nb strings.Builder
		for _, s := range l {
			side := s.side
			if side == sideBoth && u.hasStatus && !lineMarked(l) {
				side = u.status // "### Point 3 · deleted" over plain lines
			}
			switch side {
			case sideOld:
				ob.WriteString(s.text)
				ownOld = ownOld || redlineLetters(s.text)
			case sideNew:
				nb.WriteString(s.text)
				ownNew = ownNew || redlineLetters(s.text)
			default:
				ob.WriteString(s.text)
				nb.WriteString(s.text)
				shared += len(strings.Fields(s.text))
			}
		}
		if t := tidyRedline(ob.String()); redlineLetters(t) {
			olds = append(olds, t)
		}
		if t := tidyRedline(nb.String()); redlineLetters(t) {
			news = append(news, t)
		}
	}
	keep := func(own bool, ls []string) string {
		if !own && shared < 3 || len(ls) == 0 {
			return ""
		}
		return strings.Join(ls, "\n")
	}
	return keep(ownOld, olds), keep(ownNew, news)
}

func lineMarked(l []redlineSeg) bool {
	for _, s := range l {
		if s.side != sideBoth {
			return true
		}
	}
	return false
}

// tidyRedline joins runs into a sentence: spaces collapsed, none before
// punctuation a struck or inserted run left behind.
func tidyRedline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range []string{" .", " ,", " ;", " :", " )"} {
		s = strings.ReplaceAll(s, p, p[1:])
	}
	return strings.TrimSpace(s)
}

// cleanRedlineText strips Markdown emphasis and code marks off a line.
func cleanRedlineText(s string) string {
	s = strings.NewReplacer("**", "", "`", "").Replace(s)
	return strings.TrimSpace(s)
}

func redlineLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// redlineTextWords name a version as a text ("the E3 text keeps …"):
// a parenthesis speaking of them is the editors' note on the change.
var redlineTextWords = []string{" text", "version", "wording", "draft", "fassung", "entwurf", "texte", "testo", "bozza", "texto", "borrador", "текст", "редакци", "проект", "tekst", "wersj", "projekt"}

// redlineMarked says whether a line holds a word mark.
func redlineMarked(s string, boldNew bool) bool {
	_, marked, _ := redlineRuns(s, boldNew)
	return marked
}

// redlineAnnotation is an editor's comment under a point ("Comment
// [IT1]: …", "Note: …") or a word processor's formatting balloon
// ("Formatted: Font: Bold"): not the text, read as prose.
func redlineAnnotation(s string) bool {
	low := lowerString(strings.TrimLeft(s, "*_> "))
	for _, p := range []string{"formatted:", "formatiert:", "mis en forme", "formattato", "con formato", "отформатировано", "sformatowano", "comment", "note:", "note ", "editor", "anmerkung", "kommentar", "commentaire", "remarque", "commento", "nota:", "nota ", "comentario", "примечание", "комментарий", "примітка", "коментар", "uwaga", "komentarz", "przypis"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// redlineLegend says whether a header line explains the marks.
func redlineLegend(low string) bool {
	for _, w := range []string{"legend", "key:", "legende", "légende", "legenda", "leyenda", "легенда", "условные", "умовні", "struck", "strikethrough", "inserted", "durchgestrichen", "barré", "barrato", "tachado", "зачеркн", "закреслен", "przekreśl", "lines starting", "zeilen mit", "lignes commençant"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// diffSignsLegend says whether a legend ties bare "-" and "+" signs to
// the versions ("lines starting `-` are in the US draft only", "- US only
// / + European only"), so "+ …" lines outside a fence are diff lines.
func diffSignsLegend(low string) bool {
	return (strings.Contains(low, "`-`") || strings.Contains(low, "\"-\"") || strings.Contains(low, "- ") || strings.Contains(low, "«-»")) &&
		(strings.Contains(low, "`+`") || strings.Contains(low, "\"+\"") || strings.Contains(low, "+ ") || strings.Contains(low, "«+»"))
}

// redlineOldLabels and redlineNewLabels open a header line naming one
// side of the comparison ("Original: US draft", "Revised: E3 text").
var (
	redlineOldLabels = []string{"original", "old", "before", "from", "base", "left", "version a", "alt", "ursprünglich", "vorher", "ancien", "avant", "originale", "prima", "antes", "было", "исходн", "старая", "було", "стара", "było", "pierwotn", "oryginał"}
	redlineNewLabels = []string{"revised", "new", "after", "to", "changed", "right", "version b", "neu", "nachher", "geändert", "nouveau", "nouvelle", "révisé", "après", "nuovo", "nuova", "dopo", "nuevo", "nueva", "después", "revisado", "стало", "новая", "новый", "нова", "новий", "jest", "nowy", "nowa", "po"}
	// redlineAgent marks the version that made the change ("removed by
	// the E3 text", "von der europäischen Fassung gestrichen"): the new one.
	redlineAgent = []string{" by ", " von ", " par ", " da ", " por ", " przez ", " від "}
)

// redlineVersions names the two versions compared: the old one and the
// new one. Labelled lines decide first, then legend clauses that tie a
// sign or a kind of mark to one version, then the order the header names
// them in, then the title's order.
func redlineVersions(header []string, title string) (string, string) {
	oldPlan, newPlan := "", ""
	var order []string
	seen := map[string]bool{}
	note := func(plan string) {
		if plan != "" && !seen[plan] {
			seen[plan] = true
			order = append(order, plan)
		}
	}
	for _, h := range header {
		low := lowerString(strings.Trim(h, "*_# "))
		if strings.HasPrefix(low, "--- ") {
			if v := firstNamedVersion(low); v != "" && oldPlan == "" {
				oldPlan = v
			}
		}
		if strings.HasPrefix(low, "+++ ") {
			if v := firstNamedVersion(low); v != "" && newPlan == "" {
				newPlan = v
			}
		}
		for _, clause := range splitRedlineClauses(low) {
			vs := namedVersions(clause)
			if len(vs) == 0 {
				continue
			}
			v := vs[0].plan
			if k := strings.Index(clause, ":"); k > 0 {
				lab := strings.Trim(clause[:k], "*_ ")
				if redlineLabelIs(lab, redlineOldLabels) && oldPlan == "" {
					oldPlan = v
				} else if redlineLabelIs(lab, redlineNewLabels) && newPlan == "" {
					newPlan = v
				}
			}
			if redlineLegend(low) && !strings.Contains(clause, " vs") {
				side := legendSide(clause)
				agent := false
				for _, a := range redlineAgent {
					if i := strings.Index(clause, a); i >= 0 && i < vs[0].start {
						agent = true
					}
				}
				switch {
				case agent && newPlan == "":
					newPlan = v
				case !agent && side == sideOld && oldPlan == "":
					oldPlan = v
				case !agent && side == sideNew && newPlan == "":
					newPlan = v
				}
			}
			for _, v := range rewriteOrder(clause, vs) {
				note(v)
			}
		}
	}
	low := lowerString(title)
	for _, v := range rewriteOrder(low, namedVersions(low)) {
		note(v)
	}
	for _, p := range order {
		switch {
		case oldPlan == "" && p != newPlan:
			oldPlan = p
		case newPlan == "" && p != oldPlan:
			newPlan = p
		}
	}
	return oldPlan, newPlan
}

// redlineRewriteVerbs put the new version before the old one: "how the
// European text rewrites the US draft".
var redlineRewriteVerbs = []string{"rewrite", "rewrote", "amend", "revise", "changes", "edits", "replaces", "überarbeitet", "ändert", "schreibt", "réécrit", "modifie", "amende", "riscrive", "modifica", "emenda", "reescribe", "enmienda", "переписыва", "меняет", "изменяет", "правит", "переписує", "змінює", "przepisuje", "zmienia", "poprawia"}

// rewriteOrder is the versions vs of a clause in the order old, new:
// as named, unless a rewrite verb stands between the first two.
func rewriteOrder(clause string, vs []versionAt) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, v.plan)
	}
	for k := 1; k < len(vs); k++ {
		if vs[k].plan == vs[0].plan {
			continue
		}
		if between := clause[vs[0].end:vs[k].start]; vs[0].end <= vs[k].start && redlineHasAny(between, redlineRewriteVerbs) {
			out[0], out[k] = out[k], out[0]
		}
		break
	}
	return out
}

// splitRedlineClauses cuts a header line at the separators pages put
// between a legend's entries ("- … only, + … only" with a comma too).
func splitRedlineClauses(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ';' || r == '·' || r == '|' || r == '•' || r == ','
	})
}

// legendSide is the side a legend clause speaks of: "-", struck, deleted
// for the old version; "+", inserted, added for the new.
func legendSide(clause string) redlineSide {
	oldMarks := []string{"`-`", "\"-\"", "«-»", "[-", "<del>", "~~", "struck", "strikethrough", "deleted", "removed", "crossed", "durchgestrichen", "gestrichen", "barré", "supprimé", "barrato", "eliminat", "tachado", "eliminado", "зачеркн", "удал", "закреслен", "видален", "przekreśl", "usunięt"}
	newMarks := []string{"`+`", "\"+\"", "«+»", "{+", "<ins>", "inserted", "added", "bold", "eingefügt", "hinzugefügt", "ajouté", "inséré", "aggiunt", "inserit", "añadido", "insertado", "добавлен", "вставлен", "додан", "dodan", "wstawion"}
	o, n := redlineHasAny(clause, oldMarks), redlineHasAny(clause, newMarks)
	t := strings.TrimSpace(clause)
	if !o && !n {
		switch {
		case strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "− ") || strings.Contains(clause, " - "):
			o = true
		case strings.HasPrefix(t, "+ ") || strings.Contains(clause, " + "):
			n = true
		}
	}
	switch {
	case o && !n:
		return sideOld
	case n && !o:
		return sideNew
	}
	return sideBoth
}

func redlineHasAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func redlineLabelIs(s string, ps []string) bool {
	for _, p := range ps {
		if s == p || strings.HasPrefix(s, p+" ") || strings.HasPrefix(s, p+"(") || strings.HasPrefix(s, p) && len(p) > 4 {
			return true
		}
	}
	return false
}

// withRedline adds a redline's provisions to those the prose gave, and
// drops a prose provision on a point the redline gives for the same
// version, present or struck ("Point 3 has no European counterpart": the
// editors' comment, not the text). Redline points are positioned after the
// paragraphs, one position a point, so the two versions of a point share
// one, as a table row's cells do.
func withRedline(provs []Provision, rl *redline, src Source, paras int, topics topicMemo) []Provision {
	if rl == nil {
		return provs
	}
	out := provs[:0:0]
	for _, p := range provs {
		if p.Number > 0 && rl.covered[p.Plan+"#"+strconv.Itoa(p.Number)] {
			continue
		}
		out = append(out, p)
	}
	for _, p := range rl.provisions {
		out = append(out, Provision{
			SourceID: src.ID,
			Plan:     p.plan,
			Number:   p.number,
			Text:     p.text,
			Topics:   topics.tag(p.text),
			Position: paras + p.unit,
		})
	}
	for k := range out {
		out[k].ID = src.ID + "-p" + strconv.Itoa(k+1)
	}
	return out
}
