// Case forms of Slavic title nouns: roles.json lists titles in the
// nominative, while a report writes "по словам политолога", "zdaniem
// rzecznika" or "беседовал с политологом". The forms are made once, when
// the lexicon loads, from data/rolecases.json: endings by how a Cyrillic
// title ends, and listed Polish and Czech stems with their class.

package corpus

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/rolecases.json
var roleCasesJSON []byte

// roleCasesData is data/rolecases.json.
type roleCasesData struct {
	Cyrillic struct {
		MinLetters      int      `json:"minLetters"`
		Consonant       []string `json:"consonant"`
		Soft            []string `json:"ь"`
		Feminine        []string `json:"feminine"`
		FeminineEndings []string `json:"feminineEndings"`
	} `json:"cyrillic"`
	Latin struct {
		Classes map[string]struct {
			Nominative string   `json:"nominative"`
			Endings    []string `json:"endings"`
		} `json:"classes"`
		Stems     map[string][]string `json:"stems"`
		OwnTitles []string            `json:"ownTitles"`
	} `json:"latin"`
}

// addRoleCases adds the case forms of the Slavic titles of lx.roleWords
// to it, and records each form's nominative in lx.roleCaseBase. A Polish
// or Czech stem's nominative is the stem and its class's nominative
// ending ("doradc" + "a"), or the one the data writes after a bar
// ("ministr|minister"); it joins the titles too.
func addRoleCases(lx *lexicon) error {
	var d roleCasesData
	if err := json.Unmarshal(roleCasesJSON, &d); err != nil {
		return err
	}
	base := map[string]string{}
	add := func(form, nom string) {
		if _, ok := base[form]; !ok {
			base[form] = nom // the first reading wins: the order below is fixed
		}
	}
	for _, w := range slices.Sorted(maps.Keys(lx.roleWords)) {
		nom := w
		if st, ok := strings.CutSuffix(w, "ь"); ok && lx.roleWords[st] {
			nom = "" // "секретаря": Russian "секретарь" or Ukrainian "секретар", left as written
		}
		for _, f := range cyrillicRoleCases(w, &d) {
			add(f, nom)
		}
	}
	for _, class := range slices.Sorted(maps.Keys(d.Latin.Stems)) {
		c, ok := d.Latin.Classes[class]
		if !ok {
			return fmt.Errorf("no class %q", class)
		}
		for _, st := range d.Latin.Stems[class] {
			st, nom, ok := strings.Cut(st, "|")
			if !ok {
				nom = st + c.Nominative
			}
			lx.roleWords[nom] = true
			for _, e := range c.Endings {
				if f := st + e; !slices.Contains(d.Latin.OwnTitles, f) {
					add(f, nom) // ("ministra" is a title of its own in Italian and Spanish)
				}
			}
		}
	}
	for f, nom := range base {
		lx.roleWords[f] = true
		if f == nom || nom == "" {
			delete(base, f)
		}
	}
	lx.roleCaseBase = base
	return nil
}

// nominativeRole is role with its first word, when it is a title in a
// case form ("политолога", "Rzecznika"), put in the nominative: the title
// of "по словам политолога" is "политолог". Complements after the first
// word keep their case ("пресс-секретарь президента").
func (lx *lexicon) nominativeRole(role string) string {
	if role == "" {
		return role
	}
	first, rest, _ := strings.Cut(role, " ")
	nom := lx.roleCaseBase[lowerString(first)]
	if nom == "" {
		return role
	}
	if r, _ := utf8.DecodeRuneInString(first); unicode.IsUpper(r) {
		n, size := utf8.DecodeRuneInString(nom)
		nom = string(unicode.ToUpper(n)) + nom[size:]
	}
	if rest == "" {
		return nom
	}
	return nom + " " + rest
}

// cyrillicRoleCases is the case forms of one Cyrillic title word w, none
// for a phrase, a short word, an adjective or a word in another script.
func cyrillicRoleCases(w string, d *roleCasesData) []string {
	if strings.IndexByte(w, ' ') >= 0 || utf8.RuneCountInString(w) < d.Cyrillic.MinLetters {
		return nil
	}
	last, size := utf8.DecodeLastRuneInString(w)
	if !unicode.Is(unicode.Cyrillic, last) {
		return nil
	}
	stem, endings := w, []string(nil)
	switch {
	case last == 'ь':
		stem, endings = w[:len(w)-size], d.Cyrillic.Soft
	case last == 'й':
		return nil // "официальный", "уповноважений": adjectives
	case hasAnySuffix(w, d.Cyrillic.Feminine):
		stem, endings = w[:len(w)-size], d.Cyrillic.FeminineEndings
	case !strings.ContainsRune("аеёиоуыэюяіїєьъ", last):
		endings = d.Cyrillic.Consonant
	}
	out := make([]string, 0, len(endings))
	for _, e := range endings {
		out = append(out, stem+e)
	}
	return out
}

// hasAnySuffix reports whether s ends in one of suffixes.
func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
