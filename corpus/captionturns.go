// Caption turns: live (CART) captions and broadcast scripts open a
// speaker's turn on a line of its own, after a mark that is no text of
// the turn. Live captions set ">>" before the speaker's label (">> CLLR
// PRIYA NANDAKUMAR: Thank you, …"), where Markdown reads a block quote
// and leaves a ">" in the label; a caption's time stamp ("[19:41:07]") or
// a script's cue ("[CLIP 3 — INTERVISTA — …]") stands on the line above
// the label without a blank line between, so the label is read inside the
// cue's paragraph and no turn opens. readCaptionTurns gives such a label
// a paragraph of its own, without the ">>". Only a label in capitals is
// read so ("MAYOR:", "PESKOV (traduzione):"): a usenet reply quotes prose
// after ">>", a caption block's ">>" runs on in lower case (transcript.go).

package corpus

import "strings"

// maxCaptionLabel is the longest caption label in bytes, its bracket
// included ("ZELENSKY (interprete)", "CLLR GARETH PRYCE-EDWARDS").
const maxCaptionLabel = 60

// readCaptionTurns sets every caption or script label after ">>" or
// under a cue line apart as a paragraph of its own.
func readCaptionTurns(body string) string {
	if !strings.Contains(body, ">>") && !strings.Contains(body, "]\n") {
		return body // (nearly every document: no caption mark, no cue line)
	}
	blank := strings.Contains(body, "\n\n") // a body without blank lines reads a line a paragraph already
	var b strings.Builder
	changed := false
	prev := ""
	for i, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		turn := false
		if rest, ok := strings.CutPrefix(t, ">>"); ok && !strings.HasPrefix(rest, ">") {
			if rest = strings.TrimSpace(rest); capsLabelLine(rest) {
				line, turn = rest, true
			}
		}
		if !turn && blank && prev != "" && cueLine(prev) && capsLabelLine(t) {
			turn = true
		}
		if i > 0 {
			b.WriteByte('\n')
			if turn && blank && prev != "" {
				b.WriteByte('\n')
			}
		}
		changed = changed || turn
		b.WriteString(line)
		prev = t
	}
	if !changed {
		return body
	}
	return b.String()
}

// capsLabelLine reports whether a line opens with a speaker label in
// capitals and a colon, at most six words and an optional bracket:
// "THE MAYOR: …", "CLLR NANDAKUMAR: …", "PESKOV (traduzione): …".
func capsLabelLine(t string) bool {
	i := strings.Index(t, ": ")
	if i <= 0 || i > maxCaptionLabel {
		return false
	}
	label := strings.Trim(t[:i], "* ")
	if j := strings.Index(label, " ("); j > 0 && strings.HasSuffix(label, ")") {
		label = label[:j]
	}
	n := 0
	for w := range strings.FieldsSeq(label) {
		if n++; n > 6 || !isAllCaps(w) || strings.ContainsAny(w, "0123456789[]\"“”«»") {
			return false
		}
	}
	return n > 0
}

// cueLine reports whether a line is a cue and nothing else: a time stamp
// ("[19:41:07]", "0:02:15") or a bracketed direction ("[CLIP 1 — ARCHIVIO
// — …]", "[SFX — sirena lontana]").
func cueLine(t string) bool {
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") && !strings.Contains(t[1:len(t)-1], "]") {
		return true
	}
	_, rest, ok := lineCue(t)
	return ok && rest == ""
}

// labelTitleInFull writes a label's title in full where the label gave it
// abbreviated and nothing else: "CLLR PRIYA NANDAKUMAR:" is a councillor,
// "SEN. OKAFOR:" a senator (obliqueroles.json's abbreviations, by
// language), as the title before a name in prose is read.
func (x *extractor) labelTitleInFull(sp *speaker) {
	if x.noCaptionTurns || sp == nil || sp.role == "" || len(sp.role) > 6 || strings.Contains(sp.role, " ") {
		return
	}
	abbr := docRoles().Abbreviations[x.src.Lang]
	if full, ok := abbr[lowerString(sp.role)]; ok {
		sp.role = full
	}
}

// labelKeepsReferent reports whether a transcript's labelled turn is read
// as colonLabel read it (ok, sp): a label names the same person on every
// turn. "THE MAYOR:" chairs a council meeting from its first turn, when
// nobody of that title has been named and the turn gives no one; the
// mover's "Its mayor, Oleksandr Hrytsenko, wrote to us" names another
// mayor, whom the chair's later turns must not become. A label whose
// first turn named no one names no one after, unless it holds the name
// (the name's last word) itself.
func (x *extractor) labelKeepsReferent(p string, sp *speaker, ok bool) bool {
	if x.noCaptionTurns || !x.transcript {
		return ok
	}
	label, _, labelled := speakerLabel(p)
	if !labelled {
		return ok
	}
	name := ""
	if ok && sp != nil {
		name = sp.name
	}
	first, seen := x.labelReferent[label]
	if !seen {
		if x.labelReferent == nil {
			x.labelReferent = map[string]string{}
		}
		x.labelReferent[label] = name
		return ok
	}
	if ok && first == "" && name != "" && !strings.Contains(label, lowerString(lastWord(name))) {
		return false
	}
	return ok
}
