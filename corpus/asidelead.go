package corpus

import "strings"

// asideLeadRest is how many words must follow an aside that has a single
// word before it: a clause of its own, so that the words said are there
// ("Ukrajina, naglasio je, neće prihvatiti ništa", "Mais, ajoute-t-il,
// si les troupes …").
const asideLeadRest = 3

// leadOfOne reports whether an attribution set between commas after the
// sentence's first word (toks[a-1], a == 1) is read as reportAside reads
// one after two words or more: the one word is the subject or a
// conjunction of what was said ("Ukrajina, naglasio je, neće …",
// "L'Ucraina, ha aggiunto, non accetterà …", "Ukraina, dodał, nie …",
// "Mais, ajoute-t-il, si …"), and the clause said goes on after the
// aside's closing comma. vi is the aside's verb.
func leadOfOne(toks []tok, a, vi int) bool {
	if a != 1 {
		return false
	}
	for e := vi; e < len(toks) && e-vi <= reportAsideMax; e++ {
		if toks[e].trail == "" {
			continue
		}
		return strings.HasPrefix(toks[e].trail, ",") && len(toks)-(e+1) >= asideLeadRest
	}
	return false
}

// asideOpener reports whether l, a word of an aside, is the "as" or
// "according to" word that opens it before its verb: "Quedan, según dijo,
// algunos detalles …", "Alcuni dettagli, come ha detto, richiedono …",
// "Niektóre szczegóły, jak powiedziała, wymagają …". In the languages that
// drop the subject the aside is then only that word and the verb, and the
// speaker is the last one, as for a bare verb (reportDropped). first is
// whether l opens the aside, beforeVerb whether it stands before the verb.
func asideOpener(lx *lexicon, l string, first, beforeVerb bool) bool {
	return first && beforeVerb && (lx.asWords[l] || lx.according[l])
}
