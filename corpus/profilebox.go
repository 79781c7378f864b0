// Profile boxes: a wire's "FACTBOX-Who's who in the talks" gives each
// person a heading of their name ("**STEVE WITKOFF**", "## Rustem Umerov")
// and under it labelled lines: "Role: US special envoy; …", "Background:
// Property developer …", "Has said: That the talks had been productive.
// He also said …" ("Hat gesagt:", "A déclaré :", "Ha detto:", "Заявил:",
// "Powiedział:"). The said-line's sentences speak without naming their
// speaker, who is the heading's person; the role line is their title; the
// background line is the writer's and never a statement. A heading is read
// as such a person only when the paragraph under it opens with one of the
// labels, so a topic heading gives nothing.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/profilebox.json
var profileBoxJSON []byte

// profileLabel is the kind of a profile box's line label.
type profileLabel int

const (
	profileNone profileLabel = iota
	profileRole
	profileBackground
	profileSaid
)

// profileLex is data/profilebox.json.
type profileLex struct {
	labels      map[string]profileLabel // "role", "has said", "заявил": what the line holds
	saidNothing []string                // "little", "nothing": a said-line telling that nothing was said
	thatWords   map[string]bool         // "that", "dass", "że": the conjunction a said-line opens with
	also        map[string]bool         // "also", "auch": a label that goes on with the said-line before it (expertitem.go)
}

var profileData = sync.OnceValue(func() profileLex {
	var d struct {
		Role        []string `json:"roleLabels"`
		Background  []string `json:"backgroundLabels"`
		Said        []string `json:"saidLabels"`
		SaidNothing []string `json:"saidNothing"`
		That        []string `json:"thatWords"`
		Also        []string `json:"alsoLabels"`
	}
	mustDecodeJSON("data/profilebox.json", profileBoxJSON, &d)
	lx := profileLex{labels: map[string]profileLabel{}, saidNothing: d.SaidNothing, thatWords: setOf(d.That), also: setOf(d.Also)}
	for _, l := range d.Role {
		lx.labels[l] = profileRole
	}
	for _, l := range d.Background {
		lx.labels[l] = profileBackground
	}
	for _, l := range d.Said {
		lx.labels[l] = profileSaid
	}
	return lx
})

// maxProfileLabel bounds a label's length in bytes before its colon.
const maxProfileLabel = 40

// cutProfileLabel reads the label a profile line opens with ("Has said:",
// "**Role:**", "A déclaré :") and returns its kind and the text after it.
func cutProfileLabel(s string) (profileLabel, string) {
	s = strings.TrimLeft(s, "*_ ")
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > maxProfileLabel {
		return profileNone, s
	}
	label := lowerString(strings.Trim(s[:i], "*_  "))
	kind := profileData().labels[label]
	if kind == profileNone {
		return profileNone, s
	}
	return kind, strings.TrimSpace(strings.TrimLeft(s[i+1:], "*_ "))
}

// profileHead reads ps[i] as a profile box's heading: a name heading over
// a paragraph opening with a profile label makes its person the section's
// (and its pronouns'); any other heading ends the box. It reports whether
// ps[i] was such a heading, which states nothing itself.
func (x *extractor) profileHead(ps []paragraph, i int) bool {
	p := ps[i]
	if p.kind != paraHeading {
		return false
	}
	x.profile = nil
	if i+1 >= len(ps) || ps[i+1].kind != paraText {
		return false
	}
	if kind, _ := cutProfileLabel(ps[i+1].text); kind == profileNone {
		return false
	}
	sp := x.profileName(p.text)
	if sp == nil {
		return false
	}
	x.profile = sp
	x.headSpeaker = nil
	x.roundup.sp = nil // a round-up's entry before does not run on into the box (roundup.go)
	x.headPerson, x.headFromPost, x.postAnonymous, x.headAt = sp, false, false, p.index
	return true
}

// profileName is the person a profile heading names: two to four words,
// each capitalised or in capitals (set in title case), none a title, a
// body or a group ("WHAT IS ON THE TABLE" is none); a country or an outlet
// may come first after " | ".
func (x *extractor) profileName(text string) *speaker {
	if len(text) > maxHeadingLen {
		return nil
	}
	t := strings.Trim(strings.TrimSpace(text), "*_#: ")
	if j := strings.LastIndex(t, " | "); j >= 0 {
		t = strings.TrimSpace(t[j+3:])
	}
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > maxHeadingNameWords || containsAny(t, ".!?:;,\"“”«»()0123456789") {
		return nil
	}
	for k, w := range words {
		l := lowerString(w)
		if !isCapital(w) || x.lx.isRole(l) || x.lx.bodyWords[l] || x.lx.notSpeakers[l] || x.lx.groupNouns[l] {
			return nil
		}
		if isAllCaps(w) {
			words[k] = titleCaseName(w)
		}
	}
	sp := x.person(words, "")
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	return sp
}

// titleCaseName sets a name word in capitals in title case, each part of
// a hyphenated or apostrophised name too ("O'DOWD" gives "O'Dowd").
func titleCaseName(w string) string {
	var b strings.Builder
	upper := true
	for _, r := range w {
		if upper {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		upper = r == '-' || r == '\'' || r == '’'
	}
	return b.String()
}

// profileLines reads a paragraph of a profile box: its role line gives the
// person's title, its background line nothing, and each sentence of its
// said-line a statement of the person, read by the ordinary rules first
// ("He also said …") and else as the person's own words, without the
// "That" a box opens them with. It reports whether p was such a paragraph.
func (x *extractor) profileLines(p paragraph) bool {
	sp := x.profile
	if sp == nil || p.kind != paraText {
		return false
	}
	if kind, _ := cutProfileLabel(p.text); kind == profileNone {
		return false
	}
	x.pos = p.index
	kind := profileNone
	for _, s := range sentences(p.text) {
		if k, rest := cutProfileLabel(s); k != profileNone {
			kind, s = k, rest
		}
		switch kind {
		case profileRole:
			if sp.role == "" {
				sp.role = profileRoleText(s)
			}
		case profileSaid:
			x.profileSentence(sp, s, p.index)
		}
	}
	return true
}

// profileRoleText is a role line's title: up to its first semicolon or
// stop ("US special envoy; leads the US side …" gives "US special envoy").
func profileRoleText(s string) string {
	if i := strings.IndexAny(s, ";"); i >= 0 {
		s = s[:i]
	}
	return cleanRole(strings.TrimRight(strings.TrimSpace(s), "."))
}

// minProfileWords is how many words a said-line's sentence needs to be
// read as the person's words ("Little in public." is a note, not words).
const minProfileWords = 4

// profileSentence reads one sentence of a said-line: the ordinary rules
// first, the person's own words when they find no one speaking.
func (x *extractor) profileSentence(sp *speaker, s string, pos int) {
	before := len(x.out)
	x.sentence(s, pos)
	if len(x.out) > before {
		return
	}
	text := profileClause(s)
	low := lowerString(text)
	for _, n := range profileData().saidNothing {
		if strings.HasPrefix(low, n+" ") {
			return // "Little in public about the talks."
		}
	}
	if len(strings.Fields(text)) < minProfileWords {
		return
	}
	x.emit(sp, text, false, pos)
}

// profileClause cuts the conjunction a said-line's sentence opens with,
// after a short lead-in: "That the talks …", "Also that he would …", "In
// Davos, that Europe …" give the clause after "that".
func profileClause(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if i > 4 {
			break
		}
		if lowerIn(profileData().thatWords, strings.Trim(w, ",;")) && i+1 < len(words) {
			return strings.Join(words[i+1:], " ")
		}
	}
	return s
}
