package corpus

// unnamedSpeaks reports whether sp is an unnamed source ("Ein
// US-Regierungsvertreter sprach von Garantien „…“"): it speaks of
// something as a named person does, though it is kept as a group.
func unnamedSpeaks(sp *speaker) bool {
	return sp.name == unnamedSpeaker
}
