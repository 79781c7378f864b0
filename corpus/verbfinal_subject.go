package corpus

import (
	"strings"
	"sync"
)

// verbFinalSubjectWords holds what may stand beside the subject of a
// verb-final sentence without being part of it (grammar.json
// verbFinalSubjectAdverbs: "ayrıca", "de", "bir kez daha") and the
// possessive endings a role or body takes in an official voice
// (verbFinalPossessives: "Cumhurbaşkanımız", our president;
// "Bakanlığımız", our ministry).
var verbFinalSubjectWords = sync.OnceValue(func() (v struct {
	adverbs     map[string]bool
	possessives []string
	clauseEnds  []string // verbFinalClauseEndings (verbFinalDropped)
}) {
	v.adverbs = set(grammarWords["verbFinalSubjectAdverbs"])
	v.possessives = grammarWords["verbFinalPossessives"]
	v.clauseEnds = grammarWords["verbFinalClauseEndings"]
	return v
})

// verbFinalOtherSpeaker reads the subject of a verb-final sentence that
// verbFinalSpeaker could not read as a titled or known name: a role
// alone ("Sayın Bakan ayrıca, …", "Cumhurbaşkanımız, …") is the person
// last named with that role, within three paragraphs; a body
// ("Bakanlığımız, …", "Dışişleri Bakanlığı, …") speaks as itself.
// Press releases go on this way after naming their people once. It
// returns nil for anything else.
func (x *extractor) verbFinalOtherSpeaker(ts []tok) *speaker {
	sw := verbFinalSubjectWords()
	n := len(ts)
	for n > 0 && sw.adverbs[lowerWord(ts[n-1])] {
		n--
	}
	i := 0
	for i < n && (x.lx.honorifics[lowerWord(ts[i])] || x.lx.honorifics[strings.TrimSuffix(ts[i].low, ".")]) {
		i++
	}
	if i >= n || n-i > 4 {
		return nil
	}
	words := tokWords(ts[i:n])
	lows := lowerWords(words)
	if n-i <= 2 {
		if sp := x.roleBackVerbFinal(lows[len(lows)-1]); sp != nil {
			return sp
		}
	}
	if sp := x.institution(words, lows, false); sp != nil {
		return sp
	}
	last := lows[len(lows)-1]
	for _, e := range sw.possessives {
		if base, ok := strings.CutSuffix(last, e); ok && base != "" && institutionData().isHead(base+"ı") {
			return &speaker{name: bodyName(words), kind: kindBody} // "Bakanlığımız": our ministry
		}
	}
	return nil
}

// roleBackVerbFinal returns the newest person, named within three
// paragraphs, whose role holds the role word w or w without a possessive
// ending ("cumhurbaşkanımız" -> "cumhurbaşkan"), or nil when w is no role.
func (x *extractor) roleBackVerbFinal(w string) *speaker {
	stem := w
	if !x.lx.isRole(w) {
		if !x.possessiveRole(w) {
			return nil
		}
		for _, e := range verbFinalSubjectWords().possessives {
			if base, ok := strings.CutSuffix(w, e); ok {
				stem = base
				break
			}
		}
	}
	stem = strings.TrimRight(stem, "ıiuü") // "bakanı" and "bakan" share "bakan"
	pick := func(cands []*speaker) *speaker {
		for k := len(cands) - 1; k >= 0; k-- {
			p := cands[k]
			if p.kind == kindPerson && strings.Contains(lowerString(p.role), stem) {
				return p
			}
		}
		return nil
	}
	if p := pick(x.speakers); p != nil && x.recent(p, 3) {
		return p
	}
	if p := pick(x.mentioned); p != nil && x.pos-x.mentionedAt <= 3 {
		return p
	}
	return nil
}

// possessiveRole reports whether w is a role word with a possessive
// ending of the official voice ("cumhurbaşkanımız": our president).
func (x *extractor) possessiveRole(w string) bool {
	for _, e := range verbFinalSubjectWords().possessives {
		base, ok := strings.CutSuffix(w, e)
		if ok && len(base) > 3 && (x.lx.isRole(base+"ı") || x.lx.isRole(base+"i") || x.lx.isRole(base)) {
			return true
		}
	}
	return false
}

// verbFinalDropped reads a verb-final sentence with no subject of its own
// ("Görüşmelerin zor geçtiğini de sözlerine ekledi."): Turkish drops the
// subject when it is the person of the sentence before, who either spoke
// there or was named there with a title. What was said must show itself
// as reported speech, a word in one of the nominalised endings of
// grammar.json verbFinalClauseEndings ("geçtiğini", "olacağını") or a
// quotation, so that a narrative sentence ("Toplantıya katıldı.") is left
// alone. It returns the speaker, or nil.
func (x *extractor) verbFinalDropped(toks []tok, end int) *speaker {
	if end < 2 {
		return nil
	}
	reported := false
	for _, t := range toks[:end] {
		if containsAny(t.raw, "\"“”«»") {
			reported = true
			break
		}
		w := lowerWord(t)
		for _, e := range verbFinalSubjectWords().clauseEnds {
			if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
				reported = true
				break
			}
		}
	}
	if !reported {
		return nil
	}
	if p := x.lastSpeaker; p != nil && p.kind == kindPerson && x.lastStmtSentence == x.sentenceNo-1 {
		return p
	}
	return x.mentionedAlone("")
}
