package corpus

// kinAccordingAside reads a relative set off by a comma (kinOpening: toks
// up to he are the relation phrase, its comma after toks[he]) who is
// followed, at once or after an apposition, by an aside that passes the
// words on: "Його онук, за його словами, служить під Куп'янськом і просить
// не вірити чуткам", "Её внук, который служит по контракту, по её словам,
// просит …", "Her son, according to her, …". Such an aside vouches for
// what follows as the relayer's account: the words are the relative's own
// only when a verb of speech or of asking follows it ("просить", "says");
// otherwise they are a fact the relayer gives ("Її чоловік, за її словами,
// служить неподалік Костянтинівки": hers, as set ZZG's writer has it). It
// returns aside true when there is such an aside, speaks whether a verb
// of speech or asking follows it, and cut, the token index after which
// the role ends when the aside follows the relation phrase at once (-1
// otherwise). The words of an aside hold one of lexicon's accordingWords
// ("словами", "словам", "selon", "laut") or "according".
func (x *extractor) kinAccordingAside(toks []tok, he int) (aside, speaks bool, cut int) {
	cut = -1
	if x.noKinAside {
		return false, false, -1
	}
	start := he + 1
	for seg := 0; seg < 2 && start < len(toks); seg++ {
		end := -1
		for k := start; k < len(toks) && k < start+maxRelationAppos; k++ {
			if toks[k].trail != "" {
				if toks[k].trail == "," {
					end = k
				}
				break
			}
		}
		if end < 0 {
			return false, false, -1
		}
		if end-start < 4 {
			for k := start; k <= end; k++ {
				l := lowerWord(toks[k])
				if x.lx.according[l] || l == "according" {
					aside = true
					break
				}
			}
		}
		if aside {
			if seg == 0 {
				cut = he
			}
			req := relationData().requests // a relative's passed-on words carry a verb of asking as often as one of speech
			for k := end + 1; k < len(toks); k++ {
				l := lowerWord(toks[k])
				if x.lx.sayVerbs[l] || req[l] {
					return true, true, cut
				}
			}
			return true, false, cut
		}
		start = end + 1
	}
	return false, false, -1
}

// kinApposAside reports whether the relay aside opening at toks[a]
// follows a relative's apposition set off by commas ("Її син, військовий,
// за її словами, каже, що …"): the sentence opens with a possessive and a
// relation phrase closed by a comma, and the words before the aside, a
// description of at most maxRelationAppos words, hold no other comma.
// withoutRelayAside then keeps the comma before the aside, which closes
// the apposition, so the subject reader still finds the relative and
// their description (relationAppos) rather than "Її син, військовий каже";
// and relayAside takes such a description for the subject before the aside
// though it holds no name or title ("Її син, санітар, за її словами, …").
func (x *extractor) kinApposAside(toks []tok, a int) bool {
	if x.noKinAside || a < 3 || toks[a-1].trail != "," {
		return false
	}
	if _, ok := relationData().possessives[lowerWord(toks[0])]; !ok {
		return false
	}
	he := -1
	for j := 1; j <= 3 && j < a-1; j++ {
		if possessiveRelation(toks, 0, j) && toks[j].trail == "," {
			he = j
			break
		}
	}
	if he < 0 || a-1-he > maxRelationAppos {
		return false
	}
	for k := he + 1; k < a-1; k++ {
		if toks[k].trail != "" {
			return false
		}
	}
	return true
}
