package corpus

// frontedNameOff disables namedAfterComma, for the test that checks it is
// what gives its cases their speaker.
var frontedNameOff bool

// namedAfterComma reports whether the words from toks[i] up to the verb
// are a name of two or more capitalised words: "Conseillère municipale
// du quartier, Julie Arnaud a jugé …", "Asesora del ministerio, Lucía
// Ortega afirmó …". A description fronted before the name in apposition
// (as French, Italian and Spanish reports write it) names its person; the
// title's noun ("conseillère", "asesora" are also nouns of unnamed
// sources) does not make them a source the report keeps unnamed. The
// description s[toks[from]:] before the comma becomes the person's role
// when they have none, for the reading that then gives them the words.
func (x *extractor) namedAfterComma(s string, toks []tok, from, i int) bool {
	if frontedNameOff {
		return false
	}
	n := 0
	for k := i; k < len(toks) && k < i+5; k++ {
		t := toks[k]
		if x.lx.sayVerbs[t.low] || x.lx.actVerbs[t.low] || x.lx.auxiliaries[t.low] {
			if n < 2 {
				return false
			}
			if sp := x.classify(toks[i:i+n], false); sp != nil && sp.kind == kindPerson && sp.role == "" && i-1 > from {
				sp.role = cleanRole(s[toks[from].start : toks[i-1].start+len(toks[i-1].word)])
				x.people[sp.name] = sp
			}
			return true
		}
		if !isCapital(t.word) || x.lx.isRole(lowerWord(t)) || x.lx.isUnnamed(lowerWord(t)) || t.trail != "" {
			return false
		}
		n++
	}
	return false
}
