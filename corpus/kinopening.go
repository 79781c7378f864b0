package corpus

// kinOpening reads reported words that open with a relative or friend set
// off by a comma as that person's: "Pilar Moreno contó que su hermano,
// camionero en Polonia, ve cada semana …", "His wife, he said, rings him
// every night and says …", "Su madre, contó, le pide que …". The speaker
// found for the sentence only passes the words on; the relative is an
// unnamed source with the relation phrase (and its apposition or relative
// clause, not a relay aside) as the role. relationNested reads the same
// shape when a verb of speech follows the relative and keeps only what
// that verb says; this reading is what is left when none does (seeing,
// believing, asking, a quotation after the apposition). Without the comma
// the words are as often about the relative ("her mother still lives
// forty kilometres from the plant"): left to the speaker. The reading
// table of stop 64 (readingtable_diag_test.go) measured it on the
// released golds before it was built: right where the sentence's speaker
// was wrong in five sets, wrong nowhere.
func (x *extractor) kinOpening(text string) *speaker {
	first, _ := cutWord(text)
	if relationOff || first == "" {
		return nil
	}
	if _, ok := relationData().possessives[lowerString(first)]; !ok {
		return nil // ("Putin's aide, …": byRelation's "X's" reading may name a known aide)
	}
	var buf [48]tok
	toks := readAs(tokenizeInto(buf[:0], text), x.src.Lang)
	he := -1
	for j := 1; j <= 3 && j < len(toks)-3; j++ {
		if possessiveRelation(toks, 0, j) && toks[j].trail == "," {
			he = j
			break
		}
	}
	if he < 0 {
		return nil
	}
	lows := make([]string, he+1)
	for i := range lows {
		lows[i] = lowerWord(toks[i])
	}
	if sp, _ := x.byRelation(tokWords(toks[:he+1]), lows); sp == nil || sp.name != unnamedSpeaker {
		return nil // a known aide: the other readings name them
	}
	if x.allCapitalised(toks[he+1 : min(len(toks), he+3)]) {
		return nil // "her cousin, Pavlo Marchenko, …": the name speaks
	}
	role := text[:toks[he].start+len(toks[he].word)]
	aside, speaks, cut := x.kinAccordingAside(toks, he)
	if aside && !speaks {
		return nil // "Її чоловік, за її словами, служить …": the relayer's account (kinaside.go)
	}
	if cut < 0 && x.relayAsideEnd(toks, he+1) < 0 {
		// an apposition or a relative clause set off by commas is the
		// relative's too, unless it is a clause of speech
		for k := he + 1; k < len(toks) && k <= he+maxRelationAppos; k++ {
			if x.lx.sayVerbs[lowerWord(toks[k])] {
				break
			}
			if toks[k].trail != "" {
				if toks[k].trail == "," {
					role = text[:toks[k].start+len(toks[k].word)]
				}
				break
			}
		}
	}
	return &speaker{name: unnamedSpeaker, role: cleanRole(role), kind: kindGroup}
}
