// A courtesy title and a surname. Reports name a speaker in full once
// ("our speaker, Helen Achterberg, who has collected …", "Mme Halyna
// Ostapchuk, secrétaire du conseil municipal") and then by title and
// surname ("Mrs Achterberg said", "Mme Ostapchuk s'exprime", "Dr Seitova
// answered that …"). The title is a courtesy, not a name: the person is
// the one named in full, and a statement given to "Mrs Achterberg" is
// another speaker's as far as the reader (and every gold set that names
// the person) is concerned. Stop 71 (zspk2) reads the title and surname as
// the full name the document gives, found as fullNameOf finds it for a
// lone surname (the capitalised word written before the surname, titles
// skipped); with none, the title and surname stay the name.

package corpus

// honorificFull is the full name for a speaker named by a courtesy title
// of lexicon.json's honorifics and a surname ("Mr Bhardwaj" for "Suresh
// Bhardwaj"), "" when the name is not so or the document names no one in
// full by that surname.
func (x *extractor) honorificFull(nameWords []string) string {
	if x.noHonorificFull || len(nameWords) != 2 || !isCapital(nameWords[1]) {
		return ""
	}
	if l := lowerString(nameWords[0]); !x.lx.honorifics[l] && !x.lx.honorifics[l+"."] {
		return ""
	}
	full := x.fullNameOf(nameWords[1])
	if full == "" {
		return ""
	}
	if p, ok := lowerIn2(x.lx.people, full); ok {
		return p.Name
	}
	return full
}
