package corpus

// capitalRoleHolder is who a title written alone with a capital inside a
// sentence means: official styles capitalise a head of state's title
// ("— зазначив Президент", "ha detto il Presidente"), while a capitalised
// word after a verb is mostly a surname ("said Kallas"). So the title is
// read only as a person the document has already given that title (a
// speaker, or someone named with it), never through the looser readings
// a lower-case title gets (the sentence before, the last speaker). l is
// the title in lower case; nil when nobody holds it, or when it is the
// title of the publication's own people ("INVIATO:" over a turn that
// relays others, floor.json staff), whose turns are read as prose.
func (x *extractor) capitalRoleHolder(l string) *speaker {
	fl := floorData()
	if fl.staff[l] || fl.chairs[l] {
		return nil
	}
	for i := len(x.speakers) - 1; i >= 0 && i >= len(x.speakers)-8; i-- {
		if sp := x.speakers[i]; roleHoldsWord(sp.role, l) && x.titleHeads(sp.role, l) {
			return sp
		}
	}
	for i := len(x.titled) - 1; i >= 0; i-- {
		if sp := x.titled[i]; sp.kind == kindPerson && roleHoldsWord(sp.role, l) && x.titleHeads(sp.role, l) {
			return sp
		}
	}
	return nil
}
