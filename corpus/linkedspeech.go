package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/linkedspeech.json
var linkedSpeechJSON []byte

// linkedSpeechLex is data/linkedspeech.json as look-ups: the linkers by
// their number of words, and the infinitives (and past participles after
// "après avoir", "dopo aver") of speech verbs.
type linkedSpeechLex struct {
	one, two    map[string]bool
	infinitives map[string]bool
}

var linkedSpeechData = sync.OnceValue(func() linkedSpeechLex {
	var d struct {
		Linkers     []string `json:"linkers"`
		Infinitives []string `json:"infinitives"`
	}
	mustDecodeJSON("data/linkedspeech.json", linkedSpeechJSON, &d)
	lx := linkedSpeechLex{one: map[string]bool{}, two: map[string]bool{}, infinitives: map[string]bool{}}
	for _, l := range d.Linkers {
		if strings.Contains(l, " ") {
			lx.two[l] = true
		} else {
			lx.one[l] = true
		}
	}
	for _, v := range d.Infinitives {
		lx.infinitives[v] = true
	}
	return lx
})

// linkedSpeech reads speech in a clause a preposition links to a main
// verb that says nothing: "Le président de la République a ouvert la
// séance en affirmant que …", "Keir Starmer a pris le relais pour
// confirmer que …", "Il a refusé de donner un chiffre, avant de préciser
// que …". Press-conference write-ups describe what a speaker did (opened,
// took over, refused) and give the words in such a clause; the speaker
// is the sentence's subject, the words are what follows the that-word.
// A sentence whose main verb is a speech verb is left to the other rules.
func (x *extractor) linkedSpeech(s string, pos int) bool {
	if !strings.Contains(s, " ") {
		return false
	}
	lx := linkedSpeechData()
	toks := x.lookToks(s)
	if x.lacks(s, cueThat) && !strings.Contains(s, "u'") && !strings.Contains(s, "u’") {
		return false // no that-word, nor an elided "qu'": no linked clause (sentencecues.go)
	}
	k := -1
	for i := 2; i+2 < len(toks); i++ {
		l := lowerWord(toks[i])
		if !linkedThat(x, toks[i+1]) || toks[i].trail != "" {
			continue
		}
		if verb, ok := elidedLinker(l); ok {
			// "avant d'affirmer que": the elided "d'" and its verb are one word
			if lx.infinitives[verb] && toks[i-1].trail == "" && lx.two[toks[i-1].low+" d'"] {
				k = i
				break
			}
			continue
		}
		if !x.lx.participles[l] && !lx.infinitives[l] {
			continue
		}
		one := toks[i-1].trail == "" && lx.one[toks[i-1].low]
		two := toks[i-2].trail == "" && toks[i-1].trail == "" && lx.two[toks[i-2].low+" "+toks[i-1].low]
		if one || two {
			k = i
			break
		}
	}
	if k < 0 {
		return false
	}
	start := k - 1 // the linker
	if _, ok := elidedLinker(lowerWord(toks[k])); !ok && !(toks[k-1].trail == "" && lx.one[toks[k-1].low]) {
		start = k - 2 // "avant de"
	}
	for i := 0; i < start; i++ {
		if l := lowerWord(toks[i]); x.lx.sayVerbs[l] || x.lx.actVerbs[l] || x.lx.participles[l] {
			return false // "a déclaré, en soulignant que …": the main verb's own rule
		}
	}
	sp, _ := x.openingSpeaker(s, toks, start)
	if sp == nil {
		sp = x.linkedSubject(toks, start)
	}
	if sp == nil || sp.kind == kindPerson && sp.name == "" {
		return false
	}
	that := toks[k+1]
	from := that.start + len(that.raw)
	if q, ok := elidedThat(that.raw); ok {
		from = that.start + len(that.raw) - len(q) // "qu'il": the words begin inside the token
	}
	text := trimSentenceEnd(strings.TrimSpace(s[from:]))
	if !strings.Contains(text, " ") {
		return false
	}
	x.emit(sp, text, false, pos)
	return true
}

// linkedSubject reads a title or a name before the main verb's auxiliary
// ("Le président de la République a ouvert", "Le dirigeant ukrainien a
// pris"): the words from the sentence's start up to the auxiliary, none
// of them ending a clause.
func (x *extractor) linkedSubject(toks []tok, limit int) *speaker {
	m := -1
	for i := 1; i < limit && i <= 7; i++ {
		if x.lx.auxiliaries[toks[i].low] {
			m = i
			break
		}
		if toks[i-1].trail != "" {
			return nil
		}
	}
	if m < 1 || toks[m-1].trail != "" {
		return nil
	}
	sp := x.classify(toks[:m], true)
	if sp == nil || sp.kind != kindPerson && sp.kind != kindBody {
		return nil
	}
	return sp
}

// linkedThat reports whether t is a that-word, in full or elided ("qu'il").
func linkedThat(x *extractor, t tok) bool {
	if x.lx.thatWords[lowerWord(t)] {
		return true
	}
	_, ok := elidedThat(t.raw)
	return ok
}

// elidedThat returns what follows an elided French "qu'" in a word.
func elidedThat(raw string) (string, bool) {
	for _, p := range []string{"qu'", "qu’", "Qu'", "Qu’"} {
		if rest, ok := strings.CutPrefix(raw, p); ok && rest != "" {
			return rest, true
		}
	}
	return "", false
}

// elidedLinker returns the verb after the elided preposition a lower-case
// word opens with ("affirmer" of "d'affirmer").
func elidedLinker(l string) (string, bool) {
	for _, p := range []string{"d'", "d’"} {
		if rest, ok := strings.CutPrefix(l, p); ok && rest != "" {
			return rest, true
		}
	}
	return "", false
}
