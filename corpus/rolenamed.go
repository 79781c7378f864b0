// A speaker's role remembered from where the document names them with it
// (issue 12, helper roles). A person is introduced once with their title
// next to the name ("Secretary of the Security Council Rustem Umerov",
// "Keir Starmer, le Premier ministre britannique") and speaks later by
// surname, pronoun, a carried subject or a descriptive back-reference ("the
// CDU politician", "la parlamentare", "el jefe de la diplomacia española").
// Those later statements carried no role, the role of the person's last
// mention, or the back-reference's description. The role the document
// wrote next to the person's name is what a reader is told the person is,
// so each statement that does not write a role next to its speaker's name
// takes the one written next to the name nearest before it (or, when the
// document names the title only later, the first one after it). A person
// with two titles keeps the one nearest the statement; one person's title
// never goes to another, since the titles are kept per canonical name.

package corpus

import (
	"strings"
)

// stmtKey names a statement of x.out by paragraph and text, which stay
// the same when statements before it are dropped or re-read.
type stmtKey struct {
	pos  int
	text string
}

// stmtSentence is what rememberRoles needs of the sentence a statement was
// read from: its number, whether the statement's role is written in it and
// whether the speaker's name is.
type stmtSentence struct {
	no             int
	roleIn, nameIn bool
}

// titleAt is a title written next to a person's name, with the number of
// the sentence it was read in.
type titleAt struct {
	role string
	no   int
}

// roleMemory is the document's record for rememberRoles.
type roleMemory struct {
	stmts  map[stmtKey]stmtSentence
	titles map[string][]titleAt // canonical name -> titles next to the name, in document order
}

// rememberRolesOff turns the mechanism off, for tests that show what it
// changes.
var rememberRolesOff = false

// noteTitleAt records that sp was named with its title in the sentence
// being read (a mention read by the title reader: the title stands next to
// the name by construction).
func (x *extractor) noteTitleAt(sp *speaker) {
	if sp == nil || sp.kind != kindPerson || sp.role == "" {
		return
	}
	x.roleMem.addTitle(sp.name, x.roleAfterCoordinatedName(sp.role), x.sentenceNo)
}

func (m *roleMemory) addTitle(name, role string, no int) {
	if m.titles == nil {
		m.titles = map[string][]titleAt{}
	}
	for _, t := range m.titles[name] {
		if t.role == role && t.no == no {
			return
		}
	}
	m.titles[name] = append(m.titles[name], titleAt{role, no})
}

// noteStatementSentences records, for the statements read from sentence s
// (x.out[before:]), the sentence's number and whether each statement's
// role is written in s beside the speaker's name; such a role is a title
// next to the name for the person's other statements.
func (x *extractor) noteStatementSentences(s string, before int) {
	if before < 0 || before >= len(x.out) {
		return
	}
	low := ""
	for i := before; i < len(x.out); i++ {
		st := &x.out[i]
		p, ok := x.people[st.Speaker]
		if !ok || p.kind != kindPerson || st.Speaker == unnamedSpeaker {
			continue
		}
		if low == "" {
			low = lowerString(s) // once, and only for a sentence that gave a person a statement
		}
		roleIn := st.Role != "" && strings.Contains(low, lowerString(st.Role))
		nameIn := x.namesIn(low, st.Speaker)
		if roleIn && nameIn {
			st.Role = x.withAdjectiveBefore(low, st.Role) // "krajský zastupitel" (rolephrase.go)
		}
		if x.roleMem.stmts == nil {
			x.roleMem.stmts = map[stmtKey]stmtSentence{}
		}
		x.roleMem.stmts[stmtKey{st.Position, st.Text}] = stmtSentence{x.sentenceNo, roleIn, nameIn}
		if roleIn && nameIn {
			x.roleMem.addTitle(st.Speaker, x.roleAfterCoordinatedName(st.Role), x.sentenceNo)
		}
	}
}

// namesIn reports whether the lower-cased sentence low names the person
// canon: their surname as the canonical name ends, or a short form the
// document read for them.
func (x *extractor) namesIn(low, canon string) bool {
	f := strings.Fields(canon)
	if len(f) > 0 && wordIndex(low, lowerString(f[len(f)-1])) >= 0 {
		return true
	}
	for i := 0; i < len(low); {
		w, next := nextWord(low, i)
		if w == "" {
			break
		}
		i = next
		if c, ok := x.short[w]; ok && c == canon {
			return true
		}
	}
	return false
}

// rememberRoles gives the statements whose role is a description standing
// for the person ("Der CDU-Politiker sagte", "el jefe de la diplomacia
// española afirmó": the role written in the sentence, the name not) the
// title written next to the person's name nearest before them; the
// person's other statements that carry the same description without
// writing it (a pronoun or a dropped subject after it) take that title
// too. A description used before the person is named with a title stays:
// it is all the reader has been told so far.
func (x *extractor) rememberRoles() {
	for i := range x.out {
		x.out[i].Role = x.roleAfterCoordinatedName(x.out[i].Role) // (rolephrase.go)
	}
	if rememberRolesOff || len(x.roleMem.titles) == 0 {
		return
	}
	described := map[[2]string]string{} // person and description -> title
	for i := range x.out {
		st := &x.out[i]
		info, known := x.roleMem.stmts[stmtKey{st.Position, st.Text}]
		if !known || !info.roleIn || info.nameIn {
			continue
		}
		if t := x.roleMem.titleBefore(st.Speaker, info.no); t != "" && wordIndex(lowerString(st.Role), lowerString(t)) < 0 {
			described[[2]string{st.Speaker, st.Role}] = t
			st.Role = t
		}
	}
	if len(described) == 0 {
		return
	}
	for i := range x.out {
		st := &x.out[i]
		if t, ok := described[[2]string{st.Speaker, st.Role}]; ok {
			if info := x.roleMem.stmts[stmtKey{st.Position, st.Text}]; !info.roleIn || !info.nameIn {
				st.Role = t
			}
		}
	}
}

// titleBefore is the title written next to the person's name nearest
// before sentence no, or "".
func (m *roleMemory) titleBefore(name string, no int) string {
	best := ""
	for _, t := range m.titles[name] {
		if t.no <= no {
			best = t.role
		}
	}
	return best
}
