package corpus

import "strings"

// soAttribution reads the German attribution by "so" and the speaker set
// off by commas, inside or at the end of what was said: "Die Garantien,
// so Hasenöhrl, würden nirgends unterlegt.", "Mit dem Entwurf könne man
// arbeiten, so der Berater Juri Uschakow." The rest of the sentence is
// the speaker's statement. Only a German document is read so: "so" is a
// common word of other languages.
func (x *extractor) soAttribution(s string, pos int) bool {
	if x.src.Lang != "de" || !strings.Contains(s, ", so ") {
		return false
	}
	toks := readAs(tokenize(s), x.src.Lang)
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].low != "so" || toks[i-1].trail != "," || toks[i].trail != "" {
			continue
		}
		end := i + 1 // the token closing the speaker: a comma or the sentence's end
		for end < len(toks) && end-i <= 6 && toks[end].trail == "" {
			end++
		}
		if end >= len(toks) || end-i > 6 {
			return false
		}
		if tr := toks[end].trail; end != len(toks)-1 && tr != "," {
			return false
		}
		speakerToks := append([]tok(nil), toks[i+1:end+1]...)
		speakerToks[len(speakerToks)-1].trail = ""
		sp := x.soSpeaker(speakerToks)
		if sp == nil || sp.kind != kindPerson && sp.kind != kindBody {
			return false
		}
		text := trimSentenceEnd(strings.TrimRight(s[:toks[i-1].start+len(toks[i-1].raw)], ","))
		if end+1 < len(toks) {
			// the aside inside a clause: the clause goes on without a comma
			text += " " + trimSentenceEnd(s[toks[end+1].start:])
		}
		if len(strings.Fields(text)) < 3 {
			return false
		}
		x.emit(sp, text, false, pos)
		return true
	}
	return false
}

// soSpeaker is who the words after "so" name: "so Hana Kovac vom Wiener
// Institut" is Hana Kovac, with the institute she is from as her role,
// not the institute with her name as its role (the reading of the whole
// run when a name comes before "vom", "von", "aus" or "beim").
func (x *extractor) soSpeaker(ts []tok) *speaker {
	for k := 2; k+1 < len(ts); k++ {
		if !soAffiliations[ts[k].low] || !isCapital(ts[k-1].word) || ts[k-1].trail != "" {
			continue
		}
		sp := x.classify(ts[:k], false)
		if sp == nil || sp.kind != kindPerson {
			break
		}
		if sp.role == "" {
			sp.role = cleanRole(tokensText(ts[k+1:]))
			x.people[sp.name] = sp
		}
		return sp
	}
	return x.classify(ts, false)
}

// soAffiliations are the German prepositions that join a person to where
// they work or come from after the name ("Kovac vom Wiener Institut",
// "Roth von der Universität Kassel", "Brandt aus Celle").
var soAffiliations = map[string]bool{"vom": true, "von": true, "aus": true, "beim": true}
