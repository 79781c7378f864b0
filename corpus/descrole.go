package corpus

import (
	"strings"
	"sync"
)

// A report names a person once and goes on with a definite description
// of them: "**Marco Rubio.** The secretary of state walked out …",
// "Marco Rubio respondió …: según el secretario de Estado, el plan …",
// "Invité : Jean-Noël Barrot. … Le ministre des Affaires étrangères
// affirme …", "Merz: … De Duitse bondskanselier sprak …". The person's
// statements then carry no role (the description names nobody, so no
// title reader learns it), where the gold sets give the description.
// descriptionRoles learns it as the role of the one person the sentence
// names before it, or else the sentence before, or else the one before
// that: two people named there leave it unlearnt. learnRole keeps the
// first role learnt and fillLearnedRoles gives it only to statements with
// no role, so a title read with the name wins.

// backRefWords is data/articleroles.json's backRef.
type backRefWords struct {
	articles, leads, preps, adjAfter map[string]bool
}

// descRoleWords is backRefWords with grammar.json's definite articles.
var descRoleWords = sync.OnceValue(func() backRefWords {
	var d struct {
		BackRef struct {
			Articles        []string `json:"articles"`
			Leads           []string `json:"leads"`
			ComplementPreps []string `json:"complementPreps"`
			AdjectiveAfter  []string `json:"adjectiveAfter"`
		} `json:"backRef"`
	}
	mustDecodeJSON("data/articleroles.json", articleRolesJSON, &d)
	w := backRefWords{articles: set(d.BackRef.Articles), leads: set(d.BackRef.Leads), preps: set(d.BackRef.ComplementPreps), adjAfter: set(d.BackRef.AdjectiveAfter)}
	for a := range definiteSingular {
		if len(a) > 1 {
			w.articles[a] = true // (not Portuguese "a" and "o": English "a" is no definite article)
		}
	}
	return w
})

// maxDescWords is the most words read from the article to the title word:
// "de Duitse bondskanselier", "the former foreign minister".
const maxDescWords = 4

// descriptionRoles reads s, a sentence just read, for a definite
// description that stands for a person named before it. x.descPrev holds
// the two sentences read before s.
func (x *extractor) descriptionRoles(s string) {
	prev := x.descPrev
	x.descPrev = [2]string{s, prev[0]}
	if !x.hasRoleWord(s) {
		return
	}
	w := descRoleWords()
	toks := x.lookToks(s)
	for i := range toks {
		l := lowerWord(toks[i])
		_, elided := cutElidedArticle(toks[i].word)
		if !elided && (!w.articles[l] || toks[i].trail != "") || !descOpens(toks, i, w) {
			continue
		}
		role, ok := x.descriptionAt(toks, i, elided, w)
		if !ok {
			continue
		}
		name := x.soleNameIn(toks[:i])
		for k := 0; name == nil && k < len(prev) && prev[k] != ""; k++ {
			name = x.soleNameIn(scratchTokens(&x.scratchToks().descPrev, prev[k]))
		}
		if name != nil && !x.otherCountryPerson(name, role) {
			x.learnRole(name, role)
		}
		return
	}
}

// descOpens reports whether a description at toks[i] opens the sentence,
// a clause after a colon, or follows a lead word ("según el …").
func descOpens(toks []tok, i int, w backRefWords) bool {
	if i == 0 || articleOpensSentence(toks, i) || strings.HasSuffix(toks[i-1].trail, ":") {
		return true
	}
	return w.leads[lowerWord(toks[i-1])] && toks[i-1].trail == ""
}

// descriptionAt reads the description after the article toks[i] (or
// elided onto it: "L'émissaire"): up to maxDescWords words ending in a
// title word, perhaps a complement after it ("of state", "d'État", "des
// Affaires étrangères"), and then a lower-case word (its verb) or a comma;
// a capitalised word after it is a name, which the title readers take.
func (x *extractor) descriptionAt(toks []tok, i int, elided bool, w backRefWords) (string, bool) {
	j := i + 1
	if elided {
		j = i
	}
	head := -1
	for k := j; k < len(toks) && k < j+maxDescWords; k++ {
		l := lowerWord(toks[k])
		if k == i {
			l, _ = cutElidedArticle(l)
		}
		if x.lx.isRole(l) && !x.lx.bodyWords[l] && x.lx.bodies[l] == "" {
			// (a body is no person: "The Kremlin, through Dmitry Peskov, said")
			head = k
			if toks[k].trail != "" {
				break
			}
			continue
		}
		if head >= 0 || toks[k].trail != "" || !allLetters(toks[k].word) || w.preps[l] || x.lx.speechOrThat(l) || x.lx.auxiliaries[l] || x.lx.honorifics[l] {
			// (a preposition before the title: "les mots du Premier ministre" is no person)
			break
		}
	}
	if head < 0 {
		return "", false
	}
	end := head + 1
	if toks[head].trail == "" && end < len(toks) {
		end = x.descComplement(toks, end, w)
	}
	if end >= len(toks) {
		return "", false
	}
	if t := toks[end-1].trail; t != "" && !strings.HasPrefix(t, ",") {
		return "", false
	}
	if isCapital(toks[end].word) && strings.HasPrefix(toks[end-1].trail, ",") {
		return "", false // "Le porte-parole du Kremlin, Dmitri Peskov, a indiqué": the name in apposition
	}
	if toks[end-1].trail == "" && (isCapital(toks[end].word) || !allLetters(toks[end].word) && !strings.ContainsAny(toks[end].word, "'’")) {
		return "", false // "The secretary of state Marco Rubio": a title and a name
	}
	words := tokWords(toks[j:end])
	if elided {
		words[0], _ = cutElidedArticle(words[0])
	}
	return strings.Join(words, " "), true
}

// descComplement is the end of a title's complement from toks[k]: a
// preposition, perhaps an article, one word, and in the languages of
// w.adjAfter a lower-case adjective after a capitalised word; k when none.
func (x *extractor) descComplement(toks []tok, k int, w backRefWords) int {
	l := lowerWord(toks[k])
	c := k + 1
	if p, ok := cutElidedArticle(l); ok && p != "" && strings.HasPrefix(l, "d") {
		c = k + 1 // "d'État": the preposition elided onto the word
	} else {
		if !w.preps[l] || toks[k].trail != "" || c >= len(toks) {
			return k
		}
		if definiteArticles[lowerWord(toks[c])] && toks[c].trail == "" && c+1 < len(toks) {
			c++
		}
		if !allLetters(toks[c].word) || x.lx.speechOrThat(lowerWord(toks[c])) {
			return k
		}
		c++
	}
	cap := toks[c-1]
	if cap.trail == "" && isCapital(cap.word) && w.adjAfter[x.src.Lang] && c < len(toks) {
		a := lowerWord(toks[c])
		if !isCapital(toks[c].word) && allLetters(toks[c].word) && !x.lx.speechOrThat(a) && !x.lx.auxiliaries[a] {
			c++
		}
	}
	return c
}

// soleNameIn is the one person's name of two or three capitalised words
// in toks, nil when there is none or more than one.
func (x *extractor) soleNameIn(toks []tok) []string {
	w := descRoleWords()
	var found []string
	for k := 0; k < len(toks); k++ {
		if !isCapital(toks[k].word) || !allLetters(strings.ReplaceAll(toks[k].word, "-", "")) {
			continue
		}
		n := k + 1
		for n < len(toks) && toks[n-1].trail == "" && isCapital(toks[n].word) && allLetters(strings.ReplaceAll(toks[n].word, "-", "")) {
			n++
		}
		if n-k >= 2 && n-k <= 3 && !w.articles[lowerWord(toks[k])] && x.nameLike(toks[k:n]) {
			ws := tokWords(toks[k:n])
			if found != nil && strings.Join(found, " ") != strings.Join(ws, " ") {
				return nil
			}
			found = ws
		}
		k = n - 1
	}
	return found
}

// otherCountryPerson reports whether the description names a country
// ("Le chancelier allemand") other than the one a known office holder
// named serves: the description is someone else's ("Keir Starmer …. Le
// chancelier allemand, a-t-il ajouté, …").
func (x *extractor) otherCountryPerson(name []string, role string) bool {
	want := roleCountry(role)
	if want == "" {
		return false
	}
	canon := x.lx.spelledPerson(name)
	if p, ok := lowerIn2(x.lx.people, strings.Join(name, " ")); ok && canon == "" {
		canon = p.Name
	}
	have := officeCountries()[canon]
	return have != "" && have != want
}
