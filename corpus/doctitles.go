// Titles a document gave anywhere. x.mentioned is a window of the eight
// newest people named with a title, kept for resolving "the minister" and
// pronouns near where they stand; a title given in the lead ("President
// Donald Trump", "секретарем РНБО Рустемом Умєровим") falls out of it
// once more people are named, and a later mention of the same person
// replaces the earlier one. The statements that name no title are filled
// only after the whole document is read (fillRoles, fullerRoles), so they
// read every titled mention, not the window.

package corpus

// noteTitled records a person named with a title, once per name and
// title, in document order.
func (x *extractor) noteTitled(sp *speaker) {
	if sp == nil || sp.kind != kindPerson || sp.role == "" {
		return
	}
	x.noteTitleAt(sp) // with where it was given (rolenamed.go)
	for _, t := range x.titled {
		if t.name == sp.name && t.role == sp.role {
			return
		}
	}
	x.titled = append(x.titled, sp)
}

// docMentions is every titled mention of the document, oldest first, and
// then the window of the newest ones, so that a reader that keeps the last
// title it sees for a person still takes the newest, as before.
func (x *extractor) docMentions() []*speaker {
	if len(x.titled) == 0 {
		return x.mentioned
	}
	out := make([]*speaker, 0, len(x.titled)+len(x.mentioned))
	return append(append(out, x.titled...), x.mentioned...)
}
