// Turn layouts: transcripts and panel write-ups print who speaks as a label
// the colon readers (labels.go, floor.go) do not see in two layouts.
//
//   - A label alone on its line, the turn below it: "RACHEL DUNNE, HOST:"
//     then a blank line and the host's words, as radio pages and some
//     interview pages print the first turn of each speaker. Read as it
//     stands, the label is a heading in capitals and the words after it are
//     nobody's turn, so the host's questions and the reporter's relays come
//     out as prose statements.
//   - A label closed by a dash instead of a colon: "**SERRA** — Il tono.",
//     "**BELLANDI** – Una zona …", "KOWALSKI — Nie sądzę.", as a double
//     interview ("intervista doppia", "Doppelinterview") or a panel prints
//     the answers of its guests to the same questions in turn.
//
// A translated turn opens with a note in brackets ("ZELENSKY: (Through
// interpreter) We need …", data/floor.json's interpreterNotes): the note
// is the transcript's, not the speaker's words, and goes.
//
// readTurnLayouts writes both as the "LABEL: words" paragraph every label
// reader knows, on the reading text before it is cut into paragraphs. Only
// a document that reads as turns is changed: a lone label is joined only
// when its speaker takes the floor again under a label (the surname alone,
// "DUNNE:") or it carries a title after a comma ("TOBIAS LENK, BYLINE:");
// a dash label only when two speakers or more each take two turns or more
// so, and the text names one of them with a first name before the surname
// ("Ludovica Serra" for "SERRA"; the other may be named in a case,
// "Janowi Kosowi") or a label is a full name — so a wire digest of
// "MOSCOW — …" and "KYIV — …" items, whose places are no one's first and
// last name, stays as it was.

package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// maxTurnLabelWords is the most words a turn label read by this pass has
// ("PRESIDENT VOLODYMYR ZELENSKY", "RACHEL DUNNE, HOST").
const maxTurnLabelWords = 6

// readTurnLayouts rewrites lone labels and dash labels as colon labels
// (see the file comment), or returns text as it is.
func readTurnLayouts(text string) string {
	if !strings.Contains(text, ":\n") && !strings.Contains(text, "** ") && !strings.Contains(text, " — ") && !strings.Contains(text, " – ") && !strings.Contains(text, ": (") {
		return text
	}
	lines := strings.Split(text, "\n")
	changed := joinLoneLabels(lines)
	if dashTurns(lines) {
		changed = true
	}
	if strings.Contains(text, ": (") && dropInterpreterNotes(lines) {
		changed = true
	}
	if readPositionTurns(lines, strings.Contains(text, "\n\n")) {
		changed = true // "**Groen Dorp – Eens.** …": a party's answer and reasons (positionturns.go)
	}
	if !changed {
		return text
	}
	out := lines[:0]
	for _, l := range lines {
		if l != "\x00" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// loneLabel reads a line that is only a speaker label: "RACHEL DUNNE,
// HOST:", "**Moderator:**", "LENK:". It returns the label without its
// colon and bold marks, and the name in it (before a comma).
func loneLabel(line string) (label, name string, ok bool) {
	t := strings.TrimSpace(line)
	bold := strings.HasPrefix(t, "**")
	t = strings.Trim(t, "* ")
	if !strings.HasSuffix(t, ":") {
		return "", "", false
	}
	t = strings.TrimSpace(strings.TrimSuffix(t, ":"))
	if t == "" || containsAny(t, ":.!?«»“”\"#|") || utf8.RuneCountInString(t) > 70 {
		return "", "", false
	}
	words := strings.Fields(t)
	if len(words) > maxTurnLabelWords {
		return "", "", false
	}
	name, _, _ = strings.Cut(t, ",")
	name = strings.TrimSpace(name)
	if name == "" {
		return "", "", false
	}
	for _, w := range strings.Fields(name) {
		if !isCapital(w) {
			return "", "", false
		}
	}
	if !bold && !isAllCaps(t) {
		return "", "", false // "Here is what he told us:": a lead-in, not a label
	}
	return t, name, true
}

// joinLoneLabels joins each lone label (loneLabel) with the paragraph below
// it, when the document reads as turns: the label has a title after a
// comma, or its name's last word labels another turn. A joined label's
// line holds the joined paragraph; the lines it took are set to "\x00".
// It reports whether a line changed.
func joinLoneLabels(lines []string) bool {
	// the names that open a turn with a colon in the text: "DUNNE: …"
	var turns map[string]bool
	changed := false
	for i, l := range lines {
		label, name, ok := loneLabel(l)
		if !ok {
			continue
		}
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if j == i+1 || j >= len(lines) || j-i > 2 {
			continue // the words run on the next line (a block the paragraph reader joins), or none follow
		}
		next := strings.TrimSpace(lines[j])
		if next == "" || strings.HasPrefix(next, "#") || strings.HasPrefix(next, "---") || looksLabelled(strings.Trim(next, "*")) {
			continue
		}
		if _, _, lone := loneLabel(next); lone {
			continue
		}
		if !strings.Contains(label, ",") {
			if turns == nil {
				turns = labelNames(lines)
			}
			f := strings.Fields(lowerString(name))
			if !turns[f[len(f)-1]] && !lowerIn(turns, name) {
				continue
			}
		}
		lines[i] = label + ": " + next
		for k := i + 1; k <= j; k++ {
			lines[k] = "\x00"
		}
		if j+1 < len(lines) && strings.TrimSpace(lines[j+1]) != "" {
			lines[i] += " " + strings.TrimSpace(lines[j+1]) // the paragraph wraps: its next line joins it
			k := j + 1
			lines[k] = "\x00"
			for k+1 < len(lines) && strings.TrimSpace(lines[k+1]) != "" {
				k++
				lines[i] += " " + strings.TrimSpace(lines[k])
				lines[k] = "\x00"
			}
		}
		changed = true
	}
	return changed
}

// labelNames returns the lower-case names that open a line as a colon
// label ("DUNNE: …", "**Serra:** …").
func labelNames(lines []string) map[string]bool {
	names := map[string]bool{}
	for _, l := range lines {
		t := strings.TrimLeft(strings.TrimSpace(l), "*")
		i := strings.Index(t, ":")
		if i <= 0 || i > 60 {
			continue
		}
		name := strings.TrimRight(t[:i], "* ")
		name, _, _ = strings.Cut(name, ",")
		if name == "" || len(strings.Fields(name)) > maxTurnLabelWords {
			continue
		}
		names[lowerString(strings.TrimSpace(name))] = true
	}
	return names
}

// dashLabel reads a paragraph opened by a label closed by a dash:
// "**SERRA** — Il tono.", "**Serra —** Il tono.", "SERRA – Il tono.". It
// returns the label and the text after the dash.
func dashLabel(line string) (label, rest string, ok bool) {
	t := strings.TrimSpace(line)
	bold := strings.HasPrefix(t, "**")
	for _, dash := range []string{" — ", " – ", " - "} {
		// only a dash within the first 60 bytes closes a label: the
		// search stops there instead of reading the whole paragraph
		// (the first dash found is the same; one past 60 was refused)
		i := strings.Index(t[:min(len(t), 60+len(dash))], dash)
		if i <= 0 || i > 60 {
			continue
		}
		head, after := t[:i], t[i+len(dash):]
		if bold {
			if !strings.HasSuffix(head, "**") {
				if !strings.HasPrefix(after, "**") {
					continue
				}
				after = strings.TrimPrefix(after, "**") // "**Serra —** …"
			}
			head = strings.Trim(head, "* ")
			if strings.Contains(head, "**") {
				continue
			}
		} else if !isAllCaps(head) {
			continue
		}
		words := strings.Fields(head)
		if len(words) == 0 || len(words) > 3 || containsAny(head, ":.,!?«»“”\"()0123456789+") || strings.TrimSpace(after) == "" {
			continue
		}
		for _, w := range words {
			if !isCapital(w) {
				return "", "", false
			}
		}
		return head, strings.TrimSpace(after), true
	}
	return "", "", false
}

// dashTurns rewrites a document's dash labels as colon labels when two
// speakers or more take two turns or more each and one is named in full
// (see the file comment), and reports whether it did.
func dashTurns(lines []string) bool {
	count := map[string]int{}
	for _, l := range lines {
		if label, _, ok := dashLabel(l); ok {
			count[lowerString(label)]++
		}
	}
	speakers, named := 0, false
	for label, n := range count {
		if n >= 2 {
			speakers++
			named = named || len(strings.Fields(label)) > 1 || namedInFull(lines, label)
		}
	}
	if speakers < 2 || !named {
		return false
	}
	changed := false
	for i, l := range lines {
		label, rest, ok := dashLabel(l)
		if !ok || lowerIn(count, label) < 2 {
			continue
		}
		lines[i] = label + ": " + rest
		changed = true
	}
	return changed
}

// namedInFull reports whether a one-word label (lower case) is a surname
// the text gives after a capitalised first name: "Ludovica Serra" for
// "SERRA". A place ("MOSCOW": "in Moscow") is not.
func namedInFull(lines []string, label string) bool {
	for _, l := range lines {
		if _, _, ok := dashLabel(l); ok {
			continue
		}
		words := strings.Fields(l)
		for k := 1; k < len(words); k++ {
			w := strings.TrimFunc(words[k], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
			if !strings.EqualFold(w, label) || !isCapital(w) {
				continue
			}
			prev := strings.TrimLeft(words[k-1], "*_(\"«“")
			if r, _ := utf8.DecodeRuneInString(prev); unicode.IsUpper(r) && !isAllCaps(prev) && !containsAny(prev, ".,;:") {
				return true
			}
		}
	}
	return false
}

// interpreterNotes is data/floor.json's interpreterNotes, lower case.
var interpreterNotes = sync.OnceValue(func() map[string]bool {
	var d struct {
		Notes []string `json:"interpreterNotes"`
	}
	mustDecodeJSON("data/floor.json", floorJSON, &d)
	return set(d.Notes)
})

// dropInterpreterNotes takes an interpreter's note in brackets off the
// start of each labelled turn's words ("LABEL: (Through interpreter) …")
// and reports whether it did.
func dropInterpreterNotes(lines []string) bool {
	changed := false
	for i, l := range lines {
		at := strings.Index(l, ": (")
		if at <= 0 || at > 90 {
			continue
		}
		end := strings.IndexByte(l[at+3:], ')')
		if end < 0 || !lowerIn(interpreterNotes(), strings.TrimSpace(l[at+3:at+3+end])) {
			continue
		}
		lines[i] = l[:at+2] + strings.TrimSpace(l[at+3+end+1:])
		changed = true
	}
	return changed
}
