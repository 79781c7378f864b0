package corpus

// "…, and Steve Witkoff, the American envoy, said both sides would meet
// again", "…, y María Zajárova, la portavoz de Exteriores rusa, advirtió
// que …": the second speaker of a coordinated sentence named first and
// described after, in commas, before the speech verb. speakerVerbAt reads
// the other order (a title, then the name in commas); with this one its
// clause stayed inside the first speaker's words (stop 63: sets ZX, ZY,
// ZZ).

// nameAppositionVerb reads a clause that opens with a capitalised name,
// a comma, an apposition of at most maxCoordAppositionWords words holding
// a title or a source noun, a second comma, and a speech verb (an
// auxiliary may stand before it). It returns the verb's index. A comma
// list of names ("Merz, Macron and Starmer said") has no title in the
// apposition, and a relative clause ("Lowell, who chaired the talks,
// said") none either: both are left to the first speaker, as before.
func (x *extractor) nameAppositionVerb(toks []tok) (int, bool) {
	k := 0
	for k < len(toks) && k < 4 && isCapital(toks[k].word) && toks[k].trail == "" && x.subjectWord(toks[k], false) {
		k++
	}
	if k >= len(toks) || k >= 4 || !isCapital(toks[k].word) || toks[k].trail != "," || !x.subjectWord(toks[k], false) {
		return 0, false
	}
	role := false
	for j := k + 1; j < len(toks) && j <= k+maxCoordAppositionWords; j++ {
		t := toks[j]
		if x.lx.isRole(t.low) || x.lx.isUnnamed(t.low) {
			role = true
		}
		if t.trail == "," {
			v := j + 1
			if v+1 < len(toks) && x.lx.auxiliaries[toks[v].low] && x.coordSpeechVerb(toks[v+1].low) {
				v++ // "…, la portavoz, ha dicho"
			}
			if !role || v >= len(toks) || !x.coordSpeechVerb(toks[v].low) {
				return 0, false
			}
			return v, true
		}
		if t.trail != "" || containsAny(t.raw, "“”\"—–()«»„‹›") || x.coordSpeechVerb(t.low) {
			return 0, false // the apposition ends at a comma, and holds no speech of its own
		}
	}
	return 0, false
}
