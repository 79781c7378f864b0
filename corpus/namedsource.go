package corpus

import "strings"

// An unnamed source's description that ends in a full name: "Бывший
// дипломат Аркадий Милославский-Кан не согласился: по его словам, …" was
// read as an unnamed source described by the whole phrase, "Пенсіонерка з
// Самара Галина Петрівна" the same (zzj12, zy11). The name is the speaker;
// the words before it are the role.

// namedInSource returns the person an unnamed speaker's role names by a
// given name (data/givennames.json) and a capitalised word after it, with
// the words before as the role; sp itself when there is none, or when the
// name follows a preposition (nameAfterPreposition).
func (x *extractor) namedInSource(sp *speaker) *speaker {
	if x.noNamedSource || sp == nil || sp.name != unnamedSpeaker || sp.role == "" {
		return sp
	}
	w := strings.Fields(sp.role)
	for i := 1; i+1 < len(w); i++ {
		g, s := w[i], strings.TrimRight(w[i+1], ",.:;")
		if !isCapital(g) || !isCapital(s) || !givenNames()[lowerString(g)] || strings.ContainsAny(g, ",.:;") {
			continue
		}
		if x.nameAfterPreposition(w[:i]) {
			return sp // "aide to President Emmanuel Macron", "spokesman for Giorgia Meloni": the description's head is someone else
		}
		return &speaker{name: g + " " + s, role: cleanRole(strings.Join(w[:i], " ")), kind: kindPerson}
	}
	return sp
}

// nameAfterPreposition reports whether the name after before stands in a
// prepositional phrase: a short lower-case word just before it, or before
// the capitalised words up to it when one of them is a title ("to
// President", "to French President"). A place so put ("з Самара") is the
// person's, and German capitalises a title after an adjective ("ein
// früherer Diplomat"), which is no preposition.
func (x *extractor) nameAfterPreposition(before []string) bool {
	title := false
	for j := len(before) - 1; j >= 0; j-- {
		w := before[j]
		if strings.ContainsAny(w, ",.:;") {
			return true // the name after a break: no apposition
		}
		if isCapital(w) {
			title = title || x.lx.roleWords[lowerString(w)]
			continue
		}
		short := len([]rune(w)) <= 3
		return short && (j == len(before)-1 || title)
	}
	return false
}
