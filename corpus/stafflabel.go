// Staff labels: an interview write-up or a broadcast script labels the
// publication's own journalist by name only ("**Robert Llewellyn:** …",
// "ANNA KOWALSKA: …") and says who they are elsewhere, in the
// introduction ("she spoke to our foreign affairs correspondent Robert
// Llewellyn"). Their turns are the publication asking or reporting, never
// their statements: read as prose, what they relay ("Rubio said after
// Geneva that …") is the relayed speaker's, their own words are no one's.
// floor.go does the same for a label that prints the title after the name.

package corpus

import "strings"

// staffTurn reads a labelled turn whose speaker the document titled as one
// of the publication's people (a title of data/floor.json's staff list,
// in any language it lists) and reports whether it did: the turn's
// sentences are read as report prose and the statements they give the
// journalist are dropped. The name is remembered so that shorter labels of
// the same person are known as well.
func (x *extractor) staffTurn(sp *speaker, text, rest string, pos int) bool {
	if sp == nil || sp.kind != kindPerson || !x.isStaff(sp.name) && !staffTitle(x.titleOf(sp)) {
		return false
	}
	if x.staffNames == nil {
		x.staffNames = map[string]bool{}
	}
	low := lowerString(sp.name)
	x.staffNames[low] = true
	if f := strings.Fields(low); len(f) > 1 {
		x.staffNames[f[len(f)-1]] = true
	}
	before := len(x.out)
	x.noteStaffTurn(strings.TrimSpace(text+" "+rest), pos) // "He said …" after the host named Merz (turnreferent.go)
	for _, part := range []string{text, rest} {
		for _, s := range sentences(part) {
			x.sentence(dropStaffAside(s), pos)
		}
	}
	x.turnRef = nil
	kept := x.out[:before]
	for _, st := range x.out[before:] {
		if !x.isStaff(st.Speaker) {
			kept = append(kept, st)
		}
	}
	x.out = kept
	x.lastLabel = -1 // the journalist has the floor: no answer goes on
	return true
}

// titleOf is the title a person was given: the one the speaker carries,
// else the one the document gave them where it named them without quoting
// them (the introduction of an interview).
func (x *extractor) titleOf(sp *speaker) string {
	if sp.role != "" {
		return sp.role
	}
	for _, ms := range [][]*speaker{x.titled, x.mentioned} { // docMentions without building its slice
		for _, m := range ms {
			if m.kind == kindPerson && m.name == sp.name && m.role != "" {
				return m.role
			}
		}
	}
	return ""
}

// staffTitle reports whether a title names one of a publication's own
// people ("foreign affairs correspondent", "Moskau-Korrespondentin"): one
// of its words is a staff title of data/floor.json.
func staffTitle(title string) bool {
	if title == "" {
		return false
	}
	staff := floorData().staff
	for _, w := range strings.Fields(lowerString(title)) {
		if staff[strings.Trim(w, ".,()")] {
			return true
		}
	}
	return false
}
