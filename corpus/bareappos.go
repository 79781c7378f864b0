// A description set off after a person's name without an article, as
// local reports, minutes and transcripts introduce the people they quote:
// "Lucía Fernández, estudiante de Historia, dijo …", "Марія Поліщук,
// мати полоненого: …", "Yaryna Bondar, analyst based in Kyiv, joining by
// video", "il professor Vittorio Sanna, docente di relazioni
// internazionali." The role memory (docroles.go) read a description only
// after an article or a relative pronoun, so such a person's statements
// went without a role, or with only the title read before the name
// ("professor") where the report's description of them is the
// apposition.
//
// A bare description opens with a title word (roles.json) or a noun of
// data/obliqueroles.json apposition.persons (a relative, a student: the
// gold sets label "мати полоненого", "estudiante de historia" as roles),
// perhaps after one lower-case modifier ("former engineer"); it is short,
// holds no speech verb, relative pronoun or quotation, and is closed by
// punctuation or the sentence's end, so "Dmitry Peskov, speaking to
// reporters, said" or "Anna Keller, analyst and author who …" give no
// role. A second description after a comma is kept with the first
// ("Оксана Мельничук, юристка, мама близнюків, зачитала").
//
// A description learnt so (or with an article) is joined to a different
// title a statement already has ("professor, docente di relazioni
// internazionali"), as the speaker reader joins "Senator Alan Brooks, a
// Republican on the committee" (speakers.go).

package corpus

import "strings"

// maxBareAppos is the longest bare description read, in words.
const maxBareAppos = 8

// opensBareApposition reports whether a comma after a capitalised word
// in s is followed by a word that may open a bare description: a title
// word or a person noun, perhaps after one lower-case word.
func (x *extractor) opensBareApposition(d *docRoleData, s string) bool {
	for i := strings.Index(s, ", "); i >= 0; {
		rest := s[i+2:]
		named := isCapital(s[strings.LastIndexByte(s[:i], ' ')+1 : i]) // a name before the comma
		for k := 0; named && k < 2 && rest != ""; k++ {
			end := strings.IndexAny(rest, " ,.:;")
			if end < 0 {
				end = len(rest)
			}
			w := lowerString(rest[:end])
			if x.personHead(d, w) {
				return true
			}
			if end == len(rest) || rest[end] != ' ' || w != rest[:end] {
				break // a modifier is one lower-case word
			}
			rest = rest[end+1:]
		}
		next := strings.Index(s[i+2:], ", ")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return false
}

// bareApposHead reports whether toks[k] opens a bare description: a
// title word or a person noun, or a lower-case modifier before one.
func (x *extractor) bareApposHead(d *docRoleData, toks []tok, k int) bool {
	if k >= len(toks) {
		return false
	}
	if x.apposHeadWord(d, toks[k]) {
		return true
	}
	t := toks[k]
	return t.trail == "" && !isCapital(t.word) && k+1 < len(toks) && !d.articles[t.low] && !d.relatives[t.low] && !definiteArticles[t.low] && x.apposHeadWord(d, toks[k+1])
}

// apposHeadWord reports whether t is a title word or a person noun.
func (x *extractor) apposHeadWord(d *docRoleData, t tok) bool {
	return x.personHead(d, lowerWord(t))
}

// personHead reports whether the lower-case word l may head a description
// of a person: a title word or a person noun.
func (x *extractor) personHead(d *docRoleData, l string) bool {
	return d.persons[l] || x.lx.isRole(l)
}

// bareApposition reads the bare description opening at toks[from] and,
// after a comma, a second one: the index of its last token and the role,
// or "" when it is no description.
func (x *extractor) bareApposition(d *docRoleData, toks []tok, from int) (int, string) {
	var b strings.Builder
	n, last := 0, from
	for k := from; k < len(toks); k++ {
		t := toks[k]
		l := lowerWord(t)
		if n > 0 && (d.relatives[l] || l == "and" || d.relAnd[l] && !d.persons[l]) || x.lx.sayVerbs[l] || x.lx.actVerbs[l] || speakOfVerb(l) || containsAny(t.raw, "“”\"«»„") || n == maxBareAppos {
			return from, "" // a clause, a coordination or speech: not only who the person is
		}
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimLeft(strings.TrimSuffix(t.raw, t.trail), "([")) // as written: readAs rewrites grammar words ("de um" read as "de un")
		n++
		last = k
		if t.trail == "" {
			if k == len(toks)-1 {
				break // the sentence's end
			}
			continue
		}
		if strings.HasPrefix(t.trail, ",") && k+1 < len(toks) && x.apposHeadWord(d, toks[k+1]) && !strings.Contains(b.String(), ",") {
			b.WriteString(", ") // "юристка, мама близнюків,"
			n = 0
			continue
		}
		if !strings.ContainsAny(t.trail[:1], ",:;.") {
			return from, ""
		}
		break
	}
	if n == 0 {
		return from, ""
	}
	for k := from + 1; k < last; k++ {
		if isCapital(toks[k].word) && isCapital(toks[k+1].word) && toks[k].trail == "" && x.nameLike(toks[k:k+2]) && !x.lx.isRole(lowerWord(toks[k])) {
			return from, "" // "jurist Anne-Sophie Delcour": another person named, not a description
		}
	}
	return last, strings.TrimRight(b.String(), ".*_")
}

// learnApposRole learns a described role and marks it as one, so a
// statement with another title takes both (fillLearnedRoles).
func (x *extractor) learnApposRole(nameWords []string, role string) {
	x.learnRole(nameWords, role)
	if x.learnedAppos == nil {
		x.learnedAppos = map[string]bool{}
	}
	x.learnedAppos[cleanRole(role)] = true
}

// joinedRole is a statement's title and a described role learnt for its
// speaker: the longer where one holds the other, else both.
func joinedRole(title, described string) string {
	lx := lexiconData()
	lt, ld := lowerString(lx.nominativeRole(title)), lowerString(lx.nominativeRole(described))
	switch {
	case strings.Contains(lt, ld):
		return title
	case strings.Contains(ld, lt):
		return described
	}
	return title + ", " + described
}

// describesPerson reports whether a description after an article opens
// with a title word or a person noun, perhaps after one lower-case
// modifier: "a negotiation coach in Rotterdam" is who the person is, "a
// lungo a Bruxelles" (an Italian preposition read as the English
// article), "a estimé de son côté" (a French auxiliary) or "en un
// comunicado enviado a los medios" is not, and is not joined to a title.
func (x *extractor) describesPerson(d *docRoleData, words []string) bool {
	return len(words) > 0 && (x.personHead(d, lowerString(words[0])) || len(words) > 1 && !isCapital(words[0]) && x.personHead(d, lowerString(words[1])))
}
