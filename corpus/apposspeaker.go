package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

// A speaker named in apposition after the verb (issue 12): "«Las
// conversaciones van bien», declaró su portavoz, el teniente coronel Jeff
// Tolbert, en un comunicado." The reader after the verb took "su portavoz"
// for the person the sentence before named (his spokesman read as him,
// with the apposition as his title) or for an unnamed spokesman; the name
// between the commas is who spoke, in the role the noun gives. A
// determiner of data/apposspeaker.json, one to three words holding a title
// or source noun, a comma, perhaps an article, then a person's name
// closed by a comma or the sentence's end.

//go:embed data/apposspeaker.json
var apposSpeakerJSON []byte

var apposDeterminers = sync.OnceValue(func() map[string]bool {
	var d struct {
		Determiners []string `json:"determiners"`
	}
	mustDecodeJSON("data/apposspeaker.json", apposSpeakerJSON, &d)
	return set(d.Determiners)
})

// apposSpeakerOff disables the reader, for the test that shows it is
// what names the speaker.
var apposSpeakerOff bool

// apposSpeaker is the person named in apposition to the role noun after
// the speech verb that opens rest (the words after a quotation); nil when
// rest is not of that shape.
func (x *extractor) apposSpeaker(rest string) *speaker {
	if apposSpeakerOff {
		return nil
	}
	toks := readAs(scratchTokens(&x.scratchToks().appos, strings.TrimLeft(rest, ",;:—– ")), x.src.Lang)
	v := 0
	for v < len(toks) && v < 2 && x.lx.auxiliaries[lowerWord(toks[v])] {
		v++ // "a déclaré", "ha dicho"
	}
	if v+3 >= len(toks) || !x.lx.sayVerbs[lowerWord(toks[v])] || toks[v].trail != "" {
		return nil
	}
	det := v + 1
	if !apposDeterminers()[lowerWord(toks[det])] && !writerPossessive(toks[det]) || toks[det].trail != "" {
		return nil
	}
	// the role noun: up to three lower-case words, the last closed by a comma
	end, role := det+1, false
	for end < len(toks) && end-det <= 3 && !isCapital(toks[end].word) {
		l := lowerWord(toks[end])
		role = role || x.lx.isRole(l) || x.lx.isUnnamed(l) || x.lx.backRef[l]
		end++
		if toks[end-1].trail != "" {
			break
		}
	}
	if !role || end >= len(toks) || toks[end-1].trail != "," {
		return nil
	}
	k := end
	if roleArticles[lowerWord(toks[k])] && toks[k].trail == "" {
		k++ // "el teniente coronel", "le lieutenant-colonel"
	}
	// the name: perhaps after title words ("teniente coronel",
	// "Lieutenant Colonel"), two or three capitalised words closed by a
	// comma or the sentence's end
	leads := titleQualifierData().rankLeads
	for k < len(toks) && k-end < 4 && toks[k].trail == "" && (x.lx.isRole(lowerWord(toks[k])) || leads[lowerWord(toks[k])]) {
		k++
	}
	n := k
	for n < len(toks) && n-k < 3 && isCapital(toks[n].word) {
		n++
		if toks[n-1].trail != "" {
			break
		}
	}
	if n-k < 2 || !strings.HasPrefix(toks[n-1].trail, ",") && !strings.HasPrefix(toks[n-1].trail, ".") || !x.nameLike(toks[k:n]) {
		return nil
	}
	r := strings.Join(tokWords(toks[det+1:end]), " ")
	return x.person(tokWords(toks[k:n]), cleanRole(r))
}
