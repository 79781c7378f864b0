// Floor: in a broadcast transcript or a parliamentary record, not everyone
// who has the floor is a newsmaker. The anchor and the correspondents
// ("LUKE BRANNIGAN, DIPLOMATIC CORRESPONDENT:") are the publication
// reporting: what they relay ("Spokesman X said …") is X's, their own
// turn is no one's statement. The chair of a record ("Vizepräsidentin Dr.
// X:") only manages the floor. Applause and heckles printed in brackets
// between the paragraphs of a speech ("(Beifall bei der Fraktion A)")
// neither speak nor end the speech. A production note before a label
// ("(SOUNDBITE) NAME, TITLE:") is not part of it. And a record labels each
// member with their group ("Name (Fraktion A):"), which is their role.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/floor.json
var floorJSON []byte

// floorLexicon is data/floor.json: the titles of a publication's own
// people, of a record's chair, and the production notes of transcripts.
type floorLexicon struct {
	staff, chairs, cues map[string]bool
	flashes             []string
	asides, asideTails  []string
	replyLeads          []string
}

var floorData = sync.OnceValue(func() floorLexicon {
	var d struct {
		Staff   []string `json:"staff"`
		Chairs  []string `json:"chairs"`
		Cues    []string `json:"cues"`
		Flashes []string `json:"flashes"`
		Asides  []string `json:"staffAsides"`
		Tails   []string `json:"staffAsideTails"`
		Replies []string `json:"replyLeads"`
	}
	mustDecodeJSON("data/floor.json", floorJSON, &d)
	return floorLexicon{staff: labelSet(d.Staff...), chairs: labelSet(d.Chairs...), cues: labelSet(d.Cues...), flashes: d.Flashes, asides: d.Asides, asideTails: d.Tails, replyLeads: d.Replies}
})

// floorTurn reads a transcript paragraph that belongs to no newsmaker, or
// a record's labelled speech, and reports whether p is done with. It may
// drop a production note from p.text, for the label reading after it.
func (x *extractor) floorTurn(p *paragraph) bool {
	if item := stripFlash(p.text); item != p.text {
		p.text = item // "PILNE 01.12, 09:12 – Rubio: …" (flash.go)
		if x.flashBody(p) {
			return true
		}
	}
	if x.pointText(p) {
		return true // the text under "Point 7" (pointsection.go)
	}
	if x.introducedQuote(p) {
		return true // "… he said:" then "> …" (colonquote.go)
	}
	if x.periodTurn(p) {
		return true // "PREGUNTA. …" (periodqa.go)
	}
	if !x.transcript {
		return false
	}
	t := strings.TrimSpace(p.text)
	if wholeBracket(t) {
		// "(Beifall bei der Fraktion A)", "(Zuruf von der Fraktion A:
		// Dann sagen Sie es auch!)": the speech goes on after it
		if x.lastLabel >= 0 && x.lastLabelPara == p.index-1 {
			x.lastLabelPara = p.index
		}
		return true
	}
	if x.lastLabel >= 0 && x.lastLabelPara < p.index-1 && x.bracketsBetween(x.lastLabelPara, p.index) {
		// "(Applause)", short enough to be read as a heading, stood
		// between two paragraphs of one speech
		x.lastLabelPara = p.index - 1
	}
	t = dropCue(t)
	p.text = t
	i := strings.Index(t, ": ")
	if i <= 0 || i > 90 {
		return false
	}
	label, text := strings.Trim(t[:i], "* "), strings.TrimSpace(t[i+2:])
	label, bracket := cutBracket(label)
	if x.staffLabel(label) || chairLabel(label) {
		before := len(x.out)
		x.noteStaffTurn(text, p.index) // "He said …" after the host named Merz (turnreferent.go)
		for _, s := range sentences(text) {
			x.sentence(dropStaffAside(s), p.index)
		}
		x.turnRef = nil
		kept := x.out[:before]
		for _, st := range x.out[before:] {
			if !x.isStaff(st.Speaker) {
				kept = append(kept, st)
			}
		}
		x.out = kept
		x.lastLabel = -1
		return true
	}
	if bracket == "" || !groupBracket(bracket) {
		return x.titledTurn(p, label, text)
	}
	// "Jonas Erlenbach (Fraktion A): …": the group is the member's role
	text, rest, sp, ok := x.colonLabel(label + ": " + text)
	if !ok || sp.kind != kindPerson {
		return false
	}
	member := *sp
	member.role = bracket
	x.people[member.name] = &member
	x.labelledTurn(&member, text, rest, p.index)
	return true
}

// titledTurn reads a turn whose label gives a title the person was not
// given before ("MARCO RUBIO, U.S. SECRETARY OF STATE:" after "Secretary
// of State Marco Rubio said …"): the words carry the title printed with
// them; the person keeps the one they were first given. It reports
// whether p is done with.
func (x *extractor) titledTurn(p *paragraph, label, text string) bool {
	_, title, titled := strings.Cut(label, ", ")
	if !titled || strings.Contains(title, ",") || !x.roleLike(strings.Fields(lowerString(title))) {
		return false
	}
	text, rest, sp, ok := x.colonLabel(label + ": " + text)
	if !ok || sp.kind != kindPerson || sp.role == "" {
		return false
	}
	title = labelTitle(title)
	if strings.EqualFold(sp.role, title) {
		return false
	}
	turn := *sp
	turn.role = title
	x.labelledTurn(&turn, text, rest, p.index)
	x.remember(sp)
	return true
}

// labelledTurn emits a labelled turn's words and reads what follows them,
// as the label reading of statements.go does.
func (x *extractor) labelledTurn(sp *speaker, text, rest string, pos int) {
	x.emit(sp, text, true, pos)
	at := len(x.out) - 1
	x.lastLabel, x.lastLabelPara = at, pos
	for _, s := range sentences(rest) {
		x.sentence(s, pos)
	}
	if rest == "" {
		x.relayed(text, sp, pos)
		x.lastLabel = at
	}
}

// labelTitle writes a title printed in capitals in a label as a title is
// written ("U.S. SECRETARY OF STATE": "U.S. Secretary of State").
func labelTitle(t string) string {
	if !isAllCaps(t) {
		return t
	}
	words := strings.Fields(t)
	for i, w := range words {
		if i > 0 && lowerIn(smallWords, w) {
			words[i] = lowerString(w)
		} else if !strings.Contains(w, ".") {
			words[i] = titleCase(w)
		}
	}
	return strings.Join(words, " ")
}

// staffLabel reports whether a label names one of the publication's own
// people: by a title after the name ("IRINA CASTELL, MOSCOW
// CORRESPONDENT"), remembered for the shorter labels that follow
// ("CASTELL").
func (x *extractor) staffLabel(label string) bool {
	fl := floorData()
	name, title, titled := strings.Cut(label, ", ")
	if titled {
		for _, w := range strings.Fields(lowerString(title)) {
			if fl.staff[strings.Trim(w, ".")] {
				if x.staffNames == nil {
					x.staffNames = map[string]bool{}
				}
				low := lowerString(name)
				x.staffNames[low] = true
				if f := strings.Fields(low); len(f) > 1 {
					x.staffNames[f[len(f)-1]] = true
				}
				return true
			}
		}
		return false
	}
	if lowerIn(fl.staff, strings.TrimSpace(name)) {
		// "КОРРЕСПОНДЕНТ:", "ANCHOR:", "[REPORTER]": a broadcast labels its
		// own people by their job alone; their turn is the report's prose,
		// and who it names as saying something said it
		return true
	}
	return lowerIn(x.staffNames, name)
}

// noteStaffLabels remembers the publication's people every titled label
// of a transcript names ("ANNA BELL, HOST: Good morning."), also where the
// turn is short enough to be read as a heading and never reaches
// floorTurn: their later surname labels ("BELL:") are staff too.
func (x *extractor) noteStaffLabels(ps []paragraph) {
	for _, p := range ps {
		if p.kind != paraText && p.kind != paraHeading {
			continue
		}
		t := dropCue(strings.TrimSpace(p.text))
		i := strings.Index(t, ": ")
		if i <= 0 || i > 90 || !strings.Contains(t[:i], ", ") {
			continue
		}
		label, _ := cutBracket(strings.Trim(t[:i], "* "))
		x.staffLabel(label)
	}
}

// isStaff reports whether a canonical speaker name is one of the
// publication's people a label named.
func (x *extractor) isStaff(name string) bool {
	low := lowerString(name)
	if x.staffNames[low] {
		return true
	}
	f := strings.Fields(low)
	return len(f) > 1 && x.staffNames[f[len(f)-1]] && x.staffNames[strings.Join(f, " ")]
}

// chairLabel reports whether a label opens with the title of a record's
// presiding officer ("Vizepräsidentin Dr. Annegret Vollmer").
func chairLabel(label string) bool {
	first, _, _ := strings.Cut(lowerString(label), " ")
	return floorData().chairs[strings.Trim(first, ",")]
}

// wholeBracket reports whether a paragraph is one bracket from its start
// to its end: a stage direction or an interjection.
func wholeBracket(t string) bool {
	if len(t) < 3 || t[0] != '(' && t[0] != '[' || t[len(t)-1] != ')' && t[len(t)-1] != ']' {
		return false
	}
	depth := 0
	for i, r := range t {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
			if depth == 0 && i != len(t)-1 {
				return false // "(a) … (b)": two brackets, text between
			}
		}
	}
	return depth == 0
}

// dropCue removes a production note in brackets from the start of a
// paragraph ("(SOUNDBITE) MARCO RUBIO, …: …"), when the note is one the
// lexicon lists.
func dropCue(t string) string {
	if t == "" || t[0] != '(' && t[0] != '[' {
		return t
	}
	end := strings.IndexAny(t, ")]")
	if end < 0 || end > 40 {
		return t
	}
	if !lowerIn(floorData().cues, strings.TrimSpace(t[1:end])) {
		return t
	}
	return strings.TrimSpace(t[end+1:])
}

// cutBracket splits a bracket off the end of a label: "BRANNIGAN
// (voice-over)" gives "BRANNIGAN" and "voice-over".
func cutBracket(label string) (string, string) {
	if !strings.HasSuffix(label, ")") {
		return label, ""
	}
	o := strings.LastIndex(label, " (")
	if o <= 0 {
		return label, ""
	}
	return strings.TrimSpace(label[:o]), label[o+2 : len(label)-1]
}

// groupBracket reports whether a label's bracket reads as a group a member
// sits for ("Fraktion A", "SPD", "BÜNDNIS 90/DIE GRÜNEN") rather than a
// note on the delivery ("on camera", "voice-over", "via video"): it opens
// with a capital, is short, and is no production note.
func groupBracket(b string) bool {
	r, _ := utf8.DecodeRuneInString(b)
	if !unicode.IsUpper(r) || len(strings.Fields(b)) > 4 || lowerIn(floorData().cues, b) {
		return false
	}
	return !containsAny(b, ",:;")
}

// bracketsBetween reports whether every paragraph strictly between
// paragraphs a and b is a whole bracket.
func (x *extractor) bracketsBetween(a, b int) bool {
	if a < 0 || b > len(x.paras) || b-a > 4 {
		return false
	}
	for i := a + 1; i < b; i++ {
		if x.paras[i].index != i || !wholeBracket(strings.TrimSpace(x.paras[i].text)) {
			return false
		}
	}
	return true
}

// floorFlashes is the flash words of data/floor.json.
func floorFlashes() []string { return floorData().flashes }

// dropStaffAside removes a correspondent's words about their own
// reporting from between the people they quote and the verb: "Ukrainian
// officials I spoke to here say …" reads "Ukrainian officials say …".
func dropStaffAside(s string) string {
	fl := floorData()
	low := lowerString(s)
	for _, a := range fl.asides {
		i := strings.Index(low, " "+a+" ")
		if i < 0 {
			continue
		}
		end := i + len(a) + 1
		for _, t := range fl.asideTails {
			if strings.HasPrefix(low[end:], " "+t+" ") {
				end += len(t) + 1
				break
			}
		}
		return s[:i] + s[end:]
	}
	return s
}
