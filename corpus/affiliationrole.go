package corpus

import "strings"

// A named speaker's affiliation as their role, read where the document
// first names them with it and no comma between (stop 71, zrole2): "Dr.
// Ilse Marchetti-Boone of the Halvorsen Center for Strategic Studies
// said", "Gareth Mbeki-Lloyd of the Tyne & Wear docks branch said", "the
// Rev. Tomasz Wierzbicki of St. Hedwig's parish in Millbrook, where …",
// "Dr Agnieszka Ruszczyk z Ośrodka Badań Wschodnich w Lublinie zwraca
// uwagę". The readers of such a subject (affiliated, affiliationTail)
// find the person and drop what follows the name, so their statements
// came with no role; an apposition between commas already gives one,
// preposition included ("Dr Hallvard Brekke, of the Bergen Institute for
// Defence Studies, said" has role "of the Bergen Institute for Defence
// Studies"), and the role here is written the same way. It is asked only
// for statements nameFirstRoles left with no role, after it.

// affiliationAfterMax is how many words an affiliation read after a name
// may hold, its preposition included.
const affiliationAfterMax = 10

// nameFirstAffiliation reads the affiliation written right after a name:
// s is the paragraph from the end of the name. The affiliation opens with
// a preposition of grammar.json's affiliationPreps in lower case, with a
// capitalised word among the three after it, and runs to the first mark,
// a verb of speech (and the auxiliaries or adverbs before it), or a
// lower-case word no capitalised word follows within two words ("… w
// Lublinie | zwraca uwagę").
func (x *extractor) nameFirstAffiliation(s string) string {
	if x.noAffiliationRole || len(s) < 4 || s[0] != ' ' || !affiliationPreps[firstWord(s[1:])] {
		return "" // (cheap test first: a space and a preposition right after the name)
	}
	words := affiliationWords(s[1:])
	k := 1 // the first capitalised word, within three after the preposition
	for k < len(words) && k <= 3 && !isCapital(words[k]) {
		k++ // "of the Halvorsen Center", "della parrocchia di San Marco"
	}
	if k >= len(words) || k > 3 {
		return "" // "Zelensky of course said": no institution
	}
	n := len(words)
	speech := false
	for i := k + 1; i < len(words); i++ {
		if x.lx.speechOrThat(strings.ToLower(words[i])) {
			n, speech = i, true
			for n > k+1 && (x.lx.auxiliaries[words[n-1]] || x.lx.adverbs[words[n-1]]) {
				n-- // "… di San Marco | ha detto", "… Institute | also said"
			}
			break
		}
	}
	if !speech {
		// no verb of speech in the part: the affiliation ends at the
		// first lower-case word with no capitalised word after it
		for i := k + 1; i < n; i++ {
			if isCapital(words[i]) || words[i] == "&" {
				continue
			}
			if !(i+1 < n && isCapital(words[i+1]) || i+2 < n && isCapital(words[i+2])) {
				n = i
				break
			}
		}
	}
	if n > affiliationAfterMax || n <= k || n == 2 {
		return "" // ("Anna Maj z Gdańska", "Ganna Vakulenko z Poltavy": a town alone is no institution, as docroles_test.go has it)
	}
	return strings.TrimRight(strings.Join(words[:n], " "), ".")
}

// nameFirstAffiliationRole is the affiliation read at the first mention
// of name in ps that gives one, or "".
func (x *extractor) nameFirstAffiliationRole(ps []paragraph, name string) string {
	if x.noAffiliationRole {
		return ""
	}
	for _, p := range ps {
		t := p.text
		for _, end := range nameMentions(t, name) {
			if r := x.nameFirstAffiliation(t[end:]); r != "" {
				return r
			}
		}
	}
	return ""
}

// affiliationWords are the words of s up to the first mark that ends a
// phrase, at most affiliationAfterMax+1 of them, each without its mark;
// the full stop of an abbreviation ("St.", "Mt.") ends nothing and is
// kept.
func affiliationWords(s string) []string {
	var words []string
	for w := range strings.FieldsSeq(s) {
		if len(words) > affiliationAfterMax {
			break
		}
		bare := strings.TrimRight(w, ",;:.!?)]\"”»*")
		if strings.ContainsAny(bare, "()[]\"“”«»*") || bare == "" {
			break
		}
		if strings.HasSuffix(w, ".") && bare+"." == w && len(bare) <= 3 && isCapital(bare) {
			words = append(words, w) // ("of St. Hedwig's parish")
			continue
		}
		words = append(words, bare)
		if bare != w {
			break
		}
	}
	return words
}
