// Vox pops: a street poll prints each passer-by under a bold head of
// name, age and occupation ("**Олена, 34 роки, вчителька**", "**Jan
// Nowak, 61, emeryt**", "**Anna (28), Studentin**") and their answer below
// it, a quotation with no speech verb («Найважливіше для мене — пункт 5.»)
// or one closed by a pronoun ("— каже він", "sagt sie"). The head is the
// label: the section's bare quotations and its pronouns are that person's,
// the occupation their role. A passer-by who declines ("Відмовилася
// коментувати: «Я ще не читала».") says nothing a bare quotation holds, so
// they are no speaker; the reporter's sentences in the section stay prose.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxVoxHeadBytes bounds a vox pop head ("**Богдан Шевчук, 61 рік,
// пенсіонер, колишній інженер**" is 90 bytes).
const maxVoxHeadBytes = 240

// minVoxHeads is the fewest heads that make a vox pop: one head alone is
// as often a profile's or a caption's line.
const minVoxHeads = 2

// voxHead reads a vox pop head, a line (bold, as printed; the paragraph
// reader takes the marks off) of a name of one to
// three capitalised words, an age (a number, alone, with its word, or in
// brackets after the name) and, optionally, an occupation. It returns the
// name's words and the occupation, without a remark in brackets
// ("підприємець (не захотів назвати прізвище)").
func voxHead(text string) (name []string, role string, ok bool) {
	if len(text) > maxVoxHeadBytes || strings.IndexByte(text, ',') < 0 && strings.IndexByte(text, '(') < 0 {
		return nil, "", false // a sentence, or no field after the name: looked at before any split
	}
	t := strings.TrimSpace(text)
	t = strings.TrimSpace(strings.Trim(t, "*"))
	if t == "" || containsAny(t, ".!?:;«»“”\"") {
		return nil, "", false
	}
	fields := strings.Split(t, ", ")
	head := fields[0]
	rest := fields[1:]
	aged := false
	if i := strings.Index(head, " ("); i > 0 && strings.HasSuffix(head, ")") && ageWord(head[i+2:len(head)-1]) {
		head, aged = head[:i], true // "Anna (28), Studentin"
	}
	if !aged {
		if len(rest) == 0 || !ageWord(rest[0]) {
			return nil, "", false
		}
		rest = rest[1:]
	}
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 3 {
		return nil, "", false
	}
	for _, w := range words {
		if !isCapital(w) || isAllCaps(w) && utf8.RuneCountInString(w) > 1 || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return nil, "", false
		}
	}
	role = strings.Join(rest, ", ")
	if i := strings.Index(role, " ("); i >= 0 {
		role = role[:i]
	}
	return words, strings.TrimSpace(role), true
}

// ageWord reports whether a head's field is an age: a number from 10 to
// 110, alone or followed by one word ("34 роки", "61 years", "45 anni").
func ageWord(f string) bool {
	words := strings.Fields(f)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	n := 0
	for _, r := range words[0] {
		if r < '0' || r > '9' {
			return false
		}
		n = n*10 + int(r-'0')
		if n > 110 {
			return false
		}
	}
	return n >= 10
}

// countVoxHeads counts the vox pop heads among the paragraphs.
func countVoxHeads(ps []paragraph) int {
	n := 0
	for _, p := range ps {
		if p.kind != paraText && p.kind != paraHeading {
			continue
		}
		if _, _, ok := voxHead(p.text); ok {
			n++
		}
	}
	return n
}

// voxPopHead reads paragraph ps[i] as a vox pop head, when the document
// has enough of them, and makes its person the section's: the head
// person a pronoun stands for (as a digest post's author is, digestpost.go)
// and the speaker of its bare quotations (voxQuotes). Any other heading
// ends the section. It reports whether ps[i] was a head.
func (x *extractor) voxPopHead(ps []paragraph, i int) bool {
	p := ps[i]
	if x.voxHeads < minVoxHeads || p.kind != paraText && p.kind != paraHeading {
		return false
	}
	words, role, ok := voxHead(p.text)
	if !ok {
		if p.kind == paraHeading || strings.Trim(p.text, "-*_ ") == "" {
			x.voxPerson = nil
		}
		return false
	}
	sp := x.person(words, role)
	if sp == nil || sp.kind != kindPerson {
		// "Олена, 34 роки": a passer-by named by first name alone, whom
		// no name rule takes for a person
		name := strings.Join(words, " ")
		if sp = x.people[name]; sp == nil {
			sp = &speaker{name: name, kind: kindPerson, role: role}
			x.people[name] = sp
		}
	}
	if sp.role == "" {
		sp.role = role
	}
	x.voxPerson = sp
	x.headSpeaker = nil
	x.headPerson, x.headFromPost, x.postAnonymous = sp, true, false
	x.postAt = p.index
	return true
}

// voxQuotes emits the sentences of a vox pop section's paragraph that are
// a quotation and nothing else as the section's person's words, and
// returns the rest of the paragraph for the other readers.
func (x *extractor) voxQuotes(p paragraph) string {
	if x.voxPerson == nil {
		return p.text
	}
	if q, ok := bareQuotation(p.text); ok {
		x.emit(x.voxPerson, q, true, p.index) // the answer, several sentences in one quotation
		return ""
	}
	var rest []string
	for _, s := range sentences(p.text) {
		if q, ok := bareQuotation(s); ok {
			x.emit(x.voxPerson, q, true, p.index)
			continue
		}
		if q, ok := x.voxNamedQuotation(s); ok {
			x.emit(x.voxPerson, q, true, p.index) // "«…», — каже Ігор.": a first name no name rule reads
			continue
		}
		rest = append(rest, s)
	}
	return strings.Join(rest, " ")
}

// bareQuotation reports whether a sentence is one quotation and nothing
// else ("«Добре, що армію не скорочують».", "“We need peace.”"), and
// returns its text.
func bareQuotation(s string) (string, bool) {
	t := strings.TrimSpace(s)
	t = strings.TrimRight(t, ".")
	if utf8.RuneCountInString(t) < 4 {
		return "", false
	}
	open, n := utf8.DecodeRuneInString(t)
	closer, m := utf8.DecodeLastRuneInString(t)
	if !isOpenQuote(open) || !closesQuote(open, closer) {
		return "", false
	}
	inner := t[n : len(t)-m]
	if strings.ContainsRune(inner, open) || strings.ContainsRune(inner, closer) && closer != open {
		return "", false // two quotations, or words between them
	}
	return strings.TrimSpace(inner), true
}

// voxAddressed is the section's passer-by when a speaker read in their
// section is their first name after a form of address ("Пані Ганна
// вважає, що …" under "**Ганна Ткач, 45 років, волонтерка**"), else sp.
func (x *extractor) voxAddressed(sp *speaker) *speaker {
	v := x.voxPerson
	if v == nil || sp == nil || sp == v || sp.kind != kindPerson {
		return sp
	}
	f := strings.Fields(sp.name)
	first, _, _ := strings.Cut(v.name, " ")
	if len(f) == 2 && lowerIn(addressWords, f[0]) && f[1] == first || len(f) == 1 && f[0] == first {
		return v
	}
	return sp
}

// maxVoxTail is the most words after a quotation that may name its
// speaker ("— каже Ігор", "sagt Anna").
const maxVoxTail = 4

// voxNamedQuotation reads a sentence that is a quotation closed by a
// short tail naming the section's passer-by by their first name ("«…», —
// каже Ігор."), and returns the quotation.
func (x *extractor) voxNamedQuotation(s string) (string, bool) {
	t := strings.TrimSpace(s)
	open, n := utf8.DecodeRuneInString(t)
	if !isOpenQuote(open) {
		return "", false
	}
	end := -1
	for i, r := range t[n:] {
		if closesQuote(open, r) {
			end = n + i
		}
	}
	if end < 0 {
		return "", false
	}
	_, m := utf8.DecodeRuneInString(t[end:])
	tail := strings.Fields(strings.Trim(t[end+m:], ",.;—–- "))
	if len(tail) == 0 || len(tail) > maxVoxTail {
		return "", false
	}
	first, _, _ := strings.Cut(x.voxPerson.name, " ")
	for _, w := range tail {
		if strings.Trim(w, ",.") == first {
			return strings.TrimSpace(t[n:end]), true
		}
	}
	return "", false
}
