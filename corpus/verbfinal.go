package corpus

import (
	"strings"
	"sync"
)

// verbFinalWords holds the grammar of languages whose speech verb closes
// the sentence (grammar.json): Turkish writes "Bakan X, görüşmelerin
// süreceğini söyledi." (the minister, that the talks go on, said), with
// the speaker first, then what was said, then the verb. The phrases are
// matched as a sentence's last words; the particles ("ise", "da") may
// stand between the speaker and what was said in place of a comma.
var verbFinalWords = sync.OnceValue(func() (v struct {
	langs, particles map[string]bool
	phrases          [][]string
}) {
	v.langs = set(grammarWords["verbFinalLanguages"])
	v.particles = set(grammarWords["verbFinalParticles"])
	for _, p := range grammarWords["verbFinalSayPhrases"] {
		v.phrases = append(v.phrases, strings.Fields(lowerString(p)))
	}
	return v
})

// verbFinal reads a sentence of a verb-final language that opens with its
// speaker (a title and a name, a name alone, or an unnamed source), ends
// with a speech phrase, and holds what was said between them. A quotation
// in the middle is the statement itself; otherwise the reported clause
// is. It reports whether it emitted a statement.
func (x *extractor) verbFinal(s string, pos int) bool {
	vf := verbFinalWords()
	if !vf.langs[x.src.Lang] {
		return false
	}
	toks := append([]tok(nil), x.tokensOf(s)...) // a copy: tokensOf may hand out a shared buffer
	toks, quote := afterQuoteParticiple(s, toks) // "«…» diyen Aktaş, … vurguladı" (verbfinal_quoteparticiple.go)
	end := finalPhrase(toks, vf.phrases)
	if end < 0 {
		end = finalSayForm(toks, false) // "belirtmiştir", "teyit eder": an inflected form (verbfinal_forms.go)
	}
	last := end - 1 // the last word of what was said
	if end < 0 {
		// "… hükümlerine özel önem atfetmektedir.": a stance whose verb is
		// part of what was said (verbfinal_forms.go)
		end = finalSayForm(toks, true)
		last = len(toks) - 1
	}
	if end < 3 {
		return false
	}
	// the subject: up to the first comma, or to a particle after a word
	subj, from := -1, -1
	for i := 0; i < end-1 && i < 14; i++ {
		if vf.particles[toks[i+1].low] && toks[i].trail == "" {
			subj, from = i, i+2
			if toks[i+1].trail != "" && toks[i+1].trail != "," {
				return false
			}
			break
		}
		if toks[i].trail == "," {
			subj, from = i, i+1
			break
		}
		if toks[i].trail != "" && !strings.HasSuffix(toks[i].raw, ".") {
			return false // other punctuation inside: no plain subject
		}
	}
	if subj < 0 || from >= end {
		return x.verbFinalNoSubject(s, toks, end, last, pos)
	}
	sp := x.verbFinalSpeaker(toks[:subj+1])
	if sp == nil {
		sp = x.verbFinalOtherSpeaker(toks[:subj+1]) // "Sayın Bakan ayrıca, …", "Bakanlığımız, …" (verbfinal_subject.go)
	}
	if sp == nil {
		// "Görüşmelerin zor geçtiğini de …": the words before the particle
		// are what was said, not a subject
		return x.verbFinalNoSubject(s, toks, end, last, pos)
	}
	if quote != "" {
		x.emit(sp, quote, true, pos) // the quotation before the participle is the subject's too
	}
	return x.emitVerbFinal(s, sp, toks, from, last, pos)
}

// verbFinalNoSubject reads a verb-final sentence whose opening words are
// no subject as said by the person of the sentence before
// (verbFinalDropped), all its words before the verb what was said.
func (x *extractor) verbFinalNoSubject(s string, toks []tok, end, last, pos int) bool {
	sp := x.verbFinalDropped(toks, end)
	if sp == nil {
		return false
	}
	return x.emitVerbFinal(s, sp, toks, 0, last, pos)
}

// emitVerbFinal emits what sp said in s, the words toks[from:last+1]
// (the quotation among them, when they hold one), and reports whether it
// did.
func (x *extractor) emitVerbFinal(s string, sp *speaker, toks []tok, from, last, pos int) bool {
	text := strings.TrimRight(s[toks[from].start:toks[last].start+len(toks[last].raw)], " ,.")
	direct := false
	if q, ok := innerQuote(text); ok {
		text, direct = q, true // ", "…" dedi.": the quotation is what was said
	}
	if !strings.Contains(text, " ") {
		return false
	}
	x.emit(sp, text, direct, pos)
	return true
}

// finalPhrase returns the index of the first word of the speech phrase
// closing toks, or -1.
func finalPhrase(toks []tok, phrases [][]string) int {
	for _, p := range phrases {
		n := len(p)
		if n > len(toks) {
			continue
		}
		ok := true
		for i, w := range p {
			if lowerWord(toks[len(toks)-n+i]) != w {
				ok = false
				break
			}
		}
		if ok {
			return len(toks) - n
		}
	}
	return -1
}

// verbFinalSpeaker reads the words opening a verb-final sentence as its
// speaker: an unnamed source when a word is an unnamed noun ("bir
// diplomatik kaynak"), else a name of one to three capitalised words at
// the end, the words before it its title (honorifics dropped). A title
// must hold a role word; a lone name must be one the document or the
// lexicon knows (person decides).
func (x *extractor) verbFinalSpeaker(ts []tok) *speaker {
	for _, t := range ts {
		if x.lx.isUnnamed(lowerWord(t)) {
			return &speaker{name: unnamedSpeaker, role: cleanRole(strings.Join(tokWords(ts), " ")), kind: kindGroup}
		}
	}
	n := len(ts)
	for n > 0 && len(ts)-n < 3 && nameWord(ts[n-1].word) && !x.lx.isRole(lowerWord(ts[n-1])) {
		n--
	}
	for n < len(ts)-1 && x.lx.honorifics[lowerWord(ts[n])] {
		n++ // "Cumhurbaşkanımız Sayın Selim Tekin": the honorific is no part of the name
	}
	if n == len(ts) {
		return nil
	}
	role := n
	for role > 0 && (x.lx.honorifics[lowerWord(ts[role-1])] || x.lx.honorifics[strings.TrimSuffix(ts[role-1].low, ".")]) {
		role--
	}
	title := ""
	if role > 0 {
		hasRole := false
		for _, t := range ts[:role] {
			hasRole = hasRole || x.lx.isRole(lowerWord(t)) || x.possessiveRole(lowerWord(t)) // "Cumhurbaşkanımız" (verbfinal_subject.go)
		}
		if !hasRole {
			return nil // "Ankara'daki görüşmeler, …": a place or a thing, not a titled person
		}
		title = cleanRole(strings.Join(tokWords(ts[:role]), " "))
	}
	sp := x.person(tokWords(ts[n:]), title)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	return sp
}

// innerQuote returns the quotation in s, when s holds one.
func innerQuote(s string) (string, bool) {
	for _, pair := range [][2]string{{"\"", "\""}, {"“", "”"}, {"«", "»"}, {"„", "“"}} {
		i := strings.Index(s, pair[0])
		if i < 0 {
			continue
		}
		j := strings.Index(s[i+len(pair[0]):], pair[1])
		if j <= 0 {
			continue
		}
		return strings.TrimSpace(s[i+len(pair[0]) : i+len(pair[0])+j]), true
	}
	return "", false
}
