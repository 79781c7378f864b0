// Roles across a document: a speaker's title is often given once, where
// the report introduces them ("the secretary of state, Marco Rubio, spoke
// after the talks"), and not where their words are printed (a headline
// quote, a transcript's "RUBIO." turns, a quotation far below). Their
// statements that name no title carry the one the document gave them.

package corpus

// fillRoles gives each statement of a person that names no title the
// title the document gave the same person: in another of their
// statements, else where it named them with a title without quoting them.
// Groups and bodies keep what they have: a joint statement's parties have
// no title.
func (x *extractor) fillRoles() {
	var persons map[string]bool
	var roles map[string]string
	for i := range x.out {
		st := &x.out[i]
		if st.Role != "" || st.Speaker == unnamedSpeaker {
			continue
		}
		if persons == nil {
			x.headlineTitles() // "Gość Poranka: gen. Wiesław Koniarek o …" (titleroles.go)
			persons, roles = map[string]bool{}, map[string]string{}
			for _, sp := range x.speakers {
				if sp.kind == kindPerson {
					persons[sp.name] = true
				}
			}
			for _, m := range x.docMentions() {
				if m.kind == kindPerson && m.role != "" {
					roles[m.name] = m.role
				}
			}
			if g := x.guest(); g != nil && x.guestTitle != "" && roles[g.name] == "" {
				roles[g.name] = x.guestTitle // "Ospite: Paolo Zanardi, analista …" (guestref.go)
			}
			for _, o := range x.out {
				if _, ok := roles[o.Speaker]; !ok && o.Role != "" && persons[o.Speaker] {
					roles[o.Speaker] = o.Role
				}
			}
		}
		if r, ok := roles[st.Speaker]; ok && persons[st.Speaker] {
			st.Role = r
		} else if r := x.officeRole(st.Speaker); r != "" {
			st.Role = r // "Le président de la République vise …" (officeroles.go)
		}
	}
}
