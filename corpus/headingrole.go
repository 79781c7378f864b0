package corpus

import "strings"

// A tracker's entry heading names the speaker's title, the entry names the
// person: "**Tue 25 Nov | Washington | Press briefing, White House press
// secretary**" over "Karoline Leavitt told the briefing that …". The
// title goes to the first person the entry quotes who has none.

// maxHeadingRoleWords bounds the title read from an entry heading.
const maxHeadingRoleWords = 7

// maxHeadingLen is the longest paragraph read as an entry heading.
const maxHeadingLen = 200

// headingRoleSpan is how many paragraphs after its heading a title waits
// for the person it belongs to.
const headingRoleSpan = 2

// noteHeadingRole remembers the title an entry heading ends with, or
// forgets the last one when a new heading names none.
func (x *extractor) noteHeadingRole(p paragraph) {
	if r := x.headingTitle(p); r != "" {
		x.headRole, x.headRolePara = r, p.index
	} else if p.kind == paraHeading {
		x.headRole = ""
	}
}

// headingTitle is the title an entry heading ends with: the last of its
// fields separated by " | ", after the kind of entry and a comma
// ("Remarks to press, U.S. Secretary of State"), or the whole last field
// of a heading ("Statement | EU High Representative"). "" when the last
// field is no title ("Joint statement", "Presidential address (video)").
func (x *extractor) headingTitle(p paragraph) string {
	if len(p.text) > maxHeadingLen || p.kind != paraHeading && (strings.IndexByte(p.text, '|') < 0 || !strings.Contains(p.text, " | ")) {
		return "" // most paragraphs: no entry heading
	}
	t := strings.Trim(strings.TrimSpace(p.text), "*_#")
	if containsAny(t, ".!?\"“”«»:") && !strings.Contains(t, " | ") {
		return "" // a sentence, not an entry heading
	}
	fields := strings.Split(t, " | ")
	if len(fields) < 2 && p.kind != paraHeading {
		return ""
	}
	last := strings.TrimSpace(fields[len(fields)-1])
	if i := strings.LastIndex(last, ", "); i >= 0 {
		last = last[i+2:]
	} else if len(fields) < 2 {
		return ""
	}
	words := strings.Fields(lowerString(last))
	if len(words) == 0 || len(words) > maxHeadingRoleWords || !x.roleLike(words) {
		return ""
	}
	role := false
	for _, w := range words {
		if x.lx.channels[strings.Trim(w, ".,;()")] || containsAny(w, "()") {
			return "" // "Presidential address (video)": where, not who
		}
		role = role || x.lx.isRole(strings.Trim(w, ".,;"))
	}
	if !role {
		return ""
	}
	return last
}

// roleFromHeading gives the first person an entry quotes the title its
// heading named, if they have none.
func (x *extractor) roleFromHeading(sp *speaker) *speaker {
	if x.headRole == "" || sp == nil || sp.kind != kindPerson || x.pos <= x.headRolePara || x.pos > x.headRolePara+headingRoleSpan {
		return sp
	}
	if sp.role == "" {
		sp.role = x.headRole
		x.people[sp.name] = sp
	}
	x.headRole = "" // one person per heading
	return sp
}
