// An indefinite subject whose aside says it asked not to be named is an
// unnamed source, whatever its noun: "A marine war-risk underwriter, who
// asked not to be named, said …", "Un corredor de cereales, que pidió no
// ser identificado, aseguró …", "Один депутат …, попросивший не называть
// его имени, сказал …". The unnamed nouns (speakers.json) cannot list
// every occupation a report describes its source by (brokers, builders,
// lessors, deputies); the aside says what the noun would. Stop 69
// (zfreshs4) counted such misses in 11 released sets.

package corpus

// anonymousClause reports whether the words from toks[k] up to the next
// comma (at most maxAnonymityAside of them) hold one of anonymityAsides
// (grammar.json): the aside says its subject is a source the report does
// not name.
func (x *extractor) anonymousClause(toks []tok, k int) bool {
	if x.noAnonymousSubject {
		return false
	}
	end := k
	for end < len(toks) && end < k+maxAnonymityAside {
		end++
		if toks[end-1].trail != "" {
			break // the aside's comma, or another mark, ends it
		}
	}
	return anonymityIn(toks[k:end])
}
