package corpus

import "strings"

// copulas open the description of who someone is or was, in the corpus's
// languages: "Hélène Marchetti a été ambassadrice …", "Lorenzo Ferrante è
// docente …", "Arkady Sviridov is a political scientist".
var copulas = map[string]bool{
	"is": true, "was": true, "has": true, "had": true, "been": true,
	"a": true, "été": true, "est": true, "était": true,
	"ist": true, "war": true,
	"è": true, "era": true, "stato": true, "stata": true,
	"es": true, "fue": true, "ha": true, "sido": true,
	"jest": true, "był": true, "była": true,
	"є": true, "был": true, "была": true, "является": true, "являлся": true, "являлась": true,
	"—": true, "–": true,
}

// roleEnders end a role description: a conjunction or a new clause.
var roleEnders = map[string]bool{
	"and": true, "then": true, "who": true, "which": true, "but": true,
	"puis": true, "et": true, "qui": true, "mais": true,
	"und": true, "der": true, "die": true, "aber": true,
	"e": true, "poi": true, "che": true, "ma": true,
	"y": true, "que": true, "pero": true,
	"i": true, "oraz": true, "który": true, "która": true, "ale": true,
	"и": true, "і": true, "а": true, "который": true, "которая": true, "який": true, "яка": true, "но": true, "але": true,
}

// biography reads a sentence that says who a person is ("Hélène Marchetti
// a été ambassadrice de France en Pologne puis conseillère …", "Аркадий
// Свиридов — политолог") and keeps the role for the person, so their
// later statements carry it even when they are introduced by name only
// ("Hélène Marchetti : …"). It records nothing when the description holds
// no title word.
func (x *extractor) biography(s string) {
	if len(s) < 12 || !isCapital(firstWord(s)) || !copulaNear(s) {
		return
	}
	toks := x.lookToks(s)
	if len(toks) < 4 {
		return
	}
	n := 0 // the name: two or three capitalised words opening the sentence
	for n < len(toks) && n < 4 && toks[n].trail == "" && (isCapital(toks[n].word) && !x.lx.isRole(lowerWord(toks[n])) || x.particleInBiography(toks, n)) {
		n++
	}
	if n < 2 || n >= len(toks) {
		return
	}
	c := n
	for c < len(toks) && c < n+3 && copulas[lowerWord(toks[c])] && toks[c].trail == "" {
		c++
	}
	if c == n || c >= len(toks) {
		return
	}
	for c < len(toks)-1 && roleArticles[lowerWord(toks[c])] {
		c++ // "a", "un", "eine"
	}
	end, title := c, false
	for end < len(toks) && end < c+7 {
		t := toks[end]
		l := lowerWord(t)
		if roleEnders[l] || x.lx.sayVerbs[l] || x.lx.actVerbs[l] {
			break
		}
		title = title || x.lx.isRole(l)
		end++
		if t.trail != "" {
			break
		}
	}
	if !title || !x.lx.isRole(lowerWord(toks[c])) && !x.lx.isRole(lowerWord(toks[min(c+1, len(toks)-1)])) {
		return // the title opens the description: "a été ambassadrice", "is a former envoy"
	}
	words := make([]string, n)
	for i := range n {
		words[i] = toks[i].word
		if !isCapital(words[i]) {
			words[i] = writtenWord(toks[i]) // a particle readAs rewrote ("de" read as "the")
		}
	}
	role := make([]string, 0, end-c)
	for _, t := range toks[c:end] {
		role = append(role, writtenWord(t)) // as written: Dutch "het", not readAs's "the"
	}
	sp := x.person(words, strings.TrimSpace(cleanRole(strings.Join(role, " "))))
	if sp != nil && x.introduced == nil && x.pos <= 3 {
		x.introduced = sp // an interview's guest is introduced at the top
	}
}

// copulaNear is a cheap look before tokenizing: is the third or fourth
// word of s a copula? Most sentences open otherwise.
func copulaNear(s string) bool {
	for w, i := 0, 0; w < 4 && i < len(s); w++ {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s) - i
		}
		var buf [32]byte // the lower-case word on the stack: copulas[string(b)] copies nothing
		if w >= 2 && copulas[string(appendLower(buf[:0], s[i:i+j]))] {
			return true
		}
		i += j + 1
	}
	return false
}
