package corpus

// A title or a courtesy title before a given name alone: "President Gwen
// said …" in a club bulletin whose masthead names "President: Gwen
// Harbottle-Yeboah", "Dame Rosalind, who served in Moscow, …" after
// "Former ambassador Dame Rosalind Achterberg-Nkemelu". British usage puts
// "Dame" and "Sir" before the given name; clubs and features put a title
// before a first name. The title made the lone word a surname to
// titledSurname, and "Dame Rosalind" was a two-word name of its own, so
// the statements went to a person the golds do not know and a later "she"
// had two people to choose from (sets ZZK, ZZL; "Olha", set ZV, and
// "Joost van Brakel", set Y, are the same shape without a title or with a
// name particle, which givenNameOf does not read; stop 68, zfreshfp3).

// titledGivenName returns the full name that the given name of a titled
// name opens in the document (givenNameOf), or "": nameWords is one word
// after a title (role), or an honorific and one word ("Dame Rosalind").
// A surname after a title ("Cllr Morton") opens no full name and is left
// to titledSurname.
func (x *extractor) titledGivenName(nameWords []string, role string) string {
	if x.noTitledGiven {
		return ""
	}
	switch {
	case len(nameWords) == 1 && role != "":
		return x.givenNameOf(nameWords[0])
	case len(nameWords) == 2 && x.lx.honorifics[lowerString(nameWords[0])]:
		return x.givenNameOf(nameWords[1])
	}
	return ""
}
