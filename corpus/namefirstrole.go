// A person's role read where the document first names them in full, for
// a named speaker whom no other reader gave a title (stop 70, zrole). The
// readers that split a title off a name ask roles.json's titles; the
// role near misses of the newest sets were mostly people described by a
// function or an occupation noun that is no title, before the name
// ("forward Dmytro Sayenko", "Honorary consul Graham …", "ректор Богдан
// Кравчишин", "Saeimas deputāts Māris Ziediņš") or in an apposition after
// it ("Gonzalo …, gerente de una empresa …", "Helen Ostrowska (route
// analyst, Aeroscope Consulting):", "Derek Halloran, 67, retired
// welder"). Their statements came with no role at all.
//
// The role is read at the first mention of the speaker's name that gives
// one: before the name, the words back to the clause's start, a stop
// word (a conjunction, a preposition, an article, a verb) or an
// honorific, headed by a title or a noun of data/namefirstroles.json;
// after it, a comma- or bracket-set apposition holding such a word, or an
// age ("83 de ani"), with the apposition after an age. Only statements
// with no role are filled, so no role another reader gave is changed.

package corpus

import (
	_ "embed"
	"iter"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/namefirstroles.json
var nameFirstRolesJSON []byte

type nameFirstData struct {
	Nouns map[string][]string `json:"nouns"`
	Stops map[string][]string `json:"stops"`
	Ages  []string            `json:"ages"`
	nouns map[string]bool
	stops map[string]bool
	ages  map[string]bool
}

var nameFirstRoleData = sync.OnceValue(func() *nameFirstData {
	var d nameFirstData
	mustDecodeJSON("data/namefirstroles.json", nameFirstRolesJSON, &d)
	d.nouns, d.stops = map[string]bool{}, map[string]bool{}
	for _, ws := range d.Nouns {
		for _, w := range ws {
			d.nouns[w] = true
		}
	}
	for _, ws := range d.Stops {
		for _, w := range ws {
			d.stops[w] = true
		}
	}
	d.ages = set(d.Ages)
	return &d
})

// nameFirstRoles gives each named person's statements with no role the
// role the document gives them where it first names them in full.
func (x *extractor) nameFirstRoles(ps []paragraph) {
	if x.noNameFirstRoles {
		return
	}
	var found map[string]string
	for i := range x.out {
		st := &x.out[i]
		bare := x.bareTitleRole(st.Role)
		if st.Role != "" && bare == "" || st.Speaker == unnamedSpeaker || strings.IndexByte(st.Speaker, ' ') < 0 {
			continue // (a one-word name is found in too many other words)
		}
		if sp, ok := x.people[st.Speaker]; !ok || sp.kind != kindPerson {
			continue
		}
		if w, rest, _ := strings.Cut(st.Speaker, " "); bare == "" && strings.IndexByte(rest, ' ') > 0 && nameFirstRoleData().nouns[strings.ToLower(w)] {
			// a function noun no reader split off the name: "Rotarian
			// Mike Stobbs", "Ortsvorsteher Rüdiger Pannach-Eze"
			st.Speaker, st.Role = rest, w
			continue
		}
		key := bare + "\x00" + st.Speaker
		r, ok := found[key]
		if !ok {
			r = x.nameFirstRole(ps, st.Speaker, bare)
			if r == "" && bare == "" {
				r = x.nameFirstAffiliationRole(ps, st.Speaker) // "X of the Halvorsen Center said" (affiliationrole.go)
			}
			if found == nil {
				found = map[string]string{}
			}
			found[key] = r
		}
		r = nameFirstTrim(r)
		if r != "" && bare != "" {
			st.Role = joinedRole(st.Role, r) // "Professor, workshop's convenor"
		} else if r != "" {
			st.Role = r
		}
	}
}

// nameFirstRole is the role read at the first mention of name in ps that
// gives one, or "".
//
// bare is the one-word title or honorific the statement has for a role
// ("Professor", "Dr", "Captain"), written before the name, or "": the
// description the document gives beside it is the role's fuller part
// ("The workshop's convenor, Professor Anneliese …", "Dr Ilona … (senior
// fellow, Meridian)").
func (x *extractor) nameFirstRole(ps []paragraph, name, bare string) string {
	if r := x.nameFirstRoleAs(ps, name, bare); r != "" {
		return r
	}
	// a known person named in the document's own spelling ("Руският
	// пратеник Кирил Дмитриев" is Kirill Dmitriev's; "Joeri Oesjakov, de
	// buitenlandadviseur van Poetin")
	if p, ok := lowerIn2(x.lx.people, name); ok {
		for _, a := range p.Aliases {
			if strings.IndexByte(a, ' ') > 0 && a != name {
				if r := x.nameFirstRoleAs(ps, a, bare); r != "" {
					return r
				}
			}
		}
	}
	return ""
}

// nameFirstRoleAs is nameFirstRole for one spelling of the name.
func (x *extractor) nameFirstRoleAs(ps []paragraph, name, bare string) string {
	for _, p := range ps {
		t := p.text
		for at, end := range nameMentions(t, name) {
			if r, _ := utf8.DecodeRuneInString(t[end:]); end < len(t) && (unicode.IsLetter(r) || r == '-') {
				continue
			}
			if r := x.nameFirstBefore(t[:at], bare); r != "" {
				return r
			}
			if r := x.nameFirstAfter(t[end:]); r != "" {
				return r
			}
		}
	}
	return ""
}

// nameMentions yields where name stands in t (its start and end), each
// time it does not continue another word on its left ("Ann" in
// "Joann", "Maj" in "Nowak-Maj"): the walk of the readers that look at
// a person's first mentions (nameFirstRoleAs, nameFirstAffiliationRole).
func nameMentions(t, name string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for off := 0; off < len(t); {
			j := strings.Index(t[off:], name)
			if j < 0 {
				return
			}
			at, end := off+j, off+j+len(name)
			off = end
			if r, _ := utf8.DecodeLastRuneInString(t[:at]); at > 0 && (unicode.IsLetter(r) || r == '-') {
				continue
			}
			if !yield(at, end) {
				return
			}
		}
	}
}

// bareTitleRole is role when it is one word, a title or an honorific
// ("Professor", "Dr", "Captain"), or "".
func (x *extractor) bareTitleRole(role string) string {
	if role == "" || strings.IndexByte(role, ' ') >= 0 {
		return ""
	}
	l := strings.ToLower(role)
	if x.lx.honorifics[l] || x.lx.honorifics[strings.TrimSuffix(l, ".")] || x.lx.isRole(l) {
		return role
	}
	return ""
}

// nameFirstHead reports whether w, as written, is a title or a function
// noun that can head a role.
func (x *extractor) nameFirstHead(w string) bool {
	w = strings.Trim(w, ",.;:()[]\"'“”«»*")
	if w == "" {
		return false
	}
	l := strings.ToLower(w)
	if nameFirstRoleData().nouns[l] || x.lx.isRole(l) || x.lx.exTitleWord(w) {
		return true
	}
	// an English plural before two names ("with envoys Steve Witkoff and
	// Jared Kushner")
	st, ok := strings.CutSuffix(l, "s")
	return ok && len(st) > 3 && (nameFirstRoleData().nouns[st] || x.lx.inRoleWords(st))
}

// nameFirstBefore reads the role written right before a name: s is the
// paragraph up to the name.
func (x *extractor) nameFirstBefore(s, bare string) string {
	s = strings.TrimRight(s, " ")
	if bare != "" {
		k := strings.LastIndexByte(s, ' ')
		if !strings.EqualFold(strings.TrimSuffix(s[k+1:], "."), strings.TrimSuffix(bare, ".")) {
			return "" // (the title is not written before the name here)
		}
		s = strings.TrimRight(s[:k+1], " ")
	}
	// honorifics between the role and the name ("Hauptmann d. R. Dr. X"
	// is left alone: only the honorifics of roles.json)
	for {
		k := strings.LastIndexByte(s, ' ')
		w := s[k+1:]
		l := strings.ToLower(w)
		if !x.lx.honorifics[l] && !x.lx.honorifics[strings.TrimSuffix(l, ".")] {
			break
		}
		s = strings.TrimRight(s[:k+1], " ")
	}
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return "" // (the sentence before ended there)
	}
	role := x.nameFirstClause(s, false)
	if role == "" && strings.HasSuffix(s, ",") {
		// the role set off before the name: "La decana del Colegio,
		// Mercedes Albarracín, abrió …", "the workshop secretary, Hattie
		// Lamb"; the whole clause, with no more than its article ("At the
		// high end, Jane Doe said" is no role)
		role = x.nameFirstClause(strings.TrimSuffix(s, ","), true)
	}
	return role
}

// nameFirstClause is the role that ends s: the words after the last mark
// or stop word, at most six, one of them a title or a function noun
// ("Ukrainian agronomist", "Раввин рижской общины", "Poslanec za Liberecký
// kraj"), or "".
//
// whole asks for the whole clause, or the clause after its article.
func (x *extractor) nameFirstClause(s string, whole bool) string {
	start := strings.LastIndexAny(s, ",;:!?()[]{}\"“”«»„—–|*#>\n")
	if k := strings.LastIndex(s, ". "); k > start {
		start = k
	}
	seg := s
	if start >= 0 {
		_, size := utf8.DecodeRuneInString(s[start:])
		seg = s[start+size:]
	}
	words := strings.Fields(seg)
	if len(words) == 0 || len(words) > 6 {
		return ""
	}
	d := nameFirstRoleData()
	for i := len(words) - 1; i >= 0; i-- {
		l := strings.ToLower(words[i])
		if d.stops[l] || x.lx.speechOrThat(l) {
			if whole && (i > 0 || !roleArticles[l]) {
				return ""
			}
			words = words[i+1:]
			break
		}
	}
	if !x.nameFirstPlain(words) {
		return ""
	}
	head := false
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return ""
		}
		head = head || x.nameFirstHead(w)
	}
	if !head {
		return ""
	}
	return strings.Join(words, " ")
}

// nameFirstAfter reads the apposition set off right after a name: s is
// the paragraph from the end of the name.
func (x *extractor) nameFirstAfter(s string) string {
	var body string
	switch {
	case strings.HasPrefix(s, " ("):
		k := strings.IndexByte(s, ')')
		if k < 0 {
			return ""
		}
		body = s[2:k]
		if strings.ContainsAny(body, "(\"“”«»\n") {
			return ""
		}
		first, _, _ := strings.Cut(body, ",")
		head := x.beforeRelative(first)
		if !x.nameFirstHeaded(head) {
			return ""
		}
		if head != first {
			return head // (a relative clause followed the title)
		}
		return strings.TrimSpace(body)
	case strings.HasPrefix(s, ", "):
		body = s[2:]
	default:
		return ""
	}
	seg, rest := appositionPart(body)
	if ageSegment(seg) {
		// an age alone is no role ("Tom Brandt, 54, said"); the
		// description after it is ("Derek Halloran, 67, retired welder")
		if seg, _ = appositionPart(rest); rest == "" {
			return ""
		}
	}
	seg = x.beforeRelative(seg)
	if x.nameFirstHeaded(seg) {
		return seg
	}
	return x.barePostRole(seg) // "Jean-Claude Rouxel, porte-drapeau depuis 31 ans, a reçu …" (barepost.go)
}

// appositionPart cuts s at the first mark that ends an apposition: the
// part and what follows its comma ("" when another mark ended it).
func appositionPart(s string) (part, rest string) {
	k := strings.IndexAny(s, ",;:()[]\"“”«»\n*·|")
	if d := strings.Index(s, ". "); d >= 0 && (k < 0 || d < k) {
		return strings.TrimSpace(s[:d]), ""
	}
	if k < 0 {
		return strings.TrimSpace(strings.TrimSuffix(s, ".")), ""
	}
	if s[k] == ',' {
		return strings.TrimSpace(s[:k]), strings.TrimPrefix(s[k+1:], " ")
	}
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s[:k]), ".")), ""
}

// ageSegment reports whether s is an age: a number alone or with the
// words of one ("67", "58 anni", "83 de ani").
func ageSegment(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 || len(f[0]) > 3 {
		return false
	}
	n := 0
	for _, c := range f[0] {
		if c < '0' || c > '9' {
			return false
		}
		n = 10*n + int(c-'0')
	}
	if n < 14 || n > 110 {
		return false // (a score, a flat, a page: no one's age)
	}
	for _, w := range f[1:] {
		if !nameFirstRoleData().ages[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// nameFirstHeaded reports whether an apposition reads as a role: of ten
// words at most, opening with no relative pronoun or verb, and holding a
// title or a function noun in its first three words ("route analyst",
// "Ukraine's defence minister"; a verb's object further on is no role:
// "X, amuse visiblement ce conseiller").
func (x *extractor) nameFirstHeaded(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 10 {
		return false
	}
	if !x.nameFirstPlain(f) {
		return false
	}
	for _, w := range f {
		l := strings.ToLower(w)
		if titleQualifierData().former[l] || strings.HasPrefix(l, "ex") && len(l) > 6 && x.lx.roleWords[l[2:]] {
			return false // a title no longer held is not carried (listedroles.go)
		}
	}
	for i, w := range f {
		if i == 3 {
			break
		}
		if x.nameFirstHead(w) {
			return true
		}
		if l := strings.ToLower(w); nameFirstRoleData().stops[l] && !(i == 0 && roleArticles[l]) {
			return false // "speaking to reporters": a title after a preposition is not the person's
		}
	}
	return false
}

// nameFirstTrim is a role read without the emphasis marks and the full
// stop the text closed it with ("alcalde*", "… orientale.*"); an
// abbreviation keeps its stop ("Gov.").
func nameFirstTrim(r string) string {
	r = strings.TrimRight(r, "*_ ")
	if k := strings.LastIndexByte(r, ' '); strings.HasSuffix(r, ".") && utf8.RuneCountInString(r[k+1:]) > 5 {
		r = strings.TrimRight(strings.TrimSuffix(r, "."), "*_ ")
	}
	return r
}

// nameFirstPlain reports whether words can be a role: no verb of speech
// or act, auxiliary or relative pronoun among them ("the army would be
// capped", "hosted"), and no two capitalised words in a row that are no
// title, a name ("Ambassador Hugo Tallis hosted").
func (x *extractor) nameFirstPlain(words []string) bool {
	caps := 0
	for _, w := range words {
		l := strings.ToLower(strings.Trim(w, ",.;:"))
		if x.lx.speechOrThat(l) || x.lx.auxiliaries[l] || docRoles().relatives[l] || clauseModals[l] {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !x.nameFirstHead(w) {
			if caps++; caps == 2 {
				return false
			}
		} else {
			caps = 0
		}
	}
	return true
}

// beforeRelative is s up to a relative pronoun: a relative clause after a
// title is no part of it ("ministra que dirigió las negociaciones").
func (x *extractor) beforeRelative(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if i > 0 && docRoles().relatives[strings.ToLower(w)] {
			return strings.Join(f[:i], " ")
		}
	}
	return s
}
