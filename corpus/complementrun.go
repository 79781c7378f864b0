package corpus

// maxComplementWords is how far back roleComplement reads a title's
// complement from the word before the name: "rappresentante speciale del
// Cremlino per la cooperazione economica Kirill Dmitriev" (set K) and
// "Analitičar beogradskog Centra za evropske i bezbednosne studije
// Nebojša Vranješ" (set ZD) put seven and eight words between the title
// and the name; five lost both titles. A title with no name after it
// ("Глава держави поінформував партнерів про хід переговорів і …", set ZA)
// is still read five words back: without a name to end the subject, words
// further back are a clause of their own.
const maxComplementWords = 9

// complementRunTitle reads a run of capitalised words inside a title's
// complement: a run of at most three capitals ending at toks[m], with
// lower-case words after it before the name ("Уповноважений Верховної Ради
// з прав людини Дмитро Лубінець", set M; "Analitičar beogradskog Centra
// za evropske … studije Nebojša Vranješ", set ZD), right after a title
// word or after one lower-case modifier of the title ("beogradskog"). A
// capital run followed by lower-case words cannot be the name the subject
// ends with, so it is the institution of the title. It returns the index
// of the word the run follows (the title word or its modifier), whose
// reading roleComplement then goes on with; -1 when the run is not such.
func (x *extractor) complementRunTitle(toks []tok, m, k int) int {
	if m >= k || m+1 >= len(toks) || !isCapital(toks[m].word) || isCapital(toks[m+1].word) {
		return -1
	}
	s := m
	for s > 0 && m-s < 2 && isCapital(toks[s-1].word) && toks[s-1].trail == "" && !x.lx.isRole(lowerWord(toks[s-1])) {
		s-- // "Верховної Ради": the run's first capital
	}
	for i := s; i <= m; i++ {
		if toks[i].trail != "" || x.lx.honorifics[toks[i].low] {
			return -1 // punctuation inside, or a person's honorific: no institution
		}
	}
	p := s - 1
	if p >= 0 && toks[p].trail == "" && !isCapital(toks[p].word) && !x.lx.isRole(toks[p].low) && !x.lx.speechOrThat(toks[p].low) && !stopCaps[toks[p].low] {
		p-- // "beogradskog": one lower-case modifier between the title and the run
	}
	if p < 0 || toks[p].trail != "" {
		return -1
	}
	if lw := lowerWord(toks[p]); x.lx.isRole(lw) || x.elidedRole(lw) {
		return p
	}
	return -1
}
